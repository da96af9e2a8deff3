"""`lorkit programs`: each program with its letters and an advisor's checks, as a table or as
the JSON scripts rely on (README, "Stable outputs")."""

from __future__ import annotations

import json
from datetime import date

import pytest
from typer.testing import CliRunner

from lorkit.accounts.models import User
from lorkit.cli import app
from lorkit.letters.models import LetterRequest, Program
from lorkit.letters.program_services import assignment_set, program_save

runner = CliRunner(env={"LORKIT_USER": None})
BEFORE = date(2026, 8, 1)
WIDE = {"COLUMNS": "200"}  # one table row per program


def one_line(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def letters(owner: User) -> list[LetterRequest]:
    return [
        LetterRequest.objects.create(owner=owner, author=name, specialty=specialty, status="agreed")
        for name, specialty in (
            ("Dr. Amara Vance", "Internal Medicine"),
            ("Dr. Bo Lindqvist", "Internal Medicine"),
            ("Dr. Farid Haddad", "General"),
        )
    ]


@pytest.fixture
def programs(owner: User, letters: list[LetterRequest]) -> list[Program]:
    """A signalled program with two medicine letters; one applied to on 2026-09-10 with one."""
    made = [
        program_save(
            owner=owner,
            program=Program(
                name="Harbor View Internal Medicine",
                specialty="Internal Medicine",
                state="WA",
                signalled=True,
            ),
        ),
        program_save(
            owner=owner,
            program=Program(
                name="Cedar Ridge Surgery",
                specialty="General Surgery",
                applied_on=date(2026, 9, 10),
            ),
        ),
    ]
    assignment_set(owner=owner, program=made[0], letter_ids=[letters[1].pk], today=BEFORE)
    assignment_set(
        owner=owner, program=made[0], letter_ids=[letters[1].pk, letters[0].pk], today=BEFORE
    )
    assignment_set(owner=owner, program=made[1], letter_ids=[letters[2].pk], today=BEFORE)
    return made


def test_programs_json_gives_each_program_its_letter_ids_and_problems(
    programs: list[Program], letters: list[LetterRequest]
) -> None:
    result = runner.invoke(app, ["programs", "--json", "--today", "2026-09-01"])

    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [row["name"] for row in rows] == ["Cedar Ridge Surgery", "Harbor View Internal Medicine"]
    harbor = rows[1]
    assert {key: value for key, value in harbor.items() if key != "problems"} == {
        "id": programs[0].pk,
        "name": "Harbor View Internal Medicine",
        "specialty": "Internal Medicine",
        "state": "WA",
        "signalled": True,
        "applied_on": None,
        "letters": [letters[1].pk, letters[0].pk],  # in the order assigned
    }
    assert harbor["problems"] == [
        {
            "code": "fewer_than_three",
            "severity": "warning",
            "message": "Only 2 letter(s): programs usually expect at least 3.",
        }
    ]


@pytest.mark.parametrize(
    ("today", "locked"), [("2026-09-09", False), ("2026-09-10", True)], ids=["before", "on"]
)
def test_programs_json_notes_the_lock_from_the_day_of_applying(
    programs: list[Program], today: str, locked: bool
) -> None:
    result = runner.invoke(app, ["programs", "--json", "--today", today])

    cedar = json.loads(result.stdout)[0]
    assert cedar["applied_on"] == "2026-09-10"
    assert cedar["state"] == ""
    assert ("locked" in [p["code"] for p in cedar["problems"]]) is locked
    assert {"code": "other_specialty_letter", "severity": "warning"} not in cedar["problems"]


def test_programs_prints_a_table_with_signal_applied_letters_and_problems(
    programs: list[Program],
) -> None:
    result = runner.invoke(app, ["programs", "--today", "2026-09-20"], env=WIDE)

    assert result.exit_code == 0, result.output
    text = one_line(result.stdout)
    assert "Harbor View Internal Medicine" in text
    assert "2026-09-10" in text
    assert "note: You applied on 10 Sep 2026" in text
    lines = result.stdout.splitlines()
    harbor = next(line for line in lines if "Harbor View" in line)
    assert " yes " in harbor and " 2 " in harbor


def test_programs_with_none_gives_an_empty_list(owner: User) -> None:
    result = runner.invoke(app, ["programs", "--json"])

    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == []


def test_programs_shows_only_the_chosen_accounts_programs(
    programs: list[Program], outsider: User
) -> None:
    program_save(
        owner=outsider, program=Program(name="Someone Else's Program", specialty="Pediatrics")
    )

    mine = runner.invoke(app, ["programs", "--json", "--user", "alice"])
    theirs = runner.invoke(app, ["programs", "--json", "--user", "mallory"])
    neither = runner.invoke(app, ["programs", "--json"])

    assert len(json.loads(mine.stdout)) == 2
    assert [row["name"] for row in json.loads(theirs.stdout)] == ["Someone Else's Program"]
    assert neither.exit_code == 1
    assert "several accounts" in neither.stderr


def test_a_program_name_cannot_drive_the_terminal(owner: User) -> None:
    program_save(
        owner=owner,
        program=Program(name="Bright [bold]Lights[/bold] Medicine", specialty="Internal Medicine"),
    )

    result = runner.invoke(app, ["programs"], env=WIDE)

    assert "[bold]Lights[/bold]" in one_line(result.stdout)
