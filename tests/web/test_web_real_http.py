"""Over real HTTP, through waitress as `lorkit serve` configures it: the test client hides
what a server does with HEAD bodies and Server headers, so these talk to a socket."""

from __future__ import annotations

import http.client

from lorkit.accounts.models import User
from lorkit.feeds.services import feed_regenerate


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
