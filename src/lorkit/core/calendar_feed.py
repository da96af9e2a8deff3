"""RFC 5545 calendars of a plan: all-day events that any calendar app can import or subscribe to."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar, Event

PRODID = "-//lorkit//rotation plan//EN"


@dataclass(frozen=True)
class CalendarEntry:
    uid: str
    summary: str
    start: date
    end: date  # last day of the window, inclusive
    description: str = ""
    location: str = ""
    status: str = "open"


def build_calendar(
    entries: Iterable[CalendarEntry], name: str, stamp: datetime | None = None
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
