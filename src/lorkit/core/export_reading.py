"""Reading an export document: the JSON in a file's bytes, and typed fields out of its objects,
with every problem collected in plain words instead of stopping at the first.

`load_export_json` turns the bytes or text of a file into JSON values, refusing what the json
module would crash on or let through (deep nesting, numbers too long to read, NaN, text that is
not UTF-8). `Reader` reads one field at a time and names each problem by its place the way the
pages do ("Rotation 2, End: …", counted from 1, with the form's label for the field); every
text it reads, keys included, must pass `core.text.text_problem`. `problems_shown` gives the
web page and the command line the same list.

The sections themselves (core/export_format.py, core/export_journal.py) say what to read."""

from __future__ import annotations

import json
import math
import re
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from lorkit.core import defaults as d
from lorkit.core.dates import out_of_range
from lorkit.core.text import text_problem

T = TypeVar("T")
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
# A JSON string, or one left open at the end of the text; possessive, so that reading it is
# linear even in a hostile file of unclosed quotes and backslashes.
_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*+(?:"|\\?\Z)', re.DOTALL)

# An export's numbers are a version and years; a whole number longer than this is hostile, and
# Python refuses to read one over 4,300 digits with an error meant for programmers.
LONGEST_WHOLE_NUMBER = 20  # digits, a minus sign included
# Values quoted in a problem are cut to this many characters, so that a megabyte of text
# in a field gives a one-line problem.
QUOTED_MAX_LENGTH = 60
# The sentence every problem with the file as a whole starts with.
NOT_AN_EXPORT = "This file is not a lorkit export: "
# How lorkit writes an id (a UUID), for a problem to show.
EXAMPLE_ID = "6f1c0a52-3d4b-4e8f-9a51-2b7c1d9e0f34"
ID_LENGTH = len(str(uuid.UUID(int=0)))


class ExportError(ValueError):
    """A document refused, with every problem found (each stated once)."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = list(dict.fromkeys(problems))
        super().__init__("; ".join(self.problems))


def problems_shown(problems: Sequence[str], most: int = d.IMPORT_PROBLEMS_SHOWN) -> list[str]:
    """The problems a person is shown, on the web page and the command line alike: each once,
    at most `most` of them, and then how many more there are. A hand-edited file can hold
    thousands (one per rotation), and a page of them helps no one fix the first."""
    distinct = list(dict.fromkeys(problems))
    if len(distinct) <= most:
        return distinct
    rest = len(distinct) - most
    return [*distinct[:most], f"…and {rest:,} more {'problem' if rest == 1 else 'problems'}."]


def load_export_json(raw: bytes | str) -> Any:
    """The JSON values in a file's bytes (which must be UTF-8, a byte-order mark allowed) or
    text, or ExportError with one sentence saying why the file is not an export ("This file is
    not a lorkit export: it is empty."). Refuses, besides invalid JSON, what `json.loads` would
    crash on or let through: nesting deeper than Python recurses, whole numbers longer than
    LONGEST_WHOLE_NUMBER digits, NaN and Infinity (literal or overflowing), and text holding
    lone surrogates. Escapes such as \\u0000 or \\ud800 inside strings are valid JSON;
    `parse_export` refuses them where it reads them."""
    text = _decoded(raw)
    if not text.strip():
        raise not_an_export("it is empty")
    try:
        return json.loads(
            text,
            parse_int=_whole_number,
            parse_float=_finite_number,
            parse_constant=_refused_constant,
        )
    except json.JSONDecodeError as error:
        # The decoder's own words ("Expecting ',' delimiter", "char 11") are for programmers;
        # where it stopped is what helps someone who edited the file by hand.
        where = f"line {error.lineno}, column {error.colno}"
        if _cut_short(text):
            raise not_an_export(f"it stops part-way, as if cut short ({where})") from None
        raise not_an_export(f"it is not valid JSON ({where})") from None
    except RecursionError:
        raise not_an_export("its lists and objects nest too deeply to read") from None


def _cut_short(text: str) -> bool:
    """Whether invalid JSON looks cut short (a download or a copy that stopped): more lists
    and objects opened than closed, outside its strings."""
    outside = _JSON_STRING.sub("", text)
    opened = outside.count("{") + outside.count("[")
    return opened > outside.count("}") + outside.count("]")


def not_an_export(reason: str) -> ExportError:
    return ExportError([f"{NOT_AN_EXPORT}{reason}."])


def _decoded(raw: bytes | str) -> str:
    if isinstance(raw, bytes):
        try:
            return raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise not_an_export(
                f"it is not UTF-8 text (byte {error.start + 1:,} cannot be read as UTF-8)"
            ) from None
    # Text read with errors="surrogateescape" (standard input in a C locale) keeps each
    # invalid byte as a lone surrogate, which nothing downstream could encode.
    try:
        raw.encode("utf-8")
    except UnicodeEncodeError as error:
        code = ord(raw[error.start])
        raise not_an_export(
            f"it is not UTF-8 text (character {error.start + 1:,} is U+{code:04X})"
        ) from None
    return raw


def _whole_number(digits: str) -> int:
    if len(digits) > LONGEST_WHOLE_NUMBER:
        raise not_an_export(f"it holds a number {len(digits):,} digits long")
    return int(digits)


def _finite_number(digits: str) -> float:
    number = float(digits)
    if not math.isfinite(number):
        raise not_an_export(f"it holds the number {cut(digits)}, too large to read")
    return number


def _refused_constant(name: str) -> float:
    raise not_an_export(f"it holds {name}, which JSON does not allow")


def quoted(value: Any) -> str:
    """`value` as a problem quotes it: storable text in double quotes, text that is not
    storable as Python escapes it (never a control character or a lone surrogate on a page
    or a terminal), numbers and JSON's words as JSON writes them, lists and objects by their
    kind (never walked, however deeply they nest); cut short."""
    if isinstance(value, str):
        return f'"{cut(value)}"' if text_problem(value) is None else cut(repr(value))
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    try:
        return cut(repr(value))
    except ValueError:  # a whole number over Python's 4,300-digit limit for writing one
        return "a number too long to show"


def kind_of(value: Any) -> str:
    """What a JSON value is, in the words of someone who edits the file by hand."""
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    return quoted(value)  # a list, an object, or null


def cut(text: str) -> str:
    if len(text) > QUOTED_MAX_LENGTH:
        return f"{text[: QUOTED_MAX_LENGTH - 1]}…"
    return text


def _text_refusal(value: str, limit: int | None, choices: Any) -> str | None:
    """Why a text value is refused: unstorable, too long, or outside its vocabulary."""
    problem = text_problem(value)
    if problem:
        return f"this text {problem}."
    if limit is not None and len(value) > limit:
        return f"this is {len(value):,} characters long; it can hold at most {limit:,}."
    if choices is not None and value not in choices:
        allowed = ", ".join(sorted(str(choice) for choice in choices))
        return f"{quoted(value)} is not one of: {allowed}."
    return None


@dataclass(frozen=True)
class Place:
    """Where in the file something is, as a person reads it ("Rotation 2"), and the labels
    of the fields found there."""

    name: str
    labels: Mapping[str, str]

    def at(self, field_name: str) -> str:
        """The place of one field: "Rotation 2, End"."""
        return f"{self.name}, {self.labels.get(field_name, cut(field_name))}"


@dataclass(frozen=True)
class Section:
    """A list section of the document: its key, its name as a heading ("Red flags"), the
    name of one item ("Red flag") and the labels of an item's fields."""

    key: str
    title: str
    item: str
    labels: Mapping[str, str]

    def place(self, index: int) -> Place:
        """Item `index` (from 0), named as people count (from 1): "Red flag 2"."""
        return Place(f"{self.item} {index + 1}", self.labels)


class Reader:
    """Reads typed fields out of JSON objects, collecting problems instead of stopping."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def fail(self, where: str, message: str) -> None:
        self.problems.append(f"{where}: {message}")

    def text(
        self,
        obj: dict[str, Any],
        name: str,
        place: Place,
        *,
        required: bool = False,
        limit: int | None = None,
        choices: Any = None,
    ) -> str:
        """A text field; `limit` bounds free text, `choices` bounds a vocabulary field. A
        refused value reads as "" so that later checks never see it."""
        if limit is None and choices is None:
            raise TypeError("an unbounded text field: give it a limit or choices")
        value = obj.get(name)
        if value is None or value == "":
            if required:
                self.fail(place.at(name), "this is required.")
            return ""
        if not isinstance(value, str):
            self.fail(place.at(name), f"this must be text, not {kind_of(value)}.")
            return ""
        problem = _text_refusal(value, limit, choices)
        if problem:
            self.fail(place.at(name), problem)
            return ""
        return value

    def keys(self, obj: dict[str, Any], where: str) -> bool:
        """Whether every key of `obj` is storable text; a problem names the key's position,
        since the key itself cannot be shown."""
        for index, key in enumerate(obj):
            problem = text_problem(key)
            if problem:
                self.fail(where, f"the name of field {index + 1} {problem}.")
                return False
        return True

    def day(
        self, obj: dict[str, Any], name: str, place: Place, *, required: bool = True
    ) -> date | None:
        value = obj.get(name)
        if value is None:
            if required:
                self.fail(place.at(name), "this is required.")
            return None
        parsed = None
        if isinstance(value, str) and ISO_DAY.fullmatch(value):
            try:
                parsed = date.fromisoformat(value)
            except ValueError:
                parsed = None
        if parsed is None:
            self.fail(place.at(name), f"{quoted(value)} is not a date written YYYY-MM-DD.")
            return None
        problem = out_of_range(parsed)
        if problem:
            self.fail(place.at(name), problem)
            return None
        return parsed

    def uuid(self, obj: dict[str, Any], name: str, place: Place) -> str:
        """A UUID in its canonical lower-case form, so that one id written two ways is
        still recognised as the same id."""
        value = self.text(obj, name, place, required=True, limit=ID_LENGTH)
        return (self._canonical(value, name, place) or value) if value else ""

    def optional_uuid(self, obj: dict[str, Any], name: str, place: Place) -> str | None:
        """A UUID, or None where the field is missing, null or empty (no such link)."""
        value = self.text(obj, name, place, limit=ID_LENGTH)
        if not value:
            return None
        # An id refused here reads as no link, so it is reported once, not again as a link
        # to nothing.
        return self._canonical(value, name, place)

    def uuids(self, obj: dict[str, Any], name: str, place: Place) -> tuple[str, ...]:
        """A list of UUIDs, each once, in the file's order."""
        values = self._list(obj, name, place, "ids")
        found: list[str] = []
        for value in values:
            if not isinstance(value, str):
                self.fail(
                    place.at(name), f"{quoted(value)} is not an id written like {EXAMPLE_ID}."
                )
                continue
            problem = _text_refusal(value, ID_LENGTH, None)
            if problem:
                self.fail(place.at(name), problem)
                continue
            canonical = self._canonical(value, name, place)
            if canonical is None:
                continue
            if canonical not in found:
                found.append(canonical)
        return tuple(found)

    def _canonical(self, value: str, name: str, place: Place) -> str | None:
        try:
            return str(uuid.UUID(value))
        except ValueError:
            self.fail(place.at(name), f"{quoted(value)} is not an id written like {EXAMPLE_ID}.")
            return None

    def flag(self, obj: dict[str, Any], name: str, place: Place, *, required: bool = False) -> bool:
        """A yes/no field, written true or false; missing reads as false unless required."""
        value = obj.get(name)
        if value is None:
            if required:
                self.fail(place.at(name), "this is required (true or false).")
            return False
        if not isinstance(value, bool):
            self.fail(place.at(name), f"this must be true or false, not {kind_of(value)}.")
            return False
        return value

    def codes(
        self, obj: dict[str, Any], name: str, place: Place, choices: Sequence[str]
    ) -> tuple[str, ...]:
        """A list of codes from `choices`, each once, in the file's order."""
        values = self._list(obj, name, place, "codes")
        if not all(isinstance(value, str) and value in choices for value in values):
            self.fail(place.at(name), f"this must list codes among: {', '.join(choices)}.")
            return ()
        return tuple(dict.fromkeys(values))

    def words(self, obj: dict[str, Any], name: str, place: Place, limit: int) -> tuple[str, ...]:
        """A list of short texts, each once, in the file's order."""
        found: list[str] = []
        for index, value in enumerate(self._list(obj, name, place, "texts")):
            where = f"{place.at(name)} item {index + 1}"
            if not isinstance(value, str):
                self.fail(where, f"this must be text, not {kind_of(value)}.")
                continue
            problem = _text_refusal(value, limit, None)
            if problem:
                self.fail(where, problem)
            elif value not in found:
                found.append(value)
        return tuple(found)

    def _list(self, obj: dict[str, Any], name: str, place: Place, of: str) -> list[Any]:
        value = obj.get(name)
        if value is None:
            return []
        if not isinstance(value, list):
            self.fail(place.at(name), f"this must be a list of {of} […], not {kind_of(value)}.")
            return []
        return value

    def items(self, doc: dict[str, Any], section: Section) -> list[tuple[int, dict[str, Any]]]:
        """The objects of a list section with their positions; anything else is a problem."""
        value = doc.get(section.key, [])
        if value is None:
            return []
        if not isinstance(value, list):
            self.fail(section.title, f"this section must be a list, not {kind_of(value)}.")
            return []
        objects = []
        for index, item in enumerate(value):
            place = section.place(index)
            if isinstance(item, dict):
                self.keys(item, place.name)
                objects.append((index, item))
            else:
                self.fail(place.name, f"this must be an object {{…}}, not {kind_of(item)}.")
        return objects

    def read_all(
        self,
        doc: dict[str, Any],
        section: Section,
        read: Callable[[Reader, dict[str, Any], Place], T],
    ) -> list[tuple[int, T]]:
        """Each object of a section read into its record, with its position in the file."""
        return [
            (index, read(self, raw, section.place(index)))
            for index, raw in self.items(doc, section)
        ]

    def unique_ids(self, section: Section, ids: Sequence[tuple[int, str | None]]) -> set[str]:
        """The ids of a section's items, each required to be its item's own; a problem at the
        second item with an id already taken. Returns the ids found."""
        first_with_id: dict[str, int] = {}
        for index, item_id in ids:
            if not item_id:
                continue
            if item_id in first_with_id:
                self.fail(
                    section.place(index).at("id"),
                    f"{section.item.lower()} {first_with_id[item_id] + 1} has the same id; "
                    f"each {section.item.lower()} needs its own.",
                )
            else:
                first_with_id[item_id] = index
        return set(first_with_id)
