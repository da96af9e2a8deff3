"""A tired applicant's taps on a phone, in a real Chromium at 390 px: joining mid-season,
marking steps done (message, counts, focus), saving a note with Enter, and what happens when
the session has ended or the page's form token went stale; and the same without scripts."""

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

PASSWORD = "plenty-of-letters-7"


@pytest.fixture
def applicant(transactional_db: None) -> Any:
    """An applicant three weeks into a rotation, its past steps still open."""
    from lorkit.accounts.services import user_create
    from lorkit.plans.models import Rotation
    from lorkit.plans.services import rotation_save

    user = user_create(username="tired", password=PASSWORD, today=date.today())
    start = date.today() - timedelta(days=20)
    rotation_save(
        owner=user,
        rotation=Rotation(
            site="Harbor View Hospital",
            specialty="Internal Medicine",
            kind="hands-on",
            setting="inpatient",
            start=start,
            end=start + timedelta(days=27),
            attending_name="Dr. Okafor",
        ),
    )
    return user


def log_in(page: Page, then: str = "/") -> None:
    page.goto(f"/login/?next={then}")
    page.fill("#id_username", "tired")
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")


@pytest.fixture
def phone(live_server: Any, applicant: Any) -> Any:
    with phone_context(live_server.url) as context:
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        log_in(page)
        page.wait_for_url("**/")
        yield page
        assert errors == [], f"JavaScript errors: {errors}"


def overdue_items(page: Page) -> Any:
    return page.locator(".overdue-group li.milestone")


def test_done_answers_with_a_message_an_updated_count_and_focus_on_the_next_step(
    phone: Page,
) -> None:
    count = int(phone.locator("#overdue-count").inner_text())
    first, second = overdue_items(phone).nth(0), overdue_items(phone).nth(1)
    second_id = second.get_attribute("id")

    first.locator("button[value=done]").click()

    expect(phone.locator("#toast")).to_contain_text("Marked done:")
    expect(phone.locator("#toast")).to_contain_text(f"{count - 1} overdue left.")
    expect(phone.locator("#overdue-count")).to_have_text(str(count - 1))
    # Focus moves once htmx has settled the swap, a moment after the counts change.
    phone.wait_for_function(
        "id => document.activeElement.closest('li.milestone')?.id === id", arg=second_id
    )
    assert phone.locator("#agenda form#login, #agenda input[name=password]").count() == 0
    assert page_problems(phone, "Today after a tap") == []


def test_enter_in_the_note_box_saves_the_note_and_leaves_the_step_open(phone: Page) -> None:
    item = overdue_items(phone).first
    item_id = item.get_attribute("id")

    item.locator("input[name=note]").fill("Met the team at 7")
    item.locator("input[name=note]").press("Enter")

    saved = phone.locator(f"#{item_id}")
    expect(phone.locator("#toast")).to_contain_text("Note saved")
    expect(saved.locator(".note")).to_have_text("Note: Met the team at 7")
    expect(saved).to_have_class("milestone status-open overdue")


def test_after_the_session_ends_a_tap_says_so_and_login_returns_to_the_same_page(
    phone: Page,
) -> None:
    phone.goto("/week/")
    phone.context.clear_cookies(name="sessionid")
    item = overdue_items(phone).first
    item.locator("input[name=note]").fill("typed before the timeout")

    item.locator("button[value=done]").click()

    toast = phone.locator("#toast")
    expect(toast).to_contain_text("Your session has ended")
    assert phone.locator("#agenda input[name=password]").count() == 0
    toast.locator("a", has_text="Log in again").click()
    phone.fill("#id_username", "tired")
    phone.fill("#id_password", PASSWORD)
    phone.click("button[type=submit]")
    phone.wait_for_url("**/week/")
    # What was typed before the session ended is still in its box.
    expect(overdue_items(phone).first.locator("input[name=note]")).to_have_value(
        "typed before the timeout"
    )


def test_a_stale_form_token_says_so_and_offers_a_reload(phone: Page) -> None:
    phone.context.clear_cookies(name="csrftoken")
    item = overdue_items(phone).first

    item.locator("button[value=done]").click()

    toast = phone.locator("#toast")
    expect(toast).to_contain_text("open too long")
    expect(toast.locator("a", has_text="Reload the page")).to_be_visible()
    expect(item.locator("button[value=done]")).to_be_visible()  # nothing swapped in


def test_joining_mid_season_asks_once_and_closes_the_past_steps(phone: Page) -> None:
    phone.locator(".overdue-group .more a", has_text="Close past steps").first.click()
    assert page_problems(phone, "past steps") == []
    total = phone.locator("fieldset.past-step").count()
    assert total >= 5

    phone.locator("button", has_text=f"All {total} happened").click()

    expect(phone.locator("#toast")).to_contain_text(f"Past steps closed: {total} marked done.")
    phone.goto("/")
    assert phone.locator("#overdue-count").count() == 0


def test_without_scripts_a_tap_returns_to_the_next_step_with_a_message(
    live_server: Any, applicant: Any
) -> None:
    with phone_context(live_server.url, java_script_enabled=False) as context:
        page = context.new_page()
        log_in(page)
        page.wait_for_url("**/")
        first, second = overdue_items(page).nth(0), overdue_items(page).nth(1)
        second_id = second.get_attribute("id")

        first.locator("button[value=done]").click()

        page.wait_for_url(f"**/#{second_id}")
        expect(page.locator("#toast")).to_contain_text("Marked done:")
        expect(page.locator(f"#{second_id}")).to_be_in_viewport()
