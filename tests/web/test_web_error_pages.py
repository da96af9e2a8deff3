"""Refusals are lorkit pages with a way back, not Django's bare ones."""

from __future__ import annotations

from django.template.loader import render_to_string
from django.test import Client
from django.urls import reverse

from lorkit.plans.models import Rotation


def test_an_unknown_address_is_a_lorkit_page_with_a_way_back(owner_client: Client) -> None:
    response = owner_client.get("/no/such/page/")

    page = response.content.decode()
    assert response.status_code == 404
    assert "Nothing here" in page
    assert 'href="/">Back to today' in page


def test_another_users_rotation_looks_like_any_missing_page(
    outsider_client: Client, rotation: Rotation
) -> None:
    response = outsider_client.get(reverse("rotation_detail", args=[rotation.pk]))

    assert response.status_code == 404
    assert "Nothing here" in response.content.decode()


def test_a_wrong_method_is_a_lorkit_page_and_keeps_the_allow_header(
    owner_client: Client,
) -> None:
    response = owner_client.get(reverse("calendar_regenerate"))

    assert response.status_code == 405
    assert response["Allow"] == "POST"
    assert "That cannot be done here" in response.content.decode()


def test_an_expired_form_says_so_and_how_to_carry_on(owner_client: Client) -> None:
    strict = Client(enforce_csrf_checks=True)
    strict.cookies = owner_client.cookies

    response = strict.post(reverse("calendar_regenerate"))

    page = response.content.decode()
    assert response.status_code == 403
    assert "That form had expired" in page
    assert "reload the page" in page


def test_the_server_error_page_renders_without_a_request() -> None:
    page = render_to_string("500.html")

    assert "Something went wrong on our side" in page
    assert 'href="/">Back to today' in page
