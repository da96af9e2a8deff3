"""Guessing passwords costs the guesser: throttles per address and per username stop
password checks before any hashing, every password check counts (log-in and the current
password on the change page), sign-ups are limited, and behind a configured proxy each client
is counted by its own address."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any

import pytest
from django.contrib.auth import forms as auth_forms
from django.test import Client
from django.urls import reverse

from lorkit.accounts import throttle
from lorkit.accounts.models import User
from lorkit.core import defaults

PER_ADDRESS, _ = defaults.FAILED_LOGINS_PER_ADDRESS
PER_USERNAME, _ = defaults.FAILED_LOGINS_PER_USERNAME
SIGNUPS, _ = defaults.SIGNUPS_PER_ADDRESS


@pytest.fixture(autouse=True)
def one_throttle_window(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep every attempt of a test in one throttle window: a test that straddled a window's
    end would see its counts start afresh. Only the throttle's clock stops."""
    fixed = datetime(2027, 1, 4, 12, 1, tzinfo=UTC)
    monkeypatch.setattr(throttle, "timezone", SimpleNamespace(now=lambda: fixed))


@pytest.fixture
def password_checks(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every call Django's log-in form makes to authenticate, i.e. every password hashed."""
    seen: list[str] = []
    real = auth_forms.authenticate

    def counting(request: Any = None, **credentials: Any) -> Any:
        seen.append(str(credentials.get("username")))
        return real(request, **credentials)

    monkeypatch.setattr(auth_forms, "authenticate", counting)
    yield seen


def guess(client: Client, username: str, address: str, password: str = "wrong-guess") -> int:
    response = client.post(
        reverse("login"), {"username": username, "password": password}, REMOTE_ADDR=address
    )
    return response.status_code


def test_guesses_spread_over_many_addresses_still_add_up_on_the_username(
    client: Client, owner: User, password_checks: list[str]
) -> None:
    addresses = [f"198.51.100.{n}" for n in range(20)]
    statuses = [guess(client, "alice", addresses[n % 20]) for n in range(80)]

    assert statuses[:PER_USERNAME] == [200] * PER_USERNAME
    assert set(statuses[PER_USERNAME:]) == {429}
    assert len(password_checks) == PER_USERNAME  # the other 70 were refused before hashing


def test_a_password_spray_from_one_address_is_cut_off(
    client: Client, db: None, password_checks: list[str]
) -> None:
    statuses = [guess(client, f"user{n}", "203.0.113.7") for n in range(100)]

    assert statuses[:PER_ADDRESS] == [200] * PER_ADDRESS
    assert set(statuses[PER_ADDRESS:]) == {429}
    assert len(password_checks) == PER_ADDRESS


def test_the_throttle_page_says_how_long_to_wait(client: Client, owner: User) -> None:
    for _ in range(PER_USERNAME):
        guess(client, "alice", "198.51.100.1")

    response = client.post(
        reverse("login"), {"username": "ALICE", "password": "x"}, REMOTE_ADDR="198.51.100.2"
    )

    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert "Too many attempts" in response.content.decode()


def test_a_forwarded_header_cannot_fake_new_addresses_without_a_configured_proxy(
    client: Client, db: None
) -> None:
    statuses = [
        client.post(
            reverse("login"),
            {"username": f"user{n}", "password": "x"},
            REMOTE_ADDR="203.0.113.7",
            HTTP_X_FORWARDED_FOR=f"10.0.0.{n}",
        ).status_code
        for n in range(PER_ADDRESS + 1)
    ]

    assert statuses[-1] == 429


def test_behind_a_proxy_one_client_locking_itself_out_does_not_lock_out_another(
    client_for: Any, owner: User, password: str, settings: Any
) -> None:
    settings.LORKIT_PROXY_COUNT = 1
    proxy = {"REMOTE_ADDR": "10.0.0.1"}
    attacker, owner_browser = Client(), Client()
    for _ in range(defaults.LOGIN_FAILURE_LIMIT):
        attacker.post(
            reverse("login"),
            {"username": "alice", "password": "wrong"},
            HTTP_X_FORWARDED_FOR="203.0.113.66",
            **proxy,  # type: ignore[arg-type]
        )
    locked = attacker.post(
        reverse("login"),
        {"username": "alice", "password": password},
        HTTP_X_FORWARDED_FOR="203.0.113.66",
        **proxy,  # type: ignore[arg-type]
    )

    welcome = owner_browser.post(
        reverse("login"),
        {"username": "alice", "password": password},
        HTTP_X_FORWARDED_FOR="198.51.100.20",
        **proxy,  # type: ignore[arg-type]
    )

    assert locked.status_code == 429
    assert welcome.status_code == 302


def test_a_wrong_current_password_on_the_change_page_counts_like_a_failed_login(
    owner_client: Client,
) -> None:
    def change(old: str) -> int:
        form = {
            "old_password": old,
            "new_password1": "a-new-long-phrase",
            "new_password2": "a-new-long-phrase",
        }
        return owner_client.post(reverse("password_change"), form).status_code

    statuses = [change(f"guess-{n}") for n in range(PER_USERNAME + 1)]

    assert statuses[:PER_USERNAME] == [200] * PER_USERNAME
    assert statuses[-1] == 429


def test_sign_ups_from_one_address_are_limited(client: Client, db: None) -> None:
    def sign_up(n: int) -> int:
        form = {
            "username": f"new{n}",
            "password1": "a-long-phrase-9",
            "password2": "a-long-phrase-9",
        }
        fresh = Client()
        return fresh.post(reverse("signup"), form, REMOTE_ADDR="203.0.113.9").status_code

    statuses = [sign_up(n) for n in range(SIGNUPS + 1)]

    assert statuses[:SIGNUPS] == [302] * SIGNUPS
    assert statuses[-1] == 429
    assert User.objects.count() == SIGNUPS


# Passwords and usernames at sign-up.


def signup_errors(client: Client, username: str, password: str) -> dict[str, list[str]]:
    form = {"username": username, "password1": password, "password2": password}
    response = client.post(reverse("signup"), form)
    if response.status_code == 302:
        return {}
    errors: dict[str, list[str]] = response.context["form"].errors
    return errors


@pytest.mark.parametrize("password", ["Passw0rd!", "PASSWORD2024!", "P@ssw0rd123", "Iloveyou123"])
def test_common_passwords_are_refused_however_they_are_dressed(
    client: Client, db: None, password: str
) -> None:
    assert "password2" in signup_errors(client, "newcomer", password)
    assert not User.objects.filter(username="newcomer").exists()


def test_a_password_under_ten_characters_is_refused(client: Client, db: None) -> None:
    errors = signup_errors(client, "newcomer", "k7#mQ2vz!")

    assert any("at least 10 characters" in message for message in errors["password2"])


def test_a_username_is_stored_in_one_spelling_and_logs_in_however_typed(
    client: Client, db: None
) -> None:
    assert signup_errors(client, "  Amara.Okafor ", "ward-rounds-at-dawn") == {}
    client.logout()

    response = Client().post(
        reverse("login"), {"username": "AMARA.OKAFOR", "password": "ward-rounds-at-dawn"}
    )

    assert User.objects.get().username == "amara.okafor"
    assert response.status_code == 302


@pytest.mark.parametrize("username", ["ALICE", "alice ", "ａｌｉｃｅ"])
def test_a_spelling_of_a_taken_username_is_taken(
    client: Client, owner: User, username: str
) -> None:
    assert "username" in signup_errors(client, username, "ward-rounds-at-dawn")


def test_a_look_alike_username_with_cyrillic_letters_is_refused(
    client: Client, owner: User
) -> None:
    errors = signup_errors(client, "\u0430lice", "ward-rounds-at-dawn")  # Cyrillic а

    assert "username" in errors
    assert User.objects.count() == 1
