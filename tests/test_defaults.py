"""One source for each default: templates and help texts read numbers from core/defaults.py
instead of restating them, so changing a default changes every word that quotes it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lorkit.core import defaults

SRC = Path(__file__).resolve().parent.parent / "src" / "lorkit"
TEMPLATES = sorted(SRC.rglob("templates/**/*.html"))

# Shapes in which a page would restate a limit instead of reading it.
RESTATED_LIMITS = {
    "a fixed maxlength": re.compile(r'maxlength="\d'),
    "a duration in minutes": re.compile(r"\b\d+ minutes?\b"),
    "a size in megabytes": re.compile(r"\b\d+ ?MB\b"),
    "a length in characters": re.compile(r"\b\d+ characters\b"),
}


def test_the_templates_are_found() -> None:
    names = {path.name for path in TEMPLATES}
    assert {"base.html", "_milestone.html", "locked_out.html", "dashboard.html"} <= names


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda path: str(path.relative_to(SRC)))
def test_no_template_restates_a_limit(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    found = [
        f"{what}: {m.group(0)!r}" for what, rx in RESTATED_LIMITS.items() for m in rx.finditer(text)
    ]
    assert found == []


def test_the_milestone_note_field_takes_its_length_from_the_defaults(
    owner_client, rotation
) -> None:  # type: ignore[no-untyped-def]
    page = owner_client.get(f"/rotations/{rotation.pk}/").content.decode()

    assert f'maxlength="{defaults.NOTE_MAX_LENGTH}"' in page


def test_the_lockout_page_quotes_the_lockout_from_the_defaults(client, settings) -> None:  # type: ignore[no-untyped-def]
    from django.template.loader import render_to_string

    page = render_to_string("accounts/locked_out.html", request=client.get("/login/").wsgi_request)

    assert f"paused for {defaults.LOGIN_LOCKOUT_MINUTES} minutes" in page
