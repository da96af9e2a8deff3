"""Export a workspace to JSON and import it back: the identity, all or nothing."""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lorkit.accounts.models import Profile, User
from lorkit.accounts.services import user_create
from lorkit.backup.services import workspace_export, workspace_import
from lorkit.core.vocabulary import (
    ERAS_SPECIALTIES,
    LETTER_QUALITY_LABELS,
    MilestoneStatus,
    RotationKind,
    Setting,
)
from lorkit.plans.models import Milestone, Rotation
from lorkit.plans.services import milestone_set_status, rotation_save

Document = dict[str, Any]


def export(client: Client) -> Document:
    response = client.get(reverse("export_download"))
    assert response.status_code == 200
    document: Document = json.loads(response.content)
    return document


def upload(client: Client, content: bytes, *, replace: bool = False) -> Any:
    data: dict[str, Any] = {"file": SimpleUploadedFile("lorkit-export.json", content)}
    if replace:
        data["replace"] = "on"
    return client.post(reverse("backup"), data)


def as_bytes(document: Document) -> bytes:
    return json.dumps(document).encode("utf-8")


def database_state() -> tuple[object, ...]:
    """Every row an import could touch, read fresh."""
    return (
        tuple(Rotation.objects.order_by("pk").values_list("pk", "owner_id", "site", "start")),
        tuple(Milestone.objects.order_by("pk").values_list("pk", "status", "note", "start")),
        tuple(Profile.objects.order_by("pk").values_list("pk", "eras_name", "specialty")),
    )


@pytest.fixture
def busy_owner(owner: User, rotation: Rotation, add_rotation: Any) -> User:
    """The owner with a profile worth keeping and milestones in every status."""
    Profile.objects.filter(user=owner).update(
        time_zone="America/Chicago",
        strengths=["knowledge", "team_fit"],
        submission_target=date(2027, 9, 15),
        match_day=date(2028, 3, 24),
    )
    add_rotation(owner, date(2027, 2, 8), 14, site="Lakeside Clinic", kind="observership")
    intro, paperwork = (
        rotation.milestones.get(key="intro"),
        rotation.milestones.get(key="paperwork"),
    )
    milestone_set_status(milestone=intro, status="done", note="Went well", today=date(2027, 1, 5))
    milestone_set_status(milestone=paperwork, status="skipped", note="", today=date(2026, 12, 1))
    owner.refresh_from_db()
    return owner


def test_the_export_is_a_versioned_lorkit_document(
    owner_client: Client, rotation: Rotation
) -> None:
    response = owner_client.get(reverse("export_download"))

    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"] == 'attachment; filename="lorkit-export.json"'
    document = json.loads(response.content)
    assert list(document) == ["format", "version", "profile", "rotations", "milestones"]
    assert (document["format"], document["version"]) == ("lorkit-export", 1)
    assert document["profile"] == {
        "eras_name": "Alice Example",
        "specialty": "Internal Medicine",
        "season": 2028,
        "submission_target": None,
        "time_zone": "America/New_York",
        "strengths": [],
        "season_overrides": {},
    }
    assert document["rotations"] == [
        {
            "id": str(rotation.uid),
            "site": "Example Teaching Hospital",
            "start": "2027-01-04",
            "end": "2027-01-31",
            "city": "Springfield",
            "state": "IL",
            "specialty": "Internal Medicine",
            "kind": "hands-on",
            "setting": "inpatient",
            "attending_name": "Dr. Rivera",
            "attending_email": "",
        }
    ]
    assert len(document["milestones"]) == 14
    assert {m["rotation"] for m in document["milestones"]} == {str(rotation.uid)}
    thanks = next(m for m in document["milestones"] if m["key"] == "last_day_thanks")
    assert (thanks["start"], thanks["end"], thanks["status"]) == (
        "2027-01-31",
        "2027-01-31",
        "open",
    )


def test_the_export_carries_statuses_notes_and_overrides(client_for: Any, busy_owner: User) -> None:
    document = export(client_for(busy_owner))

    intro = next(m for m in document["milestones"] if m["key"] == "intro")
    assert (intro["status"], intro["note"], intro["closed_on"]) == (
        "done",
        "Went well",
        "2027-01-05",
    )
    assert document["profile"]["season_overrides"] == {"match_day": "2028-03-24"}
    assert document["profile"]["strengths"] == ["knowledge", "team_fit"]
    assert [r["site"] for r in document["rotations"]] == [
        "Example Teaching Hospital",
        "Lakeside Clinic",
    ]


def test_the_export_writes_each_title_and_script_from_the_plan(
    client_for: Any, busy_owner: User
) -> None:
    Profile.objects.filter(user=busy_owner).update(specialty="Pediatrics")

    document = export(client_for(busy_owner))

    signal = next(m for m in document["milestones"] if m["key"] == "intention_signal")
    assert signal["title"] == "Tell Dr. Rivera you are applying in Pediatrics"
    assert signal["script"][0] == "Wait until you have handled a few tasks well on your own."
    observed = [m for m in document["milestones"] if m["key"] == "intro"][1]  # Lakeside Clinic
    assert any("observership" in line for line in observed["script"])


def test_an_import_checks_but_ignores_the_titles_and_scripts_it_carries(
    client_for: Any, busy_owner: User, outsider: User
) -> None:
    original = export(client_for(busy_owner))
    edited = json.loads(json.dumps(original))
    for milestone in edited["milestones"]:
        milestone["title"], milestone["script"] = "Edited by hand", ["A line of my own."]
    outsider_client = client_for(outsider)

    response = upload(outsider_client, as_bytes(edited))

    assert response.status_code == 302
    assert export(outsider_client) == original


def test_an_import_into_a_fresh_account_reproduces_the_workspace(
    client_for: Any, busy_owner: User, outsider: User
) -> None:
    original = export(client_for(busy_owner))
    outsider_client = client_for(outsider)

    response = upload(outsider_client, as_bytes(original))

    assert response.status_code == 302
    assert response["Location"] == reverse("dashboard")
    assert export(outsider_client) == original
    profile = Profile.objects.get(user=outsider)
    assert (profile.eras_name, profile.time_zone, profile.match_day) == (
        "Alice Example",
        "America/Chicago",
        date(2028, 3, 24),
    )
    copied = Milestone.objects.get(
        rotation__owner=outsider, rotation__site="Example Teaching Hospital", key="intro"
    )
    assert (copied.status, copied.note, copied.closed_on) == ("done", "Went well", date(2027, 1, 5))
    assert Rotation.objects.filter(owner=busy_owner).count() == 2


def test_the_backup_page_asks_to_confirm_a_replacement_only_when_needed(
    client_for: Any, owner: User, outsider: User, rotation: Rotation
) -> None:
    assert 'name="replace"' in client_for(owner).get(reverse("backup")).content.decode()
    assert 'name="replace"' not in client_for(outsider).get(reverse("backup")).content.decode()


def test_an_import_over_existing_rotations_is_refused_without_replace(
    client_for: Any, owner: User, outsider: User, rotation: Rotation, add_rotation: Any
) -> None:
    add_rotation(outsider, date(2027, 5, 3), 28, site="Mallory Memorial")
    document = export(client_for(outsider))
    before = database_state()

    response = upload(client_for(owner), as_bytes(document))

    assert response.status_code == 400
    assert response.context["problems"][0].startswith("this account already has rotations")
    assert database_state() == before


def test_an_import_with_replace_swaps_the_old_rotations_for_the_files(
    client_for: Any, owner: User, outsider: User, rotation: Rotation, add_rotation: Any
) -> None:
    add_rotation(outsider, date(2027, 5, 3), 28, site="Mallory Memorial")
    document = export(client_for(outsider))
    owner_client = client_for(owner)

    response = upload(owner_client, as_bytes(document), replace=True)

    assert response.status_code == 302
    assert not Rotation.objects.filter(pk=rotation.pk).exists()
    assert not Milestone.objects.filter(rotation_id=rotation.pk).exists()
    assert list(owner.rotations.values_list("site", flat=True)) == ["Mallory Memorial"]
    assert Milestone.objects.filter(rotation__owner=owner).count() == 14
    assert export(owner_client) == document
    assert Rotation.objects.filter(owner=outsider).count() == 1


def newer_version(document: Document) -> bytes:
    return as_bytes({**document, "version": 2})


def rotation_ending_before_it_starts(document: Document) -> bytes:
    document["rotations"][0]["end"] = "2027-01-01"
    return as_bytes(document)


def milestone_of_a_missing_rotation(document: Document) -> bytes:
    document["milestones"][0]["rotation"] = "00000000-0000-4000-8000-000000000000"
    return as_bytes(document)


def invalid_json(document: Document) -> bytes:
    return as_bytes(document)[:-5]


def not_utf8(document: Document) -> bytes:
    return as_bytes(document).replace(b"Alice", "Alice".encode("utf-16"))


BAD_DOCUMENTS: list[tuple[Callable[[Document], bytes], str]] = [
    (newer_version, "this export is format version 2, written by a newer lorkit"),
    (rotation_ending_before_it_starts, "rotations[0].end: The end date ("),
    (
        milestone_of_a_missing_rotation,
        "milestones[0].rotation: no rotation has id '00000000-0000-4000-8000-000000000000'",
    ),
    (invalid_json, "The file is not valid JSON: "),
    (not_utf8, "The file is not valid JSON: 'utf-8' codec can't decode"),
]


@pytest.mark.parametrize(("spoil", "problem"), BAD_DOCUMENTS)
def test_a_bad_document_is_refused_with_its_problems_and_changes_nothing(
    client_for: Any, busy_owner: User, spoil: Callable[[Document], bytes], problem: str
) -> None:
    owner_client = client_for(busy_owner)
    content = spoil(export(owner_client))
    before = database_state()

    response = upload(owner_client, content, replace=True)

    assert response.status_code == 400
    assert any(p.startswith(problem) for p in response.context["problems"])
    assert "Nothing was imported." in response.content.decode()
    assert database_state() == before


def test_every_problem_in_a_document_is_listed(client_for: Any, busy_owner: User) -> None:
    owner_client = client_for(busy_owner)
    document = export(owner_client)
    document["rotations"][0]["end"] = "2000-01-01"
    document["rotations"][1]["kind"] = "vacation"
    document["profile"]["time_zone"] = "Mars/Olympus"

    response = upload(owner_client, as_bytes(document), replace=True)

    assert response.status_code == 400
    problems = response.context["problems"]
    assert (
        "rotations[0].end: The end date (2000-01-01) is before the start date (2027-01-04)."
        in problems
    )
    assert any(p.startswith("rotations[1].kind: 'vacation' is not one of") for p in problems)
    assert any(p.startswith("profile.time_zone: 'Mars/Olympus'") for p in problems)


def test_an_import_without_a_file_is_refused(owner_client: Client, rotation: Rotation) -> None:
    response = owner_client.post(reverse("backup"), {"replace": "on"})

    assert response.status_code == 400
    assert response.context["problems"] == ["Choose a lorkit export file (.json) to import."]
    assert Rotation.objects.filter(pk=rotation.pk).exists()


def test_an_import_that_fails_half_way_writes_nothing(
    busy_owner: User, outsider: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = workspace_export(busy_owner)
    before = database_state()

    def fail(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(Milestone.objects, "bulk_create", fail)
    with pytest.raises(RuntimeError, match="disk full"):
        workspace_import(owner=outsider, document=document)

    assert not Rotation.objects.filter(owner=outsider).exists()
    assert Profile.objects.get(user=outsider).eras_name == ""
    assert database_state() == before


def test_a_replacement_that_fails_half_way_keeps_the_old_rotations(
    busy_owner: User, outsider: User, add_rotation: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_rotation(outsider, date(2027, 5, 3), 28, site="Mallory Memorial")
    document = workspace_export(outsider)
    before = database_state()
    monkeypatch.setattr(Milestone.objects, "bulk_create", lambda *a, **k: 1 / 0)

    with pytest.raises(ZeroDivisionError):
        workspace_import(owner=busy_owner, document=document, replace=True)

    assert database_state() == before
    assert Rotation.objects.filter(owner=busy_owner).count() == 2


text = st.text(
    alphabet=st.characters(
        min_codepoint=0x20, max_codepoint=0x24F, exclude_categories=["Cs", "Cc"]
    ),
    min_size=1,
    max_size=40,
)


@st.composite
def rotation_specs(draw: st.DrawFn) -> dict[str, Any]:
    start = draw(st.dates(date(2026, 1, 1), date(2028, 12, 31)))
    days = draw(st.integers(1, 60))
    return {
        "site": draw(text),
        "city": draw(st.sampled_from(["", "Springfield", "São Paulo"])),
        "specialty": draw(st.sampled_from(("", *ERAS_SPECIALTIES))),
        "kind": draw(st.sampled_from([kind.value for kind in RotationKind])),
        "setting": draw(st.sampled_from([s.value for s in Setting])),
        "attending_name": draw(st.sampled_from(["", "Dr. Rivera", "Dr. Nguyễn"])),
        "start": start,
        "end": start + timedelta(days=days - 1),
    }


copies = itertools.count()


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    specs=st.lists(rotation_specs(), min_size=1, max_size=3),
    strengths=st.lists(st.sampled_from(list(LETTER_QUALITY_LABELS)), unique=True),
    data=st.data(),
)
def test_export_then_import_then_export_is_the_identity(
    client_for: Any,
    owner: User,
    specs: list[dict[str, Any]],
    strengths: list[str],
    data: st.DataObject,
) -> None:
    Rotation.objects.filter(owner=owner).delete()
    Profile.objects.filter(user=owner).update(strengths=strengths)
    for spec in specs:
        saved = rotation_save(owner=owner, rotation=Rotation(**spec))
        for milestone in saved.milestones.all():
            status = data.draw(st.sampled_from([s.value for s in MilestoneStatus]))
            if status != MilestoneStatus.OPEN:
                note = data.draw(st.one_of(st.just(""), text))
                closed_on = data.draw(st.dates(date(2025, 6, 1), date(2029, 3, 1)))
                milestone_set_status(milestone=milestone, status=status, note=note, today=closed_on)
    copy = user_create(username=f"copy{next(copies)}", password="a-sturdy-passphrase-91")
    original = export(client_for(owner))
    copy_client = client_for(copy)

    response = upload(copy_client, as_bytes(original))

    assert response.status_code == 302
    assert export(copy_client) == original
    assert len(original["rotations"]) == len(specs)
    assert Milestone.objects.filter(rotation__owner=copy).count() == len(original["milestones"])
