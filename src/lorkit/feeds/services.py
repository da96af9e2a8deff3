from __future__ import annotations

import secrets
from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone

from lorkit.accounts.models import User
from lorkit.accounts.services import profile_for
from lorkit.core import defaults
from lorkit.core.calendar_feed import CalendarEntry, build_calendar
from lorkit.core.season import SEASON_LABELS
from lorkit.feeds.models import CalendarFeed
from lorkit.plans.models import Milestone


@transaction.atomic
def feed_regenerate(*, owner: User, now: datetime | None = None) -> CalendarFeed:
    """Issue a fresh random token (256 bits), replacing any earlier one."""
    now = now or timezone.now()
    expires = now + timedelta(days=defaults.CALENDAR_FEED_LIFETIME_DAYS)
    feed, _ = CalendarFeed.objects.update_or_create(
        owner=owner,
        defaults={"token": secrets.token_urlsafe(32), "created": now, "expires": expires},
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
    entries = [
        CalendarEntry(
            uid=f"{m.key.replace(':', '.')}.{m.rotation.uid}@lorkit",
            summary=m.title,
            start=m.start,
            end=m.end,
            description="\n".join([f"Rotation: {m.rotation.label}", "", *m.script]),
            location=", ".join(
                p for p in (m.rotation.site, m.rotation.city, m.rotation.state) if p
            ),
            status=m.status,
        )
        for m in milestones
    ]
    calendar = profile_for(owner).season_calendar()
    for key, day in calendar.dates():
        note = " (estimated)" if key in calendar.estimated else ""
        entries.append(
            CalendarEntry(
                uid=f"season-{calendar.year}-{key}.u{owner.pk}@lorkit",
                summary=f"ERAS {calendar.year}: {SEASON_LABELS[key]}{note}",
                start=day,
                end=day,
            )
        )
    return entries


def plan_ics(owner: User) -> bytes:
    return build_calendar(calendar_entries(owner), name="lorkit plan")
