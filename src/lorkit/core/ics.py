"""RFC 5545 calendars of a plan: all-day events that any calendar app can import or subscribe to,
and whether a subscription address can be fetched by the apps that would subscribe to it."""

from __future__ import annotations

import hashlib
import ipaddress
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import Protocol
from urllib.parse import quote, urlsplit

from lorkit.core import defaults
from lorkit.core.season import SEASON_LABELS, SeasonCalendar

PRODID = "-//lorkit//rotation plan//EN"
CALENDAR_NAME = "lorkit plan"


@dataclass(frozen=True)
class Reminder:
    """A VALARM: shown `before` the event's start (midnight of an all-day event's day)."""

    before: timedelta
    text: str


@dataclass(frozen=True)
class CalendarEntry:
    uid: str
    summary: str
    start: date
    end: date  # last day of the window, inclusive
    description: str = ""
    location: str = ""
    status: str = "open"
    reminder: Reminder | None = None


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


SUMMARY_SEPARATOR = " · "
DUE_PREFIX = "Due: "


def window_days(start: date, end: date) -> int:
    """How many days a window spans, first and last included."""
    return (end - start).days + 1


def window_text(start: date, end: date) -> str:
    """A window as people write it: "8 – 13 Jan 2027", "5 Oct – 21 Dec 2026",
    "5 Dec 2026 – 3 Jan 2027"; one day is just that day."""
    last = f"{end.day} {end:%b %Y}"
    if start == end:
        return last
    if start.year != end.year:
        return f"{start.day} {start:%b %Y} – {last}"
    if start.month != end.month:
        return f"{start.day} {start:%b} – {last}"
    return f"{start.day} – {last}"


def due_reminder_before() -> timedelta:
    """How long before the due day's midnight its reminder goes off: some days ahead, in the
    morning rather than at midnight."""
    days = timedelta(days=defaults.CALENDAR_DUE_REMINDER_DAYS)
    return days - timedelta(hours=defaults.CALENDAR_DUE_REMINDER_HOUR)


def milestone_entry(
    milestone: CalendarMilestone,
    rotation_ref: str,
    *,
    status: str = "open",
    heading: Sequence[str] = (),
    location: str = "",
    rotation_label: str = "",
) -> CalendarEntry:
    """A milestone as an all-day entry; `heading` lines go above its script, and the summary
    names the rotation, since every rotation has a "Thank your attending in person".

    A window longer than CALENDAR_WINDOW_EVENT_MAX_DAYS becomes one "due" event on its last
    day with a reminder before it: a banner across weeks hides the days around it and says
    nothing about when it is too late. Its description keeps the window. The UID is the same
    either way, so a subscribed calendar moves the event rather than adding a second one."""
    title = SUMMARY_SEPARATOR.join(part for part in (milestone.title, rotation_label) if part)
    description = [*heading, "", *milestone.script] if heading else list(milestone.script)
    uid = milestone_uid(milestone.key, rotation_ref)
    start, end = milestone.start, milestone.end
    if window_days(start, end) <= defaults.CALENDAR_WINDOW_EVENT_MAX_DAYS:
        return CalendarEntry(
            uid, title, start, end, "\n".join(description), location=location, status=status
        )
    # A closed item needs no nudge; its event stays, marked, so the calendar sees it change.
    reminder = (
        Reminder(due_reminder_before(), f"Due {end:%a} {end.day} {end:%b}: {title}")
        if status == "open"
        else None
    )
    return CalendarEntry(
        uid,
        DUE_PREFIX + title,
        end,
        end,
        "\n".join([f"Window: {window_text(start, end)}", "", *description]),
        location=location,
        status=status,
        reminder=reminder,
    )


def season_entries(calendar: SeasonCalendar, owner_ref: str) -> list[CalendarEntry]:
    """The season's dates as one-day entries; estimated and unofficially reported ones say
    so, as they must never pass for published dates."""
    tentative = ("estimated", "unofficial report")
    return [
        CalendarEntry(
            uid=season_uid(calendar.year, key, owner_ref),
            summary=f"ERAS {calendar.year}: {SEASON_LABELS[key]}"
            + (f" ({calendar.source(key)})" if calendar.source(key) in tentative else ""),
            start=day,
            end=day,
        )
        for key, day in calendar.dates()
    ]


# lorkit writes its calendars itself instead of through the icalendar library: it needs one
# kind of event (all-day VEVENTs with text properties, some with a display VALARM), and the
# library folded long lines one character at a time, which took 85% of the time of a
# 40-rotation feed (166 ms).
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
    if entry.reminder:
        lines.append(alarm_lines(entry.reminder))
    lines.append(b"END:VEVENT\r\n")
    return b"".join(lines)


def alarm_lines(reminder: Reminder) -> bytes:
    """A display VALARM (RFC 5545 3.6.6: ACTION, TRIGGER and DESCRIPTION, each once)."""
    return b"".join(
        [
            b"BEGIN:VALARM\r\n",
            content_line("ACTION", "DISPLAY"),
            content_line("TRIGGER", "-" + duration_text(reminder.before)),
            content_line("DESCRIPTION", escaped_text(reminder.text)),
            b"END:VALARM\r\n",
        ]
    )


def duration_text(delta: timedelta) -> str:
    """A non-negative timedelta as an RFC 5545 DURATION in days, hours, minutes and seconds:
    "P1DT15H", "PT9H", "P2D"."""
    seconds = int(delta.total_seconds())
    if seconds < 0:
        raise ValueError("a duration here is never negative; the sign goes before it")
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, seconds = divmod(rest, 60)
    units = [(hours, "H"), (minutes, "M"), (seconds, "S")]
    used = [index for index, (value, _) in enumerate(units) if value]
    # The grammar lets hours be followed by seconds only through minutes ("PT1H0M5S").
    time = "".join(f"{v}{u}" for v, u in units[used[0] : used[-1] + 1]) if used else ""
    if not days and not time:
        return "PT0S"
    return "P" + (f"{days}D" if days else "") + (f"T{time}" if time else "")


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


# Subscriptions. Google Calendar and Outlook fetch a subscribed address from their own servers
# on the internet, not from the device that added it; an address that only this computer or
# this network can reach is one they can never load. Apple Calendar ("On My Mac") and
# Thunderbird fetch from the device itself, so the address is still of use to them.


class Reach(StrEnum):
    THIS_COMPUTER = "this_computer"  # localhost, 127.x, ::1
    LOCAL_NETWORK = "local_network"  # a private or link-local address, a *.local name
    UNENCRYPTED = "unencrypted"  # on the internet, but over plain http
    INTERNET = "internet"

    @property
    def cloud_apps_can_fetch(self) -> bool:
        """Whether Google Calendar and Outlook can load the address."""
        return self in {Reach.UNENCRYPTED, Reach.INTERNET}


LOOPBACK_NAMES = ("localhost",)
# Names that no public DNS answers: mDNS, the special-use and conventional home-network names.
LOCAL_SUFFIXES = (
    "local",
    "lan",
    "home",
    "internal",
    "intranet",
    "localdomain",
    "home.arpa",
    "test",
    "invalid",
)


def subscription_reach(url: str) -> Reach:
    """Who can fetch `url`: only this computer, only its network, or anyone on the internet
    (over http, or https)."""
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").rstrip(".").lower()
    except ValueError:  # a malformed host ("[::1"): nothing outside resolves it either
        return Reach.LOCAL_NETWORK
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        ip = None
    if ip is not None:
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
            ip = ip.ipv4_mapped
        if ip.is_loopback or ip.is_unspecified:
            return Reach.THIS_COMPUTER
        if not ip.is_global:
            return Reach.LOCAL_NETWORK
    elif host in LOOPBACK_NAMES or host.endswith(".localhost"):
        return Reach.THIS_COMPUTER
    elif "." not in host or host.endswith(tuple(f".{suffix}" for suffix in LOCAL_SUFFIXES)):
        # A name without a dot ("raspberrypi", a test server) resolves only on its own network.
        return Reach.LOCAL_NETWORK
    return Reach.INTERNET if parts.scheme == "https" else Reach.UNENCRYPTED


def webcal_address(url: str) -> str:
    """The address with the webcal scheme, which phones and desktop calendar apps open as
    "subscribe" rather than downloading the file once."""
    return "webcal://" + url.split("://", 1)[1] if "://" in url else url


def google_subscribe_link(url: str) -> str:
    """Google Calendar's own "add this calendar by URL" page, the address filled in."""
    return "https://calendar.google.com/calendar/r?cid=" + quote(webcal_address(url), safe="")


def outlook_subscribe_link(url: str, name: str = CALENDAR_NAME) -> str:
    """Outlook on the web's "subscribe from web" page, the address and the name filled in."""
    return (
        "https://outlook.live.com/calendar/0/addfromweb?url="
        + quote(url, safe="")
        + "&name="
        + quote(name, safe="")
    )
