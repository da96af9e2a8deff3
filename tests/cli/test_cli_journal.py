"""`lorkit checkin`, `story add`, `feedback add`, `people`, `writers` and `phi-check`: the
journal from a terminal, with the privacy guard as strict as on the web."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from typer.testing import CliRunner

from lorkit.accounts.models import User
from lorkit.cli import app
from lorkit.demo import DEMO_USERNAME, demo_load
from lorkit.journal.models import CheckIn, Feedback, Person, Story
from lorkit.journal.services import attendings_add_as_people
from lorkit.plans.models import Rotation

runner = CliRunner(env={"LORKIT_USER": None})
TODAY = date(2027, 1, 20)


def one_line(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def rivera(owner: User, rotation: Rotation, set_today) -> Person:  # type: ignore[no-untyped-def]
    set_today(TODAY)
    attendings_add_as_people(owner)
    return Person.objects.get(owner=owner, name="Dr. Rivera")


def test_checkin_with_flags_saves_the_day(rivera: Person, owner: User) -> None:
    result = runner.invoke(
        app,
        ["checkin", "--responsibility", "--no-reasoning", "--communication", "--learned"],
    )

    assert result.exit_code == 0, result.output
    assert "3 of 4 yes" in result.stdout
    saved = CheckIn.objects.get(owner=owner)
    assert (saved.day, saved.reasoning, saved.learned) == (TODAY, False, True)


def test_checkin_asks_each_question_not_given(rivera: Person, owner: User) -> None:
    result = runner.invoke(app, ["checkin", "--responsibility", "--learned"], input="n\ny\n")

    assert result.exit_code == 0, result.output
    assert "clinical reasoning" in result.stdout
    saved = CheckIn.objects.get(owner=owner)
    assert (saved.reasoning, saved.communication) == (False, True)


def test_a_checkin_note_naming_a_patient_is_refused_then_stored_rewritten(
    rivera: Person, owner: User
) -> None:
    flags = ["checkin", "--responsibility", "--reasoning", "--communication", "--learned"]
    note = ["--note", "Admitted Mrs. Adaeze Okonkwo, 93, for sepsis"]

    refused = runner.invoke(app, [*flags, *note])
    assert refused.exit_code == 1
    assert "Okonkwo" in one_line(refused.stderr) and "--use-rewrite" in one_line(refused.stderr)
    assert not CheckIn.objects.exists()

    taken = runner.invoke(app, [*flags, *note, "--use-rewrite"])
    assert taken.exit_code == 0, taken.output
    stored = CheckIn.objects.get(owner=owner).note
    assert "Okonkwo" not in stored and "93" not in stored


def test_story_add_links_who_saw_it_and_lets_a_known_name_through(
    rivera: Person, owner: User
) -> None:
    text = "Presented the new admission to Dr. Rivera with a full plan"

    result = runner.invoke(app, ["story", "add", text, "--person", "dr. rivera"])

    assert result.exit_code == 0, result.output
    story = Story.objects.get(owner=owner)
    assert story.text == text
    assert list(story.witnesses.all()) == [rivera]


def test_story_add_names_an_unknown_person_plainly(rivera: Person) -> None:
    result = runner.invoke(app, ["story", "add", "Ran the huddle", "--person", "Dr. Nobody"])

    assert result.exit_code == 1
    assert "no person named 'Dr. Nobody'" in one_line(result.stderr)
    assert not Story.objects.exists()


def test_an_allowed_word_is_stored_as_typed(rivera: Person, owner: User) -> None:
    text = "Explained Wilson's disease to the team"
    result = runner.invoke(app, ["story", "add", text, "--allow", "Wilson"])

    assert result.exit_code == 0, result.output
    assert Story.objects.get(owner=owner).text == text


def test_feedback_add_with_a_followup_closes_the_loop(rivera: Person, owner: User) -> None:
    result = runner.invoke(
        app,
        [
            "feedback", "add", "Lead with the assessment", "--from", "Dr. Rivera",
            "--day", "2027-01-10", "--change", "One-line summary first",
            "--followup", "2027-01-15", "--outcome", "Much clearer",
        ],
    )  # fmt: skip

    assert result.exit_code == 0, result.output
    assert "loop closed" in result.stdout
    feedback = Feedback.objects.get(owner=owner)
    assert (feedback.giver, feedback.closed) == (rivera, True)


def test_feedback_followup_before_the_feedback_is_refused(rivera: Person) -> None:
    result = runner.invoke(
        app,
        ["feedback", "add", "Be on time", "--from", "Dr. Rivera", "--day", "2027-01-10",
         "--followup", "2027-01-05"],
    )  # fmt: skip

    assert result.exit_code == 1
    assert "follow-up comes after the feedback" in one_line(result.stderr)
    assert not Feedback.objects.exists()


def test_people_and_writers_in_json(rivera: Person) -> None:
    people = json.loads(runner.invoke(app, ["people", "--json"]).stdout)
    assert [p["name"] for p in people] == ["Dr. Rivera"]

    result = runner.invoke(app, ["writers", "--json", "--today", "2027-01-20"])

    assert result.exit_code == 0, result.output
    (writer,) = json.loads(result.stdout)
    assert writer["person_id"] == str(rivera.uid)
    assert writer["name"] == "Dr. Rivera"
    assert writer["status"] == "not_yet"
    assert 0 <= writer["score"] <= 100
    assert writer["missing"] and all(isinstance(m, str) for m in writer["missing"])
    assert isinstance(writer["next_step"], str) and writer["next_step"]


def test_phi_check_reports_offsets_and_a_rewrite(tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = "Mr. Johnson, 67, MRN 4471823, call 614-555-0142."
    path = tmp_path / "note.txt"
    path.write_text(text, encoding="utf-8")

    result = runner.invoke(app, ["phi-check", str(path), "--json"])

    assert result.exit_code == 1  # something was found
    report = json.loads(result.stdout)
    types = {f["type"] for f in report["findings"]}
    assert {"name", "phone"} <= types
    for finding in report["findings"]:
        assert text[finding["start"] : finding["end"]] == finding["text"]
    assert "Johnson" not in report["rewrite"] and "614-555-0142" not in report["rewrite"]


def test_phi_check_on_a_clean_text_from_standard_input_exits_0() -> None:
    result = runner.invoke(app, ["phi-check", "-"], input="Presented two patients on rounds.")

    assert result.exit_code == 0
    assert "Nothing flagged." in result.stdout


# `lorkit writers --from-export`: readiness straight from an export file, no account needed.

WRITER_FIELDS = ("person_id", "name", "status", "score", "missing", "next_step")


def writers_of(output: str) -> list[dict[str, object]]:
    return [{key: w[key] for key in WRITER_FIELDS} for w in json.loads(output)]


@pytest.fixture
def demo_file(db, tmp_path, set_today) -> Any:  # type: ignore[no-untyped-def]
    """The demo applicant's export on disk (one writer ready, one eligible, one not yet)."""
    set_today(TODAY)
    demo_load(TODAY)
    path = tmp_path / "demo.json"
    result = runner.invoke(app, ["export", str(path), "--user", DEMO_USERNAME])
    assert result.exit_code == 0, result.output
    return path


def test_writers_from_an_export_match_the_accounts_own(demo_file) -> None:  # type: ignore[no-untyped-def]
    day = ["--today", "2027-01-20"]
    from_account = runner.invoke(app, ["writers", "--json", "--user", DEMO_USERNAME, *day])
    User.objects.all().delete()  # no account at all: the file is enough

    from_file = runner.invoke(app, ["writers", "--from-export", str(demo_file), "--json", *day])

    assert from_account.exit_code == 0, from_account.output
    assert from_file.exit_code == 0, from_file.output
    assert writers_of(from_file.stdout) == writers_of(from_account.stdout)
    statuses = sorted(w["status"] for w in writers_of(from_file.stdout))
    assert statuses == ["eligible", "not_yet", "ready"]


def test_writers_read_an_export_from_standard_input(demo_file) -> None:  # type: ignore[no-untyped-def]
    text = demo_file.read_text(encoding="utf-8")
    args = ["writers", "--from-export", "-", "--json", "--today", "2027-01-20"]

    from_stdin = runner.invoke(app, args, input=text)
    from_path = runner.invoke(app, [*args[:2], str(demo_file), *args[3:]])

    assert from_stdin.exit_code == 0, from_stdin.output
    assert writers_of(from_stdin.stdout) == writers_of(from_path.stdout)
    assert len(writers_of(from_stdin.stdout)) == 3


def test_writers_from_a_broken_export_list_its_problems_and_exit_1(demo_file, tmp_path) -> None:  # type: ignore[no-untyped-def]
    document = json.loads(demo_file.read_text(encoding="utf-8"))
    missing = "e2a4c6d8-1b3f-4a5c-9e7d-0f2b4d6a8c0e"
    document["stories"][0]["person_ids"] = [missing]
    document["feedback"][0]["date"] = "soon"
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(document), encoding="utf-8")

    result = runner.invoke(app, ["writers", "--from-export", str(broken), "--json"])

    assert result.exit_code == 1
    assert result.stdout == ""
    assert one_line(result.stderr) == (
        "This file cannot be read. It has these problems: "
        '- Feedback 1, Day: "soon" is not a date written YYYY-MM-DD. '
        f'- Story 1, Who saw it: no person in this file has the id "{missing}".'
    )


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "This file is not a lorkit export: it is empty."),
        (b'{"format": "lorkit-export", "version": 9}', "format version 9, written by a newer"),
        (b"\xff", "it is not UTF-8 text (byte 1 cannot be read as UTF-8)"),
    ],
)
def test_writers_from_something_that_is_not_an_export_say_why(tmp_path, content, problem) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "not-an-export.json"
    path.write_bytes(content)

    result = runner.invoke(app, ["writers", "--from-export", str(path)])

    assert result.exit_code == 1
    assert problem in one_line(result.stderr)
    assert "Traceback" not in result.output
