"""Per-account limits and request sizes on the web: the rotation form and the import meet the
services' limits, oversized requests are refused before anything reads them, and the pages of
an account at its limits cost the same number of queries as those of a one-rotation account."""

from __future__ import annotations

import http.client
import json
from datetime import date
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from limit_documents import export_document
from lorkit.accounts.models import User
from lorkit.backup.services import workspace_import
from lorkit.core import defaults
from lorkit.plans.models import Milestone, Rotation

ROTATIONS = defaults.ROTATIONS_PER_ACCOUNT
MILESTONES = defaults.MILESTONES_PER_ACCOUNT
TOO_LARGE_PAGE = "That file is too large"
PAGES_AT_THE_LIMIT = [
    "dashboard",
    "week",
    "rotation_list",
    "calendar_download",
    "export_download",
]


def rotation_data() -> dict[str, str]:
    return {
        "site": "One Too Many Hospital",
        "kind": "hands-on",
        "setting": "inpatient",
        "start": "2028-01-03",
        "end": "2028-01-30",
    }


def upload(client: Client, content: bytes, *, replace: bool = False) -> Any:
    data: dict[str, Any] = {"file": SimpleUploadedFile("lorkit-export.json", content)}
    if replace:
        data["replace"] = "on"
    return client.post(reverse("backup"), data)


def counts(owner: User) -> tuple[int, int]:
    return (
        Rotation.objects.filter(owner=owner).count(),
        Milestone.objects.filter(rotation__owner=owner).count(),
    )


def body_was_read(response: Any) -> bool:
    """Whether anything read the request's body: Django marks the stream once it is read, and
    keeps the parsed files once anything asked for them."""
    request = response.wsgi_request
    return bool(request._read_started) or "_files" in vars(request)


@pytest.fixture
def full_owner(owner: User) -> User:
    workspace_import(owner=owner, document=export_document(ROTATIONS))
    return owner


def test_the_rotation_form_of_a_full_account_shows_the_limit_and_saves_nothing(
    owner_client: Client, full_owner: User
) -> None:
    response = owner_client.post(reverse("rotation_new"), rotation_data())

    assert response.status_code == 200
    assert response.context["form"].non_field_errors() == [
        f"{ROTATIONS + 1} rotations would be more than the {ROTATIONS} an account can hold. "
        "Delete a rotation you no longer need to add another."
    ]
    assert f"{ROTATIONS + 1} rotations would be more than the" in response.content.decode()
    assert response.context["form"]["site"].value() == "One Too Many Hospital"
    assert counts(full_owner) == (ROTATIONS, MILESTONES)


def test_a_rotation_of_a_full_account_can_still_be_edited(
    owner_client: Client, full_owner: User
) -> None:
    rotation = full_owner.rotations.get(site="Limit Site 3")

    response = owner_client.post(reverse("rotation_edit", args=[rotation.pk]), rotation_data())

    assert response.status_code == 302
    rotation.refresh_from_db()
    assert (rotation.site, rotation.start) == ("One Too Many Hospital", date(2028, 1, 3))
    assert counts(full_owner)[0] == ROTATIONS


def test_a_web_import_over_the_limit_is_refused_with_the_message_and_writes_nothing(
    owner_client: Client, owner: User, rotation: Rotation
) -> None:
    content = json.dumps(export_document(ROTATIONS + 1)).encode()

    response = upload(owner_client, content, replace=True)

    assert response.status_code == 400
    page = response.content.decode()
    assert "Nothing was imported." in page
    assert f"{ROTATIONS + 1} rotations would be more than the {ROTATIONS} an account can" in page
    assert list(Rotation.objects.filter(owner=owner)) == [rotation]


def test_a_web_import_at_the_limit_is_accepted(owner_client: Client, owner: User) -> None:
    response = upload(owner_client, json.dumps(export_document(ROTATIONS)).encode())

    assert response.status_code == 302
    assert counts(owner) == (ROTATIONS, MILESTONES)


def test_an_oversized_upload_gets_413_before_anything_reads_it(
    owner_client: Client, owner: User
) -> None:
    # A valid export padded past the limit: had the view run, it would have imported it.
    document = json.dumps(export_document(1)).encode()
    content = document + b" " * (defaults.REQUEST_MAX_BYTES - len(document) + 1)

    response = upload(owner_client, content)

    assert response.status_code == 413
    assert not body_was_read(response)
    assert [t.name for t in response.templates][0] == "accounts/request_too_large.html"
    page = response.content.decode()
    assert TOO_LARGE_PAGE in page
    assert f"up to {defaults.IMPORT_MAX_BYTES // (1024 * 1024)} MB" in page
    assert counts(owner) == (0, 0)


def test_an_upload_just_over_the_import_size_reaches_the_view_and_is_refused_there(
    owner_client: Client, owner: User
) -> None:
    response = upload(owner_client, b" " * (defaults.IMPORT_MAX_BYTES + 1))

    assert response.status_code == 400
    assert "a lorkit export is far smaller" in response.content.decode()
    assert counts(owner) == (0, 0)


@pytest.mark.parametrize("path", ["/login/", "/backup/", "/no-such-page/"])
def test_any_request_declaring_a_huge_body_gets_413_without_it_being_read(
    client: Client, path: str
) -> None:
    response = client.post(
        path,
        data=b"x",
        content_type="application/octet-stream",
        CONTENT_LENGTH=str(10 * 1024**3),
    )

    assert response.status_code == 413
    assert not body_was_read(response)
    assert TOO_LARGE_PAGE in response.content.decode()


def test_a_form_field_larger_than_any_form_needs_is_refused(
    owner_client: Client, owner: User, rotation: Rotation
) -> None:
    intro = rotation.milestones.get(key="intro")

    response = owner_client.post(
        reverse("milestone_status", args=[intro.pk]),
        {"status": "done", "note": "x" * defaults.FORM_MAX_BYTES},
    )

    assert response.status_code == 400
    intro.refresh_from_db()
    assert (intro.status, intro.note) == ("open", "")


def page_queries(client: Client) -> dict[str, tuple[int, int]]:
    """Each page's status code and query count."""
    measured = {}
    for name in PAGES_AT_THE_LIMIT:
        client.get(reverse(name))  # the first view of a page may fill caches
        with CaptureQueriesContext(connection) as captured:
            response = client.get(reverse(name))
        measured[name] = (response.status_code, len(captured))
    return measured


def test_the_pages_of_a_full_account_issue_as_many_queries_as_with_one_rotation(
    owner_client: Client, owner: User, rotation: Rotation, set_today: Any
) -> None:
    set_today(date(2027, 1, 20))  # rotations under way, milestones overdue and due
    with_one = page_queries(owner_client)
    workspace_import(owner=owner, document=export_document(ROTATIONS), replace=True)

    at_the_limit = page_queries(owner_client)

    assert at_the_limit == with_one
    assert {status for status, _ in at_the_limit.values()} == {200}
    rotation_list = owner_client.get(reverse("rotation_list")).content.decode()
    assert rotation_list.count("Limit Site") == ROTATIONS


def post_raw(address: tuple[str, int], length: int, body: bytes) -> tuple[int, bytes]:
    """POST /backup/ declaring `length` bytes and sending `body`; the status and page."""
    server = http.client.HTTPConnection(*address, timeout=10)
    server.putrequest("POST", "/backup/")
    server.putheader("Content-Type", "application/octet-stream")
    server.putheader("Content-Length", str(length))
    server.endheaders()
    if body:
        server.send(body)
    response = server.getresponse()
    page = response.read()
    server.close()
    return response.status, page


def test_over_http_a_body_a_little_too_large_gets_lorkits_own_page(
    served: tuple[str, int],
) -> None:
    size = defaults.REQUEST_MAX_BYTES + 1

    status, page = post_raw(served, size, b"x" * size)

    assert status == 413
    assert TOO_LARGE_PAGE.encode() in page


def test_over_http_the_server_refuses_a_huge_body_without_receiving_it(
    served: tuple[str, int],
) -> None:
    # Without the limit waitress would wait for the body, and this would time out.
    status, page = post_raw(served, defaults.SERVER_BODY_MAX_BYTES + 1, b"")

    assert status == 413
    assert b"Request Entity Too Large" in page  # waitress answered; lorkit never saw it
