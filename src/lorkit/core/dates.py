"""The dates lorkit accepts anywhere (forms, imports, the command line), and date spans."""

from __future__ import annotations

from datetime import date

from lorkit.core import defaults


def out_of_range(day: date) -> str | None:
    """A message when `day` lies outside the years lorkit plans for (2000–2100), else None:
    a year like 0202 or 9999 is a typo, and plan windows reach 90 days around a date."""
    if defaults.EARLIEST_YEAR <= day.year <= defaults.LATEST_YEAR:
        return None
    return (
        f"{day.isoformat()} is outside the years lorkit plans for "
        f"({defaults.EARLIEST_YEAR}–{defaults.LATEST_YEAR}); check the year."
    )


def span_problems(start: date, end: date) -> dict[str, str]:
    """What is wrong with a span of days, by field ("start", "end"): a date outside the years
    lorkit plans for, or an end before the start (a one-day span, start == end, is fine).
    The form, the import reader, the command line and the services all ask this one function,
    so the rule and its wording cannot drift apart."""
    problems = {
        name: message
        for name, day in (("start", start), ("end", end))
        if (message := out_of_range(day)) is not None
    }
    if end < start and "end" not in problems:
        problems["end"] = (
            f"The end date ({end.isoformat()}) is before the start date ({start.isoformat()})."
        )
    return problems


def is_season_year(year: int) -> bool:
    """A season (its Match year) lorkit can plan: inside the same 2000–2100 range."""
    return defaults.EARLIEST_YEAR <= year <= defaults.LATEST_YEAR
