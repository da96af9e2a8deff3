"""The ERAS ledger's sections of the export document (issue 12): `letters`, `programs`,
`assignments` and `reminders`, beside the requests and packet files of core/export_letters.py.

    "letters": [{"id": "3d2a…-uuid", "author": "Dr. Elena Marsh",
        "title": "Associate Professor, Department of Medicine", "email": "e.marsh@example.org",
        "specialty": "Internal Medicine", "kind": "narrative", "chair": false, "waived": true,
        "letter_id": "L0042", "status": "requested", "requested_on": "2027-02-03",
        "received_on": null, "last_contact": null, "season": 2028, "strongest": true,
        "history": [{"status": "planned", "on": "2027-01-25", "note": ""}, …]}],
    "programs": [{"id": "…uuid", "name": "Lakeside Internal Medicine",
        "specialty": "Internal Medicine", "state": "OH", "signalled": true, "applied_on": null}],
    "assignments": [{"program_id": "…uuid", "letter_id": "3d2a…-uuid"}],
    "reminders": [{"letter_id": "3d2a…-uuid", "kind": "first_reminder", "cycle": "2027-02-03",
        "due": "2027-02-17", "sent_on": "2027-02-17", "digested_on": "2027-02-17"}]

A `letters` item is a letter's ERAS entry (`core.ledger.Letter`) and its dated status history,
under the same `id` as its `letter_requests` item (core/export_letters.py joins the two).
An assignment and a reminder name a letter and a program by those ids. Each section is
written only when it has items. This module reads each item on its own and checks the links
between the ledger's sections; what needs the requests too is core/export_letters.py's."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from lorkit.core import defaults as d
from lorkit.core.dates import is_season_year
from lorkit.core.export_reading import EMAIL, Place, Reader, Section, kind_of, quoted
from lorkit.core.ledger import (
    GENERAL,
    LETTER_KIND_LABELS,
    LETTER_STATUS_LABELS,
    LetterKind,
    LetterStatus,
    default_letter_kind,
)
from lorkit.core.reminders import NUDGE_LABELS
from lorkit.core.vocabulary import ERAS_SPECIALTIES, US_STATES

# What each field is called where a person sees it (the ERAS entry form, the program form;
# tests/letters/test_letters_transfer.py compares them), in the order the export writes them.
LETTER_LABELS: dict[str, str] = {
    "id": "Id",
    "author": "Writer's full name",
    "title": "Title and department",
    "email": "Writer's email (as in MyERAS)",
    "specialty": "Meant for",
    "kind": "Kind of letter",
    "chair": "Meets a department-chair requirement",
    "waived": "I waive my right to see this letter",
    "letter_id": "Letter ID",
    "status": "Status",
    "requested_on": "Requested in MyERAS on",
    "received_on": "Received on",
    "last_contact": "Last contact with the writer",
    "season": "Season (ERAS year)",
    "strongest": "One of my strongest letters",
    "history": "History",
}
STATUS_STEP_LABELS: dict[str, str] = {"status": "Status", "on": "Day", "note": "Note"}
PROGRAM_LABELS: dict[str, str] = {
    "id": "Id",
    "name": "Program name",
    "specialty": "Specialty",
    "state": "State",
    "signalled": "I sent this program a signal",
    "applied_on": "Applied on",
}
ASSIGNMENT_LABELS: dict[str, str] = {"program_id": "Program", "letter_id": "Letter"}
REMINDER_LABELS: dict[str, str] = {
    "letter_id": "Letter",
    "kind": "Kind",
    "cycle": "Round",
    "due": "Due",
    "sent_on": "Sent on",
    "digested_on": "Listed in a digest on",
}
LETTERS = Section("letters", "Letters", "Letter", LETTER_LABELS)
PROGRAMS = Section("programs", "Programs", "Program", PROGRAM_LABELS)
ASSIGNMENTS = Section("assignments", "Assignments", "Assignment", ASSIGNMENT_LABELS)
REMINDERS = Section("reminders", "Reminders", "Reminder", REMINDER_LABELS)
LEDGER_SECTIONS = (LETTERS, PROGRAMS, ASSIGNMENTS, REMINDERS)

STATUSES = tuple(LETTER_STATUS_LABELS)
LETTER_SPECIALTIES = (GENERAL, *ERAS_SPECIALTIES)
# The most assignments a file may bring: every program full.
ASSIGNMENTS_MAX = d.PROGRAMS_MAX * d.MAX_LETTERS_PER_PROGRAM

# The ledger's dates that record something done: none may be after today, as the services
# refuse (a status change, a follow-up marked sent), with advice in the services' spirit.
DONE_ON: dict[str, str] = {
    "requested_on": "record the request once it is made in MyERAS",
    "received_on": "record the letter as received once it has come",
}
SENT_ADVICE = "mark it sent once it has gone"


@dataclass(frozen=True, kw_only=True)
class StatusStepRecord:
    """One dated step of a letter's history."""

    status: str
    on: dt.date
    note: str = ""


@dataclass(frozen=True, kw_only=True)
class LetterEntryRecord:
    """A letter's ERAS entry and history; the defaults are a new entry's."""

    id: str | None = None
    author: str
    title: str = ""
    email: str = ""
    specialty: str = GENERAL
    kind: str = LetterKind.NARRATIVE.value
    chair: bool = False
    waived: bool = True
    letter_id: str = ""
    status: str = LetterStatus.PLANNED.value
    requested_on: dt.date | None = None
    received_on: dt.date | None = None
    last_contact: dt.date | None = None
    season: int | None = None
    strongest: bool = False
    history: tuple[StatusStepRecord, ...] = ()


@dataclass(frozen=True, kw_only=True)
class ProgramRecord:
    id: str
    name: str
    specialty: str
    state: str = ""
    signalled: bool = False
    applied_on: dt.date | None = None


@dataclass(frozen=True, kw_only=True)
class AssignmentRecord:
    """A letter given to a program, both by their ids in the document."""

    program_id: str
    letter_id: str


@dataclass(frozen=True, kw_only=True)
class ReminderRecord:
    """A follow-up that came due (a reminder or a thank-you), as `letters.models.Reminder`
    keeps it: `cycle` is its round, `sent_on` the applicant's click, `digested_on` the day a
    digest listed it."""

    letter_id: str
    kind: str
    cycle: dt.date
    due: dt.date
    sent_on: dt.date | None = None
    digested_on: dt.date | None = None


# Writing


def ledger_json(section: Section, records: Sequence[Any]) -> list[dict[str, Any]]:
    """A ledger section's items as the export writes them, each with every key in order."""
    return [
        {key: _json_value(getattr(record, key)) for key in section.labels} for record in records
    ]


def _json_value(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, StatusStepRecord):
        return {"status": value.status, "on": value.on.isoformat(), "note": value.note}
    if isinstance(value, tuple):
        return [_json_value(item) for item in value]
    return value


# Reading one item


def _flag(reader: Reader, raw: dict[str, Any], name: str, place: Place, default: bool) -> bool:
    """A yes/no field; missing or null reads as `default`."""
    return default if raw.get(name) is None else reader.flag(raw, name, place)


def _id(reader: Reader, raw: dict[str, Any], name: str, place: Place) -> str:
    """A required id in its canonical form, or "" when it is missing or cannot be read (then
    reported once, not again as a link to nothing)."""
    if raw.get(name) is None or raw.get(name) == "":
        reader.fail(place.at(name), "this is required.")
        return ""
    return reader.optional_uuid(raw, name, place) or ""


def _season(reader: Reader, raw: dict[str, Any], place: Place) -> int | None:
    season = raw.get("season")
    if season is None:
        return None
    if not isinstance(season, int) or isinstance(season, bool) or not is_season_year(season):
        reader.fail(place.at("season"), f"{quoted(season)} is not a season year such as 2028.")
        return None
    return season


def _email(reader: Reader, raw: dict[str, Any], place: Place) -> str:
    email = reader.text(raw, "email", place, limit=d.EMAIL_MAX_LENGTH)
    if email and not EMAIL.fullmatch(email):
        reader.fail(place.at("email"), f"{quoted(email)} is not an email address.")
        return ""
    return email


def read_entry(reader: Reader, raw: dict[str, Any], place: Place) -> LetterEntryRecord:
    """One `letters` item. Its id is required (assignments and reminders point at it); a
    missing specialty is General, a missing kind the specialty's usual one
    (`default_letter_kind`), a missing waiver given, as on the entry form."""
    specialty = reader.text(raw, "specialty", place, choices=LETTER_SPECIALTIES) or GENERAL
    kind = reader.text(raw, "kind", place, choices=tuple(LETTER_KIND_LABELS))

    def day(name: str) -> dt.date | None:
        return reader.day(raw, name, place, required=False)

    return LetterEntryRecord(
        id=_id(reader, raw, "id", place),
        author=reader.text(raw, "author", place, required=True, limit=d.PERSON_NAME_MAX_LENGTH),
        title=reader.text(raw, "title", place, limit=d.AUTHOR_TITLE_MAX_LENGTH),
        email=_email(reader, raw, place),
        specialty=specialty,
        kind=kind or default_letter_kind(specialty).value,
        chair=_flag(reader, raw, "chair", place, False),
        waived=_flag(reader, raw, "waived", place, True),
        letter_id=reader.text(raw, "letter_id", place, limit=d.LETTER_ID_MAX_LENGTH),
        status=reader.text(raw, "status", place, required=True, choices=STATUSES),
        requested_on=day("requested_on"),
        received_on=day("received_on"),
        last_contact=day("last_contact"),
        season=_season(reader, raw, place),
        strongest=_flag(reader, raw, "strongest", place, False),
        history=_read_history(reader, raw, place),
    )


def _read_history(
    reader: Reader, raw: dict[str, Any], place: Place
) -> tuple[StatusStepRecord, ...]:
    """A letter's steps in the file's order; a missing history is none. A step that cannot
    be read is reported and left out."""
    steps = raw.get("history")
    if steps is None:
        return ()
    if not isinstance(steps, list):
        reader.fail(place.at("history"), f"this must be a list of steps […], not {kind_of(steps)}.")
        return ()
    if len(steps) > d.LETTER_HISTORY_MAX_STEPS:
        reader.fail(
            place.at("history"),
            f"this has {len(steps):,} steps; a letter's history holds at most "
            f"{d.LETTER_HISTORY_MAX_STEPS:,}.",
        )
        return ()
    found = []
    for index, step in enumerate(steps):
        where = Place(f"{place.at('history')} step {index + 1}", STATUS_STEP_LABELS)
        if not isinstance(step, dict):
            reader.fail(where.name, f"this must be an object {{…}}, not {kind_of(step)}.")
            continue
        if not reader.keys(step, where.name):
            continue
        status = reader.text(step, "status", where, required=True, choices=STATUSES)
        on = reader.day(step, "on", where)
        note = reader.text(step, "note", where, limit=d.STATUS_NOTE_MAX_LENGTH)
        if status and on:
            found.append(StatusStepRecord(status=status, on=on, note=note))
    return tuple(found)


def _read_program(reader: Reader, raw: dict[str, Any], place: Place) -> ProgramRecord:
    return ProgramRecord(
        id=_id(reader, raw, "id", place),
        name=reader.text(raw, "name", place, required=True, limit=d.PROGRAM_NAME_MAX_LENGTH),
        specialty=reader.text(raw, "specialty", place, required=True, choices=ERAS_SPECIALTIES),
        state=reader.text(raw, "state", place, choices=(*US_STATES, "")),
        signalled=_flag(reader, raw, "signalled", place, False),
        applied_on=reader.day(raw, "applied_on", place, required=False),
    )


def _read_assignment(reader: Reader, raw: dict[str, Any], place: Place) -> AssignmentRecord:
    return AssignmentRecord(
        program_id=_id(reader, raw, "program_id", place),
        letter_id=_id(reader, raw, "letter_id", place),
    )


def _read_reminder(reader: Reader, raw: dict[str, Any], place: Place) -> ReminderRecord:
    """One follow-up; it cannot have been sent before its round began (the service refuses
    the same). date.min stands in for a required day that could not be read."""
    cycle = reader.day(raw, "cycle", place)
    sent_on = reader.day(raw, "sent_on", place, required=False)
    if cycle and sent_on and sent_on < cycle:
        reader.fail(
            place.at("sent_on"),
            f"{sent_on.isoformat()} is before its round began ({cycle.isoformat()}); it cannot "
            "have gone before then.",
        )
    return ReminderRecord(
        letter_id=_id(reader, raw, "letter_id", place),
        kind=reader.text(raw, "kind", place, required=True, choices=tuple(NUDGE_LABELS)),
        cycle=cycle or dt.date.min,
        due=reader.day(raw, "due", place) or dt.date.min,
        sent_on=sent_on,
        digested_on=reader.day(raw, "digested_on", place, required=False),
    )


# Reading the sections and their links


def read_entries(reader: Reader, doc: dict[str, Any]) -> list[tuple[int, LetterEntryRecord]]:
    """The `letters` items with their positions, each id its letter's own."""
    entries = reader.read_all(doc, LETTERS, read_entry)
    reader.unique_ids(LETTERS, [(index, entry.id) for index, entry in entries])
    return entries


def read_programs(reader: Reader, doc: dict[str, Any]) -> list[tuple[int, ProgramRecord]]:
    """The `programs` items with their positions, each id its program's own."""
    programs = reader.read_all(doc, PROGRAMS, _read_program)
    reader.unique_ids(PROGRAMS, [(index, program.id) for index, program in programs])
    return programs


def read_assignments(
    reader: Reader, doc: dict[str, Any], program_ids: set[str], letter_ids: set[str]
) -> list[tuple[int, AssignmentRecord]]:
    """The `assignments` items: each names a program and a letter of the same document, gives
    a letter to a program once, and no program gets more than MAX_LETTERS_PER_PROGRAM (the
    first four in the file's order are kept, every later one refused)."""
    assignments = reader.read_all(doc, ASSIGNMENTS, _read_assignment)
    first_of_pair: dict[tuple[str, str], int] = {}
    held: dict[str, list[int]] = {}
    for index, record in assignments:
        place = ASSIGNMENTS.place(index)
        if not _resolves(reader, record, place, program_ids, letter_ids):
            continue
        pair = (record.program_id, record.letter_id)
        if pair in first_of_pair:
            reader.fail(
                place.at("letter_id"),
                f"assignment {first_of_pair[pair] + 1} gives this letter to the same program "
                "already.",
            )
            continue
        first_of_pair[pair] = index
        positions = held.setdefault(record.program_id, [])
        if len(positions) >= d.MAX_LETTERS_PER_PROGRAM:
            reader.fail(place.at("program_id"), _full_program(positions))
            continue
        positions.append(index)
    return assignments


def _resolves(
    reader: Reader,
    record: AssignmentRecord,
    place: Place,
    program_ids: set[str],
    letter_ids: set[str],
) -> bool:
    """Whether both ids were read and name a program and a letter of the document."""
    known = bool(record.program_id and record.letter_id)
    if record.program_id and record.program_id not in program_ids:
        reader.fail(
            place.at("program_id"),
            f"no program in this file has the id {quoted(record.program_id)}.",
        )
        known = False
    if record.letter_id and record.letter_id not in letter_ids:
        reader.fail(place.at("letter_id"), _no_letter(record.letter_id))
        known = False
    return known


def _no_letter(letter_id: str) -> str:
    return f"no letter in this file has the id {quoted(letter_id)}."


def _full_program(positions: Sequence[int]) -> str:
    numbers = [str(index + 1) for index in positions]
    listed = f"{', '.join(numbers[:-1])} and {numbers[-1]}"
    most = d.MAX_LETTERS_PER_PROGRAM
    return (
        f"this program already holds {most} letters (assignments {listed}); a program "
        f"receives at most {most}."
    )


def read_reminders(
    reader: Reader, doc: dict[str, Any], letter_ids: set[str]
) -> list[tuple[int, ReminderRecord]]:
    """The `reminders` items: each names a letter of the same document, and a letter keeps
    one follow-up of each kind a round."""
    reminders = reader.read_all(doc, REMINDERS, _read_reminder)
    first_of_key: dict[tuple[str, str, dt.date], int] = {}
    for index, record in reminders:
        place = REMINDERS.place(index)
        if record.letter_id and record.letter_id not in letter_ids:
            reader.fail(place.at("letter_id"), _no_letter(record.letter_id))
            continue
        if not (record.letter_id and record.kind) or record.cycle == dt.date.min:
            continue
        key = (record.letter_id, record.kind, record.cycle)
        if key in first_of_key:
            reader.fail(
                place.at("kind"),
                f"reminder {first_of_key[key] + 1} is the same follow-up of the same letter "
                f"and round ({NUDGE_LABELS[record.kind]}, {record.cycle.isoformat()}); each "
                "is kept once.",
            )
        else:
            first_of_key[key] = index
    return reminders


# Checks made before reading, and against today


def _size(doc: dict[str, Any], section: Section) -> int:
    items = doc.get(section.key)
    return len(items) if isinstance(items, list) else 0


def ledger_size_problems(doc: dict[str, Any]) -> list[str]:
    """The problems of a document bringing more letter entries, programs, assignments or
    follow-ups than an account holds, counted without reading them (a section that is not a
    list counts as none; the reader refuses it later)."""
    limits = (
        (LETTERS, d.LETTER_REQUESTS_MAX, "letters", "an account holds"),
        (PROGRAMS, d.PROGRAMS_MAX, "programs", "an account holds"),
        (ASSIGNMENTS, ASSIGNMENTS_MAX, "assignments", f"{d.PROGRAMS_MAX:,} programs hold"),
        (REMINDERS, d.REMINDERS_IMPORT_MAX, "reminders", "an import brings"),
    )
    return [
        f"This file holds {size:,} {noun}; {holder} at most {most:,}."
        for section, most, noun, holder in limits
        if (size := _size(doc, section)) > most
    ]


def ledger_date_problems(
    entries: Sequence[LetterEntryRecord], reminders: Sequence[ReminderRecord], today: dt.date
) -> list[str]:
    """What an import refuses in the ledger's dates, given today: a letter requested or
    received after today, a follow-up marked sent after today. A history step, a due day and
    a digest's day may be any day the reader accepts (`lorkit remind --today` may run ahead)."""
    problems = []
    for index, entry in enumerate(entries):
        for name, advice in DONE_ON.items():
            value = getattr(entry, name)
            if value is not None and value > today:
                problems.append(_after_today(LETTERS.place(index).at(name), value, today, advice))
    for index, reminder in enumerate(reminders):
        if reminder.sent_on is not None and reminder.sent_on > today:
            where = REMINDERS.place(index).at("sent_on")
            problems.append(_after_today(where, reminder.sent_on, today, SENT_ADVICE))
    return problems


def _after_today(where: str, value: dt.date, today: dt.date, advice: str) -> str:
    return f"{where}: {value.isoformat()} is after today ({today.isoformat()}); {advice}."
