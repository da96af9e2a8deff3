"""`lorkit migrate`: bring the schema up to date. Every account command does the same first
(`django_ready`), but runs Django's `migrate` only when a migration is pending: a fresh
database gets its schema, an up-to-date one is not migrated again on each call."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from django.apps import AppConfig
from django.db.models.signals import pre_migrate
from typer.testing import CliRunner

from lorkit.cli import app

runner = CliRunner()

# Runs one command in a fresh interpreter, recording each app `migrate` visited (its
# pre_migrate signal fires whenever `migrate` runs, even with nothing to apply) and the tables
# the database holds afterwards.
PROBE = """
import json, sys
from django.db.models.signals import pre_migrate
from typer.testing import CliRunner
from lorkit.cli import app
migrated = []
pre_migrate.connect(lambda sender, **kwargs: migrated.append(sender.label), weak=False)
result = CliRunner().invoke(app, sys.argv[1:])
from django.db import connection
print(json.dumps({
    "exit_code": result.exit_code,
    "output": result.output,
    "migrated": migrated,
    "tables": connection.introspection.table_names(),
}))
"""

# What an upgrade that adds a migration looks like: one app's migrations not yet applied.
UNAPPLY_SESSIONS = """
import django
from django.core.management import call_command
django.setup()
call_command("migrate", "sessions", "zero", verbosity=0)
"""


def test_migrate_reports_an_up_to_date_database(db: None) -> None:
    result = runner.invoke(app, ["migrate"])

    assert result.exit_code == 0, result.output
    assert result.stdout == "Database is up to date.\n"


def test_a_command_on_an_up_to_date_database_does_not_run_migrate(db: None) -> None:
    migrated: list[str] = []

    def record(sender: AppConfig, **kwargs: Any) -> None:
        migrated.append(sender.label)

    pre_migrate.connect(record)
    try:
        result = runner.invoke(app, ["migrate"])
    finally:
        pre_migrate.disconnect(record)

    assert result.exit_code == 0, result.output
    assert migrated == []


def sqlite_env(data_dir: Path) -> dict[str, str]:
    """A throwaway SQLite database in `data_dir`, whatever database the suite runs on."""
    env = {**os.environ, "LORKIT_DATA_DIR": str(data_dir)}
    env.pop("LORKIT_DATABASE_URL", None)
    env.setdefault("DJANGO_SETTINGS_MODULE", "lorkit.settings")
    return env


def run_probe(arguments: list[str], data_dir: Path) -> dict[str, Any]:
    completed = subprocess.run(
        [sys.executable, "-c", PROBE, *arguments],
        capture_output=True,
        text=True,
        check=True,
        env=sqlite_env(data_dir),
    )
    result: dict[str, Any] = json.loads(completed.stdout)
    return result


def test_a_fresh_database_gets_its_schema_and_the_next_command_skips_migrate(
    tmp_path: Path,
) -> None:
    first = run_probe(["migrate"], tmp_path)
    second = run_probe(["migrate"], tmp_path)

    assert first["exit_code"] == 0, first["output"]
    assert "plans" in first["migrated"]
    assert {"plans_rotation", "plans_milestone", "django_session"} <= set(first["tables"])
    assert second["exit_code"] == 0, second["output"]
    assert second["migrated"] == []
    assert second["tables"] == first["tables"]


def test_a_pending_migration_is_applied_by_the_next_command(tmp_path: Path) -> None:
    run_probe(["migrate"], tmp_path)
    subprocess.run([sys.executable, "-c", UNAPPLY_SESSIONS], check=True, env=sqlite_env(tmp_path))

    result = run_probe(["migrate"], tmp_path)

    assert result["exit_code"] == 0, result["output"]
    assert result["migrated"] != []
    assert "django_session" in result["tables"]
