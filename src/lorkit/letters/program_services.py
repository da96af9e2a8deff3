"""Programs and the letters assigned to them (domain.md §8): saving and deleting a program,
setting one program's letters, giving one set of letters to many programs, and the overview
that the programs pages and `lorkit programs` read.

No program ever holds more than MAX_LETTERS_PER_PROGRAM letters, however many requests arrive
at once. Every path that adds a letter first locks the program's row (`select_for_update`,
inside the transaction) and only then counts the letters it holds: on PostgreSQL a second
request waits on that row lock and counts again once the first has committed; SQLite ignores
`select_for_update` but lets one writer in at a time (settings.SQLITE_OPTIONS opens every
transaction IMMEDIATE), so its count is never stale either."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Prefetch

from lorkit.accounts.models import User
from lorkit.core import defaults as d
from lorkit.core import ledger
from lorkit.letters.models import Assignment, LetterRequest, Program

# ---------------------------------------------------------------------------------------------
# Writes
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class ProgramRefusal:
    program: Program
    reason: str


@dataclass(frozen=True, kw_only=True)
class BulkResult:
    """One set of letters given to many programs: those that took it, those that held it all
    already, and those refused with the reason (each list in the order of the programs' names)."""

    taken: tuple[Program, ...] = ()
    unchanged: tuple[Program, ...] = ()
    refused: tuple[ProgramRefusal, ...] = ()


def _owned(owner: User, program: Program) -> None:
    if program.pk is not None and program.owner_id != owner.pk:
        raise ValidationError("This program belongs to another account.")


def program_save(*, owner: User, program: Program) -> Program:
    """Save a new or edited program; a new one is refused once the account holds PROGRAMS_MAX."""
    _owned(owner, program)
    program.owner = owner
    program.full_clean(validate_unique=False, validate_constraints=False)
    with transaction.atomic():
        adding = program.pk is None
        if adding and Program.objects.filter(owner=owner).count() >= d.PROGRAMS_MAX:
            raise ValidationError(f"An account holds at most {d.PROGRAMS_MAX} programs.")
        program.save()
    return program


def program_delete(*, owner: User, program: Program) -> None:
    """Delete the program and its assignments; the letters themselves stay."""
    _owned(owner, program)
    program.delete()


def _locked_rows(owner: User, program_ids: Collection[int]) -> list[Program]:
    """The owner's programs with these ids, each row locked until the transaction ends. Rows
    are locked in the order of their keys, so two requests over the same programs cannot
    deadlock; an id that is not the owner's is refused."""
    rows = list(
        Program.objects.select_for_update().filter(owner=owner, pk__in=program_ids).order_by("pk")
    )
    if len(rows) != len(set(program_ids)):
        raise ValidationError("One of the programs chosen is not among your programs.")
    return rows


def _held(program_ids: Iterable[int]) -> defaultdict[int, set[int]]:
    """The letter ids each program holds now (read after its row is locked)."""
    held: defaultdict[int, set[int]] = defaultdict(set)
    pairs = Assignment.objects.filter(program_id__in=list(program_ids))
    for program_id, letter_id in pairs.values_list("program_id", "letter_id"):
        held[program_id].add(letter_id)
    return held


def _letters_to_add(owner: User, letter_ids: Collection[int]) -> list[LetterRequest]:
    """The owner's letters with these ids, refused when one is not the owner's or will bring no
    letter (declined, withdrawn, removed by the portal)."""
    letters = list(LetterRequest.objects.filter(owner=owner, pk__in=letter_ids))
    if len(letters) != len(set(letter_ids)):
        raise ValidationError("One of the letters chosen is not among your letters.")
    closed = [letter for letter in letters if not letter.to_core().usable]
    if closed:
        names = ", ".join(f"{letter.author} ({letter.status_label.lower()})" for letter in closed)
        raise ValidationError(
            f"These letters will not reach a program and cannot be assigned: {names}."
        )
    return letters


def _keys(ids: Iterable[int]) -> set[str]:
    return {str(pk) for pk in ids}


def replacement_refusal(
    program: ledger.Program, held: set[int], wanted: set[int], today: date
) -> str | None:
    """Why a program's letters cannot become `wanted`: what `can_assign` says of the letters
    added (locked, or more than four), or, for a locked program, a letter taken off (ERAS
    locks the assignment both ways). Keeping exactly what it holds is never refused."""
    reason = ledger.can_assign(program, _keys(held & wanted), _keys(wanted), today)
    if reason is None and program.locked(today) and held - wanted:
        reason = (
            f"You applied to {program.name} on {program.applied_on:%d %b %Y}: ERAS locks a "
            "program's letters once you apply, so none can be taken off."
        )
    return reason


@transaction.atomic
def assignment_set(
    *, owner: User, program: Program, letter_ids: Collection[int], today: date
) -> Program:
    """Make `letter_ids` the program's letters, replacing those it held; refused (with the
    reason) for a letter that is not the owner's or not usable, for more than four letters, and
    for any change to a program the applicant has applied to."""
    row = _locked_rows(owner, [program.pk])[0]
    wanted = set(letter_ids)
    held = _held([row.pk])[row.pk]
    _letters_to_add(owner, wanted - held)
    reason = replacement_refusal(row.to_core(), held, wanted, today)
    if reason is not None:
        raise ValidationError(reason)
    Assignment.objects.filter(program=row).exclude(letter_id__in=wanted).delete()
    Assignment.objects.bulk_create(
        Assignment(program=row, letter_id=letter_id) for letter_id in sorted(wanted - held)
    )
    return row


@transaction.atomic
def bulk_assign(
    *, owner: User, program_ids: Collection[int], letter_ids: Collection[int], today: date
) -> BulkResult:
    """Add the same letters to each program, all in one transaction. Each program is judged
    alone (`ledger.bulk_assignment`): a locked one, or one that would pass four letters, is
    refused and reported while the others take the set."""
    if not letter_ids:
        raise ValidationError("Choose at least one letter.")
    if not program_ids:
        raise ValidationError("Choose at least one program.")
    letters = _letters_to_add(owner, letter_ids)
    rows = sorted(_locked_rows(owner, program_ids), key=lambda row: (row.name, row.pk))
    held = _held(row.pk for row in rows)
    by_key = {str(row.uid): row for row in rows}
    outcome = ledger.bulk_assignment(
        [row.to_core() for row in rows],
        _keys(letter_ids),
        {str(row.uid): _keys(held[row.pk]) for row in rows},
        today,
    )
    taken = [by_key[key] for key in outcome.taken]
    Assignment.objects.bulk_create(
        Assignment(program=row, letter=letter)
        for row in taken
        for letter in letters
        if letter.pk not in held[row.pk]
    )
    return BulkResult(
        taken=tuple(taken),
        unchanged=tuple(by_key[key] for key in outcome.unchanged),
        refused=tuple(
            ProgramRefusal(program=by_key[refusal.program_id], reason=refusal.reason)
            for refusal in outcome.refused
        ),
    )


# ---------------------------------------------------------------------------------------------
# Reads
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class ProgramOverview:
    """One program with its letters (in the order assigned) and an advisor's checks of them."""

    program: Program
    letters: tuple[LetterRequest, ...]
    checks: tuple[ledger.AssignmentCheck, ...]
    locked: bool

    def _of(self, severity: ledger.Severity) -> tuple[ledger.AssignmentCheck, ...]:
        return tuple(check for check in self.checks if check.severity is severity)

    @property
    def errors(self) -> tuple[ledger.AssignmentCheck, ...]:
        return self._of(ledger.Severity.ERROR)

    @property
    def warnings(self) -> tuple[ledger.AssignmentCheck, ...]:
        return self._of(ledger.Severity.WARNING)

    @property
    def notes(self) -> tuple[ledger.AssignmentCheck, ...]:
        return self._of(ledger.Severity.NOTE)


def _overview(
    program: Program, assigned_ids: Iterable[int], letters: Mapping[int, LetterRequest], today: date
) -> ProgramOverview:
    """`letters` holds every letter of the program's owner (the checks compare with them)."""
    assigned = tuple(letters[letter_id] for letter_id in assigned_ids)
    core = program.to_core()
    checks = ledger.assignment_problems(
        core,
        [letter.to_core() for letter in assigned],
        [letter.to_core() for letter in letters.values()],
        today,
    )
    return ProgramOverview(
        program=program, letters=assigned, checks=checks, locked=core.locked(today)
    )


def _letters_of(owner_id: int) -> dict[int, LetterRequest]:
    return {letter.pk: letter for letter in LetterRequest.objects.filter(owner_id=owner_id)}


def programs_overview(owner: User, today: date) -> list[ProgramOverview]:
    """Every program of the owner, by name, with its letters and checks: three queries (the
    letters, the programs, their assignments) however many there are."""
    letters = _letters_of(owner.pk)
    in_order = Prefetch("assignments", queryset=Assignment.objects.order_by("pk"))
    programs = Program.objects.filter(owner=owner).prefetch_related(in_order)
    return [
        _overview(program, [a.letter_id for a in program.assignments.all()], letters, today)
        for program in programs
    ]


def assignable(letters: Iterable[LetterRequest], held: Collection[int] = ()) -> list[LetterRequest]:
    """The letters a program may be given, by writer: the usable ones, and those it already
    holds (so a letter withdrawn after it was assigned can still be taken off)."""
    chosen = [letter for letter in letters if letter.to_core().usable or letter.pk in held]
    return sorted(chosen, key=lambda letter: (letter.author.casefold(), letter.pk))


@dataclass(frozen=True, kw_only=True)
class ProgramPage:
    overview: ProgramOverview
    choices: tuple[LetterRequest, ...]


def program_page(program: Program, today: date) -> ProgramPage:
    """One program's letters, checks and the letters it may be given, in two queries (its
    owner's letters, its assignments)."""
    letters = _letters_of(program.owner_id)
    held = list(program.assignments.order_by("pk").values_list("letter_id", flat=True))
    overview = _overview(program, held, letters, today)
    return ProgramPage(overview=overview, choices=tuple(assignable(letters.values(), held)))


def usable_letters(owner: User) -> list[LetterRequest]:
    """The owner's letters that may still go to a program, by writer (one query)."""
    return assignable(LetterRequest.objects.filter(owner=owner))
