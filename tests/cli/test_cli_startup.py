"""The account-free commands (`plan`, `season`, `cadence`, `classify-reply`) never load
Django: they must start fast and work on a machine with no database. Each runs in a fresh
interpreter so that modules another test imported cannot hide an import."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# Runs one command through the real Typer app, then lists every Django module it loaded and
# says whether it loaded icalendar (~45 ms; lorkit's own calendar writer needs it nowhere).
PROBE = """
import json, sys
from typer.testing import CliRunner
from lorkit.cli import app
result = CliRunner().invoke(app, sys.argv[1:])
loaded = sorted(m for m in sys.modules if m == "django" or m.startswith("django."))
print(json.dumps({
    "exit_code": result.exit_code,
    "django": loaded,
    "icalendar": "icalendar" in sys.modules,
    "output": result.output,
}))
"""

ACCOUNT_FREE = {
    "plan": ["plan", "--start", "2027-01-04", "--end", "2027-01-31", "--json"],
    "plan --ics": ["plan", "--start", "2027-01-04", "--end", "2027-01-31", "--ics"],
    "plan (table)": ["plan", "--start", "2027-01-04", "--end", "2027-01-31"],
    "season": ["season", "2028", "--json"],
    "plan refused": ["plan", "--start", "2027-01-31", "--end", "2027-01-04"],
    "cadence": ["cadence", "--requested", "2026-07-01", "--target", "2026-09-02", "--json"],
    "classify-reply": ["classify-reply", "Happy to write you a strong letter.", "--json"],
}


def run_probe(arguments: list[str], data_dir: Path | None = None) -> dict[str, object]:
    env = dict(os.environ)
    if data_dir is not None:  # a throwaway SQLite database, whatever the suite runs on
        env.pop("LORKIT_DATABASE_URL", None)
        env["LORKIT_DATA_DIR"] = str(data_dir)
    completed = subprocess.run(
        [sys.executable, "-c", PROBE, *arguments],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    result: dict[str, object] = json.loads(completed.stdout)
    return result


@pytest.mark.parametrize("arguments", ACCOUNT_FREE.values(), ids=ACCOUNT_FREE.keys())
def test_an_account_free_command_loads_no_django(arguments: list[str]) -> None:
    result = run_probe(arguments)

    assert result["django"] == []
    assert result["output"]


def test_the_probe_would_see_django_when_a_command_loads_it(tmp_path: Path) -> None:
    assert run_probe(["today", "--help"])["django"] == []  # parsing alone loads nothing

    loaded = run_probe(["migrate"], data_dir=tmp_path)

    assert loaded["exit_code"] == 0
    assert "django" in loaded["django"]


@pytest.mark.parametrize("name", ["plan", "plan (table)", "season"])
def test_a_command_without_ics_does_not_load_icalendar(name: str) -> None:
    result = run_probe(ACCOUNT_FREE[name])

    assert result["exit_code"] == 0
    assert result["icalendar"] is False


def test_plan_ics_prints_one_event_per_milestone_without_icalendar() -> None:
    milestones = json.loads(str(run_probe(ACCOUNT_FREE["plan"])["output"]))

    result = run_probe(ACCOUNT_FREE["plan --ics"])

    assert result["exit_code"] == 0
    assert result["icalendar"] is False  # lorkit writes its calendars itself (core/ics.py)
    calendar = str(result["output"])
    assert calendar.startswith("BEGIN:VCALENDAR")
    assert calendar.count("BEGIN:VEVENT") == len(milestones) == 14
