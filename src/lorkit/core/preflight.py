"""Before a writer uploads (domain.md §8): the AAMC Letter Writer Portal's last published rules
for a narrative letter, checked on the file itself.

Required: at most 1 MB; a PDF (by its content, and named .pdf); every page US letter; not
encrypted or password-protected; no `| * ? :` in the file name. Recommended: letterhead, a
signature and a date. Each rule answers with a `RuleVerdict`: passed, failed, or "could not
tell" (None) when the file cannot be read far enough to know.

The file is the writer's, possibly damaged or hostile: PDFs are read in memory with pypdf's
output caps (as `letter_language.documents` reads them), at most LETTER_PDF_MAX_PAGES pages,
and nothing here raises on garbage.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from lorkit.core import defaults

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    import pypdf

PDF_MAGIC = b"%PDF-"
PDF_MAGIC_WITHIN = 1024  # bytes: readers accept junk before the header, up to about this far
ZIP_MAGIC = b"PK\x03\x04"
DOCX_PARTS = frozenset({"word/document.xml", "[Content_Types].xml"})
FORBIDDEN_NAME_CHARACTERS = "|*?:"
POINTS_PER_INCH = 72
A4_POINTS = (595, 842)  # named in the message when a page is A4, the usual mistake
TOP_OF_PAGE = 0.25  # the top quarter of page 1, where a letterhead sits
SIGNATURE_LINES = 25  # a signature is looked for in the text's last lines
NAME_LINES_AFTER_CLOSING = 4  # lines between "Sincerely," and the name: room for a signature

# The three specialties whose letters are a standardised web form in the portal, not a PDF
# (§8), as named in vocabulary.ERAS_SPECIALTIES ("Plastic Surgery" there is the integrated one).
STANDARDISED_WEB_FORM_SPECIALTIES = ("Dermatology", "Plastic Surgery", "Urology")

LETTERHEAD_WORDS = re.compile(
    r"\b(hospitals?|universit(?:y|ies)|college|medical cent(?:er|re)|department|"
    r"school of medicine|clinics?|health)\b",
    re.IGNORECASE,
)
CLOSING = re.compile(
    r"^\s*(sincerely|respectfully|cordially|regards|yours\s+(?:truly|sincerely|faithfully)|"
    r"(?:with\s+)?(?:best|kind|warm|warmest)\s+regards|with\s+(?:best|warm)\s+wishes)\b[\s,.]*",
    re.IGNORECASE,
)
MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
YEAR = r"(?:19|20)\d\d"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
WRITTEN_DATE = re.compile(
    rf"\b(?:{MONTH}\s+{DAY},?\s+{YEAR}|{DAY}\s+{MONTH},?\s+{YEAR}|"
    rf"(?:0?[1-9]|[12]\d|3[01])[/.-](?:0?[1-9]|[12]\d|3[01])[/.-]{YEAR}|"
    rf"{YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))\b",
    re.IGNORECASE,
)


class DocumentKind(StrEnum):
    PDF = "pdf"
    DOCX = "docx"


class PortalRule(StrEnum):
    SIZE = "size"
    PDF = "pdf"
    LETTER_SIZE = "letter_size"
    NOT_ENCRYPTED = "not_encrypted"
    FILE_NAME = "file_name"
    LETTERHEAD = "letterhead"
    SIGNATURE = "signature"
    DATE = "date"


@dataclass(frozen=True, kw_only=True)
class RuleVerdict:
    rule: str  # a PortalRule
    passed: bool | None  # None: could not tell (the file could not be read far enough)
    required: bool  # False: the portal recommends it
    text: str  # one sentence for the writer: what was found and, if it failed, what to do


@dataclass(frozen=True, kw_only=True)
class _PdfFacts:
    """What a PDF showed: `opened` is False when a password kept its pages shut; `text` is None
    when its text could not be read."""

    encrypted: bool
    opened: bool = True
    page_sizes: tuple[tuple[float, float], ...] = ()  # width, height in points, as displayed
    page_count: int = 0
    top_text: str = ""  # the top quarter of page 1
    text: str | None = None
    last_page_has_image: bool = False


def document_kind(data: bytes) -> DocumentKind | None:
    """What the bytes are, whatever the file's name: a PDF when "%PDF-" comes within the first
    1,024 bytes; a Word document when it is a zip (up to IMPORT_MAX_BYTES, not opened beyond)
    holding word/document.xml and [Content_Types].xml; otherwise None."""
    if PDF_MAGIC in data[: PDF_MAGIC_WITHIN + len(PDF_MAGIC)]:
        return DocumentKind.PDF
    if data.startswith(ZIP_MAGIC) and len(data) <= defaults.IMPORT_MAX_BYTES:
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = set(archive.namelist())
        except Exception:
            # zipfile raises many kinds of error on a damaged directory; each means "not a
            # Word document".
            return None
        if names >= DOCX_PARTS:
            return DocumentKind.DOCX
    return None


def preflight_letter(filename: str, data: bytes) -> tuple[RuleVerdict, ...]:
    """The portal's rules for a narrative letter, the required ones first. Pages are letter
    size in either orientation (612 × 792 points, ±2, after the page's rotation; a landscape
    page passes, named in the text, as the rule is about size). An owner password that only
    restricts printing or copying still counts as encrypted. Files over IMPORT_MAX_BYTES are
    not opened."""
    kind = document_kind(data)
    facts = None
    if kind is DocumentKind.PDF and len(data) <= defaults.IMPORT_MAX_BYTES:
        facts = _pdf_facts(data)
    return (
        _size_verdict(len(data)),
        _pdf_verdict(filename, kind, facts),
        _letter_size_verdict(facts),
        _encryption_verdict(facts),
        _name_verdict(filename),
        _recommendation(PortalRule.LETTERHEAD, facts, _letterhead),
        _recommendation(PortalRule.SIGNATURE, facts, _signature),
        _recommendation(PortalRule.DATE, facts, _date),
    )


def preflight_verdict(verdicts: Iterable[RuleVerdict]) -> str:
    """One sentence: how many required rules to fix, else how many could not be checked, else
    ready to upload (with the count of recommendations not met)."""
    verdicts = tuple(verdicts)
    failed = sum(1 for v in verdicts if v.required and v.passed is False)
    unknown = sum(1 for v in verdicts if v.required and v.passed is None)
    missing = sum(1 for v in verdicts if not v.required and v.passed is not True)
    if failed:
        return f"Fix {_things(failed)} before uploading to the Letter Writer Portal."
    if unknown:
        return f"Nothing to fix was found, but {_things(unknown, 'check')} could not be made."
    if missing:
        return f"Ready to upload; {_things(missing, 'recommendation')} to consider."
    return "Ready to upload."


def _things(count: int, noun: str = "thing") -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def takes_web_form(specialty: str) -> bool:
    """Whether letters for this specialty are a standardised web form the writer fills in the
    portal (no PDF is accepted). Case and surrounding spaces do not matter."""
    wanted = specialty.strip().casefold()
    return any(name.casefold() == wanted for name in STANDARDISED_WEB_FORM_SPECIALTIES)


# --- Reading the PDF ----------------------------------------------------------------------------


def _pdf_facts(data: bytes) -> _PdfFacts | None:
    """What the PDF shows, or None when it cannot be opened at all."""
    # Imported here: pypdf takes a tenth of a second to load, which only a PDF should cost.
    import pypdf

    most = defaults.LETTER_PDF_MAX_STREAM_BYTES
    limits = pypdf.get_configuration().with_overwrites(
        zlib_maximum_output_length=most,
        lzw_maximum_output_length=most,
        run_length_maximum_output_length=most,
        brotli_maximum_output_length=most,
        jbig2dec_binary=None,  # never start another program for a letter's images
    )
    with pypdf.apply_configuration(limits):
        try:
            reader = pypdf.PdfReader(io.BytesIO(data))
            encrypted = reader.is_encrypted
            pages = list(reader.pages[: defaults.LETTER_PDF_MAX_PAGES])
            page_count = len(reader.pages)
            sizes = tuple(_displayed_size(page) for page in pages)
        except pypdf.errors.FileNotDecryptedError:
            return _PdfFacts(encrypted=True, opened=False)
        except Exception:
            # pypdf raises many kinds of error on damaged or hostile files (and some of
            # Python's own: RecursionError, KeyError, ...); each means "cannot be opened".
            return None
        if not pages:
            return None
        top_text, text = _texts(pages)
        return _PdfFacts(
            encrypted=encrypted,
            page_sizes=sizes,
            page_count=page_count,
            top_text=top_text,
            text=text,
            last_page_has_image=_has_image(pages[-1]),
        )


def _displayed_size(page: pypdf.PageObject) -> tuple[float, float]:
    box = page.mediabox
    width, height = float(box.width), float(box.height)
    if page.rotation % 180:
        return height, width
    return width, height


def _texts(pages: list[pypdf.PageObject]) -> tuple[str, str | None]:
    """The text of page 1's top quarter, and the text of every page (None if unreadable)."""
    top: list[str] = []
    first = pages[0].mediabox
    line_at = float(first.top) - TOP_OF_PAGE * float(first.height)

    def near_the_top(
        text: str, cm: list[float], tm: list[float], font: object, size: object
    ) -> None:
        # Where the text is drawn: the text matrix's origin carried through the page's matrix.
        if tm[4] * cm[1] + tm[5] * cm[3] + cm[5] >= line_at:
            top.append(text)

    try:
        texts = [pages[0].extract_text(visitor_text=near_the_top)]
        texts += [page.extract_text() for page in pages[1:]]
    except Exception:
        return "", None
    return " ".join(top), "\n".join(texts)


def _has_image(page: pypdf.PageObject) -> bool:
    try:
        return len(page.images) > 0
    except Exception:
        return False


# --- The verdicts -------------------------------------------------------------------------------


def _size_verdict(size: int) -> RuleVerdict:
    shown = f"{size / 1024:,.0f} KB" if size < 1024 * 1024 else f"{size / 1024**2:.1f} MB"
    limit = f"{defaults.PORTAL_MAX_BYTES / 1024**2:g} MB"
    if size <= defaults.PORTAL_MAX_BYTES:
        text = f"At {shown}, the file is within the portal's {limit} limit."
    else:
        text = (
            f"At {shown}, the file is over the portal's {limit} limit; export it again with "
            "smaller images (or print it to PDF)."
        )
    return RuleVerdict(
        rule=PortalRule.SIZE, passed=size <= defaults.PORTAL_MAX_BYTES, required=True, text=text
    )


def _pdf_verdict(filename: str, kind: DocumentKind | None, facts: _PdfFacts | None) -> RuleVerdict:
    named_pdf = filename.strip().lower().endswith(".pdf")
    if kind is DocumentKind.DOCX:
        passed, text = False, "This is a Word document; save it as a PDF before uploading."
    elif kind is None:
        passed, text = False, "This is not a PDF; the portal takes narrative letters as PDFs."
    elif facts is None:
        passed, text = False, "This PDF is damaged and cannot be opened; export it again."
    elif not named_pdf:
        passed, text = False, "This is a PDF, but its name does not end in .pdf; rename it."
    else:
        passed, text = True, "The file is a PDF."
    return RuleVerdict(rule=PortalRule.PDF, passed=passed, required=True, text=text)


def _letter_size_verdict(facts: _PdfFacts | None) -> RuleVerdict:
    def verdict(passed: bool | None, text: str) -> RuleVerdict:
        return RuleVerdict(rule=PortalRule.LETTER_SIZE, passed=passed, required=True, text=text)

    if facts is None or not facts.opened:
        return verdict(None, "The page size could not be checked: the PDF could not be opened.")
    wrong = [n for n, size in enumerate(facts.page_sizes, 1) if not _is_letter(size)]
    if wrong:
        first = facts.page_sizes[wrong[0] - 1]
        return verdict(
            False,
            f"{_pages_named(wrong)} {_inches(first)}; the portal takes US letter "
            "(8.5 × 11 in): set the paper size to Letter and export again.",
        )
    checked = len(facts.page_sizes)
    text = f"Every page is US letter ({_checked(checked, facts.page_count)})."
    landscape = [n for n, (width, height) in enumerate(facts.page_sizes, 1) if width > height]
    if landscape:
        text = text[:-1] + f"; {_pages_named(landscape).lower()} landscape."
    return verdict(True, text)


def _is_letter(size: tuple[float, float]) -> bool:
    slack = defaults.PORTAL_PAGE_TOLERANCE_POINTS
    short, long = sorted(size)
    width, height = defaults.PORTAL_PAGE_POINTS
    return abs(short - width) <= slack and abs(long - height) <= slack


def _pages_named(numbers: list[int]) -> str:
    if len(numbers) == 1:
        return f"Page {numbers[0]} is"
    return f"Pages {', '.join(map(str, numbers[:-1]))} and {numbers[-1]} are"


def _inches(size: tuple[float, float]) -> str:
    width, height = (round(side / POINTS_PER_INCH, 2) for side in size)
    a4 = sorted(round(side) for side in size) == list(A4_POINTS)
    return f"{width:g} × {height:g} in" + (" (A4)" if a4 else "")


def _checked(checked: int, total: int) -> str:
    if checked < total:
        return f"the first {checked} of {total} pages checked"
    return "1 page" if total == 1 else f"{total} pages"


def _encryption_verdict(facts: _PdfFacts | None) -> RuleVerdict:
    if facts is None:
        passed, text = None, "Encryption could not be checked: the PDF could not be opened."
    elif facts.encrypted:
        passed, text = (
            False,
            (
                "The PDF is encrypted or password-protected; export it again with no password "
                "or restrictions."
            ),
        )
    else:
        passed, text = True, "The PDF is not encrypted."
    return RuleVerdict(rule=PortalRule.NOT_ENCRYPTED, passed=passed, required=True, text=text)


def _name_verdict(filename: str) -> RuleVerdict:
    found = [c for c in FORBIDDEN_NAME_CHARACTERS if c in filename]
    if found:
        shown = " ".join(found)
        text = f"The file name holds {shown}, which the portal refuses; rename the file."
    else:
        text = "The file name has none of the characters the portal refuses (| * ? :)."
    return RuleVerdict(rule=PortalRule.FILE_NAME, passed=not found, required=True, text=text)


def _recommendation(
    rule: PortalRule, facts: _PdfFacts | None, check: Callable[[_PdfFacts, str], tuple[bool, str]]
) -> RuleVerdict:
    """A recommended rule's verdict from `check` on the PDF and its text; "could not tell"
    when the PDF could not be opened or has no text (a scanned page)."""
    if facts is None or not facts.opened or facts.text is None:
        passed, text = None, f"The {rule.replace('_', ' ')} could not be checked: unreadable PDF."
    elif not facts.text.strip():
        passed, text = (
            None,
            (
                f"The {rule.replace('_', ' ')} could not be checked: the PDF has no text to read "
                "(a scanned page?)."
            ),
        )
    else:
        passed, text = check(facts, facts.text)
    return RuleVerdict(rule=rule, passed=passed, required=False, text=text)


def _letterhead(facts: _PdfFacts, text: str) -> tuple[bool, str]:
    found = LETTERHEAD_WORDS.search(facts.top_text)
    if found:
        return True, f"Letterhead found at the top of page 1 (“{found.group(0)}”)."
    return False, (
        "No letterhead found at the top of page 1 (one that is only a picture cannot be read: "
        "check by eye); the portal recommends one."
    )


def _signature(facts: _PdfFacts, text: str) -> tuple[bool, str]:
    if _signed(text):
        return True, "A closing and the writer's name were found at the end."
    if facts.last_page_has_image:
        return True, "The last page holds an image, perhaps a scanned signature."
    return False, (
        "No signature found: end with a closing (“Sincerely,”), the signature and the "
        "writer's name and title; the portal recommends one."
    )


def _signed(text: str) -> bool:
    """A closing ("Sincerely,") among the last lines, with a name on its line or one of the
    few lines after it."""
    lines = [line.strip() for line in text.splitlines() if line.strip()][-SIGNATURE_LINES:]
    for index, line in enumerate(lines):
        closing = CLOSING.match(line)
        if closing is None:
            continue
        after = [line[closing.end() :], *lines[index + 1 : index + 1 + NAME_LINES_AFTER_CLOSING]]
        if any(_looks_like_a_name(candidate) for candidate in after):
            return True
    return False


def _looks_like_a_name(line: str) -> bool:
    """Two to eight words, the first two capitalised ("Dr. Ana Ruiz, MD"), no digits."""
    words = line.replace(",", " ").split()
    if not 2 <= len(words) <= 8 or any(c.isdigit() for c in line):
        return False
    return all(word[0].isupper() for word in words[:2])


def _date(facts: _PdfFacts, text: str) -> tuple[bool, str]:
    found = WRITTEN_DATE.search(text)
    if found:
        return True, f"Dated ({found.group(0)})."
    return False, "No date found; the portal recommends dating the letter."
