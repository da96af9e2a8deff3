"""A new account's first minutes on Today: a three-step guide (profile, first rotation, the
plan) that marks the step to take now and leaves once the account is set up."""

from __future__ import annotations

import os
import re
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lorkit.accounts.models import Profile, User
from lorkit.accounts.services import user_create

TODAY = date(2026, 11, 21)
PROFILE = {
    "eras_name": "Nadia Example",
    "specialty": "Pediatrics",
    "season": "2028",
    "submission_target": "",
    "time_zone": "America/New_York",
    "strengths": [],
    "myeras_opens": "",
    "submit_opens": "",
    "programs_review": "",
    "rol_deadline": "",
    "match_day": "",
}


@pytest.fixture
def newcomer(db: None) -> User:
    """An account just signed up: a season, but no specialty and no rotation yet."""
    return user_create(username="newcomer", password="plenty-of-letters-7", today=TODAY)


def steps(page: str) -> list[str]:
    """The guide's steps as HTML, in order."""
    return re.findall(r'<li class="setup-step .*?</li>', page, re.S)


def current(page: str) -> str:
    marked = [step for step in steps(page) if 'aria-current="step"' in step]
    assert len(marked) == 1, "exactly one step is the one to take now"
    return marked[0]


def page_head(page: str) -> str:
    found = re.search(r'<div class="page-head">.*?</div>', page, re.S)
    assert found
    return found.group(0)


def test_a_new_account_is_guided_to_describe_its_season_first(
    client_for: Any, newcomer: User
) -> None:
    page = client_for(newcomer).get(reverse("dashboard")).content.decode()

    assert 'id="first-run"' in page
    assert len(steps(page)) == 3
    now = current(page)
    assert "is-current" in now
    assert "Describe your season" in now
    assert f'<a class="button step-button" href="{reverse("profile")}">Set up your profile</a>' in (
        now
    )
    later = steps(page)[1:]
    assert all("is-later" in step and "Done" not in step for step in later)
    assert f'href="{reverse("rotation_new")}"' in later[0]  # may be taken first if wished
    assert "href" not in later[1]  # no plan to read before there is a rotation


def test_a_new_account_sees_one_big_button_and_no_empty_season_card(
    client_for: Any, newcomer: User
) -> None:
    page = client_for(newcomer).get(reverse("dashboard")).content.decode()

    assert "Add a rotation" not in page_head(page)
    assert page.count("step-button") == 1
    assert "ERAS 2028 season" not in page
    assert "Tell lorkit your target specialty" not in page


def test_after_saving_the_profile_the_guide_moves_on_to_the_first_rotation(
    client_for: Any, newcomer: User
) -> None:
    client = client_for(newcomer)

    response = client.post(reverse("profile"), PROFILE, follow=True)

    assert response.redirect_chain == [(reverse("dashboard"), 302)]
    page = response.content.decode()
    assert "Profile saved." in page
    first, second, _ = steps(page)
    assert "is-done" in first and "Done" in first
    assert "Pediatrics · ERAS 2028" in first
    now = current(page)
    assert now == second
    assert "Add your first rotation" in now
    assert f'<a class="button step-button" href="{reverse("rotation_new")}">Add a rotation</a>' in (
        now
    )


def test_the_guide_leaves_once_there_is_a_specialty_and_a_rotation(
    client_for: Any, newcomer: User, add_rotation: Any
) -> None:
    Profile.objects.filter(user=newcomer).update(specialty="Pediatrics")
    add_rotation(newcomer, date(2027, 1, 4), site="Example Children's Hospital")

    response = client_for(newcomer).get(reverse("dashboard"))

    page = response.content.decode()
    assert response.context["setup_steps"] == []
    assert 'id="first-run"' not in page
    assert steps(page) == []
    assert "Add a rotation" in page_head(page)
    assert "ERAS 2028 season" in page


def test_a_rotation_without_a_specialty_keeps_the_guide_on_the_profile_and_links_the_plan(
    client_for: Any, newcomer: User, add_rotation: Any
) -> None:
    rotation = add_rotation(newcomer, date(2027, 1, 4), site="Example Children's Hospital")

    page = client_for(newcomer).get(reverse("dashboard")).content.decode()

    first, second, third = steps(page)
    assert current(page) == first
    assert "is-done" in second and "Example Children&#x27;s Hospital" in second
    assert "is-done" in third
    plan = reverse("rotation_detail", args=[rotation.pk])
    assert f'<a class="step-link" href="{plan}">See your plan</a>' in third
    assert "Add a rotation" in page_head(page)  # rotations exist: the usual button is back


def test_an_account_with_a_specialty_and_no_rotation_is_asked_for_the_rotation(
    owner_client: Client,
) -> None:
    page = owner_client.get(reverse("dashboard")).content.decode()

    assert "Add your first rotation" in current(page)
    assert "Internal Medicine · ERAS 2028" in steps(page)[0]


def queries_for(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_the_guide_costs_today_no_query(client_for: Any, newcomer: User, add_rotation: Any) -> None:
    add_rotation(newcomer, date(2027, 1, 4))
    client = client_for(newcomer)
    client.get(reverse("dashboard"))
    with_guide = queries_for(client, reverse("dashboard"))
    Profile.objects.filter(user=newcomer).update(specialty="Pediatrics")

    without_guide = queries_for(client, reverse("dashboard"))

    assert 'id="first-run"' not in client.get(reverse("dashboard")).content.decode()
    assert with_guide == without_guide


# At 390 px, in a real Chromium when one is installed (as in tests/e2e): the guide and the
# profile page it leads to fit a phone, and the guide's button is a thumb-sized target.

CHROMIUM = os.environ.get("LORKIT_CHROMIUM", "/usr/bin/chromium")
HAS_CHROMIUM = bool(Path(CHROMIUM).exists() or shutil.which("chromium"))
PHONE_WIDTH = 390


@pytest.mark.e2e
@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    not HAS_CHROMIUM and os.environ.get("LORKIT_REQUIRE_BROWSER") != "1",
    reason="Chromium is not installed (apt-get install chromium)",
)
def test_the_first_run_fits_a_phone(live_server: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from playwright.sync_api import sync_playwright

    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    user = user_create(username="phone", password="plenty-of-letters-7", today=TODAY)
    # ERAS 2027 with a correction: every kind of date source and the unfolded corrections.
    Profile.objects.filter(user=user).update(season=2027, match_day=date(2027, 3, 26))
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"]
        )
        page = browser.new_context(
            base_url=live_server.url, viewport={"width": PHONE_WIDTH, "height": 844}
        ).new_page()
        page.goto("/login/")
        page.fill("#id_username", "phone")
        page.fill("#id_password", "plenty-of-letters-7")
        page.click("button[type=submit]")
        page.wait_for_url("**/")
        widths = {}
        for path in ("/", "/profile/"):
            page.goto(path)
            widths[path] = page.evaluate("document.documentElement.scrollWidth")
        page.goto("/")
        button = page.locator(".step-button").bounding_box()
        browser.close()

    assert widths == {"/": PHONE_WIDTH, "/profile/": PHONE_WIDTH}
    assert button is not None
    assert button["height"] >= 44
    assert button["width"] >= PHONE_WIDTH / 2
