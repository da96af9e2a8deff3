"""Every page at 390 px, in a real Chromium: nothing scrolls sideways, and axe-core finds no
serious or critical accessibility violation. axe-core comes from npm (`.ci/run` installs it;
`LORKIT_AXE` points at its axe.min.js)."""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = os.environ.get("LORKIT_CHROMIUM", "/usr/bin/chromium")
AXE = Path(os.environ.get("LORKIT_AXE", ".ci/node_modules/axe-core/axe.min.js"))
REQUIRED = os.environ.get("LORKIT_REQUIRE_BROWSER") == "1"

missing = [
    what
    for what, present in (
        (f"Chromium at {CHROMIUM}", Path(CHROMIUM).exists() or shutil.which("chromium")),
        (f"axe-core at {AXE} (npm install axe-core)", AXE.exists()),
    )
    if not present
]
if missing:
    if REQUIRED:
        raise RuntimeError(f"LORKIT_REQUIRE_BROWSER=1 but missing: {', '.join(missing)}")
    pytest.skip(f"missing: {', '.join(missing)}", allow_module_level=True)

from playwright.sync_api import Page, sync_playwright  # noqa: E402

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}
ANONYMOUS_PAGES = ["/login/", "/signup/", "/password/reset/", "/password/reset/sent/"]
PAGES = [
    "/",
    "/week/",
    "/rotations/",
    "/rotations/new/",
    "/rotations/{rotation}/",
    "/rotations/{rotation}/edit/",
    "/rotations/{rotation}/delete/",
    "/calendar/",
    "/profile/",
    "/backup/",
    "/password/",
    "/password/done/",
    "/account/delete/",
    "/no/such/page/",
]


@pytest.fixture
def phone(live_server: Any) -> Any:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"]
        )
        # bypass_csp lets the test inject axe-core; the pages themselves keep their policy.
        context = browser.new_context(base_url=live_server.url, viewport=PHONE, bypass_csp=True)
        yield context.new_page()
        context.close()
        browser.close()


def serious_violations(page: Page) -> list[str]:
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    result = page.evaluate("async () => await axe.run(document)")
    return [
        f"{v['id']} ({v['impact']}): {len(v['nodes'])} element(s), e.g. {v['nodes'][0]['target']}"
        for v in result["violations"]
        if v["impact"] in {"serious", "critical"}
    ]


def sideways_overflow(page: Page) -> int:
    width: int = page.evaluate("document.documentElement.scrollWidth")
    return max(0, width - PHONE["width"])


def check(page: Page, path: str) -> list[str]:
    page.goto(path)
    problems = [f"{path}: {violation}" for violation in serious_violations(page)]
    overflow = sideways_overflow(page)
    if overflow:
        problems.append(f"{path}: scrolls {overflow} px sideways at {PHONE['width']} px")
    return problems


def test_every_page_fits_a_phone_and_passes_axe(phone: Page) -> None:
    from lorkit.demo import DEMO_PASSWORD, DEMO_USERNAME, demo_load

    user = demo_load(date.today())
    rotation = user.rotations.order_by("start").first()
    problems = [problem for path in ANONYMOUS_PAGES for problem in check(phone, path)]

    phone.goto("/login/")
    phone.fill("#id_username", DEMO_USERNAME)
    phone.fill("#id_password", DEMO_PASSWORD)
    phone.click("button[type=submit]")
    phone.wait_for_url("**/")
    for path in PAGES:
        problems += check(phone, path.format(rotation=rotation.pk))

    assert problems == [], "\n".join(problems)
