"""Password reset by email: the link works once and in time, the form never tells whether an
email has an account, requests are throttled before any mail is sent, and the email settings
come from the environment."""

from __future__ import annotations

import re
import runpy
from datetime import datetime, timedelta

import pytest
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.core import mail
from django.test import Client
from django.urls import reverse

from lorkit import settings as lorkit_settings
from lorkit.accounts.models import User
from lorkit.core import defaults
from lorkit.core.throttles import RESET_BY_ADDRESS, RESET_BY_EMAIL
from throttle_windows import start_well_inside_a_window

EMAIL = "alice@example.org"
NEW_PASSWORD = "a-fresh-passphrase-47"
PER_ADDRESS, _ = defaults.PASSWORD_RESETS_PER_ADDRESS
PER_EMAIL, _ = defaults.PASSWORD_RESETS_PER_EMAIL
EMAIL_VARIABLES = (
    "LORKIT_EMAIL_HOST",
    "LORKIT_EMAIL_PORT",
    "LORKIT_EMAIL_USER",
    "LORKIT_EMAIL_PASSWORD",
    "LORKIT_EMAIL_USE_TLS",
    "LORKIT_EMAIL_FROM",
)
LINK = re.compile(r"http://testserver(/password/reset/[^/\s]+/[^/\s]+/)")


@pytest.fixture
def alice(owner: User) -> User:
    owner.email = EMAIL
    owner.save(update_fields=["email"])
    return owner


def ask(client: Client, email: str, address: str = "198.51.100.1") -> int:
    response = client.post(reverse("password_reset"), {"email": email}, REMOTE_ADDR=address)
    return response.status_code


def emailed_link() -> str:
    found = LINK.findall(mail.outbox[-1].body)
    assert len(found) == 1
    return str(found[0])


def set_password_through(client: Client, link: str, password: str = NEW_PASSWORD) -> int:
    form = client.get(link, follow=True)
    assert form.context["validlink"] is True
    response = client.post(
        form.redirect_chain[-1][0], {"new_password1": password, "new_password2": password}
    )
    return response.status_code


def without_csrf_token(page: bytes) -> str:
    """The page with its CSRF token blanked: Django masks the token afresh on every render."""
    return re.sub(r'"X-CSRFToken": "[^"]+"', "", page.decode())


def logs_in(password: str) -> bool:
    response = Client().post(reverse("login"), {"username": "alice", "password": password})
    return response.status_code == 302


def test_the_login_page_offers_a_reset(client: Client, db: None) -> None:
    page = client.get(reverse("login")).content.decode()

    assert f'href="{reverse("password_reset")}"' in page
    assert "Forgot your password?" in page


def test_a_known_email_is_sent_one_plain_text_link(client: Client, alice: User) -> None:
    response = client.post(reverse("password_reset"), {"email": EMAIL})

    assert response.status_code == 302
    assert response["Location"] == reverse("password_reset_done")
    [message] = mail.outbox
    assert message.to == [EMAIL]
    assert message.subject == "Reset your lorkit password"
    assert getattr(message, "alternatives", []) == []  # plain text only
    assert emailed_link().startswith("/password/reset/")


def test_the_email_names_the_account_and_says_what_to_do_if_you_did_not_ask(
    client: Client, alice: User
) -> None:
    ask(client, "ALICE@Example.org")

    body = mail.outbox[0].body
    assert 'the lorkit account "alice"' in body
    assert f"within {defaults.PASSWORD_RESET_LINK_HOURS} hours" in body
    assert "If you did not ask for this, you can ignore this email." in body
    assert "&quot;" not in body  # plain text is not HTML-escaped


def test_the_link_sets_a_new_password_and_the_old_one_stops_working(
    client: Client, alice: User, password: str
) -> None:
    ask(client, EMAIL)

    assert set_password_through(client, emailed_link()) == 302
    assert logs_in(NEW_PASSWORD) is True
    assert logs_in(password) is False


def test_the_link_lands_on_the_lorkit_page_that_says_the_password_changed(
    client: Client, alice: User
) -> None:
    ask(client, EMAIL)
    form = client.get(emailed_link(), follow=True)

    done = client.post(
        form.redirect_chain[-1][0],
        {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
        follow=True,
    )

    assert done.redirect_chain[-1][0] == reverse("password_reset_complete")
    assert "Password changed" in done.content.decode()
    assert f'href="{reverse("login")}"' in done.content.decode()


def test_the_token_leaves_the_address_before_the_form_is_shown(client: Client, alice: User) -> None:
    ask(client, EMAIL)
    link = emailed_link()

    response = client.get(link)

    assert response.status_code == 302
    assert response["Location"].endswith("/set-password/")
    assert link.split("/")[-2] not in response["Location"]


def test_a_new_password_must_pass_the_validators(
    client: Client, alice: User, password: str
) -> None:
    ask(client, EMAIL)
    link = emailed_link()

    statuses = [set_password_through(client, link, weak) for weak in ("short1!", "Passw0rd!!")]

    assert statuses == [200, 200]
    assert logs_in(password) is True


def test_a_reset_logs_out_every_other_session(owner_client: Client, alice: User) -> None:
    ask(Client(), EMAIL)

    set_password_through(Client(), emailed_link())

    response = owner_client.get(reverse("dashboard"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_an_unknown_email_gets_the_same_answer_and_no_mail(client: Client, alice: User) -> None:
    known = client.post(reverse("password_reset"), {"email": EMAIL}, follow=True)
    unknown = client.post(reverse("password_reset"), {"email": "bob@example.org"}, follow=True)

    assert unknown.redirect_chain == known.redirect_chain
    assert without_csrf_token(unknown.content) == without_csrf_token(known.content)
    assert [message.to for message in mail.outbox] == [[EMAIL]]


def test_the_page_says_an_account_without_an_email_cannot_be_reset(
    client: Client, db: None
) -> None:
    page = client.get(reverse("password_reset")).content.decode()

    assert "An account made without an email address cannot be reset this way" in page


def test_an_account_without_an_email_gets_no_mail(client: Client, owner: User) -> None:
    assert owner.email == ""

    assert ask(client, "") == 200
    assert mail.outbox == []


def test_requests_for_one_email_are_throttled_before_any_mail_from_any_address(
    client: Client, alice: User
) -> None:
    start_well_inside_a_window(RESET_BY_ADDRESS, RESET_BY_EMAIL)
    statuses = [ask(client, EMAIL, f"198.51.100.{n}") for n in range(PER_EMAIL + 3)]

    assert statuses == [302] * PER_EMAIL + [429] * 3
    assert len(mail.outbox) == PER_EMAIL


def test_requests_from_one_address_are_throttled_whatever_the_email(
    client: Client, db: None
) -> None:
    start_well_inside_a_window(RESET_BY_ADDRESS, RESET_BY_EMAIL)
    statuses = [ask(client, f"user{n}@example.org", "203.0.113.7") for n in range(PER_ADDRESS + 3)]

    assert statuses == [302] * PER_ADDRESS + [429] * 3


def test_an_unknown_email_is_throttled_like_a_known_one(client: Client, alice: User) -> None:
    start_well_inside_a_window(RESET_BY_ADDRESS, RESET_BY_EMAIL)

    def statuses(email: str) -> list[int]:
        return [ask(client, email, f"192.0.2.{n}") for n in range(PER_EMAIL + 1)]

    assert statuses("bob@example.org") == statuses(EMAIL)


def test_the_throttle_counts_an_email_however_it_is_capitalised(
    client: Client, alice: User
) -> None:
    start_well_inside_a_window(RESET_BY_ADDRESS, RESET_BY_EMAIL)
    spellings = ["alice@example.org", "ALICE@example.org", "Alice@Example.Org"]

    statuses = [ask(client, spellings[n % 3], f"198.51.100.{n}") for n in range(PER_EMAIL + 1)]

    assert statuses[-1] == 429
    assert len(mail.outbox) == PER_EMAIL


def test_the_throttled_page_says_no_email_was_sent_and_how_long_to_wait(
    client: Client, alice: User
) -> None:
    start_well_inside_a_window(RESET_BY_ADDRESS, RESET_BY_EMAIL)
    for n in range(PER_EMAIL):
        ask(client, EMAIL, f"198.51.100.{n}")

    response = client.post(reverse("password_reset"), {"email": EMAIL})

    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert "No email was sent this time." in response.content.decode()


def test_a_guessed_link_shows_the_lorkit_page_and_changes_nothing(
    client: Client, alice: User, password: str
) -> None:
    response = client.get("/password/reset/MQ/c0ffee-0123456789abcdef/")

    page = response.content.decode()
    assert response.status_code == 200
    assert "This reset link does not work" in page
    assert f'href="{reverse("password_reset")}"' in page
    assert "<form" not in page.split("<main", 1)[1]
    assert logs_in(password) is True


def test_a_used_link_does_not_work_twice(client: Client, alice: User) -> None:
    ask(client, EMAIL)
    link = emailed_link()
    set_password_through(client, link)

    again = Client().get(link, follow=True)

    assert again.context["validlink"] is False
    assert "This reset link does not work" in again.content.decode()


def test_an_expired_link_does_not_work(
    client: Client, alice: User, password: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    ask(client, EMAIL)
    late = timedelta(hours=defaults.PASSWORD_RESET_LINK_HOURS, minutes=1)
    monkeypatch.setattr(PasswordResetTokenGenerator, "_now", lambda self: datetime.now() + late)

    response = client.get(emailed_link(), follow=True)

    assert response.redirect_chain == []
    assert "This reset link does not work" in response.content.decode()
    assert logs_in(password) is True


def test_a_link_just_inside_its_lifetime_still_works(
    client: Client, alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    ask(client, EMAIL)
    early = timedelta(hours=defaults.PASSWORD_RESET_LINK_HOURS, minutes=-1)
    monkeypatch.setattr(PasswordResetTokenGenerator, "_now", lambda self: datetime.now() + early)

    assert set_password_through(client, emailed_link()) == 302


def email_settings(monkeypatch: pytest.MonkeyPatch, **environment: str) -> dict[str, object]:
    """A fresh reading of lorkit/settings.py under the given environment."""
    for name in EMAIL_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(lorkit_settings.__file__)


def test_without_an_email_host_mail_is_printed_to_the_console(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings = email_settings(monkeypatch)

    assert settings["EMAIL_BACKEND"] == "django.core.mail.backends.console.EmailBackend"
    assert settings["PASSWORD_RESET_TIMEOUT"] == defaults.PASSWORD_RESET_LINK_HOURS * 3600


def test_an_email_host_sends_by_smtp_with_the_configured_account(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings = email_settings(
        monkeypatch,
        LORKIT_EMAIL_HOST="smtp.example.org",
        LORKIT_EMAIL_USER="lorkit",
        LORKIT_EMAIL_PASSWORD="app-password",
        LORKIT_EMAIL_FROM="lorkit <noreply@example.org>",
    )

    assert settings["EMAIL_BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"
    assert (settings["EMAIL_HOST"], settings["EMAIL_PORT"]) == ("smtp.example.org", 587)
    assert (settings["EMAIL_HOST_USER"], settings["EMAIL_HOST_PASSWORD"]) == (
        "lorkit",
        "app-password",
    )
    assert (settings["EMAIL_USE_TLS"], settings["EMAIL_USE_SSL"]) == (True, False)
    assert settings["DEFAULT_FROM_EMAIL"] == "lorkit <noreply@example.org>"


@pytest.mark.parametrize(
    ("port", "use_tls", "expected"),
    [
        ("587", "true", (True, False)),  # STARTTLS
        ("465", "true", (False, True)),  # TLS from the first byte
        ("25", "false", (False, False)),  # a relay on the same machine
    ],
)
def test_one_tls_switch_picks_starttls_or_implicit_tls_by_port(
    monkeypatch: pytest.MonkeyPatch, port: str, use_tls: str, expected: tuple[bool, bool]
) -> None:
    settings = email_settings(
        monkeypatch,
        LORKIT_EMAIL_HOST="smtp.example.org",
        LORKIT_EMAIL_PORT=port,
        LORKIT_EMAIL_USE_TLS=use_tls,
    )

    assert (settings["EMAIL_USE_TLS"], settings["EMAIL_USE_SSL"]) == expected
