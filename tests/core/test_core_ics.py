"""Calendar feeds: RFC 5545 all-day events, checked with an independent parser (vobject)."""

from datetime import UTC, date, datetime

import pytest
import vobject
from hypothesis import given
from hypothesis import strategies as st

from lorkit.core.ics import PRODID, CalendarEntry, build_calendar

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
