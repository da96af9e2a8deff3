from __future__ import annotations

import secrets
from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone

from lorkit.accounts.models import User
from lorkit.accounts.services import profile_for
from lorkit.core import defaults
from lorkit.core.ics import CalendarEntry, build_calendar, milestone_entry, season_entries
from lorkit.feeds.models import CalendarFeed
from lorkit.plans.models import Milestone


@transaction.atomic
def feed_regenerate(*, owner: User, now: datetime | None = None) -> CalendarFeed:
    """Issue a fresh random token, replacing any earlier one."""
    now = now or timezone.now()
    expires = now + timedelta(days=defaults.CALENDAR_FEED_LIFETIME_DAYS)
    feed, _ = CalendarFeed.objects.update_or_create(
        owner=owner,
        defaults={
            "token": secrets.token_urlsafe(defaults.CALENDAR_FEED_TOKEN_BYTES),
            "created": now,
            "expires": expires,
        },
    )
    return feed


def feed_revoke(*, owner: User) -> bool:
    deleted, _ = CalendarFeed.objects.filter(owner=owner).delete()
    return bool(deleted)


def feed_owner(token: str, now: datetime | None = None) -> User | None:
    """The owner of a live token, or None for an unknown, revoked or expired one."""
    feed = (
        CalendarFeed.objects.select_related("owner")
        .filter(token=token, expires__gt=now or timezone.now())
        .first()
    )
    return feed.owner if feed else None


def calendar_entries(owner: User) -> list[CalendarEntry]:
    """Every milestone of every rotation, plus the season's dates, as all-day entries."""
    milestones = Milestone.objects.filter(rotation__owner=owner).select_related("rotation")
    entries = [_milestone_entry(m) for m in milestones]
    return entries + season_entries(profile_for(owner).season_calendar(), f"u{owner.pk}")


def _milestone_entry(milestone: Milestone) -> CalendarEntry:
    rotation = milestone.rotation.to_core()
    return milestone_entry(
        milestone,
        rotation.id,
        status=milestone.status,
        heading=[f"Rotation: {rotation.label}"],
        location=rotation.location,
    )


def plan_ics(owner: User) -> bytes:
    return build_calendar(calendar_entries(owner))
