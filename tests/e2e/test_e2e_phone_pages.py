"""Every page at 390 px, in a real Chromium: nothing scrolls sideways, and axe-core finds no
serious or critical accessibility violation. axe-core comes from npm (`.ci/run` installs it;
`LORKIT_AXE` points at its axe.min.js)."""

from __future__ import annotations

import os
from datetime import date
from typing import Any

import pytest
from phone_browser import page_problems, phone_context, skip_without_browser

skip_without_browser()

from playwright.sync_api import Page  # noqa: E402

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

ANONYMOUS_PAGES = ["/login/", "/signup/", "/password/reset/", "/password/reset/sent/"]
PAGES = [
    "/",
    "/week/",
    "/rotations/",
    "/rotations/new/",
    "/rotations/{rotation}/",
    "/rotations/{rotation}/edit/",
    "/rotations/{rotation}/delete/",
    "/rotations/{rotation}/past/",
    "/rotations/{rotation}/journal/",
    "/calendar/",
    "/calendar/revoke/confirm/",
    "/profile/",
    "/backup/",
    "/letter-check/",
    "/password/",
    "/password/done/",
    "/account/delete/",
    "/no/such/page/",
    "/checkin/",
    "/people/",
    "/people/new/",
    "/writers/",
    "/journal/",
    "/journal/story/new/",
    "/journal/feedback/new/",
    "/sites/",
    "/sites/new/",
    "/sites/import/",
    "/sites/weights/",
    "/letters/",
    "/letters/files/",
]
# Pages of one person in the demo journal, checked when the demo has someone in it.
PERSON_PAGES = [
    "/people/{person}/",
    "/people/{person}/edit/",
    "/people/{person}/letter-check/",
    "/people/{person}/ask/",
]
# Pages of the demo's agreed letter, and its writer's pages (a link issued by the test).
LETTER_PAGES = [
    "/letters/{letter}/",
    "/letters/{letter}/reply/",
    "/letters/{letter}/packet/",
    "/letters/{letter}/experience/",
    "/w/{token}/",
    "/w/{token}/check/",
]
# Pages of one rotation offer, which the test adds to the demo account from the CSV template.
SITE_PAGES = [
    "/sites/{site}/",
    "/sites/{site}/edit/",
    "/sites/{site}/delete/",
    "/sites/{site}/book/",
]


@pytest.fixture
def phone(live_server: Any) -> Any:
    with phone_context(live_server.url) as context:
        yield context.new_page()


def check(page: Page, path: str) -> list[str]:
    page.goto(path)
    return page_problems(page, path)


def test_every_page_fits_a_phone_and_passes_axe(phone: Page) -> None:
    from lorkit.core.site_csv import read_site_csv, template_csv
    from lorkit.demo import DEMO_PASSWORD, DEMO_USERNAME, demo_load
    from lorkit.journal.models import Person
    from lorkit.letters.models import LetterRequest
    from lorkit.letters.services import writer_link_issue
    from lorkit.sites.services import site_options_import

    user = demo_load(date.today())
    rotation = user.rotations.order_by("start").first()
    person = Person.objects.filter(owner=user).order_by("pk").first()
    site = site_options_import(
        owner=user, options=read_site_csv(template_csv(), date.today()).options
    )[0]
    letter = LetterRequest.objects.filter(owner=user, status="agreed").first()
    token = writer_link_issue(request=letter).token if letter else ""
    problems = [problem for path in ANONYMOUS_PAGES for problem in check(phone, path)]

    phone.goto("/login/")
    phone.fill("#id_username", DEMO_USERNAME)
    phone.fill("#id_password", DEMO_PASSWORD)
    phone.click("button[type=submit]")
    phone.wait_for_url("**/")
    pages = PAGES + SITE_PAGES + (PERSON_PAGES if person else []) + (LETTER_PAGES if letter else [])
    for path in pages:
        problems += check(
            phone,
            path.format(
                rotation=rotation.pk,
                person=person and person.pk,
                site=site.pk,
                letter=letter and letter.pk,
                token=token,
            ),
        )

    assert problems == [], "\n".join(problems)
