"""The CSV of rotation offers: the template, reading a pasted or uploaded file, and writing one.

The header row is a stable interface: `COLUMNS`, in that order, never renamed; columns may be
added (lorkit itself also reads and writes `EXTRA_COLUMNS`, and ignores any other). A blank cell
means unknown. Each row is read on its own through `option_from_cells`, which the web form uses
too: a bad row is reported by row and column and left out, and the good rows are kept.

Cells written by lorkit that a spreadsheet would run as a formula ("=cmd|...") start with an
apostrophe, which reading takes off again, so a file round-trips unchanged.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from lorkit.core import defaults as d
from lorkit.core.site_text import (
    Reading,
    Unreadable,
    read_length,
    read_money,
    read_start_dates,
    read_url,
    start_dates_text,
)
from lorkit.core.site_words import (
    read_duties,
    read_kind,
    read_letter_policy,
    read_residency,
    read_setting,
    read_specialty,
    read_state,
    read_supervision,
)
from lorkit.core.sites import Duty, SiteOption, length_text, money_text
from lorkit.core.text import text_problem

COLUMNS: tuple[str, ...] = (
    "name",
    "provider",
    "city",
    "state",
    "specialty",
    "kind",
    "setting",
    "supervision",
    "letter_policy",
    "duties",
    "weeks",
    "price",
    "fees",
    "living_cost",
    "start_dates",
    "residency_applicants",
    "requirements",
    "source_url",
    "notes",
)
# Read and written beside the stable columns: what the price covers, and the area inside the
# specialty ("Cardiology"). A file without them loses nothing.
EXTRA_COLUMNS: tuple[str, ...] = ("price_covers", "focus")
READ_COLUMNS = frozenset((*COLUMNS, *EXTRA_COLUMNS))
# Free text: the longest each may be, and whether it is one line (runs of spaces collapse).
TEXT_LIMITS: dict[str, tuple[int, bool]] = {
    "name": (d.SITE_MAX_LENGTH, True),
    "provider": (d.SITE_MAX_LENGTH, True),
    "city": (d.CITY_MAX_LENGTH, True),
    "focus": (d.SITE_FOCUS_MAX_LENGTH, True),
    "price_covers": (d.SITE_MAX_LENGTH, True),
    "requirements": (d.NOTE_MAX_LENGTH, False),
    "notes": (d.NOTE_MAX_LENGTH, False),
}
FORMULA = re.compile(r"'*[=+\-@\t\r]")
ESCAPED_FORMULA = re.compile(r"'+[=+\-@\t\r]")
DELIMITERS = (",", ";", "\t")


@dataclass(frozen=True)
class CellProblem:
    """A problem, or a note on what lorkit assumed, in one cell. `row` is the row as a
    spreadsheet numbers it (the header is row 1); 0 for a form, which has no rows."""

    row: int
    column: str
    message: str

    def __str__(self) -> str:
        where = f"Row {self.row}, {self.column}" if self.row else self.column
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class RowReading:
    row: int
    option: SiteOption | None  # None when the row has a problem
    problems: tuple[CellProblem, ...] = ()
    notes: tuple[CellProblem, ...] = ()


@dataclass(frozen=True)
class CsvReading:
    rows: tuple[RowReading, ...]
    ignored_columns: tuple[str, ...] = ()
    encoding_note: str = ""

    @property
    def options(self) -> list[SiteOption]:
        return [row.option for row in self.rows if row.option is not None]

    @property
    def problems(self) -> list[CellProblem]:
        return [problem for row in self.rows for problem in row.problems]

    @property
    def notes(self) -> list[CellProblem]:
        return [note for row in self.rows for note in row.notes]

    @property
    def bad_rows(self) -> int:
        return sum(1 for row in self.rows if row.option is None)


class CsvRefused(ValueError):
    """A file that cannot be read as the offers CSV at all; nothing in it is used."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem


@dataclass
class _Cells:
    """Reads one row's cells, collecting problems and notes by column."""

    cells: Mapping[str, str]
    problems: dict[str, str] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)

    def raw(self, column: str) -> str:
        return self.cells.get(column, "") or ""

    def text(self, column: str) -> str:
        value = self.raw(column).strip()
        limit, one_line = TEXT_LIMITS[column]
        if one_line:
            value = " ".join(value.split())
        if len(value) > limit:
            self.problems[column] = f"is longer than {limit} characters"
        return value

    def read(self, column: str, reader: Callable[..., Reading[Any]], *args: Any) -> Any:
        if column in self.problems:
            return None
        try:
            reading = reader(self.raw(column), *args)
        except Unreadable as error:
            self.problems[column] = str(error)
            return None
        if reading.note:
            self.notes[column] = reading.note
        return reading.value


def option_from_cells(cells: Mapping[str, str], today: date) -> tuple[SiteOption | None, _Cells]:
    """One offer from its cells by column name (a CSV row, or the web form's fields), or None
    with the problems; the notes say what was assumed. A blank cell is unknown; `name` is
    required; every cell must be storable text (`text_problem`)."""
    row = _Cells(cells)
    for column in READ_COLUMNS:
        problem = text_problem(row.raw(column))
        if problem:
            row.problems[column] = problem
    texts = {column: row.text(column) for column in TEXT_LIMITS if column not in row.problems}
    if not texts.get("name") and "name" not in row.problems:
        row.problems["name"] = "is required: the name of the rotation or hospital"
    specialty, focus = row.read("specialty", read_specialty) or ("", "")
    institution, setting = row.read("setting", read_setting) or (None, None)
    price = row.read("price", read_money)
    dates, rolling = row.read("start_dates", read_start_dates, today) or ((), False)
    values = {
        "state": row.read("state", read_state) or "",
        "kind": row.read("kind", read_kind),
        "supervision": row.read("supervision", read_supervision),
        "letter_policy": row.read("letter_policy", read_letter_policy),
        "duties": row.read("duties", read_duties),
        "length": row.read("weeks", read_length),
        "fees": _money(row.read("fees", read_fee)),
        "living_cost": _money(row.read("living_cost", read_money, d.DAYS_PER_MONTH)),
        "residency_applicants": row.read("residency_applicants", read_residency),
        "source_url": row.read("source_url", read_url) or "",
    }
    if len(focus := texts.get("focus") or focus) > d.SITE_FOCUS_MAX_LENGTH:
        row.problems["specialty"] = f"is longer than {d.SITE_FOCUS_MAX_LENGTH} characters"
    if row.problems:
        return None, row
    option = SiteOption(
        name=texts["name"],
        provider=texts["provider"],
        city=texts["city"],
        specialty=specialty,
        focus=focus,
        institution=institution,
        setting=setting,
        price=_money(price),
        price_covers=texts["price_covers"] or (price.covers if price else ""),
        start_dates=dates,
        rolling_start=rolling,
        requirements=texts["requirements"],
        notes=texts["notes"],
        **values,
    )
    return option, row


def read_fee(text: str) -> Reading[Any]:
    return read_money(text, note_bare=False)


def _money(priced: Any) -> Any:
    return priced.money if priced is not None else None


def decode_csv(raw: bytes) -> tuple[str, str]:
    """The text of an uploaded file and a note on its encoding: UTF-8 (a byte-order mark
    allowed), UTF-16 with its mark (Excel's "Unicode text"), else Windows-1252 (Excel's CSV on
    Windows). A file holding NUL bytes is no CSV (a spreadsheet, an image): CsvRefused."""
    if len(raw) > d.SITE_CSV_MAX_BYTES:
        raise CsvRefused(_too_large())
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16"), ""
        except UnicodeDecodeError:
            raise CsvRefused("the file is not readable text (broken UTF-16)") from None
    if b"\x00" in raw:
        raise CsvRefused(
            "the file is not CSV text (it holds NUL bytes): save the spreadsheet as CSV first"
        )
    try:
        return raw.decode("utf-8-sig"), ""
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252"), "The file is not UTF-8; it was read as Windows-1252."
    except UnicodeDecodeError:
        raise CsvRefused("the file is not text lorkit can read (UTF-8 or Windows-1252)") from None


def _too_large() -> str:
    return f"the file is larger than {d.SITE_CSV_MAX_BYTES // 1024} KB; split it into parts"


def column_key(header: str) -> str:
    """A header cell as a column name: "Letter policy " is letter_policy."""
    return "_".join(header.strip().lstrip("\ufeff").casefold().replace("-", " ").split())


def read_site_csv(raw: bytes | str, today: date) -> CsvReading:
    """Every row of an offers CSV, each an offer or its problems. Refuses the whole file
    (CsvRefused) when it is too large, not text, has no `name` column in its first row, holds
    more rows than an account may keep, or is not CSV (an unclosed quote)."""
    text, encoding_note = decode_csv(raw) if isinstance(raw, bytes) else (raw, "")
    if len(text.encode("utf-8", "surrogatepass")) > d.SITE_CSV_MAX_BYTES:
        raise CsvRefused(_too_large())
    lines = text.lstrip("\ufeff").splitlines()
    first = next((line for line in lines if line.strip()), "")
    delimiter = max(DELIMITERS, key=first.count)
    # Strict: an unclosed quote would otherwise swallow every later row into one cell.
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=delimiter, strict=True)
    try:
        records = list(reader)
    except csv.Error as error:
        raise CsvRefused(
            f"the file is not CSV: {error} (line {reader.line_num}); is a quote left open?"
        ) from None
    while records and not any(cell.strip() for cell in records[0]):
        records.pop(0)
    header = [column_key(cell) for cell in records[0]] if records else []
    if "name" not in header:
        raise CsvRefused(
            "the first row must be the header row, with at least a name column: "
            + ",".join(COLUMNS)
        )
    rows = [
        (number, cells)
        for number, cells in enumerate(records[1:], 2)
        if any(c.strip() for c in cells)
    ]
    if len(rows) > d.SITE_OPTIONS_PER_ACCOUNT:
        raise CsvRefused(
            f"the file holds {len(rows):,} offers; an account keeps at most "
            f"{d.SITE_OPTIONS_PER_ACCOUNT:,}"
        )
    ignored = tuple(dict.fromkeys(h for h in header if h and h not in READ_COLUMNS))
    readings = tuple(_row(number, header, cells, today) for number, cells in rows)
    return CsvReading(readings, ignored, encoding_note)


def _row(number: int, header: list[str], cells: list[str], today: date) -> RowReading:
    by_column: dict[str, str] = {}
    for column, cell in zip(header, cells, strict=False):
        if column in READ_COLUMNS and not by_column.get(column):
            by_column[column] = _unescaped(cell)
    option, read = option_from_cells(by_column, today)
    problems = [CellProblem(number, column, m) for column, m in read.problems.items()]
    if len(cells) > len(header) and any(cell.strip() for cell in cells[len(header) :]):
        problems.append(
            CellProblem(number, "row", "has more cells than the header row: is a comma unquoted?")
        )
        option = None
    notes = tuple(CellProblem(number, column, m) for column, m in read.notes.items())
    return RowReading(number, option, tuple(_ordered(problems)), notes)


def _ordered(problems: Iterable[CellProblem]) -> list[CellProblem]:
    order = {column: index for index, column in enumerate((*COLUMNS, *EXTRA_COLUMNS))}
    return sorted(problems, key=lambda p: order.get(p.column, len(order)))


def _unescaped(cell: str) -> str:
    return cell[1:] if ESCAPED_FORMULA.match(cell) else cell


def formula_safe(cell: str) -> str:
    """A cell a spreadsheet will show as text, never run: one that starts like a formula (= + -
    @, tab, carriage return), after any apostrophes, gains one more apostrophe."""
    return f"'{cell}" if FORMULA.match(cell) else cell


def option_cells(option: SiteOption) -> dict[str, str]:
    """An offer as CSV cells, each in words `option_from_cells` reads back to the same offer."""
    setting = ", ".join(v.value for v in (option.institution, option.setting) if v is not None)
    duties = option.duties
    residency = {None: "", True: "yes", False: "no"}[option.residency_applicants]
    return {
        "name": option.name,
        "provider": option.provider,
        "city": option.city,
        "state": option.state,
        "specialty": option.specialty,
        "kind": option.kind.value if option.kind else "",
        "setting": setting,
        "supervision": option.supervision.value if option.supervision else "",
        "letter_policy": option.letter_policy.value if option.letter_policy else "",
        "duties": "" if duties is None else ", ".join(v for v in Duty if v in duties) or "none",
        "weeks": length_text(option.length) if option.length else "",
        "price": money_text(option.price) if option.price else "",
        "fees": money_text(option.fees) if option.fees else "",
        "living_cost": money_text(option.living_cost) if option.living_cost else "",
        "start_dates": start_dates_text(option.start_dates, option.rolling_start),
        "residency_applicants": residency,
        "requirements": option.requirements,
        "source_url": option.source_url,
        "notes": option.notes,
        "price_covers": option.price_covers,
        "focus": option.focus,
    }


def write_site_csv(options: Iterable[SiteOption]) -> str:
    """Offers as a CSV with the template's header (and the extra columns), formula-safe."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow((*COLUMNS, *EXTRA_COLUMNS))
    for option in options:
        cells = option_cells(option)
        writer.writerow(formula_safe(cells[column]) for column in (*COLUMNS, *EXTRA_COLUMNS))
    return out.getvalue()


TEMPLATE_ROWS: tuple[dict[str, str], ...] = (
    {
        "name": "Lakeside Community Hospital IM externship",
        "provider": "Example Rotations Inc.",
        "city": "Toledo",
        "state": "OH",
        "specialty": "Internal Medicine",
        "kind": "externship",
        "setting": "community teaching, inpatient",
        "supervision": "1:1 with an attending",
        "letter_policy": "LOR possible on performance",
        "duties": "H&P, notes, presenting on rounds",
        "weeks": "4",
        "price": "$2,800 per 4 weeks",
        "fees": "$150 application fee",
        "living_cost": "$1,200/month",
        "start_dates": "2027-01-04, 2027-02-01",
        "residency_applicants": "yes",
        "requirements": "Step 1 passed; graduated within 5 years; B1/B2 visa",
        "source_url": "https://example.org/lakeside-im",
        "notes": "Copied from the provider's page",
    },
)


def template_csv() -> str:
    """The header row, then one example offer to overwrite (its cells show the words read)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in TEMPLATE_ROWS:
        writer.writerow(row.get(column, "") for column in COLUMNS)
    return out.getvalue()
