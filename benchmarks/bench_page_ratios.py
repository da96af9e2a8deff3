"""Server time of every page of an applicant, as a ratio to a trivial logged-in page.

Builds three accounts (6 rotations; 40 rotations; 20 finished rotations whose ~280 milestones
were all left open, so they are overdue), times each page through the Django test client and
prints milliseconds and the ratio to `/password/done/` measured in the same run, so the
numbers mean the same on a slow and a fast machine. A page over its target is flagged:
every page at most 10x the trivial one, the `.ics` download and the feed at most 20x. The
feed is also asked again with the ETag it sent, and must answer 304.

Runs on a throwaway SQLite database; `--database-url postgres://...` runs on a test database
that Django creates beside the named one and drops afterwards (the named one is not touched).
    .venv/bin/python benchmarks/bench_page_ratios.py [--runs 25] [--database-url URL]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

TRIVIAL = "/password/done/"
PAGE_TARGET = 10.0
CALENDAR_TARGET = 20.0
OVERDUE_ROTATIONS = 20  # finished 28-day rotations, every milestone left open


def parsed_arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=25, help="timed requests per page")
    parser.add_argument("--database-url", default="", help="run on a test copy of this database")
    return parser.parse_args()


ARGS = parsed_arguments()
os.environ["LORKIT_DATA_DIR"] = tempfile.mkdtemp(prefix="lorkit-bench-")
os.environ.pop("LORKIT_DATABASE_URL", None)
if ARGS.database_url:
    os.environ["LORKIT_DATABASE_URL"] = ARGS.database_url
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lorkit.settings")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from lorkit.accounts.models import User  # noqa: E402
from lorkit.accounts.services import profile_for, user_create  # noqa: E402
from lorkit.feeds.services import feed_regenerate  # noqa: E402
from lorkit.plans.models import Milestone, Rotation  # noqa: E402
from lorkit.plans.services import rotation_save  # noqa: E402


@dataclass
class Account:
    name: str
    client: Client
    owner: User
    feed_path: str


def make_account(name: str, rotations: int, first_start: date) -> Account:
    """An applicant with `rotations` 28-day rotations a month apart from `first_start`."""
    owner = user_create(username=name, password="bench-password-1")
    profile = profile_for(owner)
    profile.eras_name, profile.specialty = "Bench Applicant", "Internal Medicine"
    profile.strengths = ["clinical_reasoning", "work_ethic"]
    profile.save()
    for index in range(rotations):
        start = first_start + timedelta(days=30 * index)
        rotation = Rotation(
            site=f"Teaching Hospital {index}",
            city="Springfield",
            state="IL",
            specialty="Internal Medicine",
            start=start,
            end=start + timedelta(days=27),
            attending_name=f"Dr. Attending {index}",
        )
        rotation_save(owner=owner, rotation=rotation)
    client = Client()
    client.force_login(owner, backend="django.contrib.auth.backends.ModelBackend")
    token = feed_regenerate(owner=owner).token
    return Account(name, client, owner, f"/calendar/feed/{token}.ics")


def pages(account: Account) -> dict[str, tuple[str, float]]:
    """Each page's path and target ratio."""
    rotation = account.owner.rotations.order_by("start")[len(account.owner.rotations.all()) // 2]
    return {
        "Today": ("/", PAGE_TARGET),
        "This week": ("/week/", PAGE_TARGET),
        "Rotations": ("/rotations/", PAGE_TARGET),
        "Rotation page": (f"/rotations/{rotation.pk}/", PAGE_TARGET),
        "Profile": ("/profile/", PAGE_TARGET),
        "Calendar page": ("/calendar/", PAGE_TARGET),
        ".ics download": ("/calendar/plan.ics", CALENDAR_TARGET),
        "Feed": (account.feed_path, CALENDAR_TARGET),
        "Export": ("/backup/export.json", PAGE_TARGET),
    }


@dataclass(frozen=True)
class Timing:
    fastest: float  # ms
    median: float  # ms


def timed(request: Callable[[], Any], runs: int, status: int = 200) -> Timing:
    """The fastest and the median of `runs` requests. Ratios use the fastest: as timeit's
    documentation argues, the slower runs measure other processes sharing the machine (a test
    run, a load benchmark) rather than the page."""
    request()  # warm up templates and caches
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        response = request()
        times.append(time.perf_counter() - started)
        assert response.status_code == status, (response.status_code, status)
    return Timing(min(times) * 1000, statistics.median(times) * 1000)


def query_count(request: Callable[[], Any]) -> int:
    with CaptureQueriesContext(connection) as queries:
        request()
    return len(queries)


Row = tuple[str, Timing, float, float, int]  # page, timing, ratio, target, queries


def measure(account: Account, runs: int) -> list[Row]:
    """A row for the trivial page, one for each page, then one for the feed's 304. The
    trivial page is timed before and after the others and the faster kept."""
    client = account.client
    trivial_get = lambda: client.get(TRIVIAL)  # noqa: E731
    before = timed(trivial_get, runs)
    measured = []
    for name, (path, target) in pages(account).items():
        get = lambda path=path: client.get(path)  # noqa: E731
        measured.append((name, timed(get, runs), target, query_count(get)))
    etag = client.get(account.feed_path).headers.get("ETag")
    if etag:
        revalidate = lambda: client.get(account.feed_path, HTTP_IF_NONE_MATCH=etag)  # noqa: E731
        timing = timed(revalidate, runs, status=304)
        measured.append(("Feed, 304 on ETag", timing, CALENDAR_TARGET, query_count(revalidate)))
    else:
        missing = Timing(float("nan"), float("nan"))
        measured.append(("Feed, 304 on ETag", missing, CALENDAR_TARGET, 0))
    trivial = min(before, timed(trivial_get, runs), key=lambda timing: timing.fastest)
    rows: list[Row] = [("trivial " + TRIVIAL, trivial, 1.0, 1.0, query_count(trivial_get))]
    for name, timing, target, queries in measured:
        rows.append((name, timing, timing.fastest / trivial.fastest, target, queries))
    return rows


def overdue_count(owner: User, today: date) -> int:
    return Milestone.objects.filter(rotation__owner=owner, status="open", end__lt=today).count()


def report(account: Account, rows: list[Row]) -> int:
    """Print one account's table; the number of pages over target (or missing the 304)."""
    milestones = Milestone.objects.filter(rotation__owner=account.owner).count()
    overdue = overdue_count(account.owner, date.today())
    print(
        f"\n{account.name}: {account.owner.rotations.count()} rotations, "
        f"{milestones} milestones, {overdue} open and overdue"
    )
    print(f"  {'page':22} {'fastest':>8} {'median':>8} {'ratio':>7} {'target':>7} {'queries':>8}")
    over = 0
    for name, timing, ratio, target, queries in rows:
        missing = ratio != ratio  # NaN: the feed sent no ETag
        flag = "  OVER" if missing or ratio > target else ""
        over += bool(flag)
        shown = "no ETag" if missing else f"{ratio:7.1f}"
        print(
            f"  {name:22} {timing.fastest:8.1f} {timing.median:8.1f} {shown:>7} {target:7.0f} "
            f"{queries:8}{flag}"
        )
    return over


def main() -> int:
    named_database = connection.settings_dict["NAME"]
    if ARGS.database_url:
        connection.creation.create_test_db(verbosity=0)
    else:
        call_command("migrate", verbosity=0)
    try:
        today = date.today()
        accounts = [
            make_account("six-rotations", 6, today - timedelta(days=60)),
            make_account("forty-rotations", 40, today - timedelta(days=60)),
            make_account(
                "many-overdue",
                OVERDUE_ROTATIONS,
                today - timedelta(days=30 * OVERDUE_ROTATIONS + 10),
            ),
        ]
        print(
            f"database: {connection.vendor}; {ARGS.runs} requests per page, times in ms, "
            "ratios of the fastest to the trivial page's fastest"
        )
        over = sum(report(account, measure(account, ARGS.runs)) for account in accounts)
        print(f"\n{over} page(s) over target" if over else "\nevery page within its target")
        return 1 if over else 0
    finally:
        if ARGS.database_url:
            connection.creation.destroy_test_db(named_database, verbosity=0)


if __name__ == "__main__":
    sys.exit(main())
