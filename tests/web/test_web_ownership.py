"""Every object has an owner: an outsider gets 404 and changes nothing; wrong methods get 405."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from lorkit.accounts.models import User
from lorkit.feeds.models import CalendarFeed
from lorkit.feeds.services import feed_regenerate
from lorkit.plans.models import Milestone, Rotation

SITE = "Example Teaching Hospital"

ROTATION_REQUESTS = [
    ("get", "rotation_detail", {}),
    ("get", "rotation_edit", {}),
    (
        "post",
        "rotation_edit",
        {
            "site": "Taken Over",
            "kind": "observership",
            "setting": "outpatient",
            "start": "2027-06-01",
            "end": "2027-06-05",
        },
    ),
    ("get", "rotation_delete", {}),
    ("post", "rotation_delete", {}),
]


def workspace_state(rotation: Rotation) -> tuple[object, ...]:
    """Everything about a rotation an outsider might try to change, read fresh."""
    rotation.refresh_from_db()
    milestones = Milestone.objects.filter(rotation=rotation).order_by("key")
    return (
        rotation.site,
        rotation.kind,
        rotation.setting,
        rotation.start,
        rotation.end,
        tuple(milestones.values_list("key", "start", "end", "status", "note", "closed_on")),
    )


@pytest.mark.parametrize(("method", "url_name", "data"), ROTATION_REQUESTS)
def test_an_outsider_gets_404_for_the_owners_rotation(
    outsider_client: Client, rotation: Rotation, method: str, url_name: str, data: dict[str, str]
) -> None:
    before = workspace_state(rotation)

    response = getattr(outsider_client, method)(reverse(url_name, args=[rotation.pk]), data)

    assert response.status_code == 404
    assert SITE not in response.content.decode()
    assert workspace_state(rotation) == before


@pytest.mark.parametrize(("method", "url_name", "data"), ROTATION_REQUESTS)
def test_the_owner_reaches_the_same_rotation_views(
    owner_client: Client, rotation: Rotation, method: str, url_name: str, data: dict[str, str]
) -> None:
    response = getattr(owner_client, method)(reverse(url_name, args=[rotation.pk]), data)

    assert response.status_code in {200, 302}


@pytest.mark.parametrize("status", ["done", "skipped"])
def test_an_outsider_gets_404_when_setting_the_owners_milestone_status(
    outsider_client: Client, rotation: Rotation, status: str
) -> None:
    milestone = rotation.milestones.get(key="intro")
    before = workspace_state(rotation)

    response = outsider_client.post(
        reverse("milestone_status", args=[milestone.pk]), {"status": status, "note": "mine now"}
    )

    assert response.status_code == 404
    milestone.refresh_from_db()
    assert (milestone.status, milestone.note, milestone.closed_on) == ("open", "", None)
    assert workspace_state(rotation) == before


def test_an_outsider_gets_404_for_the_owners_milestone_over_htmx(
    outsider_client: Client, rotation: Rotation
) -> None:
    milestone = rotation.milestones.get(key="intro")

    response = outsider_client.post(
        reverse("milestone_status", args=[milestone.pk]),
        {"status": "done"},
        HTTP_HX_REQUEST="true",
    )

    assert response.status_code == 404
    milestone.refresh_from_db()
    assert milestone.status == "open"


def test_an_unknown_rotation_id_is_404_for_the_owner_too(
    owner_client: Client, rotation: Rotation
) -> None:
    response = owner_client.get(reverse("rotation_detail", args=[rotation.pk + 1000]))

    assert response.status_code == 404


# GET on a step's form address shows the step on its rotation page (tests/web/test_web_taps.py).
WRONG_METHODS = [
    ("put", "milestone_status"),
    ("get", "calendar_regenerate"),
    ("get", "calendar_revoke"),
    ("post", "export_download"),
    ("post", "calendar_download"),
    ("put", "rotation_new"),
    ("put", "rotation_edit"),
    ("delete", "rotation_delete"),
    ("put", "profile"),
    ("delete", "backup"),
]


def url_for(url_name: str, rotation: Rotation) -> str:
    if url_name == "milestone_status":
        return reverse(url_name, args=[rotation.milestones.get(key="intro").pk])
    if url_name.startswith("rotation_") and url_name != "rotation_new":
        return reverse(url_name, args=[rotation.pk])
    return reverse(url_name)


@pytest.mark.parametrize(("method", "url_name"), WRONG_METHODS)
def test_a_wrong_method_gets_405_and_changes_nothing(
    owner_client: Client, owner: User, rotation: Rotation, method: str, url_name: str
) -> None:
    feed = feed_regenerate(owner=owner)
    before = workspace_state(rotation)

    response = getattr(owner_client, method)(url_for(url_name, rotation))

    assert response.status_code == 405
    assert workspace_state(rotation) == before
    assert CalendarFeed.objects.get(owner=owner).token_hash == feed.feed.token_hash


def test_the_public_feed_refuses_post(client: Client, owner: User) -> None:
    feed = feed_regenerate(owner=owner)

    response = client.post(reverse("calendar_feed", kwargs={"token": feed.token}))

    assert response.status_code == 405


PAGES_LISTING_ROTATIONS = ["dashboard", "week", "rotation_list", "calendar_download"]


@pytest.mark.parametrize("url_name", [*PAGES_LISTING_ROTATIONS, "export_download"])
def test_the_owners_rotation_appears_on_the_owners_pages_only(
    client_for: Any,
    owner: User,
    outsider: User,
    rotation: Rotation,
    add_rotation: Any,
    set_today: Any,
    url_name: str,
) -> None:
    set_today(date(2027, 1, 20))
    add_rotation(outsider, date(2027, 1, 11), 21, site="Mallory Memorial")
    url = reverse(url_name)

    owners_page = client_for(owner).get(url).content.decode()
    outsiders_page = client_for(outsider).get(url).content.decode()

    assert SITE in owners_page
    assert "Mallory Memorial" not in owners_page
    assert "Mallory Memorial" in outsiders_page
    assert SITE not in outsiders_page
    assert "Dr. Rivera" not in outsiders_page


def test_an_outsiders_rotation_count_on_the_list_is_their_own(
    outsider_client: Client, rotation: Rotation
) -> None:
    response = outsider_client.get(reverse("rotation_list"))

    assert list(response.context["rotations"]) == []
