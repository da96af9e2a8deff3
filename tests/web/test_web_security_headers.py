"""Headers and sessions: private pages stay out of caches, browsers get a permissions policy,
HTTPS is enforced when configured, sessions end when left idle, and the client's address is
read from a proxy's header only when lorkit is told a proxy is there."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from typing import Any

import pytest
from django.test import Client, RequestFactory, override_settings
from django.urls import reverse

from lorkit.accounts.models import User
from lorkit.accounts.security import LAST_SEEN_KEY, STARTED_KEY, client_address
from lorkit.core import defaults
from lorkit.feeds.services import feed_regenerate
from lorkit.plans.models import Rotation

PRIVATE_PAGES = ["dashboard", "week", "rotation_list", "calendar", "profile", "backup"]


@pytest.mark.parametrize("name", [*PRIVATE_PAGES, "export_download", "calendar_download"])
def test_private_pages_are_never_stored_by_a_cache(
    owner_client: Client, rotation: Rotation, name: str
) -> None:
    response = owner_client.get(reverse(name))

    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


def test_the_feed_keeps_its_own_short_private_caching(owner: User) -> None:
    token = feed_regenerate(owner=owner).token

    response = Client().get(reverse("calendar_feed", kwargs={"token": token}))

    assert response["Cache-Control"] == f"private, max-age={defaults.CALENDAR_FEED_CACHE_SECONDS}"


@pytest.mark.parametrize("name", ["login", "signup"])
def test_every_page_denies_unused_browser_features(client: Client, db: None, name: str) -> None:
    policy = client.get(reverse(name))["Permissions-Policy"]

    assert "camera=()" in policy
    assert "geolocation=()" in policy
    assert "microphone=()" in policy


def settings_under(environment: dict[str, str]) -> dict[str, Any]:
    """lorkit.settings as a fresh interpreter reads it under these environment variables."""
    probe = (
        "import json, lorkit.settings as s; print(json.dumps({name: getattr(s, name, None) "
        "for name in ('SECURE_SSL_REDIRECT', 'SECURE_HSTS_SECONDS', 'SESSION_COOKIE_SECURE', "
        "'CSRF_COOKIE_SECURE', 'SECURE_PROXY_SSL_HEADER', 'LORKIT_PROXY_COUNT')}))"
    )
    env = {**os.environ, **environment}
    output = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True
    )
    result: dict[str, Any] = json.loads(output.stdout)
    return result


def test_https_mode_redirects_sets_hsts_and_secures_cookies() -> None:
    read = settings_under({"LORKIT_HTTPS": "true"})

    assert read["SECURE_SSL_REDIRECT"] is True
    assert read["SECURE_HSTS_SECONDS"] == defaults.HSTS_SECONDS
    assert read["SESSION_COOKIE_SECURE"] is True
    assert read["CSRF_COOKIE_SECURE"] is True


def test_a_laptop_install_needs_none_of_it() -> None:
    read = settings_under({"LORKIT_HTTPS": "false", "LORKIT_PROXY_COUNT": "0"})

    assert read["SECURE_SSL_REDIRECT"] is False
    assert read["SECURE_HSTS_SECONDS"] == 0
    assert read["SECURE_PROXY_SSL_HEADER"] is None


def test_behind_a_proxy_its_scheme_header_is_believed() -> None:
    read = settings_under({"LORKIT_PROXY_COUNT": "1"})

    assert read["SECURE_PROXY_SSL_HEADER"] == ["HTTP_X_FORWARDED_PROTO", "https"]


@override_settings(SECURE_SSL_REDIRECT=True, SECURE_HSTS_SECONDS=defaults.HSTS_SECONDS)
def test_with_https_on_plain_http_is_redirected_and_https_carries_hsts(
    client: Client, db: None
) -> None:
    plain = client.get("/login/")
    secure = client.get("/login/", secure=True)

    assert plain.status_code == 301
    assert plain["Location"] == "https://testserver/login/"
    assert secure["Strict-Transport-Security"] == f"max-age={defaults.HSTS_SECONDS}"


@override_settings(
    SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https"),
    ALLOWED_HOSTS=["lorkit.example.org"],
)
def test_behind_a_tls_proxy_the_feed_address_is_https(owner_client: Client) -> None:
    proxied = {"HTTP_X_FORWARDED_PROTO": "https", "HTTP_HOST": "lorkit.example.org"}
    owner_client.post(reverse("calendar_regenerate"), **proxied)  # type: ignore[arg-type]

    page = owner_client.get(reverse("calendar"), **proxied)  # type: ignore[arg-type]

    assert 'value="https://lorkit.example.org/calendar/feed/' in page.content.decode()


# The client's address, as login throttling sees it.


@pytest.mark.parametrize(
    ("proxies", "forwarded", "address"),
    [
        (0, "203.0.113.9", "192.0.2.1"),  # no proxy configured: a client's header is ignored
        (1, "203.0.113.9", "203.0.113.9"),
        (1, "10.9.9.9, 203.0.113.9", "203.0.113.9"),  # the client's own claim sits leftmost
        (2, "10.9.9.9, 203.0.113.9, 198.51.100.7", "203.0.113.9"),
        (2, "203.0.113.9", "192.0.2.1"),  # fewer entries than proxies: fall back
        (1, "", "192.0.2.1"),
    ],
)
def test_the_client_address_trusts_only_the_configured_proxies(
    settings: Any, proxies: int, forwarded: str, address: str
) -> None:
    settings.LORKIT_PROXY_COUNT = proxies
    request = RequestFactory().get(
        "/login/", REMOTE_ADDR="192.0.2.1", HTTP_X_FORWARDED_FOR=forwarded
    )

    assert client_address(request) == address


# Sessions end when left idle, and a while after login whatever the activity.


def age_session(client: Client, *, idle_minutes: float = 0, age_days: float = 0) -> None:
    session = client.session
    now = time.time()
    session[LAST_SEEN_KEY] = now - idle_minutes * 60
    session[STARTED_KEY] = now - age_days * 86400
    session.save()


def test_an_active_session_carries_on(owner_client: Client) -> None:
    age_session(owner_client, idle_minutes=defaults.SESSION_IDLE_MINUTES - 5)

    assert owner_client.get(reverse("dashboard")).status_code == 200


def test_a_session_left_idle_ends_and_asks_to_log_in_again(owner_client: Client) -> None:
    age_session(owner_client, idle_minutes=defaults.SESSION_IDLE_MINUTES + 1)

    response = owner_client.get(reverse("week"))

    assert response.status_code == 302
    assert response["Location"] == "/login/?next=/week/"
    assert owner_client.get(reverse("dashboard")).status_code == 302  # logged out for good


def test_a_session_ends_after_its_lifetime_even_when_busy(owner_client: Client) -> None:
    age_session(owner_client, age_days=defaults.SESSION_MAX_DAYS + 0.1)

    assert owner_client.get(reverse("dashboard")).status_code == 302


def test_the_session_cookie_lasts_no_longer_than_the_session(owner_client: Client) -> None:
    response = owner_client.get(reverse("dashboard"))

    cookie = response.cookies.get("sessionid")
    assert cookie is None or int(cookie["max-age"]) <= defaults.SESSION_MAX_DAYS * 86400
