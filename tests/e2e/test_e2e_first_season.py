"""A new applicant's first visit, in a real Chromium: sign up, describe the season, add a
rotation, read its plan, tick a milestone off and take the plan to their calendar."""

from __future__ import annotations

import os
import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("LORKIT_CHROMIUM", "/usr/bin/chromium")
REQUIRED = os.environ.get("LORKIT_REQUIRE_BROWSER") == "1"

if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
    if REQUIRED:
        raise RuntimeError(f"LORKIT_REQUIRE_BROWSER=1 but no Chromium at {CHROMIUM}")
    pytest.skip("Chromium is not installed (apt-get install chromium)", allow_module_level=True)

from playwright.sync_api import Page, expect, sync_playwright  # noqa: E402

# Playwright's sync API runs an event loop in this thread; the test itself only touches the
# database through the live server, but Django's guard cannot tell.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def page(live_server):  # type: ignore[no-untyped-def]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        context = browser.new_context(base_url=live_server.url, accept_downloads=True)
        tab = context.new_page()
        errors: list[str] = []
        tab.on("pageerror", lambda error: errors.append(str(error)))
        yield tab
        context.close()
        browser.close()
        assert errors == [], f"JavaScript errors: {errors}"


def test_a_new_applicant_plans_a_rotation_and_exports_it(page: Page, tmp_path: Path) -> None:
    page.goto("/signup/")
    page.fill("#id_username", "newcomer")
    page.fill("#id_password1", "plenty-of-letters-7")
    page.fill("#id_password2", "plenty-of-letters-7")
    page.click("button:has-text('Sign up')")
    expect(page.locator("h1")).to_contain_text("Your application season")

    page.fill("#id_eras_name", "Nadia Example")
    page.select_option("#id_specialty", "Pediatrics")
    page.check("input[name=strengths][value=clinical_reasoning]")
    page.click("button:has-text('Save profile')")
    expect(page.locator(".messages")).to_contain_text("Profile saved")

    start = date.today() - timedelta(days=1)
    page.click("text=Add a rotation")
    page.fill("#id_site", "Example Children's Hospital")
    page.select_option("#id_specialty", "Pediatrics")
    page.fill("#id_start", start.isoformat())
    page.fill("#id_end", (start + timedelta(days=27)).isoformat())
    page.fill("#id_attending_name", "Dr. Vega")
    page.click("button:has-text('Add rotation and plan it')")

    # It began yesterday, so the steps before it are past: lorkit asks once which happened.
    expect(page.locator("h1")).to_have_text("Steps already behind you")
    past = page.locator("fieldset.past-step")
    expect(past).to_have_count(3)
    page.click("button:has-text('All 3 happened')")
    expect(page.locator("#toast")).to_contain_text("Past steps closed: 3 marked done.")

    intro = page.locator("li.milestone", has_text="Introduce yourself and your goals to Dr. Vega")
    expect(intro).to_be_visible()
    signal = page.locator("li.milestone", has_text="Tell Dr. Vega you are applying in Pediatrics")
    expect(signal).to_be_visible()
    expect(page.locator("li.milestone")).to_have_count(14)

    intro.locator("input[name=note]").fill("Met after rounds")
    intro.locator("button:has-text('Done')").click()
    expect(page.locator("li.milestone.status-done")).to_have_count(4)
    expect(intro).to_have_class("milestone status-done")
    expect(intro).to_contain_text("Met after rounds")

    page.click("nav >> text=Calendar")
    with page.expect_download() as download_info:
        page.click("text=Download lorkit-plan.ics")
    saved = tmp_path / "plan.ics"
    download_info.value.save_as(saved)
    text = saved.read_text()
    assert text.startswith("BEGIN:VCALENDAR")
    assert "Introduce yourself and your goals to Dr. Vega" in text
    assert text.count("BEGIN:VEVENT") == 14 + 5
