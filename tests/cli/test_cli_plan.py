"""`lorkit plan`: a rotation's dated milestones, printed with no account and no database."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
import vobject
from typer.testing import CliRunner

from lorkit.cli import app

runner = CliRunner()
EXAMPLE = ["plan", "--start", "2027-01-04", "--end", "2027-01-31"]


def one_line(text: str) -> str:
    """Typer draws errors in a box and wraps them at 80 columns; read them as one line."""
    for border in "│╭╮╰╯─":
        text = text.replace(border, " ")
    return " ".join(text.split())


def plan_rows(*extra: str) -> list[dict[str, Any]]:
    result = runner.invoke(app, [*EXAMPLE, "--json", *extra])
    assert result.exit_code == 0, result.output
    rows: list[dict[str, Any]] = json.loads(result.stdout)
    return rows


def test_json_rows_carry_the_stable_keys_with_iso_dates() -> None:
    rows = plan_rows()

    assert rows
    for row in rows:
        assert {"kind", "title", "start", "end"} <= row.keys()
        assert isinstance(row["kind"], str) and row["kind"]
        assert isinstance(row["title"], str) and row["title"]
        assert date.fromisoformat(row["start"]) <= date.fromisoformat(row["end"])


def test_the_28_day_example_has_14_milestones_and_asks_on_26_to_28_january() -> None:
    rows = plan_rows()

    assert len(rows) == 14
    asks = [(row["start"], row["end"]) for row in rows if row["kind"] == "ask"]
    assert asks == [("2027-01-26", "2027-01-28")]


def test_json_rows_are_sorted_by_window() -> None:
    starts = [row["start"] for row in plan_rows()]

    assert starts == sorted(starts)
    assert starts[-1] == "2027-01-31"


def test_observership_adds_advice_to_the_script_but_keeps_the_dates() -> None:
    hands_on = {row["key"]: row for row in plan_rows()}
    observership = {row["key"]: row for row in plan_rows("--kind", "observership")}

    assert hands_on.keys() == observership.keys()
    assert all(
        (hands_on[key]["start"], hands_on[key]["end"])
        == (observership[key]["start"], observership[key]["end"])
        for key in hands_on
    )
    assert observership["intro"]["script"] != hands_on["intro"]["script"]
    assert any("observership" in line for line in observership["intro"]["script"])
    assert not any("observership" in line for line in hands_on["intro"]["script"])


def test_attending_and_specialty_fill_the_titles() -> None:
    rows = plan_rows("--attending", "Dr. Rivera", "--specialty", "Pediatrics")
    titles = {row["kind"]: row["title"] for row in rows}

    assert titles["ask"] == "Ask Dr. Rivera for a strong letter, in person"
    assert titles["intention_signal"] == "Tell Dr. Rivera you are applying in Pediatrics"


def test_an_unknown_kind_is_refused() -> None:
    result = runner.invoke(app, [*EXAMPLE, "--kind", "surgery"])

    assert result.exit_code == 2
    assert "--kind" in one_line(result.output)


def test_ics_prints_a_calendar_that_vobject_parses() -> None:
    result = runner.invoke(app, [*EXAMPLE, "--ics"])

    assert result.exit_code == 0, result.output
    calendar = vobject.readOne(result.stdout)
    assert calendar.name == "VCALENDAR"
    events = calendar.vevent_list
    assert len(events) == 14
    assert len({event.uid.value for event in events}) == 14
    by_uid = {event.uid.value: event for event in events}
    ask = by_uid["ask.2027-01-04@lorkit"]
    assert ask.summary.value == "Ask your attending for a strong letter, in person"
    assert (ask.dtstart.value, ask.dtend.value) == (
        date(2027, 1, 26),
        date(2027, 1, 29),  # DTEND is exclusive: the ask's last day is 28 January
    )


def test_the_table_lists_every_window() -> None:
    result = runner.invoke(app, EXAMPLE)

    assert result.exit_code == 0, result.output
    assert "Plan for 04 Jan 2027 – 31 Jan 2027" in result.stdout
    assert "2027-01-26 │ 2027-01-28 │ ask" in result.stdout


def test_an_end_before_the_start_is_refused() -> None:
    result = runner.invoke(app, ["plan", "--start", "2027-01-31", "--end", "2027-01-04"])

    assert result.exit_code != 0
    assert "--end: The end date (2027-01-04) is before the start date (2027-01-31)." in one_line(
        result.output
    )
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("start", "end", "option", "bad"),
    [
        ("2027-13-04", "2027-01-31", "--start", "'2027-13-04'"),
        ("2027-01-04", "31/01/2027", "--end", "'31/01/2027'"),
    ],
)
def test_a_malformed_date_is_refused_naming_its_option(
    start: str, end: str, option: str, bad: str
) -> None:
    result = runner.invoke(app, ["plan", "--start", start, "--end", end])

    assert result.exit_code != 0
    assert f"{option}: {bad} is not a date written YYYY-MM-DD" in one_line(result.output)


def test_json_and_ics_together_are_refused() -> None:
    result = runner.invoke(app, [*EXAMPLE, "--json", "--ics"])

    assert result.exit_code != 0
    assert "choose one of --json and --ics" in one_line(result.output)
    assert result.stdout == ""
