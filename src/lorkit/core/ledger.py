"""The ERAS letter ledger: a letter request's statuses (domain.md §8).

A request moves planned → asked → agreed → requested → received; it can also end declined
(the writer said no), withdrawn (the applicant dropped it) or removed (the portal deleted it,
e.g. at the season's carry-over cut-off; it must be requested again).

Beside the statuses: the kinds of letter, a letter's warnings, and the programs a letter is
assigned to, with the checks an advisor would make of each program's letters."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from lorkit.core import defaults


class LetterStatus(StrEnum):
    PLANNED = "planned"
    ASKED = "asked"
    AGREED = "agreed"
    REQUESTED = "requested"
    RECEIVED = "received"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"
    REMOVED = "removed"


LETTER_STATUS_LABELS: dict[str, str] = {
    "planned": "Planned",
    "asked": "Asked",
    "agreed": "Agreed",
    "requested": "Requested in MyERAS",
    "received": "Received",
    "declined": "Declined",
    "withdrawn": "Withdrawn",
    "removed": "Removed by the portal",
}


class LetterKind(StrEnum):
    """How the letter is written: a narrative PDF, emergency medicine's SLOE, or the
    standardised web form the writer fills in the portal (dermatology, integrated plastic
    surgery and urology, from the 2027 season)."""

    NARRATIVE = "narrative"
    SLOE = "sloe"
    WEB_FORM = "web_form"


LETTER_KIND_LABELS: dict[str, str] = {
    "narrative": "Narrative letter (PDF)",
    "sloe": "SLOE (standardised letter of evaluation)",
    "web_form": "Standardised letter (web form in the portal)",
}

# A letter meant for every program rather than one specialty (MyERAS's own word).
GENERAL = "General"

# §8: the specialties whose standardised letter is a web form, and the one that uses the SLOE.
WEB_FORM_SPECIALTIES: frozenset[str] = frozenset({"Dermatology", "Plastic Surgery", "Urology"})
SLOE_SPECIALTIES: frozenset[str] = frozenset({"Emergency Medicine"})


def same_specialty(a: str, b: str) -> bool:
    """Specialty names compare without regard to case or surrounding spaces."""
    return a.strip().casefold() == b.strip().casefold()


def default_letter_kind(specialty: str) -> LetterKind:
    """The kind a new letter for `specialty` starts as: the SLOE for emergency medicine, the
    web form for dermatology, plastic surgery and urology, a narrative letter otherwise
    (General included). The applicant can still change it: these specialties take narrative
    letters too."""
    if any(same_specialty(specialty, s) for s in SLOE_SPECIALTIES):
        return LetterKind.SLOE
    if any(same_specialty(specialty, s) for s in WEB_FORM_SPECIALTIES):
        return LetterKind.WEB_FORM
    return LetterKind.NARRATIVE


# ---------------------------------------------------------------------------------------------
# Statuses and their history
# ---------------------------------------------------------------------------------------------

MAIN_LINE: tuple[LetterStatus, ...] = (
    LetterStatus.PLANNED,
    LetterStatus.ASKED,
    LetterStatus.AGREED,
    LetterStatus.REQUESTED,
    LetterStatus.RECEIVED,
)
# Statuses still on their way to a letter: the writer may still say no, the applicant drop it.
OPEN_STATUSES: frozenset[LetterStatus] = frozenset(MAIN_LINE[:-1])
# Statuses that will bring no letter unless the request is made again or re-opened.
CLOSED_STATUSES: frozenset[LetterStatus] = frozenset(
    {LetterStatus.DECLINED, LetterStatus.WITHDRAWN, LetterStatus.REMOVED}
)

# Moves off the main line. A received letter is final but for one move: the applicant may stop
# using it (withdrawn). It cannot be "removed": the 2026 carry-over kept every uploaded letter
# and deleted only incomplete requests. A removed request is made again (requested) or dropped.
SIDE_MOVES: dict[LetterStatus, tuple[LetterStatus, ...]] = {
    LetterStatus.REQUESTED: (LetterStatus.REMOVED,),
    LetterStatus.RECEIVED: (LetterStatus.WITHDRAWN,),
    LetterStatus.REMOVED: (LetterStatus.REQUESTED, LetterStatus.WITHDRAWN),
    LetterStatus.DECLINED: (LetterStatus.PLANNED,),
    LetterStatus.WITHDRAWN: (LetterStatus.PLANNED,),
}


def next_statuses(status: LetterStatus) -> tuple[LetterStatus, ...]:
    """Where a letter may go from `status`: any later step of the main line (skipping is fine,
    e.g. planned → agreed when the yes came with the ask); from an open status, declined or
    withdrawn; requested → removed (the portal deleted it) and removed → requested (made
    again); declined or withdrawn → planned (re-opened); received → withdrawn only."""
    moves: list[LetterStatus] = []
    if status in MAIN_LINE:
        moves += MAIN_LINE[MAIN_LINE.index(status) + 1 :]
    if status in OPEN_STATUSES:
        moves += [LetterStatus.DECLINED, LetterStatus.WITHDRAWN]
    moves += SIDE_MOVES.get(status, ())
    return tuple(dict.fromkeys(moves))


def can_move(current: LetterStatus, new: LetterStatus) -> bool:
    """Whether a letter may move from `current` to `new`; staying put is no move."""
    return new in next_statuses(current)


@dataclass(frozen=True, kw_only=True)
class StatusChange:
    """One dated step of a letter's history: the status it reached and on which day."""

    status: LetterStatus
    on: date


def history_problems(changes: Sequence[StatusChange]) -> list[str]:
    """What is wrong with a letter's history, oldest change first: a date earlier than the one
    before it, or a move `can_move` refuses. The first change may be any status (a letter
    carried over from an earlier season starts as received); several changes may share a day."""
    problems: list[str] = []
    for before, after in zip(changes, changes[1:], strict=False):
        if after.on < before.on:
            problems.append(
                f"{label(after.status)} on {after.on.isoformat()} comes before "
                f"{label(before.status)} on {before.on.isoformat()}."
            )
        if not can_move(before.status, after.status):
            problems.append(
                f"A letter cannot go from {label(before.status)} to {label(after.status)}."
            )
    return problems


def label(status: LetterStatus) -> str:
    return LETTER_STATUS_LABELS[status.value]


# ---------------------------------------------------------------------------------------------
# Letters
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Letter:
    """One ERAS letter entry: one writer, one letter, one one-time Letter ID (§8).

    `specialty` is the specialty it is meant for, or GENERAL. `chair` says it meets a
    department-chair requirement; `waived`, that the applicant waived the right to see it.
    `last_contact` is the last real exchange with the writer (a reply, a meeting), which
    restarts the reminder cadence; `strongest` marks a writer who gets the interview update."""

    id: str
    author: str
    specialty: str
    status: LetterStatus
    kind: LetterKind = LetterKind.NARRATIVE
    title: str = ""  # title and department
    email: str = ""
    waived: bool = True
    chair: bool = False
    eras_letter_id: str = ""
    requested_on: date | None = None
    received_on: date | None = None
    last_contact: date | None = None
    strongest: bool = False

    @property
    def is_general(self) -> bool:
        return same_specialty(self.specialty, GENERAL)

    @property
    def usable(self) -> bool:
        """Still a letter a program could get: not declined, withdrawn or removed."""
        return self.status not in CLOSED_STATUSES


def letter_warnings(letter: Letter) -> tuple[str, ...]:
    """What the applicant should know about one letter: the waiver not given (programs expect
    it); a request the portal removed (make it again: the old Letter ID is gone); a web-form
    letter (the writer fills it in the portal, no PDF); a standardised kind that does not
    belong to the letter's specialty."""
    warnings: list[str] = []
    if not letter.waived:
        warnings.append(
            "Programs expect the waiver of your right to see this letter; without it they "
            "may trust it less. Consider waiving it in MyERAS."
        )
    if letter.status is LetterStatus.REMOVED:
        warnings.append(
            "The portal removed this request: request it again in MyERAS, which gives a new "
            "Letter ID, and send the writer the new form."
        )
    if letter.kind is LetterKind.WEB_FORM:
        warnings.append(
            "This standardised letter is a web form the writer fills in the portal: a PDF "
            "is not accepted."
        )
    warnings.extend(kind_mismatch(letter))
    return tuple(warnings)


def kind_mismatch(letter: Letter) -> tuple[str, ...]:
    """A SLOE or web form for a specialty that does not use it."""
    expected = {LetterKind.SLOE: SLOE_SPECIALTIES, LetterKind.WEB_FORM: WEB_FORM_SPECIALTIES}
    allowed = expected.get(letter.kind)
    if allowed is None or any(same_specialty(letter.specialty, s) for s in allowed):
        return ()
    kind = LETTER_KIND_LABELS[letter.kind.value]
    return (f"{kind} is used by {', '.join(sorted(allowed))}, not by {letter.specialty}.",)


def reuse_note(letter: Letter, season_opens: date) -> str | None:
    """For a letter received before this season opened (writers persist across seasons and a
    letter can be reused): a note giving the date it came in, so programs' view of its age is
    no surprise. None for anything else."""
    if letter.received_on is None or letter.received_on >= season_opens:
        return None
    return f"Received {letter.received_on:%d %b %Y}, in an earlier season: reused."


# ---------------------------------------------------------------------------------------------
# Programs and assignments
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Program:
    id: str
    name: str
    specialty: str
    state: str = ""
    signalled: bool = False
    applied_on: date | None = None

    def locked(self, today: date) -> bool:
        """ERAS locks a program's letters once the applicant has applied to it."""
        return self.applied_on is not None and self.applied_on <= today


class Severity(StrEnum):
    ERROR = "error"  # the assignment breaks a rule of ERAS
    WARNING = "warning"  # allowed, but an advisor would question it
    NOTE = "note"  # a fact to keep in mind


class CheckCode(StrEnum):
    TOO_MANY = "too_many"
    LOCKED = "locked"
    FEWER_THAN_THREE = "fewer_than_three"
    SIGNAL_WITHOUT_SPECIALTY_LETTER = "signal_without_specialty_letter"
    OTHER_SPECIALTY_LETTER = "other_specialty_letter"
    GENERAL_WHERE_SPECIALTY_EXISTS = "general_where_specialty_exists"


SEVERITIES: dict[CheckCode, Severity] = {
    CheckCode.TOO_MANY: Severity.ERROR,
    CheckCode.LOCKED: Severity.NOTE,
    CheckCode.FEWER_THAN_THREE: Severity.WARNING,
    CheckCode.SIGNAL_WITHOUT_SPECIALTY_LETTER: Severity.WARNING,
    CheckCode.OTHER_SPECIALTY_LETTER: Severity.WARNING,
    CheckCode.GENERAL_WHERE_SPECIALTY_EXISTS: Severity.WARNING,
}


@dataclass(frozen=True, kw_only=True)
class AssignmentCheck:
    """One finding about a program's letters; `letter_id` names the letter it is about."""

    code: CheckCode
    message: str
    letter_id: str = ""

    @property
    def severity(self) -> Severity:
        return SEVERITIES[self.code]


def assignment_problems(
    program: Program,
    letters_assigned: Sequence[Letter],
    all_letters: Sequence[Letter],
    today: date,
) -> tuple[AssignmentCheck, ...]:
    """An advisor's reading of one program's letters, errors first: more than four (ERAS sends
    at most four); applied, so locked; fewer than three; signalled with no letter of its
    specialty; a letter meant for another specialty; a General letter assigned while a usable
    letter of the program's specialty sits unassigned."""
    checks = [
        *count_checks(program, letters_assigned, today),
        *specialty_checks(program, letters_assigned),
        *general_checks(program, letters_assigned, all_letters),
    ]
    order = list(Severity)
    return tuple(sorted(checks, key=lambda check: order.index(check.severity)))


def count_checks(
    program: Program, assigned: Sequence[Letter], today: date
) -> list[AssignmentCheck]:
    checks: list[AssignmentCheck] = []
    most, least = defaults.MAX_LETTERS_PER_PROGRAM, defaults.MIN_LETTERS_PER_PROGRAM
    if len(assigned) > most:
        message = f"{len(assigned)} letters assigned: a program receives at most {most}."
        checks.append(AssignmentCheck(code=CheckCode.TOO_MANY, message=message))
    if program.locked(today) and program.applied_on is not None:
        message = (
            f"You applied on {program.applied_on:%d %b %Y}: ERAS has locked this program's "
            "letters, so they can no longer change."
        )
        checks.append(AssignmentCheck(code=CheckCode.LOCKED, message=message))
    if len(assigned) < least:
        message = f"Only {len(assigned)} letter(s): programs usually expect at least {least}."
        checks.append(AssignmentCheck(code=CheckCode.FEWER_THAN_THREE, message=message))
    return checks


def specialty_checks(program: Program, assigned: Sequence[Letter]) -> list[AssignmentCheck]:
    checks: list[AssignmentCheck] = []
    if program.signalled and not any(
        same_specialty(letter.specialty, program.specialty) for letter in assigned
    ):
        message = (
            f"You signalled this program but none of its letters is from {program.specialty}: "
            "a signalled program should hold one."
        )
        checks.append(
            AssignmentCheck(code=CheckCode.SIGNAL_WITHOUT_SPECIALTY_LETTER, message=message)
        )
    for letter in assigned:
        if letter.is_general or same_specialty(letter.specialty, program.specialty):
            continue
        message = (
            f"{letter.author}'s letter is meant for {letter.specialty}, not {program.specialty}."
        )
        checks.append(
            AssignmentCheck(
                code=CheckCode.OTHER_SPECIALTY_LETTER, message=message, letter_id=letter.id
            )
        )
    return checks


def general_checks(
    program: Program, assigned: Sequence[Letter], all_letters: Sequence[Letter]
) -> list[AssignmentCheck]:
    assigned_ids = {letter.id for letter in assigned}
    waiting = [
        letter
        for letter in all_letters
        if letter.id not in assigned_ids
        and letter.usable
        and same_specialty(letter.specialty, program.specialty)
    ]
    if not waiting:
        return []
    names = ", ".join(letter.author for letter in waiting)
    return [
        AssignmentCheck(
            code=CheckCode.GENERAL_WHERE_SPECIALTY_EXISTS,
            message=(
                f"{letter.author}'s letter is General while a {program.specialty} letter "
                f"({names}) is not assigned here: consider using it instead."
            ),
            letter_id=letter.id,
        )
        for letter in assigned
        if letter.is_general
    ]


def can_assign(
    program: Program, current_letter_ids: Collection[str], new_ids: Iterable[str], today: date
) -> str | None:
    """Why `new_ids` cannot be added to the program's current letters, or None when they can:
    a locked program (applied) takes no new letter, and no program ends with more than four.
    Adding letters it already holds changes nothing and is never refused."""
    current = set(current_letter_ids)
    added = set(new_ids) - current
    if not added:
        return None
    if program.locked(today) and program.applied_on is not None:
        return (
            f"You applied to {program.name} on {program.applied_on:%d %b %Y}: ERAS locks a "
            "program's letters once you apply."
        )
    most = defaults.MAX_LETTERS_PER_PROGRAM
    if len(current | added) > most:
        return (
            f"{program.name} would have {len(current | added)} letters: a program receives "
            f"at most {most}."
        )
    return None


@dataclass(frozen=True, kw_only=True)
class Refusal:
    program_id: str
    reason: str


@dataclass(frozen=True, kw_only=True)
class BulkResult:
    """The outcome of giving one set of letters to many programs: those that take it (ids in
    the order given), those that already held it all, and those refused with the reason."""

    taken: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    refused: tuple[Refusal, ...] = ()


def bulk_assignment(
    programs: Sequence[Program],
    letter_ids: Collection[str],
    current: Mapping[str, Collection[str]],
    today: date,
) -> BulkResult:
    """Add the same letters to each program (`current` maps a program id to the letter ids it
    holds). Each program is judged alone by `can_assign`, so one refusal (locked, or more than
    four) does not stop the others."""
    taken: list[str] = []
    unchanged: list[str] = []
    refused: list[Refusal] = []
    for program in programs:
        held = current.get(program.id, ())
        reason = can_assign(program, held, letter_ids, today)
        if reason is not None:
            refused.append(Refusal(program_id=program.id, reason=reason))
        elif set(letter_ids) <= set(held):
            unchanged.append(program.id)
        else:
            taken.append(program.id)
    return BulkResult(taken=tuple(taken), unchanged=tuple(unchanged), refused=tuple(refused))
