"""`lorkit done` and `lorkit skip`: close a milestone of one's own plan, and only one's own."""

from __future__ import annotations

import json
from datetime import date

import pytest
from typer.testing import CliRunner

from lorkit.accounts.models import User
from lorkit.cli import app
from lorkit.plans.models import Milestone, Rotation

runner = CliRunner(env={"LORKIT_USER": None})


def one_line(text: str) -> str:
    """Rich wraps messages at 80 columns; read them as one line."""
    return " ".join(text.split())


@pytest.fixture
def first_feedback(rotation: Rotation) -> Milestone:
    return rotation.milestones.get(key="first_feedback")


def test_done_marks_the_milestone_done_with_its_note(first_feedback: Milestone) -> None:
    result = runner.invoke(
        app,
        ["done", str(first_feedback.pk), "--note", "Asked after rounds", "--today", "2027-01-12"],
    )

    assert result.exit_code == 0, result.output
    assert f"{first_feedback.title}: done" in one_line(result.stdout)
    first_feedback.refresh_from_db()
    assert first_feedback.status == "done"
    assert first_feedback.note == "Asked after rounds"
    assert first_feedback.closed_on == date(2027, 1, 12)


def test_skip_marks_the_milestone_skipped(first_feedback: Milestone, outsider: User) -> None:
    result = runner.invoke(
        app, ["skip", str(first_feedback.pk), "--user", "alice", "--today", "2027-01-14"]
    )

    assert result.exit_code == 0, result.output
    first_feedback.refresh_from_db()
    assert first_feedback.status == "skipped"
    assert first_feedback.note == ""
    assert first_feedback.closed_on == date(2027, 1, 14)


def test_a_closed_milestone_leaves_the_agenda(first_feedback: Milestone) -> None:
    runner.invoke(app, ["done", str(first_feedback.pk), "--today", "2027-01-14"])

    result = runner.invoke(app, ["week", "--today", "2027-01-14", "--json"])

    overdue = [item["id"] for item in json.loads(result.stdout)["overdue"]]
    assert len(overdue) == 5
    assert first_feedback.pk not in overdue


@pytest.mark.parametrize("command", ["done", "skip"])
def test_another_users_milestone_cannot_be_touched(
    command: str, first_feedback: Milestone, outsider: User
) -> None:
    result = runner.invoke(
        app, [command, str(first_feedback.pk), "--note", "mine now", "--user", "mallory"]
    )

    assert result.exit_code == 1
    assert f"no milestone {first_feedback.pk} in mallory's plan" in one_line(result.stderr)
    first_feedback.refresh_from_db()
    assert first_feedback.status == "open"
    assert first_feedback.note == ""
    assert first_feedback.closed_on is None


def test_an_unknown_milestone_id_fails(rotation: Rotation) -> None:
    result = runner.invoke(app, ["done", "999999", "--user", "alice"])

    assert result.exit_code == 1
    assert "no milestone 999999 in alice's plan" in one_line(result.stderr)
    assert not rotation.milestones.exclude(status="open").exists()


def test_an_id_must_be_a_number(rotation: Rotation) -> None:
    result = runner.invoke(app, ["done", "first_feedback", "--user", "alice"])

    assert result.exit_code == 2
    assert not rotation.milestones.exclude(status="open").exists()


def test_without_note_the_existing_note_is_kept_and_an_empty_note_clears_it(
    first_feedback: Milestone,
) -> None:
    runner.invoke(app, ["done", str(first_feedback.pk), "--note", "Asked after rounds"])
    runner.invoke(app, ["skip", str(first_feedback.pk)])
    first_feedback.refresh_from_db()
    kept = (first_feedback.status, first_feedback.note)

    runner.invoke(app, ["done", str(first_feedback.pk), "--note", ""])
    first_feedback.refresh_from_db()

    assert kept == ("skipped", "Asked after rounds")
    assert (first_feedback.status, first_feedback.note) == ("done", "")


def test_a_note_longer_than_the_web_allows_is_refused_and_nothing_changes(
    first_feedback: Milestone,
) -> None:
    from lorkit.core import defaults

    result = runner.invoke(
        app, ["done", str(first_feedback.pk), "--note", "x" * (defaults.NOTE_MAX_LENGTH + 1)]
    )

    first_feedback.refresh_from_db()
    assert result.exit_code == 1
    assert f"at most {defaults.NOTE_MAX_LENGTH} characters" in " ".join(result.output.split())
    assert (first_feedback.status, first_feedback.note) == ("open", "")


def test_note_changes_only_the_note_and_keeps_the_status(first_feedback: Milestone) -> None:
    Milestone.objects.filter(pk=first_feedback.pk).update(status="done", closed_on=date(2027, 1, 9))

    result = runner.invoke(app, ["note", str(first_feedback.pk), "  Went over my H&P  "])

    assert result.exit_code == 0, result.output
    assert f"{first_feedback.title}: note saved" in one_line(result.stdout)
    first_feedback.refresh_from_db()
    assert (first_feedback.status, first_feedback.note, first_feedback.closed_on) == (
        "done",
        "Went over my H&P",
        date(2027, 1, 9),
    )


def test_note_refuses_what_the_web_refuses_and_keeps_the_old_note(
    first_feedback: Milestone,
) -> None:
    Milestone.objects.filter(pk=first_feedback.pk).update(note="Keep me")

    result = runner.invoke(app, ["note", str(first_feedback.pk), "x" * 2001])

    assert result.exit_code != 0
    assert "at most 2000 characters" in one_line(result.output)
    first_feedback.refresh_from_db()
    assert first_feedback.note == "Keep me"


def test_a_note_naming_a_patient_is_refused_then_kept_when_marked_or_rewritten(
    first_feedback: Milestone,
) -> None:
    typed = "Presented Mrs. Adaeze Okonkwo, 93, on rounds"

    refused = runner.invoke(app, ["note", str(first_feedback.pk), typed])
    assert refused.exit_code == 1
    assert "Suggested rewrite" in one_line(refused.stderr) and "--allow" in refused.stderr
    first_feedback.refresh_from_db()
    assert first_feedback.note == ""

    rewritten = runner.invoke(
        app, ["done", str(first_feedback.pk), "--note", typed, "--use-rewrite"]
    )
    assert rewritten.exit_code == 0, rewritten.output
    first_feedback.refresh_from_db()
    assert first_feedback.status == "done" and "Okonkwo" not in first_feedback.note

    eponym = "Reviewed Wilson's disease with the team"
    marked = runner.invoke(app, ["note", str(first_feedback.pk), eponym, "--allow", "Wilson"])
    assert marked.exit_code == 0, marked.output
    first_feedback.refresh_from_db()
    assert first_feedback.note == eponym
