"""What an offer is worth (domain.md §2): `assess` gives it a transparent score out of 100, one
`ScoreLine` per factor, the hard flags that override the score, what it costs in all and per
week of hands-on work, and the chance it ends in a strong letter, with reasons. `rank` orders
offers: every unflagged offer before any flagged one, then by score.

The points of each factor and the thresholds are `Weights`: the defaults of core/defaults.py,
which each applicant may change.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import date, timedelta

from lorkit.core import defaults as d
from lorkit.core.plan import round_half_up
from lorkit.core.readiness import ScoreLine, same_specialty
from lorkit.core.scripts import spoken_list
from lorkit.core.sites import (
    DUTY_LABELS,
    HANDS_ON_KINDS,
    KIND_LABELS,
    CostRange,
    Duty,
    FlagCode,
    LetterChance,
    LetterPolicy,
    SiteKind,
    SiteOption,
    Supervision,
    capfirst,
    day_text,
    days_text,
    dollars,
    length_text,
    plural,
)

FACTORS: tuple[str, ...] = tuple(d.SITE_SCORE_WEIGHTS)
FACTOR_LABELS: dict[str, str] = {
    "specialty": "Specialty alignment",
    "hands_on": "Hands-on duties",
    "supervision": "Supervision",
    "letter_policy": "Letter policy",
    "length": "Length",
    "timing": "Timing",
    "cost": "Cost",
}


@dataclass(frozen=True)
class Weights:
    """The points of each factor (adding up to 100) and the thresholds the score and flags
    use; the defaults are domain.md's (core/defaults.py), each applicant may change them."""

    specialty: int = d.SITE_SCORE_WEIGHTS["specialty"]
    hands_on: int = d.SITE_SCORE_WEIGHTS["hands_on"]
    supervision: int = d.SITE_SCORE_WEIGHTS["supervision"]
    letter_policy: int = d.SITE_SCORE_WEIGHTS["letter_policy"]
    length: int = d.SITE_SCORE_WEIGHTS["length"]
    timing: int = d.SITE_SCORE_WEIGHTS["timing"]
    cost: int = d.SITE_SCORE_WEIGHTS["cost"]
    min_weeks: int = d.SITE_MIN_WEEKS
    ideal_weeks: int = d.SITE_IDEAL_WEEKS
    lead_weeks_min: int = d.SITE_LETTER_LEAD_WEEKS[0]
    lead_weeks_max: int = d.SITE_LETTER_LEAD_WEEKS[1]
    cost_full_per_month: int = d.SITE_COST_PER_MONTH[0]
    cost_zero_per_month: int = d.SITE_COST_PER_MONTH[1]

    def points(self, factor: str) -> int:
        value: int = getattr(self, factor)
        return value

    def as_dict(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_mapping(cls, values: Mapping[str, object]) -> Weights:
        """Weights from stored values: known names holding whole numbers in their range
        (`WEIGHT_RANGES`); anything else takes its default."""
        chosen = {
            name: value
            for name, value in values.items()
            if name in WEIGHT_RANGES
            and isinstance(value, int)
            and not isinstance(value, bool)
            and WEIGHT_RANGES[name][0] <= value <= WEIGHT_RANGES[name][1]
        }
        return cls(**chosen)


# The range each number may take: wide enough for any applicant's judgement, narrow enough
# that no value breaks the arithmetic (a zero ideal length, a negative price).
WEIGHT_RANGES: dict[str, tuple[int, int]] = {
    **dict.fromkeys(FACTORS, (0, 100)),
    "min_weeks": (1, 52),
    "ideal_weeks": (1, 52),
    "lead_weeks_min": (0, 26),
    "lead_weeks_max": (0, 26),
    "cost_full_per_month": (0, 100_000),
    "cost_zero_per_month": (1, 100_000),
}


def weights_problems(values: Mapping[str, int]) -> dict[str, str]:
    """What is wrong with a set of weights, by field name ("" for the set as a whole): a number
    outside its range, factors that do not add up to 100, thresholds out of order."""
    problems = {
        name: f"must be between {low:,} and {high:,}"
        for name, (low, high) in WEIGHT_RANGES.items()
        if not low <= values.get(name, low) <= high
    }
    total = sum(values.get(factor, 0) for factor in FACTORS)
    if total != 100:
        problems[""] = f"The factors' points add up to {total}; they must add up to 100."
    pairs = (
        ("ideal_weeks", "min_weeks", "must be at least the shortest length"),
        ("lead_weeks_max", "lead_weeks_min", "must be at least the shortest wait"),
        ("cost_zero_per_month", "cost_full_per_month", "must be more than the full-points price"),
    )
    for larger, smaller, message in pairs:
        strict = larger == "cost_zero_per_month"
        big, small = values.get(larger, 0), values.get(smaller, 0)
        if larger not in problems and (big <= small if strict else big < small):
            problems[larger] = message
    return problems


@dataclass(frozen=True)
class Flag:
    code: FlagCode
    message: str


@dataclass(frozen=True)
class Assessment:
    """What an offer is worth. `days` is the length planned for (the ideal when the offer lets
    you choose), `start` and `end` the earliest dates it can run; costs are (low, high)."""

    score: int
    lines: tuple[ScoreLine, ...]
    flags: tuple[Flag, ...]
    letter_chance: LetterChance
    letter_reasons: tuple[str, ...]
    days: int
    start: date | None
    end: date | None
    total_cost: CostRange | None
    cost_per_hands_on_week: CostRange | None
    cost_notes: tuple[str, ...]

    @property
    def flagged(self) -> bool:
        return bool(self.flags)

    @property
    def reasons(self) -> tuple[str, ...]:
        """Why, in words: the flags, then what makes a strong letter likely or not."""
        return (*(flag.message for flag in self.flags), *self.letter_reasons)


@dataclass(frozen=True)
class Judgement:
    """The applicant's side of an assessment: whose target, by when, and today."""

    today: date
    target_specialty: str = ""
    submit_by: date | None = None
    weights: Weights = Weights()


def assess(option: SiteOption, judgement: Judgement) -> Assessment:
    """Score an offer, flag what disqualifies it, cost it and judge its letter chance."""
    weights = judgement.weights
    days = _planned_days(option, weights)
    start = earliest_start(option, judgement.today)
    end = start + timedelta(days=days - 1) if start else None
    lines = (
        _specialty_line(option, judgement.target_specialty, weights.specialty),
        _hands_on_line(option, weights.hands_on),
        _supervision_line(option, weights.supervision),
        _letter_line(option, weights.letter_policy),
        _length_line(option, days, weights),
        _timing_line(option, start, end, judgement, weights),
        _cost_line(option, days, weights),
    )
    total, notes = total_cost(option, days)
    flags = hard_flags(option, days, end, judgement)
    chance, reasons = letter_chance(option, days, flags, judgement)
    return Assessment(
        score=sum(line.points for line in lines),
        lines=lines,
        flags=flags,
        letter_chance=chance,
        letter_reasons=reasons,
        days=days,
        start=start,
        end=end,
        total_cost=total,
        cost_per_hands_on_week=_per_hands_on_week(option, total, days),
        cost_notes=notes,
    )


def rank(
    options: Iterable[SiteOption], judgement: Judgement
) -> list[tuple[SiteOption, Assessment]]:
    """Offers with their assessments, best first: unflagged before flagged, then the higher
    score, then the lower total cost (an unknown cost last), then by name."""
    assessed = [(option, assess(option, judgement)) for option in options]
    return sorted(assessed, key=lambda pair: rank_key(*pair))


def rank_key(option: SiteOption, assessment: Assessment) -> tuple[bool, int, float, str]:
    cost = assessment.total_cost[1] if assessment.total_cost else float("inf")
    return assessment.flagged, -assessment.score, cost, option.name.casefold()


def _planned_days(option: SiteOption, weights: Weights) -> int:
    ideal = weights.ideal_weeks * 7
    return option.length.planned(ideal) if option.length else ideal


def earliest_start(option: SiteOption, today: date) -> date | None:
    """The first start date offered from today on; for an offer that starts any time, today
    plus the month paperwork takes; None when no usable date is known."""
    upcoming = [day for day in option.start_dates if day >= today]
    if upcoming:
        return min(upcoming)
    if option.rolling_start:
        return today + timedelta(days=d.SITE_ROLLING_START_DAYS)
    return None


def _line(factor: str, weight: int, share: float, reason: str) -> ScoreLine:
    return ScoreLine(factor, round_half_up(weight * share), weight, reason)


def _specialty_line(option: SiteOption, target: str, weight: int) -> ScoreLine:
    if not option.specialty:
        return _line("specialty", weight, d.SITE_UNKNOWN_SHARE, "specialty not stated")
    if not target:
        reason = f"{option.specialty_label}; no target specialty given to compare with"
        return _line("specialty", weight, d.SITE_UNKNOWN_SHARE, reason)
    if same_specialty(option.specialty, target):
        return _line("specialty", weight, 1, f"{option.specialty_label}: your target specialty")
    return _line("specialty", weight, 0, f"{option.specialty_label}, not your target ({target})")


def _hands_on_line(option: SiteOption, weight: int) -> ScoreLine:
    if option.duties is not None:
        if not option.duties:
            return _line("hands_on", weight, 0, "no patient contact: you would watch only")
        share = min(1.0, sum(d.SITE_DUTY_SHARES[duty.value] for duty in option.duties))
        listed = spoken_list(DUTY_LABELS[duty.value] for duty in Duty if duty in option.duties)
        return _line("hands_on", weight, share, f"you may do {listed}")
    if option.kind in HANDS_ON_KINDS:
        reason = f"{KIND_LABELS[option.kind]}, but its duties are not listed: ask what you may do"
        return _line("hands_on", weight, d.SITE_HANDS_ON_UNLISTED_SHARE, reason)
    if option.kind is SiteKind.OBSERVERSHIP:
        return _line("hands_on", weight, 0, "an observership: no direct patient care")
    if option.kind is SiteKind.RESEARCH:
        return _line("hands_on", weight, 0, "research: no patient care listed")
    return _line("hands_on", weight, d.SITE_UNKNOWN_SHARE, "kind and duties not stated")


SUPERVISION_REASONS = {
    "one_preceptor": "one preceptor: close supervision, the best ground for a detailed letter",
    "small_team": "a small team: close enough to be known",
    "many_students": "many students per preceptor: hard to stand out",
    "residents_only": "residents only: little contact with attendings, who sign letters",
}
LETTER_REASONS = {
    "personalised": "a personalised letter is offered",
    "on_performance": "a letter is possible if you earn it",
    "generic_only": "generic letters only: programs read them as weak",
    "no_letter": "no letters for visitors",
}


def _supervision_line(option: SiteOption, weight: int) -> ScoreLine:
    if option.supervision is None:
        reason = "supervision not stated: ask who supervises and how many students they have"
        return _line("supervision", weight, d.SITE_UNKNOWN_SHARE, reason)
    share = d.SITE_SUPERVISION_SHARES[option.supervision.value]
    return _line("supervision", weight, share, SUPERVISION_REASONS[option.supervision.value])


def _letter_line(option: SiteOption, weight: int) -> ScoreLine:
    if option.letter_policy is None:
        reason = "letter policy not stated: ask before you pay"
        return _line("letter_policy", weight, d.SITE_UNKNOWN_SHARE, reason)
    share = d.SITE_LETTER_POLICY_SHARES[option.letter_policy.value]
    return _line("letter_policy", weight, share, LETTER_REASONS[option.letter_policy.value])


def _length_line(option: SiteOption, days: int, weights: Weights) -> ScoreLine:
    if option.length is None:
        reason = f"length not stated; lorkit assumes {days_text(days)}"
        return _line("length", weights.length, d.SITE_UNKNOWN_SHARE, reason)
    ideal = weights.ideal_weeks * 7
    reason = f"{days_text(days)}; {days_text(ideal)} earn every point"
    if option.length.low != option.length.high:
        reason += f" (it offers {length_text(option.length)})"
    return _line("length", weights.length, min(1.0, days / ideal), reason)


def _timing_line(
    option: SiteOption, start: date | None, end: date | None, judgement: Judgement, w: Weights
) -> ScoreLine:
    unknown = d.SITE_UNKNOWN_SHARE
    if start is None or end is None:
        reason = (
            "every start date listed has passed: ask for new dates"
            if option.start_dates
            else "no start date given"
        )
        return _line("timing", w.timing, 0 if option.start_dates else unknown, reason)
    runs = f"runs {day_text(start)} – {day_text(end)}"
    if judgement.submit_by is None:
        return _line("timing", w.timing, unknown, f"{runs}; no submission target to check")
    weeks_left = (judgement.submit_by - end).days // 7
    target = day_text(judgement.submit_by)
    if weeks_left >= w.lead_weeks_max:
        reason = f"{runs}: {plural(weeks_left, 'week', 'weeks')} before your target ({target})"
        return _line("timing", w.timing, 1, reason)
    lead = f"writers take {w.lead_weeks_min}–{w.lead_weeks_max} weeks"
    if weeks_left >= w.lead_weeks_min:
        reason = f"{runs}: only {plural(weeks_left, 'week', 'weeks')} before {target}; {lead}"
        return _line("timing", w.timing, 0.5, reason)
    return _line("timing", w.timing, 0, f"{runs}: too late for {target}; {lead}")


def _cost_line(option: SiteOption, days: int, w: Weights) -> ScoreLine:
    if option.price is None:
        return _line("cost", w.cost, d.SITE_UNKNOWN_SHARE, "price not stated")
    high = option.price.for_days(days)[1] + (option.fees.for_days(days)[1] if option.fees else 0)
    per_month = round_half_up(high * d.DAYS_PER_MONTH / days)
    full, zero = w.cost_full_per_month, w.cost_zero_per_month
    share = min(1.0, max(0.0, (zero - per_month) / max(1, zero - full)))
    reason = (
        f"{dollars((per_month, per_month))} a month in price and fees; "
        f"{dollars((full, full))} or less earns every point, {dollars((zero, zero))} none"
    )
    return _line("cost", w.cost, share, reason)


def total_cost(option: SiteOption, days: int) -> tuple[CostRange | None, tuple[str, ...]]:
    """Price, fees and living cost for `days` days, with a note for each part not given (counted
    as nothing). None when the price itself is unknown."""
    notes = []
    if option.length is None:
        notes.append(f"length not stated: costs are for {days_text(days)}")
    parts = []
    for name, money in (("fees", option.fees), ("living cost", option.living_cost)):
        if money is None:
            notes.append(f"{name} not given, so not counted")
        else:
            parts.append(money.for_days(days))
    if option.price is None:
        return None, ("price not stated", *notes)
    low, high = option.price.for_days(days)
    return (low + sum(p[0] for p in parts), high + sum(p[1] for p in parts)), tuple(notes)


def _per_hands_on_week(option: SiteOption, total: CostRange | None, days: int) -> CostRange | None:
    """The total over the weeks of patient contact; None without a total or without contact
    (no hands-on week to divide by)."""
    if total is None or not option.patient_contact:
        return None
    return round_half_up(total[0] * 7 / days), round_half_up(total[1] * 7 / days)


def hard_flags(
    option: SiteOption, days: int, end: date | None, judgement: Judgement
) -> tuple[Flag, ...]:
    """The flags that override the score: observer-only with no patient contact (a research
    post is not an observership and is not flagged for it), no letter possible, shorter than
    the minimum, ending too late for the fastest writer to upload before the submission target,
    and closed to applicants who intend to apply for residency."""
    w = judgement.weights
    flags = []
    if option.patient_contact is False and option.kind is not SiteKind.RESEARCH:
        message = "Observer only: no patient contact, so no one can vouch for your clinical work."
        flags.append(Flag(FlagCode.OBSERVER_ONLY, message))
    if option.letter_policy is LetterPolicy.NO_LETTER:
        flags.append(Flag(FlagCode.NO_LETTER, "No letter possible: this site never writes one."))
    if option.length is not None and days < w.min_weeks * 7:
        message = (
            f"Too short: {days_text(days)} cannot earn a letter "
            f"(at least {plural(w.min_weeks, 'week', 'weeks')})."
        )
        flags.append(Flag(FlagCode.TOO_SHORT, message))
    if end is not None and judgement.submit_by is not None:
        upload_by = end + timedelta(weeks=w.lead_weeks_min)
        if upload_by > judgement.submit_by:
            message = (
                f"Too late: it ends {day_text(end)}, and a letter takes at least "
                f"{w.lead_weeks_min} weeks, past your target of {day_text(judgement.submit_by)}."
            )
            flags.append(Flag(FlagCode.TOO_LATE, message))
    if option.residency_applicants is False:
        message = "Not open to you: it refuses applicants who intend to apply for residency."
        flags.append(Flag(FlagCode.NOT_FOR_APPLICANTS, message))
    return tuple(flags)


CLOSE_SUPERVISION = frozenset({Supervision.ONE_PRECEPTOR, Supervision.SMALL_TEAM})
LOOSE_SUPERVISION = frozenset({Supervision.MANY_STUDENTS, Supervision.RESIDENTS_ONLY})
LETTER_OFFERED = frozenset({LetterPolicy.PERSONALISED, LetterPolicy.ON_PERFORMANCE})


def letter_chance(
    option: SiteOption, days: int, flags: Sequence[Flag], judgement: Judgement
) -> tuple[LetterChance, tuple[str, ...]]:
    """High when every condition of a strong letter is met: patient contact, the ideal length,
    close supervision, a letter offered or earnable, the target specialty, and not research.
    Low when anything rules one out: a hard flag, loose supervision or generic letters only.
    Medium otherwise, naming what is missing or unknown. Reasons: what holds it back first."""
    blockers = [flag.message for flag in flags]
    if option.supervision is not None and option.supervision in LOOSE_SUPERVISION:
        blockers.append(f"{capfirst(SUPERVISION_REASONS[option.supervision.value])}.")
    if option.letter_policy is LetterPolicy.GENERIC_ONLY:
        blockers.append(f"{capfirst(LETTER_REASONS['generic_only'])}.")
    met, missing = _strong_letter_conditions(option, days, judgement)
    if blockers:
        return LetterChance.LOW, tuple(dict.fromkeys([*blockers, *missing, *met]))
    chance = LetterChance.MEDIUM if missing else LetterChance.HIGH
    return chance, (*missing, *met)


def _strong_letter_conditions(
    option: SiteOption, days: int, judgement: Judgement
) -> tuple[list[str], list[str]]:
    """The conditions of a strong letter, as (met, missing or unknown) sentences."""
    ideal = judgement.weights.ideal_weeks * 7
    target = judgement.target_specialty
    checks: list[tuple[bool | None, str, str]] = [
        (
            option.patient_contact,
            "You care for patients, so an attending can judge your clinical work.",
            "No hands-on work known: ask whether you may see patients, write notes and present.",
        ),
        (
            days >= ideal if option.length else None,
            f"{days_text(days)}: long enough for close contact.",
            f"A strong letter needs {days_text(ideal)} of close contact; "
            + (f"this is {days_text(days)}." if option.length else "its length is not stated."),
        ),
        (
            option.supervision in CLOSE_SUPERVISION if option.supervision else None,
            "Close supervision: someone will know your work well.",
            "Supervision not stated: ask how many students each preceptor has.",
        ),
        (
            option.letter_policy in LETTER_OFFERED if option.letter_policy else None,
            "A letter is offered or can be earned.",
            "Letter policy not stated: ask whether attendings write for visitors.",
        ),
    ]
    if target:
        checks.append(
            (
                same_specialty(option.specialty, target) if option.specialty else None,
                f"In {target}, your target specialty.",
                f"Not in {target}: a letter from your target specialty weighs most.",
            )
        )
    if option.kind is SiteKind.RESEARCH:
        checks.append(
            (
                False,
                "",
                "Research: a mentor's letter counts for less unless they saw clinical work.",
            )
        )
    met = [yes for ok, yes, _ in checks if ok]
    missing = [no for ok, _, no in checks if not ok]
    return met, missing
