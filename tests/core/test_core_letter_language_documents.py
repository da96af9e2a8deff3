"""A letter's text from a .txt, .docx or .pdf file, and a plain refusal for anything else
(core/letter_language/documents.py). Every file here is built in memory."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pypdf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lorkit.core import defaults
from lorkit.core.letter_language.documents import (
    DocumentError,
    clean_text,
    letter_text_from_file,
    letter_text_problem,
)

SAMPLES = Path(__file__).resolve().parent / "letters_set" / "samples"
LETTER = "I recommend Dr. Okafor without reservation.\nShe is one of the best (top 5%)."
WORD_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:body>{paragraphs}</w:body></w:document>"
)


def docx_bytes(paragraphs: list[str], *, xml: str | None = None) -> bytes:
    """A minimal Word document: one <w:p> per paragraph, runs of <w:t>."""
    body = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{p.replace("&", "&amp;").replace("<", "&lt;")}'
        "</w:t></w:r></w:p>"
        for p in paragraphs
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", xml or WORD_XML.format(paragraphs=body))
    return buffer.getvalue()


def pdf_bytes(lines: list[str]) -> bytes:
    """A one-page PDF with a line of Helvetica per item, xref offsets computed."""
    escaped = [ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") for ln in lines]
    stream = "BT /F1 11 Tf 14 TL 72 720 Td " + " ".join(f"({ln}) Tj T*" for ln in escaped) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    out.write("".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode())
    trailer = f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    out.write(trailer.encode())
    return out.getvalue()


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (LETTER.encode("utf-8"), LETTER),
        (b"\xef\xbb\xbf" + LETTER.encode("utf-8"), LETTER),
        (LETTER.encode("utf-16"), LETTER),
        ("Résumé – naïve".encode("cp1252"), "Résumé – naïve"),
        (b"line one\r\nline two\rline three", "line one\nline two\nline three"),
        (b"bell\x07 and escape\x1b[31m", "bell and escape[31m"),
    ],
    ids=["utf-8", "utf-8 with BOM", "utf-16", "windows-1252", "line ends", "controls"],
)
def test_text_files_in_the_encodings_people_save_them_in(data: bytes, expected: str) -> None:
    assert letter_text_from_file("draft.txt", data) == expected


def test_a_word_document_gives_its_paragraphs_one_per_line() -> None:
    data = docx_bytes(["Dear Program Director,", "I recommend her without reservation & more."])

    text = letter_text_from_file("Draft.DOCX", data)

    assert text == "Dear Program Director,\nI recommend her without reservation & more."


def test_a_pdf_gives_its_text() -> None:
    text = letter_text_from_file("letter.pdf", pdf_bytes(LETTER.splitlines()))

    assert "without reservation" in text
    assert "(top 5%)" in text


def test_the_committed_samples_read_as_letters() -> None:
    for name in ("strong-letter.docx", "strong-letter.pdf", "strong-letter.txt"):
        text = letter_text_from_file(name, (SAMPLES / name).read_bytes())
        assert "without reservation" in text, name


def hostile_docx_bomb() -> bytes:
    """A .docx whose text part unpacks to more than the cap from a few kilobytes."""
    padding = "<w:p/>" * (defaults.LETTER_DOCX_MAX_XML_BYTES // 6 + 10)
    data = docx_bytes([], xml=WORD_XML.format(paragraphs=padding))
    assert len(data) < defaults.LETTER_DOCX_MAX_XML_BYTES // 50
    return data


def encrypted_pdf() -> bytes:
    reader = pypdf.PdfReader(io.BytesIO(pdf_bytes(["secret"])))
    writer = pypdf.PdfWriter(clone_from=reader)
    writer.encrypt("open-sesame")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
    "<w:document>&lol2;</w:document>"
)


@pytest.mark.parametrize(
    ("name", "data", "says"),
    [
        ("letter.exe", b"MZ", "lorkit reads letters saved as .txt, .docx or .pdf"),
        ("letter.txt", b"\x00\x01binary\x00", "not a text file"),
        ("letter.txt", b"   \n\t ", "no text"),
        ("letter.txt", b"x" * (defaults.LETTER_MAX_CHARACTERS + 1), "a letter is far shorter"),
        ("letter.txt", b"x" * (defaults.IMPORT_MAX_BYTES + 1), "larger than"),
        ("letter.docx", b"PK\x03\x04 not really a zip", "cannot be opened"),
        ("letter.docx", docx_bytes(["x"], xml="<w:document"), "damaged"),
        ("letter.docx", hostile_docx_bomb(), "unpacks to more than"),
        ("letter.docx", docx_bytes([], xml=BILLION_LAUGHS), "Word does not write"),
        ("letter.pdf", b"%PDF-1.4 garbage", "cannot be read"),
        ("letter.pdf", encrypted_pdf(), "password-protected"),
        ("letter.pdf", pdf_bytes([]), "no text to read"),
    ],
    ids=[
        "other kind",
        "binary",
        "blank",
        "too long",
        "too large",
        "not a zip",
        "broken xml",
        "zip bomb",
        "entities",
        "not a pdf",
        "encrypted",
        "image only",
    ],
)
def test_what_cannot_be_read_is_refused_with_a_reason(name: str, data: bytes, says: str) -> None:
    with pytest.raises(DocumentError, match=says):
        letter_text_from_file(name, data)


def test_a_docx_without_its_text_part_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("other.xml", "<x/>")

    with pytest.raises(DocumentError, match="cannot be opened"):
        letter_text_from_file("letter.docx", buffer.getvalue())


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000), st.sampled_from(["a.txt", "a.docx", "a.pdf"]))
def test_any_bytes_give_text_or_a_document_error_and_nothing_else(data: bytes, name: str) -> None:
    try:
        text = letter_text_from_file(name, data)
    except DocumentError as error:
        assert str(error)
    else:
        assert letter_text_problem(text) is None
        assert clean_text(text) == text
