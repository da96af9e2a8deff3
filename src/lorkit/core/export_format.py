"""The lorkit export document: one JSON object holding a whole workspace.

    {"format": "lorkit-export", "version": 1,
     "profile": {...}, "rotations": [...], "milestones": [...]}

`load_export_json` turns the bytes or text of a file into JSON values, refusing what the
json module would crash on or let through (deep nesting, numbers too long to read, NaN, text
that is not UTF-8). `parse_export` validates a document completely before anything is written,
collecting every problem with its path (``rotations[1].end``) so an import is all-or-nothing.
Every text it reads, keys included, must pass `core.text.text_problem`.
"""

from __future__ import annotations

import json
import math
import re
import uuid
import zoneinfo
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import date
from enum import Enum
from typing import Any, TypeVar

from lorkit.core import defaults as d
from lorkit.core.dates import is_season_year, out_of_range, span_problems
from lorkit.core.defaults import DEFAULT_TIME_ZONE
from lorkit.core.rotation import Rotation
from lorkit.core.season import SEASON_KEYS
from lorkit.core.text import text_problem
from lorkit.core.vocabulary import (
    ERAS_SPECIALTIES,
    LETTER_QUALITY_LABELS,
    US_STATES,
    MilestoneKind,
    MilestoneStatus,
    RotationKind,
    Setting,
)

T = TypeVar("T")
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")

FORMAT = "lorkit-export"
VERSION = 1
SECTIONS = ("profile", "rotations", "milestones")
# Sections later capabilities will add; a version-1 document may carry them empty.
RESERVED_SECTIONS = ("people", "journal", "letters")
# An export's numbers are a version and years; a whole number longer than this is hostile, and
# Python refuses to read one over 4,300 digits with an error meant for programmers.
LONGEST_WHOLE_NUMBER = 20  # digits, a minus sign included
# Values quoted in a problem are cut to this many characters, so that a megabyte of text
# in a field gives a one-line problem.
QUOTED_MAX_LENGTH = 60


class ExportError(ValueError):
    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


def load_export_json(raw: bytes | str) -> Any:
    """The JSON values in a file's bytes (which must be UTF-8, a byte-order mark allowed) or
    text, or ExportError with one problem in plain words, phrased to follow "the file is not
    valid JSON:" ("it is empty"). Refuses, besides invalid JSON, what `json.loads` would crash
    on or let through: nesting deeper than Python recurses, whole numbers longer than
    LONGEST_WHOLE_NUMBER digits, NaN and Infinity (literal or overflowing), and text holding
    lone surrogates. Escapes such as \\u0000 or \\ud800 inside strings are valid JSON;
    `parse_export` refuses them where it reads them."""
    text = _decoded(raw)
    if not text.strip():
        raise ExportError(["it is empty"])
    try:
        return json.loads(
            text,
            parse_int=_whole_number,
            parse_float=_finite_number,
            parse_constant=_refused_constant,
        )
    except json.JSONDecodeError as error:
        raise ExportError([str(error)]) from None
    except RecursionError:
        raise ExportError(["its lists and objects nest too deeply"]) from None


def _decoded(raw: bytes | str) -> str:
    if isinstance(raw, bytes):
        try:
            return raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise ExportError([f"{error}; it is not UTF-8 text"]) from None
    # Text read with errors="surrogateescape" (standard input in a C locale) keeps each
    # invalid byte as a lone surrogate, which nothing downstream could encode.
    try:
        raw.encode("utf-8")
    except UnicodeEncodeError as error:
        code = ord(raw[error.start])
        raise ExportError(
            [f"it is not UTF-8 text: character {error.start + 1} is U+{code:04X}"]
        ) from None
    return raw


def _whole_number(digits: str) -> int:
    if len(digits) > LONGEST_WHOLE_NUMBER:
        raise ExportError([f"it holds a number {len(digits)} digits long"])
    return int(digits)


def _finite_number(digits: str) -> float:
    number = float(digits)
    if not math.isfinite(number):
        raise ExportError([f"it holds the number {_quoted(digits)}, too large to read"])
    return number


def _refused_constant(name: str) -> float:
    raise ExportError([f"it holds {name}, which JSON does not allow"])


def _quoted(value: Any) -> str:
    """`value` as a problem quotes it: text and numbers as Python writes them, cut short;
    lists and objects by their kind (never walked, however deeply they nest)."""
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    try:
        return _cut(repr(value))
    except ValueError:  # a whole number over Python's 4,300-digit limit for writing one
        return "a number too long to show"


def _cut(text: str) -> str:
    if len(text) > QUOTED_MAX_LENGTH:
        return f"{text[: QUOTED_MAX_LENGTH - 1]}…"
    return text


def _text_refusal(value: str, limit: int | None, choices: Any) -> str | None:
    """Why a text value is refused: unstorable, too long, or outside its vocabulary."""
    problem = text_problem(value)
    if problem:
        return problem
    if limit is not None and len(value) > limit:
        return f"is longer than {limit} characters"
    if choices is not None and value not in choices:
        allowed = ", ".join(sorted(str(choice) for choice in choices))
        return f"{_quoted(value)} is not one of: {allowed}"
    return None


@dataclass(frozen=True)
class ProfileRecord:
    eras_name: str = ""
    specialty: str = ""
    season: int | None = None
    submission_target: date | None = None
    time_zone: str = DEFAULT_TIME_ZONE
    strengths: tuple[str, ...] = ()
    season_overrides: tuple[tuple[str, date], ...] = ()


@dataclass(frozen=True)
class MilestoneRecord:
    rotation: str
    key: str
    kind: str
    title: str
    start: date
    end: date
    script: tuple[str, ...] = ()
    status: str = MilestoneStatus.OPEN.value
    note: str = ""
    closed_on: date | None = None


@dataclass(frozen=True)
class Workspace:
    profile: ProfileRecord = field(default_factory=ProfileRecord)
    rotations: tuple[Rotation, ...] = ()
    milestones: tuple[MilestoneRecord, ...] = ()


def _jsonable(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_jsonable(item) for item in value]
    return value


def shallow_fields(record: Any) -> dict[str, Any]:
    """A dataclass's fields by name; `dataclasses.asdict` deep-copies every value, which was
    the largest single cost of an export."""
    return {f.name: getattr(record, f.name) for f in fields(record)}


def dump_export(workspace: Workspace) -> dict[str, Any]:
    profile = shallow_fields(workspace.profile)
    profile["season_overrides"] = {k: v.isoformat() for k, v in workspace.profile.season_overrides}
    return {
        "format": FORMAT,
        "version": VERSION,
        "profile": {k: _jsonable(v) for k, v in profile.items()},
        "rotations": [_rotation_record(rotation) for rotation in workspace.rotations],
        "milestones": [
            {k: _jsonable(v) for k, v in shallow_fields(m).items()} for m in workspace.milestones
        ],
    }


def _rotation_record(rotation: Rotation) -> dict[str, Any]:
    """A rotation as the export writes it, its id first."""
    values = shallow_fields(rotation)
    return {"id": values.pop("id"), **{k: _jsonable(v) for k, v in values.items()}}


class _Reader:
    """Reads typed fields out of JSON objects, collecting problems instead of stopping."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def fail(self, path: str, message: str) -> None:
        self.problems.append(f"{path}: {message}")

    def text(
        self,
        obj: dict[str, Any],
        name: str,
        path: str,
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
                self.fail(f"{path}.{name}", "is required")
            return ""
        if not isinstance(value, str):
            self.fail(f"{path}.{name}", f"must be text, not {type(value).__name__}")
            return ""
        problem = _text_refusal(value, limit, choices)
        if problem:
            self.fail(f"{path}.{name}", problem)
            return ""
        return value

    def keys(self, obj: dict[str, Any], path: str) -> bool:
        """Whether every key of `obj` is storable text; a problem names the key's position,
        since the key itself cannot be shown."""
        for index, key in enumerate(obj):
            problem = text_problem(key)
            if problem:
                self.fail(path, f"key {index + 1} {problem}")
                return False
        return True

    def day(
        self, obj: dict[str, Any], name: str, path: str, *, required: bool = True
    ) -> date | None:
        value = obj.get(name)
        if value is None:
            if required:
                self.fail(f"{path}.{name}", "is required")
            return None
        parsed = None
        if isinstance(value, str) and ISO_DAY.fullmatch(value):
            try:
                parsed = date.fromisoformat(value)
            except ValueError:
                parsed = None
        if parsed is None:
            self.fail(f"{path}.{name}", f"{_quoted(value)} is not a date written YYYY-MM-DD")
            return None
        problem = out_of_range(parsed)
        if problem:
            self.fail(f"{path}.{name}", problem)
            return None
        return parsed

    def uuid(self, obj: dict[str, Any], name: str, path: str) -> str:
        """A UUID in its canonical lower-case form, so that one id written two ways is
        still recognised as the same id."""
        value = self.text(obj, name, path, required=True, limit=len(str(uuid.UUID(int=0))))
        try:
            return str(uuid.UUID(value)) if value else ""
        except ValueError:
            self.fail(f"{path}.{name}", f"{value!r} is not a UUID")
            return value

    def items(self, doc: dict[str, Any], name: str) -> list[tuple[int, dict[str, Any]]]:
        value = doc.get(name, [])
        if not isinstance(value, list):
            self.fail(name, "must be a list")
            return []
        objects = []
        for index, item in enumerate(value):
            if isinstance(item, dict):
                self.keys(item, f"{name}[{index}]")
                objects.append((index, item))
            else:
                self.fail(f"{name}[{index}]", "must be an object")
        return objects


def _read_profile(reader: _Reader, raw: Any) -> ProfileRecord:
    if not isinstance(raw, dict):
        reader.fail("profile", "must be an object")
        return ProfileRecord()
    reader.keys(raw, "profile")
    season = raw.get("season")
    if season is not None and (not isinstance(season, int) or not is_season_year(season)):
        reader.fail("profile.season", f"{_quoted(season)} is not a season year such as 2028")
        season = None
    strengths = raw.get("strengths", [])
    if not isinstance(strengths, list) or not all(
        isinstance(s, str) and s in LETTER_QUALITY_LABELS for s in strengths
    ):
        reader.fail(
            "profile.strengths", f"must list qualities among: {', '.join(LETTER_QUALITY_LABELS)}"
        )
        strengths = []
    overrides_raw = raw.get("season_overrides") or {}
    overrides: list[tuple[str, date]] = []
    if not isinstance(overrides_raw, dict):
        reader.fail("profile.season_overrides", "must be an object")
    elif reader.keys(overrides_raw, "profile.season_overrides"):
        for key in overrides_raw:
            if key not in SEASON_KEYS:
                reader.fail(f"profile.season_overrides.{_cut(key)}", "is not a season date")
                continue
            value = reader.day(overrides_raw, key, "profile.season_overrides")
            if value is not None:
                overrides.append((key, value))
    time_zone = (
        reader.text(raw, "time_zone", "profile", limit=d.TIME_ZONE_MAX_LENGTH) or DEFAULT_TIME_ZONE
    )
    try:
        zoneinfo.ZoneInfo(time_zone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        reader.fail(
            "profile.time_zone", f"{time_zone!r} is not a time zone such as America/Chicago"
        )
    return ProfileRecord(
        eras_name=reader.text(raw, "eras_name", "profile", limit=d.PERSON_NAME_MAX_LENGTH),
        specialty=reader.text(
            raw,
            "specialty",
            "profile",
            limit=d.SPECIALTY_MAX_LENGTH,
            choices=(*ERAS_SPECIALTIES, ""),
        ),
        season=season,
        submission_target=reader.day(raw, "submission_target", "profile", required=False),
        time_zone=time_zone,
        strengths=tuple(strengths),
        season_overrides=tuple(sorted(overrides, key=lambda item: SEASON_KEYS.index(item[0]))),
    )


def _email(reader: _Reader, raw: dict[str, Any], path: str) -> str:
    email = reader.text(raw, "attending_email", path, limit=d.EMAIL_MAX_LENGTH)
    if email and not EMAIL.fullmatch(email):
        reader.fail(f"{path}.attending_email", f"{email!r} is not an email address")
    return email


def _read_span(reader: _Reader, raw: dict[str, Any], path: str) -> tuple[date, date]:
    """Start and end, each a valid date, the end not before the start (date.min stands in for
    a date that could not be read, so the record can still be built for later checks)."""
    start, end = reader.day(raw, "start", path), reader.day(raw, "end", path)
    if start and end:
        for name, message in span_problems(start, end).items():
            reader.fail(f"{path}.{name}", message)
    return start or date.min, end or date.min


def _read_rotation(reader: _Reader, raw: dict[str, Any], path: str) -> Rotation:
    rotation_id = reader.uuid(raw, "id", path)
    start, end = _read_span(reader, raw, path)
    kind = reader.text(raw, "kind", path, required=True, choices=list(RotationKind))
    setting = reader.text(raw, "setting", path, required=True, choices=list(Setting))
    return Rotation(
        id=rotation_id,
        site=reader.text(raw, "site", path, required=True, limit=d.SITE_MAX_LENGTH),
        city=reader.text(raw, "city", path, limit=d.CITY_MAX_LENGTH),
        state=reader.text(raw, "state", path, limit=d.STATE_MAX_LENGTH, choices=(*US_STATES, "")),
        specialty=reader.text(
            raw,
            "specialty",
            path,
            limit=d.SPECIALTY_MAX_LENGTH,
            choices=(*ERAS_SPECIALTIES, ""),
        ),
        kind=RotationKind(kind) if kind in list(RotationKind) else RotationKind.HANDS_ON,
        setting=Setting(setting) if setting in list(Setting) else Setting.INPATIENT,
        start=start,
        end=end,
        attending_name=reader.text(raw, "attending_name", path, limit=d.PERSON_NAME_MAX_LENGTH),
        attending_email=_email(reader, raw, path),
    )


def _read_milestone(reader: _Reader, raw: dict[str, Any], path: str) -> MilestoneRecord:
    start, end = _read_span(reader, raw, path)
    script = raw.get("script", [])
    if not isinstance(script, list) or not all(isinstance(line, str) for line in script):
        reader.fail(f"{path}.script", "must be a list of text lines")
        script = []
    for index, line in enumerate(script):
        problem = text_problem(line)
        if problem:
            reader.fail(f"{path}.script[{index}]", problem)
    record = MilestoneRecord(
        rotation=reader.uuid(raw, "rotation", path),
        key=reader.text(raw, "key", path, required=True, limit=d.MILESTONE_KEY_MAX_LENGTH),
        kind=reader.text(
            raw, "kind", path, required=True, choices=[k.value for k in MilestoneKind]
        ),
        title=reader.text(raw, "title", path, required=True, limit=d.MILESTONE_TITLE_MAX_LENGTH),
        start=start,
        end=end,
        script=tuple(script),
        status=reader.text(
            raw, "status", path, required=True, choices=[s.value for s in MilestoneStatus]
        ),
        note=reader.text(raw, "note", path, limit=d.NOTE_MAX_LENGTH),
        closed_on=reader.day(raw, "closed_on", path, required=False),
    )
    return record


def _check_references(
    reader: _Reader,
    rotations: list[tuple[int, Rotation]],
    milestones: list[tuple[int, MilestoneRecord]],
) -> None:
    """Rotation ids are unique, milestones point at a rotation of the same document and their
    keys are unique per rotation. Paths use positions in the file, not among valid items."""
    ids: set[str] = set()
    for index, rotation in rotations:
        if rotation.id and rotation.id in ids:
            reader.fail(f"rotations[{index}].id", f"{rotation.id!r} appears twice")
        ids.add(rotation.id)
    seen: set[tuple[str, str]] = set()
    for index, milestone in milestones:
        if milestone.rotation and milestone.rotation not in ids:
            missing = f"no rotation has id {milestone.rotation!r}"
            reader.fail(f"milestones[{index}].rotation", missing)
        if (milestone.rotation, milestone.key) in seen:
            twice = f"{milestone.key!r} appears twice for its rotation"
            reader.fail(f"milestones[{index}].key", twice)
        seen.add((milestone.rotation, milestone.key))


def check_envelope(doc: Any) -> None:
    """Refuse what is not a lorkit export, or one written by a newer lorkit, before reading on."""
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ExportError([f'not a lorkit export: the "format" key must be "{FORMAT}"'])
    section_names = _Reader()
    if not section_names.keys(doc, "the document"):
        raise ExportError(section_names.problems)
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ExportError(['"version" must be a whole number'])
    if version > VERSION:
        raise ExportError(
            [
                f"this export is format version {version}, written by a newer lorkit; this lorkit "
                f"reads version {VERSION} and older. Upgrade lorkit to import it."
            ]
        )
    if version < 1:
        raise ExportError([f"unknown export version {version}"])
    unknown = set(doc) - {"format", "version", *SECTIONS, *RESERVED_SECTIONS}
    if unknown:
        raise ExportError(
            [f"unknown section(s) {', '.join(sorted(map(_cut, unknown)))}: nothing was imported"]
        )
    for section in RESERVED_SECTIONS:
        if doc.get(section):
            raise ExportError(
                [f'the "{section}" section needs a newer lorkit; nothing was imported']
            )


def parse_export(doc: Any) -> Workspace:
    """Validate a whole document and return it as a Workspace, or raise ExportError listing
    every problem found."""
    check_envelope(doc)
    reader = _Reader()
    if "profile" not in doc:
        reader.fail("profile", "is required")
    profile = _read_profile(reader, doc.get("profile", {}))
    rotations = _read_all(reader, doc, "rotations", _read_rotation)
    milestones = _read_all(reader, doc, "milestones", _read_milestone)
    _check_references(reader, rotations, milestones)
    if reader.problems:
        raise ExportError(reader.problems)
    return Workspace(
        profile, tuple(record for _, record in rotations), tuple(m for _, m in milestones)
    )


def _read_all(
    reader: _Reader,
    doc: dict[str, Any],
    name: str,
    read: Callable[[_Reader, dict[str, Any], str], T],
) -> list[tuple[int, T]]:
    return [
        (index, read(reader, raw, f"{name}[{index}]")) for index, raw in reader.items(doc, name)
    ]
