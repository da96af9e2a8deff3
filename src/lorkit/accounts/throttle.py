"""Counters behind the throttles in core/throttles.py, kept in the database so that every
worker process and both databases see the same counts (no cache server needed)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone

from lorkit.accounts.models import ThrottleCount
from lorkit.core.throttles import Throttle

# Counters older than this are deleted as new ones are written.
KEEP_COUNTERS = timedelta(days=1)


def throttle_blocking(
    checks: Sequence[tuple[Throttle, str]], now: datetime | None = None
) -> Throttle | None:
    """The first throttle whose counter for its value is used up in the current window,
    else None (one query whatever the number of checks)."""
    now = now or timezone.now()
    wanted = Q(pk__in=[])
    for throttle, value in checks:
        wanted |= Q(key=throttle.key(value), window_start=throttle.window_start(now))
    counts = dict(ThrottleCount.objects.filter(wanted).values_list("key", "count"))
    for throttle, value in checks:
        if counts.get(throttle.key(value), 0) >= throttle.attempts:
            return throttle
    return None


def throttle_record(checks: Sequence[tuple[Throttle, str]], now: datetime | None = None) -> None:
    """Count one attempt against each throttle's counter for its value."""
    now = now or timezone.now()
    for throttle, value in checks:
        _increment(throttle.key(value), throttle.window_start(now))
    ThrottleCount.objects.filter(window_start__lt=now - KEEP_COUNTERS).delete()


def _increment(key: str, window_start: datetime) -> None:
    """Add one to a counter, creating it first; two processes creating the same counter at
    once collide on the unique key, and the loser adds to the winner's row."""
    rows = ThrottleCount.objects.filter(key=key, window_start=window_start)
    if rows.update(count=F("count") + 1):
        return
    try:
        with transaction.atomic():
            ThrottleCount.objects.create(key=key, window_start=window_start, count=1)
    except IntegrityError:
        rows.update(count=F("count") + 1)
