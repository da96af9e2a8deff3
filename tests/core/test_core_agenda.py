"""The agenda: overdue, due today, and coming soon (open items only)."""

from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lorkit.core.agenda import WEEK_AHEAD, build_agenda, group_items, is_overdue
from lorkit.core.vocabulary import MilestoneStatus

TODAY = date(2027, 1, 14)


@dataclass(frozen=True)
class Item:
    name: str
    start: date
    end: date
    status: str = "open"


def names(items) -> list[str]:
    return [item.name for item in items]


@pytest.mark.parametrize(
    ("start", "end", "section"),
    [
        (date(2027, 1, 10), date(2027, 1, 13), "overdue"),  # closed yesterday
        (date(2027, 1, 13), date(2027, 1, 14), "due_now"),  # closes today
        (date(2027, 1, 14), date(2027, 1, 14), "due_now"),  # today only
        (date(2027, 1, 10), date(2027, 1, 20), "due_now"),  # today inside the window
        (date(2027, 1, 15), date(2027, 1, 16), None),  # tomorrow: not in the day view
    ],
)
def test_the_day_view_sorts_an_open_item_by_its_window(start, end, section):
    agenda = build_agenda([Item("x", start, end)], TODAY)
    found = [s for s in ("overdue", "due_now", "upcoming") if getattr(agenda, s)]
    assert found == ([section] if section else [])


@pytest.mark.parametrize("status", [MilestoneStatus.DONE, MilestoneStatus.SKIPPED, "skipped"])
@pytest.mark.parametrize(
    ("start", "end"),
    [
        (date(2027, 1, 1), date(2027, 1, 5)),
        (date(2027, 1, 14), date(2027, 1, 14)),
        (date(2027, 1, 16), date(2027, 1, 18)),
    ],
)
def test_done_and_skipped_items_never_appear(status, start, end):
    agenda = build_agenda([Item("x", start, end, status)], TODAY, days_ahead=WEEK_AHEAD)
    assert agenda.is_empty
    assert (agenda.overdue, agenda.due_now, agenda.upcoming) == ((), (), ())


def test_the_week_view_includes_an_item_starting_in_six_days_but_not_seven():
    items = [
        Item("in six days", date(2027, 1, 20), date(2027, 1, 22)),
        Item("in seven days", date(2027, 1, 21), date(2027, 1, 21)),
        Item("tomorrow", date(2027, 1, 15), date(2027, 1, 15)),
    ]
    agenda = build_agenda(items, TODAY, days_ahead=WEEK_AHEAD)
    assert names(agenda.upcoming) == ["tomorrow", "in six days"]
    assert agenda.due_now == ()
    assert agenda.overdue == ()


def test_overdue_items_come_oldest_window_first():
    items = [
        Item("b", date(2027, 1, 5), date(2027, 1, 10)),
        Item("a", date(2027, 1, 1), date(2027, 1, 12)),
        Item("c", date(2027, 1, 5), date(2027, 1, 8)),
    ]
    assert names(build_agenda(items, TODAY).overdue) == ["a", "c", "b"]


def test_items_due_now_come_soonest_closing_first():
    items = [
        Item("closes later", date(2027, 1, 1), date(2027, 1, 20)),
        Item("closes today, opened later", date(2027, 1, 12), date(2027, 1, 14)),
        Item("closes today, opened first", date(2027, 1, 10), date(2027, 1, 14)),
    ]
    assert names(build_agenda(items, TODAY).due_now) == [
        "closes today, opened first",
        "closes today, opened later",
        "closes later",
    ]


def test_upcoming_items_come_soonest_opening_first():
    items = [
        Item("c", date(2027, 1, 18), date(2027, 1, 19)),
        Item("b", date(2027, 1, 16), date(2027, 1, 30)),
        Item("a", date(2027, 1, 16), date(2027, 1, 17)),
    ]
    agenda = build_agenda(items, TODAY, days_ahead=6)
    assert names(agenda.upcoming) == ["a", "b", "c"]


def test_the_agenda_keeps_the_day_it_was_built_for_and_is_empty_without_items():
    agenda = build_agenda([], TODAY)
    assert agenda.today == TODAY
    assert agenda.is_empty


def test_an_agenda_with_one_item_is_not_empty():
    assert not build_agenda([Item("x", TODAY, TODAY)], TODAY).is_empty


@pytest.mark.parametrize(
    ("end", "status", "overdue"),
    [
        (date(2027, 1, 13), "open", True),
        (date(2027, 1, 14), "open", False),  # closes today: still on time
        (date(2027, 1, 15), "open", False),
        (date(2027, 1, 13), "done", False),
        (date(2027, 1, 13), "skipped", False),
    ],
)
def test_an_item_is_overdue_when_open_and_its_window_closed_before_today(end, status, overdue):
    assert is_overdue(Item("x", date(2027, 1, 1), end, status), TODAY) is overdue


items = st.builds(
    lambda offset, length, status: Item(
        f"{offset}/{length}/{status}",
        TODAY + timedelta(days=offset),
        TODAY + timedelta(days=offset + length),
        status,
    ),
    st.integers(min_value=-30, max_value=30),
    st.integers(min_value=0, max_value=20),
    st.sampled_from([s.value for s in MilestoneStatus]),
)


@given(st.lists(items, max_size=20, unique_by=lambda item: item.name), st.integers(0, 14))
def test_each_open_item_lands_in_exactly_one_section_up_to_the_horizon(entries, days_ahead):
    agenda = build_agenda(entries, TODAY, days_ahead)
    shown = names([*agenda.overdue, *agenda.due_now, *agenda.upcoming])
    horizon = TODAY + timedelta(days=days_ahead)
    expected = [i.name for i in entries if i.status == "open" and i.start <= horizon]
    assert sorted(shown) == sorted(expected)
    assert sorted(names(agenda.overdue)) == sorted(i.name for i in entries if is_overdue(i, TODAY))


def test_groups_keep_the_order_of_their_first_item_and_show_a_handful() -> None:
    items = [
        Item(f"{rotation}{n}", TODAY, TODAY)
        for rotation, n in [("a", 1), ("b", 1), ("a", 2), ("a", 3), ("a", 4), ("b", 2)]
    ]

    groups = group_items(items, key=lambda item: item.name[0], shown=3)

    assert [g.key for g in groups] == ["a", "b"]
    assert [names(g.shown) for g in groups] == [["a1", "a2", "a3"], ["b1", "b2"]]
    assert [(g.total, g.hidden) for g in groups] == [(4, 1), (2, 0)]


@given(st.lists(st.tuples(st.sampled_from("abcde"), st.integers(0, 9))), st.integers(1, 5))
def test_grouping_loses_no_count_and_shows_at_most_the_limit(
    pairs: list[tuple[str, int]], shown: int
) -> None:
    items = [Item(f"{key}{n}", TODAY, TODAY) for key, n in pairs]

    groups = group_items(items, key=lambda item: item.name[0], shown=shown)

    assert sum(g.total for g in groups) == len(items)
    assert all(len(g.shown) == min(shown, g.total) for g in groups)
    assert len({g.key for g in groups}) == len(groups)
