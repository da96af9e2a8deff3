"""Writes to rotations, milestones and the profile. Views and CLI commands call these; the
rules that protect data (dates, note length) are enforced here whatever the interface."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.utils.text import capfirst

from lorkit.accounts.models import Profile, User
from lorkit.accounts.services import profile_for
from lorkit.core import defaults
from lorkit.core.limits import limit_problems
from lorkit.core.plan import plan_rotation
from lorkit.core.text import text_problem
from lorkit.core.vocabulary import MilestoneStatus
from lorkit.plans.models import Milestone, Rotation
from lorkit.validators import PrivacyFlags, allowed_words, check_span, privacy_flags

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
    *,
    milestone: Milestone,
    status: str,
    today: date,
    note: str | None = None,
    allowed: Iterable[str] = (),
) -> Milestone:
    """Mark a milestone done, skipped or open again; reopening clears the closing date.
    `note=None` keeps the note as it is; a note longer than the limit, or one in which the
    privacy guard finds what looks like a patient identifier, is refused (`PrivacyFlags`)
    unless `allowed` marks each finding as not one."""
    if note is not None:
        _set_note(milestone, note, allowed)
    milestone.status = MilestoneStatus(status).value
    milestone.closed_on = None if status == MilestoneStatus.OPEN else today
    milestone.save(update_fields=["status", "note", "allowed", "closed_on"])
    return milestone


def milestone_save_note(
    *, milestone: Milestone, note: str, allowed: Iterable[str] = ()
) -> Milestone:
    """Change a milestone's note and nothing else: an applicant can write down what happened
    before deciding whether the step is done."""
    _set_note(milestone, note, allowed)
    milestone.save(update_fields=["note", "allowed"])
    return milestone


def _set_note(milestone: Milestone, note: str, allowed: Iterable[str]) -> None:
    note = note_checked(note)
    marked = allowed_words(milestone.allowed, allowed)
    flagged = privacy_flags({"note": note}, note_known_names(milestone.rotation), marked)
    if flagged:
        raise PrivacyFlags(flagged)
    milestone.note, milestone.allowed = note, marked


def note_known_names(rotation: Rotation) -> list[str]:
    """Names a step's note may carry without being taken for a patient's: the attendings of
    the applicant's rotations, and the applicant's own name."""
    names = [
        name
        for name in Rotation.objects.filter(owner_id=rotation.owner_id).values_list(
            "attending_name", flat=True
        )
        if name
    ]
    own = profile_for(rotation.owner).eras_name
    return [*names, own] if own else names


def past_open_steps(rotation: Rotation, today: date) -> QuerySet[Milestone]:
    """The rotation's steps whose window closed before today and that are still open: what
    an applicant who adds a rotation already under way is asked about."""
    return rotation.milestones.filter(status=MilestoneStatus.OPEN, end__lt=today)


@transaction.atomic
def past_steps_close(
    *, rotation: Rotation, today: date, decisions: Mapping[int, str]
) -> dict[str, int]:
    """Close past open steps as decided (milestone id → done, skipped or open); ids that are
    not past open steps of this rotation are ignored. Returns how many took each status."""
    by_status: dict[str, list[int]] = {}
    for milestone_id, status in decisions.items():
        by_status.setdefault(MilestoneStatus(status).value, []).append(milestone_id)
    by_status.pop(MilestoneStatus.OPEN.value, None)
    closed = {}
    for status, ids in by_status.items():
        closed[status] = (
            past_open_steps(rotation, today)
            .filter(pk__in=ids)
            .update(status=status, closed_on=today)
        )
    return closed


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
