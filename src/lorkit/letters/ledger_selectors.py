"""Reads for the letters ledger: each ERAS letter entry with its dates, warnings and next
reminder, the portfolio panel and the season's weekly status chart, in a fixed number of
queries whatever the number of letters (the entries with their history and reminders, the
profile, and the journal `writers_for` reads)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from lorkit.accounts.models import Profile, User
from lorkit.accounts.services import profile_for
from lorkit.core.ledger import (
    LETTER_KIND_LABELS,
    OPEN_STATUSES,
    Letter,
    LetterStatus,
    letter_warnings,
    reuse_note,
)
from lorkit.core.letter_chart import (
    CHART_LEGEND,
    SpecialtyCount,
    StatusChart,
    WeekCounts,
    letters_by_specialty,
    status_chart,
    weekly_status,
)
from lorkit.core.readiness import Portfolio
from lorkit.core.reminders import REMINDER_KINDS, Nudge, reminder_dates, soft_deadline
from lorkit.journal.selectors import writers_for
from lorkit.letters.models import LetterRequest, Reminder, StatusChange

# Letters the writer is still to send: on their way, or removed by the portal and to be
# requested again. The soft deadline concerns them only.
STILL_TO_COME = OPEN_STATUSES | {LetterStatus.REMOVED}


@dataclass(frozen=True)
class LedgerEntry:
    """One letter entry as the ledger shows it. `soft_deadline` is None once the letter is in
    or will not come (declined, withdrawn); `next_reminder` is None but for a letter
    requested in MyERAS, not yet in, before the submission target."""

    letter: LetterRequest
    core: Letter
    history: tuple[StatusChange, ...]
    soft_deadline: date | None
    next_reminder: Nudge | None
    warnings: tuple[str, ...]
    reuse_note: str | None

    @property
    def status_since(self) -> date | None:
        """The day of the latest change: the day the letter reached its status."""
        return self.history[-1].on if self.history else None

    @property
    def kind_label(self) -> str:
        return LETTER_KIND_LABELS[self.core.kind.value]

    def as_dict(self) -> dict[str, object]:
        """The stable JSON shape of `lorkit letters --json` (keys may be added, never dropped)."""
        letter = self.letter
        return {
            "id": letter.pk,
            "author": letter.author,
            "title": letter.author_title,
            "email": letter.author_email,
            "specialty": letter.specialty,
            "kind": letter.kind,
            "chair": letter.chair,
            "waived": letter.waived,
            "letter_id": letter.letter_id,
            "status": letter.status,
            "status_on": _iso(self.status_since),
            "soft_deadline": _iso(self.soft_deadline),
            "next_reminder": _iso(self.next_reminder.due if self.next_reminder else None),
            "warnings": list(self.warnings),
            "reuse_note": self.reuse_note,
            "history": [{"status": c.status, "on": c.on.isoformat()} for c in self.history],
        }


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def letter_entries(owner: User, today: date) -> tuple[LedgerEntry, ...]:
    """The owner's letter entries, newest first (3 queries, and 1 for the profile)."""
    profile = profile_for(owner)
    letters = LetterRequest.objects.filter(owner=owner).select_related("person")
    letters = letters.prefetch_related("history", "reminders")
    return tuple(ledger_entry(letter, profile, today) for letter in letters)


def ledger_entry(letter: LetterRequest, profile: Profile, today: date) -> LedgerEntry:
    core = letter.to_core()
    target = profile.effective_submission_target()
    return LedgerEntry(
        letter=letter,
        core=core,
        history=tuple(letter.history.all()),
        soft_deadline=soft_deadline(target) if core.status in STILL_TO_COME else None,
        next_reminder=next_reminder(letter, core, target, today),
        warnings=letter_warnings(core),
        reuse_note=reuse_note(core, profile.season_calendar().myeras_opens),
    )


def next_reminder(letter: LetterRequest, core: Letter, target: date, today: date) -> Nudge | None:
    """The first reminder still to send for a letter requested and not in, counting those sent
    since its latest request (a request made again starts afresh); none after the target."""
    if core.status is not LetterStatus.REQUESTED or core.requested_on is None or today > target:
        return None
    plan = reminder_dates(
        requested=core.requested_on,
        target=target,
        received=core.received_on,
        last_contact=core.last_contact,
        sent=sent_reminders(letter.reminders.all(), core.requested_on),
        letter_id=core.id,
    )
    return plan[0] if plan else None


def sent_reminders(reminders: Iterable[Reminder], since: date) -> list[date]:
    kinds = {kind.value for kind in REMINDER_KINDS}
    return [
        r.sent_on
        for r in reminders
        if r.sent_on is not None and r.kind in kinds and r.sent_on >= since
    ]


@dataclass(frozen=True)
class LedgerPage:
    """The letters page: the entries, the portfolio panel and the weekly status chart."""

    entries: tuple[LedgerEntry, ...]
    portfolio: Portfolio
    by_specialty: tuple[SpecialtyCount, ...]  # General left out: see `general`
    general: SpecialtyCount | None
    weeks: tuple[WeekCounts, ...]
    chart: StatusChart
    target: date
    soft_deadline: date
    legend: tuple[tuple[str, str], ...] = CHART_LEGEND

    @property
    def weeks_latest_first(self) -> tuple[WeekCounts, ...]:
        return tuple(reversed(self.weeks))


def ledger_page(owner: User, today: date) -> LedgerPage:
    """Everything the letters page shows, in a fixed number of queries."""
    entries = letter_entries(owner, today)
    _, portfolio, _ = writers_for(owner, today)
    counts = letters_by_specialty([entry.core for entry in entries])
    histories = [[(LetterStatus(c.status), c.on) for c in entry.history] for entry in entries]
    weeks = weekly_status(histories, today)
    target = profile_for(owner).effective_submission_target()
    return LedgerPage(
        entries=entries,
        portfolio=portfolio,
        by_specialty=tuple(row for row in counts if not row.is_general),
        general=next((row for row in counts if row.is_general), None),
        weeks=weeks,
        chart=status_chart(weeks),
        target=target,
        soft_deadline=soft_deadline(target),
    )
