"""Reads for the follow-up of letters (domain.md §8): what the engine in core/reminders.py says
is due, each nudge's drafted email, and the calendar events of the nudges ahead.

Every read starts from `follow_up_letters`, one query for the letters that can earn a nudge
and one for their reminders, so Today and the calendar cost the same whatever the season."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from django.conf import settings
from django.db.models import QuerySet

from lorkit.accounts.models import Profile, User
from lorkit.accounts.services import profile_for
from lorkit.core import defaults
from lorkit.core.ics import CalendarEntry
from lorkit.core.ledger import LetterStatus
from lorkit.core.reminders import (
    NUDGE_LABELS,
    REMINDER_KINDS,
    Cadence,
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
from lorkit.letters.models import LetterRequest, Reminder
from lorkit.letters.render import mailto_link, packet_eml

# Only these letters can earn a nudge: reminders while requested, thank-yous once received.
FOLLOWED_STATUSES = (LetterStatus.REQUESTED.value, LetterStatus.RECEIVED.value)

# A calendar event's title, with the writer's name put in.
CALENDAR_SUMMARIES: dict[NudgeKind, str] = {
    NudgeKind.FIRST_REMINDER: "Remind {writer} about the letter",
    NudgeKind.FINAL_REMINDER: "Last reminder to {writer} before you submit",
    NudgeKind.THANKS_SUBMITTED: "Thank {writer}: your letter went out",
    NudgeKind.THANKS_INTERVIEWS: "Tell {writer}: interviews have begun",
    NudgeKind.THANKS_MATCH: "Thank {writer} after Match Day",
}


def follow_up_letters(owner: User) -> list[LetterRequest]:
    """The owner's requested and received letters with their writer and reminders (2 queries):
    prefetching sets each reminder's `request`, so `to_sent` costs nothing more."""
    return list(
        LetterRequest.objects.filter(owner=owner, status__in=FOLLOWED_STATUSES)
        .select_related("person")
        .prefetch_related("reminders")
        .order_by("pk")
    )


def follow_up_dates(profile: Profile) -> FollowUpDates:
    """The applicant's dates as the engine reads them. Match Day is passed from the start: a
    thank-you falls due on its day, never before, so the engine needs no "once it is known"."""
    return FollowUpDates(
        target=profile.effective_submission_target(),
        submitted_on=profile.submitted_on,
        interviews_on=profile.interviews_on,
        match_day=profile.season_calendar().match_day,
    )


def sent_log(letters: Sequence[LetterRequest]) -> list[SentNudge]:
    return [
        sent
        for letter in letters
        for reminder in letter.reminders.all()
        if (sent := reminder.to_sent()) is not None
    ]


def due_for(
    letters: Sequence[LetterRequest], dates: FollowUpDates, today: date
) -> tuple[Nudge, ...]:
    """What the engine says is due on `today` (core.reminders.due_nudges)."""
    return due_nudges([letter.to_core() for letter in letters], dates, sent_log(letters), today)


def cycle_of(kind: NudgeKind, letter: LetterRequest, due: date) -> date:
    """Which round of a letter a nudge belongs to: the day it was requested for a reminder
    (a request made again starts another round), the day it arrived for a thank-you."""
    day = letter.requested_on if kind in REMINDER_KINDS else letter.received_on
    return day or due


def nudge_of(reminder: Reminder, dates: FollowUpDates) -> Nudge:
    """The engine's nudge behind a stored reminder, its reason said again from the letter."""
    letter = reminder.request
    kind = NudgeKind(reminder.kind)
    return Nudge(
        kind=kind,
        due=reminder.due,
        letter_id=str(letter.uid),
        reason=_reason(reminder, kind, dates),
    )


def _reason(reminder: Reminder, kind: NudgeKind, dates: FollowUpDates) -> str:
    letter = reminder.request
    if kind in REMINDER_KINDS:
        cadence = Cadence(
            requested=reminder.cycle,
            target=dates.target,
            received=letter.received_on,
            last_contact=letter.last_contact,
        )
        return cadence.reason(kind, reminder.due)
    notes = thank_yous(
        letter=letter.to_core(),
        submitted_on=dates.submitted_on,
        interviews_on=dates.interviews_on,
        match_day=dates.match_day,
        strongest=True,  # asked about this very note, so the interview update counts
    )
    return next((note.reason for note in notes if note.kind is kind), NUDGE_LABELS[kind])


def writer_email(letter: LetterRequest) -> str:
    """Where the writer reads email: the ERAS entry's address, else their journal card's."""
    if letter.author_email:
        return letter.author_email
    return letter.person.email if letter.person else ""


def applicant_name(profile: Profile, owner: User) -> str:
    return profile.eras_name or owner.get_username()


@dataclass(frozen=True, kw_only=True)
class FollowUp:
    """One due (or sent) nudge as the pages show it: who, what, why, and the drafted email."""

    reminder: Reminder
    nudge: Nudge
    writer: str
    writer_email: str
    subject: str
    body: str

    @property
    def label(self) -> str:
        return NUDGE_LABELS[self.nudge.kind]

    @property
    def mailto(self) -> str:
        return mailto_link(self.writer_email, self.subject, self.body)


def draft_of(nudge: Nudge, letter: LetterRequest, profile: Profile, owner: User) -> tuple[str, str]:
    target = profile.effective_submission_target()
    return nudge_draft(
        nudge,
        applicant_name=applicant_name(profile, owner),
        writer_name=letter.author,
        soft_deadline=soft_deadline(target),
        target=target,
    )


def follow_up(reminder: Reminder, owner: User) -> FollowUp:
    """A stored reminder with its drafted email (no query beyond the owner's profile)."""
    profile = profile_for(owner)
    nudge = nudge_of(reminder, follow_up_dates(profile))
    letter = reminder.request
    subject, body = draft_of(nudge, letter, profile, owner)
    return FollowUp(
        reminder=reminder,
        nudge=nudge,
        writer=letter.author,
        writer_email=writer_email(letter),
        subject=subject,
        body=body,
    )


@dataclass(frozen=True, kw_only=True)
class FollowUpCard:
    """Today's "Letter follow-ups": the due nudges, and whether lorkit can send them itself."""

    entries: tuple[FollowUp, ...]
    smtp: bool


def smtp_configured() -> bool:
    """Whether lorkit may send email itself: only with an SMTP server set (LORKIT_EMAIL_HOST);
    without one, every draft is still there to copy, open or download."""
    return bool(settings.EMAIL_HOST)


def follow_up_card(owner: User, reminders: Sequence[Reminder]) -> FollowUpCard:
    return FollowUpCard(
        entries=tuple(follow_up(reminder, owner) for reminder in reminders),
        smtp=smtp_configured(),
    )


def reminder_for(owner: User, reminder_id: int) -> QuerySet[Reminder]:
    """The owner's reminder of that id, as a query (empty for anyone else's)."""
    return Reminder.objects.select_related("request__person").filter(
        pk=reminder_id, request__owner=owner
    )


def draft_eml(item: FollowUp, owner: User) -> bytes:
    """The drafted email as an .eml file the applicant's mail program opens as a draft."""
    return packet_eml(
        sender=owner.email,
        to=item.writer_email,
        subject=item.subject,
        body=item.body,
        attachments=(),
    )


# ---------------------------------------------------------------------------------------------
# Calendar
# ---------------------------------------------------------------------------------------------


def reminder_calendar_entries(owner: User, today: date) -> list[CalendarEntry]:
    """Each letter's reminders and thank-yous as all-day events: the sent ones on the day they
    went out (marked done, so a subscribed calendar sees them change), and every nudge still
    ahead (overdue ones included) up to REMINDER_CALENDAR_DAYS_AHEAD days from `today`, each
    with its drafted email as the description (2 queries, and 1 for the profile)."""
    profile = profile_for(owner)
    dates = follow_up_dates(profile)
    horizon = today + timedelta(days=defaults.REMINDER_CALENDAR_DAYS_AHEAD)
    entries: list[CalendarEntry] = []
    for letter in follow_up_letters(owner):
        sent = [reminder for reminder in letter.reminders.all() if reminder.sent_on is not None]
        entries += [_sent_entry(reminder, letter, profile, owner, dates) for reminder in sent]
        ahead = [nudge for nudge in planned_nudges(letter, dates, sent) if nudge.due <= horizon]
        entries += [_entry(nudge, letter, profile, owner, nudge.due, "open") for nudge in ahead]
    return entries


def planned_nudges(
    letter: LetterRequest, dates: FollowUpDates, sent: Sequence[Reminder]
) -> tuple[Nudge, ...]:
    """Every nudge of the letter not yet sent, due or not: its remaining reminders while it is
    requested (by the target, as `due_nudges` would give them one by one), its thank-yous once
    it is received."""
    core = letter.to_core()
    if core.status is LetterStatus.REQUESTED and core.requested_on is not None:
        return reminder_dates(
            requested=core.requested_on,
            target=dates.target,
            received=core.received_on,
            last_contact=core.last_contact,
            sent=[
                r.sent_on
                for r in sent
                if r.kind in REMINDER_KINDS and r.sent_on and r.sent_on >= core.requested_on
            ],
            letter_id=core.id,
        )
    done = {reminder.kind for reminder in sent}
    notes = thank_yous(
        letter=core,
        submitted_on=dates.submitted_on,
        interviews_on=dates.interviews_on,
        match_day=dates.match_day,
        strongest=core.strongest,
    )
    return tuple(note for note in notes if note.kind.value not in done)


def _sent_entry(
    reminder: Reminder, letter: LetterRequest, profile: Profile, owner: User, dates: FollowUpDates
) -> CalendarEntry:
    assert reminder.sent_on is not None  # only sent reminders are drawn here
    nudge = nudge_of(reminder, dates)
    return _entry(nudge, letter, profile, owner, reminder.sent_on, "done", cycle=reminder.cycle)


def _entry(
    nudge: Nudge,
    letter: LetterRequest,
    profile: Profile,
    owner: User,
    day: date,
    status: str,
    *,
    cycle: date | None = None,
) -> CalendarEntry:
    subject, body = draft_of(nudge, letter, profile, owner)
    cycle = cycle or cycle_of(nudge.kind, letter, nudge.due)
    return CalendarEntry(
        # Named by letter, kind and round, not by day: a nudge that moves (a new contact with
        # the writer) moves its event instead of adding a second one.
        uid=f"{nudge.kind.value}.{letter.uid}.{cycle:%Y%m%d}@lorkit",
        summary=CALENDAR_SUMMARIES[nudge.kind].format(writer=letter.author),
        start=day,
        end=day,
        description="\n".join([nudge.reason, "", f"Subject: {subject}", "", body]),
        status=status,
    )
