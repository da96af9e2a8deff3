"""Bad paths, bad files and impossible dates get a clear message, never a traceback."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from typer.testing import CliRunner

from lorkit.cli import app
from lorkit.demo import DEMO_USERNAME, demo_load
from lorkit.plans.models import Rotation

runner = CliRunner()


def test_export_into_a_missing_folder_is_a_clear_error(tmp_path: Path, rotation: Rotation) -> None:
    result = runner.invoke(app, ["export", str(tmp_path / "nowhere" / "x.json"), "--user", "alice"])
    assert result.exit_code == 1
    assert "cannot write" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_importing_a_file_that_is_not_utf8_is_a_clear_error(
    tmp_path: Path, rotation: Rotation
) -> None:
    path = tmp_path / "latin1.json"
    path.write_bytes(b'{"site": "S\xe3o Paulo"}')
    result = runner.invoke(app, ["import", str(path), "--user", "alice"])
    assert result.exit_code == 1
    assert "it is not UTF-8 text (byte 12 cannot be" in " ".join(result.output.split())


def test_a_plan_in_year_one_is_refused() -> None:
    result = runner.invoke(app, ["plan", "--start", "0001-01-01", "--end", "0001-01-28"])
    assert result.exit_code == 2
    assert "outside the years lorkit plans for" in " ".join(result.output.split())


def test_a_stale_demo_is_rebuilt_around_the_new_date(db: None) -> None:
    first = demo_load(date(2026, 11, 21))
    again = demo_load(date(2026, 11, 22))
    months_later = demo_load(date(2027, 6, 1))

    assert first.pk == again.pk
    assert months_later.pk != first.pk
    assert months_later.username == DEMO_USERNAME
    assert (
        months_later.rotations.filter(
            start__lte=date(2027, 6, 1), end__gte=date(2027, 6, 1)
        ).count()
        == 1
    )
