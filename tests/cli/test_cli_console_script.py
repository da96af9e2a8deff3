"""The installed `lorkit` console script runs the same app (checked with commands needing no
database)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(sys.executable).parent / "lorkit"


def run_lorkit(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    assert SCRIPT.exists(), f"no console script at {SCRIPT}: is lorkit installed?"
    env = {**os.environ, "LORKIT_DATA_DIR": str(data_dir)}
    env.pop("LORKIT_USER", None)
    return subprocess.run(
        [str(SCRIPT), *args], capture_output=True, text=True, env=env, timeout=120, check=False
    )


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


def test_the_console_script_prints_a_plan(data_dir: Path) -> None:
    done = run_lorkit(
        "plan", "--start", "2027-01-04", "--end", "2027-01-31", "--json", data_dir=data_dir
    )

    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    assert len(rows) == 14
    assert [(r["start"], r["end"]) for r in rows if r["kind"] == "ask"] == [
        ("2027-01-26", "2027-01-28")
    ]


def test_the_console_script_prints_a_season(data_dir: Path) -> None:
    done = run_lorkit("season", "2028", "--json", data_dir=data_dir)

    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert (data["season"], data["match_day"]) == (2028, "2028-03-17")
    assert len(data["estimated"]) == 5
