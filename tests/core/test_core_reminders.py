"""The follow-up engine (domain §8): the soft deadline, at most two polite reminders while a
letter is not in, and thank-you notes once it is. The season test steps through every day
from the first request to Match Day and sends whatever the engine says is due."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lorkit.core import defaults
from lorkit.core.ledger import Letter, LetterStatus
from lorkit.core.reminders import (
    REMINDER_KINDS,
    FollowUpDates,
    Nudge,
    NudgeKind,
    SentNudge,
    due_nudges,
    nudge_draft,
    reminder_dates,
    soft_deadline,
    thank_yous,
)

K = NudgeKind
TARGET = date(2026, 9, 2)  # a Wednesday, the day ERAS 2027 opens to submissions
MATCH_DAY = date(2027, 3, 19)


def day(text: str) -> date:
    return date.fromisoformat(text)


def plan(**kwargs: Any) -> list[tuple[str, str]]:
    """The reminders as (kind, ISO date) pairs, for tables."""
    kwargs.setdefault("target", TARGET)
    return [(n.kind.value, n.due.isoformat()) for n in reminder_dates(**kwargs)]


# ---------------------------------------------------------------------------------------------
# The soft deadline
# ---------------------------------------------------------------------------------------------


def test_the_soft_deadline_is_three_weeks_before_the_target() -> None:
    assert soft_deadline(TARGET) == day("2026-08-12")


@given(st.dates(date(2001, 1, 1), date(2099, 12, 31)))
def test_the_soft_deadline_is_always_two_to_three_weeks_before_the_target(target: date) -> None:
    assert 14 <= (target - soft_deadline(target)).days <= 21


# ---------------------------------------------------------------------------------------------
# The reminder rulebook
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("case", "arguments", "expected"),
    [
        (
            "two weeks after the request, then two weeks before the target",
            {"requested": day("2026-07-01")},
            [("first_reminder", "2026-07-15"), ("final_reminder", "2026-08-19")],
        ),
        (
            "a reply moves the first reminder past its quiet week",
            {"requested": day("2026-07-01"), "last_contact": day("2026-07-10")},
            [("first_reminder", "2026-07-18"), ("final_reminder", "2026-08-19")],
        ),
        (
            "a quiet week running past the first window drops the first reminder",
            {"requested": day("2026-07-01"), "last_contact": day("2026-07-16")},
            [("final_reminder", "2026-08-19")],
        ),
        (
            "a meeting moves the final reminder within its window",
            {"requested": day("2026-07-01"), "last_contact": day("2026-08-14")},
            [("final_reminder", "2026-08-22")],
        ),
        (
            "a meeting whose quiet week covers the final window drops it",
            {"requested": day("2026-07-01"), "last_contact": day("2026-08-17")},
            [],
        ),
        (
            "a letter received ends the reminders",
            {"requested": day("2026-07-01"), "received": day("2026-07-20")},
            [("first_reminder", "2026-07-15")],
        ),
        (
            "none on the day the letter comes in",
            {"requested": day("2026-07-01"), "received": day("2026-07-15")},
            [],
        ),
        (
            "one already sent leaves only the final one",
            {"requested": day("2026-07-01"), "sent": [day("2026-07-16")]},
            [("final_reminder", "2026-08-19")],
        ),
        (
            "two already sent leave none",
            {"requested": day("2026-07-01"), "sent": [day("2026-07-15"), day("2026-08-19")]},
            [],
        ),
        (
            "a reminder sent late pushes the final one ten days on",
            {"requested": day("2026-07-01"), "sent": [day("2026-08-11")]},
            [("final_reminder", "2026-08-21")],
        ),
        (
            "eleven days between the two",
            {"requested": day("2026-07-25")},
            [("first_reminder", "2026-08-08"), ("final_reminder", "2026-08-19")],
        ),
        (
            "the final one waits ten days after the first",
            {"requested": day("2026-07-28")},
            [("first_reminder", "2026-08-11"), ("final_reminder", "2026-08-21")],
        ),
        (
            "too close together: the final one is dropped",
            {"requested": day("2026-07-31")},
            [("first_reminder", "2026-08-14")],
        ),
        (
            "a late request is not nudged within two weeks, even before the target",
            {"requested": day("2026-08-10")},
            [("first_reminder", "2026-08-24")],
        ),
        (
            "a request too close to the target gets no reminder after it",
            {"requested": day("2026-08-25")},
            [],
        ),
        (
            "a first reminder may fall on the target day itself",
            {"requested": day("2026-08-19")},
            [("first_reminder", "2026-09-02")],
        ),
        (
            "a target before the request plans nothing",
            {"requested": day("2026-09-10")},
            [],
        ),
    ],
)
def test_the_reminder_rulebook(case: str, arguments: dict[str, Any], expected: list[Any]) -> None:
    assert plan(**arguments) == expected, case


def test_reasons_say_why_in_plain_words() -> None:
    first, final = reminder_dates(
        requested=day("2026-07-01"), target=TARGET, last_contact=day("2026-07-10"), letter_id="L"
    )
    assert first.reason == (
        "17 days since the request, letter not in yet; after the quiet week that follows your "
        "contact on July 10"
    )
    assert final.reason == "14 days before your submission target"
    assert {first.letter_id, final.letter_id} == {"L"}


def test_a_reminder_on_its_windows_own_first_day_does_not_blame_the_contact() -> None:
    (first, _) = reminder_dates(
        requested=day("2026-07-01"), target=TARGET, last_contact=day("2026-07-06")
    )
    assert first.due == day("2026-07-15")
    assert "quiet week" not in first.reason


# ---------------------------------------------------------------------------------------------
# Properties of the cadence, each rule on its own
# ---------------------------------------------------------------------------------------------

START = date(2026, 1, 1)


@st.composite
def cadences(draw: st.DrawFn) -> dict[str, Any]:
    requested = START + timedelta(days=draw(st.integers(0, 200)))
    target = requested + timedelta(days=draw(st.integers(-10, 150)))
    offset = st.integers(-30, 160).map(lambda n: requested + timedelta(days=n))
    return {
        "requested": requested,
        "target": target,
        "received": draw(st.none() | offset),
        "last_contact": draw(st.none() | offset),
        "sent": draw(st.lists(offset, max_size=3)),
    }


def window(kind: NudgeKind, requested: date, target: date) -> tuple[date, date]:
    if kind is K.FIRST_REMINDER:
        return requested + timedelta(days=14), requested + timedelta(days=21)
    return target - timedelta(days=14), target - timedelta(days=10)


def allowed(d: date, case: dict[str, Any], before: Sequence[date]) -> bool:
    """Every rule but the windows, written out day by day as an independent oracle."""
    contact, received = case["last_contact"], case["received"]
    return (
        d >= case["requested"] + timedelta(days=14)
        and d <= case["target"]
        and (received is None or d < received)
        and (contact is None or d > contact + timedelta(days=7))
        and all(d >= b + timedelta(days=10) for b in before)
    )


@given(cadences())
def test_never_more_than_two_reminders_counting_those_sent(case: dict[str, Any]) -> None:
    assert len(reminder_dates(**case)) <= max(0, 2 - len(case["sent"]))


@given(cadences())
def test_reminders_are_at_least_ten_days_apart_and_after_those_sent(case: dict[str, Any]) -> None:
    planned = [n.due for n in reminder_dates(**case)]
    for i, later in enumerate(planned):
        for earlier in [*case["sent"], *planned[:i]]:
            assert (later - earlier).days >= 10


@given(cadences())
def test_no_reminder_within_seven_days_after_the_last_contact(case: dict[str, Any]) -> None:
    contact = case["last_contact"]
    for nudge in reminder_dates(**case):
        assert contact is None or (nudge.due - contact).days > 7


@given(cadences())
def test_no_reminder_on_or_after_the_day_the_letter_comes_in(case: dict[str, Any]) -> None:
    for nudge in reminder_dates(**case):
        assert case["received"] is None or nudge.due < case["received"]


@given(cadences())
def test_no_reminder_after_the_target_nor_within_two_weeks_of_the_request(
    case: dict[str, Any],
) -> None:
    for nudge in reminder_dates(**case):
        assert (nudge.due - case["requested"]).days >= 14
        assert nudge.due <= case["target"]


@given(cadences())
def test_each_reminder_falls_in_its_own_window(case: dict[str, Any]) -> None:
    for nudge in reminder_dates(**case):
        low, high = window(nudge.kind, case["requested"], case["target"])
        assert low <= nudge.due <= high


@given(cadences())
def test_each_reminder_is_the_earliest_allowed_day_of_its_window_or_absent(
    case: dict[str, Any],
) -> None:
    planned = {n.kind: n.due for n in reminder_dates(**case)}
    before = sorted(case["sent"])
    for kind in REMINDER_KINDS[len(before) :]:
        low, high = window(kind, case["requested"], case["target"])
        span = [low + timedelta(days=i) for i in range((high - low).days + 1)]
        expected = next((d for d in span if allowed(d, case, before)), None)
        assert planned.get(kind) == expected, kind
        if expected is not None:
            before.append(expected)


@given(cadences())
def test_the_cadence_is_deterministic_and_ignores_the_order_of_sent_days(
    case: dict[str, Any],
) -> None:
    again = {**case, "sent": list(reversed(case["sent"]))}
    assert reminder_dates(**case) == reminder_dates(**case) == reminder_dates(**again)


@given(cadences())
def test_the_first_reminder_always_comes_before_the_final_one(case: dict[str, Any]) -> None:
    kinds = [n.kind for n in reminder_dates(**case)]
    assert kinds == sorted(kinds, key=list(REMINDER_KINDS).index)
    assert len(set(kinds)) == len(kinds)


def test_the_rule_numbers_are_the_rulebooks() -> None:
    assert defaults.FIRST_REMINDER_DAYS_AFTER_REQUEST == (14, 21)
    assert defaults.FINAL_REMINDER_DAYS_BEFORE_TARGET == (14, 10)
    assert defaults.MAX_REMINDERS_PER_LETTER == len(REMINDER_KINDS) == 2
    assert defaults.REMINDER_MIN_GAP_DAYS == 10
    assert defaults.QUIET_DAYS_AFTER_CONTACT == 7


# ---------------------------------------------------------------------------------------------
# Thank-you notes
# ---------------------------------------------------------------------------------------------


def received(received_on: str = "2026-08-20", **extra: Any) -> Letter:
    fields: dict[str, Any] = {
        "id": "L1",
        "author": "Dr Writer",
        "specialty": "Internal Medicine",
        "status": LetterStatus.RECEIVED,
        "requested_on": day("2026-07-01"),
        "received_on": day(received_on),
        **extra,
    }
    return Letter(**fields)


def thanks(letter: Letter, strongest: bool = True) -> list[tuple[str, str]]:
    notes = thank_yous(
        letter=letter,
        submitted_on=TARGET,
        interviews_on=day("2026-10-20"),
        match_day=MATCH_DAY,
        strongest=strongest,
    )
    return [(n.kind.value, n.due.isoformat()) for n in notes]


def test_a_strong_writer_is_thanked_three_times() -> None:
    assert thanks(received()) == [
        ("thanks_submitted", "2026-09-02"),
        ("thanks_interviews", "2026-10-20"),
        ("thanks_match", "2027-03-19"),
    ]


def test_only_the_strongest_writers_hear_about_interviews() -> None:
    assert [kind for kind, _ in thanks(received(), strongest=False)] == [
        "thanks_submitted",
        "thanks_match",
    ]


def test_a_letter_arriving_after_submission_is_thanked_when_it_goes_out() -> None:
    assert thanks(received("2026-09-10"))[0] == ("thanks_submitted", "2026-09-10")


@pytest.mark.parametrize("status", [LetterStatus.REQUESTED, LetterStatus.DECLINED])
def test_a_letter_not_received_earns_no_thank_you_note(status: LetterStatus) -> None:
    assert thanks(received(status=status)) == []


def test_unknown_dates_give_no_thank_you_yet() -> None:
    notes = thank_yous(
        letter=received(), submitted_on=None, interviews_on=None, match_day=None, strongest=True
    )
    assert notes == ()


# ---------------------------------------------------------------------------------------------
# What is due
# ---------------------------------------------------------------------------------------------


def requested_letter(id: str = "L1", **extra: Any) -> Letter:
    fields: dict[str, Any] = {
        "id": id,
        "author": "Dr Writer",
        "specialty": "Internal Medicine",
        "status": LetterStatus.REQUESTED,
        "requested_on": day("2026-07-01"),
        **extra,
    }
    return Letter(**fields)


DATES = FollowUpDates(target=TARGET)


def due_on(today: str, letters: Sequence[Letter], sent: Sequence[SentNudge] = ()) -> list[str]:
    return [f"{n.letter_id}:{n.kind.value}" for n in due_nudges(letters, DATES, sent, day(today))]


def test_nothing_is_due_before_the_first_reminders_day() -> None:
    assert due_on("2026-07-14", [requested_letter()]) == []


def test_the_first_reminder_is_due_on_its_day_and_stays_due_until_sent() -> None:
    assert due_on("2026-07-15", [requested_letter()]) == ["L1:first_reminder"]
    assert due_on("2026-07-30", [requested_letter()]) == ["L1:first_reminder"]


def test_only_the_next_reminder_is_due_even_when_both_are_overdue() -> None:
    assert due_on("2026-08-25", [requested_letter()]) == ["L1:first_reminder"]


def test_sending_the_first_reminder_late_replans_the_final_one() -> None:
    sent = [SentNudge(letter_id="L1", kind=K.FIRST_REMINDER, on=day("2026-08-11"))]
    assert due_on("2026-08-20", [requested_letter()], sent) == []
    assert due_on("2026-08-21", [requested_letter()], sent) == ["L1:final_reminder"]


def test_a_first_reminder_sent_too_late_leaves_no_room_for_the_final_one() -> None:
    sent = [SentNudge(letter_id="L1", kind=K.FIRST_REMINDER, on=day("2026-08-15"))]
    assert due_on("2026-08-25", [requested_letter()], sent) == []


def test_no_reminder_is_due_once_the_target_has_passed() -> None:
    assert due_on("2026-09-03", [requested_letter()]) == []


@pytest.mark.parametrize(
    "status", [LetterStatus.AGREED, LetterStatus.DECLINED, LetterStatus.REMOVED]
)
def test_only_a_letter_requested_in_myeras_gets_reminders(status: LetterStatus) -> None:
    assert due_on("2026-07-20", [requested_letter(status=status)]) == []


def test_a_request_made_again_starts_a_fresh_pair_of_reminders() -> None:
    sent = [
        SentNudge(letter_id="L1", kind=K.FIRST_REMINDER, on=day("2026-05-15")),
        SentNudge(letter_id="L1", kind=K.FINAL_REMINDER, on=day("2026-05-28")),
    ]
    assert due_on("2026-07-15", [requested_letter()], sent) == ["L1:first_reminder"]


def test_thank_you_notes_are_due_once_each_and_sorted_by_day() -> None:
    dates = FollowUpDates(target=TARGET, submitted_on=TARGET, match_day=MATCH_DAY)
    letters = [received(id="B"), received(id="A")]
    sent = [SentNudge(letter_id="B", kind=K.THANKS_SUBMITTED, on=day("2026-09-03"))]

    due = due_nudges(letters, dates, sent, day("2027-03-20"))

    assert [(n.letter_id, n.kind.value) for n in due] == [
        ("A", "thanks_submitted"),
        ("A", "thanks_match"),
        ("B", "thanks_match"),
    ]


# ---------------------------------------------------------------------------------------------
# Drafts
# ---------------------------------------------------------------------------------------------

PUSHY = ("asap", "urgent", "immediately", "must", "overdue", "deadline", "still waiting", "!")


@pytest.mark.parametrize("kind", list(NudgeKind))
def test_every_draft_is_brief_polite_and_signed(kind: NudgeKind) -> None:
    nudge = Nudge(kind=kind, due=day("2026-07-15"), letter_id="L1", reason="")
    subject, body = nudge_draft(
        nudge,
        applicant_name="Sam Applicant",
        writer_name="Dr Rivera",
        soft_deadline=day("2026-08-12"),
        target=TARGET,
    )
    assert subject
    assert body.startswith("Dear Dr Rivera,")
    assert body.rstrip().endswith("Sam Applicant")
    assert len(body.split()) < 120
    assert not any(word in body.lower() for word in PUSHY)


def test_the_first_reminder_offers_the_soft_deadline_and_the_final_one_the_target() -> None:
    first = Nudge(kind=K.FIRST_REMINDER, due=day("2026-07-15"), reason="")
    final = Nudge(kind=K.FINAL_REMINDER, due=day("2026-08-19"), reason="")

    def body(nudge: Nudge) -> str:
        return nudge_draft(
            nudge,
            applicant_name="Sam",
            writer_name="Dr Rivera",
            soft_deadline=day("2026-08-12"),
            target=TARGET,
        )[1]

    assert "by August 12" in body(first)
    assert "on September 2" in body(final)


def test_each_kind_has_its_own_subject() -> None:
    subjects = {
        nudge_draft(
            Nudge(kind=kind, due=TARGET, reason=""),
            applicant_name="",
            writer_name="",
            soft_deadline=TARGET,
            target=TARGET,
        )[0]
        for kind in NudgeKind
    }
    assert len(subjects) == len(NudgeKind)


# ---------------------------------------------------------------------------------------------
# A whole season, one day at a time
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Script:
    """How one letter's season goes: requested on a day, maybe a few contacts, maybe in."""

    id: str
    requested: date
    received: date | None = None
    contacts: tuple[date, ...] = ()
    strongest: bool = False

    def as_of(self, today: date) -> Letter:
        """The letter as the applicant's ledger holds it on `today`."""
        known = [c for c in self.contacts if c <= today]
        arrived = self.received is not None and self.received <= today
        return Letter(
            id=self.id,
            author=f"Dr {self.id}",
            specialty="Internal Medicine",
            status=LetterStatus.RECEIVED if arrived else LetterStatus.REQUESTED,
            requested_on=self.requested,
            received_on=self.received if arrived else None,
            last_contact=max(known) if known else None,
            strongest=self.strongest,
        )


SUBMITTED, INTERVIEWS = TARGET, day("2026-10-20")


def simulate(scripts: Sequence[Script]) -> list[SentNudge]:
    """Send everything due, every day, from the first request to the day after Match Day."""
    sent: list[SentNudge] = []
    today = min(s.requested for s in scripts)
    while today <= MATCH_DAY + timedelta(days=1):
        dates = FollowUpDates(
            target=TARGET,
            submitted_on=SUBMITTED if today >= SUBMITTED else None,
            interviews_on=INTERVIEWS if today >= INTERVIEWS else None,
            match_day=MATCH_DAY,
        )
        letters = [s.as_of(today) for s in scripts]
        for nudge in due_nudges(letters, dates, sent, today):
            sent.append(SentNudge(letter_id=nudge.letter_id, kind=nudge.kind, on=today))
        today += timedelta(days=1)
    return sent


def check_season(scripts: Sequence[Script], sent: Sequence[SentNudge]) -> None:
    for script in scripts:
        mine = [s for s in sent if s.letter_id == script.id]
        reminders = [s.on for s in mine if s.kind in REMINDER_KINDS]
        assert len(reminders) <= 2
        assert all((b - a).days >= 10 for a, b in zip(reminders, reminders[1:], strict=False))
        for on in reminders:
            assert script.requested + timedelta(days=14) <= on <= TARGET
            assert script.received is None or on < script.received
            assert not any(c <= on <= c + timedelta(days=7) for c in script.contacts)
        thanked = sorted(s.kind.value for s in mine if s.kind not in REMINDER_KINDS)
        expected = ["thanks_match", "thanks_submitted"] if script.received else []
        if script.received and script.strongest:
            expected = ["thanks_interviews", *expected]
        assert thanked == expected, script.id


SEASON = [
    Script("steady", day("2026-07-01"), received=day("2026-08-20"), strongest=True),
    Script("replied", day("2026-07-05"), day("2026-08-05"), contacts=(day("2026-07-22"),)),
    Script("late", day("2026-08-12"), received=day("2026-09-10")),
    Script("met", day("2026-07-01"), contacts=(day("2026-07-12"), day("2026-08-16"))),
    Script("silent", day("2026-06-20")),
]


def test_a_season_day_by_day_sends_each_nudge_on_its_day_and_never_more() -> None:
    sent = simulate(SEASON)

    check_season(SEASON, sent)
    by_letter = {
        script.id: [(s.kind.value, s.on.isoformat()) for s in sent if s.letter_id == script.id]
        for script in SEASON
    }
    assert by_letter == {
        "steady": [
            ("first_reminder", "2026-07-15"),
            ("final_reminder", "2026-08-19"),
            ("thanks_submitted", "2026-09-02"),
            ("thanks_interviews", "2026-10-20"),
            ("thanks_match", "2027-03-19"),
        ],
        "replied": [
            ("first_reminder", "2026-07-19"),
            ("thanks_submitted", "2026-09-02"),
            ("thanks_match", "2027-03-19"),
        ],
        "late": [
            ("first_reminder", "2026-08-26"),
            ("thanks_submitted", "2026-09-10"),
            ("thanks_match", "2027-03-19"),
        ],
        "met": [("first_reminder", "2026-07-20")],  # the August meeting covers the final one
        "silent": [("first_reminder", "2026-07-04"), ("final_reminder", "2026-08-19")],
    }


@st.composite
def scripts(draw: st.DrawFn) -> list[Script]:
    season_day = st.integers(0, 120).map(lambda n: day("2026-05-01") + timedelta(days=n))
    season: list[Script] = []
    for i in range(draw(st.integers(1, 3))):
        requested = draw(season_day)
        wait = draw(st.none() | st.integers(1, 150))
        season.append(
            Script(
                id=f"L{i}",
                requested=requested,
                received=None if wait is None else requested + timedelta(days=wait),
                contacts=tuple(draw(st.lists(season_day, max_size=3))),
                strongest=draw(st.booleans()),
            )
        )
    return season


@settings(max_examples=25, deadline=None)
@given(scripts())
def test_any_season_keeps_every_rule_and_thanks_each_writer_once(season: list[Script]) -> None:
    check_season(season, simulate(season))
