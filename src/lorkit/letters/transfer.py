"""The letters' part of a backup: the requests with their ERAS entries and status history,
the programs, the letters assigned to them, the follow-ups already due or sent, and the packet
files, read in a fixed number of queries; and an import that writes them through the letters'
services, so that the privacy guard reads every imported text as it reads what the applicant
types, a packet file is checked by its content as an upload is, and a program counts against
PROGRAMS_MAX as one added by hand does.

Assignments and follow-ups are restored as they were, not made again: a program the applicant
has applied to keeps its (locked) letters, a letter withdrawn after it was assigned stays
assigned, and a follow-up marked sent stays sent, so an import never sends one twice. The
reader has already refused a fifth letter for a program (core/export_ledger.py).

Writer links and their openings stay out of the export: a link is a secret given to one
writer, and an imported request starts without one (issue a new link to share it again).
An import is all or nothing: every problem is listed before the first letter is written."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import transaction

from lorkit.accounts.models import User
from lorkit.core.export_ledger import (
    PROGRAMS,
    REMINDERS,
    AssignmentRecord,
    ProgramRecord,
    ReminderRecord,
)
from lorkit.core.export_letters import (
    LETTER_REQUESTS,
    PACKET_FILES,
    JoinedLetter,
    LetterRecords,
    joined_letters,
    letter_date_problems,
)
from lorkit.core.export_reading import ExportError
from lorkit.core.phi import find_identifiers
from lorkit.journal.models import Person
from lorkit.journal.selectors import known_names
from lorkit.journal.transfer import privacy_problem
from lorkit.letters.models import (
    GUARDED_TEXTS,
    Assignment,
    LetterRequest,
    PacketFile,
    Program,
    Reminder,
    StatusChange,
)
from lorkit.letters.program_services import program_save
from lorkit.letters.services import packet_file_save, texts_save


def letters_records(owner: User) -> LetterRecords:
    """The owner's letters, oldest first (an import writes them in the file's order, which
    keeps it), each as its request and its ERAS entry with the history; the programs by name,
    their assignments in the order made, the follow-ups by day due, and the packet files:
    6 queries."""
    requests = list(
        LetterRequest.objects.filter(owner=owner)
        .select_related("person")
        .prefetch_related("history")
        .order_by("created", "pk")
    )
    assignments = Assignment.objects.filter(program__owner=owner).order_by(
        "program__name", "program__pk", "pk"
    )
    return LetterRecords(
        requests=tuple(request.to_record() for request in requests),
        files=tuple(f.to_record() for f in PacketFile.objects.filter(owner=owner)),
        entries=tuple(request.to_entry_record() for request in requests),
        programs=tuple(p.to_record() for p in Program.objects.filter(owner=owner)),
        assignments=tuple(
            AssignmentRecord(program_id=str(program), letter_id=str(letter))
            for program, letter in assignments.values_list("program__uid", "letter__uid")
        ),
        reminders=tuple(
            r.to_record()
            for r in Reminder.objects.filter(request__owner=owner).select_related("request")
        ),
    )


def letters_held(owner: User) -> str:
    """What of the owner's letters an import would replace, named for its refusal: "letters"
    (a request or a packet file), "programs", or "" when the account has neither."""
    if (
        LetterRequest.objects.filter(owner=owner).exists()
        or PacketFile.objects.filter(owner=owner).exists()
    ):
        return "letters"
    return "programs" if Program.objects.filter(owner=owner).exists() else ""


def letters_exists(owner: User) -> bool:
    """Whether the owner has a letter request, a packet file or a program (an import would
    replace it)."""
    return bool(letters_held(owner))


def letters_delete(owner: User) -> None:
    """Delete the owner's letters (with their history, writer links, assignments and
    follow-ups), programs and packet files, before an import replaces them."""
    LetterRequest.objects.filter(owner=owner).delete()
    Program.objects.filter(owner=owner).delete()
    PacketFile.objects.filter(owner=owner).delete()


@transaction.atomic
def letters_import(*, owner: User, records: LetterRecords, today: date) -> int:
    """Write imported letters into the owner's account, whose journal (the people the
    requests name, by export id) is already written; returns how many letters it wrote.
    Checked first (ExportError with every problem, nothing written): an ask, answer, packet,
    request in MyERAS or letter received dated after today, a follow-up marked sent after
    today, and any text the privacy guard flags unless the request's `allowed` list marks the
    finding. Texts go through `texts_save`, programs through `program_save` and files through
    `packet_file_save`, which check them again as the pages do."""
    problems = letter_date_problems(records, today) + _privacy_problems(owner, records)
    if problems:
        raise ExportError(problems)
    people = {str(person.uid): person for person in Person.objects.filter(owner=owner)}
    letters = {}
    for joined in joined_letters(records):
        with _refusals(*_letter_places(joined)):
            request = _import_letter(owner, joined, people)
        letters[str(request.uid)] = request
    programs = _import_programs(owner, records.programs)
    Assignment.objects.bulk_create(
        Assignment(program=programs[a.program_id], letter=letters[a.letter_id])
        for a in records.assignments
    )
    _import_reminders(records.reminders, letters)
    for index, file in enumerate(records.files):
        with _refusals(PACKET_FILES.place(index).name, PACKET_FILES.place(index).at):
            packet_file_save(owner=owner, kind=file.kind, name=file.name, data=file.data)
    return len(letters)


def _import_letter(
    owner: User, joined: JoinedLetter, people: Mapping[str, Person]
) -> LetterRequest:
    request = LetterRequest.from_record(joined.request, joined.entry, people)
    texts = {name: getattr(request, name) for name in GUARDED_TEXTS}
    texts_save(owner=owner, request=request, texts=texts, allowed=joined.request.allowed)
    steps = [
        StatusChange(request=request, status=step.status, on=step.on, note=step.note)
        for step in joined.entry.history
    ]
    for step in steps:
        step.full_clean(exclude=["request"])
    StatusChange.objects.bulk_create(steps)
    return request


def _letter_places(joined: JoinedLetter) -> tuple[str, Callable[[str], str]]:
    """Where a refusal of one letter's column is named: an ERAS column in its `letters` item
    (by its key there), any other in its request; the item the file has when it lacks one."""
    keys = {column: key for key, column in LetterRequest.ENTRY_FIELDS.items()}
    main = joined.request_place or joined.entry_place
    assert main is not None  # a joined letter comes from at least one item

    def at(column: str) -> str:
        if column in keys and joined.entry_place is not None:
            return joined.entry_place.at(keys[column])
        return main.at(column)

    return main.name, at


def _import_programs(owner: User, records: Sequence[ProgramRecord]) -> dict[str, Program]:
    """Each program saved through `program_save` (which holds PROGRAMS_MAX), by export id."""
    programs = {}
    for index, record in enumerate(records):
        place = PROGRAMS.place(index)
        with _refusals(place.name, place.at):
            programs[record.id] = program_save(owner=owner, program=Program.from_record(record))
    return programs


def _import_reminders(
    records: Sequence[ReminderRecord], letters: Mapping[str, LetterRequest]
) -> None:
    reminders = [Reminder.from_record(record, letters[record.letter_id]) for record in records]
    for index, reminder in enumerate(reminders):
        place = REMINDERS.place(index)
        with _refusals(place.name, place.at):
            reminder.full_clean(
                exclude=["request"], validate_unique=False, validate_constraints=False
            )
    Reminder.objects.bulk_create(reminders)


def _privacy_problems(owner: User, records: LetterRecords) -> list[str]:
    """A problem for each guarded text of the import the privacy guard flags, as the services
    will check it: the account's people (the journal just imported), its rotations' attendings
    and the applicant are known names, and each request's `allowed` words pass."""
    if not records.requests:
        return []
    names = known_names(owner)
    problems = []
    for index, record in enumerate(records.requests):
        for name in GUARDED_TEXTS:
            text = getattr(record, name).strip()
            found = find_identifiers(text, known_names=names, allowed=record.allowed)
            if text and found:
                problems.append(privacy_problem(LETTER_REQUESTS.place(index).at(name), found))
    return problems


@contextmanager
def _refusals(name: str, at: Callable[[str], str]) -> Iterator[None]:
    """Turn a service's refusal into ExportError naming the item (`name`) and the field
    (`at`, from a column's name), for a check the reader and `letters_import` did not already
    make."""
    try:
        yield
    except ValidationError as error:
        if not hasattr(error, "error_dict"):
            raise ExportError([f"{name}: {' '.join(error.messages)}"]) from None
        raise ExportError(
            [
                f"{name if field == NON_FIELD_ERRORS else at(field)}: {' '.join(messages)}"
                for field, messages in error.message_dict.items()
            ]
        ) from None
