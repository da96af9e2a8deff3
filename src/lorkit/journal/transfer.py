"""The journal's part of a backup: its records for the export, read in a fixed number of
queries, and an import that writes them through the journal's services, so that the privacy
guard reads every imported text as it reads what the applicant types.

An import is all or nothing: every date and every text is checked before the first row is
written, and each problem is named in plain words by its entry and field ("Story 3, What
happened: …"). A text the guard flags is quoted no further than the finding itself."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models, transaction

from lorkit.accounts.models import User
from lorkit.core.export_journal import (
    CHECK_INS,
    COMPLIMENTS,
    FEEDBACK,
    PEOPLE,
    RED_FLAGS,
    STORIES,
    TALKS,
    JournalRecords,
    PersonRecord,
    journal_date_problems,
)
from lorkit.core.export_reading import ExportError, Place, Section, quoted
from lorkit.core.phi import Finding, find_identifiers
from lorkit.journal.models import (
    CHECK_IN_RECORD_FIELDS,
    COMPLIMENT_RECORD_FIELDS,
    FEEDBACK_RECORD_FIELDS,
    PERSON_RECORD_FIELDS,
    RED_FLAG_RECORD_FIELDS,
    STORY_RECORD_FIELDS,
    TALK_RECORD_FIELDS,
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
from lorkit.journal.services import (
    GUARDED_FIELDS,
    PrivacyFlags,
    check_in_save,
    evidence_save,
    person_save,
    red_flag_save,
)
from lorkit.plans.models import Rotation

# Each section of the export, the model its entries become and the record keys of its fields.
SECTION_MODELS: tuple[tuple[Section, type[Guarded], Mapping[str, str]], ...] = (
    (PEOPLE, Person, PERSON_RECORD_FIELDS),
    (CHECK_INS, CheckIn, CHECK_IN_RECORD_FIELDS),
    (STORIES, Story, STORY_RECORD_FIELDS),
    (FEEDBACK, Feedback, FEEDBACK_RECORD_FIELDS),
    (COMPLIMENTS, Compliment, COMPLIMENT_RECORD_FIELDS),
    (TALKS, Talk, TALK_RECORD_FIELDS),
    (RED_FLAGS, RedFlag, RED_FLAG_RECORD_FIELDS),
)
JOURNAL_MODELS: tuple[type[models.Model], ...] = tuple(model for _, model, _ in SECTION_MODELS)
# The evidence sections, whose models share `from_record(record, rotations, people)`.
EVIDENCE_SECTIONS: tuple[tuple[Section, Any, Mapping[str, str]], ...] = SECTION_MODELS[2:6]


def journal_records(owner: User, rotations: Sequence[Rotation] | None = None) -> JournalRecords:
    """The owner's whole journal as export records, oldest entries first (so that an import,
    which writes them in the file's order, keeps their order): 11 queries, 10 given the
    owner's `rotations`, whatever the journal's size."""
    rotations = list(Rotation.objects.filter(owner=owner)) if rotations is None else rotations
    rotation_uids = {rotation.pk: str(rotation.uid) for rotation in rotations}
    people = list(Person.objects.filter(owner=owner).prefetch_related("rotations"))
    person_uids = {person.pk: str(person.uid) for person in people}

    def oldest_first(model: type[models.Model]) -> Any:
        return model._default_manager.filter(owner=owner).order_by("day", "pk")

    return JournalRecords(
        people=tuple(person.to_record(rotation_uids) for person in people),
        checkins=tuple(c.to_record(rotation_uids) for c in oldest_first(CheckIn)),
        stories=tuple(
            s.to_record(rotation_uids) for s in oldest_first(Story).prefetch_related("witnesses")
        ),
        feedback=tuple(f.to_record(rotation_uids, person_uids) for f in oldest_first(Feedback)),
        compliments=tuple(
            c.to_record(rotation_uids, person_uids) for c in oldest_first(Compliment)
        ),
        talks=tuple(
            t.to_record(rotation_uids) for t in oldest_first(Talk).prefetch_related("audience")
        ),
        red_flags=tuple(r.to_record(rotation_uids, person_uids) for r in oldest_first(RedFlag)),
    )


def journal_exists(owner: User) -> bool:
    """Whether the owner has anything in the journal (an import would replace it)."""
    return any(model._default_manager.filter(owner=owner).exists() for model in JOURNAL_MODELS)


def journal_delete(owner: User) -> None:
    """Delete the owner's whole journal (before an import replaces it)."""
    for model in reversed(JOURNAL_MODELS):
        model._default_manager.filter(owner=owner).delete()


@transaction.atomic
def journal_import(
    *,
    owner: User,
    records: JournalRecords,
    rotations_by_export_id: Mapping[str, Rotation],
    today: date,
) -> int:
    """Write an imported journal into the owner's account, whose rotations (by export id) are
    already written, through the journal's services; returns how many entries it wrote. Every
    date and text is checked first (ExportError with every problem, nothing written): an entry
    after today (a talk may be planned), and any text the privacy guard flags, unless the
    entry's `allowed` list marks the finding as not a patient identifier."""
    problems = journal_date_problems(records, today) + _privacy_problems(owner, records)
    if problems:
        raise ExportError(problems)
    rotations = rotations_by_export_id
    people = _import_people(owner, records.people, rotations)

    def ids(person_ids: Iterable[str]) -> list[int]:
        return [people[person_id].pk for person_id in person_ids]

    for index, check_in in enumerate(records.checkins):
        with _refusals(CHECK_INS.place(index), CHECK_IN_RECORD_FIELDS):
            check_in_save(
                owner=owner,
                check_in=CheckIn.from_record(check_in, rotations),
                today=today,
                allowed=check_in.allowed,
            )
    for section, model, fields in EVIDENCE_SECTIONS:
        for index, record in enumerate(getattr(records, section.key)):
            with _refusals(section.place(index), fields):
                evidence_save(
                    owner=owner,
                    entry=model.from_record(record, rotations, people),
                    today=today,
                    people=ids(getattr(record, "person_ids", ())),
                    allowed=record.allowed,
                )
    for index, flag in enumerate(records.red_flags):
        with _refusals(RED_FLAGS.place(index), RED_FLAG_RECORD_FIELDS):
            red_flag_save(
                owner=owner,
                flag=RedFlag.from_record(flag, rotations, people),
                today=today,
                allowed=flag.allowed,
            )
    return records.size


def _import_people(
    owner: User, records: Sequence[PersonRecord], rotations: Mapping[str, Rotation]
) -> dict[str, Person]:
    """Everyone first, then the notes: a note may name a colleague further down the file,
    who is a known name (never a patient's) only once saved."""
    people: dict[str, Person] = {}
    for index, record in enumerate(records):
        person = people[record.id] = Person.from_record(record)
        person.notes = ""
        _save_person(owner, person, record, rotations, PEOPLE.place(index))
    for index, record in enumerate(records):
        if record.notes:
            people[record.id].notes = record.notes
            _save_person(owner, people[record.id], record, rotations, PEOPLE.place(index))
    return people


def _save_person(
    owner: User,
    person: Person,
    record: PersonRecord,
    rotations: Mapping[str, Rotation],
    place: Place,
) -> None:
    shared = [rotations[rotation_id].pk for rotation_id in record.rotation_ids]
    with _refusals(place, PERSON_RECORD_FIELDS):
        person_save(owner=owner, person=person, rotation_ids=shared, allowed=record.allowed)


def _privacy_problems(owner: User, records: JournalRecords) -> list[str]:
    """A problem for each text of the import the privacy guard flags, checked as the services
    will check it: the names known are the account's (its rotations' attendings, the applicant)
    and the people of the file."""
    names = [*known_names(owner), *(person.name for person in records.people)]
    problems = []
    for section, model, fields in SECTION_MODELS:
        guarded = [key for key, name in fields.items() if name in GUARDED_FIELDS[model]]
        for index, record in enumerate(getattr(records, section.key)):
            for key in guarded:
                text = getattr(record, key).strip()
                found = find_identifiers(text, known_names=names, allowed=record.allowed)
                if text and found:
                    problems.append(privacy_problem(section.place(index).at(key), found))
    return problems


def privacy_problem(where: str, findings: Sequence[Finding]) -> str:
    """The plain problem for one flagged field: what was found and why, quoting only the
    findings, and the two ways on."""
    found = ", ".join(f"{quoted(finding.text)} ({finding.reason})" for finding in findings)
    return (
        f"{where}: this may identify a patient: {found}. Edit it in the file, or, if it is "
        'not a patient identifier, add it to this entry\'s "allowed" list.'
    )


@contextmanager
def _refusals(place: Place, fields: Mapping[str, str]) -> Iterator[None]:
    """Turn a service's refusal into ExportError naming the entry and field (for a check the
    reader and `journal_import` did not already make)."""
    keys = {name: key for key, name in fields.items()}
    try:
        yield
    except PrivacyFlags as flags:
        problems = [
            privacy_problem(place.at(keys.get(name, name)), flagged.findings)
            for name, flagged in flags.flagged.items()
        ]
        raise ExportError(problems) from None
    except ValidationError as error:
        if not hasattr(error, "error_dict"):
            raise ExportError([f"{place.name}: {' '.join(error.messages)}"]) from None
        raise ExportError(
            [
                f"{place.at(keys.get(name, name))}: {' '.join(messages)}"
                for name, messages in error.message_dict.items()
            ]
        ) from None
