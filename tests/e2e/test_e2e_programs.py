"""Programs on a phone, in a real Chromium at 390 px: add a program, tick its letters, be
refused a fifth, give one letter to several programs at once and read who took it; every page
passes axe and never scrolls sideways."""

from __future__ import annotations

import os
from typing import Any

import pytest
from phone_browser import page_problems, phone_context, skip_without_browser

skip_without_browser()

from playwright.sync_api import Page, expect  # noqa: E402

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PASSWORD = "five-letters-never-9"
WRITERS = (
    "Dr. Amara Vance-Whitfield",
    "Dr. Bo Lindqvist",
    "Dr. Chidi Obi",
    "Dr. Dana Reyes",
    "Dr. Eun-ji Park",
)


@pytest.fixture
def applicant(transactional_db: None) -> None:
    """An applicant with five agreed letters for internal medicine and one program that
    already holds four of them."""
    from datetime import date

    from lorkit.accounts.services import user_create
    from lorkit.letters.models import LetterRequest, Program
    from lorkit.letters.program_services import assignment_set, program_save

    user = user_create(username="matcher", password=PASSWORD, today=date.today())
    letters = [
        LetterRequest.objects.create(
            owner=user, author=name, specialty="Internal Medicine", status="agreed"
        )
        for name in WRITERS
    ]
    full = program_save(
        owner=user,
        program=Program(name="Full House Internal Medicine", specialty="Internal Medicine"),
    )
    assignment_set(
        owner=user, program=full, letter_ids=[item.pk for item in letters[:4]], today=date.today()
    )


def log_in(page: Page, path: str) -> None:
    page.goto(f"/login/?next={path}")
    page.fill("#id_username", "matcher")
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(lambda url: url.endswith(path))


def test_programs_get_their_letters_and_never_a_fifth_on_a_phone(
    live_server: Any, applicant: None
) -> None:
    problems: list[str] = []
    with phone_context(live_server.url, has_touch=True, is_mobile=True) as context:
        phone = context.new_page()
        log_in(phone, "/programs/")
        problems += page_problems(phone, "programs")

        phone.get_by_role("link", name="Add a program").tap()
        expect(phone.locator("h1")).to_have_text("Add a program")
        problems += page_problems(phone, "program form")
        phone.fill("#id_name", "Riverside Medical Center Internal Medicine Residency Program")
        phone.select_option("#id_specialty", "Internal Medicine")
        phone.check("#id_signalled")
        phone.get_by_role("button", name="Add program").tap()
        expect(phone.locator(".messages")).to_contain_text("now choose its letters")
        problems += page_problems(phone, "program detail")

        phone.get_by_label(f"{WRITERS[0]} — Internal Medicine (agreed)").check()
        phone.get_by_label(f"{WRITERS[1]} — Internal Medicine (agreed)").check()
        phone.get_by_role("button", name="Save letters").tap()
        expect(phone.locator(".messages")).to_contain_text("Saved: 2 letter(s)")
        expect(phone.locator("h2#letters-heading")).to_contain_text("Letters: 2 of 4")

        phone.goto("/programs/assign/")
        problems += page_problems(phone, "bulk assignment")
        phone.get_by_label(f"{WRITERS[4]} — Internal Medicine (agreed)").check()
        phone.get_by_label("Full House Internal Medicine — Internal Medicine").check()
        phone.get_by_label("Riverside Medical Center Internal Medicine Residency Program").check()
        phone.get_by_role("button", name="Add the letters").tap()
        phone.wait_for_url(lambda url: url.endswith("/programs/"))
        messages = phone.locator(".messages")
        expect(messages).to_contain_text("Added to 1 program(s): Riverside Medical Center")
        expect(messages).to_contain_text("Full House Internal Medicine would have 5 letters")
        problems += page_problems(phone, "programs after the bulk assignment")

        card = phone.locator(".program-card", has_text="Riverside Medical Center")
        expect(card).to_contain_text("Letters: 3 of 4")
        expect(card).to_contain_text(f"{WRITERS[4]} — Internal Medicine")
        card.get_by_role("link", name="Delete").tap()
        expect(phone.locator("h1")).to_contain_text("Delete Riverside")
        problems += page_problems(phone, "delete confirmation")

    assert problems == []
