"""The calendar page: it says when Google and Outlook cannot reach the subscription address and
offers the download instead; it offers a copy button and one-tap subscribe links when they can;
and revoking takes a confirmation."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from django.test import Client, override_settings
from django.urls import reverse

from lorkit.accounts.models import User
from lorkit.core import defaults
from lorkit.feeds.models import CalendarFeed
from lorkit.feeds.views import ISSUED_TOKEN_KEY

STATIC = Path(__file__).resolve().parents[2] / "src" / "lorkit" / "static" / "lorkit"
UNREACHABLE = "Google Calendar and Outlook cannot subscribe to this lorkit"
PUBLIC = {"HTTP_HOST": "lorkit.example.org", "secure": True}


def page(client: Client, **request: Any) -> str:
    response = client.get(reverse("calendar"), **request)
    assert response.status_code == 200
    return response.content.decode()


def issue(client: Client, **request: Any) -> str:
    """Issue an address and return the page that shows it, the one time it does."""
    client.post(reverse("calendar_regenerate"), **request)
    return page(client, **request)


def hrefs(text: str) -> list[str]:
    return [html.unescape(href) for href in re.findall(r'href="([^"]*)"', text)]


def shown_address(text: str) -> str:
    match = re.search(r'<input class="feed-url"[^>]* value="([^"]+)"', text)
    assert match, "the page shows no address"
    return html.unescape(match.group(1))


# When the address cannot be reached from the internet.


@override_settings(ALLOWED_HOSTS=["*"])
@pytest.mark.parametrize(
    ("host", "who"),
    [
        ("127.0.0.1:8000", "this computer"),
        ("localhost:8000", "this computer"),
        ("[::1]:8000", "this computer"),
        ("192.168.1.20:8000", "devices on your own network"),
        ("macbook.local", "devices on your own network"),
    ],
)
def test_a_laptop_or_home_network_address_is_called_unreachable_for_google_and_outlook(
    owner_client: Client, host: str, who: str
) -> None:
    text = page(owner_client, HTTP_HOST=host)

    assert UNREACHABLE in text
    assert f"<code>{host}</code>, an address only {who} can reach" in text


@override_settings(ALLOWED_HOSTS=["*"])
def test_an_unreachable_address_comes_with_the_download_instead(owner_client: Client) -> None:
    text = page(owner_client, HTTP_HOST="127.0.0.1:8000")

    notice = text[text.index(UNREACHABLE) :]
    notice = notice[: notice.index("</div>")]
    assert f'href="{reverse("calendar_download")}"' in notice
    assert "Download the .ics file instead" in notice
    assert "public https address" in notice


@override_settings(ALLOWED_HOSTS=["*"])
def test_the_download_offered_instead_works_while_logged_in(
    owner_client: Client, rotation: Any
) -> None:
    response = owner_client.get(reverse("calendar_download"), HTTP_HOST="127.0.0.1:8000")

    assert response.status_code == 200
    assert response.content.startswith(b"BEGIN:VCALENDAR\r\n")


@override_settings(ALLOWED_HOSTS=["*"])
def test_an_unreachable_address_gets_no_google_or_outlook_link(owner_client: Client) -> None:
    text = issue(owner_client, HTTP_HOST="127.0.0.1:8000")

    assert shown_address(text).startswith("http://127.0.0.1:8000/calendar/feed/")
    assert not [h for h in hrefs(text) if "google.com" in h or "outlook" in h]
    # An app on the same computer can still subscribe, so the address stays usable there.
    assert "webcal://127.0.0.1:8000/calendar/feed/" in text


@override_settings(ALLOWED_HOSTS=["*"])
def test_a_public_https_address_gets_no_warning(owner_client: Client) -> None:
    text = page(owner_client, **PUBLIC)

    assert UNREACHABLE not in text
    assert "starts with http, not https" not in text


@override_settings(ALLOWED_HOSTS=["*"])
def test_a_public_address_over_plain_http_is_warned_about(owner_client: Client) -> None:
    text = page(owner_client, HTTP_HOST="lorkit.example.org")

    assert UNREACHABLE not in text
    assert "starts with http, not https" in text


@override_settings(ALLOWED_HOSTS=["*"])
def test_the_page_says_apps_refresh_on_their_own_schedule(owner_client: Client) -> None:
    text = issue(owner_client, **PUBLIC)

    assert "on their own schedule" in text
    assert "Google Calendar only about once a day" in text


def test_the_page_explains_due_events_with_the_numbers_from_the_defaults(
    owner_client: Client,
) -> None:
    text = page(owner_client)

    assert f"more than {defaults.CALENDAR_WINDOW_EVENT_MAX_DAYS} days" in text
    assert f"a reminder {defaults.CALENDAR_DUE_REMINDER_DAYS} days before" in text


# Copying and one-tap subscribing.


@override_settings(ALLOWED_HOSTS=["*"])
def test_a_new_address_has_a_copy_button_for_its_field(owner_client: Client) -> None:
    text = issue(owner_client, **PUBLIC)

    button = re.search(r"<button[^>]*data-copy-target=\"feed-url\"[^>]*>", text)
    assert button, "no copy button"
    assert 'data-copy-status="copy-status"' in button.group(0)
    # Hidden until the script shows it: without scripts a button that cannot copy would lie.
    assert " hidden" in button.group(0)
    assert re.search(r'id="copy-status" role="status" aria-live="polite"', text)
    assert re.search(r'<input class="feed-url" type="text" readonly [^>]*id="feed-url"', text)


def test_the_copy_script_is_a_deferred_file_and_the_page_has_no_inline_script(
    owner_client: Client,
) -> None:
    text = page(owner_client)

    assert re.search(r'<script src="/static/lorkit/copy\.js[^"]*" defer></script>', text)
    # script-src 'self': an inline script or handler would be blocked.
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", text)
    assert not re.search(r"\son[a-z]+=", text)


def test_the_copy_script_answers_with_copied_and_falls_back_without_the_clipboard_api() -> None:
    script = (STATIC / "copy.js").read_text(encoding="utf-8")

    assert "button.hidden = false" in script
    assert "Copied" in script
    assert "navigator.clipboard" in script
    assert 'execCommand("copy")' in script
    assert "data-copy-target" in script


@override_settings(ALLOWED_HOSTS=["*"])
def test_a_reachable_address_has_one_tap_links_for_apple_google_and_outlook(
    owner_client: Client,
) -> None:
    text = issue(owner_client, **PUBLIC)
    address = shown_address(text)
    links = hrefs(text)

    assert address.startswith("https://lorkit.example.org/calendar/feed/")
    assert address.replace("https://", "webcal://", 1) in links
    (google,) = [urlsplit(h) for h in links if h.startswith("https://calendar.google.com/")]
    assert parse_qs(google.query) == {"cid": [address.replace("https://", "webcal://", 1)]}
    (outlook,) = [urlsplit(h) for h in links if h.startswith("https://outlook.live.com/")]
    assert parse_qs(outlook.query)["url"] == [address]


@override_settings(ALLOWED_HOSTS=["*"])
def test_the_one_tap_links_are_gone_once_the_address_was_shown(owner_client: Client) -> None:
    issue(owner_client, **PUBLIC)

    again = page(owner_client, **PUBLIC)

    assert not [h for h in hrefs(again) if h.startswith(("webcal:", "https://calendar.google"))]
    assert ISSUED_TOKEN_KEY not in owner_client.session


# Revoking takes a confirmation.


def subscribe(client: Client) -> str:
    client.post(reverse("calendar_regenerate"))
    token: str = client.session[ISSUED_TOKEN_KEY]
    return token


def test_the_calendar_page_has_no_one_tap_revoke(owner_client: Client, owner: User) -> None:
    subscribe(owner_client)

    text = page(owner_client)

    assert f'action="{reverse("calendar_revoke")}"' not in text
    assert f'href="{reverse("calendar_revoke_confirm")}"' in text


def test_a_revoke_without_the_confirmation_changes_nothing(
    owner_client: Client, owner: User
) -> None:
    token = subscribe(owner_client)

    response = owner_client.post(reverse("calendar_revoke"))

    assert response.status_code == 302
    assert response["Location"] == reverse("calendar_revoke_confirm")
    assert CalendarFeed.objects.filter(owner=owner).exists()
    assert Client().get(reverse("calendar_feed", kwargs={"token": token})).status_code == 200


def test_the_confirmation_page_explains_and_posts_the_confirmed_revoke(
    owner_client: Client, owner: User
) -> None:
    subscribe(owner_client)

    text = owner_client.get(reverse("calendar_revoke_confirm")).content.decode()

    assert "stops working at once" in text
    form = re.search(r'<form method="post" action="([^"]+)".*?</form>', text, re.S)
    assert form and form.group(1) == reverse("calendar_revoke")
    assert '<input type="hidden" name="confirm" value="yes">' in form.group(0)
    assert f'href="{reverse("calendar")}"' in form.group(0)  # a way out that changes nothing


def test_revoking_from_the_confirmation_page_stops_the_address(
    owner_client: Client, owner: User
) -> None:
    token = subscribe(owner_client)

    response = owner_client.post(reverse("calendar_revoke"), {"confirm": "yes"})

    assert response["Location"] == reverse("calendar")
    assert not CalendarFeed.objects.filter(owner=owner).exists()
    assert Client().get(reverse("calendar_feed", kwargs={"token": token})).status_code == 404


def test_the_confirmation_page_without_an_address_says_there_is_nothing_to_revoke(
    owner_client: Client,
) -> None:
    response = owner_client.get(reverse("calendar_revoke_confirm"))

    assert response.status_code == 200
    text = response.content.decode()
    assert "nothing to stop" in text
    assert reverse("calendar_revoke") + '"' not in text


def test_the_confirmation_page_needs_a_login(client: Client, db: None) -> None:
    url = reverse("calendar_revoke_confirm")

    response = client.get(url)

    assert response["Location"] == f"{reverse('login')}?next={url}"


def test_the_confirmation_page_does_not_revoke_on_post(owner_client: Client, owner: User) -> None:
    subscribe(owner_client)

    response = owner_client.post(reverse("calendar_revoke_confirm"), {"confirm": "yes"})

    assert response.status_code == 405
    assert CalendarFeed.objects.filter(owner=owner).exists()
