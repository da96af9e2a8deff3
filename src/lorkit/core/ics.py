"""RFC 5545 calendars of a plan: all-day events that any calendar app can import or subscribe to."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Protocol

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


# lorkit writes its calendars itself instead of through the icalendar library: it needs one
# kind of component (all-day VEVENTs with text properties), and the library folded long lines
# one character at a time, which took 85% of the time of a 40-rotation feed (166 ms).
CRLF = b"\r\n"
END_CALENDAR = b"END:VCALENDAR\r\n"
LINE_OCTETS = 75  # RFC 5545 3.1: content lines are folded at 75 octets, CRLF not counted
STATUS_PREFIXES = {"done": "✓ ", "skipped": "(skipped) "}
# RFC 5545 3.3.11: a TEXT value escapes backslash, semicolon, comma and newline; other control
# characters (tab aside) are not allowed in it at all, so they are left out.
TEXT_ESCAPES = (("\\", "\\\\"), (";", "\\;"), (",", "\\,"), ("\n", "\\n"))
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b-\x1f\x7f]")


def escaped_text(value: str) -> str:
    """`value` as an RFC 5545 TEXT value; a CR LF or a lone CR is a newline like LF."""
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    for character, escape in TEXT_ESCAPES:  # backslash first, or it would double the others
        value = value.replace(character, escape)
    # str.replace is several times faster than str.translate with a table, here per property.
    return value if value.isprintable() else CONTROL_CHARACTERS.sub("", value)


def content_line(name: str, value: str) -> bytes:
    """One property as a content line in UTF-8, folded (CRLF and one space) so that no line
    exceeds 75 octets and no fold splits the bytes of one character, ending in CRLF."""
    # A lone surrogate cannot be written in UTF-8; storage refuses them, and a calendar must
    # still be served if one slips through, so it becomes "?".
    data = f"{name}:{value}".encode(errors="replace")
    if len(data) <= LINE_OCTETS:
        return data + CRLF
    pieces = []
    start, room = 0, LINE_OCTETS
    while len(data) - start > room:
        cut = start + room
        while data[cut] & 0xC0 == 0x80:  # a UTF-8 continuation byte: cut before its character
            cut -= 1
        pieces.append(data[start:cut])
        start, room = cut, LINE_OCTETS - 1  # a continuation line starts with its space
    pieces.append(data[start:])
    return b"\r\n ".join(pieces) + CRLF


def event_lines(entry: CalendarEntry) -> bytes:
    """An entry's VEVENT after its DTSTAMP, which `WrittenCalendar.body` puts in. DTEND is
    exclusive in RFC 5545, so an inclusive last day becomes the day after; done and skipped
    items are kept but marked, so a calendar that subscribed earlier sees them change rather
    than vanish."""
    summary = STATUS_PREFIXES.get(entry.status, "") + entry.summary
    lines = [
        content_line("UID", escaped_text(entry.uid)),
        content_line("DTSTART;VALUE=DATE", _ical_date(entry.start)),
        content_line("DTEND;VALUE=DATE", _ical_date(entry.end + timedelta(days=1))),
        content_line("SUMMARY", escaped_text(summary)),
        content_line("TRANSP", "TRANSPARENT"),
    ]
    if entry.description:
        lines.append(content_line("DESCRIPTION", escaped_text(entry.description)))
    if entry.location:
        lines.append(content_line("LOCATION", escaped_text(entry.location)))
    lines.append(b"END:VEVENT\r\n")
    return b"".join(lines)


def _ical_date(day: date) -> str:
    return day.isoformat().replace("-", "")


@dataclass(frozen=True)
class WrittenCalendar:
    """A calendar written once, its events' DTSTAMP (the moment each copy is served) left
    out until `body` puts it in, so that `version` can name the content: two copies that
    differ only in their stamp have the same version."""

    head: bytes
    events: tuple[bytes, ...]

    @property
    def version(self) -> str:
        """A digest of everything but the stamps, for an HTTP ETag."""
        digest = hashlib.sha256(self.head)
        for event in self.events:
            digest.update(event)
        return digest.hexdigest()[:32]

    def body(self, stamp: datetime) -> bytes:
        """The RFC 5545 text, every event stamped with `stamp` (a naive one is read as UTC)."""
        utc = stamp.replace(tzinfo=UTC) if stamp.tzinfo is None else stamp.astimezone(UTC)
        begin = b"BEGIN:VEVENT\r\n" + content_line("DTSTAMP", utc.strftime("%Y%m%dT%H%M%SZ"))
        return b"".join([self.head, *(begin + event for event in self.events), END_CALENDAR])


def write_calendar(entries: Iterable[CalendarEntry], name: str = CALENDAR_NAME) -> WrittenCalendar:
    """A VCALENDAR of all-day events, one per entry."""
    head = b"".join(
        [
            b"BEGIN:VCALENDAR\r\n",
            content_line("VERSION", "2.0"),
            content_line("PRODID", escaped_text(PRODID)),
            content_line("CALSCALE", "GREGORIAN"),
            content_line("METHOD", "PUBLISH"),
            content_line("X-WR-CALNAME", escaped_text(name)),
        ]
    )
    return WrittenCalendar(head, tuple(event_lines(entry) for entry in entries))


def build_calendar(
    entries: Iterable[CalendarEntry], name: str = CALENDAR_NAME, stamp: datetime | None = None
) -> bytes:
    """The RFC 5545 text of a VCALENDAR of all-day events, stamped `stamp` (default now)."""
    return write_calendar(entries, name).body(stamp or datetime.now(UTC))
