"""The daily check-in on a phone, in a real Chromium at 390 × 844: one screen, five taps, no
accessibility blockers; a check-in typed with the connection gone is kept on the phone and
reaches the server once it is back; and a story naming a patient is stopped and saved with the
guard's rewrite."""

from __future__ import annotations

import os
from datetime import date, timedelta
from typing import Any

import pytest
from phone_browser import PHONE, page_problems, phone_context, skip_without_browser

skip_without_browser()

from playwright.sync_api import BrowserContext, Page, expect  # noqa: E402

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PASSWORD = "plenty-of-letters-7"
QUESTIONS = ("responsibility", "reasoning", "communication", "learned")


@pytest.fixture
def applicant(transactional_db: None) -> Any:
    """An applicant ten days into a four-week rotation."""
    from lorkit.accounts.services import user_create
    from lorkit.plans.models import Rotation
    from lorkit.plans.services import rotation_save

    user = user_create(username="tired", password=PASSWORD, today=date.today())
    start = date.today() - timedelta(days=10)
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


def log_in(page: Page, then: str) -> None:
    page.goto(f"/login/?next={then}")
    page.fill("#id_username", "tired")
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"**{then}")


@pytest.fixture
def context(live_server: Any, applicant: Any) -> Any:
    with phone_context(live_server.url, has_touch=True, is_mobile=True) as context:
        yield context


@pytest.fixture
def phone(context: BrowserContext) -> Any:
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    log_in(page, "/checkin/")
    yield page
    assert errors == [], f"JavaScript errors: {errors}"


def answer(page: Page, name: str, value: str) -> None:
    page.locator(f"label.choice:has(input[name={name}][value={value}])").tap()


def stored_check_ins(user: Any) -> list[Any]:
    from lorkit.journal.models import CheckIn

    return list(CheckIn.objects.filter(owner=user))


def test_the_check_in_fits_one_phone_screen_and_passes_axe(phone: Page) -> None:
    save = phone.get_by_role("button", name="Save check-in")

    box = save.bounding_box()
    height = phone.evaluate("document.documentElement.scrollHeight")

    assert box is not None
    assert box["y"] + box["height"] <= PHONE["height"], f"Save ends at {box}; page {height} px"
    assert phone.evaluate("window.scrollY") == 0
    for label in phone.locator("label.choice").all():
        size = label.bounding_box()
        assert size is not None and size["height"] >= 44 and size["width"] >= 44
    assert page_problems(phone, "/checkin/") == []


def test_four_answers_and_save_take_five_taps(phone: Page, applicant: Any) -> None:
    for name, value in zip(QUESTIONS, ("yes", "no", "yes", "yes"), strict=True):
        answer(phone, name, value)
    phone.get_by_role("button", name="Save check-in").tap()

    phone.wait_for_url("**/")
    expect(phone.locator("#toast")).to_contain_text("Check-in saved for")
    [check_in] = stored_check_ins(applicant)
    answers = [getattr(check_in, name) for name in QUESTIONS]
    assert answers == [True, False, True, True]
    assert page_problems(phone, "Today after a check-in") == []


def test_the_chosen_answer_shows_by_a_tick_not_colour_alone_and_focus_is_visible(
    phone: Page,
) -> None:
    answer(phone, "reasoning", "no")
    chosen = phone.locator("label.choice:has(input[name=reasoning][value=no]) span")
    other = phone.locator("label.choice:has(input[name=reasoning][value=yes]) span")

    def mark(locator: Any) -> str:
        return str(locator.evaluate("el => getComputedStyle(el, '::before').content"))

    assert mark(chosen) == '"✓"'
    assert mark(other) in ('""', "none")
    phone.locator("h1").click()
    for _ in range(12):
        phone.keyboard.press("Tab")
        if phone.evaluate("document.activeElement.name") == "responsibility":
            break
    focused = phone.locator("label.choice:has(input[name=responsibility]:focus) span")
    outline = focused.evaluate("el => getComputedStyle(el).outlineStyle")
    assert outline == "solid"


def test_a_missing_answer_comes_back_with_the_others_still_chosen(phone: Page) -> None:
    for name in QUESTIONS[:3]:
        answer(phone, name, "yes")
    phone.locator("textarea[name=note]").fill("Presented twice")
    phone.get_by_role("button", name="Save check-in").tap()

    expect(phone.locator(".yes-no.has-error")).to_have_count(1)
    expect(phone.locator(".yes-no.has-error .error")).to_have_text("Answer yes or no.")
    expect(phone.locator("input[name=responsibility][value=yes]")).to_be_checked()
    expect(phone.locator("textarea[name=note]")).to_have_value("Presented twice")
    assert page_problems(phone, "/checkin/ with a missing answer") == []


def fill_and_save_offline(page: Page, context: BrowserContext) -> None:
    for name in QUESTIONS:
        answer(page, name, "yes")
    page.locator("textarea[name=note]").fill("Took two new admissions")
    context.set_offline(True)
    page.get_by_role("button", name="Save check-in").tap()
    expect(page.locator(".offline-status")).to_contain_text("kept on this phone")


def test_a_check_in_saved_offline_reaches_the_server_when_the_connection_is_back(
    phone: Page, context: BrowserContext, applicant: Any
) -> None:
    fill_and_save_offline(phone, context)
    assert stored_check_ins(applicant) == []

    context.set_offline(False)
    phone.evaluate("window.dispatchEvent(new Event('online'))")

    expect(phone.locator(".offline-status")).to_contain_text("was sent")
    [check_in] = stored_check_ins(applicant)
    assert (check_in.note, check_in.learned) == ("Took two new admissions", True)
    assert (
        phone.evaluate("Object.keys(localStorage).filter(k => k.startsWith('lorkit-pending'))")
        == []
    )


def test_a_check_in_kept_offline_is_sent_when_the_page_is_opened_again(
    phone: Page, context: BrowserContext, applicant: Any
) -> None:
    fill_and_save_offline(phone, context)
    phone.close()
    context.set_offline(False)

    again = context.new_page()
    again.goto("/checkin/")

    expect(again.locator(".offline-status")).to_contain_text("was sent")
    assert len(stored_check_ins(applicant)) == 1


def test_a_story_naming_a_patient_is_stopped_and_saved_with_the_rewrite(
    phone: Page, applicant: Any
) -> None:
    from lorkit.journal.models import Story

    phone.goto("/journal/story/new/")
    phone.locator("textarea[name=text]").fill("Presented Mrs. Adebayo to Dr. Okafor on rounds.")
    phone.get_by_role("button", name="Save", exact=True).tap()

    check = phone.locator(".privacy-check")
    expect(check.locator("mark.finding")).to_have_text("Mrs. Adebayo")
    expect(check.locator(".rewrite")).to_contain_text(
        "Presented a patient to Dr. Okafor on rounds."
    )
    expect(phone.locator("textarea[name=text]")).to_have_value(
        "Presented Mrs. Adebayo to Dr. Okafor on rounds."
    )
    assert Story.objects.filter(owner=applicant).count() == 0
    assert page_problems(phone, "a story the guard stopped") == []
    check.get_by_role("button", name="Save with the rewrite").tap()

    phone.wait_for_url("**/journal/")
    expect(phone.locator("#stories")).to_contain_text(
        "Presented a patient to Dr. Okafor on rounds."
    )
    assert [s.text for s in Story.objects.filter(owner=applicant)] == [
        "Presented a patient to Dr. Okafor on rounds."
    ]
