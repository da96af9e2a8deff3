"""`lorkit sites rank`: offers from the CSV template ranked with no account and no database;
`--json` is a stable output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from lorkit.cli import app
from lorkit.core import defaults

runner = CliRunner()
OFFERS = Path(__file__).resolve().parents[1] / "sites" / "offers.csv"
JUDGED = ["--specialty", "IM", "--submit-by", "2027-09-01", "--today", "2026-11-21"]


def ranked(*arguments: str) -> list[dict[str, Any]]:
    result = runner.invoke(app, ["sites", "rank", str(OFFERS), "--json", *JUDGED, *arguments])
    assert result.exit_code == 0, result.output
    rows: list[dict[str, Any]] = json.loads(result.stdout)
    return rows


def test_json_rows_carry_the_stable_keys() -> None:
    rows = ranked()

    assert len(rows) == 28
    for row in rows:
        assert {
            "name",
            "score",
            "flags",
            "total_cost",
            "cost_per_hands_on_week",
            "letter_chance",
            "reasons",
        } <= row.keys()
        assert isinstance(row["flags"], list)
        assert row["letter_chance"] in {"high", "medium", "low"}
        assert all(isinstance(reason, str) and reason for reason in row["reasons"])


def test_the_ranking_puts_the_best_first_and_flagged_offers_last() -> None:
    rows = ranked()

    assert rows[0]["name"] == "Lakeside Community Hospital IM externship"
    assert rows[0]["score"] == 92 and rows[0]["flags"] == []
    assert [bool(row["flags"]) for row in rows] == sorted(bool(row["flags"]) for row in rows)
    assert [row["rank"] for row in rows] == list(range(1, 29))


def test_costs_are_numbers_ranges_or_null() -> None:
    rows = {row["name"]: row for row in ranked()}

    assert rows["Lakeside Community Hospital IM externship"]["total_cost"] == 4150
    assert rows["Private GI practice rotation"]["total_cost"] == [4500, 5500]
    assert rows["Private GI practice rotation"]["cost_per_hands_on_week"] == [1125, 1375]
    assert rows["Contact-us IM externship"]["total_cost"] is None
    assert rows["Week-long IM shadowing"]["cost_per_hands_on_week"] is None


def test_flags_are_short_codes_and_the_reasons_say_why() -> None:
    rows = {row["name"]: row for row in ranked()}

    shadowing = rows["Week-long IM shadowing"]
    assert shadowing["flags"] == ["observer_only", "too_short"]
    assert shadowing["reasons"][0].startswith("Observer only: no patient contact")
    assert rows["Valley Medical Center sub-internship"]["flags"] == ["not_for_applicants"]
    assert rows["Late-summer IM externship"]["flags"] == ["too_late"]


def test_without_a_submission_target_nothing_is_too_late() -> None:
    result = runner.invoke(
        app, ["sites", "rank", str(OFFERS), "--json", "--specialty", "IM", "--today", "2026-11-21"]
    )
    rows = {row["name"]: row for row in json.loads(result.stdout)}

    assert rows["Late-summer IM externship"]["flags"] == []


def test_the_specialty_changes_the_ranking() -> None:
    rows = ranked("--specialty", "Pediatrics")

    assert rows[0]["name"] == "Children's Hospital pediatrics clerkship"


def test_an_unknown_specialty_is_refused() -> None:
    result = runner.invoke(app, ["sites", "rank", str(OFFERS), "--specialty", "Wizardry"])

    assert result.exit_code == 2
    assert "not an ERAS specialty" in result.output


def test_the_table_lists_every_offer() -> None:
    result = runner.invoke(app, ["sites", "rank", str(OFFERS), *JUDGED], env={"COLUMNS": "200"})

    assert result.exit_code == 0
    assert "Lakeside Community Hospital IM externship" in result.stdout
    assert "observer_only, too_short" in result.stdout


def test_bad_rows_are_named_on_standard_error_and_the_rest_ranked(tmp_path: Path) -> None:
    offers = tmp_path / "offers.csv"
    offers.write_text(
        "name,kind,price\nGood,externship,$250/week\nBad,fellowship,$1\n", encoding="utf-8"
    )

    result = runner.invoke(app, ["sites", "rank", str(offers), "--json"])

    assert result.exit_code == 0
    assert [row["name"] for row in json.loads(result.stdout)] == ["Good"]
    assert "Row 3, kind: 'fellowship' is not a kind lorkit knows" in result.stderr


def test_standard_input_is_read_with_a_dash() -> None:
    text = "name,weeks,price\nPiped,4,$1\n"

    result = runner.invoke(app, ["sites", "rank", "-", "--json"], input=text)

    assert json.loads(result.stdout)[0]["name"] == "Piped"


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"PK\x03\x04\x00\x00", "holds NUL bytes"),
        (b"provider\nA\n", "the first row must be the header row"),
        (b"name,kind\nBad,fellowship\n", "no offer in the file could be read"),
        (b"x" * (defaults.SITE_CSV_MAX_BYTES + 1), "larger than 96 KB"),
    ],
)
def test_a_file_that_cannot_be_ranked_is_a_clear_error(
    tmp_path: Path, content: bytes, said: str
) -> None:
    offers = tmp_path / "offers.csv"
    offers.write_bytes(content)

    result = runner.invoke(app, ["sites", "rank", str(offers)])

    assert result.exit_code == 1
    assert said in " ".join(result.stderr.split())


def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["sites", "rank", str(tmp_path / "nope.csv")])

    assert result.exit_code == 1
    assert "cannot read" in result.stderr


def test_terminal_controls_in_an_offer_never_reach_the_terminal(tmp_path: Path) -> None:
    offers = tmp_path / "offers.csv"
    offers.write_text("name,notes\nEvil\x1b]0;owned\x07,x\nFine \x1b[31mred,x\n", encoding="utf-8")

    result = runner.invoke(app, ["sites", "rank", str(offers)], env={"COLUMNS": "200"})

    assert "\x1b" not in result.stdout
    assert "Row 2, name" in " ".join(result.stderr.split())


def test_the_template_command_prints_the_stable_header() -> None:
    result = runner.invoke(app, ["sites", "template"])

    assert result.stdout.splitlines()[0].startswith("name,provider,city,state,specialty,kind,")


def test_ranking_needs_no_account_and_loads_no_django(tmp_path: Path) -> None:
    probe = (
        "import sys, json\n"
        "from typer.testing import CliRunner\n"
        "from lorkit.cli import app\n"
        "result = CliRunner().invoke(app, sys.argv[1:])\n"
        "print(json.dumps({'code': result.exit_code, 'django': "
        "[m for m in sys.modules if m == 'django' or m.startswith('django.')]}))\n"
    )
    env = {**os.environ, "LORKIT_DATA_DIR": str(tmp_path / "no-database-here")}
    env.pop("LORKIT_DATABASE_URL", None)

    completed = subprocess.run(
        [sys.executable, "-c", probe, "sites", "rank", str(OFFERS), "--json"],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )

    assert json.loads(completed.stdout) == {"code": 0, "django": []}
    assert not (tmp_path / "no-database-here").exists()
