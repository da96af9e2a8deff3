"""The agenda: what is overdue, what is due today, what comes this week."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Generic, Protocol, TypeVar

from lorkit.core import defaults
from lorkit.core.vocabulary import MilestoneStatus

# Days after today that the week view looks ahead (today is the first of its seven days).
WEEK_AHEAD = defaults.AGENDA_WEEK_DAYS - 1


class Dated(Protocol):
    @property
    def start(self) -> date: ...
    @property
    def end(self) -> date: ...
    @property
    def status(self) -> str: ...


T = TypeVar("T", bound=Dated)
# Agenda only holds what build_agenda sorted, so its parameter needs no bound of its own. A
# bound here would make mypy check annotations such as `Agenda[Milestone]` during semantic
# analysis, where it reads a Django model field as the field object rather than the value its
# descriptor returns: it would refuse the model and cache that refusal for the whole run.
Item = TypeVar("Item")


@dataclass(frozen=True)
class Agenda(Generic[Item]):
    today: date
    overdue: Sequence[Item] = field(default_factory=tuple)
    due_now: Sequence[Item] = field(default_factory=tuple)
    upcoming: Sequence[Item] = field(default_factory=tuple)

    @property
    def is_empty(self) -> bool:
        return not (self.overdue or self.due_now or self.upcoming)


def is_overdue(item: Dated, today: date) -> bool:
    """Open and its window closed before today: the one rule the agenda, the pages' red
    marks and the CLI all use."""
    return item.status == MilestoneStatus.OPEN and item.end < today


def build_agenda(items: Iterable[T], today: date, days_ahead: int = 0) -> Agenda[T]:
    """Sort open items into overdue (window closed), due now (today inside the window) and
    upcoming (window opens within `days_ahead` days after today). Done and skipped items
    never appear. `days_ahead=0` is the day view, `WEEK_AHEAD` the week view."""
    horizon = today + timedelta(days=days_ahead)
    overdue, due_now, upcoming = [], [], []
    for item in items:
        if item.status != MilestoneStatus.OPEN:
            continue
        if is_overdue(item, today):
            overdue.append(item)
        elif item.start <= today:
            due_now.append(item)
        elif item.start <= horizon:
            upcoming.append(item)

    def by_window(entry: T) -> tuple[date, date]:
        return (entry.start, entry.end)

    return Agenda(
        today=today,
        overdue=tuple(sorted(overdue, key=by_window)),
        due_now=tuple(sorted(due_now, key=lambda entry: (entry.end, entry.start))),
        upcoming=tuple(sorted(upcoming, key=by_window)),
    )


K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True)
class Group(Generic[K, Item]):
    """Some of the items that share a key: the first `len(shown)` of `total`."""

    key: K
    shown: Sequence[Item]
    total: int

    @property
    def hidden(self) -> int:
        return self.total - len(self.shown)


def group_items(
    items: Iterable[Item], key: Callable[[Item], K], shown: int
) -> list[Group[K, Item]]:
    """Group items by `key`, groups in the order their first item comes, each showing at most
    `shown` items in their given order. An applicant who joins mid-season may have a dozen
    overdue steps per rotation; Today shows a handful of each and links to the rest."""
    members: dict[K, list[Item]] = {}
    for item in items:
        members.setdefault(key(item), []).append(item)
    return [Group(k, tuple(group[:shown]), len(group)) for k, group in members.items()]
