"""`lorkit today` and `lorkit week`: a user's overdue, due and coming milestones."""

from __future__ import annotations

import json
from typing import Any

import pytest
from typer.testing import CliRunner

from lorkit.accounts.models import User
from lorkit.cli import app
from lorkit.plans.models import Milestone, Rotation

runner = CliRunner(env={"LORKIT_USER": None})


def one_line(text: str) -> str:
    """Rich wraps messages at 80 columns; read them as one line."""
    return " ".join(text.split())


MID_ROTATION = "2027-01-14"  # day 11 of the 4–31 January rotation
MILESTONE_KEYS = {"id", "kind", "title", "start", "end", "status", "rotation"}


def agenda(command: str, *extra: str) -> dict[str, Any]:
    result = runner.invoke(app, [command, "--today", MID_ROTATION, "--json", *extra])
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def kinds(items: list[dict[str, Any]]) -> list[str]:
    return [item["kind"] for item in items]


@pytest.mark.parametrize("command", ["today", "week"])
def test_json_has_the_sections_and_milestone_fields(
    command: str, rotation: Rotation, outsider: User
) -> None:
    data = agenda(command, "--user", "alice")

    assert {"today", "overdue", "due_now", "upcoming"} <= data.keys()
    assert data["today"] == MID_ROTATION
    items = data["overdue"] + data["due_now"] + data["upcoming"]
    assert items
    for item in items:
        assert item.keys() >= MILESTONE_KEYS
        assert item["status"] == "open"
        assert item["rotation"] == "Example Teaching Hospital (Internal Medicine)"
        assert Milestone.objects.get(pk=item["id"]).rotation_id == rotation.pk


def test_a_milestone_whose_window_has_passed_is_overdue(rotation: Rotation) -> None:
    first_feedback = rotation.milestones.get(key="first_feedback")  # 8–13 January

    data = agenda("week", "--user", "alice")

    assert first_feedback.pk in [item["id"] for item in data["overdue"]]
    assert kinds(data["overdue"]) == [
        "tb_screening",
        "paperwork",
        "prepare",
        "intro",
        "intention_signal",
        "first_feedback",
    ]
    assert kinds(data["due_now"]) == ["mid_feedback"]


def test_the_week_looks_seven_days_ahead(rotation: Rotation) -> None:
    data = agenda("week", "--user", "alice")

    assert [(i["kind"], i["start"]) for i in data["upcoming"]] == [
        ("feedback_followup", "2027-01-15"),
        ("soft_signal", "2027-01-18"),
    ]


def test_each_title_is_written_from_the_plan_for_the_current_profile(
    owner: User, rotation: Rotation
) -> None:
    owner.profile.specialty = "Pediatrics"
    owner.profile.save()

    data = agenda("week", "--user", "alice")

    titles = {item["key"]: item["title"] for item in data["overdue"] + data["upcoming"]}
    assert titles["intention_signal"] == "Tell Dr. Rivera you are applying in Pediatrics"
    assert titles["feedback_followup:first_feedback"] == (
        "Show Dr. Rivera what changed since the first feedback"
    )


def test_today_leaves_out_what_has_not_started(rotation: Rotation) -> None:
    data = agenda("today", "--user", "alice")

    assert data["upcoming"] == []
    assert kinds(data["due_now"]) == ["mid_feedback"]
    assert len(data["overdue"]) == 6


def test_a_single_account_needs_no_user(rotation: Rotation) -> None:
    data = agenda("today")

    assert kinds(data["due_now"]) == ["mid_feedback"]


def test_several_accounts_without_user_fail_asking_for_one(
    rotation: Rotation, outsider: User
) -> None:
    result = runner.invoke(app, ["today", "--today", MID_ROTATION, "--json"])

    assert result.exit_code == 1
    assert "several accounts exist: choose one with --user NAME" in one_line(result.stderr)
    assert result.stdout == ""


def test_lorkit_user_chooses_the_account(rotation: Rotation, outsider: User) -> None:
    result = runner.invoke(
        app, ["today", "--today", MID_ROTATION, "--json"], env={"LORKIT_USER": "mallory"}
    )

    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {
        "today": MID_ROTATION,
        "overdue": [],
        "due_now": [],
        "upcoming": [],
    }


def test_an_unknown_user_fails_clearly(rotation: Rotation) -> None:
    result = runner.invoke(app, ["week", "--user", "nobody", "--json"])

    assert result.exit_code == 1
    assert "no account named 'nobody'" in one_line(result.stderr)
    assert result.stdout == ""


def test_no_account_at_all_points_to_signup_or_demo(db: None) -> None:
    result = runner.invoke(app, ["today"])

    assert result.exit_code == 1
    assert "no account yet" in one_line(result.stderr)
    assert "lorkit demo" in one_line(result.stderr)


def test_the_table_shows_ids_and_how_to_mark_them(rotation: Rotation) -> None:
    mid_feedback = rotation.milestones.get(key="mid_feedback")

    result = runner.invoke(app, ["week", "--user", "alice", "--today", MID_ROTATION])

    assert result.exit_code == 0, result.output
    assert "This week — Thursday 14 January 2027" in result.stdout
    assert "Overdue" in result.stdout and "Coming up" in result.stdout
    assert f"│ {mid_feedback.pk} " in result.stdout
    assert "lorkit done ID" in result.stdout


def test_an_empty_plan_says_nothing_is_due(outsider: User) -> None:
    result = runner.invoke(app, ["today", "--user", "mallory", "--today", MID_ROTATION])

    assert result.exit_code == 0, result.output
    assert "Nothing due." in result.stdout


def test_a_malformed_today_is_refused(rotation: Rotation) -> None:
    result = runner.invoke(app, ["today", "--user", "alice", "--today", "14/01/2027"])

    assert result.exit_code == 2
    assert "--today" in result.output
