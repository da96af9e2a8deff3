"""The ERAS season calendar: published dates where known, the usual pattern otherwise."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from lorkit.core import defaults

SEASON_KEYS: tuple[str, ...] = (
    "myeras_opens",
    "submit_opens",
    "programs_review",
    "rol_deadline",
    "match_day",
)

SEASON_LABELS: dict[str, str] = {
    "myeras_opens": "MyERAS opens",
    "submit_opens": "Applicants may submit",
    "programs_review": "Programs may review",
    "rol_deadline": "Rank order list deadline",
    "match_day": "Match Day",
}

WEDNESDAY, FRIDAY = 2, 4


class SourceKind(StrEnum):
    """Where a season date comes from. Each is shown differently, because an applicant plans
    around a published date with more confidence than around a report or an estimate."""

    OVERRIDE = "override"
    PUBLISHED = "published"
    UNOFFICIAL = "unofficial"
    ESTIMATED = "estimated"


# The short word of each kind, as `lorkit season` and the form's help texts print it.
SOURCE_WORDS: dict[SourceKind, str] = {
    SourceKind.OVERRIDE: "your correction",
    SourceKind.PUBLISHED: "published",
    SourceKind.UNOFFICIAL: "unofficial report",
    SourceKind.ESTIMATED: "estimated",
}


@dataclass(frozen=True)
class DateSource:
    """The source of one season date: its kind and, for an announced date, who announced it."""

    kind: SourceKind
    name: str = ""

    @property
    def word(self) -> str:
        return SOURCE_WORDS[self.kind]

    @property
    def label(self) -> str:
        """What a page prints beside the date: a published or reported date names its source,
        so the applicant can check it; an estimate says how it was made."""
        if self.kind is SourceKind.PUBLISHED:
            return f"Published · {self.name}" if self.name else "Published"
        if self.kind is SourceKind.UNOFFICIAL:
            return f"Unofficial report · {self.name}" if self.name else "Unofficial report"
        if self.kind is SourceKind.ESTIMATED:
            return "Estimated from the usual pattern"
        return "Your correction"

    def as_dict(self) -> dict[str, str]:
        return {"kind": self.kind.value, "name": self.name}


ESTIMATE = DateSource(SourceKind.ESTIMATED)
CORRECTION = DateSource(SourceKind.OVERRIDE)


@dataclass(frozen=True)
class SeasonCalendar:
    """The five dates of one season; `estimated` names those derived from the pattern,
    `overridden` those the applicant set by hand and `announced` the source of each of the
    others (published, or an unofficial report)."""

    year: int
    myeras_opens: date
    submit_opens: date
    programs_review: date
    rol_deadline: date
    match_day: date
    estimated: frozenset[str] = field(default_factory=frozenset)
    overridden: frozenset[str] = field(default_factory=frozenset)
    announced: tuple[tuple[str, DateSource], ...] = ()

    def as_dict(self) -> dict[str, object]:
        """The stable JSON shape of `lorkit season --json` (keys may be added, never dropped)."""
        data: dict[str, object] = {key: getattr(self, key).isoformat() for key in SEASON_KEYS}
        data["season"] = self.year
        data["estimated"] = [key for key in SEASON_KEYS if key in self.estimated]
        data["overridden"] = [key for key in SEASON_KEYS if key in self.overridden]
        data["unofficial"] = [
            key for key in SEASON_KEYS if self.provenance(key).kind is SourceKind.UNOFFICIAL
        ]
        data["sources"] = {key: self.provenance(key).as_dict() for key in SEASON_KEYS}
        return data

    def provenance(self, key: str) -> DateSource:
        """Where a date comes from: the applicant's correction, the pattern, or who announced
        it (a published date or an unofficial report)."""
        if key not in SEASON_LABELS:
            raise KeyError(key)
        if key in self.overridden:
            return CORRECTION
        if key in self.estimated:
            return ESTIMATE
        return dict(self.announced).get(key, DateSource(SourceKind.PUBLISHED))

    def source(self, key: str) -> str:
        """The short word for where a date comes from: "your correction", "published",
        "unofficial report" or "estimated"."""
        return self.provenance(key).word

    def dates(self) -> list[tuple[str, date]]:
        return [(key, getattr(self, key)) for key in SEASON_KEYS]


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th given weekday (Monday = 0) of a month, e.g. the third Friday of March."""
    first = date(year, month, 1)
    offset = (weekday - first.weekday()) % 7
    return first + timedelta(days=offset + 7 * (n - 1))


def season_calendar(
    year: int, overrides: Mapping[str, date | None] | None = None
) -> SeasonCalendar:
    """Dates of ERAS `year`, the season whose Match Day falls in March of `year`.

    Announced dates (published, or from an unofficial report) win; any other date follows
    the pattern of recent seasons and is marked estimated. Dates derived from an announced one
    (review three weeks after a published submission date) are still estimated. Overrides
    replace a date and clear its estimate.
    """
    published = defaults.PUBLISHED_SEASON_DATES.get(year, {})
    unknown = set(overrides or {}) - set(SEASON_KEYS)
    if unknown:
        raise ValueError(f"unknown season date(s): {', '.join(sorted(unknown))}")
    chosen = {key: value for key, value in (overrides or {}).items() if value is not None}
    values: dict[str, date] = {}
    estimated: set[str] = set()
    announced: list[tuple[str, DateSource]] = []

    def pick(key: str, pattern: date) -> date:
        if key in chosen:
            values[key] = chosen[key]
        elif key in published:
            entry = published[key]
            values[key] = entry.day
            kind = SourceKind.PUBLISHED if entry.official else SourceKind.UNOFFICIAL
            announced.append((key, DateSource(kind, entry.source)))
        else:
            values[key] = pattern
            estimated.add(key)
        return values[key]

    pick("myeras_opens", nth_weekday(year - 1, defaults.MYERAS_OPENS_MONTH, WEDNESDAY, 1))
    submit = pick("submit_opens", nth_weekday(year - 1, defaults.SUBMIT_OPENS_MONTH, WEDNESDAY, 1))
    review_gap = timedelta(days=defaults.PROGRAMS_REVIEW_AFTER_SUBMIT_DAYS)
    pick("programs_review", submit + review_gap)
    match = pick(
        "match_day",
        nth_weekday(year, defaults.MATCH_DAY_MONTH, FRIDAY, defaults.MATCH_DAY_WEEK),
    )
    pick("rol_deadline", match - timedelta(days=defaults.ROL_DEADLINE_BEFORE_MATCH_DAYS))
    return SeasonCalendar(
        year=year,
        estimated=frozenset(estimated),
        overridden=frozenset(chosen),
        announced=tuple(announced),
        **values,
    )


def override_problems(year: int, overrides: Mapping[str, date | None]) -> list[str]:
    """Corrections must belong to the season: between 1 January of the year before the Match
    and 30 June of the Match year (so a date kept from another season is caught)."""
    first, last = date(year - 1, 1, 1), date(year, 6, 30)
    return [
        f"{SEASON_LABELS[key]} {value.isoformat()} is not in the ERAS {year} season "
        f"({first.isoformat()} to {last.isoformat()}); clear it or correct the year."
        for key, value in overrides.items()
        if value is not None and key in SEASON_LABELS and not first <= value <= last
    ]


def season_for_date(today: date) -> int:
    """The first season whose submissions have not opened yet on `today`: the one an
    applicant who starts planning today can still apply in."""
    year = today.year + 1
    while season_calendar(year).submit_opens <= today:
        year += 1
    return year
