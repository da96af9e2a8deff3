"""The letters' sections of the export document: `letter_requests` and `packet_files` here,
and the ERAS ledger's `letters`, `programs`, `assignments` and `reminders`
(core/export_ledger.py), which this module reads together.

    "letter_requests": [{"id": "3d2a…-uuid", "person_id": "…uuid", "author": "Dr. Elena Marsh",
        "status": "agreed", "asked_on": "2026-10-20", "reply_text": "…",
        "reply_label": "strong_yes", "replied_on": "2026-10-22", …, "allowed": []}],
    "packet_files": [{"kind": "cv", "name": "cv.pdf", "content_type": "application/pdf",
        "data_base64": "JVBERi0…"}],
    "letters": [{"id": "3d2a…-uuid", "author": "Dr. Elena Marsh", "status": "agreed", …,
        "history": [{"status": "asked", "on": "2026-10-20", "note": ""}, …]}]

One letter is one `letter_requests` item (the ask, the answer, the packet) and one `letters`
item (its ERAS entry and status history) under the same `id`. `author` and `status` are in
both, for a reader of the file, and must agree; everything else is in one place only. A
`letters` item without a request is a letter entered in MyERAS for a writer never asked
through lorkit; a request without a `letters` item has a new entry's defaults.

Each section is written only when it has something, so an export without letters reads in a
lorkit that predates them, and a document without the sections (every older one) imports with
no letters: the format's version stays 2. Keys are a stable interface: added, never renamed.
A request's `person_id` names a person of the same document, or is null (the writer was
removed from the journal; `author` keeps the name as asked). A packet file's bytes are embedded
as base64, at most PACKET_FILE_MAX_BYTES once decoded, and its type is read from its content
(`core.preflight.document_kind`), never from its name or its `content_type`, which must agree.
Writer links and their openings are not exported: a link is a secret given to one writer.

`read_letters` validates the sections with the document's other readers, naming problems the
way the letter pages label the fields ("Letter request 2, Their answer: …", "Letter 2,
Status: …")."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from lorkit.core import defaults as d
from lorkit.core.export_journal import ALLOWED_LABEL
from lorkit.core.export_ledger import (
    ASSIGNMENTS,
    LEDGER_SECTIONS,
    LETTERS,
    PROGRAMS,
    REMINDERS,
    STATUSES,
    AssignmentRecord,
    LetterEntryRecord,
    ProgramRecord,
    ReminderRecord,
    ledger_date_problems,
    ledger_json,
    ledger_size_problems,
    read_assignments,
    read_entries,
    read_programs,
    read_reminders,
)
from lorkit.core.export_ledger import StatusStepRecord as StatusStepRecord
from lorkit.core.export_reading import Place, Reader, Section, kind_of, quoted
from lorkit.core.ledger import LetterStatus
from lorkit.core.preflight import DocumentKind, document_kind
from lorkit.core.replies import REPLY_LABELS
from lorkit.core.vocabulary import KEY_CHARACTERISTIC_LABELS

# What each field is called where a person sees it: the letter's fields as its model labels
# them (tests/letters/test_letters_transfer.py compares them), in the order the export writes
# them.
LETTER_REQUEST_LABELS: dict[str, str] = {
    "id": "Id",
    "person_id": "Person in your journal",
    "author": "Writer",
    "status": "Status",
    "asked_on": "Asked on",
    "reply_text": "What they said or wrote",
    "reply_label": "Their answer",
    "replied_on": "Answered on",
    "taught": "Something specific they taught you",
    "email_subject": "Email subject",
    "email_body": "Email",
    "helper_text": "Letter helper",
    "packet_sent_on": "Packet sent on",
    "experience_description": "ERAS Experience description",
    "experience_reflection": "Most meaningful: reflection",
    "experience_characteristic": "Key characteristic",
    "allowed": ALLOWED_LABEL,
}
PACKET_FILE_LABELS: dict[str, str] = {
    "kind": "Kind",
    "name": "File name",
    "content_type": "Content type",
    "data_base64": "Content",
}
LETTER_REQUESTS = Section(
    "letter_requests", "Letter requests", "Letter request", LETTER_REQUEST_LABELS
)
PACKET_FILES = Section("packet_files", "Packet files", "Packet file", PACKET_FILE_LABELS)
LETTER_SECTIONS = (LETTER_REQUESTS, PACKET_FILES, *LEDGER_SECTIONS)

T = TypeVar("T")

# The packet files an account keeps, one of each kind (letters.models.PacketFile.Kind).
PACKET_FILE_KINDS: dict[str, str] = {"cv": "CV", "personal_statement": "personal statement"}
CONTENT_TYPES: dict[DocumentKind, str] = {
    DocumentKind.PDF: "application/pdf",
    DocumentKind.DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
_DOCUMENT_NAMES = {DocumentKind.PDF: "a PDF", DocumentKind.DOCX: "a Word (.docx) document"}
# Base64 writes 4 characters for every 3 bytes, the last group padded.
BASE64_MAX_LENGTH = 4 * -(-d.PACKET_FILE_MAX_BYTES // 3)

# The fields of a request whose dates record something done: none may be after today, as the
# services refuse (the ask, the answer, the packet sent), in the services' own words.
DONE_ON: dict[str, str] = {
    "asked_on": "record the ask once it has happened",
    "replied_on": "record the answer once it has come",
    "packet_sent_on": "record the packet as sent once it has gone",
}


@dataclass(frozen=True, kw_only=True)
class LetterRequestRecord:
    id: str | None = None
    person_id: str | None = None
    author: str
    status: str = LetterStatus.PLANNED.value
    asked_on: dt.date | None = None
    reply_text: str = ""
    reply_label: str = ""
    replied_on: dt.date | None = None
    taught: str = ""
    email_subject: str = ""
    email_body: str = ""
    helper_text: str = ""
    packet_sent_on: dt.date | None = None
    experience_description: str = ""
    experience_reflection: str = ""
    experience_characteristic: str = ""
    allowed: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class PacketFileRecord:
    kind: str
    name: str
    content_type: str
    data: bytes


@dataclass(frozen=True)
class LetterRecords:
    """The letters' sections of one document, each item in the file's order."""

    requests: tuple[LetterRequestRecord, ...] = ()
    files: tuple[PacketFileRecord, ...] = ()
    entries: tuple[LetterEntryRecord, ...] = ()
    programs: tuple[ProgramRecord, ...] = ()
    assignments: tuple[AssignmentRecord, ...] = ()
    reminders: tuple[ReminderRecord, ...] = ()


@dataclass(frozen=True, kw_only=True)
class JoinedLetter:
    """One letter an import writes: its request and its ERAS entry, each as the file gives it
    or, where the file has only the other, a new one's defaults under the same writer, status
    and id; and where the file holds each (None for one it lacks)."""

    request: LetterRequestRecord
    entry: LetterEntryRecord
    request_place: Place | None
    entry_place: Place | None


def joined_letters(records: LetterRecords) -> tuple[JoinedLetter, ...]:
    """Every letter of a (read) document once: the requests in the file's order, each with the
    `letters` item of its id, then the `letters` items no request has, in the file's order."""
    entries = {entry.id: (index, entry) for index, entry in enumerate(records.entries)}
    joined = []
    for index, request in enumerate(records.requests):
        position, entry = entries.pop(request.id, (None, None)) if request.id else (None, None)
        joined.append(
            JoinedLetter(
                request=request,
                entry=entry
                or LetterEntryRecord(id=request.id, author=request.author, status=request.status),
                request_place=LETTER_REQUESTS.place(index),
                entry_place=None if position is None else LETTERS.place(position),
            )
        )
    for position, entry in entries.values():
        joined.append(
            JoinedLetter(
                request=LetterRequestRecord(id=entry.id, author=entry.author, status=entry.status),
                entry=entry,
                request_place=None,
                entry_place=LETTERS.place(position),
            )
        )
    return tuple(joined)


# Writing


def dump_letters(records: LetterRecords) -> dict[str, list[dict[str, Any]]]:
    """The letters' sections as the export writes them, each only when it has items."""
    sections: dict[str, list[dict[str, Any]]] = {}
    if records.requests:
        sections[LETTER_REQUESTS.key] = [_request_json(r) for r in records.requests]
    if records.files:
        sections[PACKET_FILES.key] = [_file_json(f) for f in records.files]
    ledger = (
        (LETTERS, records.entries),
        (PROGRAMS, records.programs),
        (ASSIGNMENTS, records.assignments),
        (REMINDERS, records.reminders),
    )
    for section, items in ledger:
        if items:
            sections[section.key] = ledger_json(section, items)
    return sections


def _request_json(record: LetterRequestRecord) -> dict[str, Any]:
    return {key: _json_value(getattr(record, key)) for key in LETTER_REQUEST_LABELS}


def _file_json(record: PacketFileRecord) -> dict[str, Any]:
    return {
        "kind": record.kind,
        "name": record.name,
        "content_type": record.content_type,
        "data_base64": base64.b64encode(record.data).decode("ascii"),
    }


def _json_value(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


# Reading


def _read_request(reader: Reader, raw: dict[str, Any], place: Place) -> LetterRequestRecord:
    def text(name: str, limit: int) -> str:
        return reader.text(raw, name, place, limit=limit)

    def day(name: str) -> dt.date | None:
        return reader.day(raw, name, place, required=False)

    return LetterRequestRecord(
        id=reader.optional_uuid(raw, "id", place),
        person_id=reader.optional_uuid(raw, "person_id", place),
        author=reader.text(raw, "author", place, required=True, limit=d.PERSON_NAME_MAX_LENGTH),
        status=reader.text(raw, "status", place, required=True, choices=STATUSES),
        asked_on=day("asked_on"),
        reply_text=text("reply_text", d.REPLY_MAX_LENGTH),
        reply_label=reader.text(raw, "reply_label", place, choices=tuple(REPLY_LABELS)),
        replied_on=day("replied_on"),
        taught=text("taught", d.TAUGHT_MAX_LENGTH),
        email_subject=text("email_subject", d.EMAIL_SUBJECT_MAX_LENGTH),
        email_body=text("email_body", d.PACKET_TEXT_MAX_LENGTH),
        helper_text=text("helper_text", d.PACKET_TEXT_MAX_LENGTH),
        packet_sent_on=day("packet_sent_on"),
        experience_description=text("experience_description", d.ERAS_DESCRIPTION_MAX),
        experience_reflection=text("experience_reflection", d.ERAS_REFLECTION_MAX),
        experience_characteristic=reader.text(
            raw,
            "experience_characteristic",
            place,
            choices=tuple(KEY_CHARACTERISTIC_LABELS),
        ),
        allowed=reader.words(raw, "allowed", place, d.ALLOWED_WORD_MAX_LENGTH),
    )


def _read_packet_file(reader: Reader, raw: dict[str, Any], place: Place) -> PacketFileRecord:
    content_type = reader.text(
        raw, "content_type", place, required=True, choices=tuple(CONTENT_TYPES.values())
    )
    data = _read_data(reader, raw, place)
    found = document_kind(data) if data else None
    if data and found is None:
        reader.fail(
            place.at("data_base64"), "this file is neither a PDF nor a Word (.docx) document."
        )
    elif found is not None and content_type and CONTENT_TYPES[found] != content_type:
        reader.fail(
            place.at("content_type"),
            f"the file is {_DOCUMENT_NAMES[found]}, so this must be "
            f"{quoted(CONTENT_TYPES[found])}.",
        )
    return PacketFileRecord(
        kind=reader.text(raw, "kind", place, required=True, choices=tuple(PACKET_FILE_KINDS)),
        name=reader.text(raw, "name", place, required=True, limit=d.PACKET_FILE_NAME_MAX_LENGTH),
        content_type=content_type,
        data=data,
    )


def _read_data(reader: Reader, raw: dict[str, Any], place: Place) -> bytes:
    """The file's bytes from its base64 text, at most PACKET_FILE_MAX_BYTES; b"" when they
    cannot be read (and a problem says why). The length is checked before decoding, so a
    huge field is refused unread."""
    where = place.at("data_base64")
    value = raw.get("data_base64")
    if value is None or value == "":
        reader.fail(where, "this is required: the file's bytes, written in base64.")
        return b""
    if not isinstance(value, str):
        reader.fail(where, f"this must be text (the file in base64), not {kind_of(value)}.")
        return b""
    too_large = f"the file is larger than {_megabytes(d.PACKET_FILE_MAX_BYTES)}; a packet file "
    if len(value) > BASE64_MAX_LENGTH:
        reader.fail(where, f"{too_large}holds at most that.")
        return b""
    try:
        data = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        reader.fail(where, "this is not base64 text (A–Z, a–z, 0–9, + and /, padded with =).")
        return b""
    if len(data) > d.PACKET_FILE_MAX_BYTES:
        reader.fail(where, f"{too_large}holds at most that.")
        return b""
    return data


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):g} MB"


def read_letters(reader: Reader, doc: dict[str, Any], person_ids: set[str]) -> LetterRecords:
    """The letters' sections of `doc`, every problem added to `reader`: each field valid, ids
    each their request's (or letter's, or program's) own, every `person_id` naming a person of
    the same document (`person_ids`), a request and its `letters` item agreeing on the writer
    and the status, at most LETTER_REQUESTS_MAX letters in all, the assignments' and
    reminders' ids naming a program and a letter of the same document (no program holding more
    than MAX_LETTERS_PER_PROGRAM), and at most one packet file of each kind."""
    requests = reader.read_all(doc, LETTER_REQUESTS, _read_request)
    request_ids = reader.unique_ids(LETTER_REQUESTS, [(index, r.id) for index, r in requests])
    for index, request in requests:
        if request.person_id and request.person_id not in person_ids:
            reader.fail(
                LETTER_REQUESTS.place(index).at("person_id"),
                f'no person in this file has the id "{request.person_id}".',
            )
    files = reader.read_all(doc, PACKET_FILES, _read_packet_file)
    _one_file_of_each_kind(reader, files)
    entries = read_entries(reader, doc)
    _entries_agree(reader, requests, entries)
    letter_ids = request_ids | {entry.id for _, entry in entries if entry.id}
    lone_entries = [entry for _, entry in entries if entry.id not in request_ids]
    _letters_within_limit(reader, len(requests) + len(lone_entries))
    programs = read_programs(reader, doc)
    program_ids = {program.id for _, program in programs if program.id}
    return LetterRecords(
        requests=_records(requests),
        files=_records(files),
        entries=_records(entries),
        programs=_records(programs),
        assignments=_records(read_assignments(reader, doc, program_ids, letter_ids)),
        reminders=_records(read_reminders(reader, doc, letter_ids)),
    )


def _records(items: Sequence[tuple[int, T]]) -> tuple[T, ...]:
    return tuple(record for _, record in items)


# The fields a request and its ERAS entry both hold, and what a problem calls each.
_AGREEING = {"author": "writer", "status": "status"}


def _entries_agree(
    reader: Reader,
    requests: Sequence[tuple[int, LetterRequestRecord]],
    entries: Sequence[tuple[int, LetterEntryRecord]],
) -> None:
    """A `letters` item says what its request says of the writer and the status: a letter has
    one of each, and the import could not tell which one to keep. A value refused already is
    not compared again."""
    by_id = {request.id: (index, request) for index, request in requests if request.id}
    for position, entry in entries:
        index, request = by_id.get(entry.id or "", (None, None))
        if index is None or request is None:
            continue
        for name, noun in _AGREEING.items():
            ours, theirs = getattr(entry, name), getattr(request, name)
            if ours and theirs and ours != theirs:
                reader.fail(
                    LETTERS.place(position).at(name),
                    f"{quoted(ours)} does not agree with letter request {index + 1}, whose "
                    f"{noun} is {quoted(theirs)}; a letter has one {noun}: make them the same.",
                )


def _letters_within_limit(reader: Reader, count: int) -> None:
    """The requests and the `letters` items without a request make the account's letters."""
    if count > d.LETTER_REQUESTS_MAX:
        reader.fail(
            LETTERS.title,
            f"with the letter requests, this file holds {count:,} letters; an account holds "
            f"at most {d.LETTER_REQUESTS_MAX:,}.",
        )


def _one_file_of_each_kind(reader: Reader, files: Sequence[tuple[int, PacketFileRecord]]) -> None:
    first_of_kind: dict[str, int] = {}
    for index, record in files:
        if not record.kind:
            continue
        if record.kind in first_of_kind:
            reader.fail(
                PACKET_FILES.place(index).at("kind"),
                f"packet file {first_of_kind[record.kind] + 1} is a "
                f"{PACKET_FILE_KINDS[record.kind]} too; an account keeps one of each.",
            )
        else:
            first_of_kind[record.kind] = index


def letters_size_problems(doc: dict[str, Any]) -> list[str]:
    """The problems of a document bringing more letter requests than an account holds
    (LETTER_REQUESTS_MAX), more packet files than it keeps (one of each kind), or more of the
    ledger's items (`ledger_size_problems`), counted without reading them (a section that is
    not a list counts as none; the reader refuses it later)."""

    def size(section: Section) -> int:
        items = doc.get(section.key)
        return len(items) if isinstance(items, list) else 0

    problems = []
    requests, files = size(LETTER_REQUESTS), size(PACKET_FILES)
    if requests > d.LETTER_REQUESTS_MAX:
        problems.append(
            f"This file holds {requests:,} letter requests; an account holds at most "
            f"{d.LETTER_REQUESTS_MAX:,}."
        )
    if files > len(PACKET_FILE_KINDS):
        problems.append(
            f"This file holds {files:,} packet files; an account keeps one CV and one "
            "personal statement."
        )
    return problems + ledger_size_problems(doc)


def letter_date_problems(records: LetterRecords, today: dt.date) -> list[str]:
    """What an import refuses in the letters' dates, given today: an ask, an answer or a
    packet sent after today (the services refuse the same), and the ledger's
    (`ledger_date_problems`)."""
    problems = []
    for index, record in enumerate(records.requests):
        for name, advice in DONE_ON.items():
            value = getattr(record, name)
            if value is not None and value > today:
                problems.append(
                    f"{LETTER_REQUESTS.place(index).at(name)}: {value.isoformat()} is after "
                    f"today ({today.isoformat()}); {advice}."
                )
    return problems + ledger_date_problems(records.entries, records.reminders, today)
