"""Issue 12's journey on a phone, in a real Chromium at 390 px: add an ERAS letter entry,
give it to two programs at once, see its first reminder on Today on the day it falls due,
and mark it sent; nothing is sent without that click."""

from __future__ import annotations

import os
from datetime import date, timedelta
from typing import Any

import pytest
from phone_browser import page_problems, phone_context, skip_without_browser

skip_without_browser()

from playwright.sync_api import Page, expect  # noqa: E402

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PASSWORD = "follow-up-never-nags-3"
REQUESTED = date(2026, 7, 6)


@pytest.fixture
def applicant(transactional_db: None, monkeypatch: pytest.MonkeyPatch) -> Any:
    from lorkit.accounts.models import Profile
    from lorkit.accounts.services import user_create
    from lorkit.letters.models import Program

    user = user_create(username="follower", password=PASSWORD, today=REQUESTED)
    user.email = "follower@example.org"
    user.save()
    profile = user.profile
    profile.eras_name = "Sam Osei"
    profile.specialty = "Internal Medicine"
    profile.season = 2027
    profile.save()
    for name in ("Riverside Internal Medicine", "Hilltop Internal Medicine"):
        Program.objects.create(owner=user, name=name, specialty="Internal Medicine")
    monkeypatch.setattr(Profile, "today", lambda self, now=None: REQUESTED)
    return user


def log_in(page: Page, path: str) -> None:
    page.goto(f"/login/?next={path}")
    page.fill("#id_username", "follower")
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(lambda url: url.endswith(path))


def tick(page: Page, group: str, label: str) -> None:
    page.locator(f"fieldset:has(legend:has-text('{group}')) label", has_text=label).click()


def test_an_entry_given_to_two_programs_gets_its_reminder_on_today_and_is_marked_sent(
    live_server: Any, applicant: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lorkit.accounts.models import Profile
    from lorkit.letters.models import Assignment, Reminder

    with phone_context(live_server.url, has_touch=True, is_mobile=True) as context:
        phone = context.new_page()
        log_in(phone, "/letters/new/")
        phone.fill("#id_author", "Dr. Mara Lindqvist")
        phone.fill("#id_author_email", "lindqvist@example.org")
        phone.select_option("#id_specialty", "Internal Medicine")
        phone.select_option("#id_status", "requested")
        phone.fill("#id_on", REQUESTED.isoformat())
        phone.get_by_role("button", name="Save the entry").tap()
        expect(phone.locator("body")).to_contain_text("Dr. Mara Lindqvist")
        assert page_problems(phone, "ledger after a new entry") == []

        phone.goto("/programs/assign/")
        tick(phone, "Letters to add", "Dr. Mara Lindqvist")
        tick(phone, "Programs that get them", "Riverside")
        tick(phone, "Programs that get them", "Hilltop")
        phone.get_by_role("button", name="Add the letters").tap()
        expect(phone.locator(".messages")).to_contain_text("Riverside")
        assert Assignment.objects.filter(letter__author="Dr. Mara Lindqvist").count() == 2

        phone.goto("/")
        assert phone.locator(".follow-up").count() == 0  # nothing due on the request's day

        due = REQUESTED + timedelta(days=14)
        monkeypatch.setattr(Profile, "today", lambda self, now=None: due)
        phone.goto("/")
        card = phone.locator(".follow-up").first
        expect(card).to_contain_text("Dr. Mara Lindqvist")
        expect(card.locator("textarea")).to_contain_text("Dear")
        assert page_problems(phone, "Today with a reminder due") == []
        assert Reminder.objects.get().sent_on is None  # drafted, not sent

        card.get_by_role("button", name="Mark sent").tap()
        expect(phone.locator(".follow-up")).to_have_count(0)
        assert Reminder.objects.get().sent_on == due
