"""Many writers at once through the real services, for tests/test_concurrent_writes.py.

Run as a script in a fresh interpreter (so that it uses lorkit.settings exactly as `lorkit
serve` does, on whatever database LORKIT_DATABASE_URL / LORKIT_DATA_DIR name):

    python tests/concurrent_writers.py EDITORS EDITS IMPORTERS IMPORTS

It first has a reference account save EDITS rotations one after another and exports them.
Then, all released at once by a barrier, each of EDITORS threads saves the same EDITS
rotations for its own account (`rotation_save`), while each of IMPORTERS threads imports the
reference export IMPORTS times over its own account (`workspace_import`, replacing). Each
thread has its own database connection, as the web server's threads do. It prints JSON: every
error a thread met, and each account's rotation and milestone counts, which must all equal the
reference account's.
"""

from __future__ import annotations

import json
import os
import sys
import threading
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from functools import partial
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # Django is set up inside main(), in the fresh interpreter
    from lorkit.accounts.models import User

TODAY = date(2026, 11, 21)
PASSWORD = "correct-horse-battery"


def main(editors: int, edits: int, importers: int, imports: int) -> dict[str, Any]:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lorkit.settings")
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", interactive=False, verbosity=0)
    from lorkit.accounts.services import user_create
    from lorkit.backup.services import workspace_export, workspace_import

    reference = user_create(username="reference", password=PASSWORD, today=TODAY)
    save_rotations(reference, edits)
    document = workspace_export(reference)
    editor_accounts = [
        user_create(username=f"editor{n}", password=PASSWORD, today=TODAY) for n in range(editors)
    ]
    importer_accounts = [
        user_create(username=f"importer{n}", password=PASSWORD, today=TODAY)
        for n in range(importers)
    ]

    def import_again(user: User) -> None:
        for _ in range(imports):
            workspace_import(owner=user, document=document, replace=True)

    jobs = [partial(save_rotations, user, edits) for user in editor_accounts]
    jobs += [partial(import_again, user) for user in importer_accounts]
    errors = run_at_once(jobs)
    return {"errors": errors, "counts": counts()}


def save_rotations(user: User, edits: int) -> None:
    from lorkit.plans.models import Rotation
    from lorkit.plans.services import rotation_save

    for n in range(edits):
        start = date(2027, 1, 4) + timedelta(days=35 * n)
        rotation = Rotation(site=f"Site {n}", start=start, end=start + timedelta(days=27))
        rotation_save(owner=user, rotation=rotation)


def run_at_once(jobs: Sequence[Callable[[], None]]) -> list[str]:
    """Run each job in its own thread, all released together; the errors they raised."""
    from django.db import connection

    barrier = threading.Barrier(len(jobs))
    errors: list[str] = []

    def run(job: Callable[[], None]) -> None:
        try:
            barrier.wait()
            job()
        except Exception as error:  # every failure is reported, none hides the others
            errors.append(f"{type(error).__name__}: {error}")
        finally:
            connection.close()  # this thread's own connection

    threads = [threading.Thread(target=run, args=(job,)) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def counts() -> dict[str, list[int]]:
    """Each account's [rotations, milestones]."""
    from django.db.models import Count

    from lorkit.accounts.models import User

    users = User.objects.annotate(
        rotation_count=Count("rotations", distinct=True),
        milestone_count=Count("rotations__milestones"),
    )
    return {u.username: [u.rotation_count, u.milestone_count] for u in users}


if __name__ == "__main__":
    editors, edits, importers, imports = (int(value) for value in sys.argv[1:5])
    print(json.dumps(main(editors, edits, importers, imports)))
