"""`lorkit migrate`: bring the schema up to date."""

from __future__ import annotations

from typer.testing import CliRunner

from lorkit.cli import app

runner = CliRunner()


def test_migrate_reports_an_up_to_date_database(db: None) -> None:
    result = runner.invoke(app, ["migrate"])

    assert result.exit_code == 0, result.output
    assert result.stdout == "Database is up to date.\n"
