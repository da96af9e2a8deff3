"""What the phone-sized browser tests share: Chromium and axe-core (or a skip, unless
LORKIT_REQUIRE_BROWSER=1), a 390 px page, the axe check and the sideways-scroll check.

Test modules import it as `phone_browser` (pytest puts tests/e2e on sys.path)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = os.environ.get("LORKIT_CHROMIUM", "/usr/bin/chromium")
AXE = Path(os.environ.get("LORKIT_AXE", ".ci/node_modules/axe-core/axe.min.js"))
REQUIRED = os.environ.get("LORKIT_REQUIRE_BROWSER") == "1"
PHONE = {"width": 390, "height": 844}


def skip_without_browser() -> None:
    """Skip the calling module when Chromium or axe-core is missing (fail under CI)."""
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


@contextmanager
def phone_context(base_url: str, **options: Any) -> Iterator[Any]:
    """A 390 px browser context on the live server. bypass_csp lets a test inject axe-core;
    the pages themselves keep their policy."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"]
        )
        context = browser.new_context(base_url=base_url, viewport=PHONE, bypass_csp=True, **options)
        try:
            yield context
        finally:
            context.close()
            browser.close()


def serious_violations(page: Any) -> list[str]:
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    result = page.evaluate("async () => await axe.run(document)")
    return [
        f"{v['id']} ({v['impact']}): {len(v['nodes'])} element(s), e.g. {v['nodes'][0]['target']}"
        for v in result["violations"]
        if v["impact"] in {"serious", "critical"}
    ]


def sideways_overflow(page: Any) -> int:
    width: int = page.evaluate("document.documentElement.scrollWidth")
    return max(0, width - PHONE["width"])


def page_problems(page: Any, label: str) -> list[str]:
    """axe's serious and critical violations and any sideways scroll of the page shown."""
    problems = [f"{label}: {violation}" for violation in serious_violations(page)]
    overflow = sideways_overflow(page)
    if overflow:
        problems.append(f"{label}: scrolls {overflow} px sideways at {PHONE['width']} px")
    return problems
