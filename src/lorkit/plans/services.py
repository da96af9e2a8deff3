"""Writes to rotations, milestones and the profile. Views and CLI commands call these; the
rules that protect data (dates, note length) are enforced here whatever the interface."""

from __future__ import annotations

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction

from lorkit.accounts.models import Profile, User
from lorkit.accounts.services import profile_for
from lorkit.core import defaults
from lorkit.core.plan import plan_rotation
from lorkit.core.vocabulary import MilestoneStatus
from lorkit.plans.models import Milestone, Rotation
from lorkit.validators import check_span

PLANNED_FIELDS = ("kind", "title", "start", "end", "script")


def plan_refresh(rotation: Rotation, profile: Profile) -> None:
    """Bring the stored plan in line with the rotation's dates and the profile, keeping the
    status and note of every milestone whose key survives, and every closed milestone."""
    planned = plan_rotation(rotation.to_core(), profile.plan_context(rotation.attending_name))
    existing = {m.key: m for m in rotation.milestones.all()}
    to_update, to_create = [], []
    for item in planned:
        values = {
            "kind": item.kind.value,
            "title": item.title,
            "start": item.start,
            "end": item.end,
            "script": list(item.script),
        }
        milestone = existing.pop(item.key, None)
        if milestone is None:
            to_create.append(Milestone(rotation=rotation, key=item.key, **values))
        elif any(getattr(milestone, name) != value for name, value in values.items()):
            for name, value in values.items():
                setattr(milestone, name, value)
            to_update.append(milestone)
    Milestone.objects.bulk_create(to_create)
    Milestone.objects.bulk_update(to_update, PLANNED_FIELDS)
    # A step that no longer fits the new dates goes, unless the applicant already closed it:
    # a done or skipped milestone is history, and its note may be the only record of it.
    dropped = [m.pk for m in existing.values() if m.status == MilestoneStatus.OPEN]
    Milestone.objects.filter(pk__in=dropped).delete()


@transaction.atomic
def rotation_save(*, owner: User, rotation: Rotation) -> Rotation:
    """Create or update a rotation and refresh its plan. Refuses (ValidationError, nothing
    written) a rotation whose dates `span_problems` rejects, whichever interface sent it."""
    check_span(rotation.start, rotation.end)
    rotation.owner = owner
    rotation.save()
    plan_refresh(rotation, profile_for(owner))
    return rotation


@transaction.atomic
def profile_save(*, profile: Profile) -> Profile:
    """Save a validated profile and rewrite every plan's titles and scripts to match it."""
    profile.save()
    for rotation in profile.user.rotations.prefetch_related("milestones"):
        plan_refresh(rotation, profile)
    return profile


def milestone_set_status(
    *, milestone: Milestone, status: str, today: date, note: str | None = None
) -> Milestone:
    """Mark a milestone done, skipped or open again; reopening clears the closing date.
    `note=None` keeps the note as it is; a note longer than the limit is refused."""
    if note is not None:
        milestone.note = note_checked(note)
    milestone.status = MilestoneStatus(status).value
    milestone.closed_on = None if status == MilestoneStatus.OPEN else today
    milestone.save(update_fields=["status", "note", "closed_on"])
    return milestone


def note_checked(note: str) -> str:
    """The note as stored (trimmed), or ValidationError when it is over the length limit."""
    note = note.strip()
    if len(note) > defaults.NOTE_MAX_LENGTH:
        raise ValidationError(
            {
                "note": f"A note holds at most {defaults.NOTE_MAX_LENGTH} characters "
                f"(this one has {len(note)})."
            }
        )
    return note
