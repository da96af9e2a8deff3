"""`lorkit season`: a season's five dates, published where known and estimated otherwise."""

from __future__ import annotations

import json
from typing import Any

import pytest
from typer.testing import CliRunner

from lorkit.cli import app

runner = CliRunner()
SEASON_KEYS = ["myeras_opens", "submit_opens", "programs_review", "rol_deadline", "match_day"]


def one_line(text: str) -> str:
    """Typer draws errors in a box and wraps them at 80 columns; read them as one line."""
    for border in "│╭╮╰╯─":
        text = text.replace(border, " ")
    return " ".join(text.split())


def season_json(year: str) -> dict[str, Any]:
    result = runner.invoke(app, ["season", year, "--json"])
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def test_2026_json_carries_the_published_dates_and_estimates_only_the_rank_list() -> None:
    data = season_json("2026")

    assert {*SEASON_KEYS, "estimated"} <= data.keys()
    assert data["myeras_opens"] == "2025-06-04"
    assert data["submit_opens"] == "2025-09-03"
    assert data["programs_review"] == "2025-09-24"
    assert data["match_day"] == "2026-03-20"
    assert data["rol_deadline"] == "2026-03-04"  # 16 days before Match Day
    assert data["estimated"] == ["rol_deadline"]
    assert data["season"] == 2026


def test_2028_is_estimated_throughout() -> None:
    data = season_json("2028")

    assert data["estimated"] == SEASON_KEYS
    assert data["match_day"] == "2028-03-17"  # third Friday of March


@pytest.mark.parametrize("year", ["1999", "2101"])
def test_a_year_out_of_range_is_refused(year: str) -> None:
    result = runner.invoke(app, ["season", year, "--json"])

    assert result.exit_code != 0
    assert "give a season year such as 2028" in one_line(result.output)
    assert result.stdout == ""


def test_a_year_that_is_not_a_number_is_refused() -> None:
    result = runner.invoke(app, ["season", "next"])

    assert result.exit_code == 2
    assert "Invalid value for 'year'" in one_line(result.output)


def test_the_table_marks_each_date_estimated_or_published() -> None:
    result = runner.invoke(app, ["season", "2026"])

    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert "ERAS 2026" in lines[0]

    def row(label: str) -> str:
        return next(line for line in lines if label in line)

    assert "estimated" in row("Rank order list deadline")
    assert "published" in row("Match Day")
    assert "Fri 20 Mar 2026" in row("Match Day")
