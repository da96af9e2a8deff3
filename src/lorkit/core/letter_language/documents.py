"""A letter's text from the file it came in: plain text, Word (.docx) or PDF, read in memory.

Every file is someone else's, possibly hostile: a .docx is a zip that could unpack to
gigabytes, a PDF can hold compressed streams of any size or deep object graphs, and a "text"
file can be a binary. Each reader caps what it unpacks and answers a `DocumentError` with a
sentence for the person who chose the file, never a crash.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from xml.etree import ElementTree

from lorkit.core import defaults

SUFFIXES = (".txt", ".docx", ".pdf")
DOCX_TEXT_PART = "word/document.xml"
WORD_NAMESPACE = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# C0 controls but tab and newline, DEL and C1 controls: never typed in a letter, and able to
# restyle a terminal that prints them.
CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
READ_CHUNK = 64 * 1024


class DocumentError(ValueError):
    """A file that cannot be read as a letter; the message says why, for the person who
    chose it."""


def letter_text_problem(text: str) -> str | None:
    """Why `text` cannot be analysed as a letter (empty, or longer than any letter), or None."""
    if not text.strip():
        return "There is no text to read."
    if len(text) > defaults.LETTER_MAX_CHARACTERS:
        return (
            f"That is {len(text):,} characters; a letter is far shorter "
            f"(lorkit reads up to {defaults.LETTER_MAX_CHARACTERS:,})."
        )
    return None


def clean_text(text: str) -> str:
    """Line ends as "\\n" and control characters dropped: the text the analysis reads and its
    offsets count in."""
    return CONTROLS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def letter_text_from_file(name: str, data: bytes) -> str:
    """The cleaned text of a .txt, .docx or .pdf file, by its name's ending."""
    if len(data) > defaults.IMPORT_MAX_BYTES:
        megabytes = defaults.IMPORT_MAX_BYTES // (1024 * 1024)
        raise DocumentError(f"The file is larger than {megabytes} MB; a letter is far smaller.")
    suffix = name.lower().rpartition(".")[2]
    readers = {"txt": text_from_plain, "docx": text_from_docx, "pdf": text_from_pdf}
    reader = readers.get(suffix)
    if reader is None:
        raise DocumentError("lorkit reads letters saved as .txt, .docx or .pdf.")
    text = clean_text(reader(data))
    problem = letter_text_problem(text)
    if problem:
        raise DocumentError(problem)
    return text


def text_from_plain(data: bytes) -> str:
    """UTF-8 (with or without a byte-order mark), UTF-16 with its mark, or else Windows-1252,
    the encoding of older Windows editors. NUL bytes outside UTF-16 mean a binary file."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise DocumentError("The file says it is UTF-16 text but is not.") from None
    if b"\x00" in data:
        raise DocumentError("This is not a text file. Save the letter as .txt, .docx or .pdf.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def text_from_docx(data: bytes) -> str:
    """The paragraphs of a Word document's body, one per line."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            xml = _read_capped(archive, DOCX_TEXT_PART)
    except DocumentError:
        raise
    except (
        zipfile.BadZipFile,
        zlib.error,
        struct.error,
        KeyError,
        OSError,
        RuntimeError,
        EOFError,
        ValueError,
    ):
        raise DocumentError("This .docx file cannot be opened; save it again from Word.") from None
    if b"<!DOCTYPE" in xml or b"<!ENTITY" in xml:
        # Word never writes one; a document type is how entity-expansion bombs get in.
        raise DocumentError("This .docx file holds something Word does not write.")
    try:
        root = ElementTree.fromstring(xml)
    except ElementTree.ParseError:
        raise DocumentError("The text of this .docx file is damaged.") from None
    return "\n".join(_paragraph_text(p) for p in root.iter(f"{WORD_NAMESPACE}p"))


def _read_capped(archive: zipfile.ZipFile, member: str) -> bytes:
    """A member's bytes, refused once they pass the cap: the size a zip declares can lie."""
    limit = defaults.LETTER_DOCX_MAX_XML_BYTES
    chunks: list[bytes] = []
    size = 0
    with archive.open(member) as stream:
        while chunk := stream.read(READ_CHUNK):
            size += len(chunk)
            if size > limit:
                megabytes = limit // (1024 * 1024)
                raise DocumentError(f"This .docx unpacks to more than {megabytes} MB of text.")
            chunks.append(chunk)
    return b"".join(chunks)


def _paragraph_text(paragraph: ElementTree.Element) -> str:
    pieces: list[str] = []
    for element in paragraph.iter():
        tag = element.tag.removeprefix(WORD_NAMESPACE)
        if tag == "t" and element.text:
            pieces.append(element.text)
        elif tag == "tab":
            pieces.append("\t")
        elif tag in ("br", "cr"):
            pieces.append("\n")
    return "".join(pieces)


def text_from_pdf(data: bytes) -> str:
    """The text of a PDF's first pages, each page a paragraph."""
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
    try:
        with pypdf.apply_configuration(limits):
            reader = pypdf.PdfReader(io.BytesIO(data))
            if reader.is_encrypted:
                raise DocumentError("This PDF is password-protected; save it without a password.")
            pages = reader.pages[: defaults.LETTER_PDF_MAX_PAGES]
            text = "\n\n".join(page.extract_text() or "" for page in pages)
    except DocumentError:
        raise
    except Exception:
        # pypdf raises many kinds of error on damaged or hostile files (and some of Python's
        # own: RecursionError, KeyError, ...); each means the same thing to the person here.
        raise DocumentError("This PDF cannot be read. Paste the letter's text instead.") from None
    if not text.strip():
        raise DocumentError(
            "This PDF has no text to read (perhaps a scanned image). Paste the text instead."
        )
    return text
