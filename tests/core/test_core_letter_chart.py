"""The season's letters at a glance (domain §8): the weekly status counts read from the dated
histories, the stacked bar chart drawn from them, and the letters counted per specialty."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lorkit.core import defaults
from lorkit.core.ledger import GENERAL, MAIN_LINE, Letter, LetterStatus
from lorkit.core.letter_chart import (
    WEEK_LABELS_MAX,
    SpecialtyCount,
    WeekCounts,
    letters_by_specialty,
    status_chart,
    status_on,
    weekly_status,
)

S = LetterStatus
IM = "Internal Medicine"


def counts(week: WeekCounts) -> tuple[int, ...]:
    """planned, asked, agreed, requested, received"""
    return tuple(week.count(status) for status in MAIN_LINE)


# ---------------------------------------------------------------------------------------------
# Weekly counts
# ---------------------------------------------------------------------------------------------


def test_no_history_gives_no_weeks() -> None:
    assert weekly_status([], date(2026, 6, 24)) == ()
    assert weekly_status([[]], date(2026, 6, 24)) == ()


def test_each_week_counts_the_letter_where_it_stood_on_the_sunday() -> None:
    history = [
        (S.PLANNED, date(2026, 6, 3)),
        (S.ASKED, date(2026, 6, 10)),
        (S.AGREED, date(2026, 6, 17)),
    ]

    weeks = weekly_status([history], date(2026, 6, 24))

    assert [w.week_start for w in weeks] == [
        date(2026, 6, 1),
        date(2026, 6, 8),
        date(2026, 6, 15),
        date(2026, 6, 22),
    ]
    assert [counts(w) for w in weeks] == [
        (1, 0, 0, 0, 0),
        (0, 1, 0, 0, 0),
        (0, 0, 1, 0, 0),
        (0, 0, 1, 0, 0),
    ]


def test_the_week_under_way_is_counted_as_of_today_not_its_sunday() -> None:
    weeks = weekly_status([[(S.PLANNED, date(2026, 6, 22))]], date(2026, 6, 24))

    assert (weeks[-1].week_start, weeks[-1].as_of) == (date(2026, 6, 22), date(2026, 6, 24))


def test_a_change_made_on_a_sunday_counts_in_that_week() -> None:
    history = [(S.PLANNED, date(2026, 6, 1)), (S.ASKED, date(2026, 6, 7))]

    weeks = weekly_status([history], date(2026, 6, 9))

    assert [counts(w) for w in weeks] == [(0, 1, 0, 0, 0), (0, 1, 0, 0, 0)]


@pytest.mark.parametrize("ending", [S.DECLINED, S.WITHDRAWN, S.REMOVED])
def test_a_letter_that_left_the_main_line_leaves_the_counts(ending: LetterStatus) -> None:
    history = [
        (S.PLANNED, date(2026, 6, 1)),
        (S.REQUESTED, date(2026, 6, 2)),
        (ending, date(2026, 6, 9)),
    ]

    weeks = weekly_status([history], date(2026, 6, 10))

    assert [w.total for w in weeks] == [1, 0]


def test_a_removed_request_made_again_comes_back_as_requested() -> None:
    history = [
        (S.REQUESTED, date(2026, 5, 20)),
        (S.REMOVED, date(2026, 6, 1)),
        (S.REQUESTED, date(2026, 6, 10)),
    ]

    weeks = weekly_status([history], date(2026, 6, 10))

    requested, none = (0, 0, 0, 1, 0), (0, 0, 0, 0, 0)
    assert [counts(w) for w in weeks] == [requested, requested, none, requested]


def test_of_several_changes_on_one_day_the_last_given_counts() -> None:
    history = [
        (S.PLANNED, date(2026, 6, 3)),
        (S.ASKED, date(2026, 6, 3)),
        (S.AGREED, date(2026, 6, 3)),
    ]

    assert status_on(history, date(2026, 6, 3)) is S.AGREED
    assert status_on(history, date(2026, 6, 2)) is None


def test_changes_dated_after_today_are_not_counted() -> None:
    history = [(S.PLANNED, date(2026, 6, 1)), (S.RECEIVED, date(2026, 6, 30))]

    weeks = weekly_status([history], date(2026, 6, 10))

    assert [counts(w) for w in weeks] == [(1, 0, 0, 0, 0), (1, 0, 0, 0, 0)]
    assert weekly_status([[(S.PLANNED, date(2026, 6, 30))]], date(2026, 6, 10)) == ()


def test_several_letters_add_up_in_their_own_steps() -> None:
    histories = [
        [(S.PLANNED, date(2026, 6, 1)), (S.AGREED, date(2026, 6, 4))],
        [(S.ASKED, date(2026, 6, 2))],
        [(S.RECEIVED, date(2025, 9, 1))],  # reused from an earlier season, far before the cap
    ]

    weeks = weekly_status(histories, date(2026, 6, 5))

    assert counts(weeks[-1]) == (0, 1, 1, 0, 1)
    assert weeks[-1].described() == "Week of 1 Jun 2026: 1 asked, 1 agreed, 1 received"


def test_a_long_season_shows_only_its_last_26_weeks_ending_with_today() -> None:
    history = [(S.PLANNED, date(2026, 1, 5)), (S.ASKED, date(2026, 9, 1))]

    weeks = weekly_status([history], date(2026, 9, 9))

    assert defaults.LETTER_CHART_MAX_WEEKS == 26
    assert len(weeks) == 26
    assert (weeks[0].week_start, weeks[-1].week_start) == (date(2026, 3, 16), date(2026, 9, 7))
    assert counts(weeks[0]) == (1, 0, 0, 0, 0)


statuses = st.sampled_from(list(LetterStatus))
days = st.dates(min_value=date(2025, 6, 1), max_value=date(2026, 12, 31))
histories = st.lists(st.lists(st.tuples(statuses, days), max_size=6), max_size=8)


@given(histories=histories, today=days)
def test_weeks_are_consecutive_mondays_and_never_count_more_letters_than_there_are(
    histories: list[list[tuple[LetterStatus, date]]], today: date
) -> None:
    weeks = weekly_status(histories, today)

    assert len(weeks) <= defaults.LETTER_CHART_MAX_WEEKS
    assert all(w.week_start.weekday() == 0 for w in weeks)
    assert all(b.week_start - a.week_start == timedelta(weeks=1) for a, b in pairwise(weeks))
    assert all(w.total <= len(histories) for w in weeks)
    if weeks:
        assert weeks[-1].week_start <= today < weeks[-1].week_start + timedelta(weeks=1)


# ---------------------------------------------------------------------------------------------
# The chart
# ---------------------------------------------------------------------------------------------


def week_of(start: date, **steps: int) -> WeekCounts:
    return WeekCounts(week_start=start, as_of=start + timedelta(days=6), **steps)


def test_a_bar_stacks_its_steps_from_planned_at_the_bottom_up_to_received() -> None:
    chart = status_chart([week_of(date(2026, 6, 1), planned=1, agreed=2, received=1)])

    (bar,) = chart.bars
    assert [(s.status, s.count) for s in bar.segments] == [
        (S.PLANNED, 1),
        (S.AGREED, 2),
        (S.RECEIVED, 1),
    ]
    assert bar.segments[0].y + bar.segments[0].height == chart.plot_bottom
    for lower, upper in pairwise(bar.segments):
        assert upper.y + upper.height == pytest.approx(lower.y)
    assert bar.segments[1].height == pytest.approx(2 * bar.segments[0].height)
    assert bar.title == "Week of 1 Jun 2026: 1 planned, 2 agreed, 1 received"


@pytest.mark.parametrize(
    ("peak", "top", "ticks"),
    [
        (0, 1, [0, 1]),
        (3, 3, [0, 1, 2, 3]),
        (4, 4, [0, 1, 2, 3, 4]),
        (5, 6, [0, 2, 4, 6]),
        (9, 9, [0, 3, 6, 9]),
    ],
)
def test_the_scale_rounds_the_peak_up_to_a_whole_tick(
    peak: int, top: int, ticks: list[int]
) -> None:
    chart = status_chart([week_of(date(2026, 6, 1), asked=peak)])

    assert chart.scale_top == top
    assert [t.value for t in chart.ticks] == ticks
    assert chart.ticks[-1].y == pytest.approx(10)  # the top of the plot


def test_the_tallest_bar_reaches_the_top_when_the_peak_is_a_whole_tick() -> None:
    chart = status_chart([week_of(date(2026, 6, 1), asked=2), week_of(date(2026, 6, 8), asked=4)])

    assert chart.bars[1].segments[0].y == pytest.approx(chart.ticks[-1].y)


def test_bars_sit_side_by_side_inside_the_plot_oldest_first() -> None:
    weeks = [week_of(date(2026, 6, 1) + timedelta(weeks=n), planned=1) for n in range(10)]

    chart = status_chart(weeks)

    xs = [bar.x for bar in chart.bars]
    assert xs == sorted(xs)
    assert xs[0] >= chart.plot_left
    assert chart.bars[-1].x + chart.bars[-1].width <= chart.plot_right
    assert all(a.x + a.width < b.x for a, b in pairwise(chart.bars))


@pytest.mark.parametrize("n", [1, 5, 7, 8, 14, 26])
def test_at_most_seven_weeks_are_labelled_and_always_the_latest(n: int) -> None:
    weeks = [week_of(date(2026, 3, 2) + timedelta(weeks=k), asked=1) for k in range(n)]

    labels = [bar.label for bar in status_chart(weeks).bars]

    assert 1 <= sum(1 for text in labels if text) <= WEEK_LABELS_MAX
    assert labels[-1] == f"{weeks[-1].week_start.day} {weeks[-1].week_start:%b}"


def test_an_empty_season_draws_an_axis_and_no_bars() -> None:
    chart = status_chart([])

    assert chart.bars == ()
    assert [t.value for t in chart.ticks] == [0, 1]
    assert chart.view_box == "0 0 640 220"


# ---------------------------------------------------------------------------------------------
# Letters per specialty
# ---------------------------------------------------------------------------------------------


def letter(n: int, specialty: str, status: LetterStatus) -> Letter:
    return Letter(id=str(n), author=f"Dr {n}", specialty=specialty, status=status)


def test_agreed_and_requested_count_as_agreed_received_apart_and_general_last() -> None:
    letters = [
        letter(1, GENERAL, S.RECEIVED),
        letter(2, IM, S.AGREED),
        letter(3, "internal medicine ", S.REQUESTED),
        letter(4, IM, S.RECEIVED),
        letter(5, "Family Medicine", S.RECEIVED),
        letter(6, "general", S.AGREED),
    ]

    assert letters_by_specialty(letters) == (
        SpecialtyCount(specialty="Family Medicine", agreed=0, received=1),
        SpecialtyCount(specialty=IM, agreed=2, received=1),
        SpecialtyCount(specialty=GENERAL, agreed=1, received=1),
    )
    assert letters_by_specialty(letters)[-1].is_general


@pytest.mark.parametrize("status", [S.PLANNED, S.ASKED, S.DECLINED, S.WITHDRAWN, S.REMOVED])
def test_letters_neither_agreed_nor_received_are_not_counted(status: LetterStatus) -> None:
    assert letters_by_specialty([letter(1, IM, status)]) == ()
