"""Usernames in one spelling, common passwords however dressed, and fixed-window throttles."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from lorkit.core.credentials import is_common_password, normalize_username, username_problem
from lorkit.core.throttles import Throttle

COMMON = {"password", "iloveyou", "qwerty123", "letmein"}


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("Alice", "alice"), ("  bob  ", "bob"), ("ＡＬＩＣＥ", "alice"), ("Straße", "strasse")],
)
def test_a_username_is_folded_to_one_spelling(typed: str, stored: str) -> None:
    assert normalize_username(typed) == stored


@pytest.mark.parametrize(
    ("username", "usable"),
    [
        ("alice", True),
        ("amara.okafor", True),
        ("a_b-c@d+e", True),
        ("al", False),
        ("a" * 151, False),
        ("\u0430lice", False),  # Cyrillic а looks like a Latin a
        ("jo smith", False),
        ("josé", False),
    ],
)
def test_usernames_are_short_plain_ascii(username: str, usable: bool) -> None:
    assert (username_problem(username) is None) is usable


@pytest.mark.parametrize(
    ("password", "common"),
    [
        ("password", True),
        ("Passw0rd!", True),
        ("P@ssw0rd2024", True),
        ("!!Letmein99", True),
        ("QWERTY123", True),
        ("1l0v3y0u", True),
        ("ward-rounds-at-dawn", False),
        ("correct-horse-battery", False),
    ],
)
def test_common_passwords_are_caught_however_dressed(password: str, common: bool) -> None:
    assert is_common_password(password, COMMON) is common


NOON = datetime(2027, 1, 4, 12, 7, 30, tzinfo=UTC)
QUARTER_HOUR = Throttle("login-address", attempts=20, window_minutes=15)


def test_a_window_starts_on_its_boundary_so_every_process_agrees() -> None:
    assert QUARTER_HOUR.window_start(NOON) == datetime(2027, 1, 4, 12, 0, tzinfo=UTC)
    assert QUARTER_HOUR.window_start(NOON + timedelta(minutes=8)) == datetime(
        2027, 1, 4, 12, 15, tzinfo=UTC
    )


def test_the_wait_is_until_the_window_closes_rounded_up_to_a_minute() -> None:
    assert QUARTER_HOUR.retry_after(NOON) == timedelta(minutes=7, seconds=30)
    assert QUARTER_HOUR.retry_after_minutes(NOON) == 8


def test_keys_name_the_scope_and_stay_short() -> None:
    assert QUARTER_HOUR.key("203.0.113.7") == "login-address:203.0.113.7"
    assert len(QUARTER_HOUR.key("x" * 10_000)) < 250
