"""The letter packet as files (domain.md §7): the one-page letter helper as a PDF and as a Word
file, the packet email as an .eml draft, and a mailto: link that opens it in a mail program.

Nothing here touches Django: each function takes core objects or strings and returns bytes or
text, so views, the CLI and the benchmarks draw the same files.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from email import policy
from email.message import EmailMessage
from pathlib import Path
from urllib.parse import quote

import docx
from docx.shared import Inches
from fpdf import FPDF
from fpdf.enums import Align, MethodReturnValue, XPos, YPos

from lorkit.core.packet import HelperSection, LetterHelper, left_out, trimmed

FONTS = Path(__file__).resolve().parent / "fonts"
FAMILY = "DejaVu"  # DejaVu Sans: Vietnamese, Polish, German names, curly quotes and dashes
MARGIN = 54.0  # points: 0.75 in on every side of a US-letter page (612 × 792 points)
BODY_SIZES = (11.0, 10.0, 9.5)  # stepped down before anything is left out; 9.5 pt stays readable
LEADING = 1.25  # line height, in multiples of the font size
BULLET_INDENT = 14.0
# Last resort, for text no helper should hold (a pasted article as one bullet): every paragraph
# is cut to the first cap, in characters, that lets the page fit; the last cap keeps a title.
TRUNCATION_CAPS = (1500, 600, 250, 100, 40)
ELLIPSIS = "…"
# C0 controls but newline, DEL and C1 controls: never typed in a helper, and neither a PDF font
# nor Word's XML can hold them.
CONTROLS = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")

MAILTO_MAX_LENGTH = 2000  # the longest link that browsers and mail programs reliably pass on
MAILTO_CUT_NOTE = "[Shortened here: the full message is in the .eml draft lorkit made.]"


@dataclass(frozen=True)
class RenderedPdf:
    """A one-page helper PDF and what went on the page: `kept` is the helper drawn, `left_out`
    the original's bullets it dropped (`core.packet.left_out`: one shortened with "…" counts
    as kept)."""

    data: bytes
    kept: LetterHelper
    left_out: tuple[str, ...]
    font_size: float = BODY_SIZES[0]  # the body text's size, in points
    layouts_tried: int = 1  # layouts measured before one fitted (the benchmark reports it)


@dataclass(frozen=True)
class _Style:
    bold: bool = False
    grow: float = 0.0  # points above the body size
    indent: float = 0.0
    before: float = 0.0  # space above and below, in multiples of the body size
    after: float = 0.0


STYLES = {
    "title": _Style(bold=True, grow=4.0, after=0.6),
    "intro": _Style(after=0.5),
    "heading": _Style(bold=True, grow=1.0, before=0.5, after=0.2),
    "bullet": _Style(indent=BULLET_INDENT, after=0.2),
    "closing": _Style(before=0.6),
}


def helper_pdf(
    helper: LetterHelper,
    *,
    shorter: Callable[[LetterHelper], Iterator[LetterHelper]] = trimmed,
) -> RenderedPdf:
    """The helper on exactly one US-letter page. When it overflows, the body font steps down
    (11, 10, 9.5 pt); then the helpers `shorter` yields are tried in turn at 9.5 pt; and, only
    when even the shortest overflows, every paragraph is cut short with "…" (then paragraphs
    dropped from the end) so the page holds at least the title."""
    page = _HelperPage(_one_line(helper.title))
    kept, size, tried = _first_fit(page, _layouts(helper, shorter))
    page.draw(kept, size)
    return RenderedPdf(page.data(), kept, left_out(helper, kept), size, tried)


def _first_fit(
    page: _HelperPage, layouts: Iterator[tuple[LetterHelper, float]]
) -> tuple[LetterHelper, float, int]:
    """The first layout that fits the page, its font size and how many were tried."""
    for tried, (candidate, size) in enumerate(layouts, start=1):
        if page.fits(candidate, size):
            return candidate, size, tried
    raise AssertionError("unreachable: the last layout, a short title alone, always fits")


def _layouts(
    helper: LetterHelper, shorter: Callable[[LetterHelper], Iterator[LetterHelper]]
) -> Iterator[tuple[LetterHelper, float]]:
    """Every layout to try, in order of preference."""
    for size in BODY_SIZES:
        yield helper, size
    smallest = BODY_SIZES[-1]
    last = helper
    for last in shorter(helper):
        yield last, smallest
    yield from ((candidate, smallest) for candidate in _last_resort(last))


def _last_resort(helper: LetterHelper) -> Iterator[LetterHelper]:
    for cap in TRUNCATION_CAPS:
        yield _capped(helper, cap)
    yield from _cut_from_the_end(_capped(helper, TRUNCATION_CAPS[-1]))


def _capped(helper: LetterHelper, cap: int) -> LetterHelper:
    return LetterHelper(
        title=_shortened(helper.title, cap),
        intro=tuple(_shortened(paragraph, cap) for paragraph in helper.intro),
        sections=tuple(
            HelperSection(
                heading=_shortened(section.heading, cap),
                bullets=tuple(_shortened(bullet, cap) for bullet in section.bullets),
            )
            for section in helper.sections
        ),
        closing=_shortened(helper.closing, cap),
    )


def _shortened(text: str, cap: int) -> str:
    """`text` at most `cap` characters long, cut at a space where one is near the end, "…"
    marking the cut."""
    if len(text) <= cap:
        return text
    if cap < 1:
        return ""
    cut = text[: cap - 1]
    space = cut.rfind(" ")
    if space > cap * 0.6:
        cut = cut[:space]
    return cut.rstrip() + ELLIPSIS


def _cut_from_the_end(helper: LetterHelper) -> Iterator[LetterHelper]:
    """Ever shorter helpers, the last bullet or heading dropped first, then the introduction's
    paragraphs and the closing, down to the title alone."""
    sections = list(helper.sections)
    while sections:
        last = sections[-1]
        if last.bullets:
            sections[-1] = replace(last, bullets=last.bullets[:-1])
        else:
            sections.pop()
        yield replace(helper, sections=tuple(sections))
    for count in range(len(helper.intro) - 1, -1, -1):
        yield replace(helper, sections=(), intro=helper.intro[:count])
    yield LetterHelper(title=helper.title)


def _clean(text: str) -> str:
    """Composed characters (so "ễ" is one glyph), Windows line ends as newlines, tabs as
    spaces, and no other control characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return CONTROLS.sub("", unicodedata.normalize("NFC", text)).strip()


def _blocks(helper: LetterHelper) -> list[tuple[str, str]]:
    """The helper as (style, text) paragraphs, top to bottom."""
    blocks = [("title", helper.title)]
    blocks += [("intro", paragraph) for paragraph in helper.intro]
    for section in helper.sections:
        blocks.append(("heading", section.heading))
        blocks += [("bullet", bullet) for bullet in section.bullets]
    if helper.closing.strip():
        blocks.append(("closing", helper.closing))
    # A title or heading is one line whatever was typed: it keeps the last resort's title
    # alone (TRUNCATION_CAPS[-1] characters) within a few lines.
    return [
        (style, _one_line(text) if style in ("title", "heading") else _clean(text))
        for style, text in blocks
    ]


class _HelperPage:
    """One US-letter page that measures paragraphs before it draws them. Each paragraph starts
    on a fresh line, so a layout's height is the sum of its paragraphs' heights, each measured
    once per font size (fpdf2 takes about a millisecond a line to measure)."""

    def __init__(self, title: str) -> None:
        self.pdf = FPDF(unit="pt", format="letter")
        self.pdf.add_font(FAMILY, "", FONTS / "DejaVuSans.ttf")
        self.pdf.add_font(FAMILY, "B", FONTS / "DejaVuSans-Bold.ttf")
        self.pdf.set_margins(MARGIN, MARGIN, MARGIN)
        # Never a second page: a layout is drawn only once it has been measured to fit.
        self.pdf.set_auto_page_break(False)
        self.pdf.set_title(title)
        self.pdf.set_lang("en-US")
        self.pdf.add_page()
        self.room = self.pdf.h - 2 * MARGIN
        self._heights: dict[tuple[str, str, float], float] = {}

    def fits(self, helper: LetterHelper, size: float) -> bool:
        total = 0.0
        for style, text in _blocks(helper):
            total += self._height(style, text, size)
            if total > self.room + 0.01:  # a hundredth of a point: rounding, not overflow
                return False
        return True

    def _height(self, style: str, text: str, size: float) -> float:
        key = (style, text, size)
        if key not in self._heights:
            look = STYLES[style]
            self._font(look, size)
            lines = self.pdf.multi_cell(
                self.pdf.epw - look.indent,
                (size + look.grow) * LEADING,
                text,
                align=Align.L,
                dry_run=True,
                output=MethodReturnValue.HEIGHT,
            )
            assert isinstance(lines, float | int)
            self._heights[key] = (look.before + look.after) * size + lines
        return self._heights[key]

    def draw(self, helper: LetterHelper, size: float) -> None:
        for style, text in _blocks(helper):
            look = STYLES[style]
            self._font(look, size)
            self.pdf.set_y(self.pdf.get_y() + look.before * size)
            line = (size + look.grow) * LEADING
            if style == "bullet":
                self.pdf.cell(look.indent, line, "•")
            self.pdf.set_x(MARGIN + look.indent)
            self.pdf.multi_cell(
                self.pdf.epw - look.indent,
                line,
                text,
                align=Align.L,
                new_x=XPos.LMARGIN,
                new_y=YPos.NEXT,
            )
            self.pdf.set_y(self.pdf.get_y() + look.after * size)

    def _font(self, look: _Style, size: float) -> None:
        self.pdf.set_font(FAMILY, "B" if look.bold else "", size + look.grow)

    def data(self) -> bytes:
        return bytes(self.pdf.output())


def helper_docx(helper: LetterHelper) -> bytes:
    """The helper as a Word document the applicant can edit: US-letter pages with 0.75 in
    margins, the title, the introduction, a heading per section with its bullets as a bulleted
    list, and the closing line. Nothing is left out: Word may run it past one page."""
    document = docx.Document()
    page = document.sections[0]
    page.page_width, page.page_height = Inches(8.5), Inches(11)
    page.left_margin = page.right_margin = Inches(0.75)
    page.top_margin = page.bottom_margin = Inches(0.75)
    document.core_properties.title = _one_line(helper.title)
    document.add_heading(_one_line(helper.title), level=0)
    for paragraph in helper.intro:
        document.add_paragraph(_clean(paragraph))
    for section in helper.sections:
        document.add_heading(_one_line(section.heading), level=1)
        for bullet in section.bullets:
            document.add_paragraph(_clean(bullet), style="List Bullet")
    if helper.closing.strip():
        document.add_paragraph(_clean(helper.closing))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def packet_eml(
    *,
    sender: str,
    to: str,
    subject: str,
    body: str,
    attachments: Sequence[tuple[str, str, bytes]],
) -> bytes:
    """The packet email as an .eml file with its attachments (file name, MIME type, bytes).
    `X-Unsent: 1` makes Outlook and Thunderbird open it as a draft to send, not as a received
    message. A header's line breaks become spaces (they would start a new header); a MIME type
    that is not "type/subtype", or is a multipart, is sent as application/octet-stream."""
    message = EmailMessage()
    message["From"] = _one_line(sender)
    message["To"] = _one_line(to)
    message["Subject"] = _one_line(subject)
    message["X-Unsent"] = "1"
    message.set_content(body)
    for filename, mime_type, data in attachments:
        maintype, subtype = _mime_parts(mime_type)
        message.add_attachment(
            data, maintype=maintype, subtype=subtype, filename=_one_line(filename)
        )
    return message.as_bytes(policy=policy.SMTP)  # CRLF line ends, as .eml files have


def _one_line(text: str) -> str:
    """The text cleaned, its line breaks and runs of spaces as single spaces."""
    return " ".join(_clean(text).split())


def _mime_parts(mime_type: str) -> tuple[str, str]:
    maintype, _, subtype = mime_type.strip().lower().partition("/")
    if not maintype or not subtype or maintype in ("multipart", "message") or "/" in subtype:
        return "application", "octet-stream"
    return maintype, subtype


def mailto_link(to: str, subject: str, body: str) -> str:
    """A mailto: link (RFC 6068) that opens a new message to `to` with the subject and body,
    every character percent-encoded but letters, digits, "-._~" (and "@" in the address),
    line ends as %0D%0A. A link longer than MAILTO_MAX_LENGTH keeps the start of the body, cut
    at a space or line end, and a line saying the full text is in the .eml draft; a subject
    too long even then is cut with "…". `to` is kept whole (an address has at most 254
    characters)."""
    link = _mailto(to, subject, body)
    if len(link) <= MAILTO_MAX_LENGTH:
        return link
    keep = _longest_prefix(len(body), lambda n: _mailto(to, subject, _cut_body(body, n)))
    if keep > 0 or len(_mailto(to, subject, _cut_body(body, 0))) <= MAILTO_MAX_LENGTH:
        return _mailto(to, subject, _cut_body(body, keep))
    keep = _longest_prefix(len(subject), lambda n: _mailto(to, _shortened(subject, n), ""))
    return _mailto(to, _shortened(subject, keep), "")


def _mailto(to: str, subject: str, body: str) -> str:
    fields = {"subject": subject, "body": body.replace("\r\n", "\n").replace("\n", "\r\n")}
    query = "&".join(f"{name}={quote(value, safe='')}" for name, value in fields.items() if value)
    return f"mailto:{quote(to.strip(), safe='@,')}" + (f"?{query}" if query else "")


def _cut_body(body: str, keep: int) -> str:
    """The body's first `keep` characters, back to the last space or line end, then the note."""
    start = body[:keep]
    if keep < len(body) and (boundary := max(start.rfind(" "), start.rfind("\n"))) > 0:
        start = start[:boundary]
    return f"{start.rstrip()}\n\n{MAILTO_CUT_NOTE}".lstrip()


def _longest_prefix(most: int, link: Callable[[int], str]) -> int:
    """The largest n in 0..most whose link fits, by bisection (a longer prefix never encodes
    shorter); 0 when none does."""
    low, high = 0, most
    while low < high:
        middle = (low + high + 1) // 2
        if len(link(middle)) <= MAILTO_MAX_LENGTH:
            low = middle
        else:
            high = middle - 1
    return low
