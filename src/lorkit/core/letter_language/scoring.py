"""From what a letter contains to its tier, with the reasons a reader can check.

The rule: a letter starts from its best recommendation or comparison (none: neutral at best);
stories, length and the contact it describes add or take away; each doubt raiser takes a
little (together at most `DOUBT_CAP`). A single warning phrase ("with appropriate support")
makes it concerning whatever else it says, as program directors read it (domain.md §7).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from lorkit.core import defaults
from lorkit.core.letter_language import weights as w
from lorkit.core.letter_language.findings import DOUBT_TYPES, Finding, FindingType
from lorkit.core.letter_language.tiers import Tier

DAYS_PER_WEEK = 7
DOUBT_NAMES = {
    FindingType.HEDGE: "hedge",
    FindingType.FAINT_PRAISE: "faint praise",
    FindingType.NEGATION: "negative wording",
    FindingType.IRRELEVANCY: "irrelevant detail",
    FindingType.IMPROVEMENT_WITHOUT_END: "improvement with no end point",
    FindingType.LIMITED_CONTACT: "limited contact",
}


@dataclass(frozen=True)
class Reason:
    """One thing that moved the tier, with the points it moved it by."""

    text: str
    points: float


@dataclass(frozen=True)
class Verdict:
    """What the tier is computed from."""

    findings: Sequence[Finding]
    words: int
    stories: int
    contact_weeks: float | None
    contact_mode: str
    contact_closeness: str


def score_letter(verdict: Verdict) -> tuple[Tier, float, tuple[Reason, ...]]:
    reasons = [
        *_language(verdict.findings),
        _stories(verdict.stories),
        _length(verdict.words),
        *_doubts(verdict.findings),
        *_contact(verdict),
    ]
    score = sum(reason.points for reason in reasons)
    concerns = [f for f in verdict.findings if f.type is FindingType.CONCERN]
    if concerns:
        quoted = ", ".join(f"“{f.text}”" for f in concerns[:3])
        warning = f"Warning phrase: {quoted}. Program directors read it as a concern."
        return Tier.CONCERNING, score, (Reason(warning, 0.0), *reasons)
    tier = next((tier for least, tier in w.TIER_CUTOFFS if score >= least), Tier.CONCERNING)
    warned = any(f.type is FindingType.LIMITED_CONTACT for f in verdict.findings)
    if not warned and tier.rank < w.FLOOR_WITHOUT_WARNING.rank:
        tier = w.FLOOR_WITHOUT_WARNING
    return tier, score, tuple(reasons)


def best(findings: Iterable[Finding], kind: FindingType) -> Finding | None:
    """The finding of this kind with the highest tier (the earliest of equals)."""
    ranked = [f for f in findings if f.type is kind and f.tier is not None]
    return max(ranked, key=lambda f: (f.tier.rank if f.tier else 0, -f.start), default=None)


def _language(findings: Sequence[Finding]) -> list[Reason]:
    endorsement = best(findings, FindingType.ENDORSEMENT)
    comparison = best(findings, FindingType.COMPARISON)
    if endorsement is None and comparison is None:
        text = "No sentence recommends the applicant or compares them with peers."
        return [Reason(text, w.NO_VERDICT_POINTS)]
    found = [f for f in (endorsement, comparison) if f is not None and f.tier is not None]
    top = max(found, key=lambda f: f.tier.rank if f.tier else 0)
    reasons = []
    for finding in found:
        assert finding.tier is not None
        what = "recommendation" if finding.type is FindingType.ENDORSEMENT else "comparison"
        points = w.LANGUAGE_POINTS[finding.tier] if finding is top else 0.0
        reasons.append(Reason(f"{finding.tier.label} {what}: “{finding.text}”.", points))
    if (
        all(f.tier is not None and f.tier.rank >= Tier.STRONG.rank for f in found)
        and len(found) == 2
    ):
        reasons.append(Reason("It both recommends strongly and compares.", w.BOTH_STRONG_BONUS))
    return reasons


def _stories(count: int) -> Reason:
    points = w.STORY_POINTS[min(count, len(w.STORY_POINTS) - 1)]
    if count == 0:
        return Reason("No concrete story: the praise is claimed, not shown.", points)
    plural = "story" if count == 1 else "stories"
    return Reason(f"{count} concrete {plural} of what the applicant did.", points)


def _length(words: int) -> Reason:
    for shorter_than, points in w.LENGTH_POINTS:
        if words < shorter_than:
            if points < 0:
                return Reason(f"Short: {words} words.", points)
            return Reason(f"{words} words.", points)
    return Reason(f"{words} words: a full letter.", w.LONG_LETTER_POINTS)


def _doubts(findings: Sequence[Finding]) -> list[Reason]:
    doubts = [f for f in findings if f.type in DOUBT_TYPES]
    if not doubts:
        return []
    points = max(w.DOUBT_CAP, sum(w.DOUBT_POINTS[f.type.value] for f in doubts))
    kinds = ", ".join(dict.fromkeys(DOUBT_NAMES[f.type] for f in doubts))
    examples = ", ".join(f"“{f.text}”" for f in doubts[:3])
    plural = "doubt raiser" if len(doubts) == 1 else "doubt raisers"
    return [Reason(f"{len(doubts)} {plural} ({kinds}): {examples}.", points)]


def _contact(verdict: Verdict) -> list[Reason]:
    reasons = []
    weeks = verdict.contact_weeks
    if weeks is not None and weeks * DAYS_PER_WEEK < defaults.SHORT_ROTATION_DAYS:
        reasons.append(
            Reason(
                f"Contact of under {defaults.SHORT_ROTATION_DAYS // DAYS_PER_WEEK} weeks.",
                w.SHORT_CONTACT_POINTS,
            )
        )
    elif (
        weeks is not None
        and weeks * DAYS_PER_WEEK >= defaults.READY_CONTACT_DAYS
        and verdict.contact_mode == "hands-on"
    ):
        reasons.append(
            Reason(f"About {weeks:g} weeks of hands-on work together.", w.CLOSE_CONTACT_POINTS)
        )
    return reasons
