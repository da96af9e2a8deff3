"""The AAMC Letter Writer Portal's upload rules checked on the letter file (core/preflight.py,
domain.md §8). Every PDF here is drawn in the test with fpdf2."""

from __future__ import annotations

import io
import random
import zipfile

import pypdf
import pytest
from fpdf import FPDF
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from lorkit.core import defaults
from lorkit.core.preflight import (
    STANDARDISED_WEB_FORM_SPECIALTIES,
    DocumentKind,
    PortalRule,
    RuleVerdict,
    document_kind,
    preflight_letter,
    preflight_verdict,
    takes_web_form,
)
from lorkit.core.vocabulary import ERAS_SPECIALTIES

LETTERHEAD = "Riverside University Hospital · Department of Medicine"
BODY = (
    "Dear Program Director,",
    "I am glad to recommend this student, who joined our ward team for four weeks.",
    "They presented new admissions each morning with a clear plan.",
)
DATED = "May 3, 2026"
SIGNED = ("Sincerely,", "", "Ana Ruiz, MD", "Associate Professor of Medicine")


def letter_pdf(
    *,
    paper: str | tuple[float, float] = "letter",
    orientation: str = "portrait",
    letterhead: str | None = LETTERHEAD,
    date_line: str | None = DATED,
    closing: tuple[str, ...] = SIGNED,
    pages: int = 1,
    image: tuple[int, int] | None = None,  # pixels of a noisy picture on the last page
    gap: float = 40,  # points between the date and the body
) -> bytes:
    """A letter drawn with fpdf2: letterhead at the top, the date, the body, the closing."""
    pdf = FPDF(unit="pt", format=paper, orientation=orientation)
    pdf.set_font("helvetica", size=11)
    for number in range(1, pages + 1):
        pdf.add_page()
        if number == 1:
            for line in [letterhead, date_line]:
                if line is not None:
                    pdf.cell(0, 16, line.replace("·", "-"), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(gap)
        for line in BODY:
            pdf.multi_cell(0, 14, line, new_x="LMARGIN", new_y="NEXT")
    for line in closing:
        pdf.cell(0, 14, line, new_x="LMARGIN", new_y="NEXT")
    if image:
        pdf.image(noisy_picture(*image), x=72, y=pdf.get_y() + 4, w=120)
    return bytes(pdf.output())


def noisy_picture(width: int, height: int) -> Image.Image:
    """Random pixels, which no compression shrinks: a way to make a PDF large."""
    noise = random.Random(20260503).randbytes(width * height * 3)
    return Image.frombytes("RGB", (width, height), noise)


def encrypted(data: bytes, *, user_password: str) -> bytes:
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user_password, owner_password="owner-only")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def word_document() -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("Dear Program Director,")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def verdicts_by_rule(filename: str, data: bytes) -> dict[str, RuleVerdict]:
    return {verdict.rule: verdict for verdict in preflight_letter(filename, data)}


def passed(filename: str, data: bytes) -> dict[str, bool | None]:
    return {rule: verdict.passed for rule, verdict in verdicts_by_rule(filename, data).items()}


# --- What the bytes are --------------------------------------------------------------------------


def zipped(names: list[str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name in names:
            archive.writestr(name, "<x/>")
    return out.getvalue()


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (letter_pdf(), DocumentKind.PDF),
        (b"\xef\xbb\xbf" + b" " * 1000 + b"%PDF-1.7\n", DocumentKind.PDF),  # junk before header
        (b" " * 1100 + b"%PDF-1.7\n", None),  # too far in to be a header
        (word_document(), DocumentKind.DOCX),
        (zipped(["[Content_Types].xml", "word/document.xml"]), DocumentKind.DOCX),
        (zipped(["[Content_Types].xml", "xl/workbook.xml"]), None),  # a spreadsheet
        (zipped(["word/document.xml"]), None),
        (word_document()[:200], None),  # a zip cut short
        (b"PK\x03\x04" + b"\x00" * 60, None),
        (b"Dear Program Director,", None),
        (b"", None),
    ],
    ids=[
        "pdf",
        "pdf-after-junk",
        "pdf-header-too-late",
        "word",
        "minimal-docx",
        "spreadsheet",
        "docx-without-content-types",
        "truncated-zip",
        "zip-header-only",
        "text",
        "empty",
    ],
)
def test_a_document_is_known_by_its_content_not_its_name(
    data: bytes, kind: DocumentKind | None
) -> None:
    assert document_kind(data) == kind


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000), st.sampled_from([b"", b"PK\x03\x04", b"%PDF-1.4\n"]))
def test_document_kind_never_raises_on_garbage(data: bytes, prefix: bytes) -> None:
    assert document_kind(prefix + data) in (None, DocumentKind.PDF, DocumentKind.DOCX)


# --- The required rules --------------------------------------------------------------------------


def test_a_signed_dated_letter_on_letterhead_is_ready_to_upload() -> None:
    verdicts = preflight_letter("Ruiz letter.pdf", letter_pdf())

    assert [v.rule for v in verdicts] == list(PortalRule)
    assert all(v.passed is True for v in verdicts), [v.text for v in verdicts if not v.passed]
    assert [v.rule for v in verdicts if v.required] == [
        "size",
        "pdf",
        "letter_size",
        "not_encrypted",
        "file_name",
    ]
    assert preflight_verdict(verdicts) == "Ready to upload."


def test_an_a4_page_fails_the_letter_size_rule_and_says_a4() -> None:
    verdict = verdicts_by_rule("letter.pdf", letter_pdf(paper="A4"))[PortalRule.LETTER_SIZE]

    assert verdict.passed is False
    assert "Page 1 is 8.27 × 11.69 in (A4)" in verdict.text
    assert "Letter" in verdict.text


def test_every_page_is_checked_and_the_wrong_ones_named() -> None:
    legal = letter_pdf(paper="legal", pages=3)

    verdict = verdicts_by_rule("letter.pdf", legal)[PortalRule.LETTER_SIZE]

    assert verdict.passed is False
    assert verdict.text.startswith("Pages 1, 2 and 3 are 8.5 × 14 in;")


def test_a_landscape_letter_page_is_letter_size_and_named_landscape() -> None:
    verdict = verdicts_by_rule("letter.pdf", letter_pdf(orientation="landscape"))[
        PortalRule.LETTER_SIZE
    ]

    assert verdict.passed is True
    assert "page 1 is landscape" in verdict.text


@pytest.mark.parametrize(
    ("size", "letter"),
    [((612, 792), True), ((613.9, 790.1), True), ((614.5, 792), False), ((595, 842), False)],
)
def test_letter_size_allows_two_points_either_way(size: tuple[float, float], letter: bool) -> None:
    assert passed("letter.pdf", letter_pdf(paper=size))[PortalRule.LETTER_SIZE] is letter


def test_a_file_over_one_megabyte_fails_the_size_rule_but_is_still_checked() -> None:
    large = letter_pdf(image=(620, 620))
    assert len(large) > defaults.PORTAL_MAX_BYTES

    verdicts = verdicts_by_rule("letter.pdf", large)

    assert verdicts[PortalRule.SIZE].passed is False
    assert "1.1 MB" in verdicts[PortalRule.SIZE].text
    assert "over the portal's 1 MB limit" in verdicts[PortalRule.SIZE].text
    assert verdicts[PortalRule.LETTER_SIZE].passed is True
    assert preflight_verdict(verdicts.values()) == (
        "Fix 1 thing before uploading to the Letter Writer Portal."
    )


def test_exactly_one_megabyte_is_within_the_limit() -> None:
    pdf = letter_pdf()
    exact = pdf + b"\n" * (defaults.PORTAL_MAX_BYTES - len(pdf))

    assert passed("letter.pdf", exact)[PortalRule.SIZE] is True
    assert passed("letter.pdf", exact + b"\n")[PortalRule.SIZE] is False


def test_a_password_protected_pdf_fails_and_its_pages_cannot_be_told() -> None:
    verdicts = verdicts_by_rule("letter.pdf", encrypted(letter_pdf(), user_password="secret"))

    assert verdicts[PortalRule.PDF].passed is True
    assert verdicts[PortalRule.NOT_ENCRYPTED].passed is False
    assert "password" in verdicts[PortalRule.NOT_ENCRYPTED].text
    assert verdicts[PortalRule.LETTER_SIZE].passed is None
    assert {verdicts[r].passed for r in ("letterhead", "signature", "date")} == {None}


def test_a_pdf_that_only_restricts_printing_still_counts_as_encrypted() -> None:
    verdicts = passed("letter.pdf", encrypted(letter_pdf(), user_password=""))

    assert verdicts[PortalRule.NOT_ENCRYPTED] is False
    assert verdicts[PortalRule.LETTER_SIZE] is True
    assert verdicts[PortalRule.SIGNATURE] is True


@pytest.mark.parametrize(
    ("filename", "ok"),
    [
        ("Ruiz letter.pdf", True),
        ("Ruiz – letter (final) #2.pdf", True),
        ("Ruiz|letter.pdf", False),
        ("Ruiz*letter.pdf", False),
        ("final?.pdf", False),
        ("10:30 letter.pdf", False),
    ],
)
def test_the_file_name_may_not_hold_bar_star_question_mark_or_colon(
    filename: str, ok: bool
) -> None:
    verdict = verdicts_by_rule(filename, letter_pdf())[PortalRule.FILE_NAME]

    assert verdict.passed is ok
    if not ok:
        assert "rename" in verdict.text


def test_garbage_bytes_fail_as_not_a_pdf_and_the_rest_cannot_be_told() -> None:
    verdicts = verdicts_by_rule("letter.pdf", random.Random(7).randbytes(5000))

    assert verdicts[PortalRule.PDF].passed is False
    assert verdicts[PortalRule.PDF].text.startswith("This is not a PDF")
    assert verdicts[PortalRule.LETTER_SIZE].passed is None
    assert verdicts[PortalRule.NOT_ENCRYPTED].passed is None
    assert verdicts[PortalRule.DATE].passed is None


def test_a_broken_pdf_fails_clearly_without_raising() -> None:
    broken = b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\n%%EOF"

    verdicts = verdicts_by_rule("letter.pdf", broken)

    assert verdicts[PortalRule.PDF].passed is False
    assert "damaged" in verdicts[PortalRule.PDF].text
    assert preflight_verdict(verdicts.values()).startswith("Fix 1 thing")


def test_a_word_document_named_pdf_fails_as_a_word_document() -> None:
    verdict = verdicts_by_rule("letter.pdf", word_document())[PortalRule.PDF]

    assert verdict.passed is False
    assert "Word document" in verdict.text


def test_a_pdf_named_docx_fails_until_renamed() -> None:
    verdict = verdicts_by_rule("letter.docx", letter_pdf())[PortalRule.PDF]

    assert verdict.passed is False
    assert "rename" in verdict.text
    assert passed("letter.PDF", letter_pdf())[PortalRule.PDF] is True


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=3000), st.sampled_from([b"", b"%PDF-1.4\n", letter_pdf()[:400]]))
def test_preflight_never_raises_and_always_answers_every_rule(data: bytes, prefix: bytes) -> None:
    verdicts = preflight_letter("x.pdf", prefix + data)

    assert [v.rule for v in verdicts] == list(PortalRule)
    assert preflight_verdict(verdicts).startswith("Fix")


# --- The recommendations -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("letterhead", "found"),
    [
        (LETTERHEAD, True),
        ("Lakeside College of Osteopathic Medicine", True),
        ("Mercy Medical Center, Internal Medicine", True),
        ("Northside Family Clinic", True),
        ("Dr. Ana Ruiz", False),
        (None, False),
    ],
)
def test_letterhead_is_an_institution_word_at_the_top_of_page_one(
    letterhead: str | None, found: bool
) -> None:
    verdict = verdicts_by_rule("letter.pdf", letter_pdf(letterhead=letterhead))["letterhead"]

    assert verdict.passed is found
    assert verdict.required is False


def test_an_institution_word_low_on_the_page_is_not_letterhead() -> None:
    closing = ("Sincerely,", "Ana Ruiz, MD", "Riverside University Hospital")

    low = letter_pdf(letterhead=None, closing=closing, gap=300)

    assert passed("letter.pdf", low)["letterhead"] is False


@pytest.mark.parametrize(
    ("closing", "signed"),
    [
        (SIGNED, True),
        (("Respectfully,", "Dr. Ana Ruiz"), True),
        (("With best regards,", "", "", "Ana Ruiz"), True),
        (("Sincerely, Ana Ruiz",), True),
        (("Sincerely,",), False),  # no name after it
        (("Ana Ruiz, MD",), False),  # a name with no closing
        (("Sincerely,", "see attached 2 pages"), False),
        ((), False),
    ],
)
def test_a_signature_is_a_closing_followed_by_a_name(
    closing: tuple[str, ...], signed: bool
) -> None:
    verdict = verdicts_by_rule("letter.pdf", letter_pdf(closing=closing))["signature"]

    assert verdict.passed is signed


def test_an_image_on_the_last_page_counts_as_a_signature() -> None:
    verdict = verdicts_by_rule("letter.pdf", letter_pdf(closing=(), pages=2, image=(40, 20)))

    assert verdict["signature"].passed is True
    assert "image" in verdict["signature"].text


@pytest.mark.parametrize(
    ("date_line", "dated"),
    [
        ("May 3, 2026", True),
        ("3 May 2026", True),
        ("Sept. 14th, 2026", True),
        ("05/03/2026", True),
        ("2026-05-03", True),
        ("Class of 2026", False),
        ("Room 12/3, pager 2026", False),
        ("2026-13-40", False),
        (None, False),
    ],
)
def test_a_date_is_a_date_written_in_the_text(date_line: str | None, dated: bool) -> None:
    verdict = verdicts_by_rule("letter.pdf", letter_pdf(date_line=date_line))["date"]

    assert verdict.passed is dated


def test_a_letter_missing_the_recommendations_is_ready_with_things_to_consider() -> None:
    bare = letter_pdf(letterhead=None, date_line=None, closing=())

    verdicts = preflight_letter("letter.pdf", bare)

    assert preflight_verdict(verdicts) == "Ready to upload; 3 recommendations to consider."


def test_a_scanned_letter_with_no_text_cannot_be_told_for_the_recommendations() -> None:
    pdf = FPDF(unit="pt", format="letter")
    pdf.add_page()
    pdf.image(noisy_picture(30, 30), x=72, y=72, w=100)

    verdicts = verdicts_by_rule("scan.pdf", bytes(pdf.output()))

    assert verdicts["letterhead"].passed is None
    assert "no text" in verdicts["letterhead"].text
    assert verdicts["letter_size"].passed is True


@pytest.mark.parametrize(
    ("verdicts", "sentence"),
    [
        ([], "Ready to upload."),
        (
            [RuleVerdict(rule="pdf", passed=None, required=True, text="")],
            "Nothing to fix was found, but 1 check could not be made.",
        ),
        (
            [RuleVerdict(rule="size", passed=False, required=True, text="")] * 2
            + [RuleVerdict(rule="pdf", passed=None, required=True, text="")],
            "Fix 2 things before uploading to the Letter Writer Portal.",
        ),
        (
            [RuleVerdict(rule="date", passed=False, required=False, text="")],
            "Ready to upload; 1 recommendation to consider.",
        ),
    ],
)
def test_the_verdict_is_one_sentence_counting_what_to_fix(
    verdicts: list[RuleVerdict], sentence: str
) -> None:
    assert preflight_verdict(verdicts) == sentence


# --- Which specialties take a web form -----------------------------------------------------------


def test_the_web_form_specialties_are_named_as_eras_names_them() -> None:
    assert set(STANDARDISED_WEB_FORM_SPECIALTIES) <= set(ERAS_SPECIALTIES)


@pytest.mark.parametrize(
    ("specialty", "web_form"),
    [
        ("Dermatology", True),
        ("Plastic Surgery", True),
        (" urology ", True),
        ("Emergency Medicine", False),  # the SLOE, a different standardised letter
        ("Internal Medicine", False),
        ("General", False),
    ],
)
def test_dermatology_plastic_surgery_and_urology_take_a_web_form(
    specialty: str, web_form: bool
) -> None:
    assert takes_web_form(specialty) is web_form
