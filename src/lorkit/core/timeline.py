"""Layout of the season timeline: rotations, milestones and season dates on one date axis.

Positions are in an abstract width of 1000 units so a template can draw them as SVG.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from lorkit.core.rotation import Rotation

WIDTH = 1000
MARGIN_DAYS = 14
HEADER = 28  # room for month labels above the first row
ROW_HEIGHT = 26
BAR_HEIGHT = 14


# A milestone as the timeline draws it: (first day of its window, title, status).
TimelinePoint = tuple[date, str, str]


@dataclass(frozen=True)
class TimelineRow:
    """One rotation on its own row, with the milestones drawn on it."""

    rotation: Rotation
    milestones: Sequence[TimelinePoint]


@dataclass(frozen=True)
class Bar:
    label: str
    row: int
    x: float
    width: float
    start: date
    end: date

    @property
    def y(self) -> int:
        return HEADER + self.row * ROW_HEIGHT

    @property
    def label_y(self) -> int:
        return self.y + BAR_HEIGHT - 3

    @property
    def label_on_left(self) -> bool:
        """Labels go right of the bar unless the bar sits in the right third of the axis."""
        return self.x + self.width > WIDTH * 2 / 3

    @property
    def label_x(self) -> float:
        return self.x - 6 if self.label_on_left else self.x + self.width + 6


@dataclass(frozen=True)
class Dot:
    row: int
    x: float
    title: str
    status: str
    day: date

    @property
    def y(self) -> float:
        return HEADER + self.row * ROW_HEIGHT + BAR_HEIGHT / 2


@dataclass(frozen=True)
class Marker:
    label: str
    x: float
    day: date
    kind: str


@dataclass(frozen=True)
class Timeline:
    first: date
    last: date
    bars: tuple[Bar, ...]
    dots: tuple[Dot, ...]
    markers: tuple[Marker, ...]
    months: tuple[Marker, ...]

    @property
    def height(self) -> int:
        return HEADER + max(len(self.bars), 1) * ROW_HEIGHT


def axis_bounds(rows: Sequence[TimelineRow], today: date, target: date) -> tuple[date, date]:
    """From two weeks before the earliest of today and the first milestone, to two weeks after
    the latest of the submission target and the last milestone."""
    dots = [day for row in rows for day, _, _ in row.milestones]
    starts = [today, *dots, *(row.rotation.start for row in rows)]
    ends = [target, today, *dots, *(row.rotation.end for row in rows)]
    margin = timedelta(days=MARGIN_DAYS)
    return min(starts) - margin, max(ends) + margin


def layout_timeline(
    rows: Sequence[TimelineRow],
    today: date,
    target: date,
    season_dates: Sequence[tuple[str, date]] = (),
) -> Timeline:
    """Place each rotation on its own row, its milestones as dots on that row, and today,
    the submission target and the season dates that fall on the axis as vertical markers."""
    first, last = axis_bounds(rows, today, target)
    span = max((last - first).days, 1)

    def x(day: date) -> float:
        return round((day - first).days / span * WIDTH, 1)

    bars = tuple(
        Bar(
            r.label,
            number,
            x(r.start),
            max(x(r.end + timedelta(days=1)) - x(r.start), 2.0),
            r.start,
            r.end,
        )
        for number, r in enumerate(row.rotation for row in rows)
    )
    dots = tuple(
        Dot(number, x(day), title, status, day)
        for number, row in enumerate(rows)
        for day, title, status in row.milestones
    )
    named = [("Today", today, "today"), ("Submission target", target, "target")]
    named += [(label, day, "season") for label, day in season_dates]
    markers = tuple(
        Marker(label, x(day), day, kind) for label, day, kind in named if first <= day <= last
    )
    return Timeline(first, last, bars, dots, markers, month_ticks(first, last, x))


def month_ticks(first: date, last: date, x: Callable[[date], float]) -> tuple[Marker, ...]:
    """A tick on the first of every month on the axis, labelled with the year in January."""
    ticks = []
    day = date(first.year, first.month, 1)
    while day <= last:
        if day >= first:
            label = day.strftime("%b %Y" if day.month == 1 else "%b")
            ticks.append(Marker(label, x(day), day, "month"))
        day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return tuple(ticks)
