"""Two `lorkit remind` runs at once (a timer that fired twice, a manual run beside cron) send
each applicant exactly one digest a day and list no follow-up twice, on SQLite and on
PostgreSQL: each run claims an applicant's items with conditional UPDATEs in one transaction
(letters/reminder_services.py).

As in tests/test_concurrent_writes.py, the runs go through a fresh interpreter on a real
database with lorkit's own settings; this module is also that script:

    python tests/test_concurrent_remind.py USERS RUNS

It gives USERS applicants three letters each, then on each of DAYS releases RUNS threads at
once (tests/concurrent_writers.py `run_at_once`), each calling `remind_run(send=True)` with its
own connection, and prints JSON: the errors, every digest sent (to, day, reminder ids) and the
reminders claimed."""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

USERS, RUNS = 6, 4
SCRIPT = Path(__file__)
# Letters requested on 1 and 2 July: their first reminders fall due on 15 and 16 July; on the
# 17th nothing new is due, and what is still unsent was listed already.
REQUESTS = (date(2026, 7, 1), date(2026, 7, 1), date(2026, 7, 2))
DAYS = (date(2026, 7, 15), date(2026, 7, 16), date(2026, 7, 17))
NEW_ITEMS = {DAYS[0]: 2, DAYS[1]: 1, DAYS[2]: 0}


def main(users: int, runs: int) -> dict[str, Any]:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lorkit.settings")
    import django
    from django.conf import settings
    from django.core.management import call_command

    django.setup()
    call_command("migrate", interactive=False, verbosity=0)
    from django.core import mail

    from concurrent_writers import run_at_once

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    mail.outbox = []  # one list before the threads start: each backend appends to it
    for n in range(users):
        add_applicant(n)
    sent: list[dict[str, Any]] = []
    errors: list[str] = []
    for day in DAYS:
        errors += run_at_once([partial(remind, day, sent) for _ in range(runs)])
    return {"errors": errors, "sent": sent, "outbox": outbox(mail.outbox), "claimed": claimed()}


def add_applicant(n: int) -> None:
    from lorkit.accounts.models import Profile
    from lorkit.accounts.services import user_create
    from lorkit.letters.models import LetterRequest

    user = user_create(
        username=f"applicant{n}",
        password="correct-horse-battery",
        email=f"applicant{n}@example.org",
        today=date(2026, 6, 1),
    )
    Profile.objects.filter(user=user).update(season=2027, submission_target=date(2026, 9, 10))
    for i, on in enumerate(REQUESTS):
        LetterRequest.objects.create(
            owner=user,
            author=f"Dr. Writer {n}-{i}",
            author_email=f"writer{n}-{i}@example.edu",
            status="requested",
            requested_on=on,
        )


def remind(day: date, sent: list[dict[str, Any]]) -> None:
    from lorkit.letters.reminder_services import remind_run

    report = remind_run(today=day, send=True)
    if report.errors:
        raise RuntimeError("; ".join(report.errors))
    sent += [
        {"to": d.to, "day": d.day.isoformat(), "items": [i.reminder_id for i in d.items]}
        for d in report.sent
    ]


def outbox(messages: list[Any]) -> list[list[str]]:
    return [[*m.to, *m.cc, *m.bcc] for m in messages]


def claimed() -> dict[str, str | None]:
    from lorkit.letters.models import Reminder

    rows = Reminder.objects.values_list("pk", "digested_on")
    return {str(pk): on.isoformat() if on else None for pk, on in rows}


# ---------------------------------------------------------------------------------------------
# The test
# ---------------------------------------------------------------------------------------------


def sqlite_env(data_dir: Path) -> dict[str, str]:
    env = {**os.environ, "LORKIT_DATA_DIR": str(data_dir)}
    env.pop("LORKIT_DATABASE_URL", None)
    env.setdefault("DJANGO_SETTINGS_MODULE", "lorkit.settings")
    return env


@pytest.fixture
def database_env(transactional_db: None, tmp_path: Path) -> dict[str, str]:
    """A fresh interpreter's environment for a real database of the kind the suite runs on."""
    from django.db import connection

    if connection.vendor == "sqlite":
        return sqlite_env(tmp_path)
    url = urlsplit(os.environ["LORKIT_DATABASE_URL"])
    test_database = url._replace(path=f"/{connection.settings_dict['NAME']}").geturl()
    return {**sqlite_env(tmp_path), "LORKIT_DATABASE_URL": test_database}


def run_script(env: dict[str, str]) -> dict[str, Any]:
    import subprocess

    completed = subprocess.run(
        [sys.executable, str(SCRIPT), str(USERS), str(RUNS)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert completed.returncode == 0, completed.stderr
    result: dict[str, Any] = json.loads(completed.stdout)
    return result


def test_runs_at_once_send_each_applicant_one_digest_a_day_and_no_item_twice(
    database_env: dict[str, str],
) -> None:
    result = run_script(database_env)

    assert result["errors"] == []
    per_day = sorted((d["to"], d["day"]) for d in result["sent"])
    applicants = [f"applicant{n}@example.org" for n in range(USERS)]
    expected = sorted((to, day.isoformat()) for to in applicants for day in DAYS if NEW_ITEMS[day])
    assert per_day == expected  # one digest per applicant on each day with something new
    listed = [item for d in result["sent"] for item in d["items"]]
    assert len(listed) == len(set(listed)) == USERS * sum(NEW_ITEMS.values())
    assert sorted(listed) == sorted(int(pk) for pk, on in result["claimed"].items() if on)
    assert sorted(result["outbox"]) == sorted([to] for to, _ in expected)  # never a writer


if __name__ == "__main__":
    users, runs = (int(value) for value in sys.argv[1:3])
    print(json.dumps(main(users, runs)))
