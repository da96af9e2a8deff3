"""Calendar feeds: RFC 5545 all-day events, checked with independent parsers (vobject, and
icalendar for the folding, escaping and alarm cases); and who can reach a subscription address."""

import zoneinfo
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from urllib.parse import parse_qs, urlsplit

import icalendar
import pytest
import vobject
from hypothesis import given
from hypothesis import strategies as st

from lorkit.core import defaults
from lorkit.core.ics import (
    PRODID,
    CalendarEntry,
    Reach,
    Reminder,
    build_calendar,
    duration_text,
    google_subscribe_link,
    milestone_entry,
    milestone_uid,
    outlook_subscribe_link,
    subscription_reach,
    webcal_address,
    window_text,
    write_calendar,
)

STAMP = datetime(2027, 1, 1, 12, 0, tzinfo=UTC)

ASK = CalendarEntry(
    uid="ask-3f2a@lorkit",
    summary="Ask Dr. Okafor for a strong letter, in person",
    start=date(2027, 1, 26),
    end=date(2027, 1, 28),
)
THANKS = CalendarEntry(
    uid="thanks-3f2a@lorkit",
    summary="Thank Dr. Okafor in person",
    start=date(2027, 1, 31),
    end=date(2027, 1, 31),
)


def parse(entries, name="Internal Medicine at Mercy"):
    return vobject.readOne(build_calendar(entries, name, STAMP).decode("utf-8"))


def events_by_uid(calendar) -> dict:
    return {event.uid.value: event for event in calendar.vevent_list}


def test_the_calendar_declares_version_2_and_lorkit_as_its_producer():
    calendar = parse([ASK])
    assert calendar.version.value == "2.0"
    assert calendar.prodid.value == PRODID == "-//lorkit//rotation plan//EN"
    assert calendar.contents["x-wr-calname"][0].value == "Internal Medicine at Mercy"


def test_every_entry_becomes_one_event_keeping_its_uid_and_summary():
    events = events_by_uid(parse([ASK, THANKS]))
    assert set(events) == {ASK.uid, THANKS.uid}
    assert events[ASK.uid].summary.value == ASK.summary
    assert events[THANKS.uid].summary.value == THANKS.summary


@pytest.mark.parametrize(
    ("entry", "dtend"),
    [(ASK, date(2027, 1, 29)), (THANKS, date(2027, 2, 1))],
)
def test_events_are_all_day_and_end_the_day_after_their_last_day(entry, dtend):
    event = parse([entry]).vevent
    assert type(event.dtstart.value) is date
    assert type(event.dtend.value) is date
    assert event.dtstart.value == entry.start
    assert event.dtend.value == dtend


@pytest.mark.parametrize(
    ("status", "summary"),
    [
        ("done", "✓ Thank Dr. Okafor in person"),
        ("skipped", "(skipped) Thank Dr. Okafor in person"),
        ("open", "Thank Dr. Okafor in person"),
    ],
)
def test_closed_entries_stay_in_the_feed_with_a_marked_summary(status, summary):
    entry = CalendarEntry(THANKS.uid, THANKS.summary, THANKS.start, THANKS.end, status=status)
    assert parse([entry]).vevent.summary.value == summary


def test_events_are_stamped_with_the_given_instant_and_do_not_block_time():
    event = parse([ASK]).vevent
    assert event.dtstamp.value == STAMP
    assert event.transp.value == "TRANSPARENT"


def test_every_line_ends_with_crlf():
    text = build_calendar([ASK, THANKS], "Plan", STAMP)
    assert text.endswith(b"\r\n")
    lines = text.split(b"\r\n")
    assert len(lines) > 10
    assert not any(b"\n" in line or b"\r" in line for line in lines)


def test_a_description_with_commas_semicolons_and_newlines_survives_the_round_trip():
    description = 'Say: "one thing done well, one to improve"; write it down.\nThen change.'
    entry = CalendarEntry(
        ASK.uid, ASK.summary, ASK.start, ASK.end, description=description, location="Ward 4, B"
    )
    event = parse([entry]).vevent
    assert event.description.value == description
    assert event.location.value == "Ward 4, B"


def test_an_entry_without_description_or_location_has_neither_property():
    event = parse([ASK]).vevent
    assert "description" not in event.contents
    assert "location" not in event.contents


def test_an_empty_plan_is_still_a_valid_calendar():
    calendar = parse([])
    assert calendar.version.value == "2.0"
    assert "vevent" not in calendar.contents


readable_text = st.text(
    alphabet=st.characters(
        whitelist_categories=("L", "N", "P", "Zs", "S"), whitelist_characters="\n"
    ),
    min_size=1,
    max_size=300,  # long enough for RFC 5545 line folding at 75 octets
)


@given(summary=readable_text, description=readable_text)
def test_any_readable_summary_and_description_survive_the_round_trip(summary, description):
    entry = CalendarEntry(ASK.uid, summary, ASK.start, ASK.end, description=description)
    event = parse([entry]).vevent
    assert event.summary.value == summary
    assert event.description.value == description


# lorkit writes the calendar itself (core/ics.py); these cases pin the parts of RFC 5545 a
# writer most often gets wrong, read back by two independent parsers (vobject, icalendar).


def physical_lines(entries, name="Plan") -> list[bytes]:
    text = build_calendar(entries, name, STAMP)
    assert text.endswith(b"\r\n")
    return text[:-2].split(b"\r\n")


def read_with_icalendar(entries, name="Plan"):
    return icalendar.Calendar.from_ical(build_calendar(entries, name, STAMP))


def icalendar_events(entries, name="Plan") -> list:
    return list(read_with_icalendar(entries, name).walk("VEVENT"))


LONG_MULTIBYTE = "Danke schön, Dr. Ødegård — ✓ 谢谢 🙏 " * 6  # 2-, 3- and 4-byte characters


@pytest.mark.parametrize(
    "summary",
    [
        LONG_MULTIBYTE,
        "é" * 200,  # two-byte characters straddling every fold
        "€" * 120,  # three-byte
        "🙏" * 90,  # four-byte
        "a" * 73 + "🙏" * 3,  # a four-byte character right at the first fold
    ],
)
def test_long_lines_fold_at_75_octets_without_splitting_a_character(summary):
    entry = CalendarEntry(ASK.uid, summary, ASK.start, ASK.end)

    lines = physical_lines([entry])

    assert max(len(line) for line in lines) <= 75
    for line in lines:
        line.decode("utf-8")  # each physical line is whole UTF-8 on its own
    continuations = [line for line in lines if line.startswith(b" ")]
    assert continuations  # the summary was long enough to fold
    assert parse([entry]).vevent.summary.value == summary
    assert icalendar_events([entry])[0]["SUMMARY"] == summary


@pytest.mark.parametrize(("octets", "folded"), [(75, False), (76, True)])
def test_a_line_is_folded_only_past_75_octets(octets, folded):
    summary = "x" * (octets - len("SUMMARY:"))
    entry = CalendarEntry(ASK.uid, summary, ASK.start, ASK.end)

    lines = physical_lines([entry])

    assert (f"SUMMARY:{summary}".encode() in lines) is not folded
    assert parse([entry]).vevent.summary.value == summary


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Ward 4, bed 2", r"Ward 4\, bed 2"),
        ("ask; then thank", r"ask\; then thank"),
        (r"C:\notes", r"C:\\notes"),
        ("first\nsecond", r"first\nsecond"),
        (r"a\,b", r"a\\\,b"),  # a backslash before a comma: both escaped, in that order
    ],
)
def test_commas_semicolons_backslashes_and_newlines_are_escaped(text, written):
    entry = CalendarEntry(ASK.uid, text, ASK.start, ASK.end, description=text, location=text)

    lines = physical_lines([entry])

    assert f"SUMMARY:{written}".encode() in lines
    assert f"DESCRIPTION:{written}".encode() in lines
    event = parse([entry]).vevent
    assert (event.summary.value, event.description.value, event.location.value) == (text,) * 3
    other = icalendar_events([entry])[0]
    assert (other["SUMMARY"], other["DESCRIPTION"], other["LOCATION"]) == (text,) * 3


def test_a_title_with_every_special_character_survives_both_parsers():
    title = 'Thank Dr. O\'Brien; "well done", C:\\path\nsecond line, ✓ 谢谢'
    entry = CalendarEntry(ASK.uid, title, ASK.start, ASK.end, description=title * 5)

    assert parse([entry]).vevent.summary.value == title
    assert parse([entry]).vevent.description.value == title * 5
    assert icalendar_events([entry])[0]["SUMMARY"] == title


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_a_carriage_return_is_written_as_a_newline(newline):
    entry = CalendarEntry(ASK.uid, ASK.summary, ASK.start, ASK.end, description=f"a{newline}b")

    assert parse([entry]).vevent.description.value == "a\nb"


def test_control_characters_that_text_may_not_hold_are_left_out():
    entry = CalendarEntry(ASK.uid, "bell\x07 escape\x1b[2J tab\tkept", ASK.start, ASK.end)

    assert b"SUMMARY:bell escape[2J tab\tkept" in physical_lines([entry])


def test_the_calendar_name_is_escaped_like_any_text():
    calendar = parse([ASK], name="Plan, season; 2028")

    assert calendar.contents["x-wr-calname"][0].value == "Plan, season; 2028"


def test_the_stamp_is_written_in_utc():
    eastern = datetime(2027, 1, 1, 7, 0, tzinfo=UTC).astimezone(
        zoneinfo.ZoneInfo("America/New_York")
    )

    text = build_calendar([ASK], "Plan", eastern)

    assert b"DTSTAMP:20270101T070000Z\r\n" in text


def test_the_version_names_the_content_whatever_the_stamp():
    written = write_calendar([ASK, THANKS], "Plan")
    later = datetime(2027, 6, 1, tzinfo=UTC)

    assert written.body(STAMP) != written.body(later)
    assert written.version == write_calendar([ASK, THANKS], "Plan").version
    assert written.body(STAMP) == build_calendar([ASK, THANKS], "Plan", STAMP)


@pytest.mark.parametrize(
    "changed",
    [
        [ASK],
        [ASK, CalendarEntry(THANKS.uid, THANKS.summary, THANKS.start, THANKS.end, status="done")],
        [ASK, CalendarEntry(THANKS.uid, "Thank Dr. Lee", THANKS.start, THANKS.end)],
    ],
)
def test_the_version_changes_with_the_content(changed):
    assert write_calendar(changed, "Plan").version != write_calendar([ASK, THANKS], "Plan").version


@pytest.mark.parametrize(
    ("key", "uid"),
    [
        ("ask", "ask.3f2a@lorkit"),
        ("feedback_followup:first_feedback", "feedback_followup.first_feedback.3f2a@lorkit"),
    ],
)
def test_event_ids_stay_as_they_were(key, uid):
    assert milestone_uid(key, "3f2a") == uid


any_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")),
    min_size=1,
    max_size=400,
)


@given(summary=any_text)
def test_any_text_folds_within_75_octets_and_reads_back(summary):
    entry = CalendarEntry(ASK.uid, summary, ASK.start, ASK.end)

    lines = physical_lines([entry])

    assert max(len(line) for line in lines) <= 75
    assert icalendar_events([entry])[0]["SUMMARY"] == summary


# Milestones as events: long windows become one "due" day with a reminder, and every summary
# names its rotation (issue 6, item 7).

MERCY = "Mercy Hospital (Internal Medicine)"


@dataclass(frozen=True)
class Step:
    key: str
    title: str
    start: date
    end: date
    script: tuple[str, ...] = field(default=("Bring the signed form.",))


TB = Step(
    "tb_screening",
    "Get TB screening dated for this rotation",
    date(2026, 10, 6),
    date(2026, 12, 21),
)
ASK_STEP = Step(
    "ask", "Ask your attending for a strong letter", date(2027, 1, 26), date(2027, 1, 28)
)


def one_event(entry: CalendarEntry):
    return parse([entry]).vevent


def days_long(length: int) -> Step:
    start = date(2027, 1, 10)
    return Step("first_feedback", "Ask for feedback", start, start + timedelta(days=length - 1))


def test_a_77_day_window_becomes_one_all_day_event_on_its_due_day():
    event = one_event(milestone_entry(TB, "3f2a", rotation_label=MERCY))

    assert event.dtstart.value == date(2026, 12, 21)
    assert event.dtend.value == date(2026, 12, 22)
    assert event.summary.value == f"Due: Get TB screening dated for this rotation · {MERCY}"


def test_a_due_event_states_its_window_above_the_heading_and_script():
    entry = milestone_entry(TB, "3f2a", heading=["Rotation: Mercy"], rotation_label=MERCY)

    lines = one_event(entry).description.value.split("\n")

    assert lines == ["Window: 6 Oct – 21 Dec 2026", "", "Rotation: Mercy", "", *TB.script]


def test_a_due_event_reminds_in_the_morning_some_days_before():
    event = one_event(milestone_entry(TB, "3f2a", rotation_label=MERCY))

    alarm = event.valarm
    assert alarm.action.value == "DISPLAY"
    # Relative to the due day's midnight: two days before, at nine in the morning.
    assert alarm.trigger.value == -timedelta(days=2) + timedelta(hours=9)
    assert (
        alarm.description.value
        == f"Due Mon 21 Dec: Get TB screening dated for this rotation · {MERCY}"
    )


def test_the_reminder_lead_follows_the_defaults():
    alarm = one_event(milestone_entry(TB, "3f2a")).valarm

    due_midnight = datetime(2026, 12, 21)
    fires = due_midnight + alarm.trigger.value
    assert (due_midnight - fires).days == defaults.CALENDAR_DUE_REMINDER_DAYS - 1
    assert fires.hour == defaults.CALENDAR_DUE_REMINDER_HOUR
    assert fires.date() == date(2026, 12, 21) - timedelta(days=defaults.CALENDAR_DUE_REMINDER_DAYS)


def test_the_valarm_is_well_formed_for_icalendar_too():
    calendar = read_with_icalendar([milestone_entry(TB, "3f2a", rotation_label=MERCY)])

    (event,) = calendar.walk("VEVENT")
    (alarm,) = event.walk("VALARM")
    assert alarm["ACTION"] == "DISPLAY"
    assert alarm["TRIGGER"].dt == timedelta(days=-2, hours=9)
    assert alarm["DESCRIPTION"].startswith("Due Mon 21 Dec: ")
    # The alarm is a child of its event, not a property or a sibling.
    assert [component.name for component in event.subcomponents] == ["VALARM"]


def test_the_valarm_sits_inside_its_event_in_the_written_order():
    lines = physical_lines([milestone_entry(TB, "3f2a")])

    begin, end = lines.index(b"BEGIN:VALARM"), lines.index(b"END:VALARM")
    assert lines[begin + 1 : end - 1] == [b"ACTION:DISPLAY", b"TRIGGER:-P1DT15H"]
    assert lines[end - 1].startswith(b"DESCRIPTION:Due ")
    assert lines[end + 1] == b"END:VEVENT"


def test_a_long_reminder_folds_and_escapes_like_any_text():
    title = "Thank Dr. O'Brien; bring notes, forms\\copies ✓ 谢谢 " * 3
    step = Step("tb_screening", title, TB.start, TB.end)

    lines = physical_lines([milestone_entry(step, "3f2a", rotation_label=MERCY)])

    assert max(len(line) for line in lines) <= 75
    assert one_event(
        milestone_entry(step, "3f2a", rotation_label=MERCY)
    ).valarm.description.value == (f"Due Mon 21 Dec: {title} · {MERCY}")
    alarm = icalendar_events([milestone_entry(step, "3f2a", rotation_label=MERCY)])[0].walk(
        "VALARM"
    )
    assert alarm[0]["DESCRIPTION"] == f"Due Mon 21 Dec: {title} · {MERCY}"


@pytest.mark.parametrize("length", [1, 2, defaults.CALENDAR_WINDOW_EVENT_MAX_DAYS])
def test_a_short_window_stays_as_it_is_without_a_reminder(length):
    step = days_long(length)

    event = one_event(milestone_entry(step, "3f2a", rotation_label=MERCY))

    assert (event.dtstart.value, event.dtend.value) == (step.start, step.end + timedelta(days=1))
    assert event.summary.value == f"Ask for feedback · {MERCY}"
    assert "valarm" not in event.contents
    assert not event.description.value.startswith("Window:")


def test_one_day_past_the_threshold_becomes_a_due_event():
    step = days_long(defaults.CALENDAR_WINDOW_EVENT_MAX_DAYS + 1)

    event = one_event(milestone_entry(step, "3f2a"))

    assert event.dtstart.value == step.end
    assert event.summary.value.startswith("Due: ")
    assert "valarm" in event.contents


def test_the_reminder_falls_inside_the_shortest_due_window():
    step = days_long(defaults.CALENDAR_WINDOW_EVENT_MAX_DAYS + 1)
    alarm = one_event(milestone_entry(step, "3f2a")).valarm

    fires = datetime.combine(step.end, datetime.min.time()) + alarm.trigger.value

    assert step.start <= fires.date() < step.end


@pytest.mark.parametrize(
    ("status", "prefix"), [("done", "✓ Due: "), ("skipped", "(skipped) Due: ")]
)
def test_a_closed_due_event_keeps_its_day_but_has_no_reminder(status, prefix):
    event = one_event(milestone_entry(TB, "3f2a", status=status, rotation_label=MERCY))

    assert event.summary.value.startswith(prefix)
    assert event.dtstart.value == TB.end
    assert "valarm" not in event.contents


@pytest.mark.parametrize("step", [TB, ASK_STEP], ids=["due", "window"])
def test_the_event_id_is_the_milestone_uid_whatever_the_shape(step):
    entry = milestone_entry(step, "3f2a", rotation_label=MERCY)

    assert entry.uid == milestone_uid(step.key, "3f2a") == f"{step.key}.3f2a@lorkit"


def test_the_same_step_of_two_rotations_reads_differently():
    mercy = milestone_entry(ASK_STEP, "r1", rotation_label=MERCY)
    county = milestone_entry(ASK_STEP, "r2", rotation_label="County Clinic (Pediatrics)")

    events = events_by_uid(parse([mercy, county]))

    assert events[mercy.uid].summary.value == f"Ask your attending for a strong letter · {MERCY}"
    assert events[county.uid].summary.value.endswith(" · County Clinic (Pediatrics)")


def test_without_a_rotation_label_the_summary_is_the_title():
    assert milestone_entry(ASK_STEP, "2027-01-04").summary == ASK_STEP.title


@pytest.mark.parametrize(
    ("start", "end", "text"),
    [
        (date(2026, 10, 6), date(2026, 12, 21), "6 Oct – 21 Dec 2026"),
        (date(2027, 1, 8), date(2027, 1, 13), "8 – 13 Jan 2027"),
        (date(2026, 12, 5), date(2027, 1, 3), "5 Dec 2026 – 3 Jan 2027"),
        (date(2027, 1, 31), date(2027, 1, 31), "31 Jan 2027"),
    ],
)
def test_a_window_is_written_as_people_write_dates(start, end, text):
    assert window_text(start, end) == text


@pytest.mark.parametrize(
    ("delta", "text"),
    [
        (timedelta(days=1, hours=15), "P1DT15H"),
        (timedelta(days=2), "P2D"),
        (timedelta(hours=9), "PT9H"),
        (timedelta(minutes=15), "PT15M"),
        (timedelta(hours=1, seconds=5), "PT1H0M5S"),  # hours reach seconds only through minutes
        (timedelta(0), "PT0S"),
    ],
)
def test_durations_follow_the_rfc_5545_grammar(delta, text):
    assert duration_text(delta) == text


@given(seconds=st.integers(min_value=0, max_value=400 * 86400))
def test_any_reminder_lead_reads_back_as_written(seconds):
    before = timedelta(seconds=seconds)
    entry = CalendarEntry(ASK.uid, ASK.summary, ASK.start, ASK.end, reminder=Reminder(before, "x"))

    assert parse([entry]).vevent.valarm.trigger.value == -before
    assert icalendar_events([entry])[0].walk("VALARM")[0]["TRIGGER"].dt == -before


def test_a_negative_duration_is_refused():
    with pytest.raises(ValueError):
        duration_text(timedelta(hours=-1))


# Whether Google Calendar and Outlook, which fetch from their own servers, can reach an address.


@pytest.mark.parametrize(
    ("url", "reach"),
    [
        ("http://127.0.0.1:8000/calendar/", Reach.THIS_COMPUTER),
        ("http://127.1.2.3/calendar/", Reach.THIS_COMPUTER),
        ("http://localhost:8000/calendar/", Reach.THIS_COMPUTER),
        ("http://LOCALHOST./calendar/", Reach.THIS_COMPUTER),
        ("http://lorkit.localhost/calendar/", Reach.THIS_COMPUTER),
        ("http://[::1]:8000/calendar/", Reach.THIS_COMPUTER),
        ("http://[::ffff:127.0.0.1]/calendar/", Reach.THIS_COMPUTER),
        ("http://0.0.0.0:8000/calendar/", Reach.THIS_COMPUTER),
        ("http://192.168.1.20:8000/calendar/", Reach.LOCAL_NETWORK),
        ("http://10.0.0.5/calendar/", Reach.LOCAL_NETWORK),
        ("http://172.16.4.2/calendar/", Reach.LOCAL_NETWORK),
        ("http://169.254.10.1/calendar/", Reach.LOCAL_NETWORK),
        ("http://100.101.102.103/calendar/", Reach.LOCAL_NETWORK),  # carrier-grade NAT, tailnets
        ("http://[fd12:3456::1]/calendar/", Reach.LOCAL_NETWORK),
        ("http://[fe80::1]/calendar/", Reach.LOCAL_NETWORK),
        ("http://macbook.local:8000/calendar/", Reach.LOCAL_NETWORK),
        ("http://nas.home.arpa/calendar/", Reach.LOCAL_NETWORK),
        ("http://raspberrypi:8000/calendar/", Reach.LOCAL_NETWORK),
        ("https://lorkit.internal/calendar/", Reach.LOCAL_NETWORK),
        ("http://lorkit.example.org/calendar/", Reach.UNENCRYPTED),
        ("http://93.184.216.34/calendar/", Reach.UNENCRYPTED),
        ("https://lorkit.example.org/calendar/", Reach.INTERNET),
        ("https://[2606:4700::1111]/calendar/", Reach.INTERNET),
    ],
)
def test_an_address_is_sorted_by_who_can_reach_it(url, reach):
    assert subscription_reach(url) is reach


@pytest.mark.parametrize(
    ("reach", "fetchable"),
    [
        (Reach.THIS_COMPUTER, False),
        (Reach.LOCAL_NETWORK, False),
        (Reach.UNENCRYPTED, True),
        (Reach.INTERNET, True),
    ],
)
def test_only_an_internet_address_can_be_fetched_by_google_and_outlook(reach, fetchable):
    assert reach.cloud_apps_can_fetch is fetchable


@given(url=st.text(max_size=200))
def test_any_text_is_sorted_without_an_error(url):
    assert subscription_reach(url) in set(Reach)


FEED = "https://lorkit.example.org/calendar/feed/abc_DEF-123.ics"


def test_the_webcal_address_is_the_same_address_with_another_scheme():
    assert webcal_address(FEED) == "webcal://lorkit.example.org/calendar/feed/abc_DEF-123.ics"
    assert webcal_address("http://127.0.0.1:8000/x.ics") == "webcal://127.0.0.1:8000/x.ics"


def test_the_google_link_carries_the_webcal_address_whole():
    link = urlsplit(google_subscribe_link(FEED))

    assert (link.scheme, link.netloc, link.path) == ("https", "calendar.google.com", "/calendar/r")
    assert parse_qs(link.query) == {"cid": [webcal_address(FEED)]}


def test_the_outlook_link_carries_the_address_and_the_calendar_name():
    link = urlsplit(outlook_subscribe_link(FEED, "lorkit plan"))

    assert link.netloc == "outlook.live.com"
    assert parse_qs(link.query) == {"url": [FEED], "name": ["lorkit plan"]}
