"""A whole ERAS season, day by day, from the first letter request to Match Day: each day
`lorkit remind` runs (its digest caught by the locmem backend), and the applicant opens Today
and clicks "Mark sent" on the follow-ups of two of the three letters on the day they appear;
the third writer's reminder is never clicked. Letters arrive, the application goes out,
interviews come.

Afterwards: each letter got its soft deadline; at most two reminders, on the days the core
rules allow; each thank-you once; no digest listed an item twice; nothing was marked sent
without a click; and no email from `remind_run` ever went to a writer."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from lorkit.accounts.models import Profile, User
from lorkit.core import defaults
from lorkit.core.ledger import LetterStatus
from lorkit.core.reminders import REMINDER_KINDS, reminder_dates, soft_deadline, spoken
from lorkit.letters.models import LetterRequest, Reminder
from lorkit.letters.reminder_selectors import follow_up
from lorkit.letters.reminder_services import remind_run, reminders_sync
from lorkit.letters.services import status_set

APPLICANT = "alice@example.org"
TARGET = date(2026, 9, 10)
MATCH_DAY = date(2027, 3, 19)  # ERAS 2027: the third Friday of March
SUBMITTED = date(2026, 9, 8)
INTERVIEWS = date(2026, 10, 15)


@dataclass(frozen=True)
class Writer:
    author: str
    requested: date
    received: date | None
    clicked: bool  # does the applicant mark this writer's follow-ups sent?
    strongest: bool = False

    @property
    def email(self) -> str:
        return f"{self.author.split()[-1].lower()}@example.edu"


WRITERS = (
    Writer("Dr. Noor Haddad", date(2026, 7, 1), date(2026, 8, 29), clicked=True, strongest=True),
    Writer("Dr. Tomasz Wren", date(2026, 7, 10), date(2026, 7, 28), clicked=True),
    Writer("Dr. Ines Calloway", date(2026, 8, 5), None, clicked=False),
)

# What the season must come to, by writer: the reminders (kind, due) and the thank-yous.
EXPECTED_REMINDERS = {
    "Dr. Noor Haddad": [
        ("first_reminder", date(2026, 7, 15)),
        ("final_reminder", date(2026, 8, 27)),
    ],
    "Dr. Tomasz Wren": [("first_reminder", date(2026, 7, 24))],
    # Never marked sent: the first stays due (listed once), and the final never comes.
    "Dr. Ines Calloway": [("first_reminder", date(2026, 8, 19))],
}
EXPECTED_THANKS = {
    "Dr. Noor Haddad": [
        ("thanks_submitted", SUBMITTED),
        ("thanks_interviews", INTERVIEWS),
        ("thanks_match", MATCH_DAY),
    ],
    "Dr. Tomasz Wren": [("thanks_submitted", SUBMITTED), ("thanks_match", MATCH_DAY)],
    "Dr. Ines Calloway": [],
}


@dataclass
class Season:
    """What happened, day by day."""

    appeared: dict[int, date] = field(default_factory=dict)  # reminder id → first day on Today
    digested: list[tuple[date, int]] = field(default_factory=list)  # (day, reminder id)
    clicked: dict[int, date] = field(default_factory=dict)
    digests_per_day: Counter[date] = field(default_factory=Counter)


@pytest.fixture
def applicant(owner: User, settings: Any) -> User:
    settings.EMAIL_HOST = "smtp.example.org"
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    owner.email = APPLICANT
    owner.save(update_fields=["email"])
    Profile.objects.filter(user=owner).update(season=2027, submission_target=TARGET)
    for writer in WRITERS:
        LetterRequest.objects.create(
            owner=owner, author=writer.author, author_email=writer.email, strongest=writer.strongest
        )
    return User.objects.get(pk=owner.pk)


def letter_of(owner: User, writer: Writer) -> LetterRequest:
    return LetterRequest.objects.get(owner=owner, author=writer.author)


def live_the_day(owner: User, client: Client, day: date, season: Season) -> None:
    """The day's events, then the applicant's look at Today and clicks, then the cron run."""
    for writer in WRITERS:
        if day == writer.requested:
            status_set(
                owner=owner, request=letter_of(owner, writer), status=LetterStatus.REQUESTED, on=day
            )
        if day == writer.received:
            status_set(
                owner=owner, request=letter_of(owner, writer), status=LetterStatus.RECEIVED, on=day
            )
    if day in (SUBMITTED, INTERVIEWS):
        field_name = "submitted_on" if day == SUBMITTED else "interviews_on"
        Profile.objects.filter(user=owner).update(**{field_name: day})
        owner = User.objects.get(pk=owner.pk)
    report = remind_run(today=day, send=True)
    assert report.errors == ()
    for digest in report.sent:
        season.digests_per_day[day] += 1
        season.digested += [(day, item.reminder_id) for item in digest.items]
    click_what_is_new(owner, client, day, season)


def click_what_is_new(owner: User, client: Client, day: date, season: Season) -> None:
    clicking = {w.author for w in WRITERS if w.clicked}
    new = [r for r in reminders_sync(owner, day) if r.pk not in season.appeared]
    if not new:
        return
    page = client.get(reverse("dashboard")).content.decode()
    for reminder in new:
        season.appeared[reminder.pk] = day
        assert f'id="follow-up-{reminder.pk}"' in page  # on Today, on its day
        if reminder.request.author in clicking:
            response = client.post(
                reverse("reminder_sent", args=[reminder.pk]),
                {"on": day.isoformat(), "next": "today"},
            )
            assert response.status_code == 302
            season.clicked[reminder.pk] = day


@pytest.fixture
def season(applicant: User, owner_client: Client, set_today: Callable[[date], date]) -> Season:
    lived = Season()
    day = min(w.requested for w in WRITERS)
    while day <= MATCH_DAY:
        set_today(day)
        live_the_day(applicant, owner_client, day, lived)
        day += timedelta(days=1)
    return lived


def rows_of(writer: Writer, kinds: tuple[str, ...]) -> list[Reminder]:
    return list(
        Reminder.objects.filter(request__author=writer.author, kind__in=kinds).order_by("due", "pk")
    )


REMINDER_KIND_VALUES = tuple(kind.value for kind in REMINDER_KINDS)
THANK_KIND_VALUES = ("thanks_submitted", "thanks_interviews", "thanks_match")


def test_each_letter_gets_its_soft_deadline_in_its_reminder(
    applicant: User, season: Season
) -> None:
    soft = spoken(soft_deadline(TARGET))

    for writer in WRITERS:
        first = rows_of(writer, ("first_reminder",))[0]
        assert soft in follow_up(first, applicant).body, writer.author
    assert soft == "August 20"


@pytest.mark.parametrize("writer", WRITERS, ids=lambda w: w.author)
def test_each_letter_gets_at_most_two_reminders_on_the_days_the_rules_allow(
    season: Season, writer: Writer
) -> None:
    rows = rows_of(writer, REMINDER_KIND_VALUES)

    assert [(r.kind, r.due) for r in rows] == EXPECTED_REMINDERS[writer.author]
    assert len(rows) <= defaults.MAX_REMINDERS_PER_LETTER
    # The same days as the core planner gives for this letter, in one go, from its request.
    planned = reminder_dates(requested=writer.requested, target=TARGET, received=writer.received)
    assert [r.due for r in rows] == [n.due for n in planned][: len(rows)]
    first_low, first_high = defaults.FIRST_REMINDER_DAYS_AFTER_REQUEST
    final_early, final_late = defaults.FINAL_REMINDER_DAYS_BEFORE_TARGET
    for row in rows:
        assert row.cycle == writer.requested
        assert row.due <= TARGET
        assert writer.received is None or row.due < writer.received
        if row.kind == "first_reminder":
            low, high = timedelta(days=first_low), timedelta(days=first_high)
            assert writer.requested + low <= row.due <= writer.requested + high
        else:
            assert (
                TARGET - timedelta(days=final_early)
                <= row.due
                <= TARGET - timedelta(days=final_late)
            )
    for earlier, later in zip(rows, rows[1:], strict=False):
        assert (later.due - earlier.due).days >= defaults.REMINDER_MIN_GAP_DAYS


@pytest.mark.parametrize("writer", WRITERS, ids=lambda w: w.author)
def test_each_thank_you_comes_once_on_its_day(season: Season, writer: Writer) -> None:
    rows = rows_of(writer, THANK_KIND_VALUES)

    assert [(r.kind, r.due) for r in rows] == EXPECTED_THANKS[writer.author]
    assert all(r.cycle == writer.received for r in rows)
    assert all(season.appeared[r.pk] == r.due for r in rows)


def test_every_follow_up_is_listed_in_one_digest_on_the_day_it_appears(season: Season) -> None:
    listed = [reminder_id for _, reminder_id in season.digested]

    assert len(listed) == len(set(listed))  # no item twice
    assert dict((rid, day) for day, rid in season.digested) == season.appeared
    assert set(season.digests_per_day.values()) == {1}  # one digest a day at most
    assert len(mail.outbox) == len(season.digests_per_day) == len(set(season.appeared.values()))


def test_nothing_is_marked_sent_without_the_applicants_click(season: Season) -> None:
    sent = dict(Reminder.objects.filter(sent_on__isnull=False).values_list("pk", "sent_on"))

    assert sent == season.clicked
    unclicked = Reminder.objects.filter(request__author="Dr. Ines Calloway")
    assert [(r.kind, r.sent_on) for r in unclicked] == [("first_reminder", None)]


def test_no_email_from_the_daily_run_ever_goes_to_a_writer(season: Season) -> None:
    recipients = {address for m in mail.outbox for address in (*m.to, *m.cc, *m.bcc)}

    assert recipients == {APPLICANT}
    assert not recipients & {writer.email for writer in WRITERS}
