"""What changes the follow-up of letters (domain.md §8): recording the nudges that came due,
marking one sent, sending one on the applicant's click, and the daily digest of `lorkit
remind`.

Nothing here writes to a writer unless the applicant clicked "Send it now" on that very
message (`reminder_send`); the digest goes to the applicant alone.

Claims. Every step that must happen once is a conditional UPDATE whose row count says whether
this caller won: `sent_on` is set only where it is still NULL, `digested_on` likewise. A digest
claims all of one applicant's due items inside one transaction, row by row in id order:

- on SQLite the transaction is IMMEDIATE (settings.SQLITE_OPTIONS), so it takes the database's
  write lock when it begins; a second run waits for it (the busy timeout) and then finds every
  row claimed, so its UPDATEs change nothing;
- on PostgreSQL each UPDATE locks its row; a second run reaching the same first row waits for
  the first run's commit, then re-reads the row, sees `digested_on` set and skips it, and so
  every later row (claimed in the same order, committed together).

Either way two runs never split one applicant's items into two digests, nor send one twice."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import EmailMessage
from django.db import transaction

from lorkit.accounts.models import User
from lorkit.accounts.services import profile_for
from lorkit.core.reminders import Nudge, spoken
from lorkit.letters.models import LetterRequest, Reminder
from lorkit.letters.reminder_selectors import (
    FollowUp,
    cycle_of,
    due_for,
    follow_up,
    follow_up_dates,
    follow_up_letters,
    smtp_configured,
)

log = logging.getLogger(__name__)


# ---------------------------------------------------------------------------------------------
# Recording what came due
# ---------------------------------------------------------------------------------------------


def reminders_sync(owner: User, today: date) -> list[Reminder]:
    """The owner's nudges due on `today` (core.reminders.due_nudges), each as its Reminder row,
    created the first time it comes due. Idempotent, and safe beside a concurrent run: rows
    are inserted with ON CONFLICT DO NOTHING and read back. Costs 2 queries (and 1 for the
    profile) when every row exists, 2 more when some are new, 1 more when some moved."""
    letters = follow_up_letters(owner)
    due = due_for(letters, follow_up_dates(profile_for(owner)), today)
    by_uid = {str(letter.uid): letter for letter in letters}
    stored = {_key(r): r for letter in letters for r in letter.reminders.all()}
    wanted = [(nudge, by_uid[nudge.letter_id]) for nudge in due]
    missing = [pair for pair in wanted if _nudge_key(*pair) not in stored]
    if missing:
        stored |= _created(missing)
    found = [(nudge, stored[_nudge_key(nudge, letter)]) for nudge, letter in wanted]
    _move_due(found)
    return [reminder for _, reminder in found]


def _move_due(found: Sequence[tuple[Nudge, Reminder]]) -> None:
    """Keep an unsent reminder's day where the engine now puts it (a contact with the writer
    entered afterwards can move it); a digest that listed it already is not repeated."""
    moved = []
    for nudge, reminder in found:
        if reminder.sent_on is None and reminder.due != nudge.due:
            reminder.due = nudge.due
            moved.append(reminder)
    if moved:
        Reminder.objects.bulk_update(moved, ["due"])


ReminderKey = tuple[int, str, date]


def _key(reminder: Reminder) -> ReminderKey:
    return (reminder.request_id, reminder.kind, reminder.cycle)


def _nudge_key(nudge: Nudge, letter: LetterRequest) -> ReminderKey:
    return (letter.pk, nudge.kind.value, cycle_of(nudge.kind, letter, nudge.due))


def _created(missing: Sequence[tuple[Nudge, LetterRequest]]) -> dict[ReminderKey, Reminder]:
    """Insert the missing rows, leaving any that a concurrent run inserted first, and read
    them all back. Ignoring the conflict, rather than catching IntegrityError, keeps a
    surrounding PostgreSQL transaction usable."""
    rows = [
        Reminder(
            request=letter,
            kind=nudge.kind.value,
            cycle=cycle_of(nudge.kind, letter, nudge.due),
            due=nudge.due,
        )
        for nudge, letter in missing
    ]
    Reminder.objects.bulk_create(rows, ignore_conflicts=True)
    letters = {letter.pk: letter for _, letter in missing}
    found = Reminder.objects.filter(request__in=list(letters), kind__in={r.kind for r in rows})
    read = {}
    for reminder in found:
        reminder.request = letters[reminder.request_id]  # already loaded, with its writer
        read[_key(reminder)] = reminder
    return read


# ---------------------------------------------------------------------------------------------
# The applicant's click
# ---------------------------------------------------------------------------------------------


def _check_owner(owner: User, reminder: Reminder) -> None:
    if reminder.request.owner_id != owner.pk:
        raise PermissionDenied("Only the applicant marks or sends their own follow-ups.")


def reminder_mark_sent(*, owner: User, reminder: Reminder, on: date, today: date) -> bool:
    """Record that the applicant sent this nudge on `on`, once: not after today, nor before the
    round it belongs to began. Returns whether it changed anything (False when it was already
    marked, by this click's twin or earlier)."""
    _check_owner(owner, reminder)
    if on > today:
        raise ValidationError("Mark it sent once it has gone, not on a later day.")
    if on < reminder.cycle:
        raise ValidationError(f"It cannot have gone before {spoken(reminder.cycle)}.")
    changed = Reminder.objects.filter(pk=reminder.pk, sent_on__isnull=True).update(sent_on=on)
    if changed:
        reminder.sent_on = on
    return changed == 1


def reminder_send(*, owner: User, reminder: Reminder, today: date) -> FollowUp:
    """Send the drafted email to the writer, from lorkit's address with the applicant's as
    Reply-To, and mark it sent today. Refused without SMTP, without the writer's or the
    applicant's email address, and when it is already marked sent. The mark is claimed first,
    so a double click sends once; a failed send gives the mark back."""
    _check_owner(owner, reminder)
    item = follow_up(reminder, owner)
    _check_sendable(owner, item)
    if not reminder_mark_sent(owner=owner, reminder=reminder, on=today, today=today):
        raise ValidationError("This one is already marked sent; nothing was sent again.")
    try:
        _message(item, owner).send()
    except Exception as error:  # SMTP, DNS or a refused address: the mark goes back
        Reminder.objects.filter(pk=reminder.pk, sent_on=today).update(sent_on=None)
        reminder.sent_on = None
        log.warning("sending follow-up %s failed: %s", reminder.pk, error)
        raise ValidationError(
            f"The email could not be sent ({error}); nothing was marked."
        ) from error
    return item


def _check_sendable(owner: User, item: FollowUp) -> None:
    if not smtp_configured():
        raise ValidationError(
            "lorkit has no mail server (LORKIT_EMAIL_HOST): copy the draft, open it in your "
            "mail app or download it, then mark it sent."
        )
    if not item.writer_email:
        raise ValidationError(f"Add {item.writer}'s email address to the letter first.")
    if not owner.email:
        raise ValidationError("Add your email address to your account so the writer can reply.")


def _message(item: FollowUp, owner: User) -> EmailMessage:
    return EmailMessage(
        subject=item.subject,
        body=item.body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[item.writer_email],
        reply_to=[owner.email],
    )


# ---------------------------------------------------------------------------------------------
# The daily digest (`lorkit remind`)
# ---------------------------------------------------------------------------------------------


def digest_claims(owner: User, today: date) -> list[Reminder]:
    """Claim the owner's due reminders that no digest has listed yet, for today's digest: all
    of them or none (see the module docstring for how each database keeps it so)."""
    waiting = sorted(undigested(owner, today), key=lambda r: r.pk)
    claimed: list[Reminder] = []
    if not waiting:
        return claimed  # no transaction, so no write lock on SQLite for a quiet day
    with transaction.atomic():
        for reminder in waiting:
            rows = Reminder.objects.filter(pk=reminder.pk, digested_on__isnull=True)
            if rows.update(digested_on=today) == 1:
                reminder.digested_on = today
                claimed.append(reminder)
    return claimed


def undigested(owner: User, today: date) -> list[Reminder]:
    """The owner's due reminders that are neither sent nor listed in a digest yet."""
    return [r for r in reminders_sync(owner, today) if r.digested_on is None and r.sent_on is None]


def digest_release(reminders: Sequence[Reminder], today: date) -> int:
    """Give back exactly these claims (a digest that could not be sent), for the next run."""
    ids = [r.pk for r in reminders]
    for reminder in reminders:
        reminder.digested_on = None
    return Reminder.objects.filter(pk__in=ids, digested_on=today).update(digested_on=None)


@dataclass(frozen=True, kw_only=True)
class DigestItem:
    reminder_id: int
    writer: str
    label: str
    due: date
    reason: str


@dataclass(frozen=True, kw_only=True)
class Digest:
    """One applicant's digest of one day: to whom, and what it lists."""

    username: str
    to: str
    day: date
    items: tuple[DigestItem, ...]

    @property
    def subject(self) -> str:
        count = len(self.items)
        return f"lorkit: {count} letter follow-up{'' if count == 1 else 's'} due today"

    @property
    def body(self) -> str:
        lines = [f"Letter follow-ups due on {self.day:%A}, {spoken(self.day)}:", ""]
        for item in self.items:
            lines.append(f"- {item.label}: {item.writer} (due {spoken(item.due)}): {item.reason}")
        lines += [
            "",
            "Each has a drafted email on your Today page in lorkit: copy it, open it in your "
            "mail app or send it from there, then mark it sent. Nothing goes to a writer "
            "until you do.",
        ]
        return "\n".join(lines)


@dataclass(frozen=True, kw_only=True)
class RunReport:
    """What one `lorkit remind` run did: the digests sent, those it would send (dry run or no
    SMTP: nothing claimed), and the errors met (their claims given back)."""

    sent: tuple[Digest, ...] = ()
    pending: tuple[Digest, ...] = ()
    errors: tuple[str, ...] = ()


def digest_of(owner: User, day: date, reminders: Sequence[Reminder]) -> Digest:
    items = []
    for reminder in reminders:
        item = follow_up(reminder, owner)
        items.append(
            DigestItem(
                reminder_id=reminder.pk,
                writer=item.writer,
                label=item.label,
                due=reminder.due,
                reason=item.nudge.reason,
            )
        )
    return Digest(username=owner.get_username(), to=owner.email, day=day, items=tuple(items))


def digest_send(digest: Digest) -> None:
    EmailMessage(
        subject=digest.subject,
        body=digest.body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[digest.to],
    ).send()


def remind_run(*, today: date | None, send: bool) -> RunReport:
    """One pass of `lorkit remind` over every account with an email address, each on `today`
    or, when None, on its own today (its time zone). With `send`, claim each account's due
    items and email it one digest, giving the claims back if sending fails; without, claim
    nothing and report what would be sent."""
    sent: list[Digest] = []
    pending: list[Digest] = []
    errors: list[str] = []
    for owner in User.objects.exclude(email="").select_related("profile").order_by("pk"):
        day = today or profile_for(owner).today()
        if not send:
            waiting = undigested(owner, day)
            if waiting:
                pending.append(digest_of(owner, day, waiting))
            continue
        digest, error = _digest_for(owner, day)
        if digest is not None:
            sent.append(digest)
        if error:
            errors.append(error)
    return RunReport(sent=tuple(sent), pending=tuple(pending), errors=tuple(errors))


def _digest_for(owner: User, day: date) -> tuple[Digest | None, str]:
    claimed = digest_claims(owner, day)
    if not claimed:
        return None, ""
    digest = digest_of(owner, day, claimed)
    try:
        digest_send(digest)
    except Exception as error:  # one account's failure must not stop the others' digests
        digest_release(claimed, day)
        return None, f"{owner.get_username()}: the digest could not be sent ({error})"
    return digest, ""
