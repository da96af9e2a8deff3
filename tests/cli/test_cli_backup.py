"""`lorkit export` and `lorkit import`: a whole workspace to one file and back, all or nothing."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from lorkit.accounts.models import User
from lorkit.backup.services import workspace_export
from lorkit.cli import app
from lorkit.plans.models import Rotation
from lorkit.plans.services import milestone_set_status, rotation_save

runner = CliRunner(env={"LORKIT_USER": None})


def one_line(text: str) -> str:
    """Rich wraps messages at 80 columns; read them as one line."""
    return " ".join(text.split())


def export_to(path: Path, username: str) -> dict[str, Any]:
    result = runner.invoke(app, ["export", str(path), "--user", username])
    assert result.exit_code == 0, result.output
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document


@pytest.fixture
def alice_file(tmp_path: Path, rotation: Rotation, outsider: User) -> Path:
    """Alice's workspace on disk, with one milestone already done."""
    milestone_set_status(
        milestone=rotation.milestones.get(key="intro"),
        status="done",
        note="Met on day one",
        today=date(2027, 1, 4),
    )
    path = tmp_path / "alice.json"
    export_to(path, "alice")
    return path


def test_export_writes_a_lorkit_document(tmp_path: Path, rotation: Rotation) -> None:
    path = tmp_path / "backup.json"

    result = runner.invoke(app, ["export", str(path)])

    assert result.exit_code == 0, result.output
    assert f"Exported to {path}" in one_line(result.stderr)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert (document["format"], document["version"]) == ("lorkit-export", 1)
    assert [r["id"] for r in document["rotations"]] == [str(rotation.uid)]
    assert len(document["milestones"]) == 14
    assert document["profile"]["eras_name"] == "Alice Example"


def test_export_to_standard_output_matches_the_file(alice_file: Path) -> None:
    result = runner.invoke(app, ["export", "-", "--user", "alice"])

    assert result.exit_code == 0, result.output
    assert result.stdout == alice_file.read_text(encoding="utf-8")


def test_export_then_import_into_another_account_round_trips(
    alice_file: Path, tmp_path: Path, outsider: User
) -> None:
    result = runner.invoke(app, ["import", str(alice_file), "--user", "mallory"])

    assert result.exit_code == 0, result.output
    assert "Imported 1 rotations and 14 milestones into mallory's account." in one_line(
        result.stdout
    )
    assert export_to(tmp_path / "mallory.json", "mallory") == json.loads(alice_file.read_text())
    intro = outsider.rotations.get().milestones.get(key="intro")
    assert (intro.status, intro.note, intro.closed_on) == (
        "done",
        "Met on day one",
        date(2027, 1, 4),
    )


def test_import_reads_standard_input(alice_file: Path, outsider: User) -> None:
    result = runner.invoke(
        app, ["import", "-", "--user", "mallory"], input=alice_file.read_text(encoding="utf-8")
    )

    assert result.exit_code == 0, result.output
    mallory = User.objects.get(pk=outsider.pk)  # a fresh profile, not the fixture's cached one
    assert workspace_export(mallory) == json.loads(alice_file.read_text())


def version_2(document: dict[str, Any]) -> None:
    document["version"] = 2


def rotation_ends_before_it_starts(document: dict[str, Any]) -> None:
    document["rotations"][0]["end"] = "2027-01-01"


def milestone_ends_before_it_starts(document: dict[str, Any]) -> None:
    document["milestones"][3]["end"] = "2020-01-01"


@pytest.mark.parametrize(
    ("spoil", "problem"),
    [
        (version_2, "this export is format version 2, written by a newer lorkit"),
        (rotation_ends_before_it_starts, "rotations[0].end: The end date ("),
        (milestone_ends_before_it_starts, "milestones[3].end: The end date ("),
    ],
)
def test_a_document_with_a_problem_imports_nothing(
    spoil: Callable[[dict[str, Any]], None],
    problem: str,
    alice_file: Path,
    tmp_path: Path,
    owner: User,
    rotation: Rotation,
) -> None:
    document = json.loads(alice_file.read_text())
    document["profile"]["eras_name"] = "Someone Else"
    spoil(document)
    spoiled = tmp_path / "spoiled.json"
    spoiled.write_text(json.dumps(document))
    before = workspace_export(owner)
    milestone_ids = sorted(rotation.milestones.values_list("pk", flat=True))

    # --replace: only the checks stand between the document and alice's workspace
    result = runner.invoke(app, ["import", str(spoiled), "--user", "alice", "--replace"])

    assert result.exit_code == 1
    assert "Nothing was imported." in result.stderr
    assert problem in one_line(result.stderr)
    assert result.stdout == ""
    owner.profile.refresh_from_db()
    assert workspace_export(owner) == before
    assert list(owner.rotations.values_list("pk", flat=True)) == [rotation.pk]
    assert sorted(rotation.milestones.values_list("pk", flat=True)) == milestone_ids


def test_import_over_existing_rotations_needs_replace(alice_file: Path, outsider: User) -> None:
    own = rotation_save(
        owner=outsider,
        rotation=Rotation(site="Mallory General", start=date(2027, 3, 1), end=date(2027, 3, 28)),
    )

    refused = runner.invoke(app, ["import", str(alice_file), "--user", "mallory"])

    assert refused.exit_code == 1
    assert "Nothing was imported." in refused.stderr
    assert "this account already has rotations" in one_line(refused.stderr)
    assert "--replace" in one_line(refused.stderr)
    assert [r.pk for r in outsider.rotations.all()] == [own.pk]

    replaced = runner.invoke(app, ["import", str(alice_file), "--user", "mallory", "--replace"])

    assert replaced.exit_code == 0, replaced.output
    assert [r.site for r in outsider.rotations.all()] == ["Example Teaching Hospital"]
    assert not Rotation.objects.filter(pk=own.pk).exists()


def test_a_missing_file_is_a_clear_error(tmp_path: Path, rotation: Rotation) -> None:
    missing = tmp_path / "nowhere.json"

    result = runner.invoke(app, ["import", str(missing), "--replace"])

    assert result.exit_code == 1
    assert f"cannot read {missing}: No such file or directory" in one_line(result.stderr)
    assert rotation.milestones.count() == 14


def test_invalid_json_is_a_clear_error(tmp_path: Path, rotation: Rotation) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "lorkit-export", ', encoding="utf-8")

    result = runner.invoke(app, ["import", str(broken), "--replace"])

    assert result.exit_code == 1
    message = one_line(result.stderr)
    assert f"{broken} is not valid JSON" in message
    assert "nothing was imported" in message
    assert list(Rotation.objects.all()) == [rotation]


def test_a_document_that_is_not_an_export_is_refused(tmp_path: Path, outsider: User) -> None:
    other = tmp_path / "other.json"
    other.write_text('{"rotations": []}', encoding="utf-8")

    result = runner.invoke(app, ["import", str(other), "--user", "mallory"])

    assert result.exit_code == 1
    assert 'not a lorkit export: the "format" key must be "lorkit-export"' in one_line(
        result.stderr
    )
