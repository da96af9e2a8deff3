"""Render time and query count of the list pages with few and many rotations.

A page whose cost grows with the number of rotations shows a ratio well above 1 between
the two sizes (queries above all: the tests pin those). Uses a throwaway SQLite database.
    .venv/bin/python benchmarks/bench_pages.py
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from datetime import date, timedelta

os.environ.setdefault("LORKIT_DATA_DIR", tempfile.mkdtemp(prefix="lorkit-bench-"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lorkit.settings")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

PAGES = ("/", "/week/", "/rotations/", "/calendar/plan.ics", "/backup/export.json")
SIZES = (1, 20)


def make_user(name: str, rotations: int) -> Client:
    from lorkit.accounts.services import user_create
    from lorkit.plans.models import Rotation
    from lorkit.plans.services import rotation_save

    user = user_create(username=name, password="bench-password-1")
    first = date.today() - timedelta(days=60)
    for index in range(rotations):
        start = first + timedelta(days=30 * index)
        rotation_save(
            owner=user,
            rotation=Rotation(site=f"Site {index}", start=start, end=start + timedelta(days=27)),
        )
    client = Client()
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client


def measure(client: Client, path: str) -> tuple[float, int]:
    client.get(path)  # warm up templates and caches
    times = []
    for _ in range(15):
        started = time.perf_counter()
        response = client.get(path)
        times.append(time.perf_counter() - started)
        assert response.status_code == 200, path
    with CaptureQueriesContext(connection) as queries:
        client.get(path)
    return statistics.median(times) * 1000, len(queries)


def main() -> None:
    call_command("migrate", verbosity=0)
    clients = {size: make_user(f"bench{size}", size) for size in SIZES}
    small, large = SIZES
    print(
        f"{'page':24} {'ms@' + str(small):>8} {'ms@' + str(large):>8} {'ratio':>6} {'queries':>9}"
    )
    for path in PAGES:
        ms_small, q_small = measure(clients[small], path)
        ms_large, q_large = measure(clients[large], path)
        ratio = ms_large / ms_small
        print(f"{path:24} {ms_small:8.1f} {ms_large:8.1f} {ratio:6.1f} {q_small:>4}/{q_large:<4}")


if __name__ == "__main__":
    main()
