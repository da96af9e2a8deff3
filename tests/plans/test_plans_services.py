"""The services protect the data whatever the interface: these tests call them directly,
with no form in front, as a script or a later importer would."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from lorkit.accounts.models import User
from lorkit.core import defaults
from lorkit.plans.models import Milestone, Rotation
from lorkit.plans.services import milestone_set_status, profile_save, rotation_save


def unsaved_rotation(start: date, end: date) -> Rotation:
    return Rotation(site="Riverside Clinic", start=start, end=end)


def test_a_rotation_ending_before_it_starts_is_refused_and_nothing_is_written(
    owner: User,
) -> None:
    with pytest.raises(ValidationError) as refused:
        rotation_save(owner=owner, rotation=unsaved_rotation(date(2027, 2, 1), date(2027, 1, 4)))

    assert refused.value.message_dict == {
        "end": ["The end date (2027-01-04) is before the start date (2027-02-01)."]
    }
    assert Rotation.objects.filter(owner=owner).count() == 0
    assert Milestone.objects.filter(rotation__owner=owner).count() == 0


@pytest.mark.parametrize(
    ("start", "end", "field"),
    [(date(1999, 12, 1), date(2027, 1, 4), "start"), (date(2027, 1, 4), date(2101, 1, 1), "end")],
)
def test_a_date_outside_the_plannable_years_is_refused_on_its_field(
    owner: User, start: date, end: date, field: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        rotation_save(owner=owner, rotation=unsaved_rotation(start, end))

    assert list(refused.value.message_dict) == [field]
    assert not Rotation.objects.filter(owner=owner).exists()


def test_an_edit_that_breaks_the_dates_leaves_the_stored_rotation_as_it_was(
    rotation: Rotation,
) -> None:
    rotation.end = date(2026, 12, 1)

    with pytest.raises(ValidationError):
        rotation_save(owner=rotation.owner, rotation=rotation)

    rotation.refresh_from_db()
    assert rotation.end == date(2027, 1, 31)


def test_a_valid_rotation_is_saved_with_its_plan(owner: User) -> None:
    saved = rotation_save(
        owner=owner, rotation=unsaved_rotation(date(2027, 1, 4), date(2027, 1, 31))
    )

    assert saved.owner == owner
    assert saved.milestones.filter(key="ask").get().start == date(2027, 1, 26)


def test_a_note_over_the_limit_is_refused_and_the_milestone_is_unchanged(
    rotation: Rotation,
) -> None:
    milestone = rotation.milestones.get(key="intro")

    with pytest.raises(ValidationError) as refused:
        milestone_set_status(
            milestone=milestone,
            status="done",
            note="x" * (defaults.NOTE_MAX_LENGTH + 1),
            today=date(2027, 1, 5),
        )

    assert "note" in refused.value.message_dict
    milestone.refresh_from_db()
    assert (milestone.status, milestone.note, milestone.closed_on) == ("open", "", None)


def test_a_note_at_the_limit_is_kept(rotation: Rotation) -> None:
    milestone = rotation.milestones.get(key="intro")
    note = "y" * defaults.NOTE_MAX_LENGTH

    milestone_set_status(milestone=milestone, status="done", note=note, today=date(2027, 1, 5))

    milestone.refresh_from_db()
    assert (milestone.status, milestone.note) == ("done", note)


def test_without_a_note_the_existing_note_is_kept(rotation: Rotation) -> None:
    milestone = rotation.milestones.get(key="intro")
    milestone_set_status(
        milestone=milestone, status="done", note="met after rounds", today=date(2027, 1, 5)
    )

    milestone_set_status(milestone=milestone, status="open", today=date(2027, 1, 6))

    milestone.refresh_from_db()
    assert (milestone.status, milestone.note, milestone.closed_on) == (
        "open",
        "met after rounds",
        None,
    )


def test_saving_the_profile_rewrites_every_plan_to_match_it(rotation: Rotation) -> None:
    profile = rotation.owner.profile
    profile.specialty = "Pediatrics"

    profile_save(profile=profile)

    title = rotation.milestones.get(key="intention_signal").title
    assert title == "Tell Dr. Rivera you are applying in Pediatrics"


def test_a_rotation_with_a_control_character_is_refused_without_a_form(owner: User) -> None:
    rotation = unsaved_rotation(date(2027, 1, 4), date(2027, 1, 31))
    rotation.site = "Mercy\x1b[2J"

    with pytest.raises(ValidationError) as refused:
        rotation_save(owner=owner, rotation=rotation)

    assert "site" in refused.value.message_dict
    assert not Rotation.objects.filter(owner=owner).exists()


def test_a_profile_field_a_form_would_refuse_is_refused_without_a_form(owner: User) -> None:
    profile = owner.profile
    profile.eras_name = "Alice\x00Example"

    with pytest.raises(ValidationError):
        profile_save(profile=profile)

    profile.refresh_from_db()
    assert profile.eras_name == "Alice Example"
