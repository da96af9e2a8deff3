"""The packet as files (letters/render.py): the one-page helper PDF read back with pypdf, the Word
file reopened with python-docx, the .eml draft parsed with `email`, the mailto: link split
with urllib."""

from __future__ import annotations

import email
import io
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, replace
from email import policy
from email.message import EmailMessage
from urllib.parse import parse_qs, unquote, urlsplit

import docx
import pypdf
import pytest
from docx.shared import Inches
from hypothesis import given, settings
from hypothesis import strategies as st

from lorkit.core.packet import (
    CLOSING,
    COMPLIMENTS,
    FEEDBACK,
    STORIES,
    TALKS,
    WISHES,
    HelperSection,
    LetterHelper,
)
from lorkit.letters.render import (
    MAILTO_CUT_NOTE,
    MAILTO_MAX_LENGTH,
    RenderedPdf,
    helper_docx,
    helper_pdf,
    mailto_link,
    packet_eml,
)

HEADINGS = (STORIES, FEEDBACK, COMPLIMENTS, TALKS, WISHES)
TITLE = "Letter helper: Ana Souza, internal medicine sub-internship"
INTRO = (
    "I was the sub-intern on your general medicine team from 4 January to 31 January 2027, "
    "carrying four to six patients and presenting each of them on rounds.",
)
UNICODE_NAMES = "Nguyễn Thị Lan, Łukasz Wójcik and Jürgen Müller — “team two”"
BOTTOM_MARGIN = 54  # points: 0.75 in
BASELINE_SLACK = 4  # a last line's baseline sits a little above its cell's bottom edge


def bullet_text(number: int, length: int = 110) -> str:
    text = (
        f"Item {number}: followed a patient admitted with a fever, checked the cultures "
        "each morning and updated the family after rounds"
    )
    return (text * (length // len(text) + 1))[:length].rstrip()


def helper(bullets: int, *, length: int = 110) -> LetterHelper:
    """A helper with `bullets` bullets dealt over the five usual headings in turn."""
    dealt: list[list[str]] = [[] for _ in HEADINGS]
    for number in range(bullets):
        dealt[number % len(HEADINGS)].append(bullet_text(number, length))
    return LetterHelper(
        title=TITLE,
        intro=INTRO,
        sections=tuple(
            HelperSection(heading=heading, bullets=tuple(items))
            for heading, items in zip(HEADINGS, dealt, strict=True)
            if items
        ),
        closing=CLOSING,
    )


@dataclass(frozen=True)
class Drawn:
    """A PDF as read back: its pages, text, metadata title, and where text was drawn."""

    pages: int
    box: tuple[float, float, float, float]
    text: str
    title: str | None
    lowest_baseline: float
    smallest_font: float


def read_back(data: bytes) -> Drawn:
    reader = pypdf.PdfReader(io.BytesIO(data))
    baselines: list[float] = []
    sizes: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            baselines.append(tm[4] * cm[1] + tm[5] * cm[3] + cm[5])
            sizes.append(size * tm[3])

    text = reader.pages[0].extract_text(visitor_text=visit)
    box = tuple(float(v) for v in reader.pages[0].mediabox)
    title = reader.metadata.title if reader.metadata else None
    return Drawn(
        pages=len(reader.pages),
        box=box,  # type: ignore[arg-type]
        text=text,
        title=title,
        lowest_baseline=min(baselines, default=792.0),
        smallest_font=min(sizes, default=0.0),
    )


def flat(text: str) -> str:
    """Text with its line breaks and runs of spaces as single spaces, for wrapped paragraphs."""
    return " ".join(text.split())


def bullets_of(helper: LetterHelper) -> list[str]:
    return [bullet for section in helper.sections for bullet in section.bullets]


def assert_one_page_that_holds_everything(drawn: Drawn) -> None:
    assert drawn.pages == 1
    assert drawn.box == (0.0, 0.0, 612.0, 792.0)
    assert drawn.lowest_baseline >= BOTTOM_MARGIN - BASELINE_SLACK  # nothing ran off the page
    assert drawn.smallest_font >= 9.5


# --- The one-page PDF ----------------------------------------------------------------------------


@pytest.mark.parametrize("bullets", [0, 5, 40, 200])
def test_the_helper_is_always_one_letter_page_with_its_title(bullets: int) -> None:
    rendered = helper_pdf(helper(bullets))
    drawn = read_back(rendered.data)

    assert_one_page_that_holds_everything(drawn)
    assert flat(drawn.text).startswith(TITLE)
    assert drawn.title == TITLE
    assert flat(CLOSING) in flat(drawn.text)


@pytest.mark.parametrize("bullets", [0, 5])
def test_a_short_helper_keeps_every_bullet_at_eleven_points(bullets: int) -> None:
    rendered = helper_pdf(helper(bullets))
    text = flat(read_back(rendered.data).text)

    assert rendered.left_out == ()
    assert rendered.kept == helper(bullets)
    assert rendered.font_size == 11.0
    assert rendered.layouts_tried == 1
    assert all(flat(bullet) in text for bullet in bullets_of(helper(bullets)))


@pytest.mark.parametrize("bullets", [40, 200])
def test_a_long_helper_is_trimmed_at_the_smallest_size_and_says_what_was_left_out(
    bullets: int,
) -> None:
    original = helper(bullets)
    rendered = helper_pdf(original)
    text = flat(read_back(rendered.data).text)

    assert rendered.font_size == 9.5
    assert rendered.left_out
    assert len(bullets_of(rendered.kept)) + len(rendered.left_out) == bullets
    assert not any(flat(bullet) in text for bullet in rendered.left_out)
    assert all(flat(bullet) in text for bullet in bullets_of(rendered.kept))


# Bullets of 110 characters (two lines each) that fit at each size: the counts follow from the
# page's layout (margins, leading, the five headings), so a change there shows here.
@pytest.mark.parametrize(
    ("bullets", "size", "dropped"),
    [(15, 11.0, 0), (16, 10.0, 0), (18, 10.0, 0), (19, 9.5, 0), (20, 9.5, 1), (22, 9.5, 3)],
)
def test_the_font_steps_down_before_any_bullet_is_dropped(
    bullets: int, size: float, dropped: int
) -> None:
    rendered = helper_pdf(helper(bullets))

    assert (rendered.font_size, len(rendered.left_out)) == (size, dropped)


def test_the_fitting_loop_takes_helpers_from_the_shorter_function_in_turn() -> None:
    taken: list[int] = []

    def one_fewer_each_time(full: LetterHelper) -> Iterator[LetterHelper]:
        current = full
        while bullets_of(current):
            last = current.sections[-1]
            sections = current.sections[:-1]
            if len(last.bullets) > 1:
                sections += (replace(last, bullets=last.bullets[:-1]),)
            current = replace(current, sections=sections)
            taken.append(len(bullets_of(current)))
            yield current

    rendered = helper_pdf(helper(60), shorter=one_fewer_each_time)

    kept = len(bullets_of(rendered.kept))
    assert taken[-1] == kept  # stopped at the first that fitted
    assert rendered.layouts_tried == 3 + len(taken)
    still_there = bullets_of(rendered.kept)
    assert rendered.left_out == tuple(b for b in bullets_of(helper(60)) if b not in still_there)
    assert rendered.left_out


def test_a_five_thousand_character_bullet_still_gives_one_page() -> None:
    long_one = helper(3).sections[0]
    sections = (replace(long_one, bullets=(bullet_text(0, 5000), *long_one.bullets)),)
    rendered = helper_pdf(replace(helper(3), sections=sections))

    assert_one_page_that_holds_everything(read_back(rendered.data))


def never_shorter(helper: LetterHelper) -> Iterator[LetterHelper]:
    return iter(())


ABSURD = [
    LetterHelper(title="A title that goes on " * 300),
    LetterHelper(title=TITLE, intro=("An introduction that never stops. " * 200,)),
    LetterHelper(title=TITLE, sections=(HelperSection(heading="H", bullets=("x" * 9000,)),)),
    LetterHelper(title=TITLE, sections=tuple(HelperSection(heading=f"H{n}") for n in range(300))),
    LetterHelper(title=TITLE, closing="Thank you for reading all of this. " * 300),
    LetterHelper(title="Line\n" * 2000, sections=(HelperSection(heading="\n" * 80),)),
]


@pytest.mark.parametrize(
    "absurd", ABSURD, ids=["title", "intro", "word", "headings", "closing", "line-breaks"]
)
def test_absurd_text_is_cut_with_an_ellipsis_and_still_fits(absurd: LetterHelper) -> None:
    rendered = helper_pdf(absurd, shorter=never_shorter)
    drawn = read_back(rendered.data)

    assert_one_page_that_holds_everything(drawn)
    assert "…" in drawn.text or len(rendered.kept.sections) < len(absurd.sections)


def test_names_in_any_latin_script_and_typographic_marks_read_back() -> None:
    named = replace(helper(2), title=f"Helper for {UNICODE_NAMES}", closing="Thanks – truly…")
    decomposed = replace(named, intro=(unicodedata.normalize("NFD", UNICODE_NAMES),))

    text = read_back(helper_pdf(decomposed).data).text

    assert flat(f"Helper for {UNICODE_NAMES}") in flat(text)
    assert text.count("Nguyễn") == 2  # the decomposed copy is drawn composed
    assert "Thanks – truly…" in text


@settings(max_examples=15, deadline=None)
@given(
    st.lists(st.lists(st.text(min_size=1, max_size=400), max_size=12), min_size=0, max_size=6),
    st.text(max_size=300),
)
def test_any_helper_fits_one_page(sections: list[list[str]], title: str) -> None:
    drawn = helper(0)
    drawn = replace(
        drawn,
        title=title,
        sections=tuple(
            HelperSection(heading=f"Heading {n}", bullets=tuple(items))
            for n, items in enumerate(sections)
        ),
    )

    read = read_back(helper_pdf(drawn).data)

    assert read.pages == 1
    assert read.lowest_baseline >= BOTTOM_MARGIN - BASELINE_SLACK


def test_a_rendered_pdf_is_plain_data() -> None:
    rendered = helper_pdf(helper(1))

    assert isinstance(rendered, RenderedPdf)
    assert rendered.data.startswith(b"%PDF-")


# --- The Word file -------------------------------------------------------------------------------


def test_the_word_file_holds_the_headings_and_bullets_on_letter_pages() -> None:
    original = replace(helper(12), title=f"Helper for {UNICODE_NAMES}")

    document = docx.Document(io.BytesIO(helper_docx(original)))
    styled = [(p.style.name if p.style else "", p.text) for p in document.paragraphs]

    assert styled[0] == ("Title", f"Helper for {UNICODE_NAMES}")
    assert [t for s, t in styled if s == "Heading 1"] == [s.heading for s in original.sections]
    assert [t for s, t in styled if s == "List Bullet"] == bullets_of(original)
    assert styled[-1] == ("Normal", CLOSING)
    page = document.sections[0]
    assert (page.page_width, page.page_height) == (Inches(8.5), Inches(11))
    assert document.core_properties.title == f"Helper for {UNICODE_NAMES}"


def test_the_word_file_drops_control_characters_word_cannot_hold() -> None:
    original = replace(helper(1), intro=("Tab\tand bell\x07 and form feed\x0c",))

    document = docx.Document(io.BytesIO(helper_docx(original)))

    assert document.paragraphs[1].text == "Tab and bell and form feed"


# --- The .eml draft ------------------------------------------------------------------------------

ATTACHMENTS = [
    ("Souza CV.pdf", "application/pdf", b"%PDF-1.7 a CV"),
    (
        "Letter helper.docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        b"PK\x03\x04 a helper",
    ),
    ("notes.txt", "text/plain", "Überblick – notes".encode()),
    ("odd.bin", "not a type", b"\x00\x01"),
]


def parsed(data: bytes) -> EmailMessage:
    message = email.message_from_bytes(data, policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def test_the_eml_draft_opens_as_unsent_with_its_body_and_attachments() -> None:
    body = "Dear Dr. Lee,\n\nThank you for teaching me to present a patient in two minutes.\n"

    message = parsed(
        packet_eml(
            sender="Ana Souza <ana@example.org>",
            to="lee@example.org",
            subject="Thank you and LoR materials – Ana Souza, 4–31 January 2027",
            body=body,
            attachments=ATTACHMENTS,
        )
    )

    assert message["X-Unsent"] == "1"
    assert message["Subject"] == "Thank you and LoR materials – Ana Souza, 4–31 January 2027"
    assert message["To"] == "lee@example.org"
    plain = message.get_body(("plain",))
    assert plain is not None
    assert plain.get_content() == body.replace("\n", "\r\n")  # .eml files end lines with CRLF
    found = [
        (part.get_filename(), part.get_content_type(), part.get_payload(decode=True))
        for part in message.iter_attachments()
    ]
    assert found[:3] == ATTACHMENTS[:3]
    assert found[3] == ("odd.bin", "application/octet-stream", b"\x00\x01")


def test_a_line_break_in_a_header_cannot_add_a_header() -> None:
    message = parsed(
        packet_eml(
            sender="ana@example.org",
            to="lee@example.org",
            subject="Thanks\r\nBcc: someone@example.org",
            body="Hello",
            attachments=[],
        )
    )

    assert message["Bcc"] is None
    assert message["Subject"] == "Thanks Bcc: someone@example.org"


# --- The mailto: link ----------------------------------------------------------------------------


def split_link(link: str) -> tuple[str, dict[str, str]]:
    parts = urlsplit(link)
    fields = {name: values[0] for name, values in parse_qs(parts.query).items()}
    return unquote(parts.path), fields


def test_a_short_mailto_link_round_trips_with_crlf_line_ends() -> None:
    body = "Dear Dr. Lee,\n\nThank you — “truly”. 100% + more & more?\n"

    link = mailto_link("lee@example.org", "Thank you & LoR materials", body)
    to, fields = split_link(link)

    assert link.startswith("mailto:lee@example.org?subject=Thank%20you%20%26%20LoR")
    assert "%0D%0A%0D%0AThank" in link
    assert " " not in link and "+" not in link
    assert to == "lee@example.org"
    assert fields == {
        "subject": "Thank you & LoR materials",
        "body": body.replace("\n", "\r\n"),
    }


def test_a_long_body_is_cut_at_a_word_with_a_note_and_the_link_stays_short() -> None:
    body = "\n".join(bullet_text(n) for n in range(100))

    link = mailto_link("lee@example.org", "LoR materials", body)
    _, fields = split_link(link)

    assert len(link) <= MAILTO_MAX_LENGTH
    assert len(link) > MAILTO_MAX_LENGTH - 60  # not cut further than needed
    assert fields["body"].endswith("\r\n\r\n" + MAILTO_CUT_NOTE)
    kept = fields["body"].removesuffix("\r\n\r\n" + MAILTO_CUT_NOTE).replace("\r\n", "\n")
    assert body.startswith(kept)
    assert body[len(kept)] in " \n"  # cut between words


def test_a_subject_too_long_for_any_link_is_cut_too() -> None:
    link = mailto_link("lee@example.org", "Ünïcode subject " * 300, "Hello")

    assert len(link) <= MAILTO_MAX_LENGTH
    assert split_link(link)[1]["subject"].endswith("…")


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=3000), st.text(max_size=200))
def test_a_mailto_link_never_exceeds_the_limit_and_short_ones_round_trip(
    body: str, subject: str
) -> None:
    link = mailto_link("lee@example.org", subject, body)
    _, fields = split_link(link)

    assert len(link) <= MAILTO_MAX_LENGTH
    expected = body.replace("\r\n", "\n").replace("\n", "\r\n")
    if MAILTO_CUT_NOTE not in fields.get("body", ""):
        assert fields.get("body", "") == expected
        assert fields.get("subject", "") == subject
