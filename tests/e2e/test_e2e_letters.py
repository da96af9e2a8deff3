"""From a ready writer to a strong yes and a sent packet, on a phone in a real Chromium at
390 px: the ask page, the answer read and recorded, the packet built, previewed and its PDF
downloaded, then the writer's link opened in a fresh browser with no account and marked
uploaded, and the applicant seeing "viewed" and "uploaded"."""

from __future__ import annotations

import io
import os
from datetime import date, timedelta
from typing import Any

import pytest
from phone_browser import page_problems, phone_context, skip_without_browser

skip_without_browser()

from playwright.sync_api import Page, expect  # noqa: E402

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PASSWORD = "ready-writer-letter-9"
STRONG_YES = "Absolutely. I would be glad to write you a strong letter. Send me your CV."


@pytest.fixture
def writer_id(transactional_db: None) -> int:
    """An applicant whose attending saw four weeks of work, three stories and a closed loop."""
    from lorkit.accounts.services import user_create
    from lorkit.journal.models import Feedback, Person, Story
    from lorkit.plans.models import Rotation
    from lorkit.plans.services import rotation_save

    today = date.today()
    user = user_create(username="asker", password=PASSWORD, today=today)
    user.profile.eras_name = "Tobi Adeyemi"
    user.profile.specialty = "Internal Medicine"
    user.profile.save()
    start = today - timedelta(days=24)
    rotation = rotation_save(
        owner=user,
        rotation=Rotation(
            site="Lakeside Teaching Hospital", start=start, end=today + timedelta(days=4)
        ),
    )
    person = Person.objects.create(owner=user, name="Dr. Lena Hart", saw_clinical_work=True)
    person.rotations.add(rotation)
    for days, text in (
        (3, "Coordinated a heart-failure discharge with pharmacy"),
        (9, "Presented a new admission with a complete differential"),
        (15, "Led the family update for a patient going to hospice"),
    ):
        Story.objects.create(owner=user, day=start + timedelta(days=days), text=text).witnesses.add(
            person
        )
    Feedback.objects.create(
        owner=user,
        giver=person,
        day=start + timedelta(days=5),
        point="Lead with the assessment",
        followup_date=start + timedelta(days=12),
        outcome="Much clearer plans on rounds",
    )
    return person.pk


def log_in(page: Page, path: str) -> None:
    page.goto(f"/login/?next={path}")
    page.fill("#id_username", "asker")
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(lambda url: url.endswith(path))


def test_a_ready_writer_becomes_a_strong_yes_a_packet_and_an_uploaded_letter(
    live_server: Any, writer_id: int
) -> None:
    from pypdf import PdfReader

    with phone_context(
        live_server.url, accept_downloads=True, has_touch=True, is_mobile=True
    ) as context:
        phone = context.new_page()
        log_in(phone, f"/people/{writer_id}/ask/")
        expect(phone.locator("h1")).to_contain_text("Ask Dr. Lena Hart")
        expect(phone.locator(".ask-script")).to_contain_text("strong letter")
        assert page_problems(phone, "ask page") == []

        phone.get_by_role("button", name="I asked Dr. Lena Hart").tap()
        phone.fill("#id_reply_text", STRONG_YES)
        phone.get_by_role("button", name="Read the answer").tap()
        reading = phone.locator("#reading")
        expect(reading.locator(".reply-label")).to_have_text("Strong yes")
        expect(reading.locator("mark").first).to_be_visible()
        assert page_problems(phone, "answer read") == []

        phone.get_by_role("link", name="Build the packet").tap()
        assert "Thank you" in phone.locator("#id_email_subject").input_value()
        phone.fill("#id_taught", "leading with the assessment")
        phone.get_by_role("button", name="Save the packet").tap()
        preview = phone.locator("#preview")
        expect(preview.locator(".helper-preview")).to_contain_text("heart-failure discharge")
        assert page_problems(phone, "packet preview") == []
        with phone.expect_download() as download:
            phone.get_by_role("link", name="Download the PDF").tap()
        reader = PdfReader(io.BytesIO(download.value.path().read_bytes()))
        assert len(reader.pages) == 1

        phone.goto(phone.url.split("/packet/")[0] + "/")
        phone.get_by_role("button", name="Issue a writer link").tap()
        link = phone.locator("input.copy-field").input_value()
        assert "/w/" in link
        letter_page = phone.url

    with phone_context(live_server.url, has_touch=True, is_mobile=True) as fresh:
        writer = fresh.new_page()
        writer.goto(link)
        expect(writer.locator("h1")).to_have_text("Letter materials from Tobi Adeyemi")
        assert page_problems(writer, "writer page") == []
        writer.get_by_role("button", name="I've uploaded the letter").tap()
        expect(writer.locator(".done")).to_contain_text("uploaded")

    with phone_context(live_server.url, has_touch=True, is_mobile=True) as again:
        phone = again.new_page()
        log_in(phone, letter_page.split(live_server.url)[1].split("#")[0])
        expect(phone.locator(".link-view").first).to_contain_text("Viewed by Dr. Lena Hart")
        expect(phone.locator(".link-uploaded")).to_contain_text("says the letter is uploaded")
        assert page_problems(phone, "letter page after the writer") == []
