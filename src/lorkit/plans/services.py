"""Writes to rotations and milestones. Views and CLI commands call these; rules stay in core."""

from __future__ import annotations

from datetime import date

from django.db import transaction
from django.db.models import QuerySet

from lorkit.accounts.models import Profile, User
from lorkit.accounts.services import profile_for
from lorkit.core.plan import plan_rotation
from lorkit.core.rotation_checks import RotationWarning, rotation_warnings
from lorkit.core.timeline import TimelineRotation
from lorkit.core.vocabulary import MilestoneStatus
from lorkit.plans.models import Milestone, Rotation

PLANNED_FIELDS = ("kind", "title", "start", "end", "script")


def plan_refresh(rotation: Rotation, profile: Profile) -> None:
    """Bring the stored plan in line with the rotation's dates and the profile, keeping the
    status and note of every milestone whose key survives, and every closed milestone."""
    planned = plan_rotation(rotation.to_dates(), profile.plan_context(rotation.attending_name))
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
    """Create or update a rotation (already validated) and refresh its plan."""
    rotation.owner = owner
    rotation.save()
    plan_refresh(rotation, profile_for(owner))
    return rotation


@transaction.atomic
def plans_refresh_for_owner(*, owner: User) -> None:
    """After a profile change (specialty, name, strengths) rewrite every plan's scripts."""
    profile = profile_for(owner)
    for rotation in owner.rotations.prefetch_related("milestones"):
        plan_refresh(rotation, profile)


def rotation_warnings_for(rotation: Rotation) -> list[RotationWarning]:
    others = Rotation.objects.filter(owner=rotation.owner).exclude(pk=rotation.pk)
    profile = profile_for(rotation.owner)
    return rotation_warnings(
        rotation.to_dated(),
        [other.to_dated() for other in others],
        profile.effective_submission_target(),
    )


def milestone_set_status(*, milestone: Milestone, status: str, note: str, today: date) -> Milestone:
    """Mark a milestone done, skipped or open again; reopening clears the closing date."""
    milestone.status = MilestoneStatus(status).value
    milestone.note = note.strip()
    milestone.closed_on = None if status == MilestoneStatus.OPEN else today
    milestone.save(update_fields=["status", "note", "closed_on"])
    return milestone


def open_milestones(owner: User) -> QuerySet[Milestone]:
    return Milestone.objects.filter(
        rotation__owner=owner, status=MilestoneStatus.OPEN
    ).select_related("rotation")


def timeline_input(owner: User) -> list[TimelineRotation]:
    """Rotations with their milestones in the shape the timeline layout reads (2 queries)."""
    rotations = owner.rotations.prefetch_related("milestones")
    return [
        TimelineRotation(
            rotation.label,
            rotation.start,
            rotation.end,
            [(m.start, m.title, m.status) for m in rotation.milestones.all()],
        )
        for rotation in rotations
    ]
