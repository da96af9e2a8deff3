"""The chart of score against total cost, drawn on the server as one accessible SVG image (it
works offline and without scripts). Each offer is a dot (a cross when flagged, so the shape
says it as well as the colour) numbered by its place, titled with its name, score, cost and
letter chance; an offer whose cost is a range has a line from its low to its high end. On a
phone the page shows the list beside it instead (CSS), as the season timeline does.

Every text from the data is escaped with `escape`; numbers are formatted here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from django.utils.html import format_html
from django.utils.safestring import SafeString

from lorkit.core.sites import dollars
from lorkit.sites.selectors import Compared

WIDTH, HEIGHT = 640, 300
LEFT, RIGHT, TOP, BOTTOM = 64, 24, 16, 44
DOT_RADIUS = 7
CROSS = 6
# Steps between cost ticks; the smallest that draws at most MAX_TICKS ticks past zero is used.
STEPS = (250, 500, 1000, 2000, 2500, 5000, 10_000, 20_000, 25_000, 50_000, 100_000)
MAX_TICKS = 5
SCORES = (0, 25, 50, 75, 100)


def cost_axis(highest: int) -> tuple[int, int]:
    """(step, top) of the cost axis: round steps, the top the first step at or past `highest`."""
    step = next((s for s in STEPS if highest <= s * MAX_TICKS), STEPS[-1])
    top = max(step, -(-highest // step) * step)
    return step, top


@dataclass(frozen=True)
class Scale:
    """Where a cost and a score land in the chart, whose cost axis ends at `top`."""

    top: int

    def x(self, cost: int) -> float:
        return round(LEFT + cost / self.top * (WIDTH - LEFT - RIGHT), 1)

    def y(self, score: int) -> float:
        return round(TOP + (1 - score / 100) * (HEIGHT - TOP - BOTTOM), 1)


def cost_score_svg(rows: Sequence[Compared]) -> SafeString:
    """The chart of the rows whose total cost is known; empty when none is."""
    drawn = [(row, row.assessment.total_cost) for row in rows if row.assessment.total_cost]
    if not drawn:
        return SafeString("")
    step, top = cost_axis(max(cost[1] for _, cost in drawn))
    scale = Scale(top)
    grid = [_score_line(score, scale.y(score)) for score in SCORES]
    grid += [_cost_tick(cost, scale.x(cost)) for cost in range(0, top + 1, step)]
    points = [_point(row, cost, scale) for row, cost in drawn]
    label = (
        f"Score against total cost for {len(drawn)} offer{'s' if len(drawn) != 1 else ''}: "
        "higher is better, further left is cheaper"
    )
    middle = (LEFT + WIDTH - RIGHT) / 2
    axes = (
        f'<text class="axis-label" x="{middle}" y="{HEIGHT - 6}" text-anchor="middle">'
        'Total cost</text><text class="axis-label" x="4" y="12">Score</text>'
    )
    return format_html(
        '<svg viewBox="0 0 {} {}" class="cost-chart-svg" role="img" aria-label="{}">{}</svg>',
        WIDTH,
        HEIGHT,
        label,
        SafeString("".join([*grid, axes, *points])),  # each element escapes its own text
    )


def _score_line(score: int, at: float) -> str:
    return (
        f'<line class="grid" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{at}" y2="{at}"/>'
        f'<text class="tick" x="{LEFT - 6}" y="{at + 4}" text-anchor="end">{score}</text>'
    )


def _cost_tick(cost: int, at: float) -> str:
    bottom = HEIGHT - BOTTOM
    return (
        f'<line class="grid" x1="{at}" x2="{at}" y1="{TOP}" y2="{bottom}"/>'
        f'<text class="tick" x="{at}" y="{bottom + 16}" text-anchor="middle">'
        f"{escape(dollars((cost, cost)))}</text>"
    )


def point_title(row: Compared) -> str:
    a = row.assessment
    title = (
        f"{row.place}. {row.option.name}: score {a.score}, total cost {row.total_cost_text}, "
        f"letter chance {a.letter_chance.value}"
    )
    if row.flag_labels:
        title += f"; flagged: {', '.join(row.flag_labels).lower()}"
    return title


def _point(row: Compared, cost: tuple[int, int], scale: Scale) -> str:
    low, high = cost
    cx, cy = scale.x(high), scale.y(row.assessment.score)
    title = f"<title>{escape(point_title(row))}</title>"
    chance = f"chance-{row.assessment.letter_chance.value}"
    parts = []
    if low != high:
        parts.append(f'<line class="range" x1="{scale.x(low)}" x2="{cx}" y1="{cy}" y2="{cy}"/>')
    if row.assessment.flagged:
        parts.append(
            f'<path class="pt flagged" d="M{cx - CROSS} {cy - CROSS}L{cx + CROSS} {cy + CROSS}'
            f'M{cx - CROSS} {cy + CROSS}L{cx + CROSS} {cy - CROSS}">{title}</path>'
        )
    else:
        parts.append(
            f'<circle class="pt {chance}" cx="{cx}" cy="{cy}" r="{DOT_RADIUS}">{title}</circle>'
        )
    label_x = cx + DOT_RADIUS + 2
    parts.append(f'<text class="pt-label" x="{label_x}" y="{cy + 4}">{row.place}</text>')
    return "".join(parts)
