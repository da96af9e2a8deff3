"""The ERAS letter ledger (domain §1 and §8): statuses and their history, letter warnings, and
the advisor's checks of each program's letters."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lorkit.core import defaults
from lorkit.core.ledger import (
    GENERAL,
    AssignmentCheck,
    BulkResult,
    Letter,
    LetterKind,
    LetterStatus,
    Program,
    Refusal,
    Severity,
    StatusChange,
    assignment_problems,
    bulk_assignment,
    can_assign,
    can_move,
    default_letter_kind,
    history_problems,
    letter_warnings,
    next_statuses,
    reuse_note,
)

S = LetterStatus
TODAY = date(2026, 9, 10)
IM = "Internal Medicine"


def letter(
    id: str,
    specialty: str = IM,
    status: LetterStatus = S.RECEIVED,
    **extra: Any,
) -> Letter:
    return Letter(id=id, author=f"Dr {id.upper()}", specialty=specialty, status=status, **extra)


def program(**extra: Any) -> Program:
    fields: dict[str, Any] = {"id": "p1", "name": "Lakeside IM", "specialty": IM, **extra}
    return Program(**fields)


def codes(checks: tuple[AssignmentCheck, ...]) -> list[str]:
    return [check.code.value for check in checks]


# ---------------------------------------------------------------------------------------------
# Kinds
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("specialty", "kind"),
    [
        ("Emergency Medicine", LetterKind.SLOE),
        ("emergency medicine ", LetterKind.SLOE),
        ("Dermatology", LetterKind.WEB_FORM),
        ("Plastic Surgery", LetterKind.WEB_FORM),
        ("Urology", LetterKind.WEB_FORM),
        (IM, LetterKind.NARRATIVE),
        (GENERAL, LetterKind.NARRATIVE),
    ],
)
def test_a_new_letter_starts_as_its_specialtys_usual_kind(specialty: str, kind: LetterKind) -> None:
    assert default_letter_kind(specialty) is kind


# ---------------------------------------------------------------------------------------------
# Statuses
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "allowed"),
    [
        (S.PLANNED, [S.ASKED, S.AGREED, S.REQUESTED, S.RECEIVED, S.DECLINED, S.WITHDRAWN]),
        (S.ASKED, [S.AGREED, S.REQUESTED, S.RECEIVED, S.DECLINED, S.WITHDRAWN]),
        (S.AGREED, [S.REQUESTED, S.RECEIVED, S.DECLINED, S.WITHDRAWN]),
        (S.REQUESTED, [S.RECEIVED, S.DECLINED, S.WITHDRAWN, S.REMOVED]),
        (S.RECEIVED, [S.WITHDRAWN]),
        (S.REMOVED, [S.REQUESTED, S.WITHDRAWN]),
        (S.DECLINED, [S.PLANNED]),
        (S.WITHDRAWN, [S.PLANNED]),
    ],
)
def test_each_status_leads_only_to_its_rulebook_moves(
    status: LetterStatus, allowed: list[LetterStatus]
) -> None:
    assert list(next_statuses(status)) == allowed


@pytest.mark.parametrize(
    ("before", "after", "allowed"),
    [
        (S.PLANNED, S.AGREED, True),  # the yes came with the ask
        (S.AGREED, S.ASKED, False),  # no going back along the main line
        (S.REQUESTED, S.REMOVED, True),  # the portal deleted the request
        (S.REMOVED, S.REQUESTED, True),  # made again
        (S.RECEIVED, S.REMOVED, False),  # the carry-over kept uploaded letters
        (S.RECEIVED, S.REQUESTED, False),
        (S.DECLINED, S.PLANNED, True),  # re-opened
        (S.DECLINED, S.REQUESTED, False),
        (S.ASKED, S.REMOVED, False),  # only a request in the portal can be removed
        (S.ASKED, S.ASKED, False),  # staying put is no move
    ],
)
def test_moves_between_statuses(before: LetterStatus, after: LetterStatus, allowed: bool) -> None:
    assert can_move(before, after) is allowed


@given(st.sampled_from(list(LetterStatus)))
def test_no_status_moves_to_itself(status: LetterStatus) -> None:
    assert not can_move(status, status)


def test_every_status_can_still_end_in_a_received_letter() -> None:
    reach = {S.RECEIVED}
    for _ in LetterStatus:
        reach |= {s for s in LetterStatus if any(can_move(s, r) for r in reach)}
    assert reach == set(LetterStatus)


def test_a_clean_history_has_no_problems() -> None:
    changes = [
        StatusChange(status=S.PLANNED, on=date(2026, 5, 20)),
        StatusChange(status=S.ASKED, on=date(2026, 5, 28)),
        StatusChange(status=S.AGREED, on=date(2026, 5, 28)),
        StatusChange(status=S.REQUESTED, on=date(2026, 6, 10)),
        StatusChange(status=S.REMOVED, on=date(2026, 6, 15)),
        StatusChange(status=S.REQUESTED, on=date(2026, 6, 20)),
        StatusChange(status=S.RECEIVED, on=date(2026, 8, 2)),
    ]
    assert history_problems(changes) == []


def test_a_history_going_back_in_time_is_a_problem() -> None:
    changes = [
        StatusChange(status=S.ASKED, on=date(2026, 5, 28)),
        StatusChange(status=S.AGREED, on=date(2026, 5, 27)),
    ]
    assert history_problems(changes) == ["Agreed on 2026-05-27 comes before Asked on 2026-05-28."]


def test_a_forbidden_move_in_a_history_is_a_problem() -> None:
    changes = [
        StatusChange(status=S.RECEIVED, on=date(2026, 8, 2)),
        StatusChange(status=S.REMOVED, on=date(2026, 8, 3)),
    ]
    assert history_problems(changes) == [
        "A letter cannot go from Received to Removed by the portal."
    ]


@given(
    st.lists(st.tuples(st.integers(0, 7), st.integers(0, 30)), min_size=1, max_size=12),
)
def test_a_walk_along_allowed_moves_with_dates_going_forward_is_a_clean_history(
    steps: list[tuple[int, int]],
) -> None:
    status, day, changes = S.PLANNED, date(2026, 3, 1), []
    changes.append(StatusChange(status=status, on=day))
    for pick, gap in steps:
        options = next_statuses(status)
        status, day = options[pick % len(options)], day + timedelta(days=gap)
        changes.append(StatusChange(status=status, on=day))

    assert history_problems(changes) == []
    if len(changes) > 1 and changes[-1].on > changes[0].on:
        backwards = [*changes[1:], StatusChange(status=changes[-1].status, on=changes[0].on)]
        assert history_problems(backwards)


# ---------------------------------------------------------------------------------------------
# Letter warnings
# ---------------------------------------------------------------------------------------------


def test_a_waived_narrative_letter_in_progress_needs_no_warning() -> None:
    assert letter_warnings(letter("a", status=S.REQUESTED)) == ()


def test_a_letter_not_waived_warns_that_programs_expect_the_waiver() -> None:
    (warning,) = letter_warnings(letter("a", waived=False))
    assert warning.startswith("Programs expect the waiver")


def test_a_removed_request_must_be_made_again() -> None:
    (warning,) = letter_warnings(letter("a", status=S.REMOVED))
    assert "request it again" in warning
    assert "new Letter ID" in warning


def test_a_web_form_letter_takes_no_pdf() -> None:
    warnings = letter_warnings(letter("a", "Urology", kind=LetterKind.WEB_FORM))
    assert warnings == (
        "This standardised letter is a web form the writer fills in the portal: a PDF is "
        "not accepted.",
    )


@pytest.mark.parametrize(
    ("specialty", "kind"),
    [
        (IM, LetterKind.SLOE),
        ("Emergency Medicine", LetterKind.WEB_FORM),
        (GENERAL, LetterKind.SLOE),
    ],
)
def test_a_standardised_kind_outside_its_specialty_is_flagged(
    specialty: str, kind: LetterKind
) -> None:
    warnings = letter_warnings(letter("a", specialty, kind=kind))
    assert any(f"not by {specialty}" in w for w in warnings)


def test_a_sloe_for_emergency_medicine_is_as_expected() -> None:
    assert letter_warnings(letter("a", "Emergency Medicine", kind=LetterKind.SLOE)) == ()


def test_a_letter_from_an_earlier_season_shows_its_date_when_reused() -> None:
    old = letter("a", received_on=date(2025, 8, 14))
    opens = date(2026, 6, 3)
    assert reuse_note(old, opens) == "Received 14 Aug 2025, in an earlier season: reused."
    assert reuse_note(letter("b", received_on=date(2026, 7, 1)), opens) is None
    assert reuse_note(letter("c", status=S.REQUESTED), opens) is None


# ---------------------------------------------------------------------------------------------
# Program checks
# ---------------------------------------------------------------------------------------------

THREE_IM = [letter("a"), letter("b"), letter("c")]


def test_three_letters_of_the_programs_specialty_raise_nothing() -> None:
    assert assignment_problems(program(signalled=True), THREE_IM, THREE_IM, TODAY) == ()


def test_five_letters_are_too_many_and_come_first() -> None:
    five = [*THREE_IM, letter("d"), letter("e")]
    checks = assignment_problems(program(), five, five, TODAY)
    assert codes(checks) == ["too_many"]
    assert checks[0].severity is Severity.ERROR
    assert "at most 4" in checks[0].message


def test_a_program_with_two_letters_has_fewer_than_three() -> None:
    checks = assignment_problems(program(), THREE_IM[:2], THREE_IM, TODAY)
    assert codes(checks) == ["fewer_than_three"]
    assert checks[0].severity is Severity.WARNING


@pytest.mark.parametrize(
    ("applied_on", "locked"),
    [(date(2026, 9, 2), True), (TODAY, True), (date(2026, 9, 11), False), (None, False)],
)
def test_a_program_is_locked_from_the_day_you_apply(applied_on: date | None, locked: bool) -> None:
    checks = assignment_problems(program(applied_on=applied_on), THREE_IM, THREE_IM, TODAY)
    assert ("locked" in codes(checks)) is locked


def test_a_signalled_program_without_a_letter_of_its_specialty_is_flagged() -> None:
    others = [letter("a", GENERAL), letter("b", GENERAL), letter("c", "Neurology")]
    checks = assignment_problems(program(signalled=True), others, others, TODAY)
    assert codes(checks) == ["signal_without_specialty_letter", "other_specialty_letter"]
    assert checks[1].letter_id == "c"
    assert "meant for Neurology, not Internal Medicine" in checks[1].message


def test_the_same_letters_for_an_unsignalled_program_only_flag_the_other_specialty() -> None:
    others = [letter("a", GENERAL), letter("b", GENERAL), letter("c", "Neurology")]
    assert codes(assignment_problems(program(), others, others, TODAY)) == [
        "other_specialty_letter"
    ]


def test_a_general_letter_where_a_specialty_letter_waits_unassigned_is_flagged() -> None:
    assigned = [letter("a"), letter("b"), letter("g", GENERAL)]
    waiting = letter("c")
    checks = assignment_problems(program(), assigned, [*assigned, waiting], TODAY)
    assert codes(checks) == ["general_where_specialty_exists"]
    assert checks[0].letter_id == "g"
    assert "Dr C" in checks[0].message


@pytest.mark.parametrize("status", [S.DECLINED, S.WITHDRAWN, S.REMOVED])
def test_a_specialty_letter_that_will_not_come_is_no_reason_to_drop_a_general_one(
    status: LetterStatus,
) -> None:
    assigned = [letter("a"), letter("b"), letter("g", GENERAL)]
    gone = letter("c", status=status)
    assert assignment_problems(program(), assigned, [*assigned, gone], TODAY) == ()


def test_checks_come_errors_first_then_notes_after_warnings() -> None:
    five = [letter("a", "Neurology"), *THREE_IM, letter("d")]
    applied = program(applied_on=date(2026, 9, 1))
    severities = [c.severity for c in assignment_problems(applied, five, five, TODAY)]
    assert severities == [Severity.ERROR, Severity.WARNING, Severity.NOTE]


# ---------------------------------------------------------------------------------------------
# Assigning
# ---------------------------------------------------------------------------------------------


def test_letters_can_be_added_up_to_four() -> None:
    assert can_assign(program(), ["a", "b"], ["c", "d"], TODAY) is None


def test_a_fifth_letter_is_refused() -> None:
    refusal = can_assign(program(), ["a", "b", "c"], ["d", "e"], TODAY)
    assert refusal == "Lakeside IM would have 5 letters: a program receives at most 4."


def test_a_locked_program_takes_no_new_letter() -> None:
    refusal = can_assign(program(applied_on=date(2026, 9, 2)), ["a"], ["b"], TODAY)
    assert refusal is not None
    assert "applied to Lakeside IM on 02 Sep 2026" in refusal


def test_adding_letters_a_locked_program_already_holds_changes_nothing_and_is_allowed() -> None:
    assert can_assign(program(applied_on=date(2026, 9, 2)), ["a", "b"], ["a"], TODAY) is None


def test_bulk_assignment_judges_each_program_alone() -> None:
    programs = [
        program(id="open"),
        program(id="full"),
        program(id="applied", applied_on=date(2026, 9, 3)),
        program(id="has_it"),
    ]
    current = {"full": ["w", "x", "y"], "applied": [], "has_it": ["a", "b"]}

    result = bulk_assignment(programs, ["a", "b"], current, TODAY)

    assert result.taken == ("open",)
    assert result.unchanged == ("has_it",)
    assert [r.program_id for r in result.refused] == ["full", "applied"]
    assert isinstance(result.refused[0], Refusal)
    assert "at most 4" in result.refused[0].reason
    assert "locks" in result.refused[1].reason
    assert isinstance(result, BulkResult)


@given(
    held=st.lists(st.sets(st.sampled_from("abcdef"), max_size=5), min_size=1, max_size=6),
    adding=st.sets(st.sampled_from("abcdef"), max_size=4),
    applied=st.lists(st.booleans(), min_size=6, max_size=6),
)
def test_bulk_assignment_never_leaves_a_program_above_four_nor_changes_a_locked_one(
    held: list[set[str]], adding: set[str], applied: list[bool]
) -> None:
    programs = [
        program(id=f"p{i}", applied_on=date(2026, 9, 1) if applied[i] else None)
        for i in range(len(held))
    ]
    current = {f"p{i}": letters for i, letters in enumerate(held)}

    result = bulk_assignment(programs, adding, current, TODAY)

    assert len(result.taken) + len(result.unchanged) + len(result.refused) == len(programs)
    for taker in result.taken:
        assert len(current[taker] | adding) <= defaults.MAX_LETTERS_PER_PROGRAM
        assert not applied[int(taker[1:])]
