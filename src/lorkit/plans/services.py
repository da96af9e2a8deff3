"""Writes to rotations, milestones and the profile. Views and CLI commands call these; the
rules that protect data (dates, note length) are enforced here whatever the interface."""

from __future__ import annotations

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import capfirst

from lorkit.accounts.models import Profile, User
from lorkit.core import defaults
from lorkit.core.limits import limit_problems
from lorkit.core.plan import plan_rotation
from lorkit.core.text import text_problem
from lorkit.core.vocabulary import MilestoneStatus
from lorkit.plans.models import Milestone, Rotation
from lorkit.validators import check_span

# What a stored milestone keeps of its plan: the dates are stored for the agenda's queries;
# titles and scripts are written from the plan when read (Milestone.title).
PLANNED_FIELDS = ("kind", "start", "end")


def plan_refresh(rotation: Rotation) -> None:
    """Bring the stored plan in line with the rotation's dates, keeping the status and note
    of every milestone whose key survives, and every closed milestone."""
    planned = plan_rotation(rotation.to_core())
    existing = {m.key: m for m in rotation.milestones.all()}
    to_update, to_create = [], []
    for item in planned:
        values = {"kind": item.kind.value, "start": item.start, "end": item.end}
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


def _check_room_for_rotation(owner: User) -> None:
    """ValidationError when one more rotation, with the largest plan, would take the account
    past its limits. Call inside the transaction that saves the rotation."""
    # Lock the account first so that two saves at once cannot both take its last place
    # (PostgreSQL; SQLite's write transactions already run one at a time).
    User.objects.select_for_update().get(pk=owner.pk)
    held = {
        "rotations": owner.rotations.count(),
        "milestones": Milestone.objects.filter(rotation__owner=owner).count(),
    }
    problems = limit_problems(held, {"rotations": 1, "milestones": defaults.MILESTONES_PER_PLAN})
    if problems:  # the first says it all: a full account is usually past both limits at once
        raise ValidationError(
            f"{capfirst(problems[0])}. Delete a rotation you no longer need to add another."
        )


@transaction.atomic
def rotation_save(*, owner: User, rotation: Rotation) -> Rotation:
    """Create or update a rotation and refresh its plan. Refuses (ValidationError, nothing
    written) a rotation whose dates `span_problems` rejects, and a new rotation that would take
    the account past its limits (`limit_problems`), whichever interface sent it; editing an
    existing rotation is always allowed."""
    check_span(rotation.start, rotation.end)
    rotation.owner = owner
    # Every field rule (storable text, lengths, choices, dates) holds without a form too.
    rotation.full_clean(validate_unique=False, validate_constraints=False)
    if rotation.pk is None:
        _check_room_for_rotation(owner)
    rotation.save()
    plan_refresh(rotation)
    return rotation


def profile_save(*, profile: Profile) -> Profile:
    """Save a profile; refuses (ValidationError) a field a form would refuse, whichever
    interface sent it. The plans need no rewrite: their dates do not depend on the profile,
    and their titles and scripts are written from it whenever they are read."""
    profile.full_clean(validate_unique=False, validate_constraints=False)
    profile.save()
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
    """The note as stored (trimmed), or ValidationError when it is over the length limit or
    holds a character that cannot be stored (`text_problem`: NUL, control characters, lone
    surrogates, which a command line can pass)."""
    note = note.strip()
    problem = text_problem(note)
    if problem:
        raise ValidationError({"note": f"The note {problem}."})
    if len(note) > defaults.NOTE_MAX_LENGTH:
        raise ValidationError(
            {
                "note": f"A note holds at most {defaults.NOTE_MAX_LENGTH} characters "
                f"(this one has {len(note)})."
            }
        )
    return note
