"""The journal's sections of the export document (version 2 on): people, check-ins, stories,
feedback, compliments, talks and red flags.

Each record's fields are named as its JSON keys, which are a stable interface: keys may be
added, never renamed. Every object carries an `id` (a UUID; required on people, whom other
entries point at) and an `allowed` list: the words the applicant marked as not a patient
identifier, so that the account's own export passes the privacy guard again on import. Links
(`rotation_id`, `person_id`, `person_ids`, `rotation_ids`) must name an object of the same
document; a missing link is null.

`read_journal` validates the sections with the document's other readers (problems in plain
words, "Story 3, What happened: …"); `journal_of` gives the core `Journal` the readiness rules
read, so `lorkit writers --from-export` needs no account."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from typing import Any

from lorkit.core import defaults as d
from lorkit.core import journal as core
from lorkit.core.export_reading import EMAIL, Place, Reader, Section, quoted
from lorkit.core.rotation import Rotation
from lorkit.core.vocabulary import (
    ERAS_SPECIALTIES,
    KEY_CHARACTERISTIC_LABELS,
    LETTER_QUALITY_LABELS,
    RED_FLAG_LABELS,
    ROLE_LABELS,
    BoardCertification,
    KeyCharacteristic,
    PersonRole,
    RedFlagKind,
    Setting,
)

# The check-in's answers by their export key, and the core CheckIn field of each.
CHECK_IN_ANSWERS: dict[str, str] = {
    "responsibility": "owned_care",
    "reasoning": "showed_reasoning",
    "communication": "communicated",
    "learned": "applied_learning",
}

# What each field is called where a person sees it: the labels of the journal's forms
# (tests/web/test_web_backup.py compares them), so that a problem names a field the way the
# page that edits it does.
ALLOWED_LABEL = "Not patient identifiers"
_CHARACTERISTICS_LABEL = "ERAS key characteristics it shows"
_QUALITIES_LABEL = "Letter qualities it shows"
# Each section's labels list its keys in the order the export writes them.
PERSON_LABELS: dict[str, str] = {
    "id": "Id",
    "name": "Name",
    "role": "Role",
    "specialty": "Specialty",
    "setting": "Setting",
    "board_certified": "U.S. board-certified",
    "email": "Email",
    "rotation_ids": "Rotations you shared",
    "first_contact": "First day of contact",
    "last_contact": "Last day of contact",
    "seen_with_patients": "Has seen me present or work with patients",
    "notes": "Notes",
    "allowed": ALLOWED_LABEL,
}
CHECK_IN_LABELS: dict[str, str] = {
    "id": "Id",
    "date": "Day",
    "rotation_id": "Rotation",
    **{key: core.CHECK_IN_QUESTIONS[answer] for key, answer in CHECK_IN_ANSWERS.items()},
    "note": "Note",
    "allowed": ALLOWED_LABEL,
}
STORY_LABELS: dict[str, str] = {
    "id": "Id",
    "date": "Day",
    "text": "What happened",
    "person_ids": "Who saw it",
    "characteristics": _CHARACTERISTICS_LABEL,
    "qualities": _QUALITIES_LABEL,
    "rotation_id": "Rotation",
    "allowed": ALLOWED_LABEL,
}
FEEDBACK_LABELS: dict[str, str] = {
    "id": "Id",
    "person_id": "From",
    "date": "Day",
    "point": "The point",
    "planned_change": "The change I planned",
    "followup_date": "Day of the follow-up",
    "outcome": "What they said at the follow-up",
    "characteristics": _CHARACTERISTICS_LABEL,
    "qualities": _QUALITIES_LABEL,
    "rotation_id": "Rotation",
    "allowed": ALLOWED_LABEL,
}
COMPLIMENT_LABELS: dict[str, str] = {
    "id": "Id",
    "person_id": "From",
    "date": "Day",
    "text": "What they said",
    "characteristics": _CHARACTERISTICS_LABEL,
    "qualities": _QUALITIES_LABEL,
    "rotation_id": "Rotation",
    "allowed": ALLOWED_LABEL,
}
TALK_LABELS: dict[str, str] = {
    "id": "Id",
    "date": "Day",
    "title": "Topic",
    "person_ids": "Who heard it",
    "characteristics": _CHARACTERISTICS_LABEL,
    "qualities": _QUALITIES_LABEL,
    "rotation_id": "Rotation",
    "allowed": ALLOWED_LABEL,
}
RED_FLAG_LABELS_BY_KEY: dict[str, str] = {
    "id": "Id",
    "kind": "What happened",
    "date": "Day",
    "rotation_id": "Rotation",
    "person_id": "About",
    "note": "Note",
    "resolved": "Resolved",
    "allowed": ALLOWED_LABEL,
}

PEOPLE = Section("people", "People", "Person", PERSON_LABELS)
CHECK_INS = Section("checkins", "Check-ins", "Check-in", CHECK_IN_LABELS)
STORIES = Section("stories", "Stories", "Story", STORY_LABELS)
FEEDBACK = Section("feedback", "Feedback", "Feedback", FEEDBACK_LABELS)
COMPLIMENTS = Section("compliments", "Compliments", "Compliment", COMPLIMENT_LABELS)
TALKS = Section("talks", "Talks", "Talk", TALK_LABELS)
RED_FLAGS = Section("red_flags", "Red flags", "Red flag", RED_FLAG_LABELS_BY_KEY)
JOURNAL_SECTIONS = (PEOPLE, CHECK_INS, STORIES, FEEDBACK, COMPLIMENTS, TALKS, RED_FLAGS)


@dataclass(frozen=True, kw_only=True)
class PersonRecord:
    id: str
    name: str
    role: str = PersonRole.OTHER_ATTENDING.value
    specialty: str = ""
    setting: str = Setting.INPATIENT.value
    board_certified: str = BoardCertification.UNKNOWN.value
    email: str = ""
    rotation_ids: tuple[str, ...] = ()
    first_contact: dt.date | None = None
    last_contact: dt.date | None = None
    seen_with_patients: bool = False
    notes: str = ""
    allowed: tuple[str, ...] = ()

    def to_core(self) -> core.Person:
        return core.Person(
            id=self.id,
            name=self.name,
            role=PersonRole(self.role),
            specialty=self.specialty,
            setting=Setting(self.setting),
            board_certified=BoardCertification(self.board_certified),
            email=self.email,
            rotation_ids=self.rotation_ids,
            first_contact=self.first_contact,
            last_contact=self.last_contact,
            saw_clinical_work=self.seen_with_patients,
            notes=self.notes,
        )


@dataclass(frozen=True, kw_only=True)
class CheckInRecord:
    id: str | None = None
    date: dt.date
    rotation_id: str | None = None
    responsibility: bool
    reasoning: bool
    communication: bool
    learned: bool
    note: str = ""
    allowed: tuple[str, ...] = ()

    def to_core(self) -> core.CheckIn:
        answers = {answer: getattr(self, key) for key, answer in CHECK_IN_ANSWERS.items()}
        return core.CheckIn(id=self.id or "", day=self.date, note=self.note, **answers)


@dataclass(frozen=True, kw_only=True)
class EvidenceRecord:
    """What every piece of evidence carries besides its own fields."""

    id: str | None = None
    date: dt.date
    rotation_id: str | None = None
    characteristics: tuple[str, ...] = ()
    qualities: tuple[str, ...] = ()
    allowed: tuple[str, ...] = ()

    def entry_fields(self) -> dict[str, Any]:
        """The core Entry's fields, for the subclasses' `to_core`."""
        return {
            "id": self.id or "",
            "day": self.date,
            "rotation_id": self.rotation_id or "",
            "characteristics": frozenset(KeyCharacteristic(c) for c in self.characteristics),
            "qualities": frozenset(self.qualities),
        }


@dataclass(frozen=True, kw_only=True)
class StoryRecord(EvidenceRecord):
    text: str
    person_ids: tuple[str, ...] = ()

    def to_core(self) -> core.Story:
        return core.Story(text=self.text, witness_ids=self.person_ids, **self.entry_fields())


@dataclass(frozen=True, kw_only=True)
class FeedbackRecord(EvidenceRecord):
    person_id: str | None = None
    point: str
    planned_change: str = ""
    followup_date: dt.date | None = None
    outcome: str = ""

    def to_core(self) -> core.Feedback:
        return core.Feedback(
            giver_id=self.person_id or "",
            point=self.point,
            change_planned=self.planned_change,
            followup_date=self.followup_date,
            outcome=self.outcome,
            **self.entry_fields(),
        )


@dataclass(frozen=True, kw_only=True)
class ComplimentRecord(EvidenceRecord):
    person_id: str | None = None
    text: str

    def to_core(self) -> core.Compliment:
        return core.Compliment(giver_id=self.person_id or "", text=self.text, **self.entry_fields())


@dataclass(frozen=True, kw_only=True)
class TalkRecord(EvidenceRecord):
    title: str
    person_ids: tuple[str, ...] = ()

    def to_core(self) -> core.Talk:
        return core.Talk(topic=self.title, **self.entry_fields())


@dataclass(frozen=True, kw_only=True)
class RedFlagRecord:
    id: str | None = None
    kind: str
    date: dt.date
    rotation_id: str | None = None
    person_id: str | None = None
    note: str = ""
    resolved: bool = False
    allowed: tuple[str, ...] = ()

    def to_core(self) -> core.RedFlag:
        return core.RedFlag(
            id=self.id or "",
            kind=RedFlagKind(self.kind),
            day=self.date,
            rotation_id=self.rotation_id or "",
            person_id=self.person_id or "",
            note=self.note,
            resolved=self.resolved,
        )


@dataclass(frozen=True)
class JournalRecords:
    """The journal's sections of one document, each named as its key in the file."""

    people: tuple[PersonRecord, ...] = ()
    checkins: tuple[CheckInRecord, ...] = ()
    stories: tuple[StoryRecord, ...] = ()
    feedback: tuple[FeedbackRecord, ...] = ()
    compliments: tuple[ComplimentRecord, ...] = ()
    talks: tuple[TalkRecord, ...] = ()
    red_flags: tuple[RedFlagRecord, ...] = ()

    @property
    def size(self) -> int:
        """How many entries the sections hold together."""
        return sum(len(getattr(self, f.name)) for f in fields(self))


def journal_of(records: JournalRecords, rotations: Sequence[Rotation]) -> core.Journal:
    """The core Journal the readiness and warning rules read, from a document's records."""
    return core.Journal(
        people=tuple(r.to_core() for r in records.people),
        rotations=tuple(rotations),
        check_ins=tuple(r.to_core() for r in records.checkins),
        stories=tuple(r.to_core() for r in records.stories),
        feedback=tuple(r.to_core() for r in records.feedback),
        compliments=tuple(r.to_core() for r in records.compliments),
        talks=tuple(r.to_core() for r in records.talks),
        red_flags=tuple(r.to_core() for r in records.red_flags),
    )


# Reading

_TEXT = d.NOTE_MAX_LENGTH
_CHARACTERISTICS = tuple(KEY_CHARACTERISTIC_LABELS)
_QUALITIES = tuple(LETTER_QUALITY_LABELS)


def _allowed(reader: Reader, raw: dict[str, Any], place: Place) -> tuple[str, ...]:
    return reader.words(raw, "allowed", place, _TEXT)


def _read_person(reader: Reader, raw: dict[str, Any], place: Place) -> PersonRecord:
    first = reader.day(raw, "first_contact", place, required=False)
    last = reader.day(raw, "last_contact", place, required=False)
    if first and last and last < first:
        reader.fail(place.at("last_contact"), "The last day of contact comes after the first.")
    email = reader.text(raw, "email", place, limit=d.EMAIL_MAX_LENGTH)
    if email and not EMAIL.fullmatch(email):
        reader.fail(place.at("email"), f"{quoted(email)} is not an email address.")
    return PersonRecord(
        id=reader.uuid(raw, "id", place),
        name=reader.text(raw, "name", place, required=True, limit=d.PERSON_NAME_MAX_LENGTH),
        role=reader.text(raw, "role", place, choices=list(ROLE_LABELS))
        or PersonRole.OTHER_ATTENDING.value,
        specialty=reader.text(
            raw, "specialty", place, limit=d.SPECIALTY_MAX_LENGTH, choices=(*ERAS_SPECIALTIES, "")
        ),
        setting=reader.text(raw, "setting", place, choices=[s.value for s in Setting])
        or Setting.INPATIENT.value,
        board_certified=reader.text(
            raw, "board_certified", place, choices=[b.value for b in BoardCertification]
        )
        or BoardCertification.UNKNOWN.value,
        email=email,
        rotation_ids=reader.uuids(raw, "rotation_ids", place),
        first_contact=first,
        last_contact=last,
        seen_with_patients=reader.flag(raw, "seen_with_patients", place),
        notes=reader.text(raw, "notes", place, limit=_TEXT),
        allowed=_allowed(reader, raw, place),
    )


def _read_check_in(reader: Reader, raw: dict[str, Any], place: Place) -> CheckInRecord:
    return CheckInRecord(
        id=reader.optional_uuid(raw, "id", place),
        date=reader.day(raw, "date", place) or dt.date.min,
        rotation_id=reader.optional_uuid(raw, "rotation_id", place),
        **{key: reader.flag(raw, key, place, required=True) for key in CHECK_IN_ANSWERS},
        note=reader.text(raw, "note", place, limit=_TEXT),
        allowed=_allowed(reader, raw, place),
    )


def _evidence(reader: Reader, raw: dict[str, Any], place: Place) -> dict[str, Any]:
    return {
        "id": reader.optional_uuid(raw, "id", place),
        "date": reader.day(raw, "date", place) or dt.date.min,
        "rotation_id": reader.optional_uuid(raw, "rotation_id", place),
        "characteristics": reader.codes(raw, "characteristics", place, _CHARACTERISTICS),
        "qualities": reader.codes(raw, "qualities", place, _QUALITIES),
        "allowed": _allowed(reader, raw, place),
    }


def _read_story(reader: Reader, raw: dict[str, Any], place: Place) -> StoryRecord:
    return StoryRecord(
        text=reader.text(raw, "text", place, required=True, limit=_TEXT),
        person_ids=reader.uuids(raw, "person_ids", place),
        **_evidence(reader, raw, place),
    )


def _read_feedback(reader: Reader, raw: dict[str, Any], place: Place) -> FeedbackRecord:
    return FeedbackRecord(
        person_id=reader.optional_uuid(raw, "person_id", place),
        point=reader.text(raw, "point", place, required=True, limit=_TEXT),
        planned_change=reader.text(raw, "planned_change", place, limit=_TEXT),
        followup_date=reader.day(raw, "followup_date", place, required=False),
        outcome=reader.text(raw, "outcome", place, limit=_TEXT),
        **_evidence(reader, raw, place),
    )


def _read_compliment(reader: Reader, raw: dict[str, Any], place: Place) -> ComplimentRecord:
    return ComplimentRecord(
        person_id=reader.optional_uuid(raw, "person_id", place),
        text=reader.text(raw, "text", place, required=True, limit=_TEXT),
        **_evidence(reader, raw, place),
    )


def _read_talk(reader: Reader, raw: dict[str, Any], place: Place) -> TalkRecord:
    return TalkRecord(
        title=reader.text(raw, "title", place, required=True, limit=d.SITE_MAX_LENGTH),
        person_ids=reader.uuids(raw, "person_ids", place),
        **_evidence(reader, raw, place),
    )


def _read_red_flag(reader: Reader, raw: dict[str, Any], place: Place) -> RedFlagRecord:
    return RedFlagRecord(
        id=reader.optional_uuid(raw, "id", place),
        kind=reader.text(raw, "kind", place, required=True, choices=list(RED_FLAG_LABELS)),
        date=reader.day(raw, "date", place) or dt.date.min,
        rotation_id=reader.optional_uuid(raw, "rotation_id", place),
        person_id=reader.optional_uuid(raw, "person_id", place),
        note=reader.text(raw, "note", place, limit=_TEXT),
        resolved=reader.flag(raw, "resolved", place),
        allowed=_allowed(reader, raw, place),
    )


_READERS: dict[str, Any] = {
    "people": _read_person,
    "checkins": _read_check_in,
    "stories": _read_story,
    "feedback": _read_feedback,
    "compliments": _read_compliment,
    "talks": _read_talk,
    "red_flags": _read_red_flag,
}


def read_journal(reader: Reader, doc: dict[str, Any], rotation_ids: set[str]) -> JournalRecords:
    """The journal's sections of `doc`, every problem added to `reader`: each field valid, ids
    each their item's own, one check-in a day, and every link naming a rotation
    (`rotation_ids`) or a person of the same document."""
    read = {s.key: reader.read_all(doc, s, _READERS[s.key]) for s in JOURNAL_SECTIONS}
    person_ids = reader.unique_ids(PEOPLE, [(i, p.id) for i, p in read["people"]])
    for section in JOURNAL_SECTIONS[1:]:
        reader.unique_ids(section, [(i, r.id) for i, r in read[section.key]])
    _one_check_in_a_day(reader, read["checkins"])
    links = _Links(reader, rotation_ids, person_ids)
    for section in JOURNAL_SECTIONS:
        for index, record in read[section.key]:
            links.check(section.place(index), record)
    return JournalRecords(**{key: tuple(r for _, r in items) for key, items in read.items()})


def _one_check_in_a_day(reader: Reader, check_ins: Iterable[tuple[int, CheckInRecord]]) -> None:
    first_on: dict[dt.date, int] = {}
    for index, check_in in check_ins:
        if check_in.date == dt.date.min:
            continue
        if check_in.date in first_on:
            reader.fail(
                CHECK_INS.place(index).at("date"),
                f"check-in {first_on[check_in.date] + 1} is for the same day; "
                "a day has one check-in.",
            )
        else:
            first_on[check_in.date] = index


@dataclass(frozen=True)
class _Links:
    """Checks that each link of a record names an object of the same document."""

    reader: Reader
    rotation_ids: set[str]
    person_ids: set[str]

    def check(self, place: Place, record: Any) -> None:
        for name in ("rotation_id", "rotation_ids"):
            for target in _linked(record, name):
                if target not in self.rotation_ids:
                    self.reader.fail(
                        place.at(name), f'no rotation in this file has the id "{target}".'
                    )
        for name in ("person_id", "person_ids"):
            for target in _linked(record, name):
                if target not in self.person_ids:
                    self.reader.fail(
                        place.at(name), f'no person in this file has the id "{target}".'
                    )


def _linked(record: Any, name: str) -> tuple[str, ...]:
    """The ids a record's link field names (none for a field the record lacks)."""
    value = getattr(record, name, None)
    return value if isinstance(value, tuple) else (value,) if value else ()


def journal_size_problems(doc: dict[str, Any]) -> list[str]:
    """The problem of a document bringing more journal entries than an import takes
    (`JOURNAL_IMPORT_MAX_ENTRIES`), counted without reading them (a section that is not a
    list counts as none; the reader refuses it later)."""
    size = sum(len(items) for s in JOURNAL_SECTIONS if isinstance(items := doc.get(s.key), list))
    if size <= d.JOURNAL_IMPORT_MAX_ENTRIES:
        return []
    return [
        f"This file holds {size:,} journal entries (people, check-ins, evidence and red flags "
        f"together); an import brings at most {d.JOURNAL_IMPORT_MAX_ENTRIES:,}."
    ]


def journal_date_problems(records: JournalRecords, today: dt.date) -> list[str]:
    """What an import refuses in the journal's dates, given today: an entry dated after today
    (only a talk may be planned ahead), and a follow-up before its feedback or after today
    (`core.journal.entry_problems`, the rule every save applies)."""
    problems = []
    for section in JOURNAL_SECTIONS[1:]:
        entries: Sequence[Any] = getattr(records, section.key)
        for index, record in enumerate(entries):
            entry = record.to_core()
            if isinstance(entry, core.RedFlag):
                # A red flag is dated like a story: it is noted once it has happened.
                entry = core.Story(day=entry.day, text="")
            for name, message in core.entry_problems(entry, today).items():
                key = "date" if name == "day" else name
                problems.append(f"{section.place(index).at(key)}: {message}")
    return problems


def dump_journal(records: JournalRecords) -> dict[str, list[dict[str, Any]]]:
    """The journal's sections as the export writes them, each object's keys in its labels'
    order."""
    return {
        section.key: [
            {key: _json_value(getattr(record, key)) for key in section.labels}
            for record in getattr(records, section.key)
        ]
        for section in JOURNAL_SECTIONS
    }


def _json_value(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value
