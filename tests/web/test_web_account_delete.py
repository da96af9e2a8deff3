"""Deleting an account: the page offers the export first, the current password confirms (and
counts like a log-in), and the right one removes everything the account owns and nothing of
anyone else's."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from django.apps import apps
from django.db import models
from django.http import HttpResponseBase
from django.test import Client
from django.urls import reverse

from lorkit.accounts.models import Profile, User
from lorkit.core import defaults
from lorkit.core.throttles import LOGIN_BY_ADDRESS, LOGIN_BY_USERNAME
from lorkit.feeds.models import CalendarFeed
from lorkit.feeds.services import feed_regenerate
from lorkit.plans.models import Milestone, Rotation
from throttle_windows import start_well_inside_a_window

PER_USERNAME, _ = defaults.FAILED_LOGINS_PER_USERNAME
LogIn = Callable[[User], Client]  # the client_for fixture


def owned_rows(user_id: int) -> dict[str, int]:
    return {
        "users": User.objects.filter(pk=user_id).count(),
        "profiles": Profile.objects.filter(user_id=user_id).count(),
        "rotations": Rotation.objects.filter(owner_id=user_id).count(),
        "milestones": Milestone.objects.filter(rotation__owner_id=user_id).count(),
        "feeds": CalendarFeed.objects.filter(owner_id=user_id).count(),
    }


@pytest.fixture
def two_workspaces(owner: User, outsider: User, rotation: Rotation, add_rotation) -> None:
    """The owner's and the outsider's data side by side, each with a rotation and a feed."""
    add_rotation(outsider, date(2027, 2, 1), site="Mallory General")
    feed_regenerate(owner=owner)
    feed_regenerate(owner=outsider)


def delete_with(client: Client, password: str) -> HttpResponseBase:
    return client.post(reverse("account_delete"), {"password": password})


def test_the_profile_page_links_to_account_deletion(owner_client: Client) -> None:
    page = owner_client.get(reverse("profile")).content.decode()

    assert f'href="{reverse("account_delete")}"' in page


def test_the_page_says_what_is_deleted_and_offers_the_export_before_the_form(
    owner_client: Client,
) -> None:
    page = owner_client.get(reverse("account_delete")).content.decode()

    for deleted in ("profile", "every rotation", "milestones and notes", "calendar subscription"):
        assert deleted in page
    export_link = page.index(f'href="{reverse("export_download")}"')
    assert export_link < page.index('<form method="post">', page.index("<main"))
    assert 'autocomplete="current-password"' in page


def test_a_wrong_password_deletes_nothing_and_says_so(
    client_for: LogIn, owner: User, two_workspaces: None
) -> None:
    client = client_for(owner)
    before = owned_rows(owner.pk)

    response = delete_with(client, "not-my-password")

    assert response.status_code == 200
    assert "That is not your password. Nothing was deleted." in response.content.decode()
    assert owned_rows(owner.pk) == before
    assert min(before.values()) == 1
    assert client.get(reverse("dashboard")).status_code == 200


def test_an_empty_password_checks_nothing(owner_client: Client, owner: User) -> None:
    response = owner_client.post(reverse("account_delete"), {"password": ""})

    assert response.status_code == 200
    assert response.context["form"].errors == {"password": ["This field is required."]}
    assert User.objects.filter(pk=owner.pk).exists()


def test_the_right_password_deletes_the_account_and_everything_it_owns(
    client_for: LogIn, owner: User, outsider: User, two_workspaces: None, password: str
) -> None:
    client = client_for(owner)
    owner_id = owner.pk
    outsiders_before = owned_rows(outsider.pk)

    response = client.post(reverse("account_delete"), {"password": password})

    assert response.status_code == 302
    assert response["Location"] == reverse("login")
    assert owned_rows(owner_id) == dict.fromkeys(owned_rows(owner_id), 0)
    assert owned_rows(outsider.pk) == outsiders_before
    assert min(outsiders_before.values()) == 1  # the outsider had at least one of everything


def test_after_deletion_the_session_is_over_and_the_login_page_says_so(
    client_for: LogIn, owner: User, password: str
) -> None:
    client = client_for(owner)

    page = client.post(reverse("account_delete"), {"password": password}, follow=True)

    assert page.redirect_chain == [(reverse("login"), 302)]
    assert "Your account and everything in it have been deleted." in page.content.decode()
    assert "_auth_user_id" not in client.session
    assert client.get(reverse("dashboard"))["Location"].startswith(reverse("login"))


def test_a_session_on_another_device_ends_too(
    client_for: LogIn, owner: User, password: str
) -> None:
    phone = client_for(owner)
    laptop = client_for(owner)

    delete_with(laptop, password)

    response = phone.get(reverse("dashboard"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_the_deleted_accounts_calendar_address_stops_working(
    client_for: LogIn, owner: User, password: str
) -> None:
    feed_url = reverse("calendar_feed", kwargs={"token": feed_regenerate(owner=owner).token})
    assert Client().get(feed_url).status_code == 200

    delete_with(client_for(owner), password)

    assert Client().get(feed_url).status_code == 404


def test_the_deleted_username_can_no_longer_log_in(
    client_for: LogIn, owner: User, password: str
) -> None:
    delete_with(client_for(owner), password)

    response = Client().post(reverse("login"), {"username": "alice", "password": password})

    assert response.status_code == 200
    assert "_auth_user_id" not in response.wsgi_request.session


def test_wrong_passwords_count_against_the_login_throttle(
    client_for: LogIn, owner: User, password: str
) -> None:
    start_well_inside_a_window(LOGIN_BY_ADDRESS, LOGIN_BY_USERNAME)
    client = client_for(owner)
    statuses = [delete_with(client, "wrong-guess").status_code for _ in range(PER_USERNAME)]

    refused = delete_with(client, password)

    assert statuses == [200] * PER_USERNAME
    assert refused.status_code == 429
    assert User.objects.filter(pk=owner.pk).exists()


def test_failed_logins_count_against_deletion_too(
    client_for: LogIn, owner: User, password: str
) -> None:
    start_well_inside_a_window(LOGIN_BY_USERNAME)
    for n in range(PER_USERNAME):
        Client().post(
            reverse("login"),
            {"username": "alice", "password": "wrong-guess"},
            REMOTE_ADDR=f"198.51.100.{n}",
        )

    response = delete_with(client_for(owner), password)

    assert response.status_code == 429
    assert User.objects.filter(pk=owner.pk).exists()


def test_every_model_that_points_at_a_user_is_deleted_with_it() -> None:
    """A model added later with PROTECT or SET_NULL towards the user would make deletion fail
    or leave the applicant's rows behind; this names it."""
    pointing = {
        f"{model._meta.label}.{field.name}": field.remote_field.on_delete
        for model in apps.get_models()
        for field in model._meta.get_fields()
        if (field.many_to_one or field.one_to_one)
        and field.concrete
        and field.related_model is User
    }

    assert {"accounts.Profile.user", "plans.Rotation.owner", "feeds.CalendarFeed.owner"} <= set(
        pointing
    )
    assert [name for name, rule in pointing.items() if rule is not models.CASCADE] == []
