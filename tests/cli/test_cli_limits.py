"""`lorkit import` meets the per-account limits, and `lorkit export` works for a full account."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from limit_documents import export_document
from lorkit.accounts.models import User
from lorkit.cli import app
from lorkit.core import defaults
from lorkit.plans.models import Milestone, Rotation

ROTATIONS = defaults.ROTATIONS_PER_ACCOUNT
MILESTONES = defaults.MILESTONES_PER_ACCOUNT
runner = CliRunner(env={"LORKIT_USER": None})


def one_line(text: str) -> str:
    """Rich wraps messages at 80 columns; read them as one line."""
    return " ".join(text.split())


def write_export(tmp_path: Path, rotations: int) -> Path:
    path = tmp_path / f"export-{rotations}.json"
    path.write_text(json.dumps(export_document(rotations)), encoding="utf-8")
    return path


def counts(owner: User) -> tuple[int, int]:
    return (
        Rotation.objects.filter(owner=owner).count(),
        Milestone.objects.filter(rotation__owner=owner).count(),
    )


def test_an_import_over_the_limit_exits_1_with_the_limit_and_writes_nothing(
    tmp_path: Path, owner: User, rotation: Rotation
) -> None:
    path = write_export(tmp_path, ROTATIONS + 1)

    result = runner.invoke(app, ["import", str(path), "--user", "alice", "--replace"])

    assert result.exit_code == 1
    message = one_line(result.stderr)
    assert "Nothing was imported." in message
    assert (
        f"- {ROTATIONS + 1} rotations would be more than the {ROTATIONS} an account can hold"
        in message
    )
    assert list(Rotation.objects.filter(owner=owner)) == [rotation]


def test_a_full_account_imports_and_exports_again(tmp_path: Path, owner: User) -> None:
    imported = runner.invoke(app, ["import", str(write_export(tmp_path, ROTATIONS))])
    exported = runner.invoke(app, ["export", "-"])

    assert imported.exit_code == 0, imported.output
    assert f"Imported {ROTATIONS} rotations and {MILESTONES} milestones" in imported.stdout
    assert counts(owner) == (ROTATIONS, MILESTONES)
    assert exported.exit_code == 0, exported.output
    document = json.loads(exported.stdout)
    assert (len(document["rotations"]), len(document["milestones"])) == (ROTATIONS, MILESTONES)
