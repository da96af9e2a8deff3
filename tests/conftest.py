"""Shared personas: the owner of a workspace, and an outsider who must never see it."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # imported lazily so tests/core runs without Django configured
    from lorkit.accounts.models import User
    from lorkit.plans.models import Rotation

PASSWORD = "correct-horse-battery"
TODAY = date(2026, 11, 21)


@pytest.fixture
def owner(db: None) -> User:
    from lorkit.accounts.services import user_create

    user = user_create(username="alice", password=PASSWORD, today=TODAY)
    profile = user.profile
    profile.eras_name = "Alice Example"
    profile.specialty = "Internal Medicine"
    profile.save()
    return user


@pytest.fixture
def outsider(db: None) -> User:
    from lorkit.accounts.services import user_create

    return user_create(username="mallory", password=PASSWORD, today=TODAY)


@pytest.fixture
def rotation(owner: User) -> Rotation:
    from lorkit.plans.models import Rotation
    from lorkit.plans.services import rotation_save

    return rotation_save(
        owner=owner,
        rotation=Rotation(
            site="Example Teaching Hospital",
            city="Springfield",
            state="IL",
            specialty="Internal Medicine",
            kind="hands-on",
            setting="inpatient",
            start=date(2027, 1, 4),
            end=date(2027, 1, 31),
            attending_name="Dr. Rivera",
        ),
    )


@pytest.fixture
def owner_client(client, owner: User):  # type: ignore[no-untyped-def]
    client.force_login(owner, backend="django.contrib.auth.backends.ModelBackend")
    return client


@pytest.fixture
def outsider_client(client, outsider: User):  # type: ignore[no-untyped-def]
    client.force_login(outsider, backend="django.contrib.auth.backends.ModelBackend")
    return client


# Helpers for the web tests (tests/web): fresh logged-in clients, rotations by start and
# length, and a pinned "today" (Profile.today reads the clock in the user's time zone).


@pytest.fixture
def password() -> str:
    return PASSWORD


@pytest.fixture
def client_for(db: None):  # type: ignore[no-untyped-def]
    """A separate logged-in Client per user, for tests that act as two people at once
    (owner_client and outsider_client share the one `client`)."""
    from django.test import Client

    def log_in(user: User) -> Client:
        logged_in = Client()
        logged_in.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
        return logged_in

    return log_in


@pytest.fixture
def add_rotation(db: None):  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from lorkit.plans.models import Rotation
    from lorkit.plans.services import rotation_save

    def add(owner: User, start: date, days: int = 28, **fields: object) -> Rotation:
        fields.setdefault("site", "Lakeside Community Hospital")
        rotation = Rotation(start=start, end=start + timedelta(days=days - 1), **fields)
        return rotation_save(owner=owner, rotation=rotation)

    return add


@pytest.fixture
def set_today(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    from lorkit.accounts.models import Profile

    def set_to(day: date) -> date:
        monkeypatch.setattr(Profile, "today", lambda self, now=None: day)
        return day

    return set_to


@pytest.fixture
def served(transactional_db: None, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """The app behind waitress with `lorkit serve`'s options, on a free loopback port, for
    tests that must talk HTTP to a real server. Each request closes its database connection,
    so the test database can be dropped afterwards."""
    import contextlib
    import threading

    from django.conf import settings
    from django.core.wsgi import get_wsgi_application
    from waitress.server import create_server

    from lorkit.cli.server import waitress_options

    monkeypatch.setitem(settings.DATABASES["default"], "CONN_MAX_AGE", 0)
    options = {**waitress_options(threads=2), "host": "127.0.0.1", "port": 0}
    server = create_server(get_wsgi_application(), **options)

    def run() -> None:
        with contextlib.suppress(OSError):  # closing the listening socket ends the loop so
            server.run()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    try:
        yield "127.0.0.1", server.effective_port  # type: ignore[union-attr]
    finally:
        server.close()
        thread.join(timeout=5)
