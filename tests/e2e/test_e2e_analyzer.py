"""The letter check on a phone, in a real Chromium at 390 px: paste a draft, check it, and see
its tier, the marked phrases with their legend and three suggestions, with nothing scrolling
sideways and no serious axe-core violation; and the same page refusing a file it cannot read."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from phone_browser import page_problems, phone_context, skip_without_browser

skip_without_browser()

from playwright.sync_api import Page, expect  # noqa: E402

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PASSWORD = "plenty-of-letters-7"
LETTERS = Path(__file__).resolve().parents[1] / "core" / "letters_set" / "letters"


@pytest.fixture
def phone(live_server: Any, transactional_db: None) -> Any:
    from lorkit.accounts.services import user_create

    user = user_create(username="drafter", password=PASSWORD, today=date.today())
    user.profile.strengths = ["knowledge"]
    user.profile.save()
    with phone_context(live_server.url) as context:
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto("/login/?next=/letter-check/")
        page.fill("#id_username", "drafter")
        page.fill("#id_password", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url(lambda url: url.endswith("/letter-check/") and "login" not in url)
        yield page
        assert errors == [], f"JavaScript errors: {errors}"


def test_a_pasted_draft_comes_back_marked_with_its_tier_and_three_suggestions(phone: Page) -> None:
    draft = (LETTERS / "vs01-okafor-im.txt").read_text(encoding="utf-8")
    draft += "\nAt times she was quiet. With appropriate support she will succeed."

    phone.fill("#id_text", draft)
    phone.get_by_role("button", name="Check the letter").click()

    result = phone.locator("#result")
    expect(result).to_be_visible()
    expect(result.locator(".tier-badge")).to_have_text("Concerning")
    letter = result.locator(".marked-letter")
    expect(letter.locator("mark.mark-concern", has_text="With appropriate support")).to_be_visible()
    expect(
        letter.locator("mark.mark-strength", has_text="my highest recommendation")
    ).to_be_visible()
    expect(letter.locator("mark.mark-doubt", has_text="At times")).to_be_visible()
    expect(letter.locator(".mark-story .mark-tag").first).to_have_text("story")
    expect(result.locator(".letter-legend li")).to_have_count(7)
    assert result.locator("ol.suggestions").first.locator("li").count() == 3
    expect(result.locator("ol.suggestions li").first).to_contain_text("Take out")
    expect(phone.locator("#id_text")).to_have_value(draft.replace("\r\n", "\n"))
    assert page_problems(phone, "letter check with a result") == []


def test_a_file_that_cannot_be_read_is_refused_on_the_page(phone: Page, tmp_path: Path) -> None:
    broken = tmp_path / "draft.pdf"
    broken.write_bytes(b"%PDF-1.4 not a real pdf")

    phone.set_input_files("#id_file", str(broken))
    phone.get_by_role("button", name="Check the letter").click()

    expect(phone.locator(".field.has-error [role=alert]")).to_contain_text("cannot be read")
    assert phone.locator("#result").count() == 0
    assert page_problems(phone, "letter check refusing a file") == []
