"""Calendar feeds: RFC 5545 all-day events, checked with independent parsers (vobject, and
icalendar for the folding and escaping cases)."""

import zoneinfo
from datetime import UTC, date, datetime

import icalendar
import pytest
import vobject
from hypothesis import given
from hypothesis import strategies as st

from lorkit.core.ics import PRODID, CalendarEntry, build_calendar, milestone_uid, write_calendar

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
