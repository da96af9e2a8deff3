"""Writers that arrive together wait their turn instead of failing. On SQLite with its default
settings, 18 of 19 imports beside 50 editing clients failed with "database is locked".

The writers run in a fresh interpreter (tests/concurrent_writers.py) on a real database with
lorkit's own settings: on SQLite a file in a temporary data folder (pytest's SQLite test
database lives in memory, where WAL and the busy timeout do not apply), on PostgreSQL the
suite's test database, whose committed rows the transactional marker flushes afterwards."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from lorkit.core import defaults

EDITORS, EDITS, IMPORTERS, IMPORTS = 8, 10, 2, 10
WRITERS = Path(__file__).with_name("concurrent_writers.py")

# Opens one connection with lorkit's settings and reports how SQLite was set up.
SQLITE_SETUP = """
import json, django
django.setup()
from django.db import connection
with connection.cursor() as cursor:
    pragmas = {
        name: cursor.execute(f"PRAGMA {name}").fetchone()[0]
        for name in ("journal_mode", "busy_timeout", "synchronous")
    }
print(json.dumps({**pragmas, "transaction_mode": connection.transaction_mode}))
"""


def sqlite_env(data_dir: Path) -> dict[str, str]:
    """A SQLite file database in `data_dir`, whatever database the suite runs on."""
    env = {**os.environ, "LORKIT_DATA_DIR": str(data_dir)}
    env.pop("LORKIT_DATABASE_URL", None)
    env.setdefault("DJANGO_SETTINGS_MODULE", "lorkit.settings")
    return env


@pytest.fixture
def database_env(transactional_db: None, tmp_path: Path) -> dict[str, str]:
    """A fresh interpreter's environment for a real database of the kind the suite runs on."""
    from django.db import connection

    if connection.vendor == "sqlite":
        return sqlite_env(tmp_path)
    url = urlsplit(os.environ["LORKIT_DATABASE_URL"])
    test_database = url._replace(path=f"/{connection.settings_dict['NAME']}").geturl()
    return {**sqlite_env(tmp_path), "LORKIT_DATABASE_URL": test_database}


def run_python(arguments: list[str], env: dict[str, str]) -> dict[str, Any]:
    completed = subprocess.run(
        [sys.executable, *arguments], capture_output=True, text=True, env=env, timeout=300
    )
    assert completed.returncode == 0, completed.stderr
    result: dict[str, Any] = json.loads(completed.stdout)
    return result


def test_editors_and_importers_writing_at_once_all_succeed(database_env: dict[str, str]) -> None:
    arguments = [str(WRITERS), *map(str, (EDITORS, EDITS, IMPORTERS, IMPORTS))]

    result = run_python(arguments, database_env)

    assert result["errors"] == []
    counts = result["counts"]
    rotations, milestones = counts.pop("reference")  # saved alone, before the others start
    assert rotations == EDITS
    assert milestones > 0
    expected = {f"editor{n}": [EDITS, milestones] for n in range(EDITORS)}
    expected |= {f"importer{n}": [EDITS, milestones] for n in range(IMPORTERS)}
    assert counts == expected


def test_a_sqlite_connection_uses_wal_and_waits_for_the_write_lock(tmp_path: Path) -> None:
    setup = run_python(["-c", SQLITE_SETUP], sqlite_env(tmp_path))

    assert setup == {
        "journal_mode": "wal",
        "busy_timeout": defaults.SQLITE_BUSY_TIMEOUT_SECONDS * 1000,
        "synchronous": 1,  # NORMAL
        "transaction_mode": "IMMEDIATE",
    }


def test_postgresql_keeps_its_own_settings() -> None:
    from lorkit.settings import SQLITE_OPTIONS, database_config

    postgres = database_config("postgres://postgres@127.0.0.1:5432/lorkit")
    sqlite = database_config("sqlite:////tmp/lorkit.sqlite3")

    assert "OPTIONS" not in postgres
    assert sqlite["OPTIONS"] == SQLITE_OPTIONS
