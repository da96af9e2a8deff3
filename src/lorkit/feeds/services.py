from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone

from lorkit.accounts.models import User
from lorkit.accounts.services import profile_for
from lorkit.core import defaults
from lorkit.core.ics import (
    CalendarEntry,
    WrittenCalendar,
    milestone_entry,
    season_entries,
    write_calendar,
)
from lorkit.core.tokens import is_token_shaped, new_token, token_digest
from lorkit.feeds.models import CalendarFeed
from lorkit.letters.reminder_selectors import reminder_calendar_entries
from lorkit.plans.models import Milestone, Rotation
from lorkit.plans.selectors import with_plan_text


@dataclass(frozen=True)
class IssuedFeed:
    """A feed just issued, with its token in the clear: the only moment it exists outside
    the subscriber's calendar."""

    feed: CalendarFeed
    token: str


@transaction.atomic
def feed_regenerate(*, owner: User, now: datetime | None = None) -> IssuedFeed:
    """Issue a fresh random token, replacing any earlier one; only its digest is stored."""
    now = now or timezone.now()
    expires = now + timedelta(days=defaults.CALENDAR_FEED_LIFETIME_DAYS)
    token = new_token(defaults.CALENDAR_FEED_TOKEN_BYTES)
    feed, _ = CalendarFeed.objects.update_or_create(
        owner=owner,
        defaults={"token_hash": token_digest(token), "created": now, "expires": expires},
    )
    return IssuedFeed(feed, token)


def feed_revoke(*, owner: User) -> bool:
    deleted, _ = CalendarFeed.objects.filter(owner=owner).delete()
    return bool(deleted)


def feed_owner(token: str, now: datetime | None = None) -> User | None:
    """The owner of a live token, or None for an unknown, revoked, expired or malformed one."""
    if not is_token_shaped(token):
        return None
    feed = (
        CalendarFeed.objects.select_related("owner")
        .filter(token_hash=token_digest(token), expires__gt=now or timezone.now())
        .first()
    )
    return feed.owner if feed else None


def calendar_entries(owner: User) -> list[CalendarEntry]:
    """Every milestone of every rotation, plus the season's dates, as all-day entries
    (2 queries, and 1 for the profile unless the owner's is already loaded)."""
    profile = profile_for(owner)
    # Rotations with their milestones rather than milestones joined to their rotation: each
    # rotation is then built (and translated to core) once, not once per milestone.
    entries = [
        entry
        for rotation in owner.rotations.prefetch_related("milestones")
        for entry in _rotation_entries(rotation, with_plan_text(rotation.milestones.all(), profile))
    ]
    return entries + season_entries(profile.season_calendar(), f"u{owner.pk}")


def _rotation_entries(rotation: Rotation, milestones: list[Milestone]) -> list[CalendarEntry]:
    core = rotation.to_core()
    heading = [f"Rotation: {core.label}"]
    return [
        milestone_entry(
            m,
            core.id,
            status=m.status,
            heading=heading,
            location=core.location,
            rotation_label=core.label,
        )
        for m in milestones
    ]


def plan_calendar(owner: User) -> WrittenCalendar:
    """The owner's plan as a calendar, its `version` naming the content for an ETag, with the
    letters' reminders and thank-yous from the owner's today."""
    follow_ups = reminder_calendar_entries(owner, profile_for(owner).today())
    return write_calendar([*calendar_entries(owner), *follow_ups])
