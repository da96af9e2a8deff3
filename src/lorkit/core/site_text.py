"""The words providers use, read into the types of core/sites.py: amounts ("$4,500–6,000 per
month"), lengths ("2–4 weeks"), start dates ("Jan 2027, rolling") and web addresses here, the
vocabularies ("sub-I", "1:1 with an attending") in core/site_words.py.

Each `read_*` takes the text of one field and returns a `Reading`: the value (None, or empty,
when the text is blank or says it is not known) and a note when lorkit had to assume something
("no period given: read as the whole rotation's price"). Text it cannot read raises
`Unreadable` with a message that follows the field's name ("price: ..."). The CSV import, the
web form and `lorkit sites rank` all read through these, so a word means the same everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, TypeVar

from lorkit.core import defaults as d
from lorkit.core.dates import out_of_range
from lorkit.core.plan import round_half_up
from lorkit.core.sites import Length, Money, length_text, money_text

T = TypeVar("T")


class Unreadable(ValueError):
    """Text lorkit cannot read; the message follows the field's name."""


@dataclass(frozen=True)
class Reading(Generic[T]):
    value: T
    note: str = ""


def words(text: str) -> str:
    """Lower case, every run of punctuation a single space: "Sub-I!" is "sub i"."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text.casefold()).split())


def has(text: str, phrase: str) -> bool:
    """Whether `phrase` appears in `text` (both as `words` gives them) as whole words."""
    return f" {phrase} " in f" {text} "


def first_match(text: str, table: Iterable[tuple[T, tuple[str, ...]]]) -> T | None:
    return next((value for value, phrases in table if any(has(text, p) for p in phrases)), None)


UNKNOWN_WORDS = frozenset(
    {
        "unknown",
        "n a",
        "na",
        "tbd",
        "tba",
        "not sure",
        "varies",
        "various",
        "not stated",
        "not listed",
        "not specified",
        "unspecified",
        "ask",
        "on request",
        "upon request",
        "inquire",
        "enquire",
    }
)
UNKNOWN_STARTS = ("contact", "ask ", "call", "email", "inquire", "enquire", "check ")


def says_unknown(text: str) -> bool:
    """Blank, punctuation only ("-", "?"), or words that mean "not known" ("TBD", "varies",
    "contact us")."""
    said = words(text)
    return not said or said in UNKNOWN_WORDS or said.startswith(UNKNOWN_STARTS)


def unknown(text: str) -> Reading[Any]:
    return Reading(None, "" if not words(text) else f"{text.strip()!r} read as not known")


def quoted(text: str) -> str:
    shown = text.strip()
    return repr(shown if len(shown) <= 40 else f"{shown[:39]}…")


# ---- Amounts -----------------------------------------------------------------------------

DASHES = re.compile("[\u2010-\u2015\u2212]")
FOREIGN = re.compile(
    r"[€£₹¥]|\b(?:eur|euros?|gbp|pounds?|inr|rupees?|cad|aud|c\$|a\$|can\$|mxn|pesos?)\b"
)
CURRENCY = re.compile(r"us\$|\$|\b(?:usd|us dollars?|dollars?|us)\b")
LEADING = re.compile(
    r"^(?:approx(?:imately)?\.?|about|around|roughly|~|ca\.|circa|from|starting (?:at|from)"
    r"|starts at|only|price|cost|fees?|tuition|rate|total|program fee)\s*:?\s*"
)
APPROXIMATE = re.compile(r"^(?:approx|about|around|roughly|~|ca\.|circa)")
AMOUNT = r"(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?\s*(k\b)?"
RANGE = re.compile(rf"\s*{AMOUNT}(?:\s*(?:-|to)\s*{AMOUNT})?")
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
UNIT_DAYS = {"day": 1, "week": 7, "month": d.DAYS_PER_MONTH}
UNIT = r"(days?|d|weeks?|wks?|wk|w|months?|mos?|mo)"
PERIOD = re.compile(
    r"^(?:/|per|a|an|each|every|for(?: a| an| one| the)?|x)?\s*"
    rf"(?:(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    rf"\s*-?\s*)?{UNIT}\b(?:\s*(?:rotation|block|elective|program|programme|long|course))?"
)
ADVERBS = re.compile(r"^(daily|weekly|monthly)\b")
FLAT = re.compile(
    r"^(?:flat|total|in total|one[ -]?time|all[ -]?inclusive|lump sum|"
    r"(?:per|a|each|for(?: the| a| one)?)\s+(?:whole |entire |full )?"
    r"(?:rotation|block|program|programme|course|elective|externship|session|stay))\b"
)
COVERS = re.compile(r"^(?:incl(?:uding|udes|\.)?|covers|covering|with)\s+(.+)$")
COVERED = re.compile(r"^(.+?)\s+(?:included|covered)$")
FREE_WORDS = frozenset(
    {"free", "free of charge", "no charge", "no cost", "none", "no fee", "no fees", "waived"}
    | {"nil", "included", "0"}
)
LARGEST_AMOUNT = 1_000_000


@dataclass(frozen=True)
class Priced:
    """An amount read from text, and the words saying what it covers ("housing")."""

    money: Money | None
    covers: str = ""


def read_money(
    text: str, bare_per_days: int | None = None, *, note_bare: bool = True
) -> Reading[Priced]:
    """An amount in U.S. dollars: "$1,800 per 4 weeks", "$250/week", "USD 2,100 flat",
    "$4,500–6,000 per month" (a range keeps both ends), "2.5k", "free". An amount without a
    period is for `bare_per_days` days (None: the whole rotation), with a note unless
    `note_bare` is off (a fee is paid once as a rule). Another currency, or a second amount
    ("$2,000 + $300"), is refused: lorkit will not guess."""
    if says_unknown(text):
        return Reading(Priced(None), unknown(text).note)
    said = words(text)
    if said in FREE_WORDS or said.startswith(("free", "included", "no charge")):
        return Reading(Priced(Money(0, 0)))
    lower = DASHES.sub("-", text.casefold()).strip()
    if FOREIGN.search(lower):
        raise Unreadable(f"{quoted(text)}: only U.S. dollars are read; convert it to $ first")
    lower = " ".join(CURRENCY.sub(" ", lower).split())
    approximate = bool(APPROXIMATE.match(lower))
    while LEADING.match(lower) and LEADING.sub("", lower, count=1) != lower:
        lower = LEADING.sub("", lower, count=1)
    amounts = RANGE.match(lower)
    if amounts is None:
        raise Unreadable(
            f"{quoted(text)} is not a price such as $1,800 per 4 weeks, $250/week or "
            "$4,500–6,000 per month"
        )
    low = _dollars(*amounts.group(1, 2, 3))
    high = _dollars(*amounts.group(4, 5, 6)) if amounts.group(4) else low
    low, high = sorted((low, high))
    if high > LARGEST_AMOUNT:
        raise Unreadable(f"{quoted(text)} is more than ${LARGEST_AMOUNT:,}: check the number")
    per_days, covers, said_period = _period(text, lower[amounts.end() :])
    notes = []
    if approximate:
        notes.append("an approximate amount, read as exact")
    if not said_period:
        per_days = bare_per_days
    if not said_period and note_bare:
        notes.append(f"no period given: read as {_per_words(bare_per_days)}")
    money = Money(low, high, per_days)
    return Reading(Priced(money, covers), "; ".join(notes))


def _per_words(per_days: int | None) -> str:
    return money_text(Money(1, 1, per_days)).removeprefix("$1 ").removeprefix("for ")


def _dollars(whole: str, cents: str | None, thousands: str | None) -> int:
    value = int(whole.replace(",", "")) + (int(cents.ljust(2, "0")) / 100 if cents else 0)
    return round_half_up(value * 1000 if thousands else value)


def _period(text: str, rest: str) -> tuple[int | None, str, bool]:
    """(days the amount is for, None for the whole rotation; what it covers; whether a period
    was said) from the words after the amount."""
    rest = rest.strip(" ,;:()")
    per_days: int | None = None
    said = False
    if flat := FLAT.match(rest):
        said, rest = True, rest[flat.end() :]
    elif adverb := ADVERBS.match(rest):
        per_days = {"daily": 1, "weekly": 7, "monthly": d.DAYS_PER_MONTH}[adverb.group(1)]
        said, rest = True, rest[adverb.end() :]
    elif period := PERIOD.match(rest):
        count = period.group(1) or "1"
        number = NUMBER_WORDS.get(count) or float(count)
        per_days = round_half_up(number * UNIT_DAYS[_unit(period.group(2))])
        if per_days < 1:
            raise Unreadable(f"{quoted(text)} is for a period of no days")
        said, rest = True, rest[period.end() :]
    return per_days, _covers(text, rest.strip(" ,;:()")), said


def _covers(text: str, rest: str) -> str:
    if not rest:
        return ""
    if found := COVERS.match(rest) or COVERED.match(rest):
        return found.group(1).strip(" .")
    if re.search(r"\d", rest):
        raise Unreadable(
            f"{quoted(text)} holds more than one amount: put fees in the fees column and "
            "give the price as one amount or a range"
        )
    return rest.strip(" .")


def _unit(word: str) -> str:
    if word.startswith("d"):
        return "day"
    return "month" if word.startswith("m") else "week"


# ---- Lengths -----------------------------------------------------------------------------

LENGTH_TOKEN = re.compile(r"\d+(?:\.\d+)?|[a-z]+|[-,/+]")
LENGTH_FILLER = frozenset(
    {"-", ",", "/", "to", "or", "and", "at", "minimum", "min", "max", "maximum", "up", "about"}
    | {"approx", "approximately", "around", "long", "rotation", "rotations", "block", "blocks"}
    | {"each", "of", "duration", "program", "total", "the", "in", "than"}
)
AT_LEAST = frozenset({"+", "least", "more", "plus"})
UNIT_WORDS = {
    "day": "day", "days": "day", "d": "day", "week": "week", "weeks": "week", "wk": "week",
    "wks": "week", "w": "week", "month": "month", "months": "month", "mo": "month",
    "mos": "month",
}  # fmt: skip
LONGEST_DAYS = 52 * 7
NOT_A_LENGTH = "is not a length such as 4, 4-8, 2–4 weeks or 1 month"


def read_length(text: str) -> Reading[Length | None]:
    """A length: "4" (weeks), "4-8", "2–4 weeks", "1 month" (4 weeks), "10 days",
    "2 weeks to 1 month", "4, 8 or 12 weeks" (4 to 12). "4+ weeks" reads as 4, with a note."""
    if says_unknown(text) or words(text) in {"flexible", "any"}:
        return unknown(text)
    numbers: list[tuple[float, str | None]] = []
    article = at_least = False
    for token in LENGTH_TOKEN.findall(DASHES.sub("-", text.casefold())):
        if token in {"a", "an"}:
            article = True
        elif token in UNIT_WORDS:
            if numbers and numbers[-1][1] is None:
                numbers[-1] = (numbers[-1][0], UNIT_WORDS[token])
            elif article:  # "a month"
                numbers.append((1.0, UNIT_WORDS[token]))
            article = False
        elif token[0].isdigit() or token in NUMBER_WORDS:
            numbers.append((float(NUMBER_WORDS.get(token) or token), None))
        elif token in AT_LEAST:
            at_least = True
        elif token not in LENGTH_FILLER:
            raise Unreadable(f"{quoted(text)} {NOT_A_LENGTH}")
    if not numbers:
        raise Unreadable(f"{quoted(text)} {NOT_A_LENGTH}")
    units = _filled_units([unit for _, unit in numbers])
    days = [round_half_up(n * UNIT_DAYS[u]) for (n, _), u in zip(numbers, units, strict=True)]
    if not all(1 <= day <= LONGEST_DAYS for day in days):
        raise Unreadable(f"{quoted(text)} is not between 1 day and 52 weeks")
    length = Length(min(days), max(days))
    note = f"at least {length_text(length)}: read as {length_text(length)}" if at_least else ""
    return Reading(length, note)


def _filled_units(units: list[str | None]) -> list[str]:
    """Each number's unit: its own, else the next one said ("4-8 weeks"), else the last one
    before it, else weeks."""
    filled = []
    for index, own in enumerate(units):
        later = [unit for unit in units[index:] if unit]
        earlier = [unit for unit in units[:index] if unit]
        filled.append(own or (later[0] if later else earlier[-1] if earlier else "week"))
    return filled


# ---- Start dates -------------------------------------------------------------------------

MONTHS = (
    r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
MONTH_NUMBERS = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
ORDINAL = r"(?:st|nd|rd|th)?"
# Each pattern with the order of its groups: (year, month, day); "m" is a month name.
DATE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b"), "ymd"),
    (re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b"), "mdy"),
    (re.compile(rf"\b{MONTHS}\.?\s+(\d{{1,2}}){ORDINAL},?\s+(\d{{4}})\b"), "Mdy"),
    (re.compile(rf"\b(\d{{1,2}}){ORDINAL}\s+{MONTHS}\.?,?\s+(\d{{4}})\b"), "dMy"),
    (re.compile(rf"\b{MONTHS}\.?,?\s+(\d{{4}})\b"), "My"),
    (re.compile(r"\b(\d{4})-(\d{1,2})\b"), "ym"),
    (re.compile(rf"\b{MONTHS}\.?\s+(\d{{1,2}}){ORDINAL}\b"), "Md"),
    (re.compile(rf"\b{MONTHS}\b"), "M"),
)
ROLLING = re.compile(
    r"\b(?:rolling|monthly|weekly|any ?time|year[ -]round|all year|flexible|ongoing|"
    r"continuous|every (?:month|week|monday)|open)\b"
)
DATE_FILLER = frozenset(
    {"and", "or", "start", "starts", "starting", "dates", "date", "on", "the", "of", "in"}
    | {"from", "every", "each", "first", "block", "blocks", "also", "available", "s"}
)


def read_start_dates(text: str, today: date) -> Reading[tuple[tuple[date, ...], bool]]:
    """(start dates, whether it can start any time): "2027-01-04; 2027-03-01", "01/04/2027"
    (month first, as in the U.S.), "Jan 4 2027", "January 2027" (the first of the month),
    "rolling". A month without a year is its next first day from `today` on."""
    if says_unknown(text):
        return Reading(((), False), unknown(text).note)
    rest = DASHES.sub("-", text.casefold())
    found: set[date] = set()
    for pattern, order in DATE_PATTERNS:
        for match in pattern.finditer(rest):
            found.add(_date(text, order, match.groups(), today))
        rest = pattern.sub(" ", rest)
    rolling = bool(ROLLING.search(rest))
    leftover = set(words(ROLLING.sub(" ", rest)).split()) - DATE_FILLER
    if leftover or not (found or rolling):
        raise Unreadable(
            f"{quoted(text)} is not a list of start dates such as 2027-01-04, Jan 2027 or rolling"
        )
    return Reading((tuple(sorted(found)), rolling))


def _date(text: str, order: str, groups: tuple[str, ...], today: date) -> date:
    parts = dict(zip(order, groups, strict=True))
    month = int(parts["m"]) if "m" in parts else MONTH_NUMBERS[parts["M"][:3]]
    day = int(parts.get("d", "1"))
    try:
        if "y" in parts:
            found = date(int(parts["y"]), month, day)
        else:
            found = date(today.year, month, day)
            if found < today.replace(day=1):
                found = found.replace(year=today.year + 1)
    except ValueError:
        raise Unreadable(f"{quoted(text)} holds a date that does not exist") from None
    problem = out_of_range(found)
    if problem:
        raise Unreadable(problem)
    return found


def start_dates_text(start_dates: tuple[date, ...], rolling: bool) -> str:
    """As `read_start_dates` reads them back: "2027-01-04, 2027-03-01, rolling"."""
    return ", ".join([*(day.isoformat() for day in start_dates), *(["rolling"] if rolling else [])])


# ---- Addresses ---------------------------------------------------------------------------

URL = re.compile(r"https?://[^\s<>\"'`\\]+", re.IGNORECASE)
BARE_DOMAIN = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:[/?#][^\s]*)?")


def read_url(text: str) -> Reading[str]:
    """A web address, http or https only (a "javascript:" link must never reach a page);
    "www.example.org" gains https://."""
    shown = text.strip()
    if not shown:
        return Reading("")
    if BARE_DOMAIN.fullmatch(shown):
        shown = f"https://{shown}"
    if not URL.fullmatch(shown):
        raise Unreadable(f"{quoted(text)} is not a web address starting with https://")
    if len(shown) > d.SITE_URL_MAX_LENGTH:
        raise Unreadable(f"is longer than {d.SITE_URL_MAX_LENGTH} characters")
    return Reading(shown)
