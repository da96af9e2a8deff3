"""`lorkit cadence`: one letter's soft deadline and reminder days, with no account and no
database."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest
from typer.testing import CliRunner

from lorkit.cli import app

runner = CliRunner()
EXAMPLE = ["cadence", "--requested", "2026-07-01", "--target", "2026-09-02"]


def one_line(text: str) -> str:
    """Typer draws errors in a box and wraps them at 80 columns; read them as one line."""
    for border in "│╭╮╰╯─":
        text = text.replace(border, " ")
    return " ".join(text.split())


def cadence_json(*extra: str) -> dict[str, Any]:
    result = runner.invoke(app, [*EXAMPLE, "--json", *extra])
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def test_json_gives_the_soft_deadline_and_both_reminders_with_reasons() -> None:
    data = cadence_json()

    assert data["soft_deadline"] == "2026-08-12"
    assert [(r["date"], r["kind"]) for r in data["reminders"]] == [
        ("2026-07-15", "first_reminder"),
        ("2026-08-19", "final_reminder"),
    ]
    assert data["reminders"][0]["reason"] == "14 days since the request, letter not in yet"
    assert data["reminders"][1]["reason"] == "14 days before your submission target"


def test_a_recent_contact_moves_the_first_reminder_past_its_quiet_week() -> None:
    data = cadence_json("--last-contact", "2026-07-10")

    assert [r["date"] for r in data["reminders"]] == ["2026-07-18", "2026-08-19"]
    assert "contact on July 10" in data["reminders"][0]["reason"]


def test_a_letter_received_early_needs_no_reminder() -> None:
    data = cadence_json("--received", "2026-07-10")

    assert data == {"soft_deadline": "2026-08-12", "reminders": []}


def test_the_table_shows_the_soft_deadline_and_each_reminder() -> None:
    result = runner.invoke(app, EXAMPLE)

    assert result.exit_code == 0, result.output
    assert "Soft deadline" in result.output
    assert "Wed 12 Aug 2026" in result.output
    assert "Wed 15 Jul 2026" in result.output
    assert "Final reminder" in result.output


def test_the_table_says_so_when_there_is_nothing_to_send() -> None:
    result = runner.invoke(app, [*EXAMPLE, "--received", "2026-07-02"])

    assert result.exit_code == 0
    assert "No reminder to send for this letter." in result.output


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (
            ["--requested", "2026-09-10", "--target", "2026-09-02"],
            "the target (2026-09-02) is before the request (2026-09-10)",
        ),
        (
            ["--requested", "2026-07-01", "--target", "2026-09-02", "--received", "2026-06-30"],
            "the letter cannot come in (2026-06-30) before it was requested (2026-07-01)",
        ),
        (
            ["--requested", "July 1", "--target", "2026-09-02"],
            "'July 1' is not a date written YYYY-MM-DD",
        ),
        (
            ["--requested", "2026-07-01", "--target", "2026-09-02", "--last-contact", "2026-13-01"],
            "'2026-13-01' is not a date written YYYY-MM-DD",
        ),
        (
            ["--requested", "2026-07-01", "--target", "9999-09-02"],
            "9999-09-02 is outside the years lorkit plans for",
        ),
    ],
)
def test_bad_dates_are_refused_with_a_clear_message(arguments: list[str], message: str) -> None:
    result = runner.invoke(app, ["cadence", *arguments, "--json"])

    assert result.exit_code == 2
    assert message in one_line(result.output)
    assert result.stdout == ""


def test_both_dates_are_required() -> None:
    result = runner.invoke(app, ["cadence", "--requested", "2026-07-01"])

    assert result.exit_code == 2
    assert "--target" in one_line(result.output)


# The command runs in a fresh interpreter so that modules another test imported cannot hide
# an import of Django (the same probe as test_cli_startup.py).
PROBE = """
import json, sys
from typer.testing import CliRunner
from lorkit.cli import app
result = CliRunner().invoke(app, sys.argv[1:])
django = [m for m in sys.modules if m == "django" or m.startswith("django.")]
print(json.dumps({"exit_code": result.exit_code, "django": django}))
"""


@pytest.mark.parametrize("extra", [["--json"], []], ids=["json", "table"])
def test_cadence_loads_no_django(extra: list[str]) -> None:
    completed = subprocess.run(
        [sys.executable, "-c", PROBE, *EXAMPLE, *extra],
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(completed.stdout)

    assert result == {"exit_code": 0, "django": []}
