"""`lorkit export` and `lorkit import`: a whole workspace to one file and back, all or nothing."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from typer.testing import CliRunner

from lorkit.accounts.models import User
from lorkit.backup.services import workspace_export
from lorkit.cli import app
from lorkit.core import defaults
from lorkit.journal.models import Feedback, Person, Story
from lorkit.journal.services import attendings_add_as_people, evidence_save
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
    assert (document["format"], document["version"]) == ("lorkit-export", 2)
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


def version_3(document: dict[str, Any]) -> None:
    document["version"] = 3


def rotation_ends_before_it_starts(document: dict[str, Any]) -> None:
    document["rotations"][0]["end"] = "2027-01-01"


def milestone_ends_before_it_starts(document: dict[str, Any]) -> None:
    document["milestones"][3]["end"] = "2020-01-01"


@pytest.mark.parametrize(
    ("spoil", "problem"),
    [
        (version_3, "This export is format version 3, written by a newer lorkit"),
        (rotation_ends_before_it_starts, "- Rotation 1, End: The end date ("),
        (milestone_ends_before_it_starts, "- Milestone 4, End: The end date ("),
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
    assert "This account already has rotations" in one_line(refused.stderr)
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
    assert one_line(result.stderr) == (
        "Nothing was imported. The file has these problems: - This file is not a lorkit export: "
        "it stops part-way, as if cut short (line 1, column 29)."
    )
    assert list(Rotation.objects.all()) == [rotation]


def test_a_document_that_is_not_an_export_is_refused(tmp_path: Path, outsider: User) -> None:
    other = tmp_path / "other.json"
    other.write_text('{"rotations": []}', encoding="utf-8")

    result = runner.invoke(app, ["import", str(other), "--user", "mallory"])

    assert result.exit_code == 1
    assert 'This file is not a lorkit export: it does not say "format": "lorkit-export".' in (
        one_line(result.stderr)
    )


HAND_WRITTEN = {
    "id": "3b2f6a1e-8c4d-4e5f-9a6b-7c8d9e0f1a2b",
    "site": "Lakeside Clinic",
    "start": "2027-03-01",
    "end": "2027-03-28",
    "kind": "observership",
    "setting": "outpatient",
}


def milestones_of(rotation: Rotation) -> list[tuple[str, str, date, date]]:
    return sorted(rotation.milestones.values_list("key", "kind", "start", "end"))


def test_a_rotation_that_comes_without_milestones_is_planned_as_if_added_by_hand(
    alice_file: Path, tmp_path: Path, owner: User, outsider: User
) -> None:
    document = json.loads(alice_file.read_text())
    document["rotations"].append(HAND_WRITTEN)
    path = tmp_path / "with-a-hand-written-rotation.json"
    path.write_text(json.dumps(document))

    result = runner.invoke(app, ["import", str(path), "--user", "mallory"])

    assert result.exit_code == 0, result.output
    assert one_line(result.stdout) == (
        "Imported 2 rotations and 28 milestones into mallory's account. "
        "One rotation came without milestones, so lorkit planned it for you."
    )
    by_hand = rotation_save(
        owner=owner,
        rotation=Rotation(
            site="Lakeside Clinic",
            start=date(2027, 3, 1),
            end=date(2027, 3, 28),
            kind="observership",
            setting="outpatient",
        ),
    )
    planned = outsider.rotations.get(uid=HAND_WRITTEN["id"])
    assert milestones_of(planned) == milestones_of(by_hand)
    # The rotation that came with its milestones keeps exactly those, its closed one included.
    kept = outsider.rotations.get(site="Example Teaching Hospital")
    assert kept.milestones.count() == 14
    assert kept.milestones.get(key="intro").note == "Met on day one"


def test_a_file_with_only_rotations_is_planned_whole(tmp_path: Path, outsider: User) -> None:
    path = tmp_path / "rotations-only.json"
    document = {"format": "lorkit-export", "version": 1, "profile": {}, "rotations": [HAND_WRITTEN]}
    path.write_text(json.dumps(document))

    result = runner.invoke(app, ["import", str(path), "--user", "mallory"])

    assert result.exit_code == 0, result.output
    assert "Imported 1 rotations and 14 milestones" in one_line(result.stdout)
    assert outsider.rotations.get().milestones.count() == 14


def problem_lines(stderr: str) -> list[str]:
    """The problems listed under the heading, each read as one line."""
    heading = "Nothing was imported. The file has these problems: - "
    text = one_line(stderr)
    assert text.startswith(heading)
    return text.removeprefix(heading).split(" - ")


@pytest.mark.parametrize(
    "spoil",
    [
        lambda document: document["rotations"][0].update(end="2020-01-01", kind="vacation"),
        lambda document: document["milestones"][2].update(status="finished", closed_on="x"),
        lambda document: document.update(version=0),
    ],
    ids=["rotation", "milestone", "envelope"],
)
def test_the_command_line_lists_the_same_problems_as_the_backup_page(
    spoil: Callable[[dict[str, Any]], None],
    alice_file: Path,
    tmp_path: Path,
    client_for: Any,
    owner: User,
) -> None:
    document = json.loads(alice_file.read_text())
    spoil(document)
    path = tmp_path / "spoiled.json"
    path.write_text(json.dumps(document))

    result = runner.invoke(app, ["import", str(path), "--user", "alice", "--replace"])
    page = client_for(owner).post(
        reverse("backup"),
        {"file": SimpleUploadedFile("spoiled.json", path.read_bytes()), "replace": "on"},
    )

    assert result.exit_code == 1
    assert page.status_code == 400
    assert problem_lines(result.stderr) == page.context["problems"]


def test_the_command_line_lists_fifty_problems_and_counts_the_rest(
    alice_file: Path, tmp_path: Path, owner: User
) -> None:
    document = json.loads(alice_file.read_text())
    for milestone in document["milestones"]:
        milestone.update(status="finished", note=7, closed_on="soon", kind="lunch")
    path = tmp_path / "many-problems.json"
    path.write_text(json.dumps(document))

    result = runner.invoke(app, ["import", str(path), "--user", "alice", "--replace"])

    assert result.exit_code == 1
    problems = problem_lines(result.stderr)
    assert len(problems) == defaults.IMPORT_PROBLEMS_SHOWN + 1
    assert problems[-1] == f"…and {14 * 4 - defaults.IMPORT_PROBLEMS_SHOWN} more problems."
    assert "Traceback" not in result.output


# Version 2: the journal travels too, through the journal's services and its privacy guard.

TODAY = date(2027, 1, 20)
ALLOWED_STORY = "Explained the Vance protocol on rounds, and Dr. Rivera asked me to teach it."


@pytest.fixture
def journal_file(tmp_path: Path, rotation: Rotation, outsider: User, set_today: Any) -> Path:
    """Alice's workspace with a journal, on disk: her attending as a person, a closed feedback
    loop, and a story saved after marking "Vance" as not a patient identifier."""
    set_today(TODAY)
    owner = rotation.owner
    [rivera] = attendings_add_as_people(owner)
    evidence_save(
        owner=owner,
        entry=Story(day=date(2027, 1, 12), text=ALLOWED_STORY, rotation=rotation),
        today=TODAY,
        people=[rivera.pk],
        allowed=["Vance"],
    )
    feedback = Feedback(
        giver=rivera, day=date(2027, 1, 8), point="Lead with the assessment.",
        followup_date=date(2027, 1, 15), outcome="Much clearer.",
    )  # fmt: skip
    evidence_save(owner=owner, entry=feedback, today=TODAY)
    path = tmp_path / "alice-journal.json"
    export_to(path, "alice")
    return path


def test_a_journal_round_trips_through_the_command_line(
    journal_file: Path, tmp_path: Path, outsider: User
) -> None:
    result = runner.invoke(app, ["import", str(journal_file), "--user", "mallory"])

    assert result.exit_code == 0, result.output
    assert "The journal came along: 3 entries." in one_line(result.stdout)
    assert export_to(tmp_path / "mallory.json", "mallory") == json.loads(journal_file.read_text())
    story = Story.objects.get(owner=outsider)
    assert (story.allowed, [p.name for p in story.witnesses.all()]) == (["Vance"], ["Dr. Rivera"])
    assert Feedback.objects.get(owner=outsider).giver == Person.objects.get(owner=outsider)


def test_a_story_naming_a_patient_is_refused_whole_in_plain_words(
    journal_file: Path, tmp_path: Path, outsider: User
) -> None:
    document = json.loads(journal_file.read_text())
    document["stories"][0]["text"] = "Presented Mrs. Adebayo to the team on rounds."
    path = tmp_path / "patient.json"
    path.write_text(json.dumps(document))

    result = runner.invoke(app, ["import", str(path), "--user", "mallory"])

    assert result.exit_code == 1
    assert problem_lines(result.stderr) == [
        'Story 1, What happened: this may identify a patient: "Mrs. Adebayo" (looks like a '
        "patient's name after 'Mrs.'). Edit it in the file, or, if it is not a patient "
        'identifier, add it to this entry\'s "allowed" list.'
    ]
    assert "Presented" not in result.output
    assert not Rotation.objects.filter(owner=outsider).exists()
    assert not Person.objects.filter(owner=outsider).exists()


def test_a_version_1_file_imports_its_attendings_as_people(tmp_path: Path, outsider: User) -> None:
    path = tmp_path / "version-1.json"
    rotation = {**HAND_WRITTEN, "attending_name": "Dr. Marsh"}
    document = {"format": "lorkit-export", "version": 1, "profile": {}, "rotations": [rotation]}
    path.write_text(json.dumps(document))

    result = runner.invoke(app, ["import", str(path), "--user", "mallory"])

    assert result.exit_code == 0, result.output
    assert [p.name for p in Person.objects.filter(owner=outsider)] == ["Dr. Marsh"]
