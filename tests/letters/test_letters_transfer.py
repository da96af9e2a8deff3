"""Letters in a backup: export then import into a fresh account is the identity for the
requests, their ERAS entries and history, the programs and their letters, the follow-ups and
the packet files; an import never sends a follow-up again; writer links stay out; a bad letter
section changes nothing; and a document without the sections (every older one) still imports."""

from __future__ import annotations

import base64
import io
import json
import uuid
import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from lorkit.accounts.models import User
from lorkit.backup.services import workspace_export, workspace_has_content, workspace_import
from lorkit.core import defaults
from lorkit.core.export_format import ExportError
from lorkit.core.export_ledger import LETTER_LABELS, PROGRAM_LABELS
from lorkit.core.export_letters import (
    BASE64_MAX_LENGTH,
    CONTENT_TYPES,
    LETTER_REQUEST_LABELS,
    PACKET_FILE_KINDS,
)
from lorkit.core.ledger import LETTER_KIND_LABELS, LETTER_STATUS_LABELS, LetterStatus
from lorkit.core.reminders import NUDGE_LABELS
from lorkit.core.replies import REPLY_LABELS
from lorkit.journal.models import Person
from lorkit.journal.services import person_save
from lorkit.letters.ledger_forms import LetterEntryForm
from lorkit.letters.models import (
    Assignment,
    LetterRequest,
    PacketFile,
    Program,
    Reminder,
    StatusChange,
    WriterLink,
)
from lorkit.letters.program_forms import ProgramForm
from lorkit.letters.program_services import assignment_set, program_save
from lorkit.letters.reminder_services import reminder_mark_sent, reminders_sync
from lorkit.letters.services import (
    FILE_TYPES,
    ask_record,
    letter_entry_save,
    letter_request_start,
    packet_file_save,
    packet_sent,
    reply_record,
    status_set,
    texts_save,
    writer_link_issue,
)
from lorkit.plans.models import Rotation

TODAY = date(2027, 2, 10)
IM = "Internal Medicine"
STRONG_YES = (
    "Of course. I would be happy to write you a strong letter; you were one of the most "
    "dependable students on the team this block."
)
LUKEWARM = (
    "Sure, I can put a letter together for you, though I am not certain how much detail I can give."
)
POLITE_NO = "I only worked with you briefly, so I may not be the best person to write this."
# A helper the applicant saved after marking "Vance" (an eponym) as not an identifier.
HELPER = "Cases I followed:\n- Explained the Vance protocol on rounds and taught it to a student."
PDF = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
README = Path(__file__).resolve().parents[2] / "README.md"


def docx_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        # Dated, so that the bytes are the same on every call (zip stamps the clock).
        for name, xml in (
            ("[Content_Types].xml", "<Types/>"),
            ("word/document.xml", "<document/>"),
        ):
            archive.writestr(zipfile.ZipInfo(name, date_time=(2027, 1, 4, 0, 0, 0)), xml)
    return buffer.getvalue()


def person(owner: User, name: str, rotation: Rotation) -> Person:
    return person_save(owner=owner, person=Person(name=name), rotation_ids=[rotation.pk])


@pytest.fixture
def letters_owner(owner: User, rotation: Rotation, set_today: Callable[[date], date]) -> User:
    """The owner with four letters (agreed and sent then requested, lukewarm, declined by a
    writer since removed from the journal, and one entered in MyERAS for a writer never asked
    through lorkit, received), two programs holding three letters and one, a thank-you sent,
    both packet files and a writer link."""
    set_today(TODAY)
    marsh = person(owner, "Dr. Elena Marsh", rotation)
    letter_request_start(owner=owner, person=marsh, today=date(2027, 1, 25))
    letter = ask_record(owner=owner, person=marsh, on=date(2027, 1, 27), today=TODAY)
    reply_record(owner=owner, request=letter, text=STRONG_YES, on=date(2027, 1, 29), today=TODAY)
    texts = {
        "taught": "how to lead a presentation with the assessment",
        "email_subject": "Thank you and LoR materials – Alice Example, January 2027",
        "email_body": "Dear Dr. Marsh,\n\nThank you for agreeing to write for me.",
        "helper_text": HELPER,
        "experience_description": "Four weeks on the inpatient medicine team.",
    }
    texts_save(owner=owner, request=letter, texts=texts, allowed=["Vance"])
    packet_sent(owner=owner, request=letter, on=date(2027, 2, 1), today=TODAY)
    status_set(owner=owner, request=letter, status=LetterStatus.REQUESTED, on=date(2027, 2, 3))
    LetterRequest.objects.filter(pk=letter.pk).update(
        letter_id="L0042",
        experience_characteristic="communication",
        author_title="Associate Professor, Department of Medicine",
        author_email="e.marsh@example.org",
        last_contact=date(2027, 1, 29),
        strongest=True,
    )
    writer_link_issue(request=letter)

    mensah = person(owner, "Dr. Kwame Mensah", rotation)
    lukewarm = ask_record(owner=owner, person=mensah, on=date(2027, 2, 2), today=TODAY)
    reply_record(owner=owner, request=lukewarm, text=LUKEWARM, on=date(2027, 2, 4), today=TODAY)

    ortiz = person(owner, "Dr. Samuel Ortiz", rotation)
    declined = ask_record(owner=owner, person=ortiz, on=date(2027, 2, 5), today=TODAY)
    reply_record(owner=owner, request=declined, text=POLITE_NO, on=date(2027, 2, 6), today=TODAY)
    ortiz.delete()

    nair = LetterRequest(
        author="Dr. Priya Nair",
        author_title="Program Director, Internal Medicine",
        author_email="p.nair@example.org",
        specialty=IM,
        chair=True,
        waived=False,
        letter_id="L0007",
    )
    letter_entry_save(
        owner=owner, letter=nair, status=LetterStatus.RECEIVED, on=date(2027, 1, 20), today=TODAY
    )
    Reminder.objects.create(
        request=nair,
        kind="thanks_submitted",
        cycle=date(2027, 1, 20),
        due=date(2027, 2, 8),
        sent_on=date(2027, 2, 9),
        digested_on=date(2027, 2, 8),
    )

    lakeside = program(owner, "Lakeside Internal Medicine", IM, state="OH", signalled=True)
    riverside = program(owner, "Riverside Family Medicine", "Family Medicine")
    assignment_set(
        owner=owner, program=lakeside, letter_ids=[nair.pk, letter.pk, lukewarm.pk], today=TODAY
    )
    assignment_set(owner=owner, program=riverside, letter_ids=[nair.pk], today=TODAY)
    lakeside.applied_on = date(2027, 2, 9)  # applied: ERAS has locked its letters
    program_save(owner=owner, program=lakeside)

    packet_file_save(owner=owner, kind="cv", name="Alice CV.pdf", data=PDF)
    packet_file_save(owner=owner, kind="personal_statement", name="draft.docx", data=docx_bytes())
    return owner


def program(owner: User, name: str, specialty: str, **fields: Any) -> Program:
    return program_save(owner=owner, program=Program(name=name, specialty=specialty, **fields))


def round_trip(document: dict[str, Any]) -> dict[str, Any]:
    document = json.loads(json.dumps(document))
    assert isinstance(document, dict)
    return document


def letters_state() -> tuple[object, ...]:
    """Every letter row an import could touch, and the people they name, read fresh."""
    return (
        tuple(LetterRequest.objects.order_by("pk").values_list()),
        tuple(StatusChange.objects.order_by("pk").values_list()),
        tuple(PacketFile.objects.order_by("pk").values_list("pk", "owner", "kind", "name", "size")),
        tuple(WriterLink.objects.order_by("pk").values_list("pk", "request")),
        tuple(Program.objects.order_by("pk").values_list()),
        tuple(Assignment.objects.order_by("pk").values_list()),
        tuple(Reminder.objects.order_by("pk").values_list()),
        tuple(Person.objects.order_by("pk").values_list("pk", "owner", "name")),
        tuple(Rotation.objects.order_by("pk").values_list("pk", "owner", "site")),
    )


# The identity


def test_the_export_holds_each_letter_its_history_and_the_files(letters_owner: User) -> None:
    document = workspace_export(letters_owner)

    marsh, mensah, ortiz, nair = document["letter_requests"]
    assert [list(letter) for letter in document["letter_requests"]] == [
        list(LETTER_REQUEST_LABELS)
    ] * 4
    assert (marsh["author"], marsh["status"], marsh["reply_label"]) == (
        "Dr. Elena Marsh",
        "requested",
        "strong_yes",
    )
    assert marsh["person_id"] == str(Person.objects.get(name="Dr. Elena Marsh").uid)
    assert (marsh["packet_sent_on"], marsh["allowed"]) == ("2027-02-01", ["Vance"])
    assert (mensah["status"], mensah["reply_label"]) == ("asked", "lukewarm")
    assert (ortiz["person_id"], ortiz["author"], ortiz["status"]) == (
        None,
        "Dr. Samuel Ortiz",
        "declined",
    )
    assert (nair["person_id"], nair["author"], nair["asked_on"]) == (None, "Dr. Priya Nair", None)
    cv, statement = document["packet_files"]
    assert (cv["kind"], cv["name"], cv["content_type"]) == ("cv", "Alice CV.pdf", "application/pdf")
    assert base64.b64decode(cv["data_base64"]) == PDF
    assert base64.b64decode(statement["data_base64"]) == docx_bytes()


def test_the_export_holds_each_letters_eras_entry_and_history(letters_owner: User) -> None:
    document = workspace_export(letters_owner)

    entries = document["letters"]
    assert [entry["id"] for entry in entries] == [r["id"] for r in document["letter_requests"]]
    assert [list(entry) for entry in entries] == [list(LETTER_LABELS)] * 4
    marsh, nair = entries[0], entries[3]
    assert [(step["status"], step["on"]) for step in marsh["history"]] == [
        ("planned", "2027-01-25"),
        ("asked", "2027-01-27"),
        ("agreed", "2027-01-29"),
        ("requested", "2027-02-03"),
    ]
    assert (marsh["letter_id"], marsh["requested_on"], marsh["strongest"]) == (
        "L0042",
        "2027-02-03",
        True,
    )
    assert nair == {
        "id": nair["id"],
        "author": "Dr. Priya Nair",
        "title": "Program Director, Internal Medicine",
        "email": "p.nair@example.org",
        "specialty": IM,
        "kind": "narrative",
        "chair": True,
        "waived": False,
        "letter_id": "L0007",
        "status": "received",
        "requested_on": None,
        "received_on": "2027-01-20",
        "last_contact": None,
        "season": 2028,
        "strongest": False,
        "history": [{"status": "received", "on": "2027-01-20", "note": ""}],
    }


def test_the_export_holds_the_programs_their_letters_and_the_follow_ups(
    letters_owner: User,
) -> None:
    document = workspace_export(letters_owner)

    marsh, mensah, _, nair = (letter["id"] for letter in document["letters"])
    lakeside, riverside = document["programs"]
    assert lakeside == {
        "id": lakeside["id"],
        "name": "Lakeside Internal Medicine",
        "specialty": IM,
        "state": "OH",
        "signalled": True,
        "applied_on": "2027-02-09",
    }
    assert (riverside["name"], riverside["state"], riverside["signalled"]) == (
        "Riverside Family Medicine",
        "",
        False,
    )
    assert document["assignments"] == [
        {"program_id": lakeside["id"], "letter_id": marsh},
        {"program_id": lakeside["id"], "letter_id": mensah},
        {"program_id": lakeside["id"], "letter_id": nair},
        {"program_id": riverside["id"], "letter_id": nair},
    ]
    assert document["reminders"] == [
        {
            "letter_id": nair,
            "kind": "thanks_submitted",
            "cycle": "2027-01-20",
            "due": "2027-02-08",
            "sent_on": "2027-02-09",
            "digested_on": "2027-02-08",
        }
    ]


def test_export_then_import_into_a_fresh_account_is_the_identity(
    letters_owner: User, outsider: User
) -> None:
    document = workspace_export(letters_owner)

    summary = workspace_import(owner=outsider, document=round_trip(document))

    assert summary.letters == 4
    assert workspace_export(outsider) == document
    imported = LetterRequest.objects.filter(owner=outsider).order_by("created", "pk")
    assert [(r.author, r.status, r.reply_label) for r in imported] == [
        ("Dr. Elena Marsh", "requested", "strong_yes"),
        ("Dr. Kwame Mensah", "asked", "lukewarm"),
        ("Dr. Samuel Ortiz", "declined", "polite_no"),
        ("Dr. Priya Nair", "received", ""),
    ]
    assert imported[0].person == Person.objects.get(owner=outsider, name="Dr. Elena Marsh")
    history = StatusChange.objects.order_by("request__created", "on", "pk")
    assert list(history.filter(request__owner=outsider).values_list("status", "on", "note")) == (
        list(history.filter(request__owner=letters_owner).values_list("status", "on", "note"))
    )
    files = {f.kind: bytes(f.data) for f in PacketFile.objects.filter(owner=outsider)}
    assert files == {"cv": PDF, "personal_statement": docx_bytes()}


def eras_entries(owner: User) -> list[tuple[object, ...]]:
    columns = [column for column in LetterRequest.ENTRY_FIELDS.values()]
    return list(
        LetterRequest.objects.filter(owner=owner).order_by("created", "pk").values_list(*columns)
    )


def test_the_import_keeps_each_eras_entry_program_assignment_and_follow_up(
    letters_owner: User, outsider: User
) -> None:
    workspace_import(owner=outsider, document=round_trip(workspace_export(letters_owner)))

    assert eras_entries(outsider) == eras_entries(letters_owner)
    assert [
        (p.uid, p.name, p.specialty, p.state, p.signalled, p.applied_on)
        for p in Program.objects.filter(owner=outsider)
    ] == [
        (p.uid, p.name, p.specialty, p.state, p.signalled, p.applied_on)
        for p in Program.objects.filter(owner=letters_owner)
    ]

    def assigned(owner: User) -> list[tuple[str, str]]:
        rows = Assignment.objects.filter(program__owner=owner).order_by("program__name", "pk")
        return list(rows.values_list("program__name", "letter__author"))

    assert (
        assigned(outsider)
        == assigned(letters_owner)
        == [
            ("Lakeside Internal Medicine", "Dr. Elena Marsh"),
            ("Lakeside Internal Medicine", "Dr. Kwame Mensah"),
            ("Lakeside Internal Medicine", "Dr. Priya Nair"),
            ("Riverside Family Medicine", "Dr. Priya Nair"),
        ]
    )
    [reminder] = Reminder.objects.filter(request__owner=outsider)
    assert (reminder.request.author, reminder.kind, reminder.sent_on, reminder.digested_on) == (
        "Dr. Priya Nair",
        "thanks_submitted",
        date(2027, 2, 9),
        date(2027, 2, 8),
    )


def test_an_import_never_sends_a_follow_up_again(
    letters_owner: User, outsider: User, set_today: Callable[[date], date]
) -> None:
    day = set_today(date(2027, 2, 20))
    [first] = reminders_sync(letters_owner, day)  # Dr. Marsh's, requested on 3 Feb
    assert (first.request.author, first.kind) == ("Dr. Elena Marsh", "first_reminder")
    reminder_mark_sent(owner=letters_owner, reminder=first, on=date(2027, 2, 18), today=day)
    document = round_trip(workspace_export(letters_owner))
    without_log = {key: value for key, value in document.items() if key != "reminders"}

    workspace_import(owner=outsider, document=document)
    assert reminders_sync(outsider, day) == []
    # The same file without its follow-up log would nudge Dr. Marsh a second time.
    workspace_import(owner=outsider, document=without_log, replace=True)
    [again] = reminders_sync(outsider, day)
    assert (again.request.author, again.kind, again.sent_on) == (
        "Dr. Elena Marsh",
        "first_reminder",
        None,
    )


def test_an_eras_entry_without_a_request_creates_the_letter(outsider: User) -> None:
    letter_id, program_id = str(uuid.uuid4()), str(uuid.uuid4())
    document = {
        "format": "lorkit-export",
        "version": 2,
        "profile": {},
        "letters": [
            {"id": letter_id, "author": "Dr. Chen Wu", "status": "received",
             "specialty": "Emergency Medicine", "received_on": "2026-11-02",
             "history": [{"status": "received", "on": "2026-11-02"}]},
        ],
        "programs": [{"id": program_id, "name": "Harbor EM", "specialty": "Emergency Medicine"}],
        "assignments": [{"program_id": program_id, "letter_id": letter_id}],
    }  # fmt: skip

    summary = workspace_import(owner=outsider, document=document)

    letter = LetterRequest.objects.get(owner=outsider)
    assert summary.letters == 1
    assert (str(letter.uid), letter.author, letter.status, letter.kind, letter.person) == (
        letter_id,
        "Dr. Chen Wu",
        "received",
        "sloe",
        None,
    )
    assert list(letter.history.values_list("status", "on")) == [("received", date(2026, 11, 2))]
    assert list(letter.programs.values_list("name", flat=True)) == ["Harbor EM"]


def test_a_request_without_an_eras_entry_gets_a_new_entrys_defaults(outsider: User) -> None:
    document = {
        "format": "lorkit-export",
        "version": 2,
        "profile": {},
        "letter_requests": [{"author": "Dr. Chen Wu", "status": "asked", "asked_on": "2026-11-02"}],
    }

    workspace_import(owner=outsider, document=document)

    letter = LetterRequest.objects.get(owner=outsider)
    assert (letter.specialty, letter.kind, letter.waived, letter.chair, letter.season) == (
        "General",
        "narrative",
        True,
        False,
        None,
    )
    assert not letter.history.exists()


def test_writer_links_and_their_openings_are_not_exported(
    letters_owner: User, outsider: User
) -> None:
    document = workspace_export(letters_owner)
    [link] = WriterLink.objects.filter(request__owner=letters_owner)

    assert link.token_hash not in json.dumps(document)
    assert not {"links", "writer_link", "views"} & set(document["letter_requests"][0])
    workspace_import(owner=outsider, document=round_trip(document))
    assert not WriterLink.objects.filter(request__owner=outsider).exists()


def test_the_export_reads_the_letters_in_a_fixed_number_of_queries(
    letters_owner: User, rotation: Rotation
) -> None:
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            workspace_export(letters_owner)
        return len(captured)

    few = queries()
    for name in ("Dr. Extra One", "Dr. Extra Two"):
        writer = person(letters_owner, name, rotation)
        extra = ask_record(owner=letters_owner, person=writer, on=date(2027, 2, 8), today=TODAY)
        Reminder.objects.create(
            request=extra, kind="first_reminder", cycle=TODAY, due=TODAY, digested_on=TODAY
        )
        more = program(letters_owner, f"{name} Program", IM)
        assignment_set(owner=letters_owner, program=more, letter_ids=[extra.pk], today=TODAY)

    assert queries() == few


# All or nothing


def bad_status(doc: dict[str, Any]) -> None:
    doc["letter_requests"][1]["status"] = "maybe"


def bad_label(doc: dict[str, Any]) -> None:
    doc["letter_requests"][0]["reply_label"] = "yes"


def patient_in_reply(doc: dict[str, Any]) -> None:
    doc["letter_requests"][2]["reply_text"] = "Ask Mrs. Adebayo's nurse about me instead."


def unmarked_eponym(doc: dict[str, Any]) -> None:
    doc["letter_requests"][0]["allowed"] = []


def answer_after_today(doc: dict[str, Any]) -> None:
    doc["letter_requests"][1]["replied_on"] = "2027-02-11"


def not_a_document(doc: dict[str, Any]) -> None:
    doc["packet_files"][0]["data_base64"] = base64.b64encode(b"plain words").decode()


def status_disagrees(doc: dict[str, Any]) -> None:
    doc["letters"][1]["status"] = "agreed"


def fifth_letter(doc: dict[str, Any]) -> None:
    """Lakeside holds three letters: Dr. Ortiz's makes four, a letter added to the file five."""
    lakeside = doc["programs"][0]["id"]
    extra = {**doc["letters"][2], "id": str(uuid.uuid4()), "author": "Dr. Lena Park"}
    doc["letters"].append(extra)
    for letter in (doc["letters"][2], extra):
        doc["assignments"].append({"program_id": lakeside, "letter_id": letter["id"]})


def unknown_program(doc: dict[str, Any]) -> None:
    doc["assignments"][3]["program_id"] = str(uuid.uuid4())


def program_without_specialty(doc: dict[str, Any]) -> None:
    doc["programs"][1]["specialty"] = ""


def sent_after_today(doc: dict[str, Any]) -> None:
    doc["reminders"][0]["sent_on"] = "2027-02-11"


def email_django_refuses(doc: dict[str, Any]) -> None:
    doc["letters"][3]["email"] = "p.nair@example.c"  # a one-letter top-level domain


@pytest.mark.parametrize(
    ("spoil", "problem"),
    [
        (bad_status, 'Letter request 2, Status: "maybe" is not one of:'),
        (bad_label, 'Letter request 1, Their answer: "yes" is not one of:'),
        (
            patient_in_reply,
            "Letter request 3, What they said or wrote: this may identify a patient",
        ),
        (unmarked_eponym, "Letter request 1, Letter helper: this may identify a patient"),
        (answer_after_today, "Letter request 2, Answered on: 2027-02-11 is after today"),
        (not_a_document, "Packet file 1, Content: this file is neither a PDF nor a Word"),
        (status_disagrees, 'Letter 2, Status: "agreed" does not agree with letter request 2'),
        (
            fifth_letter,
            "Assignment 6, Program: this program already holds 4 letters (assignments 1, 2, 3 "
            "and 5)",
        ),
        (unknown_program, "Assignment 4, Program: no program in this file has the id"),
        (program_without_specialty, "Program 2, Specialty: this is required."),
        (sent_after_today, "Reminder 1, Sent on: 2027-02-11 is after today (2027-02-10)"),
        (email_django_refuses, "Letter 4, Writer's email (as in MyERAS): Enter a valid email"),
    ],
    ids=lambda value: getattr(value, "__name__", "problem"),
)
def test_an_import_with_a_bad_letter_section_changes_nothing(
    letters_owner: User,
    outsider: User,
    rotation: Rotation,
    spoil: Callable[[dict[str, Any]], None],
    problem: str,
) -> None:
    document = round_trip(workspace_export(letters_owner))
    spoil(document)
    # The outsider has letters and a journal of their own, which a refused import must keep.
    theirs = person_save(owner=outsider, person=Person(name="Dr. Nadia Holm"))
    ask_record(owner=outsider, person=theirs, on=date(2027, 2, 1), today=TODAY)
    packet_file_save(owner=outsider, kind="cv", name="mine.pdf", data=PDF + b"mine")
    before = letters_state()

    with pytest.raises(ExportError) as refused:
        workspace_import(owner=outsider, document=document, replace=True)

    assert [p for p in refused.value.problems if p.startswith(problem)], refused.value.problems
    assert letters_state() == before


def test_a_privacy_problem_quotes_only_the_finding(letters_owner: User, outsider: User) -> None:
    document = round_trip(workspace_export(letters_owner))
    patient_in_reply(document)

    with pytest.raises(ExportError) as refused:
        workspace_import(owner=outsider, document=document)

    [problem] = refused.value.problems
    assert '"Mrs. Adebayo"' in problem
    assert "nurse about me" not in problem


def test_a_file_with_too_many_letters_is_refused_unread(outsider: User) -> None:
    letters = [{"author": "Dr. Lee", "status": "nonsense"}] * (defaults.LETTER_REQUESTS_MAX + 1)
    document = {"format": "lorkit-export", "version": 2, "profile": {}, "letter_requests": letters}

    with pytest.raises(ExportError) as refused:
        workspace_import(owner=outsider, document=document)

    assert refused.value.problems == [
        f"This file holds {defaults.LETTER_REQUESTS_MAX + 1:,} letter requests; an account "
        f"holds at most {defaults.LETTER_REQUESTS_MAX:,}."
    ]


# Older documents, and replacing


@pytest.mark.parametrize("version", [1, 2])
def test_an_older_export_without_the_letter_sections_imports(
    letters_owner: User, outsider: User, version: int
) -> None:
    document = round_trip(workspace_export(letters_owner))
    for section in ("letter_requests", "packet_files", "letters", "programs", "assignments"):
        del document[section]
    del document["reminders"]
    document["version"] = version
    if version == 1:
        for section in ("people", "checkins", "stories", "feedback", "compliments", "talks"):
            document.pop(section)
        document.pop("red_flags")

    summary = workspace_import(owner=outsider, document=document)

    assert (summary.letters, summary.rotations) == (0, 1)
    assert not LetterRequest.objects.filter(owner=outsider).exists()
    assert not PacketFile.objects.filter(owner=outsider).exists()
    assert not Program.objects.filter(owner=outsider).exists()


def test_an_import_with_replace_swaps_the_old_letters_for_the_files(
    letters_owner: User, outsider: User, rotation: Rotation
) -> None:
    theirs = person_save(owner=outsider, person=Person(name="Dr. Nadia Holm"))
    ask_record(owner=outsider, person=theirs, on=date(2027, 2, 1), today=TODAY)
    packet_file_save(owner=outsider, kind="cv", name="mine.pdf", data=PDF + b"mine")
    document = round_trip(workspace_export(letters_owner))

    workspace_import(owner=outsider, document=document, replace=True)

    assert list(
        LetterRequest.objects.filter(owner=outsider)
        .order_by("created", "pk")
        .values_list("author", flat=True)
    ) == ["Dr. Elena Marsh", "Dr. Kwame Mensah", "Dr. Samuel Ortiz", "Dr. Priya Nair"]
    assert bytes(PacketFile.objects.get(owner=outsider, kind="cv").data) == PDF


def test_an_account_with_only_programs_is_not_replaced_without_asking(
    letters_owner: User, outsider: User
) -> None:
    mine = program(outsider, "Harbor Internal Medicine", IM)
    assert workspace_has_content(outsider)

    with pytest.raises(ExportError) as refused:
        workspace_import(owner=outsider, document=round_trip(workspace_export(letters_owner)))

    assert refused.value.problems[0].startswith("This account already has programs, and an")
    assert list(Program.objects.filter(owner=outsider)) == [mine]
    workspace_import(
        owner=outsider, document=round_trip(workspace_export(letters_owner)), replace=True
    )
    assert not Program.objects.filter(pk=mine.pk).exists()
    assert Program.objects.filter(owner=outsider).count() == 2


def test_a_file_with_too_many_programs_is_refused_unread(outsider: User) -> None:
    programs = [{"name": "Anywhere"}] * (defaults.PROGRAMS_MAX + 1)
    document = {"format": "lorkit-export", "version": 2, "profile": {}, "programs": programs}

    with pytest.raises(ExportError) as refused:
        workspace_import(owner=outsider, document=document)

    assert refused.value.problems == [
        f"This file holds {defaults.PROGRAMS_MAX + 1:,} programs; an account holds at most "
        f"{defaults.PROGRAMS_MAX:,}."
    ]


def test_an_account_with_only_letters_is_not_replaced_without_asking(
    letters_owner: User, outsider: User
) -> None:
    packet_file_save(owner=outsider, kind="cv", name="mine.pdf", data=PDF)
    assert workspace_has_content(outsider)

    with pytest.raises(ExportError) as refused:
        workspace_import(owner=outsider, document=round_trip(workspace_export(letters_owner)))

    assert refused.value.problems[0].startswith("This account already has letters")
    assert bytes(PacketFile.objects.get(owner=outsider).data) == PDF


# One vocabulary: the reader's words and widths are the model's


def verbose_name(model: Any, name: str) -> str:
    return str(model._meta.get_field(name).verbose_name)


def test_each_letter_field_is_named_as_its_model_labels_it() -> None:
    for name in LetterRequest.RECORD_FIELDS:
        assert LETTER_REQUEST_LABELS[name] == verbose_name(LetterRequest, name)


def test_each_eras_field_is_named_as_the_entry_form_labels_it() -> None:
    form_fields = LetterEntryForm.base_fields
    for key, column in LetterRequest.ENTRY_FIELDS.items():
        field = form_fields.get(column)
        label = field.label if field else verbose_name(LetterRequest, column)
        assert LETTER_LABELS[key] == label, key
    assert set(LETTER_LABELS) == {"id", "history", *LetterRequest.ENTRY_FIELDS}


def test_each_program_field_is_named_as_the_program_form_labels_it() -> None:
    for name in Program.RECORD_FIELDS:
        assert PROGRAM_LABELS[name] == ProgramForm.base_fields[name].label, name
    assert set(PROGRAM_LABELS) == {"id", *Program.RECORD_FIELDS}


@pytest.mark.parametrize(
    ("model", "field", "width"),
    [
        (LetterRequest, "author", defaults.PERSON_NAME_MAX_LENGTH),
        (LetterRequest, "reply_text", defaults.REPLY_MAX_LENGTH),
        (LetterRequest, "letter_id", defaults.LETTER_ID_MAX_LENGTH),
        (LetterRequest, "taught", defaults.TAUGHT_MAX_LENGTH),
        (LetterRequest, "email_subject", defaults.EMAIL_SUBJECT_MAX_LENGTH),
        (LetterRequest, "email_body", defaults.PACKET_TEXT_MAX_LENGTH),
        (LetterRequest, "helper_text", defaults.PACKET_TEXT_MAX_LENGTH),
        (LetterRequest, "experience_description", defaults.ERAS_DESCRIPTION_MAX),
        (LetterRequest, "experience_reflection", defaults.ERAS_REFLECTION_MAX),
        (StatusChange, "note", defaults.STATUS_NOTE_MAX_LENGTH),
        (PacketFile, "name", defaults.PACKET_FILE_NAME_MAX_LENGTH),
        (LetterRequest, "author_title", defaults.AUTHOR_TITLE_MAX_LENGTH),
        (LetterRequest, "author_email", defaults.EMAIL_MAX_LENGTH),
        (LetterRequest, "specialty", defaults.SPECIALTY_MAX_LENGTH),
        (Program, "name", defaults.PROGRAM_NAME_MAX_LENGTH),
        (Program, "specialty", defaults.SPECIALTY_MAX_LENGTH),
    ],
)
def test_the_reader_takes_what_each_column_holds(model: Any, field: str, width: int) -> None:
    assert model._meta.get_field(field).max_length == width


def test_the_reader_knows_the_models_vocabularies() -> None:
    assert set(PACKET_FILE_KINDS) == set(PacketFile.Kind.values)
    assert {kind.value: kind_type for kind, kind_type in CONTENT_TYPES.items()} == FILE_TYPES
    assert dict(LetterRequest._meta.get_field("status").choices or ()) == LETTER_STATUS_LABELS
    assert dict(LetterRequest._meta.get_field("reply_label").choices or ()) == REPLY_LABELS
    assert dict(LetterRequest._meta.get_field("kind").choices or ()) == LETTER_KIND_LABELS
    assert dict(Reminder._meta.get_field("kind").choices or ()) == NUDGE_LABELS


def test_the_import_limit_leaves_room_for_both_packet_files() -> None:
    both = len(PACKET_FILE_KINDS) * BASE64_MAX_LENGTH
    assert both + 1024 * 1024 <= defaults.IMPORT_MAX_BYTES


def test_the_readme_documents_the_letter_sections_and_their_limits() -> None:
    prose = " ".join(README.read_text(encoding="utf-8").split())
    megabytes = defaults.PACKET_FILE_MAX_BYTES // (1024 * 1024)
    assert f"at most {megabytes} MB once decoded (`PACKET_FILE_MAX_BYTES`)" in prose
    assert f"at most {defaults.LETTER_REQUESTS_MAX} requests (`LETTER_REQUESTS_MAX`)" in prose
    assert "`core.preflight.document_kind`" in prose
    assert "Writer links and their openings are not exported" in prose
    assert f"at most {defaults.PROGRAMS_MAX} programs (`PROGRAMS_MAX`)" in prose
    for key in [*LETTER_REQUEST_LABELS, *LETTER_LABELS, *PROGRAM_LABELS]:
        assert f'"{key}"' in prose, key
    for section in ("letters", "programs", "assignments", "reminders"):
        assert f'"{section}": [' in prose, section
