"""The follow-up engine for ERAS letters (domain.md §8): the writer's soft deadline, polite
reminders while a letter is not in, and thank-you notes once it is. Pure functions; "today"
is always passed in.

The reminder cadence, for one letter requested in MyERAS on R with the submission target T
(the numbers live in core/defaults.py):

1. First reminder: on a day from R+14 to R+21, the earliest one the other rules allow.
2. Final reminder: on a day from T−14 to T−10, the earliest one the other rules allow.
3. At most two per letter, counting those already sent: the first sent is the first
   reminder, the second the final one; nothing is planned beyond.
4. Each reminder comes at least 10 days after every reminder before it (sent or planned).
5. None before R+14: the final reminder too, so that a late request is not nudged at once.
6. A contact on C (a reply, a meeting) restarts the cadence: no reminder falls on C or in
   the 7 days after it. A reminder whose window overlaps that quiet week moves to C+8 when
   that day is still inside its window, and is dropped otherwise; a window wholly before C is
   dropped too (the contact answered it).
7. None on or after the day the letter is received, and none after the target.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from lorkit.core import defaults
from lorkit.core.ledger import Letter, LetterStatus

# The date given to the writer, three weeks before the submission target (§8 says 2–3 weeks):
# one rule, kept with the packet email that first states it and re-exported for the reminders.
from lorkit.core.packet import soft_deadline as soft_deadline


class NudgeKind(StrEnum):
    FIRST_REMINDER = "first_reminder"
    FINAL_REMINDER = "final_reminder"
    THANKS_SUBMITTED = "thanks_submitted"
    THANKS_INTERVIEWS = "thanks_interviews"
    THANKS_MATCH = "thanks_match"


NUDGE_LABELS: dict[str, str] = {
    "first_reminder": "First reminder",
    "final_reminder": "Final reminder",
    "thanks_submitted": "Thank-you: your letter went out",
    "thanks_interviews": "Update: interviews",
    "thanks_match": "Thank-you after Match Day",
}

# The reminders in the order they are used up (rule 3).
REMINDER_KINDS: tuple[NudgeKind, ...] = (NudgeKind.FIRST_REMINDER, NudgeKind.FINAL_REMINDER)


@dataclass(frozen=True, kw_only=True)
class Nudge:
    """One message to a writer, due on `due`; `reason` says why, in the applicant's words."""

    kind: NudgeKind
    due: date
    letter_id: str = ""
    reason: str

    def as_dict(self) -> dict[str, str]:
        return {
            "date": self.due.isoformat(),
            "kind": self.kind.value,
            "reason": self.reason,
            "letter_id": self.letter_id,
        }


def days(n: int) -> timedelta:
    return timedelta(days=n)


def spoken(day: date) -> str:
    """A date as a sentence says it: "September 2" (no platform-specific strftime flags)."""
    return f"{day:%B} {day.day}"


def quiet_end(contact: date) -> date:
    """The last day of the quiet week after a contact with the writer (rule 6)."""
    return contact + days(defaults.QUIET_DAYS_AFTER_CONTACT)


# ---------------------------------------------------------------------------------------------
# Reminders
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Cadence:
    """What one letter's reminders depend on (see the module docstring for the rules)."""

    requested: date
    target: date
    received: date | None = None
    last_contact: date | None = None

    def window(self, kind: NudgeKind) -> tuple[date, date]:
        """The days a reminder of `kind` may fall on before the other rules apply."""
        if kind is NudgeKind.FIRST_REMINDER:
            first, last = defaults.FIRST_REMINDER_DAYS_AFTER_REQUEST
            return self.requested + days(first), self.requested + days(last)
        before_first, before_last = defaults.FINAL_REMINDER_DAYS_BEFORE_TARGET
        return self.target - days(before_first), self.target - days(before_last)

    def earliest(self, kind: NudgeKind, after: Sequence[date]) -> date | None:
        """The earliest day in the window of `kind` that every rule allows, given the
        reminders `after` already sent or planned, or None when there is none."""
        low, high = self.window(kind)
        low = max(low, self.requested + days(defaults.FIRST_REMINDER_DAYS_AFTER_REQUEST[0]))
        if after:
            low = max(low, max(after) + days(defaults.REMINDER_MIN_GAP_DAYS))
        if self.last_contact is not None:
            low = max(low, quiet_end(self.last_contact) + days(1))
        high = min(high, self.target)
        if self.received is not None:
            high = min(high, self.received - days(1))
        return low if low <= high else None

    def reason(self, kind: NudgeKind, day: date) -> str:
        if kind is NudgeKind.FIRST_REMINDER:
            text = f"{(day - self.requested).days} days since the request, letter not in yet"
        else:
            text = f"{(self.target - day).days} days before your submission target"
        contact = self.last_contact
        # Say so only when the contact, not the window's own first day, decided the date.
        if contact and day == quiet_end(contact) + days(1) and day > self.window(kind)[0]:
            text += f"; after the quiet week that follows your contact on {spoken(contact)}"
        return text


def reminder_dates(
    *,
    requested: date,
    target: date,
    received: date | None = None,
    last_contact: date | None = None,
    sent: Sequence[date] = (),
    letter_id: str = "",
) -> tuple[Nudge, ...]:
    """The reminders still to send for one letter, in order, by rules 1–7 of this module's
    docstring. `sent` holds the days reminders already went out; they count towards the two
    and the 10-day spacing. Deterministic: the same arguments give the same reminders."""
    cadence = Cadence(
        requested=requested, target=target, received=received, last_contact=last_contact
    )
    taken = sorted(sent)
    planned: list[Nudge] = []
    for kind in REMINDER_KINDS[len(taken) : defaults.MAX_REMINDERS_PER_LETTER]:
        day = cadence.earliest(kind, taken)
        if day is None:
            continue
        taken.append(day)
        planned.append(
            Nudge(kind=kind, due=day, letter_id=letter_id, reason=cadence.reason(kind, day))
        )
    return tuple(planned)


# ---------------------------------------------------------------------------------------------
# Thank-you notes
# ---------------------------------------------------------------------------------------------


def thank_yous(
    *,
    letter: Letter,
    submitted_on: date | None,
    interviews_on: date | None,
    match_day: date | None,
    strongest: bool,
) -> tuple[Nudge, ...]:
    """The thank-you notes a received letter earns, each on its event's day or on the day the
    letter came in, whichever is later: after submission (the letter went out), when
    interviews arrive (to the strongest writers only) and after Match Day. Unknown dates and
    letters not received give none."""
    if letter.status is not LetterStatus.RECEIVED:
        return ()
    events = (
        (NudgeKind.THANKS_SUBMITTED, submitted_on, "your application went out with this letter"),
        (NudgeKind.THANKS_INTERVIEWS, interviews_on if strongest else None, "interviews began"),
        (NudgeKind.THANKS_MATCH, match_day, "Match Day"),
    )
    return tuple(
        Nudge(
            kind=kind,
            due=max(on, letter.received_on or on),
            letter_id=letter.id,
            reason=reason,
        )
        for kind, on, reason in events
        if on is not None
    )


# ---------------------------------------------------------------------------------------------
# What is due
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class FollowUpDates:
    """The applicant's dates the engine reads: the submission target, and the days they
    submitted, first heard of interviews and learned the Match result (None until known)."""

    target: date
    submitted_on: date | None = None
    interviews_on: date | None = None
    match_day: date | None = None


@dataclass(frozen=True, kw_only=True)
class SentNudge:
    """A nudge marked sent: which letter, which kind, which day."""

    letter_id: str
    kind: NudgeKind
    on: date


def due_nudges(
    letters: Iterable[Letter],
    profile_dates: FollowUpDates,
    sent_log: Sequence[SentNudge],
    today: date,
) -> tuple[Nudge, ...]:
    """What is due today or overdue and not yet sent, oldest first: for each letter requested
    and not received, its next reminder (one at a time: sending it re-plans the next), no longer
    once the target has passed, counting only reminders sent since the latest request (a
    request made again starts afresh); for each received letter, every thank-you not yet
    sent (each kind once)."""
    due: list[Nudge] = []
    for letter in letters:
        sent = [entry for entry in sent_log if entry.letter_id == letter.id]
        due += letter_reminder_due(letter, profile_dates.target, sent, today)
        due += letter_thanks_due(letter, profile_dates, sent, today)
    order = list(NudgeKind)
    return tuple(sorted(due, key=lambda n: (n.due, n.letter_id, order.index(n.kind))))


def letter_reminder_due(
    letter: Letter, target: date, sent: Sequence[SentNudge], today: date
) -> tuple[Nudge, ...]:
    if letter.status is not LetterStatus.REQUESTED or letter.requested_on is None:
        return ()
    if today > target:
        return ()
    # A request made again (after the portal removed it) starts a fresh pair of reminders.
    start = letter.requested_on
    plan = reminder_dates(
        requested=start,
        target=target,
        received=letter.received_on,
        last_contact=letter.last_contact,
        sent=[entry.on for entry in sent if entry.kind in REMINDER_KINDS and entry.on >= start],
        letter_id=letter.id,
    )
    return plan[:1] if plan and plan[0].due <= today else ()


def letter_thanks_due(
    letter: Letter, dates: FollowUpDates, sent: Sequence[SentNudge], today: date
) -> tuple[Nudge, ...]:
    done = {entry.kind for entry in sent}
    notes = thank_yous(
        letter=letter,
        submitted_on=dates.submitted_on,
        interviews_on=dates.interviews_on,
        match_day=dates.match_day,
        strongest=letter.strongest,
    )
    return tuple(note for note in notes if note.kind not in done and note.due <= today)


# ---------------------------------------------------------------------------------------------
# Drafts
# ---------------------------------------------------------------------------------------------


def nudge_draft(
    nudge: Nudge, *, applicant_name: str, writer_name: str, soft_deadline: date, target: date
) -> tuple[str, str]:
    """The email for a nudge as (subject, body): short, warm, and never pushy. Reminders offer
    the soft deadline as help, not as a demand; thank-you notes ask for nothing."""
    greeting = f"Dear {writer_name}," if writer_name else "Hello,"
    subject, lines = DRAFTS[nudge.kind](soft_deadline, target)
    sign_off = ["", "With thanks,", applicant_name] if applicant_name else ["", "With thanks"]
    return subject, "\n".join([greeting, "", *lines, *sign_off])


def first_reminder_text(soft: date, target: date) -> tuple[str, list[str]]:
    return "A gentle note about my letter", [
        "I hope your week is going well. I am writing only to check that the letter request "
        "from MyERAS reached you, and whether anything from me would make it easier.",
        f"If it suits your schedule, having it in by {spoken(soft)} would give me a calm margin "
        f"before I submit on {spoken(target)}.",
    ]


def final_reminder_text(soft: date, target: date) -> tuple[str, list[str]]:
    return "Checking in before I submit", [
        f"I am getting my application ready to submit on {spoken(target)}, and I wanted to "
        "check in once more about the letter.",
        "I know how full your days are, and I am grateful for your time. Please tell me if "
        "there is anything I can send you.",
    ]


def thanks_submitted_text(soft: date, target: date) -> tuple[str, list[str]]:
    return "My application is in, with your letter", [
        "My application has gone out, and your letter with it. Thank you for taking the time "
        "to write it; it means a great deal to me.",
        "I will let you know how the season goes.",
    ]


def thanks_interviews_text(soft: date, target: date) -> tuple[str, list[str]]:
    return "Interview news", [
        "I wanted you to hear it from me: interview invitations have started to arrive. "
        "I am sure your letter helped open those doors.",
        "Thank you again for your support.",
    ]


def thanks_match_text(soft: date, target: date) -> tuple[str, list[str]]:
    return "Match Day news", [
        "Match Day has come, and I wanted to share my news with you: [your result].",
        "Your letter was part of this journey, and I am truly thankful for it.",
    ]


DRAFTS = {
    NudgeKind.FIRST_REMINDER: first_reminder_text,
    NudgeKind.FINAL_REMINDER: final_reminder_text,
    NudgeKind.THANKS_SUBMITTED: thanks_submitted_text,
    NudgeKind.THANKS_INTERVIEWS: thanks_interviews_text,
    NudgeKind.THANKS_MATCH: thanks_match_text,
}
