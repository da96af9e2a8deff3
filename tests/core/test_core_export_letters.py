"""The letters' sections of the export: the requests and packet files, and the ERAS ledger's
letters (with their status history), programs, assignments and reminders. Written only when
there is something in them, read back whole, joined into one letter per id, and every bad
field or link refused with its place in plain words."""

import base64
import io
import json
import zipfile
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lorkit.core import defaults
from lorkit.core.export_format import (
    SECTIONS,
    VERSION,
    ExportError,
    Workspace,
    check_envelope,
    dump_export,
    parse_export,
)
from lorkit.core.export_journal import JournalRecords, PersonRecord
from lorkit.core.export_ledger import (
    LETTER_LABELS,
    LETTERS,
    AssignmentRecord,
    LetterEntryRecord,
    ProgramRecord,
    ReminderRecord,
    StatusStepRecord,
)
from lorkit.core.export_letters import (
    BASE64_MAX_LENGTH,
    LETTER_REQUEST_LABELS,
    LETTER_REQUESTS,
    PACKET_FILE_KINDS,
    JoinedLetter,
    LetterRecords,
    LetterRequestRecord,
    PacketFileRecord,
    joined_letters,
    letter_date_problems,
    letters_size_problems,
)
from lorkit.core.ledger import GENERAL, LETTER_KIND_LABELS, LETTER_STATUS_LABELS
from lorkit.core.reminders import NUDGE_LABELS
from lorkit.core.replies import REPLY_LABELS
from lorkit.core.vocabulary import ERAS_SPECIALTIES, KEY_CHARACTERISTIC_LABELS, US_STATES

MARSH_ID = "7c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f"
LETTER_ID = "3d2a1b0c-9e8f-4a7b-8c6d-5e4f3a2b1c0d"
MISSING_ID = "e2a4c6d8-1b3f-4a5c-9e7d-0f2b4d6a8c0e"
NAIR_LETTER_ID = "5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e"
PROGRAM_ID = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d"
IM = "Internal Medicine"
PDF = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"


def docx_bytes() -> bytes:
    """The smallest zip `document_kind` reads as a Word document."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        # Dated, so that the bytes are the same on every call (zip stamps the clock).
        for name, xml in (
            ("[Content_Types].xml", "<Types/>"),
            ("word/document.xml", "<document/>"),
        ):
            archive.writestr(zipfile.ZipInfo(name, date_time=(2027, 1, 4, 0, 0, 0)), xml)
    return buffer.getvalue()


DOCX = docx_bytes()
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def letter_doc(**changes: Any) -> dict[str, Any]:
    return {
        "id": LETTER_ID,
        "person_id": MARSH_ID,
        "author": "Dr. Elena Marsh",
        "status": "agreed",
        "asked_on": "2026-10-20",
        "reply_text": "Happy to write you a strong letter.",
        "reply_label": "strong_yes",
        "replied_on": "2026-10-22",
        **changes,
    }


def entry_doc(**changes: Any) -> dict[str, Any]:
    """The `letters` item of the same letter: its ERAS entry and history."""
    return {
        "id": LETTER_ID,
        "author": "Dr. Elena Marsh",
        "title": "Associate Professor, Department of Medicine",
        "email": "e.marsh@example.org",
        "specialty": IM,
        "kind": "narrative",
        "chair": False,
        "waived": True,
        "letter_id": "",
        "status": "agreed",
        "requested_on": None,
        "received_on": None,
        "last_contact": "2026-10-22",
        "season": 2028,
        "strongest": True,
        "history": [
            {"status": "asked", "on": "2026-10-20", "note": ""},
            {"status": "agreed", "on": "2026-10-22", "note": "Said yes in the hallway."},
        ],
        **changes,
    }


def program_doc(**changes: Any) -> dict[str, Any]:
    return {
        "id": PROGRAM_ID,
        "name": "Lakeside Internal Medicine",
        "specialty": IM,
        "state": "OH",
        "signalled": True,
        "applied_on": None,
        **changes,
    }


def reminder_doc(**changes: Any) -> dict[str, Any]:
    return {
        "letter_id": LETTER_ID,
        "kind": "first_reminder",
        "cycle": "2026-10-25",
        "due": "2026-11-08",
        "sent_on": "2026-11-09",
        "digested_on": "2026-11-08",
        **changes,
    }


def file_doc(data: bytes = PDF, **changes: Any) -> dict[str, Any]:
    return {
        "kind": "cv",
        "name": "cv.pdf",
        "content_type": "application/pdf",
        "data_base64": base64.b64encode(data).decode("ascii"),
        **changes,
    }


def document(**sections: Any) -> dict[str, Any]:
    return {
        "format": "lorkit-export",
        "version": 2,
        "profile": {},
        "people": [{"id": MARSH_ID, "name": "Dr. Elena Marsh"}],
        **sections,
    }


def problems_of(doc: dict[str, Any]) -> list[str]:
    with pytest.raises(ExportError) as refused:
        parse_export(doc)
    return refused.value.problems


MARSH_LETTER = LetterRequestRecord(
    id=LETTER_ID,
    person_id=MARSH_ID,
    author="Dr. Elena Marsh",
    status="agreed",
    asked_on=date(2026, 10, 20),
    reply_text="Happy to write you a strong letter.",
    reply_label="strong_yes",
    replied_on=date(2026, 10, 22),
)
MARSH_ENTRY = LetterEntryRecord(
    id=LETTER_ID,
    author="Dr. Elena Marsh",
    title="Associate Professor, Department of Medicine",
    email="e.marsh@example.org",
    specialty=IM,
    status="agreed",
    last_contact=date(2026, 10, 22),
    season=2028,
    strongest=True,
    history=(
        StatusStepRecord(status="asked", on=date(2026, 10, 20)),
        StatusStepRecord(status="agreed", on=date(2026, 10, 22), note="Said yes in the hallway."),
    ),
)
LAKESIDE = ProgramRecord(
    id=PROGRAM_ID, name="Lakeside Internal Medicine", specialty=IM, state="OH", signalled=True
)
FIRST_REMINDER = ReminderRecord(
    letter_id=LETTER_ID,
    kind="first_reminder",
    cycle=date(2026, 10, 25),
    due=date(2026, 11, 8),
    sent_on=date(2026, 11, 9),
    digested_on=date(2026, 11, 8),
)


def ledger_document(**sections: Any) -> dict[str, Any]:
    """Marsh's letter in every section, assigned to Lakeside, with one reminder sent."""
    whole = {
        "letter_requests": [letter_doc()],
        "letters": [entry_doc()],
        "programs": [program_doc()],
        "assignments": [{"program_id": PROGRAM_ID, "letter_id": LETTER_ID}],
        "reminders": [reminder_doc()],
    }
    return document(**{**whole, **sections})


# Reading a good document


def test_a_letter_and_a_file_read_into_their_records() -> None:
    letters = parse_export(
        document(letter_requests=[letter_doc()], packet_files=[file_doc()])
    ).letters

    assert letters.requests == (MARSH_LETTER,)
    assert letters.files == (
        PacketFileRecord(kind="cv", name="cv.pdf", content_type="application/pdf", data=PDF),
    )


def test_a_whole_ledger_reads_into_its_records() -> None:
    letters = parse_export(ledger_document()).letters

    assert letters == LetterRecords(
        requests=(MARSH_LETTER,),
        entries=(MARSH_ENTRY,),
        programs=(LAKESIDE,),
        assignments=(AssignmentRecord(program_id=PROGRAM_ID, letter_id=LETTER_ID),),
        reminders=(FIRST_REMINDER,),
    )


def test_an_entry_needs_only_an_id_a_writer_and_a_status() -> None:
    doc = document(letters=[{"id": LETTER_ID, "author": "Dr. Lee", "status": "requested"}])

    [entry] = parse_export(doc).letters.entries

    assert entry == LetterEntryRecord(id=LETTER_ID, author="Dr. Lee", status="requested")
    assert (entry.specialty, entry.kind, entry.waived, entry.chair) == (
        GENERAL,
        "narrative",
        True,
        False,
    )


@pytest.mark.parametrize(
    ("specialty", "kind"),
    [("Emergency Medicine", "sloe"), ("Dermatology", "web_form"), (IM, "narrative")],
)
def test_an_entry_without_a_kind_is_the_usual_kind_for_its_specialty(
    specialty: str, kind: str
) -> None:
    doc = document(letters=[entry_doc(specialty=specialty, kind=None)])

    assert parse_export(doc).letters.entries[0].kind == kind


def test_an_ids_letters_may_be_written_in_capitals() -> None:
    doc = ledger_document(
        assignments=[{"program_id": PROGRAM_ID.upper(), "letter_id": LETTER_ID.upper()}]
    )

    assert parse_export(doc).letters.assignments == (
        AssignmentRecord(program_id=PROGRAM_ID, letter_id=LETTER_ID),
    )


# One letter per id


def test_a_request_and_its_entry_are_one_letter() -> None:
    letters = parse_export(ledger_document()).letters

    assert joined_letters(letters) == (
        JoinedLetter(
            request=MARSH_LETTER,
            entry=MARSH_ENTRY,
            request_place=LETTER_REQUESTS.place(0),
            entry_place=LETTERS.place(0),
        ),
    )


def test_an_entry_without_a_request_is_a_writer_never_asked_through_lorkit() -> None:
    nair = entry_doc(id=NAIR_LETTER_ID, author="Dr. Priya Nair", status="received")
    letters = parse_export(document(letter_requests=[letter_doc()], letters=[nair])).letters

    marsh, lone = joined_letters(letters)

    assert marsh.request == MARSH_LETTER and marsh.entry_place is None
    assert marsh.entry == LetterEntryRecord(id=LETTER_ID, author="Dr. Elena Marsh", status="agreed")
    assert lone.request == LetterRequestRecord(
        id=NAIR_LETTER_ID, author="Dr. Priya Nair", status="received"
    )
    assert (lone.entry.author, lone.request_place, lone.entry_place) == (
        "Dr. Priya Nair",
        None,
        LETTERS.place(0),
    )


def test_a_request_without_an_id_has_the_defaults_of_a_new_entry() -> None:
    doc = document(letter_requests=[{"author": "Dr. Kwame Mensah", "status": "asked"}])

    [letter] = joined_letters(parse_export(doc).letters)

    assert letter.entry == LetterEntryRecord(author="Dr. Kwame Mensah", status="asked")


def test_a_hand_written_letter_needs_only_a_writer_and_a_status() -> None:
    doc = document(letter_requests=[{"author": "Dr. Kwame Mensah", "status": "planned"}])

    assert parse_export(doc).letters.requests == (
        LetterRequestRecord(author="Dr. Kwame Mensah", status="planned"),
    )


def test_a_letter_whose_writer_left_the_journal_has_a_null_person() -> None:
    doc = document(letter_requests=[letter_doc(person_id=None)])

    assert parse_export(doc).letters.requests[0].person_id is None


def test_a_word_document_is_a_packet_file_too() -> None:
    doc = document(packet_files=[file_doc(DOCX, kind="personal_statement", content_type=DOCX_TYPE)])

    assert parse_export(doc).letters.files[0].data == DOCX


def test_a_document_without_letter_sections_reads_with_no_letters() -> None:
    assert parse_export(document()).letters == LetterRecords()


# Writing


LETTER_SECTION_KEYS = (
    "letter_requests",
    "packet_files",
    "letters",
    "programs",
    "assignments",
    "reminders",
)


def test_an_export_without_letters_has_no_letter_sections() -> None:
    doc = dump_export(Workspace())

    assert not set(LETTER_SECTION_KEYS) & set(doc)


def test_each_letter_section_is_written_only_when_it_has_items() -> None:
    doc = dump_export(Workspace(letters=LetterRecords(programs=(LAKESIDE,))))

    assert [key for key in doc if key in LETTER_SECTION_KEYS] == ["programs"]


def test_the_letter_sections_are_known_sections_of_version_2() -> None:
    assert VERSION == 2
    assert set(LETTER_SECTION_KEYS) <= set(SECTIONS)
    check_envelope(ledger_document())  # no "unknown section", and "letters" is no longer reserved


def test_a_letter_is_written_with_every_stable_key_in_order() -> None:
    workspace = Workspace(
        journal=JournalRecords(people=(PersonRecord(id=MARSH_ID, name="Dr. Elena Marsh"),)),
        letters=LetterRecords(requests=(MARSH_LETTER,), entries=(MARSH_ENTRY,)),
    )

    doc = dump_export(workspace)
    [request], [entry] = doc["letter_requests"], doc["letters"]

    assert list(request) == list(LETTER_REQUEST_LABELS)
    assert list(entry) == list(LETTER_LABELS)
    assert (request["asked_on"], request["packet_sent_on"], request["allowed"]) == (
        "2026-10-20",
        None,
        [],
    )
    assert entry["history"][1] == {
        "status": "agreed",
        "on": "2026-10-22",
        "note": "Said yes in the hallway.",
    }
    assert entry == entry_doc()


def test_the_history_is_written_in_one_place_and_the_status_in_both() -> None:
    assert "history" not in LETTER_REQUEST_LABELS and "history" in LETTER_LABELS
    assert set(LETTER_REQUEST_LABELS) & set(LETTER_LABELS) == {"id", "author", "status"}


def test_programs_assignments_and_reminders_are_written_as_flat_objects() -> None:
    doc = dump_export(Workspace(letters=parse_export(ledger_document()).letters))

    assert doc["programs"] == [program_doc()]
    assert doc["assignments"] == [{"program_id": PROGRAM_ID, "letter_id": LETTER_ID}]
    assert doc["reminders"] == [reminder_doc()]


def test_a_packet_file_is_written_as_base64() -> None:
    record = PacketFileRecord(kind="cv", name="cv.pdf", content_type="application/pdf", data=PDF)

    [written] = dump_export(Workspace(letters=LetterRecords(files=(record,))))["packet_files"]

    assert written == file_doc()
    assert base64.b64decode(written["data_base64"]) == PDF


# Each bad field, in plain words


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        (
            {"status": "maybe"},
            'Letter request 1, Status: "maybe" is not one of: '
            + ", ".join(sorted(LETTER_STATUS_LABELS))
            + ".",
        ),
        ({"status": None}, "Letter request 1, Status: this is required."),
        (
            {"reply_label": "yes"},
            'Letter request 1, Their answer: "yes" is not one of: '
            + ", ".join(sorted(REPLY_LABELS))
            + ".",
        ),
        ({"author": ""}, "Letter request 1, Writer: this is required."),
        (
            {"author": "x" * 151},
            "Letter request 1, Writer: this is 151 characters long; it can hold at most 150.",
        ),
        (
            {"asked_on": "20.10.2026"},
            'Letter request 1, Asked on: "20.10.2026" is not a date written YYYY-MM-DD.',
        ),
        (
            {"replied_on": "2026-02-30"},
            'Letter request 1, Answered on: "2026-02-30" is not a date written YYYY-MM-DD.',
        ),
        (
            {"packet_sent_on": 20261020},
            "Letter request 1, Packet sent on: 20261020 is not a date written YYYY-MM-DD.",
        ),
        ({"id": "letter-1"}, 'Letter request 1, Id: "letter-1" is not an id written like'),
        (
            {"person_id": MISSING_ID},
            "Letter request 1, Person in your journal: no person in this file has the id "
            f'"{MISSING_ID}".',
        ),
        (
            {"taught": "a\x00b"},
            "Letter request 1, Something specific they taught you: this text contains a NUL "
            "character (U+0000) at position 2.",
        ),
        (
            {"email_subject": 7},
            "Letter request 1, Email subject: this must be text, not a number.",
        ),
        (
            {"email_body": "x" * (defaults.PACKET_TEXT_MAX_LENGTH + 1)},
            "Letter request 1, Email: this is 4,001 characters long",
        ),
        (
            {"experience_reflection": "x" * 301},
            "Letter request 1, Most meaningful: reflection: this is 301 characters long",
        ),
        (
            {"experience_characteristic": "charm"},
            'Letter request 1, Key characteristic: "charm" is not one of: '
            + ", ".join(sorted(KEY_CHARACTERISTIC_LABELS))
            + ".",
        ),
        (
            {"allowed": "Vance"},
            "Letter request 1, Not patient identifiers: this must be a list of texts",
        ),
    ],
)
def test_each_bad_letter_field_is_named_in_plain_words(
    changes: dict[str, Any], problem: str
) -> None:
    [found] = problems_of(document(letter_requests=[letter_doc(**changes)]))

    assert found.startswith(problem)


def one_of(labels: Any) -> str:
    return ", ".join(sorted(labels)) + "."


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"id": None}, "Letter 1, Id: this is required."),
        ({"author": ""}, "Letter 1, Writer's full name: this is required."),
        (
            {"status": "maybe"},
            f'Letter 1, Status: "maybe" is not one of: {one_of(LETTER_STATUS_LABELS)}',
        ),
        ({"title": "t" * 201}, "Letter 1, Title and department: this is 201 characters long"),
        (
            {"email": "marsh at example"},
            'Letter 1, Writer\'s email (as in MyERAS): "marsh at example" is not an email address.',
        ),
        ({"specialty": "Cardiology"}, 'Letter 1, Meant for: "Cardiology" is not one of:'),
        (
            {"kind": "video"},
            f'Letter 1, Kind of letter: "video" is not one of: {one_of(LETTER_KIND_LABELS)}',
        ),
        (
            {"chair": "yes"},
            "Letter 1, Meets a department-chair requirement: this must be true or false, not text.",
        ),
        (
            {"waived": 0},
            "Letter 1, I waive my right to see this letter: this must be true or false, not a "
            "number.",
        ),
        (
            {"letter_id": "L" * 41},
            "Letter 1, Letter ID: this is 41 characters long; it can hold at most 40.",
        ),
        (
            {"requested_on": "3 Feb"},
            'Letter 1, Requested in MyERAS on: "3 Feb" is not a date written YYYY-MM-DD.',
        ),
        ({"received_on": 2027}, "Letter 1, Received on: 2027 is not a date written YYYY-MM-DD."),
        (
            {"last_contact": "2026-13-01"},
            'Letter 1, Last contact with the writer: "2026-13-01" is not a date written',
        ),
        ({"season": "2028"}, 'Letter 1, Season (ERAS year): "2028" is not a season year such'),
        ({"season": 1999}, "Letter 1, Season (ERAS year): 1999 is not a season year such"),
        (
            {"strongest": None, "chair": []},
            "Letter 1, Meets a department-chair requirement: this must be true or false, not a "
            "list.",
        ),
        (
            {"history": {"status": "asked"}},
            "Letter 1, History: this must be a list of steps […], not an object.",
        ),
        ({"history": ["asked"]}, "Letter 1, History step 1: this must be an object {…}, not text."),
        (
            {
                "history": [
                    {"status": "asked", "on": "2026-10-20"},
                    {"status": "yes", "on": "2026-10-22"},
                ]
            },
            'Letter 1, History step 2, Status: "yes" is not one of:',
        ),
        ({"history": [{"status": "asked"}]}, "Letter 1, History step 1, Day: this is required."),
        (
            {"history": [{"status": "asked", "on": "2026-10-20", "note": "n" * 201}]},
            "Letter 1, History step 1, Note: this is 201 characters long",
        ),
        (
            {"history": [{"status": "asked", "on": "2026-10-20"}] * 51},
            "Letter 1, History: this has 51 steps; a letter's history holds at most 50.",
        ),
    ],
)
def test_each_bad_entry_field_is_named_in_plain_words(
    changes: dict[str, Any], problem: str
) -> None:
    [found] = problems_of(document(letter_requests=[letter_doc()], letters=[entry_doc(**changes)]))

    assert found.startswith(problem), found


def test_a_letter_has_one_status_even_written_twice() -> None:
    doc = document(letter_requests=[letter_doc()], letters=[entry_doc(status="received")])

    assert problems_of(doc) == [
        'Letter 1, Status: "received" does not agree with letter request 1, whose status is '
        '"agreed"; a letter has one status: make them the same.'
    ]


def test_a_letter_has_one_writer_even_written_twice() -> None:
    doc = document(letter_requests=[letter_doc()], letters=[entry_doc(author="Dr. E. Marsh")])

    assert problems_of(doc) == [
        'Letter 1, Writer\'s full name: "Dr. E. Marsh" does not agree with letter request 1, '
        'whose writer is "Dr. Elena Marsh"; a letter has one writer: make them the same.'
    ]


def test_two_entries_with_one_id_are_refused_at_the_second() -> None:
    doc = document(letters=[entry_doc(), entry_doc()])

    assert problems_of(doc) == [
        "Letter 2, Id: letter 1 has the same id; each letter needs its own."
    ]


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"id": "program-1"}, 'Program 1, Id: "program-1" is not an id written like'),
        ({"name": None}, "Program 1, Program name: this is required."),
        ({"name": "n" * 201}, "Program 1, Program name: this is 201 characters long"),
        ({"specialty": GENERAL}, 'Program 1, Specialty: "General" is not one of:'),
        ({"specialty": ""}, "Program 1, Specialty: this is required."),
        ({"state": "Ohio"}, 'Program 1, State: "Ohio" is not one of:'),
        (
            {"signalled": "true"},
            "Program 1, I sent this program a signal: this must be true or false, not text.",
        ),
        ({"applied_on": "soon"}, 'Program 1, Applied on: "soon" is not a date written YYYY-MM-DD.'),
    ],
)
def test_each_bad_program_field_is_named_in_plain_words(
    changes: dict[str, Any], problem: str
) -> None:
    [found] = problems_of(ledger_document(programs=[program_doc(**changes)], assignments=[]))

    assert found.startswith(problem), found


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"letter_id": None}, "Reminder 1, Letter: this is required."),
        (
            {"kind": "nag"},
            f'Reminder 1, Kind: "nag" is not one of: {one_of(NUDGE_LABELS)}',
        ),
        ({"cycle": None}, "Reminder 1, Round: this is required."),
        ({"due": "next week"}, 'Reminder 1, Due: "next week" is not a date written YYYY-MM-DD.'),
        ({"sent_on": "2026-02-30"}, 'Reminder 1, Sent on: "2026-02-30" is not a date written'),
        (
            {"sent_on": "2026-10-24"},
            "Reminder 1, Sent on: 2026-10-24 is before its round began (2026-10-25); it cannot "
            "have gone before then.",
        ),
        ({"digested_on": []}, "Reminder 1, Listed in a digest on: a list is not a date"),
        (
            {"letter_id": MISSING_ID},
            f'Reminder 1, Letter: no letter in this file has the id "{MISSING_ID}".',
        ),
    ],
)
def test_each_bad_reminder_field_is_named_in_plain_words(
    changes: dict[str, Any], problem: str
) -> None:
    [found] = problems_of(ledger_document(reminders=[reminder_doc(**changes)]))

    assert found.startswith(problem), found


def test_a_letter_keeps_one_follow_up_of_each_kind_a_round() -> None:
    again = reminder_doc(sent_on=None)
    next_round = reminder_doc(cycle="2026-12-01", due="2026-12-15", sent_on=None)

    assert problems_of(ledger_document(reminders=[reminder_doc(), next_round, again])) == [
        "Reminder 3, Kind: reminder 1 is the same follow-up of the same letter and round "
        "(First reminder, 2026-10-25); each is kept once."
    ]


# Assignments: ids of the same file, once each, at most four letters a program

LETTER_IDS = [f"00000000-0000-4000-8000-00000000000{n}" for n in range(1, 6)]
OTHER_PROGRAM_ID = "1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b"


def five_letters(**sections: Any) -> dict[str, Any]:
    """Five letters (requests only) and two programs."""
    return document(
        letter_requests=[
            {"id": letter_id, "author": f"Dr. Writer {n}", "status": "agreed"}
            for n, letter_id in enumerate(LETTER_IDS, start=1)
        ],
        programs=[program_doc(), program_doc(id=OTHER_PROGRAM_ID, name="Riverside")],
        **sections,
    )


def assign(program_id: str, *letter_ids: str) -> list[dict[str, str]]:
    return [{"program_id": program_id, "letter_id": letter_id} for letter_id in letter_ids]


def test_a_program_holds_four_letters() -> None:
    doc = five_letters(assignments=assign(PROGRAM_ID, *LETTER_IDS[:4]))

    assert len(parse_export(doc).letters.assignments) == defaults.MAX_LETTERS_PER_PROGRAM == 4


def test_a_fifth_assignment_to_a_program_is_refused() -> None:
    doc = five_letters(
        assignments=[
            *assign(PROGRAM_ID, *LETTER_IDS[:2]),
            *assign(OTHER_PROGRAM_ID, *LETTER_IDS),  # the other program's 5th is refused
            *assign(PROGRAM_ID, *LETTER_IDS[2:]),
        ]
    )

    assert problems_of(doc) == [
        "Assignment 7, Program: this program already holds 4 letters (assignments 3, 4, 5 and "
        "6); a program receives at most 4.",
        "Assignment 10, Program: this program already holds 4 letters (assignments 1, 2, 8 and "
        "9); a program receives at most 4.",
    ]


def test_a_letter_is_assigned_to_a_program_once() -> None:
    doc = five_letters(assignments=assign(PROGRAM_ID, LETTER_IDS[0], LETTER_IDS[1], LETTER_IDS[0]))

    assert problems_of(doc) == [
        "Assignment 3, Letter: assignment 1 gives this letter to the same program already."
    ]


def test_an_assignment_names_a_program_and_a_letter_of_the_same_file() -> None:
    doc = five_letters(
        assignments=[
            {"program_id": MISSING_ID, "letter_id": LETTER_IDS[0]},
            {"program_id": PROGRAM_ID, "letter_id": MARSH_ID},  # a person's id, not a letter's
            {"program_id": "lakeside"},
        ]
    )

    # Each field is read first, then the links between the sections are checked.
    assert problems_of(doc) == [
        'Assignment 3, Program: "lakeside" is not an id written like '
        "6f1c0a52-3d4b-4e8f-9a51-2b7c1d9e0f34.",
        "Assignment 3, Letter: this is required.",
        f'Assignment 1, Program: no program in this file has the id "{MISSING_ID}".',
        f'Assignment 2, Letter: no letter in this file has the id "{MARSH_ID}".',
    ]


def test_a_letter_only_in_the_letters_section_can_be_assigned_and_reminded() -> None:
    nair = entry_doc(id=NAIR_LETTER_ID, author="Dr. Priya Nair")
    doc = document(
        letters=[nair],
        programs=[program_doc()],
        assignments=assign(PROGRAM_ID, NAIR_LETTER_ID),
        reminders=[reminder_doc(letter_id=NAIR_LETTER_ID)],
    )

    letters = parse_export(doc).letters

    assert letters.assignments[0].letter_id == letters.reminders[0].letter_id == NAIR_LETTER_ID


def test_two_letters_with_one_id_are_refused_at_the_second() -> None:
    doc = document(letter_requests=[letter_doc(), letter_doc()])

    assert problems_of(doc) == [
        "Letter request 2, Id: letter request 1 has the same id; each letter request needs its own."
    ]


def test_the_letter_section_must_be_a_list_of_objects() -> None:
    assert problems_of(document(letter_requests={"author": "Dr. Lee"})) == [
        "Letter requests: this section must be a list, not an object."
    ]
    assert problems_of(document(letter_requests=["Dr. Lee"])) == [
        "Letter request 1: this must be an object {…}, not text."
    ]


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"kind": "cover_letter"}, 'Packet file 1, Kind: "cover_letter" is not one of: cv,'),
        ({"name": ""}, "Packet file 1, File name: this is required."),
        ({"content_type": "text/plain"}, 'Packet file 1, Content type: "text/plain" is not one'),
        (
            {"content_type": DOCX_TYPE},
            'Packet file 1, Content type: the file is a PDF, so this must be "application/pdf".',
        ),
        (
            {"data_base64": "not base64!"},
            "Packet file 1, Content: this is not base64 text",
        ),
        ({"data_base64": None}, "Packet file 1, Content: this is required"),
        ({"data_base64": [1, 2]}, "Packet file 1, Content: this must be text (the file in base64)"),
        (
            {"data_base64": base64.b64encode(b"just some words").decode()},
            "Packet file 1, Content: this file is neither a PDF nor a Word (.docx) document.",
        ),
        (
            {"data_base64": "A" * (BASE64_MAX_LENGTH + 4)},
            "Packet file 1, Content: the file is larger than 2 MB",
        ),
    ],
)
def test_each_bad_packet_file_field_is_named_in_plain_words(
    changes: dict[str, Any], problem: str
) -> None:
    [found] = problems_of(document(packet_files=[file_doc(**changes)]))

    assert found.startswith(problem)


def test_a_file_just_over_the_cap_is_refused_once_decoded() -> None:
    data = PDF + b"0" * (defaults.PACKET_FILE_MAX_BYTES - len(PDF) + 1)
    assert len(base64.b64encode(data)) <= BASE64_MAX_LENGTH  # passes the length check

    [found] = problems_of(document(packet_files=[file_doc(data)]))

    assert found.startswith("Packet file 1, Content: the file is larger than 2 MB")


def test_a_file_at_the_cap_is_kept() -> None:
    data = PDF + b"0" * (defaults.PACKET_FILE_MAX_BYTES - len(PDF))

    assert parse_export(document(packet_files=[file_doc(data)])).letters.files[0].data == data


def test_an_account_keeps_one_file_of_each_kind() -> None:
    doc = document(packet_files=[file_doc(), file_doc(name="cv-2.pdf")])

    assert problems_of(doc) == [
        "Packet file 2, Kind: packet file 1 is a CV too; an account keeps one of each."
    ]


def test_every_problem_in_the_letters_is_listed_at_once() -> None:
    doc = document(
        letter_requests=[letter_doc(status="maybe"), letter_doc(id=None, reply_label="yes")],
        packet_files=[file_doc(kind="memo")],
        letters=[entry_doc(kind="memo")],
        programs=[program_doc(state="XX")],
        assignments=assign(MISSING_ID, LETTER_ID),
        reminders=[reminder_doc(kind="memo")],
    )

    assert [problem.split(":")[0] for problem in problems_of(doc)] == [
        "Letter request 1, Status",
        "Letter request 2, Their answer",
        "Packet file 1, Kind",
        "Letter 1, Kind of letter",
        "Program 1, State",
        "Assignment 1, Program",
        "Reminder 1, Kind",
    ]


# Checks made before reading, and against today


def test_too_many_letters_or_files_are_refused_by_their_counts() -> None:
    doc: dict[str, Any] = {
        "letter_requests": [{}] * (defaults.LETTER_REQUESTS_MAX + 1),
        "packet_files": [{}] * 3,
    }

    assert letters_size_problems(doc) == [
        f"This file holds {defaults.LETTER_REQUESTS_MAX + 1:,} letter requests; an account "
        f"holds at most {defaults.LETTER_REQUESTS_MAX:,}.",
        "This file holds 3 packet files; an account keeps one CV and one personal statement.",
    ]
    assert letters_size_problems({"letter_requests": "many", "packet_files": [{}, {}]}) == []


def test_too_many_ledger_items_are_refused_by_their_counts() -> None:
    most_assignments = defaults.PROGRAMS_MAX * defaults.MAX_LETTERS_PER_PROGRAM
    doc: dict[str, Any] = {
        "letters": [{}] * (defaults.LETTER_REQUESTS_MAX + 1),
        "programs": [{}] * (defaults.PROGRAMS_MAX + 1),
        "assignments": [{}] * (most_assignments + 1),
        "reminders": [{}] * (defaults.REMINDERS_IMPORT_MAX + 1),
    }

    assert letters_size_problems(doc) == [
        f"This file holds {defaults.LETTER_REQUESTS_MAX + 1:,} letters; an account holds at "
        f"most {defaults.LETTER_REQUESTS_MAX:,}.",
        f"This file holds {defaults.PROGRAMS_MAX + 1:,} programs; an account holds at most "
        f"{defaults.PROGRAMS_MAX:,}.",
        f"This file holds {most_assignments + 1:,} assignments; {defaults.PROGRAMS_MAX:,} "
        f"programs hold at most {most_assignments:,}.",
        f"This file holds {defaults.REMINDERS_IMPORT_MAX + 1:,} reminders; an import brings at "
        f"most {defaults.REMINDERS_IMPORT_MAX:,}.",
    ]
    at_the_limits = {key: items[:-1] for key, items in doc.items()}
    assert letters_size_problems(at_the_limits) == []


def test_requests_and_lone_entries_together_count_against_the_letters_an_account_holds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(defaults, "LETTER_REQUESTS_MAX", 2)
    nair = entry_doc(id=NAIR_LETTER_ID, author="Dr. Priya Nair")
    two = document(letter_requests=[letter_doc()], letters=[entry_doc(), nair])

    assert parse_export(two).letters.entries[1].author == "Dr. Priya Nair"
    assert problems_of(
        document(**{**two, "letter_requests": [letter_doc(), letter_doc(id=None)]})
    ) == [
        "Letters: with the letter requests, this file holds 3 letters; an account holds at most 2."
    ]


def test_an_ask_an_answer_or_a_packet_after_today_is_refused() -> None:
    records = LetterRecords(
        requests=(
            MARSH_LETTER,
            LetterRequestRecord(
                author="Dr. Kwame Mensah",
                asked_on=date(2026, 11, 22),
                packet_sent_on=date(2026, 12, 1),
            ),
        )
    )

    assert letter_date_problems(records, today=date(2026, 11, 21)) == [
        "Letter request 2, Asked on: 2026-11-22 is after today (2026-11-21); record the ask "
        "once it has happened.",
        "Letter request 2, Packet sent on: 2026-12-01 is after today (2026-11-21); record the "
        "packet as sent once it has gone.",
    ]
    assert letter_date_problems(records, today=date(2026, 12, 1)) == []


def test_a_letter_requested_or_received_or_a_reminder_sent_after_today_is_refused() -> None:
    records = LetterRecords(
        entries=(
            MARSH_ENTRY,
            LetterEntryRecord(
                id=NAIR_LETTER_ID,
                author="Dr. Priya Nair",
                requested_on=date(2026, 11, 10),
                received_on=date(2026, 11, 12),
            ),
        ),
        reminders=(FIRST_REMINDER,),
    )

    assert letter_date_problems(records, today=date(2026, 11, 8)) == [
        "Letter 2, Requested in MyERAS on: 2026-11-10 is after today (2026-11-08); record the "
        "request once it is made in MyERAS.",
        "Letter 2, Received on: 2026-11-12 is after today (2026-11-08); record the letter as "
        "received once it has come.",
        "Reminder 1, Sent on: 2026-11-09 is after today (2026-11-08); mark it sent once it has "
        "gone.",
    ]
    assert letter_date_problems(records, today=date(2026, 11, 12)) == []


# Export then read is the identity

ids = st.uuids(version=4).map(str)
texts = st.text(
    st.characters(blacklist_categories=("Cc", "Cs"), whitelist_characters="\n\t"), max_size=40
)
days = st.dates(date(2000, 1, 1), date(2100, 12, 31))
maybe_days = st.one_of(st.none(), days)
statuses = st.sampled_from(sorted(LETTER_STATUS_LABELS))
steps = st.builds(StatusStepRecord, status=statuses, on=days, note=texts)
emails = st.sampled_from(["", "e.marsh@example.org", "k.mensah@example.edu"])


@st.composite
def request_records(draw: st.DrawFn, request_id: str | None, person_ids: list[str]) -> Any:
    return LetterRequestRecord(
        id=request_id,
        person_id=draw(st.one_of(st.none(), st.sampled_from(person_ids))),
        author=draw(texts.filter(bool)),
        status=draw(statuses),
        asked_on=draw(maybe_days),
        reply_text=draw(texts),
        reply_label=draw(st.sampled_from(["", *REPLY_LABELS])),
        replied_on=draw(maybe_days),
        taught=draw(texts),
        email_subject=draw(texts),
        email_body=draw(texts),
        helper_text=draw(texts),
        packet_sent_on=draw(maybe_days),
        experience_description=draw(texts),
        experience_reflection=draw(texts),
        experience_characteristic=draw(st.sampled_from(["", *KEY_CHARACTERISTIC_LABELS])),
        allowed=tuple(draw(st.lists(texts.filter(bool), max_size=3, unique=True))),
    )


@st.composite
def entry_records(draw: st.DrawFn, entry_id: str, author: str, status: str) -> Any:
    return LetterEntryRecord(
        id=entry_id,
        author=author,
        title=draw(texts),
        email=draw(emails),
        specialty=draw(st.sampled_from([GENERAL, *ERAS_SPECIALTIES])),
        kind=draw(st.sampled_from(sorted(LETTER_KIND_LABELS))),
        chair=draw(st.booleans()),
        waived=draw(st.booleans()),
        letter_id=draw(texts),
        status=status,
        requested_on=draw(maybe_days),
        received_on=draw(maybe_days),
        last_contact=draw(maybe_days),
        season=draw(st.one_of(st.none(), st.integers(2000, 2100))),
        strongest=draw(st.booleans()),
        history=tuple(draw(st.lists(steps, max_size=4))),
    )


programs = st.builds(
    ProgramRecord,
    id=ids,
    name=texts.filter(bool),
    specialty=st.sampled_from(ERAS_SPECIALTIES),
    state=st.sampled_from(["", *US_STATES]),
    signalled=st.booleans(),
    applied_on=maybe_days,
)


@st.composite
def reminder_records(draw: st.DrawFn, letter_ids: list[str]) -> tuple[ReminderRecord, ...]:
    """Follow-ups of the letters, one of each kind a round, none sent before its round."""
    keys = st.tuples(st.sampled_from(letter_ids), st.sampled_from(sorted(NUDGE_LABELS)), days)
    reminders = []
    for letter_id, kind, cycle in draw(st.lists(keys, max_size=5, unique=True)):
        sent = draw(st.one_of(st.none(), st.dates(cycle, date(2100, 12, 31))))
        reminders.append(
            ReminderRecord(
                letter_id=letter_id,
                kind=kind,
                cycle=cycle,
                due=draw(days),
                sent_on=sent,
                digested_on=draw(maybe_days),
            )
        )
    return tuple(reminders)


@st.composite
def letter_records(draw: st.DrawFn, person_ids: list[str]) -> LetterRecords:
    """Requests (some without an id), the entries of some of them, entries without a request,
    programs holding at most four letters each, follow-ups and packet files."""
    all_ids = draw(st.lists(ids, max_size=8, unique=True))
    request_ids = [draw(st.one_of(st.none(), st.just(i))) for i in all_ids[:4]]
    requests = [draw(request_records(request_id, person_ids)) for request_id in request_ids]
    entries = [
        draw(entry_records(r.id, r.author, r.status))
        for r in requests
        if r.id and draw(st.booleans())
    ]
    for lone_id in all_ids[4:]:
        entries.append(draw(entry_records(lone_id, draw(texts.filter(bool)), draw(statuses))))
    letter_ids = [i for i in request_ids if i] + all_ids[4:]
    chosen_programs = draw(st.lists(programs, max_size=3, unique_by=lambda p: p.id))
    assignments = [
        AssignmentRecord(program_id=program.id, letter_id=letter_id)
        for program in chosen_programs
        for letter_id in draw(
            st.lists(st.sampled_from(letter_ids), max_size=4, unique=True)
            if letter_ids
            else st.just([])
        )
    ]
    return LetterRecords(
        requests=tuple(requests),
        files=draw(packet_files()),
        entries=tuple(entries),
        programs=tuple(chosen_programs),
        assignments=tuple(assignments),
        reminders=draw(reminder_records(letter_ids)) if letter_ids else (),
    )


@st.composite
def packet_files(draw: st.DrawFn) -> tuple[PacketFileRecord, ...]:
    files = []
    for kind in draw(st.lists(st.sampled_from(sorted(PACKET_FILE_KINDS)), unique=True)):
        is_pdf = draw(st.booleans())
        data = PDF + draw(st.binary(max_size=64)) if is_pdf else DOCX
        files.append(
            PacketFileRecord(
                kind=kind,
                name=draw(texts.filter(bool)),
                content_type="application/pdf" if is_pdf else DOCX_TYPE,
                data=data,
            )
        )
    return tuple(files)


@settings(max_examples=150)
@given(data=st.data(), person_ids=st.lists(ids, min_size=1, max_size=3, unique=True))
def test_letters_survive_export_and_reading(data: st.DataObject, person_ids: list[str]) -> None:
    people = tuple(PersonRecord(id=pid, name=f"Dr. Person {n}") for n, pid in enumerate(person_ids))
    workspace = Workspace(
        journal=JournalRecords(people=people),
        letters=data.draw(letter_records(person_ids)),
    )

    assert parse_export(json.loads(json.dumps(dump_export(workspace)))) == workspace


@given(data=st.data(), person_ids=st.lists(ids, min_size=1, max_size=3, unique=True))
def test_every_letter_of_a_document_is_joined_once(
    data: st.DataObject, person_ids: list[str]
) -> None:
    records = data.draw(letter_records(person_ids))

    joined = joined_letters(records)

    assert [letter.request for letter in joined if letter.request_place] == list(records.requests)
    assert sorted(letter.entry_place.name for letter in joined if letter.entry_place) == sorted(
        LETTERS.place(index).name for index in range(len(records.entries))
    )
    for letter in joined:
        assert (letter.request.id, letter.request.author, letter.request.status) == (
            letter.entry.id,
            letter.entry.author,
            letter.entry.status,
        )
