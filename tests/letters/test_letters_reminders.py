"""Letter follow-ups on the Django side: the nudges that came due are recorded once, marked
sent only by the applicant's click and only once, sent to a writer only on that click and
with a mail server, claimed once for the daily digest, shown on Today with their drafts, and
drawn on the calendar."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lorkit.accounts.models import Profile, User
from lorkit.core.ics import CalendarEntry
from lorkit.feeds.services import plan_calendar
from lorkit.letters.models import LetterRequest, Reminder
from lorkit.letters.reminder_selectors import reminder_calendar_entries
from lorkit.letters.reminder_services import (
    digest_claims,
    remind_run,
    reminder_mark_sent,
    reminder_send,
    reminders_sync,
)

# Season 2027: the applicant aims to submit on 10 September 2026; Match Day is 19 March 2027.
TARGET = date(2026, 9, 10)
SOFT_DEADLINE = "August 20"  # three weeks before the target
REQUESTED = date(2026, 7, 1)
FIRST_DUE = date(2026, 7, 15)  # 14 days after the request
FINAL_DUE = date(2026, 8, 27)  # 14 days before the target
SMTP = {
    "EMAIL_HOST": "smtp.example.org",
    "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
}


@pytest.fixture
def applicant(owner: User) -> User:
    owner.email = "alice@example.org"
    owner.save(update_fields=["email"])
    Profile.objects.filter(user=owner).update(season=2027, submission_target=TARGET)
    owner.refresh_from_db()
    return owner


def requested(
    owner: User, author: str = "Dr. Noor Haddad", on: date = REQUESTED, **fields: Any
) -> LetterRequest:
    fields.setdefault("author_email", f"{author.split()[-1].lower()}@example.edu")
    fields.setdefault("status", "requested")
    return LetterRequest.objects.create(owner=owner, author=author, requested_on=on, **fields)


@pytest.fixture
def smtp(settings: Any) -> None:
    for name, value in SMTP.items():
        setattr(settings, name, value)


@pytest.fixture
def no_smtp(settings: Any) -> None:
    settings.EMAIL_HOST = ""
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


def recipients() -> list[list[str]]:
    return [[*m.to, *m.cc, *m.bcc] for m in mail.outbox]


# ---------------------------------------------------------------------------------------------
# Recording what came due
# ---------------------------------------------------------------------------------------------


def test_nothing_is_due_before_the_first_reminder_day(applicant: User) -> None:
    requested(applicant)

    assert reminders_sync(applicant, FIRST_DUE - timedelta(days=1)) == []
    assert not Reminder.objects.exists()


def test_a_due_reminder_is_recorded_once_however_often_it_is_looked_at(applicant: User) -> None:
    letter = requested(applicant)

    first = reminders_sync(applicant, FIRST_DUE)
    again = reminders_sync(applicant, FIRST_DUE + timedelta(days=3))

    assert [(r.kind, r.cycle, r.due) for r in first] == [("first_reminder", REQUESTED, FIRST_DUE)]
    assert [r.pk for r in again] == [r.pk for r in first]
    assert Reminder.objects.filter(request=letter).count() == 1


def test_a_row_another_run_inserted_first_is_read_back_not_duplicated(applicant: User) -> None:
    letter = requested(applicant)
    theirs = Reminder.objects.create(
        request=letter, kind="first_reminder", cycle=REQUESTED, due=FIRST_DUE
    )

    found = reminders_sync(applicant, FIRST_DUE)

    assert [r.pk for r in found] == [theirs.pk]


def test_a_thank_you_belongs_to_the_day_the_letter_arrived(applicant: User) -> None:
    Profile.objects.filter(user=applicant).update(submitted_on=date(2026, 9, 8))
    applicant.refresh_from_db()
    requested(applicant, status="received", received_on=date(2026, 8, 2))

    found = reminders_sync(applicant, date(2026, 9, 8))

    assert [(r.kind, r.cycle, r.due) for r in found] == [
        ("thanks_submitted", date(2026, 8, 2), date(2026, 9, 8))
    ]


def test_a_request_made_again_starts_a_new_round_of_reminders(applicant: User) -> None:
    letter = requested(applicant)
    old = reminders_sync(applicant, FIRST_DUE)[0]
    reminder_mark_sent(owner=applicant, reminder=old, on=FIRST_DUE, today=FIRST_DUE)
    LetterRequest.objects.filter(pk=letter.pk).update(requested_on=date(2026, 7, 20))

    new = reminders_sync(applicant, date(2026, 8, 3))

    assert [(r.kind, r.cycle) for r in new] == [("first_reminder", date(2026, 7, 20))]
    assert new[0].pk != old.pk


def test_looking_costs_as_many_queries_for_six_letters_as_for_one(
    applicant: User, django_assert_num_queries: Any
) -> None:
    requested(applicant)
    reminders_sync(applicant, FIRST_DUE)
    with CaptureQueriesContext(connection) as one:
        reminders_sync(applicant, FIRST_DUE)
    for n in range(5):
        requested(applicant, author=f"Dr. Writer{n} Example")
    reminders_sync(applicant, FIRST_DUE)

    with django_assert_num_queries(len(one)):
        assert len(reminders_sync(applicant, FIRST_DUE)) == 6


# ---------------------------------------------------------------------------------------------
# Marking sent
# ---------------------------------------------------------------------------------------------


def test_marking_sent_happens_once_and_keeps_the_first_day(applicant: User) -> None:
    requested(applicant)
    reminder = reminders_sync(applicant, FIRST_DUE)[0]

    first = reminder_mark_sent(owner=applicant, reminder=reminder, on=FIRST_DUE, today=FIRST_DUE)
    second = reminder_mark_sent(
        owner=applicant,
        reminder=Reminder.objects.get(pk=reminder.pk),
        on=date(2026, 7, 16),
        today=date(2026, 7, 16),
    )

    reminder.refresh_from_db()
    assert (first, second, reminder.sent_on) == (True, False, FIRST_DUE)


@pytest.mark.parametrize(
    ("on", "message"),
    [
        (date(2026, 7, 16), "not on a later day"),
        (date(2026, 6, 30), "cannot have gone before July 1"),
    ],
)
def test_a_sent_day_after_today_or_before_the_request_is_refused(
    applicant: User, on: date, message: str
) -> None:
    requested(applicant)
    reminder = reminders_sync(applicant, FIRST_DUE)[0]

    with pytest.raises(ValidationError, match=message):
        reminder_mark_sent(owner=applicant, reminder=reminder, on=on, today=FIRST_DUE)

    reminder.refresh_from_db()
    assert reminder.sent_on is None


def test_only_the_applicant_can_mark_their_follow_up_sent(applicant: User, outsider: User) -> None:
    requested(applicant)
    reminder = reminders_sync(applicant, FIRST_DUE)[0]

    with pytest.raises(PermissionDenied):
        reminder_mark_sent(owner=outsider, reminder=reminder, on=FIRST_DUE, today=FIRST_DUE)

    reminder.refresh_from_db()
    assert reminder.sent_on is None


def test_once_the_first_is_sent_the_final_reminder_comes_due_on_its_day(applicant: User) -> None:
    requested(applicant)
    first = reminders_sync(applicant, FIRST_DUE)[0]
    reminder_mark_sent(owner=applicant, reminder=first, on=FIRST_DUE, today=FIRST_DUE)

    assert reminders_sync(applicant, FINAL_DUE - timedelta(days=1)) == []
    assert [(r.kind, r.due) for r in reminders_sync(applicant, FINAL_DUE)] == [
        ("final_reminder", FINAL_DUE)
    ]


# ---------------------------------------------------------------------------------------------
# Sending on the applicant's click
# ---------------------------------------------------------------------------------------------


def test_send_is_refused_without_a_mail_server(applicant: User, no_smtp: None) -> None:
    requested(applicant)
    reminder = reminders_sync(applicant, FIRST_DUE)[0]

    with pytest.raises(ValidationError, match="no mail server"):
        reminder_send(owner=applicant, reminder=reminder, today=FIRST_DUE)

    reminder.refresh_from_db()
    assert (mail.outbox, reminder.sent_on) == ([], None)


def test_send_is_refused_without_the_writers_email(applicant: User, smtp: None) -> None:
    requested(applicant, author_email="")
    reminder = reminders_sync(applicant, FIRST_DUE)[0]

    with pytest.raises(ValidationError, match="Dr. Noor Haddad's email address"):
        reminder_send(owner=applicant, reminder=reminder, today=FIRST_DUE)

    reminder.refresh_from_db()
    assert (mail.outbox, reminder.sent_on) == ([], None)


def test_send_goes_to_the_writer_with_the_applicants_reply_to_and_marks_it_once(
    applicant: User, smtp: None, settings: Any
) -> None:
    requested(applicant)
    reminder = reminders_sync(applicant, FIRST_DUE)[0]

    reminder_send(owner=applicant, reminder=reminder, today=FIRST_DUE)
    with pytest.raises(ValidationError, match="already marked sent"):
        reminder_send(
            owner=applicant, reminder=Reminder.objects.get(pk=reminder.pk), today=FIRST_DUE
        )

    [message] = mail.outbox
    assert message.to == ["haddad@example.edu"]
    assert message.reply_to == ["alice@example.org"]
    assert message.from_email == settings.DEFAULT_FROM_EMAIL
    assert message.subject == "A gentle note about my letter"
    assert SOFT_DEADLINE in message.body and "Dear Dr. Noor Haddad," in message.body
    reminder.refresh_from_db()
    assert reminder.sent_on == FIRST_DUE


def test_a_send_that_fails_leaves_the_follow_up_unsent(
    applicant: User, smtp: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    requested(applicant)
    reminder = reminders_sync(applicant, FIRST_DUE)[0]

    def refuse(self: Any, fail_silently: bool = False) -> int:
        raise ConnectionRefusedError("the server hung up")

    monkeypatch.setattr("django.core.mail.EmailMessage.send", refuse)

    with pytest.raises(ValidationError, match="could not be sent"):
        reminder_send(owner=applicant, reminder=reminder, today=FIRST_DUE)

    reminder.refresh_from_db()
    assert reminder.sent_on is None


# ---------------------------------------------------------------------------------------------
# The digest
# ---------------------------------------------------------------------------------------------


def test_a_digest_claims_each_due_item_once(applicant: User) -> None:
    requested(applicant)
    requested(applicant, author="Dr. Tomasz Wren")

    first = digest_claims(applicant, FIRST_DUE)
    second = digest_claims(applicant, FIRST_DUE + timedelta(days=1))

    assert len(first) == 2 and second == []
    assert set(Reminder.objects.values_list("digested_on", flat=True)) == {FIRST_DUE}


def test_a_run_sends_one_digest_to_each_applicant_and_none_to_a_writer(
    applicant: User, outsider: User, smtp: None
) -> None:
    requested(applicant)
    requested(applicant, author="Dr. Tomasz Wren")
    outsider.email = "mallory@example.org"
    outsider.save(update_fields=["email"])
    Profile.objects.filter(user=outsider).update(season=2027, submission_target=TARGET)
    requested(User.objects.get(pk=outsider.pk), author="Dr. Ines Calloway")

    report = remind_run(today=FIRST_DUE, send=True)
    again = remind_run(today=FIRST_DUE, send=True)

    assert sorted(recipients()) == [["alice@example.org"], ["mallory@example.org"]]
    alice = next(m for m in mail.outbox if m.to == ["alice@example.org"])
    assert alice.subject == "lorkit: 2 letter follow-ups due today"
    assert "Dr. Noor Haddad" in alice.body and "Dr. Tomasz Wren" in alice.body
    assert [len(d.items) for d in report.sent] == [2, 1]
    assert (again.sent, again.errors) == ((), ())
    assert not Reminder.objects.filter(sent_on__isnull=False).exists()


def test_a_run_that_does_not_send_claims_nothing_and_says_what_it_would_send(
    applicant: User, no_smtp: None
) -> None:
    requested(applicant)

    report = remind_run(today=FIRST_DUE, send=False)

    assert [d.subject for d in report.pending] == ["lorkit: 1 letter follow-up due today"]
    assert report.sent == () and mail.outbox == []
    assert list(Reminder.objects.values_list("digested_on", flat=True)) == [None]


def test_an_account_without_an_email_address_gets_no_digest(owner: User, smtp: None) -> None:
    Profile.objects.filter(user=owner).update(season=2027, submission_target=TARGET)
    requested(User.objects.get(pk=owner.pk))

    report = remind_run(today=FIRST_DUE, send=True)

    assert (report.sent, report.pending, mail.outbox) == ((), (), [])


def test_a_digest_that_fails_to_send_gives_back_exactly_its_claims(
    applicant: User, smtp: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    early = requested(applicant, author="Dr. Tomasz Wren", on=date(2026, 6, 20))
    listed = reminders_sync(applicant, date(2026, 7, 4))[0]
    Reminder.objects.filter(pk=listed.pk).update(digested_on=date(2026, 7, 4))
    requested(applicant)

    def refuse(self: Any, fail_silently: bool = False) -> int:
        raise ConnectionRefusedError("the server hung up")

    monkeypatch.setattr("django.core.mail.EmailMessage.send", refuse)
    report = remind_run(today=FIRST_DUE, send=True)

    assert report.sent == ()
    assert report.errors == ("alice: the digest could not be sent (the server hung up)",)
    digested = dict(Reminder.objects.values_list("request_id", "digested_on"))
    assert digested[early.pk] == date(2026, 7, 4)  # claimed by an earlier digest: kept
    assert list(digested.values()).count(None) == 1  # today's claim, given back


# ---------------------------------------------------------------------------------------------
# Calendar
# ---------------------------------------------------------------------------------------------


def entries_by_summary(owner: User, today: date) -> dict[str, CalendarEntry]:
    return {entry.summary: entry for entry in reminder_calendar_entries(owner, today)}


def test_the_calendar_holds_the_nudges_ahead_with_their_drafts(applicant: User) -> None:
    requested(applicant)

    entries = entries_by_summary(applicant, REQUESTED)

    first = entries["Remind Dr. Noor Haddad about the letter"]
    assert (first.start, first.end, first.status) == (FIRST_DUE, FIRST_DUE, "open")
    assert "Subject: A gentle note about my letter" in first.description
    assert SOFT_DEADLINE in first.description
    final = entries["Last reminder to Dr. Noor Haddad before you submit"]
    assert final.start == FINAL_DUE  # planned before the first is even sent


def test_the_calendar_looks_sixty_days_ahead(applicant: User) -> None:
    requested(applicant)
    first = reminders_sync(applicant, FIRST_DUE)[0]
    reminder_mark_sent(owner=applicant, reminder=first, on=FIRST_DUE, today=FIRST_DUE)

    near = entries_by_summary(applicant, FINAL_DUE - timedelta(days=60))
    far = entries_by_summary(applicant, FINAL_DUE - timedelta(days=61))

    final = "Last reminder to Dr. Noor Haddad before you submit"
    assert near[final].start == FINAL_DUE and final not in far
    sent = near["Remind Dr. Noor Haddad about the letter"]
    assert (sent.start, sent.status) == (FIRST_DUE, "done")


def test_a_sent_reminder_keeps_its_event_id(applicant: User) -> None:
    requested(applicant)
    before = entries_by_summary(applicant, REQUESTED)
    first = reminders_sync(applicant, FIRST_DUE)[0]
    reminder_mark_sent(owner=applicant, reminder=first, on=FIRST_DUE, today=FIRST_DUE)

    after = entries_by_summary(applicant, FIRST_DUE)

    summary = "Remind Dr. Noor Haddad about the letter"
    assert before[summary].uid == after[summary].uid


def test_thank_yous_are_on_the_calendar_once_the_letter_is_in(applicant: User) -> None:
    Profile.objects.filter(user=applicant).update(submitted_on=date(2026, 9, 8))
    applicant.refresh_from_db()
    requested(applicant, status="received", received_on=date(2026, 8, 2))

    entries = entries_by_summary(applicant, date(2026, 9, 1))

    assert entries["Thank Dr. Noor Haddad: your letter went out"].start == date(2026, 9, 8)
    assert "Thank Dr. Noor Haddad after Match Day" not in entries  # months away


def test_the_calendar_download_and_feed_include_the_follow_ups(
    applicant: User, set_today: Any
) -> None:
    set_today(REQUESTED)
    requested(applicant)

    body = plan_calendar(applicant).body(datetime(2026, 7, 1))

    assert b"SUMMARY:Remind Dr. Noor Haddad about the letter" in body
    assert b"DTSTART;VALUE=DATE:20260715" in body


# ---------------------------------------------------------------------------------------------
# Pages
# ---------------------------------------------------------------------------------------------


def test_today_shows_the_due_follow_up_with_its_draft_and_actions(
    applicant: User, owner_client: Client, set_today: Any, no_smtp: None
) -> None:
    set_today(FIRST_DUE)
    requested(applicant)

    page = owner_client.get(reverse("dashboard")).content.decode()

    reminder = Reminder.objects.get()
    assert "Letter follow-ups" in page
    assert "First reminder: Dr. Noor Haddad" in page
    assert "14 days since the request, letter not in yet" in page
    assert "mailto:haddad@example.edu?subject=A%20gentle%20note" in page
    assert reverse("reminder_eml", args=[reminder.pk]) in page
    assert reverse("reminder_sent", args=[reminder.pk]) in page
    assert "Send it now" not in page  # no mail server


def test_today_offers_send_it_now_only_with_a_mail_server(
    applicant: User, owner_client: Client, set_today: Any, smtp: None
) -> None:
    set_today(FIRST_DUE)
    requested(applicant)

    page = owner_client.get(reverse("dashboard")).content.decode()

    assert reverse("reminder_send", args=[Reminder.objects.get().pk]) in page


def test_today_shows_no_follow_up_card_when_nothing_is_due(
    applicant: User, owner_client: Client, set_today: Any
) -> None:
    set_today(FIRST_DUE - timedelta(days=1))
    requested(applicant)

    assert "Letter follow-ups" not in owner_client.get(reverse("dashboard")).content.decode()


def test_marking_sent_from_today_takes_it_off_today(
    applicant: User, owner_client: Client, set_today: Any
) -> None:
    set_today(FIRST_DUE)
    requested(applicant)
    owner_client.get(reverse("dashboard"))
    reminder = Reminder.objects.get()

    response = owner_client.post(
        reverse("reminder_sent", args=[reminder.pk]),
        {"on": FIRST_DUE.isoformat(), "next": "today"},
        follow=True,
    )

    assert response.redirect_chain == [(reverse("dashboard"), 302)]
    page = response.content.decode()
    assert "Marked sent: First reminder to Dr. Noor Haddad." in page
    assert "Letter follow-ups" not in page
    reminder.refresh_from_db()
    assert reminder.sent_on == FIRST_DUE


def test_send_it_now_sends_to_the_writer_on_the_click(
    applicant: User, owner_client: Client, set_today: Any, smtp: None
) -> None:
    set_today(FIRST_DUE)
    requested(applicant)
    owner_client.get(reverse("dashboard"))
    reminder = Reminder.objects.get()

    response = owner_client.post(reverse("reminder_send", args=[reminder.pk]), follow=True)

    assert (
        "Sent to Dr. Noor Haddad (haddad@example.edu) and marked sent." in response.content.decode()
    )
    assert recipients() == [["haddad@example.edu"]]


def test_the_reminder_page_shows_the_whole_draft_and_a_day_to_mark_it(
    applicant: User, owner_client: Client, set_today: Any
) -> None:
    set_today(FIRST_DUE)
    requested(applicant)
    reminder = reminders_sync(applicant, FIRST_DUE)[0]

    page = owner_client.get(reverse("reminder_detail", args=[reminder.pk])).content.decode()

    assert "<strong>Subject:</strong> A gentle note about my letter" in page
    assert "Dear Dr. Noor Haddad," in page and "With thanks," in page
    assert 'name="on" value="2026-07-15"' in page


def test_the_eml_draft_is_addressed_to_the_writer_from_the_applicant(
    applicant: User, owner_client: Client
) -> None:
    requested(applicant)
    reminder = reminders_sync(applicant, FIRST_DUE)[0]

    response = owner_client.get(reverse("reminder_eml", args=[reminder.pk]))

    text = response.content.decode()
    assert response["Content-Type"] == "message/rfc822"
    assert "To: haddad@example.edu" in text and "From: alice@example.org" in text
    assert "X-Unsent: 1" in text and "Subject: A gentle note about my letter" in text


@pytest.mark.parametrize(
    ("name", "method"),
    [
        ("reminder_detail", "get"),
        ("reminder_eml", "get"),
        ("reminder_sent", "post"),
        ("reminder_send", "post"),
    ],
)
def test_an_outsider_gets_404_and_changes_nothing(
    applicant: User, outsider_client: Client, name: str, method: str, smtp: None
) -> None:
    requested(applicant)
    reminder = reminders_sync(applicant, FIRST_DUE)[0]

    response = getattr(outsider_client, method)(
        reverse(name, args=[reminder.pk]), {"on": "2026-07-15"} if method == "post" else {}
    )

    reminder.refresh_from_db()
    assert (response.status_code, reminder.sent_on, mail.outbox) == (404, None, [])


def today_queries(client: Client) -> int:
    client.get(reverse("dashboard"))  # records what came due, so the next load only reads
    with CaptureQueriesContext(connection) as captured:
        assert client.get(reverse("dashboard")).status_code == 200
    return len(captured)


def test_today_issues_as_many_queries_for_six_due_follow_ups_as_for_one(
    applicant: User, owner_client: Client, set_today: Any
) -> None:
    set_today(FIRST_DUE)
    requested(applicant)
    one = today_queries(owner_client)
    for n in range(5):
        requested(applicant, author=f"Dr. Writer{n} Example")

    six = today_queries(owner_client)

    assert one == six
    assert owner_client.get(reverse("dashboard")).content.decode().count('class="follow-up ') == 6


def test_the_follow_up_card_costs_today_two_queries(
    applicant: User, owner_client: Client, set_today: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Pinned: the requested and received letters, and their reminders (prefetched). The
    # profile and the account are already loaded for the rest of Today.
    set_today(FIRST_DUE)
    requested(applicant)
    with_card = today_queries(owner_client)
    monkeypatch.setattr("lorkit.home.views.reminders_sync", lambda owner, today: [])

    without = today_queries(owner_client)

    assert with_card - without == 2


def test_a_contact_entered_afterwards_moves_the_due_day_of_a_recorded_reminder(
    applicant: User,
) -> None:
    letter = requested(applicant)
    recorded = reminders_sync(applicant, FIRST_DUE)[0]
    # A meeting on 9 July, written down later: no reminder in the week after it.
    LetterRequest.objects.filter(pk=letter.pk).update(last_contact=date(2026, 7, 9))

    hidden = reminders_sync(applicant, FIRST_DUE)
    moved = reminders_sync(applicant, date(2026, 7, 17))

    assert hidden == []
    assert [(r.pk, r.due) for r in moved] == [(recorded.pk, date(2026, 7, 17))]
    assert Reminder.objects.get().due == date(2026, 7, 17)
