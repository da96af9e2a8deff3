"""Over real HTTP, through waitress as `lorkit serve` configures it: the test client hides
what a server does with HEAD bodies and Server headers, so these talk to a socket."""

from __future__ import annotations

import contextlib
import http.client
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from django.conf import settings
from django.core.wsgi import get_wsgi_application
from waitress.server import create_server

from lorkit.accounts.models import User
from lorkit.cli.server import waitress_options
from lorkit.feeds.services import feed_regenerate


@pytest.fixture
def served(transactional_db: None, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, int]]:
    """The app on a free loopback port, with lorkit's waitress options, for one test. Each
    request closes its database connection, so the test database can be dropped after."""
    monkeypatch.setitem(settings.DATABASES["default"], "CONN_MAX_AGE", 0)
    options = {**waitress_options(threads=2), "host": "127.0.0.1", "port": 0}
    server: Any = create_server(get_wsgi_application(), **options)

    def run() -> None:
        with contextlib.suppress(OSError):  # closing the listening socket ends the loop so
            server.run()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    try:
        yield "127.0.0.1", server.effective_port
    finally:
        server.close()
        thread.join(timeout=5)


def test_head_then_get_on_one_connection_both_answer_correctly(
    served: tuple[str, int], owner: User
) -> None:
    path = f"/calendar/feed/{feed_regenerate(owner=owner).token}.ics"
    connection = http.client.HTTPConnection(*served, timeout=10)

    connection.request("HEAD", path)
    head = connection.getresponse()
    head_body = head.read()
    connection.request("GET", path)  # same kept-alive connection
    get = connection.getresponse()
    body = get.read()
    connection.close()

    assert head.status == 200
    assert head_body == b""
    assert get.status == 200
    assert body.startswith(b"BEGIN:VCALENDAR")
    assert int(head.getheader("Content-Length") or 0) == len(body)


def test_the_server_does_not_name_its_software(served: tuple[str, int]) -> None:
    connection = http.client.HTTPConnection(*served, timeout=10)
    connection.request("GET", "/login/")
    response = connection.getresponse()
    response.read()
    connection.close()

    assert response.status == 200
    assert response.getheader("Server") is None
    assert response.getheader("Permissions-Policy")
