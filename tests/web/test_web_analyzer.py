"""The letter check page: paste or upload a draft, see its tier, the marked phrases and three
ways to make it stronger; hostile files get a sentence, never a crash; nothing is kept."""

from __future__ import annotations

import io
import logging
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lorkit.accounts.models import User
from lorkit.core import defaults

URL = "/letter-check/"
SAMPLES = Path(__file__).resolve().parents[1] / "core" / "letters_set" / "samples"
LETTERS = Path(__file__).resolve().parents[1] / "core" / "letters_set" / "letters"
STRONG = (SAMPLES / "strong-letter.txt").read_text(encoding="utf-8")
SECRET = "Zebulon-Quasar-7731"  # a word that must never be stored or logged


@pytest.fixture
def owner_page(client_for: Any, owner: User) -> Client:
    client: Client = client_for(owner)
    return client


def post_text(client: Client, text: str) -> Any:
    return client.post(URL, {"text": text})


def post_file(client: Client, name: str, data: bytes) -> Any:
    return client.post(URL, {"file": SimpleUploadedFile(name, data)})


def test_the_route_is_the_letter_check() -> None:
    assert reverse("letter_check") == URL


def test_the_empty_page_explains_itself_and_says_what_is_not_its_to_check(
    owner_page: Client,
) -> None:
    page = owner_page.get(URL)

    text = page.content.decode()
    assert page.status_code == 200
    assert "waived the right to see" in text
    assert "Nothing you paste or upload is kept" in text
    assert 'enctype="multipart/form-data"' in text
    assert f'maxlength="{defaults.LETTER_MAX_CHARACTERS}"' in text
    assert 'aria-current="page">Letter check' in text
    assert 'id="result"' not in text


def test_a_pasted_draft_shows_its_tier_the_marked_phrases_and_three_suggestions(
    owner_page: Client,
) -> None:
    page = post_text(owner_page, STRONG)

    text = page.content.decode()
    assert page.status_code == 200
    assert 'class="tier-badge tier-strong">Strong' in text
    assert '<mark class="mark mark-strength">without reservation' in text
    assert "(strong recommendation)" in text
    assert '<span class="mark-story"><span class="mark-tag">story</span>' in text
    assert text.count('<ol class="suggestions">') >= 1
    assert "3 ways to make it stronger" in text
    assert "Igor Shevchenko" in text  # the draft stays in the box to edit and check again


def test_a_concerning_draft_marks_the_warning(owner_page: Client) -> None:
    letter = (LETTERS / "cn01-eze-im.txt").read_text(encoding="utf-8")

    text = post_text(owner_page, letter).content.decode()

    assert "tier-concerning" in text
    assert '<mark class="mark mark-concern">With appropriate support' in text
    assert "Take out “" in text


def test_the_suggestions_name_a_profile_strength_no_sentence_shows(
    owner_page: Client, owner: User
) -> None:
    owner.profile.strengths = ["knowledge"]
    owner.profile.save()

    text = post_text(owner_page, "I expect she will do well. She was punctual.").content.decode()

    assert "No sentence shows medical knowledge, a strength on your profile." in text


def test_the_marked_letter_escapes_what_was_pasted(owner_page: Client) -> None:
    text = post_text(owner_page, "<script>alert(1)</script> I recommend her without reservation.")

    body = text.content.decode()
    assert "<script>alert(1)</script>" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body


@pytest.mark.parametrize("name", ["strong-letter.txt", "strong-letter.docx", "strong-letter.pdf"])
def test_an_uploaded_draft_is_read_from_txt_docx_and_pdf(owner_page: Client, name: str) -> None:
    page = post_file(owner_page, name, (SAMPLES / name).read_bytes())

    text = page.content.decode()
    assert page.status_code == 200
    assert "tier-strong" in text
    assert "without reservation" in text


def zip_bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<w:p/>" * (defaults.LETTER_DOCX_MAX_XML_BYTES // 5))
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "data", "says"),
    [
        ("letter.txt", b"\x00\x01\x02binary", "This is not a text file."),
        ("letter.txt", "Résumé, naïve – café".encode("cp1252") * 3, None),
        ("letter.docx", zip_bomb(), "unpacks to more than"),
        ("letter.docx", b"PK\x03\x04junk", "cannot be opened"),
        ("letter.pdf", b"%PDF-1.7\n1 0 obj << /Pages 9 0 R >>", "cannot be read"),
        ("letter.png", b"\x89PNG\r\n", "lorkit reads letters saved as .txt, .docx or .pdf."),
        ("letter.txt", b"a" * (defaults.LETTER_MAX_CHARACTERS + 1), "a letter is far shorter"),
    ],
    ids=["binary", "windows-1252", "zip bomb", "broken docx", "broken pdf", "image", "huge"],
)
def test_a_file_that_cannot_be_read_gets_a_sentence_not_a_crash(
    owner_page: Client, name: str, data: bytes, says: str | None
) -> None:
    page = post_file(owner_page, name, data)

    text = page.content.decode()
    if says is None:
        assert page.status_code == 200 and "Résumé" in text
    else:
        assert page.status_code == 400
        assert says in text
        assert 'role="alert"' in text


@pytest.mark.parametrize("data", [{"text": "   "}, {}], ids=["blank", "nothing sent"])
def test_an_empty_form_asks_for_a_draft(owner_page: Client, data: dict[str, str]) -> None:
    page = owner_page.post(URL, data)

    assert page.status_code == 400
    assert "Paste a letter draft, or choose a file." in page.content.decode()


def test_the_answer_is_never_cached(owner_page: Client) -> None:
    page = post_text(owner_page, STRONG)

    assert "no-store" in page["Cache-Control"]


def test_too_long_a_paste_is_refused_and_kept_in_the_box(owner_page: Client) -> None:
    page = post_text(owner_page, "word " * (defaults.LETTER_MAX_CHARACTERS // 5 + 1))

    assert page.status_code == 400
    assert "a letter is far shorter" in page.content.decode()


def test_a_body_over_the_request_limit_is_refused_before_it_is_read(owner_page: Client) -> None:
    page = owner_page.post(
        URL, data=b"x", content_type="text/plain", CONTENT_LENGTH=defaults.REQUEST_MAX_BYTES + 1
    )

    assert page.status_code == 413


def test_a_control_character_paste_is_analysed_without_them(owner_page: Client) -> None:
    page = post_text(owner_page, "I recommend her\x00 without\x1b reservation.\x7f")

    assert page.status_code == 200
    assert "\x00" not in page.content.decode()


def test_nothing_of_the_draft_is_stored_or_logged(
    owner_page: Client, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    with CaptureQueriesContext(connection) as queries:
        post_text(owner_page, f"{STRONG}\n{SECRET}")
        post_file(owner_page, "draft.txt", f"{STRONG}\n{SECRET}".encode())

    assert not any(SECRET in query["sql"] for query in queries.captured_queries)
    writes = [
        q["sql"] for q in queries.captured_queries if q["sql"].startswith(("INSERT", "UPDATE"))
    ]
    assert all("django_session" in sql or "last_login" in sql for sql in writes)
    assert SECRET not in caplog.text


def test_a_two_page_letter_is_answered_within_a_second(owner_page: Client) -> None:
    two_pages = "\n\n".join(
        (LETTERS / name).read_text(encoding="utf-8")
        for name in (
            "vs01-okafor-im.txt",
            "vs02-mehta-im.txt",
            "vs03-castillo-peds.txt",
            "vs04-haddad-surg.txt",
        )
    )
    assert len(two_pages.split()) > 900

    started = time.perf_counter()
    page = post_text(owner_page, two_pages)

    assert page.status_code == 200
    assert time.perf_counter() - started < 1.0


def test_an_anonymous_visitor_is_sent_to_log_in(client: Client) -> None:
    page = client.post(URL, {"text": STRONG})

    assert page.status_code == 302
    assert page["Location"].startswith("/login/")


def test_an_outsider_sees_only_their_own_check(
    client_for: Any, owner: User, outsider: User
) -> None:
    owner.profile.strengths = ["knowledge"]
    owner.profile.save()

    page = client_for(outsider).post(URL, {"text": "She was punctual."})

    text = page.content.decode()
    assert page.status_code == 200
    assert "Alice Example" not in text
    assert "a strength on your profile" not in text


@pytest.mark.parametrize("method", ["put", "patch", "delete"])
def test_other_methods_are_refused(owner_page: Client, method: str) -> None:
    assert getattr(owner_page, method)(URL).status_code == 405
