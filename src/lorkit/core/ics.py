"""RFC 5545 calendars of a plan: all-day events that any calendar app can import or subscribe to."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Protocol

from icalendar import Calendar, Event

from lorkit.core.season import SEASON_LABELS, SeasonCalendar

PRODID = "-//lorkit//rotation plan//EN"
CALENDAR_NAME = "lorkit plan"


@dataclass(frozen=True)
class CalendarEntry:
    uid: str
    summary: str
    start: date
    end: date  # last day of the window, inclusive
    description: str = ""
    location: str = ""
    status: str = "open"


class CalendarMilestone(Protocol):
    @property
    def key(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def start(self) -> date: ...
    @property
    def end(self) -> date: ...
    @property
    def script(self) -> Sequence[str]: ...


def milestone_uid(key: str, rotation_ref: str) -> str:
    """The event id of a milestone: stable while the rotation keeps its reference (its export
    id on the web, its first day for `lorkit plan`), so a subscribed calendar updates the
    event instead of duplicating it. Colons in follow-up keys become dots."""
    return f"{key.replace(':', '.')}.{rotation_ref}@lorkit"


def season_uid(year: int, key: str, owner_ref: str) -> str:
    return f"season-{year}-{key}.{owner_ref}@lorkit"


def milestone_entry(
    milestone: CalendarMilestone,
    rotation_ref: str,
    *,
    status: str = "open",
    heading: Sequence[str] = (),
    location: str = "",
) -> CalendarEntry:
    """A milestone as an all-day entry; `heading` lines go above its script."""
    description = [*heading, "", *milestone.script] if heading else list(milestone.script)
    return CalendarEntry(
        uid=milestone_uid(milestone.key, rotation_ref),
        summary=milestone.title,
        start=milestone.start,
        end=milestone.end,
        description="\n".join(description),
        location=location,
        status=status,
    )


def season_entries(calendar: SeasonCalendar, owner_ref: str) -> list[CalendarEntry]:
    """The season's dates as one-day entries, estimated ones labelled so."""
    return [
        CalendarEntry(
            uid=season_uid(calendar.year, key, owner_ref),
            summary=f"ERAS {calendar.year}: {SEASON_LABELS[key]}"
            + (" (estimated)" if key in calendar.estimated else ""),
            start=day,
            end=day,
        )
        for key, day in calendar.dates()
    ]


def build_calendar(
    entries: Iterable[CalendarEntry], name: str = CALENDAR_NAME, stamp: datetime | None = None
) -> bytes:
    """A VCALENDAR of all-day events. DTEND is exclusive in RFC 5545, so an inclusive last
    day becomes the day after; done and skipped items are kept but marked, so a calendar that
    subscribed earlier sees them change rather than vanish."""
    stamp = stamp or datetime.now(UTC)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    for entry in entries:
        event = Event()
        event.add("uid", entry.uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", entry.start)
        event.add("dtend", entry.end + timedelta(days=1))
        prefix = {"done": "✓ ", "skipped": "(skipped) "}.get(entry.status, "")
        event.add("summary", prefix + entry.summary)
        event.add("transp", "TRANSPARENT")
        if entry.description:
            event.add("description", entry.description)
        if entry.location:
            event.add("location", entry.location)
        calendar.add_component(event)
    ical: bytes = calendar.to_ical()
    return ical
