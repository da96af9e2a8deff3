"""The season's letters at a glance (domain.md §8): how many letters stood at each step of the
main line at the end of each week, read from their dated status histories, the geometry of a
stacked bar chart of those counts, and the portfolio's letters counted per specialty.

Pure functions: "today" is always passed in. The chart's geometry is in the units of an SVG
viewBox, so a template draws it without computing anything."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from lorkit.core import defaults
from lorkit.core.ledger import GENERAL, MAIN_LINE, Letter, LetterStatus, label, same_specialty

History = Sequence[tuple[LetterStatus, date]]


@dataclass(frozen=True, kw_only=True)
class WeekCounts:
    """The letters at each step of the main line at the end of the week that starts on
    `week_start` (a Monday); `as_of` is that Sunday, or today for the week under way."""

    week_start: date
    as_of: date
    planned: int = 0
    asked: int = 0
    agreed: int = 0
    requested: int = 0
    received: int = 0

    def count(self, status: LetterStatus) -> int:
        return int(getattr(self, status.value))

    @property
    def total(self) -> int:
        return sum(self.count(status) for status in MAIN_LINE)

    def described(self) -> str:
        """The week in words: "Week of 7 Sep 2026: 1 planned, 2 agreed" (steps at 0 left out)."""
        parts = [f"{self.count(s)} {s.value}" for s in MAIN_LINE if self.count(s)]
        start = self.week_start
        return f"Week of {start.day} {start:%b %Y}: {', '.join(parts) or 'no letters'}"


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def status_on(history: History, day: date) -> LetterStatus | None:
    """A letter's status at the end of `day`: its latest change on or before that day (of
    several on one day, the last given), or None before its first change."""
    reached = [status for status, on in sorted(history, key=lambda step: step[1]) if on <= day]
    return reached[-1] if reached else None


def weekly_status(histories: Sequence[History], today: date) -> tuple[WeekCounts, ...]:
    """For each week (Monday to Sunday) from the week of the earliest status change to the
    week of today, the letters at each step of the main line at the week's end (today for the
    current week), the last LETTER_CHART_MAX_WEEKS weeks only. A letter declined, withdrawn or
    removed leaves the counts until it returns to the main line; changes after today are not
    counted. No change on or before today gives no weeks."""
    days = [on for history in histories for _, on in history if on <= today]
    if not days:
        return ()
    first = max(monday_of(min(days)), monday_of(today) - week(defaults.LETTER_CHART_MAX_WEEKS - 1))
    starts = range(0, (monday_of(today) - first).days + 1, 7)
    return tuple(week_counts(histories, first + timedelta(days=n), today) for n in starts)


def week(n: int) -> timedelta:
    return timedelta(weeks=n)


def week_counts(histories: Sequence[History], start: date, today: date) -> WeekCounts:
    as_of = min(start + timedelta(days=6), today)
    reached = [status_on(history, as_of) for history in histories]
    counts = {s.value: sum(1 for status in reached if status is s) for s in MAIN_LINE}
    return WeekCounts(week_start=start, as_of=as_of, **counts)


# ---------------------------------------------------------------------------------------------
# The chart's geometry
# ---------------------------------------------------------------------------------------------

CHART_WIDTH = 640
CHART_HEIGHT = 220
PLOT_LEFT = 32  # room for the count labels
PLOT_RIGHT = 24  # room for the latest week's label, centred under the last bar
PLOT_TOP = 10
PLOT_BOTTOM = 28  # room for the week labels
BAR_SHARE = 0.7  # of each week's slot; the rest is the gap between bars
WEEK_LABELS_MAX = 7  # labels under the bars beyond this would overlap


@dataclass(frozen=True, kw_only=True)
class Segment:
    """One step's part of a bar, drawn from `y` down `height` units."""

    status: LetterStatus
    count: int
    y: float
    height: float


@dataclass(frozen=True, kw_only=True)
class Bar:
    week: WeekCounts
    x: float
    width: float
    segments: tuple[Segment, ...]
    title: str
    label: str  # "7 Sep" under the bar, or "" where labels would crowd

    @property
    def label_x(self) -> float:
        return round(self.x + self.width / 2, 2)


@dataclass(frozen=True, kw_only=True)
class Tick:
    value: int
    y: float


@dataclass(frozen=True, kw_only=True)
class StatusChart:
    """A stacked bar chart in viewBox units: `plot_bottom` is the baseline, `scale_top` the
    count the top of the plot stands for."""

    width: int
    height: int
    plot_left: int
    plot_right: int
    plot_bottom: int
    scale_top: int
    bars: tuple[Bar, ...]
    ticks: tuple[Tick, ...]

    @property
    def view_box(self) -> str:
        return f"0 0 {self.width} {self.height}"


def scale_top(peak: int) -> int:
    """The count the top of the chart stands for: the peak rounded up to a multiple of the
    tick step, and at least 1 so an empty season still draws an axis."""
    step = tick_step(peak)
    return max(step, -(-peak // step) * step)


def tick_step(peak: int) -> int:
    """Counts between gridlines: 1 up to 4 letters, then whole steps giving at most 4 lines."""
    return max(1, -(-peak // 4))


def status_chart(weeks: Sequence[WeekCounts]) -> StatusChart:
    """The geometry of `weeks` as stacked bars, oldest left, the main line's steps stacked
    from planned at the bottom to received at the top; each bar's title says its week in
    words, and at most WEEK_LABELS_MAX bars carry a date label (always the latest)."""
    top = scale_top(max((w.total for w in weeks), default=0))
    baseline = CHART_HEIGHT - PLOT_BOTTOM
    per_letter = (baseline - PLOT_TOP) / top
    slot = (CHART_WIDTH - PLOT_LEFT - PLOT_RIGHT) / max(len(weeks), 1)
    every = -(-len(weeks) // WEEK_LABELS_MAX) if weeks else 1
    bars = tuple(
        bar(
            w,
            PLOT_LEFT + i * slot + slot * (1 - BAR_SHARE) / 2,
            slot * BAR_SHARE,
            baseline,
            per_letter,
            labelled=(len(weeks) - 1 - i) % every == 0,
        )
        for i, w in enumerate(weeks)
    )
    ticks = tuple(
        Tick(value=v, y=round(baseline - v * per_letter, 2))
        for v in range(0, top + 1, tick_step(top))
    )
    return StatusChart(
        width=CHART_WIDTH,
        height=CHART_HEIGHT,
        plot_left=PLOT_LEFT,
        plot_right=CHART_WIDTH - PLOT_RIGHT,
        plot_bottom=baseline,
        scale_top=top,
        bars=bars,
        ticks=ticks,
    )


def bar(
    w: WeekCounts, x: float, width: float, baseline: int, per_letter: float, *, labelled: bool
) -> Bar:
    segments: list[Segment] = []
    bottom = float(baseline)
    for status in MAIN_LINE:
        if not w.count(status):
            continue
        height = w.count(status) * per_letter
        bottom -= height
        segments.append(
            Segment(
                status=status, count=w.count(status), y=round(bottom, 2), height=round(height, 2)
            )
        )
    return Bar(
        week=w,
        x=round(x, 2),
        width=round(width, 2),
        segments=tuple(segments),
        title=w.described(),
        label=f"{w.week_start.day} {w.week_start:%b}" if labelled else "",
    )


CHART_LEGEND: tuple[tuple[str, str], ...] = tuple((s.value, label(s)) for s in MAIN_LINE)


# ---------------------------------------------------------------------------------------------
# The portfolio's letters per specialty
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class SpecialtyCount:
    """Letters meant for one specialty (or General): `agreed` the writer said yes to and that
    are not in yet (agreed, or requested in MyERAS), `received` those in."""

    specialty: str
    agreed: int
    received: int

    @property
    def is_general(self) -> bool:
        return same_specialty(self.specialty, GENERAL)


AGREED_NOT_IN: frozenset[LetterStatus] = frozenset({LetterStatus.AGREED, LetterStatus.REQUESTED})


def letters_by_specialty(letters: Sequence[Letter]) -> tuple[SpecialtyCount, ...]:
    """The agreed and received letters counted per specialty they are meant for, specialties
    by name (compared without regard to case), General kept apart and last; letters neither
    agreed nor received (planned, asked, declined, withdrawn, removed) are not counted, and a
    specialty with none of either is left out."""
    counts: dict[str, list[int]] = {}
    names: dict[str, str] = {}
    for letter in letters:
        if letter.status in AGREED_NOT_IN:
            column = 0
        elif letter.status is LetterStatus.RECEIVED:
            column = 1
        else:
            continue
        key = letter.specialty.strip().casefold()
        names.setdefault(key, GENERAL if key == GENERAL.casefold() else letter.specialty.strip())
        counts.setdefault(key, [0, 0])[column] += 1
    general = GENERAL.casefold()
    order = sorted((k for k in counts if k != general), key=lambda k: names[k].casefold())
    order += [general] if general in counts else []
    return tuple(
        SpecialtyCount(specialty=names[k], agreed=counts[k][0], received=counts[k][1])
        for k in order
    )
