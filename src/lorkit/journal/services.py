"""Writes to the journal. Every free text passes the patient-privacy guard here, whichever
interface sent it (web, CLI, import): a text in which the guard finds what looks like a
patient identifier is refused with the findings and a suggested rewrite, and stored only once
the applicant takes the rewrite or marks each finding as not an identifier (`allowed`).

The refused text is never logged or kept: it travels back to the form that sent it and
nowhere else."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any, TypeVar

from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction

from lorkit.accounts.models import User
from lorkit.core import journal as core
from lorkit.journal.models import (
    CheckIn,
    Compliment,
    Feedback,
    Guarded,
    Person,
    RedFlag,
    Story,
    Talk,
)
from lorkit.journal.selectors import known_names
from lorkit.plans.models import Rotation
from lorkit.plans.services import note_checked
from lorkit.validators import Flagged, PrivacyFlags, allowed_words, privacy_flags, rewritten

__all__ = [
    "Flagged",
    "PrivacyFlags",
    "privacy_check",
    "privacy_rewritten",
]  # the guard's answers, for the pages

Saved = TypeVar("Saved", bound=Guarded)
Owned = TypeVar("Owned", bound=models.Model)

# The free-text fields of each kind of entry: what the guard reads before anything is stored.
GUARDED_FIELDS: dict[type[Guarded], tuple[str, ...]] = {
    Person: ("notes",),
    CheckIn: ("note",),
    Story: ("text",),
    Feedback: ("point", "planned_change", "outcome"),
    Compliment: ("text",),
    Talk: ("title",),
    RedFlag: ("note",),
}


def privacy_check(
    owner: User, texts: Mapping[str, str], allowed: Iterable[str] = ()
) -> dict[str, Flagged]:
    """The guard's findings per field for `owner`, whose people are known names."""
    if not any(text and text.strip() for text in texts.values()):
        return {}
    return privacy_flags(texts, known_names(owner), allowed)


def privacy_rewritten(
    owner: User, texts: Mapping[str, str], allowed: Iterable[str] = ()
) -> dict[str, str]:
    """`owner`'s texts as "take the rewrite" stores them (`validators.rewritten`)."""
    if not any(text and text.strip() for text in texts.values()):
        return dict(texts)
    return rewritten(texts, known_names(owner), allowed)


def _guarded_save(owner: User, entry: Saved, allowed: Iterable[str]) -> Saved:
    """Check the entry's fields and its free text, then save it (ValidationError, nothing
    written, on any refusal). Call inside a transaction."""
    fields = GUARDED_FIELDS[type(entry)]
    for field in fields:
        value = getattr(entry, field)
        if isinstance(value, str):
            setattr(entry, field, value.strip())
    entry.owner = owner  # type: ignore[attr-defined]
    entry.full_clean(validate_unique=False, validate_constraints=False)
    # What was marked before stays marked: editing a story does not ask about the same word.
    allowed = allowed_words(entry.allowed, allowed)
    flagged = privacy_check(owner, {f: getattr(entry, f) for f in fields}, allowed)
    if flagged:
        raise PrivacyFlags(flagged)
    entry.allowed = allowed
    entry.save()
    return entry


def _owned(owner: User, model: type[Owned], ids: Iterable[int]) -> list[Owned]:
    """The owner's objects among `ids`; ValidationError names an id that is not theirs."""
    ids = list(dict.fromkeys(ids))
    found = list(model._default_manager.filter(owner=owner, pk__in=ids))
    if len(found) != len(ids):
        raise ValidationError(f"Some chosen {model._meta.verbose_name_plural} are not yours.")
    return found


def _check_dates(entry: core.Entry | core.CheckIn | core.RedFlag, today: date) -> None:
    problems = core.entry_problems(entry, today)
    if problems:
        raise ValidationError(problems)


@transaction.atomic
def person_save(
    *,
    owner: User,
    person: Person,
    rotation_ids: Sequence[int] = (),
    allowed: Iterable[str] = (),
) -> Person:
    """Create or update a person and the rotations they share. When a person is the main
    attending of a rotation (named on it), renaming them renames the rotation's attending,
    so the plan's scripts follow."""
    rotations = _owned(owner, Rotation, rotation_ids)
    if person.first_contact and person.last_contact and person.last_contact < person.first_contact:
        raise ValidationError({"last_contact": "The last day of contact comes after the first."})
    old_name = ""
    if person.pk is not None:
        old_name = Person.objects.filter(pk=person.pk).values_list("name", flat=True).first() or ""
    _guarded_save(owner, person, allowed)
    person.rotations.set(rotations)
    if old_name and old_name != person.name:
        Rotation.objects.filter(owner=owner, people=person, attending_name=old_name).update(
            attending_name=person.name
        )
    return person


@transaction.atomic
def attendings_add_as_people(owner: User) -> list[Person]:
    """A person for each attending named on a rotation who is not in the journal yet (as the
    migration did for rotations saved before the journal existed)."""
    people = {p.name.casefold(): p for p in Person.objects.filter(owner=owner)}
    added: dict[str, Person] = {}
    for rotation in Rotation.objects.filter(owner=owner).exclude(attending_name=""):
        key = rotation.attending_name.casefold()
        person = people.get(key) or added.get(key)
        if person is None:
            person = Person.objects.create(
                owner=owner,
                name=rotation.attending_name,
                email=rotation.attending_email,
                specialty=rotation.specialty,
                setting=rotation.setting,
            )
            added[key] = person
        person.rotations.add(rotation)
    return list(added.values())


@transaction.atomic
def check_in_save(
    *, owner: User, check_in: CheckIn, today: date, allowed: Iterable[str] = ()
) -> CheckIn:
    """Save the day's check-in; a second one for the same day replaces the first (the
    applicant corrected it), so a check-in sent twice by a flaky connection is stored once."""
    _check_dates(check_in.to_core(), today)
    if check_in.note:
        check_in.note = note_checked(check_in.note)
    # The same check-in can arrive twice at once (a queued one sent as the page reloads): the
    # account's row, locked, makes the second wait and then replace the first (PostgreSQL;
    # SQLite runs write transactions one at a time already).
    User.objects.select_for_update().get(pk=owner.pk)
    existing = CheckIn.objects.filter(owner=owner, day=check_in.day).first()
    if existing is not None and existing.pk != check_in.pk:
        check_in.pk, check_in.uid = existing.pk, existing.uid
    if check_in.rotation_id is not None:
        _owned(owner, Rotation, [check_in.rotation_id])
    else:
        check_in.rotation = (
            Rotation.objects.filter(owner=owner, start__lte=check_in.day, end__gte=check_in.day)
            .order_by("start")
            .first()
        )
    try:
        with transaction.atomic():
            return _guarded_save(owner, check_in, allowed)
    except IntegrityError:
        # SQLite: another save of this day committed between our read and our write.
        existing = CheckIn.objects.filter(owner=owner, day=check_in.day).first()
        if existing is not None:
            check_in.pk, check_in.uid = existing.pk, existing.uid
        return _guarded_save(owner, check_in, allowed)


@transaction.atomic
def evidence_save(
    *,
    owner: User,
    entry: Story | Feedback | Compliment | Talk,
    today: date,
    people: Sequence[int] = (),
    allowed: Iterable[str] = (),
) -> Story | Feedback | Compliment | Talk:
    """Save a story (people: who saw it), feedback, a compliment or a talk (people: who
    heard it). Feedback and compliments name their giver in `entry.giver`."""
    chosen = _owned(owner, Person, people)
    giver_id = getattr(entry, "giver_id", None)
    if giver_id is not None:
        _owned(owner, Person, [giver_id])
    if entry.rotation_id is not None:
        _owned(owner, Rotation, [entry.rotation_id])
    _check_dates(_core_dates(entry), today)
    _guarded_save(owner, entry, allowed)
    if isinstance(entry, Story):
        entry.witnesses.set(chosen)
    elif isinstance(entry, Talk):
        entry.audience.set(chosen)
    return entry


def _core_dates(entry: Story | Feedback | Compliment | Talk) -> Any:
    """Just enough of the core entry for `entry_problems` (its dates and kind)."""
    if isinstance(entry, Feedback):
        return core.Feedback(day=entry.day, point="", followup_date=entry.followup_date)
    if isinstance(entry, Talk):
        return core.Talk(day=entry.day, topic="")
    return core.Story(day=entry.day, text="")


@transaction.atomic
def red_flag_save(
    *, owner: User, flag: RedFlag, today: date, allowed: Iterable[str] = ()
) -> RedFlag:
    if flag.rotation_id is not None:
        _owned(owner, Rotation, [flag.rotation_id])
    if flag.person_id is not None:
        _owned(owner, Person, [flag.person_id])
    if flag.day is not None:  # a missing day is full_clean's to report
        _check_dates(core.Story(day=flag.day, text=""), today)  # the same rule: not ahead
    return _guarded_save(owner, flag, allowed)
