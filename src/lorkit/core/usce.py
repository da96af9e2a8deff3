"""The applicant's U.S. clinical experience against domain.md §1's targets: at least 1–2 months,
3–4 or more ideal, as much of it hands-on and in the target specialty as possible."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from lorkit.core import defaults as d
from lorkit.core.plan import round_half_up
from lorkit.core.readiness import same_specialty
from lorkit.core.rotation import Rotation
from lorkit.core.sites import days_text
from lorkit.core.vocabulary import RotationKind


@dataclass(frozen=True)
class UsceSummary:
    """The applicant's U.S. clinical experience in days: done by today and still planned, of
    which hands-on and in the target specialty. Research rotations are not clinical experience."""

    done_days: int
    planned_days: int
    hands_on_days: int
    aligned_days: int
    target: str

    @property
    def total_days(self) -> int:
        return self.done_days + self.planned_days

    @property
    def months(self) -> float:
        return self.total_days / d.DAYS_PER_MONTH

    @property
    def hands_on_share(self) -> int:
        """Percent of the experience that is hands-on (0 with no experience)."""
        return round_half_up(100 * self.hands_on_days / self.total_days) if self.total_days else 0

    @property
    def aligned_share(self) -> int:
        return round_half_up(100 * self.aligned_days / self.total_days) if self.total_days else 0

    @property
    def level(self) -> str:
        """ "none", "below_minimum", "minimum" or "ideal", against §1's targets."""
        if not self.total_days:
            return "none"
        if self.months < d.USCE_MONTHS_MINIMUM[0]:
            return "below_minimum"
        return "ideal" if self.months >= d.USCE_MONTHS_IDEAL[0] else "minimum"

    @property
    def done_text(self) -> str:
        return months_text(self.done_days)

    @property
    def planned_text(self) -> str:
        return months_text(self.planned_days)

    @property
    def gap(self) -> tuple[str, ...]:
        """The summary in plain words: how much, against the targets, and what to add."""
        return usce_gap(self)


def months_text(days: int) -> str:
    """Days as months of DAYS_PER_MONTH, to a tenth: "1.0 month", "2.5 months"; "none"."""
    if days == 0:
        return "none"
    months = f"{days / d.DAYS_PER_MONTH:.1f}"
    return f"{months} month" + ("" if months == "1.0" else "s")


def usce_summary(rotations: Iterable[Rotation], today: date, target: str) -> UsceSummary:
    """Count the clinical days of `rotations` (hands-on and observership), those up to today
    as done and the rest as planned."""
    done = planned = hands_on = aligned = 0
    for rotation in rotations:
        if rotation.kind is RotationKind.RESEARCH:
            continue
        past = max(0, min(rotation.length, (today - rotation.start).days + 1))
        done += past
        planned += rotation.length - past
        if rotation.kind is RotationKind.HANDS_ON:
            hands_on += rotation.length
        if target and same_specialty(rotation.specialty, target):
            aligned += rotation.length
    return UsceSummary(done, planned, hands_on, aligned, target)


def usce_gap(summary: UsceSummary) -> tuple[str, ...]:
    low, high = d.USCE_MONTHS_MINIMUM
    ideal_low, ideal_high = d.USCE_MONTHS_IDEAL
    if summary.level == "none":
        return (
            f"No U.S. clinical experience yet: programs expect at least {low}–{high} months, "
            f"and {ideal_low}–{ideal_high} or more is ideal.",
        )
    sentences = [
        f"So far {months_text(summary.done_days)}, and {months_text(summary.planned_days)} "
        f"planned: {months_text(summary.total_days)} in all."
    ]
    to_minimum = low * d.DAYS_PER_MONTH - summary.total_days
    to_ideal = ideal_low * d.DAYS_PER_MONTH - summary.total_days
    if summary.level == "below_minimum":
        sentences.append(
            f"That is below the {low}–{high} month minimum programs expect: add at least "
            f"{days_text(_whole_weeks(to_minimum))}, hands-on if you can."
        )
    elif summary.level == "minimum":
        sentences.append(
            f"That meets the {low}–{high} month minimum; {days_text(_whole_weeks(to_ideal))} "
            f"more would reach the {ideal_low}–{ideal_high} month ideal."
        )
    else:
        sentences.append(f"That reaches the {ideal_low}–{ideal_high} month ideal.")
    sentences.append(_hands_on_sentence(summary))
    sentences.append(_aligned_sentence(summary))
    return tuple(sentences)


def _whole_weeks(days: int) -> int:
    """`days` rounded up to whole weeks, in days: rotations are booked by the week."""
    return -(-days // 7) * 7


def _hands_on_sentence(summary: UsceSummary) -> str:
    share = summary.hands_on_share
    if share < 50:
        return f"Only {share}% of it is hands-on: hands-on months count for more than observing."
    return f"{share}% of it is hands-on."


def _aligned_sentence(summary: UsceSummary) -> str:
    if not summary.target:
        return "Set your target specialty to see how much of it is in that specialty."
    share = summary.aligned_share
    if share == 0:
        return (
            f"None of it is in {summary.target} yet: a letter from a U.S. physician of your "
            "target specialty weighs heavily."
        )
    if share < 50:
        return f"Only {share}% of it is in {summary.target}, your target specialty."
    return f"{share}% of it is in {summary.target}, your target specialty."
