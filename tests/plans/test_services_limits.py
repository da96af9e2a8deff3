"""The per-account limits hold in the services themselves (`rotation_save`,
`workspace_import`), so every interface (form, web import, command line, a script) meets them."""

from __future__ import annotations

import time
from datetime import date
from typing import Any

import pytest
from django.core.exceptions import ValidationError

from limit_documents import export_document, with_extra_milestones
from lorkit.accounts.models import User
from lorkit.backup.services import workspace_import
from lorkit.core import defaults
from lorkit.core.export_format import ExportError
from lorkit.plans.models import Milestone, Rotation
from lorkit.plans.services import rotation_save

ROTATIONS = defaults.ROTATIONS_PER_ACCOUNT
MILESTONES = defaults.MILESTONES_PER_ACCOUNT
REFUSED_ROTATION = (
    f"{ROTATIONS + 1} rotations would be more than the {ROTATIONS} an account can hold"
)


def new_rotation() -> Rotation:
    return Rotation(site="One Too Many Hospital", start=date(2028, 1, 3), end=date(2028, 1, 30))


def counts(owner: User) -> tuple[int, int]:
    return (
        Rotation.objects.filter(owner=owner).count(),
        Milestone.objects.filter(rotation__owner=owner).count(),
    )


@pytest.fixture
def full_owner(owner: User) -> User:
    """The owner holding exactly as many rotations (and milestones) as an account may."""
    workspace_import(owner=owner, document=export_document(ROTATIONS))
    return owner


def test_an_import_may_fill_an_account_exactly_to_its_limits(full_owner: User) -> None:
    assert counts(full_owner) == (ROTATIONS, MILESTONES)


def test_a_new_rotation_beyond_the_limit_is_refused_and_nothing_is_written(
    full_owner: User,
) -> None:
    with pytest.raises(ValidationError) as refused:
        rotation_save(owner=full_owner, rotation=new_rotation())

    assert refused.value.messages == [
        f"{REFUSED_ROTATION[0].upper()}{REFUSED_ROTATION[1:]}. "
        "Delete a rotation you no longer need to add another."
    ]
    assert counts(full_owner) == (ROTATIONS, MILESTONES)


def test_editing_a_rotation_of_a_full_account_is_always_allowed(full_owner: User) -> None:
    rotation = full_owner.rotations.get(site="Limit Site 0")
    rotation.site = "Renamed Hospital"
    rotation.end = date(2027, 2, 14)

    rotation_save(owner=full_owner, rotation=rotation)

    assert full_owner.rotations.filter(site="Renamed Hospital").count() == 1
    assert counts(full_owner) == (ROTATIONS, MILESTONES)


def test_the_last_place_can_be_taken_by_the_form_service_and_then_no_more(owner: User) -> None:
    workspace_import(owner=owner, document=export_document(ROTATIONS - 1))

    rotation_save(owner=owner, rotation=new_rotation())

    assert counts(owner)[0] == ROTATIONS
    with pytest.raises(ValidationError):
        rotation_save(owner=owner, rotation=new_rotation())
    assert counts(owner)[0] == ROTATIONS


def test_a_deleted_rotation_frees_its_place(full_owner: User) -> None:
    full_owner.rotations.filter(site="Limit Site 0").delete()

    rotation_save(owner=full_owner, rotation=new_rotation())

    assert counts(full_owner)[0] == ROTATIONS


def test_a_new_rotation_is_refused_when_its_plan_would_pass_the_milestone_limit(
    owner: User,
) -> None:
    # Only an import can pile milestones this high: it keeps closed milestones a plan never made.
    document = export_document(10)
    extra = MILESTONES - len(document["milestones"])
    workspace_import(owner=owner, document=with_extra_milestones(document, extra))

    with pytest.raises(ValidationError) as refused:
        rotation_save(owner=owner, rotation=new_rotation())

    total = MILESTONES + defaults.MILESTONES_PER_PLAN
    assert refused.value.messages == [
        f"{total} milestones would be more than the {MILESTONES} an account can hold. "
        "Delete a rotation you no longer need to add another."
    ]
    assert counts(owner) == (10, MILESTONES)


def test_an_import_over_the_rotation_limit_is_refused_before_anything_is_written(
    owner: User, rotation: Rotation
) -> None:
    before = counts(owner)

    with pytest.raises(ExportError) as refused:
        workspace_import(owner=owner, document=export_document(ROTATIONS + 1), replace=True)

    assert refused.value.problems == [
        REFUSED_ROTATION,
        f"{MILESTONES + defaults.MILESTONES_PER_PLAN} milestones would be more than "
        f"the {MILESTONES} an account can hold",
    ]
    assert counts(owner) == before
    assert Rotation.objects.get(owner=owner).site == rotation.site


def test_an_import_over_the_milestone_limit_alone_is_refused(owner: User) -> None:
    document = with_extra_milestones(export_document(1), MILESTONES)

    with pytest.raises(ExportError) as refused:
        workspace_import(owner=owner, document=document)

    total = MILESTONES + defaults.MILESTONES_PER_PLAN
    assert refused.value.problems == [
        f"{total} milestones would be more than the {MILESTONES} an account can hold"
    ]
    assert counts(owner) == (0, 0)


def test_a_million_rotations_are_refused_by_count_without_being_read(owner: User) -> None:
    document: dict[str, Any] = {**export_document(0), "rotations": [{}] * 1_000_000}
    started = time.perf_counter()

    with pytest.raises(ExportError) as refused:
        workspace_import(owner=owner, document=document)

    # Reading would report each of the million empty rotations; counting reports one line.
    assert refused.value.problems == [
        f"1,000,000 rotations would be more than the {ROTATIONS} an account can hold"
    ]
    assert time.perf_counter() - started < 1
    assert counts(owner) == (0, 0)


def test_a_document_that_is_not_an_export_is_still_told_so_first(owner: User) -> None:
    with pytest.raises(ExportError) as refused:
        workspace_import(owner=owner, document={"rotations": [{}] * (ROTATIONS + 1)})

    assert refused.value.problems == [
        'This file is not a lorkit export: it does not say "format": "lorkit-export".'
    ]
