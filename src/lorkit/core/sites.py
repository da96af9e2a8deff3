"""Choosing where to rotate (domain.md §1–§2): the rotation offers an applicant weighs before
paying, and the rules that say which are worth their money.

This module holds the vocabularies and the offer itself (`SiteOption`, with its `Money` and
`Length`) and how amounts and lengths are written. `core/site_score.py` judges an offer,
`core/site_text.py` and `core/site_words.py` read messy text into these types, `core/site_csv.py`
reads and writes the CSV, and `core/usce.py` measures the applicant's clinical experience.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from lorkit.core.plan import round_half_up
from lorkit.core.vocabulary import RotationKind, Setting


class SiteKind(StrEnum):
    ELECTIVE = "elective"
    EXTERNSHIP = "externship"
    SUB_INTERNSHIP = "sub_internship"
    CLERKSHIP = "clerkship"
    OBSERVERSHIP = "observership"
    RESEARCH = "research"

    @property
    def rotation_kind(self) -> RotationKind:
        """The kind of rotation it becomes when booked."""
        if self in HANDS_ON_KINDS:
            return RotationKind.HANDS_ON
        return RotationKind(self.value)


HANDS_ON_KINDS = frozenset(
    {SiteKind.ELECTIVE, SiteKind.EXTERNSHIP, SiteKind.SUB_INTERNSHIP, SiteKind.CLERKSHIP}
)
KIND_LABELS: dict[str, str] = {
    "elective": "Elective (hands-on)",
    "externship": "Externship (hands-on)",
    "sub_internship": "Sub-internship (hands-on)",
    "clerkship": "Clerkship (hands-on)",
    "observership": "Observership",
    "research": "Research",
}


class Institution(StrEnum):
    ACADEMIC = "academic"
    COMMUNITY = "community_teaching"
    PRIVATE = "private_practice"


INSTITUTION_LABELS: dict[str, str] = {
    "academic": "Academic",
    "community_teaching": "Community teaching",
    "private_practice": "Private practice",
}
SETTING_LABELS: dict[str, str] = {
    "inpatient": "Inpatient",
    "outpatient": "Outpatient",
    "mixed": "Inpatient and outpatient",
}


class Supervision(StrEnum):
    ONE_PRECEPTOR = "one_preceptor"
    SMALL_TEAM = "small_team"
    MANY_STUDENTS = "many_students"
    RESIDENTS_ONLY = "residents_only"


SUPERVISION_LABELS: dict[str, str] = {
    "one_preceptor": "One preceptor",
    "small_team": "Small team",
    "many_students": "Many students per preceptor",
    "residents_only": "Residents only",
}


class LetterPolicy(StrEnum):
    PERSONALISED = "personalised"
    ON_PERFORMANCE = "on_performance"
    GENERIC_ONLY = "generic_only"
    NO_LETTER = "no_letter"


LETTER_POLICY_LABELS: dict[str, str] = {
    "personalised": "Personalised letter offered",
    "on_performance": "Possible on performance",
    "generic_only": "Generic letter only",
    "no_letter": "No letter",
}


class Duty(StrEnum):
    HISTORIES = "histories_physicals"
    NOTES = "notes"
    PRESENTING = "presenting"
    ROUNDS = "rounds"
    PROCEDURES = "procedures"


DUTY_LABELS: dict[str, str] = {
    "histories_physicals": "histories and physicals",
    "notes": "notes",
    "presenting": "presenting",
    "rounds": "rounds",
    "procedures": "procedures",
}
# Rounds alone is no patient contact: observers join rounds too.
PATIENT_CONTACT = frozenset({Duty.HISTORIES, Duty.NOTES, Duty.PRESENTING, Duty.PROCEDURES})


class FlagCode(StrEnum):
    """The hard flags: each overrides the score (a flagged offer ranks below every other)."""

    OBSERVER_ONLY = "observer_only"
    NO_LETTER = "no_letter"
    TOO_SHORT = "too_short"
    TOO_LATE = "too_late"
    NOT_FOR_APPLICANTS = "not_for_applicants"


class LetterChance(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


CostRange = tuple[int, int]


def plural(count: float, one: str, many: str) -> str:
    shown = f"{count:g}" if isinstance(count, float) else str(count)
    return f"{shown} {one if count == 1 else many}"


def capfirst(text: str) -> str:
    return text[:1].upper() + text[1:]


def days_text(days: int) -> str:
    """A length as people say it: whole weeks in weeks ("4 weeks"), anything else in days."""
    if days % 7 == 0:
        return plural(days // 7, "week", "weeks")
    return plural(days, "day", "days")


MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def day_text(day: date) -> str:
    """ "4 Jan 2027", in English whatever the machine's locale."""
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def dollars(cost: CostRange) -> str:
    """ "$1,800", or a range "$4,500–6,000"."""
    low, high = cost
    return f"${low:,}" if low == high else f"${low:,}–{high:,}"


def cost_value(cost: CostRange | None) -> int | list[int] | None:
    """A cost as the JSON output gives it: a number, [low, high] for a range, or null."""
    if cost is None:
        return None
    return cost[0] if cost[0] == cost[1] else list(cost)


@dataclass(frozen=True)
class Money:
    """An amount in whole U.S. dollars, `low` to `high` (equal unless the offer gives a range),
    for every `per_days` days of rotation, or for the whole rotation when `per_days` is None."""

    low: int
    high: int
    per_days: int | None = None

    def for_days(self, days: int) -> CostRange:
        if self.per_days is None:
            return self.low, self.high
        return (
            round_half_up(self.low * days / self.per_days),
            round_half_up(self.high * days / self.per_days),
        )


def money_text(money: Money) -> str:
    """The amount as lorkit writes it, and reads back (`site_text.read_money`):
    "$250 per week", "$4,500–6,000 per 4 weeks", "$2,100 for the whole rotation"."""
    amount = dollars((money.low, money.high))
    if money.per_days is None:
        return f"{amount} for the whole rotation"
    if money.per_days == 1:
        return f"{amount} per day"
    if money.per_days == 7:
        return f"{amount} per week"
    return f"{amount} per {days_text(money.per_days)}"


@dataclass(frozen=True)
class Length:
    """How long the rotation runs, in days: `low` to `high` when the offer lets you choose."""

    low: int
    high: int

    def planned(self, ideal_days: int) -> int:
        """The length to plan for: the ideal when the offer allows it, else the nearest end."""
        return min(self.high, max(self.low, ideal_days))


def length_text(length: Length) -> str:
    """ "4 weeks", "4–8 weeks", "10 days", "10–28 days"."""
    if length.low == length.high:
        return days_text(length.low)
    if length.low % 7 == 0 and length.high % 7 == 0:
        return f"{length.low // 7}–{length.high // 7} weeks"
    return f"{length.low}–{length.high} days"


@dataclass(frozen=True)
class SiteOption:
    """One offer. None (or an empty text) means the offer does not say. `duties` is None when
    unknown and empty when the offer allows no patient contact. `start_dates` lists the start
    dates offered; `rolling_start` says it can start any time. `id` is the stored offer's
    export id; `booked_rotation` the export id of the rotation it was booked as."""

    name: str
    provider: str = ""
    city: str = ""
    state: str = ""
    specialty: str = ""
    focus: str = ""
    kind: SiteKind | None = None
    institution: Institution | None = None
    setting: Setting | None = None
    supervision: Supervision | None = None
    letter_policy: LetterPolicy | None = None
    duties: frozenset[Duty] | None = None
    length: Length | None = None
    price: Money | None = None
    price_covers: str = ""
    fees: Money | None = None
    living_cost: Money | None = None
    start_dates: tuple[date, ...] = ()
    rolling_start: bool = False
    residency_applicants: bool | None = None
    requirements: str = ""
    source_url: str = ""
    notes: str = ""
    id: str = ""
    booked_rotation: str = ""

    @property
    def specialty_label(self) -> str:
        if self.focus and self.specialty:
            return f"{self.specialty} ({self.focus})"
        return self.specialty or self.focus

    @property
    def patient_contact(self) -> bool | None:
        """Whether the applicant cares for patients: from the duties when listed, else from the
        kind (hands-on kinds promise it, observerships and research do not); None if unknown."""
        if self.duties is not None:
            return bool(self.duties & PATIENT_CONTACT)
        if self.kind is None:
            return None
        return self.kind in HANDS_ON_KINDS

    @property
    def rotation_kind(self) -> RotationKind:
        """The kind of rotation it becomes when booked: an offer of unknown kind is hands-on
        when its duties say so, an observership otherwise."""
        if self.kind is not None:
            return self.kind.rotation_kind
        return RotationKind.HANDS_ON if self.patient_contact else RotationKind.OBSERVERSHIP
