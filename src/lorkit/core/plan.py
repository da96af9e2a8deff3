"""The plan engine: a rotation's dated milestones, from paperwork to the packet email."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from lorkit.core import defaults
from lorkit.core.dates import span_problems
from lorkit.core.rotation import Rotation
from lorkit.core.scripts import PlanContext, milestone_script, milestone_title
from lorkit.core.vocabulary import MilestoneKind

PREPARATION_KINDS = frozenset(
    {MilestoneKind.PAPERWORK, MilestoneKind.TB_SCREENING, MilestoneKind.PREPARE}
)
KIND_ORDER = {kind: index for index, kind in enumerate(MilestoneKind)}


@dataclass(frozen=True)
class PlannedMilestone:
    """One dated step. `key` is unique within a rotation's plan and stays the same when the
    rotation's dates change, so a stored status can follow its milestone."""

    key: str
    kind: MilestoneKind
    title: str
    start: date
    end: date
    script: tuple[str, ...]

    def sort_key(self) -> tuple[date, date, int, str]:
        return (self.start, self.end, KIND_ORDER[self.kind], self.key)

    def as_dict(self) -> dict[str, object]:
        """The stable JSON shape of `lorkit plan --json` (keys may be added, never dropped)."""
        return {
            "kind": self.kind.value,
            "key": self.key,
            "title": self.title,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "script": list(self.script),
        }


def round_half_up(value: float) -> int:
    """Day numbers round .5 upwards; Python's round() would round half to even."""
    return int(value + 0.5)


def raw_windows(rotation: Rotation) -> list[tuple[str, MilestoneKind, date, date]]:
    """Every window as the rulebook states it, before clipping to the rotation."""
    n = rotation.length
    last = rotation.end
    day = rotation.day
    k = MilestoneKind
    d = defaults

    def offset(days: int) -> date:
        return rotation.start + timedelta(days=days)

    windows = [
        (k.PAPERWORK, offset(d.PAPERWORK_OFFSETS[0]), offset(d.PAPERWORK_OFFSETS[1])),
        (k.TB_SCREENING, offset(d.TB_SCREENING_OFFSETS[0]), offset(d.TB_SCREENING_OFFSETS[1])),
        (k.PREPARE, offset(d.PREPARE_OFFSETS[0]), offset(d.PREPARE_OFFSETS[1])),
        (k.INTRO, day(d.INTRO_DAYS[0]), day(d.INTRO_DAYS[1])),
        (k.INTENTION_SIGNAL, day(d.INTENTION_SIGNAL_DAYS[0]), day(d.INTENTION_SIGNAL_DAYS[1])),
        (k.FIRST_FEEDBACK, day(d.FIRST_FEEDBACK_DAYS[0]), day(d.FIRST_FEEDBACK_DAYS[1])),
    ]
    if n >= d.MID_FEEDBACK_MIN_LENGTH:
        low, high = d.MID_FEEDBACK_FRACTIONS
        windows.append((k.MID_FEEDBACK, day(round_half_up(low * n)), day(round_half_up(high * n))))
    ask_start = last - timedelta(days=d.ASK_DAYS_BEFORE_LAST[0])
    if n >= d.SOFT_SIGNAL_MIN_LENGTH:
        windows.append((k.SOFT_SIGNAL, day(d.SOFT_SIGNAL_DAYS[0]), day(d.SOFT_SIGNAL_DAYS[1])))
    if n >= d.SUMMATIVE_CHECK_MIN_LENGTH:
        windows.append(
            (k.SUMMATIVE_CHECK, day(d.SUMMATIVE_CHECK_FIRST_DAY), ask_start - timedelta(days=1))
        )
    if n >= d.ASK_MIN_LENGTH:
        windows.append((k.ASK, ask_start, last - timedelta(days=d.ASK_DAYS_BEFORE_LAST[1])))
    windows.append((k.LAST_DAY_THANKS, last, last))
    after = d.PACKET_EMAIL_DAYS_AFTER_LAST
    windows.append(
        (k.PACKET_EMAIL, last + timedelta(days=after[0]), last + timedelta(days=after[1]))
    )

    keyed = [(str(kind), kind, first, final) for kind, first, final in windows]
    delay = d.FEEDBACK_FOLLOWUP_DELAY
    for _, kind, _, final in list(keyed):
        if kind in (k.FIRST_FEEDBACK, k.MID_FEEDBACK):
            keyed.append(
                (
                    f"{k.FEEDBACK_FOLLOWUP}:{kind}",
                    k.FEEDBACK_FOLLOWUP,
                    final + timedelta(days=delay[0]),
                    final + timedelta(days=delay[1]),
                )
            )
    return keyed


def clip_window(
    rotation: Rotation, kind: MilestoneKind, first: date, final: date
) -> tuple[date, date] | None:
    """Keep in-rotation windows between the first and last day (the packet email may run one
    day past it, preparation lies before it); None when nothing of the window is left."""
    if kind in PREPARATION_KINDS:
        return first, final
    if kind is not MilestoneKind.PACKET_EMAIL:
        first, final = max(first, rotation.start), min(final, rotation.end)
    if first > final:
        return None
    return first, final


def plan_rotation(rotation: Rotation, context: PlanContext | None = None) -> list[PlannedMilestone]:
    """The rotation's milestones, sorted by window then by the order of the conversations.

    Mid-rotation feedback and the ask need 14 days or more, the soft signal and the summative
    check 28 or more; windows that fall wholly outside a short rotation are dropped. A
    rotation whose dates fail `span_problems` raises ValueError with its messages."""
    problems = span_problems(rotation.start, rotation.end)
    if problems:
        raise ValueError(" ".join(problems.values()))
    context = context or PlanContext()
    planned = []
    for key, kind, first, final in raw_windows(rotation):
        window = clip_window(rotation, kind, first, final)
        if window is None:
            continue
        planned.append(
            PlannedMilestone(
                key=key,
                kind=kind,
                title=milestone_title(kind, key, context),
                start=window[0],
                end=window[1],
                script=milestone_script(kind, key, rotation.kind, context),
            )
        )
    return sorted(planned, key=PlannedMilestone.sort_key)
