"""The range of dates lorkit accepts anywhere: forms, imports and the command line."""

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
