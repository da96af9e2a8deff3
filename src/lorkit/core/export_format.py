"""The lorkit export document: one JSON object holding a whole workspace.

    {"format": "lorkit-export", "version": 2,
     "profile": {...}, "rotations": [...], "milestones": [...],
     "people": [...], "checkins": [...], "stories": [...], "feedback": [...],
     "compliments": [...], "talks": [...], "red_flags": [...]}

Version 2 added the journal's sections (core/export_journal.py); a version-1 document, which
has none, still reads. The letters' sections (`letter_requests`, `packet_files`, and the ERAS
ledger's `letters`, `programs`, `assignments`, `reminders`: core/export_letters.py and
core/export_ledger.py) came later without a new version: each is written only when it has
items, and a document without them has none.
`load_export_json` (core/export_reading.py) turns the bytes or text of a file into JSON values,
refusing what the json module would crash on or let through.
`parse_export` validates a document completely before anything is written, collecting every
problem so an import is all-or-nothing. Every text it reads, keys included, must pass
`core.text.text_problem`.

Problems are read by applicants, not programmers: each is a sentence in plain words that names
its place the way the pages do ("Rotation 2, End: …", counted from 1, with the form's label for
the field), and `problems_shown` gives the web page and the command line the same list.
"""

from __future__ import annotations

import zoneinfo
from dataclasses import dataclass, field, fields
from datetime import date
from enum import Enum
from typing import Any

from lorkit.core import defaults as d
from lorkit.core import journal as core_journal
from lorkit.core.dates import is_season_year, span_problems
from lorkit.core.defaults import DEFAULT_TIME_ZONE
from lorkit.core.export_journal import (
    JOURNAL_SECTIONS,
    JournalRecords,
    dump_journal,
    journal_of,
    read_journal,
)
from lorkit.core.export_letters import LETTER_SECTIONS, LetterRecords, dump_letters, read_letters
from lorkit.core.export_reading import EMAIL, Place, Reader, Section, kind_of, not_an_export, quoted
from lorkit.core.export_reading import EXAMPLE_ID as EXAMPLE_ID
from lorkit.core.export_reading import NOT_AN_EXPORT as NOT_AN_EXPORT
from lorkit.core.export_reading import ExportError as ExportError
from lorkit.core.export_reading import load_export_json as load_export_json
from lorkit.core.export_reading import problems_shown as problems_shown
from lorkit.core.rotation import Rotation
from lorkit.core.season import SEASON_KEYS, SEASON_LABELS
from lorkit.core.site_record import read_site_options, site_option_record
from lorkit.core.sites import SiteOption
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

FORMAT = "lorkit-export"
VERSION = 2
# Version 2 added the journal's sections; a version-1 file predates the journal.
JOURNAL_SINCE_VERSION = 2
SECTIONS = (
    "profile",
    "rotations",
    "milestones",
    *(section.key for section in JOURNAL_SECTIONS),
    "site_options",
    *(section.key for section in LETTER_SECTIONS),
)
# Sections later capabilities will add; a document may carry them empty. ("letters" was
# reserved until the ERAS ledger filled it.)
RESERVED_SECTIONS = ("journal",)

# What each field is called where a person sees it: the labels of the rotation form and the
# profile form (tests/core/test_core_export_format.py compares them), so that a problem names
# a field the way the page that edits it does. Every field of a record has one.
ROTATION_LABELS: dict[str, str] = {
    "id": "Id",
    "site": "Site",
    "city": "City",
    "state": "State",
    "specialty": "Specialty",
    "kind": "Kind",
    "setting": "Setting",
    "start": "Start",
    "end": "End",
    "attending_name": "Main attending",
    "attending_email": "Attending's email",
}
PROFILE_LABELS: dict[str, str] = {
    "eras_name": "Name as on ERAS",
    "aamc_id": "AAMC ID",
    "submitted_on": "I submitted my application on",
    "interviews_on": "My first interview invitation came on",
    "specialty": "Target specialty",
    "season": "Season (ERAS year)",
    "submission_target": "Your submission target",
    "time_zone": "Time zone",
    "strengths": "Strengths",
    "season_overrides": "Season dates",
    **SEASON_LABELS,
}
MILESTONE_LABELS: dict[str, str] = {
    "rotation": "Rotation",
    "key": "Key",
    "kind": "Kind",
    "title": "Title",
    "start": "Start",
    "end": "End",
    "script": "Script",
    "status": "Status",
    "note": "Note",
    "closed_on": "Closed on",
    "allowed": "Not patient identifiers",
}


@dataclass(frozen=True)
class ProfileRecord:
    eras_name: str = ""
    aamc_id: str = ""
    submitted_on: date | None = None
    interviews_on: date | None = None
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
    allowed: tuple[str, ...] = ()  # in the note: what the applicant marked as no identifier


@dataclass(frozen=True)
class Workspace:
    profile: ProfileRecord = field(default_factory=ProfileRecord)
    rotations: tuple[Rotation, ...] = ()
    milestones: tuple[MilestoneRecord, ...] = ()
    site_options: tuple[SiteOption, ...] = ()
    journal: JournalRecords = field(default_factory=JournalRecords)
    letters: LetterRecords = field(default_factory=LetterRecords)


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
        **dump_journal(workspace.journal),
        # Written only when there are some, so that an export without offers is unchanged.
        **(
            {"site_options": [site_option_record(o) for o in workspace.site_options]}
            if workspace.site_options
            else {}
        ),
        **dump_letters(workspace.letters),
    }


def _rotation_record(rotation: Rotation) -> dict[str, Any]:
    """A rotation as the export writes it, its id first."""
    values = shallow_fields(rotation)
    return {"id": values.pop("id"), **{k: _jsonable(v) for k, v in values.items()}}


THE_FILE = Place("This file", {})
PROFILE = Place("Your profile", PROFILE_LABELS)
SEASON_DATES = Place("Your profile", SEASON_LABELS)
ROTATIONS = Section("rotations", "Rotations", "Rotation", ROTATION_LABELS)
MILESTONES = Section("milestones", "Milestones", "Milestone", MILESTONE_LABELS)


def _read_profile(reader: Reader, raw: Any) -> ProfileRecord:
    if not isinstance(raw, dict):
        reader.fail(PROFILE.name, f"this section must be an object {{…}}, not {kind_of(raw)}.")
        return ProfileRecord()
    reader.keys(raw, PROFILE.name)
    season = raw.get("season")
    if season is not None and (
        not isinstance(season, int) or isinstance(season, bool) or not is_season_year(season)
    ):
        reader.fail(PROFILE.at("season"), f"{quoted(season)} is not a season year such as 2028.")
        season = None
    strengths = raw.get("strengths", [])
    if not isinstance(strengths, list) or not all(
        isinstance(s, str) and s in LETTER_QUALITY_LABELS for s in strengths
    ):
        reader.fail(
            PROFILE.at("strengths"),
            f"this must list qualities among: {', '.join(LETTER_QUALITY_LABELS)}.",
        )
        strengths = []
    overrides_raw = raw.get("season_overrides") or {}
    overrides: list[tuple[str, date]] = []
    if not isinstance(overrides_raw, dict):
        reader.fail(
            PROFILE.at("season_overrides"),
            f"this must be an object {{…}}, not {kind_of(overrides_raw)}.",
        )
    elif reader.keys(overrides_raw, PROFILE.at("season_overrides")):
        for key in overrides_raw:
            if key not in SEASON_KEYS:
                reader.fail(
                    PROFILE.at("season_overrides"),
                    f"{quoted(key)} is not one of: {', '.join(SEASON_KEYS)}.",
                )
                continue
            value = reader.day(overrides_raw, key, SEASON_DATES)
            if value is not None:
                overrides.append((key, value))
    time_zone = (
        reader.text(raw, "time_zone", PROFILE, limit=d.TIME_ZONE_MAX_LENGTH) or DEFAULT_TIME_ZONE
    )
    try:
        zoneinfo.ZoneInfo(time_zone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        reader.fail(
            PROFILE.at("time_zone"),
            f"{quoted(time_zone)} is not a time zone such as America/Chicago.",
        )
    return ProfileRecord(
        eras_name=reader.text(raw, "eras_name", PROFILE, limit=d.PERSON_NAME_MAX_LENGTH),
        aamc_id=_aamc_id(reader, raw),
        submitted_on=reader.day(raw, "submitted_on", PROFILE, required=False),
        interviews_on=reader.day(raw, "interviews_on", PROFILE, required=False),
        specialty=reader.text(
            raw,
            "specialty",
            PROFILE,
            limit=d.SPECIALTY_MAX_LENGTH,
            choices=(*ERAS_SPECIALTIES, ""),
        ),
        season=season,
        submission_target=reader.day(raw, "submission_target", PROFILE, required=False),
        time_zone=time_zone,
        strengths=tuple(strengths),
        season_overrides=tuple(sorted(overrides, key=lambda item: SEASON_KEYS.index(item[0]))),
    )


def _aamc_id(reader: Reader, raw: dict[str, Any]) -> str:
    value = reader.text(raw, "aamc_id", PROFILE, limit=8)
    if value and not (value.isascii() and value.isdigit() and len(value) == 8):
        reader.fail(PROFILE.at("aamc_id"), f"{quoted(value)} is not an AAMC ID (8 digits).")
    return value


def _email(reader: Reader, raw: dict[str, Any], place: Place) -> str:
    email = reader.text(raw, "attending_email", place, limit=d.EMAIL_MAX_LENGTH)
    if email and not EMAIL.fullmatch(email):
        reader.fail(place.at("attending_email"), f"{quoted(email)} is not an email address.")
    return email


def _read_span(reader: Reader, raw: dict[str, Any], place: Place) -> tuple[date, date]:
    """Start and end, each a valid date, the end not before the start (date.min stands in for
    a date that could not be read, so the record can still be built for later checks)."""
    start, end = reader.day(raw, "start", place), reader.day(raw, "end", place)
    if start and end:
        for name, message in span_problems(start, end).items():
            reader.fail(place.at(name), message)
    return start or date.min, end or date.min


def _read_rotation(reader: Reader, raw: dict[str, Any], place: Place) -> Rotation:
    rotation_id = reader.uuid(raw, "id", place)
    start, end = _read_span(reader, raw, place)
    kind = reader.text(raw, "kind", place, required=True, choices=list(RotationKind))
    setting = reader.text(raw, "setting", place, required=True, choices=list(Setting))
    return Rotation(
        id=rotation_id,
        site=reader.text(raw, "site", place, required=True, limit=d.SITE_MAX_LENGTH),
        city=reader.text(raw, "city", place, limit=d.CITY_MAX_LENGTH),
        state=reader.text(raw, "state", place, limit=d.STATE_MAX_LENGTH, choices=(*US_STATES, "")),
        specialty=reader.text(
            raw,
            "specialty",
            place,
            limit=d.SPECIALTY_MAX_LENGTH,
            choices=(*ERAS_SPECIALTIES, ""),
        ),
        kind=RotationKind(kind) if kind in list(RotationKind) else RotationKind.HANDS_ON,
        setting=Setting(setting) if setting in list(Setting) else Setting.INPATIENT,
        start=start,
        end=end,
        attending_name=reader.text(raw, "attending_name", place, limit=d.PERSON_NAME_MAX_LENGTH),
        attending_email=_email(reader, raw, place),
    )


def _read_milestone(reader: Reader, raw: dict[str, Any], place: Place) -> MilestoneRecord:
    start, end = _read_span(reader, raw, place)
    script = raw.get("script", [])
    if not isinstance(script, list) or not all(isinstance(line, str) for line in script):
        reader.fail(place.at("script"), "this must be a list of lines of text.")
        script = []
    for index, line in enumerate(script):
        problem = text_problem(line)
        if problem:
            reader.fail(f"{place.at('script')} line {index + 1}", f"this text {problem}.")
    record = MilestoneRecord(
        rotation=reader.uuid(raw, "rotation", place),
        key=reader.text(raw, "key", place, required=True, limit=d.MILESTONE_KEY_MAX_LENGTH),
        kind=reader.text(
            raw, "kind", place, required=True, choices=[k.value for k in MilestoneKind]
        ),
        title=reader.text(raw, "title", place, required=True, limit=d.MILESTONE_TITLE_MAX_LENGTH),
        start=start,
        end=end,
        script=tuple(script),
        status=reader.text(
            raw, "status", place, required=True, choices=[s.value for s in MilestoneStatus]
        ),
        note=reader.text(raw, "note", place, limit=d.NOTE_MAX_LENGTH),
        closed_on=reader.day(raw, "closed_on", place, required=False),
        allowed=reader.words(raw, "allowed", place, d.NOTE_MAX_LENGTH),
    )
    return record


def _check_references(
    reader: Reader,
    rotations: list[tuple[int, Rotation]],
    milestones: list[tuple[int, MilestoneRecord]],
) -> set[str]:
    """Rotation ids are unique, milestones point at a rotation of the same document and their
    keys are unique per rotation; returns the rotation ids. Places are positions in the file,
    not among valid items."""
    rotation_ids = reader.unique_ids(ROTATIONS, [(index, r.id) for index, r in rotations])
    first_with_key: dict[tuple[str, str], int] = {}
    for index, milestone in milestones:
        place = MILESTONES.place(index)
        if milestone.rotation and milestone.rotation not in rotation_ids:
            reader.fail(
                place.at("rotation"),
                f"no rotation in this file has the id {quoted(milestone.rotation)}.",
            )
        if not milestone.key:
            continue
        pair = (milestone.rotation, milestone.key)
        if pair in first_with_key:
            reader.fail(
                place.at("key"),
                f"milestone {first_with_key[pair] + 1} of the same rotation has the key "
                f"{quoted(milestone.key)} too.",
            )
        else:
            first_with_key[pair] = index
    return rotation_ids


def check_envelope(doc: Any) -> None:
    """Refuse what is not a lorkit export, or one written by a newer lorkit, before reading on."""
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise not_an_export(f'it does not say "format": "{FORMAT}"')
    section_names = Reader()
    if not section_names.keys(doc, THE_FILE.name):
        raise ExportError(section_names.problems)
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ExportError(['This file\'s "version" must be a whole number, such as 1.'])
    if version > VERSION:
        raise ExportError(
            [
                f"This export is format version {version}, written by a newer lorkit; this lorkit "
                f"reads version {VERSION} and older. Upgrade lorkit to import it."
            ]
        )
    if version < 1:
        raise ExportError(
            [f'This file\'s "version" is {version}; lorkit exports start at version 1.']
        )
    unknown = sorted(map(quoted, set(doc) - {"format", "version", *SECTIONS, *RESERVED_SECTIONS}))
    if unknown:
        sections = "a section" if len(unknown) == 1 else "sections"
        raise ExportError([f"This file has {sections} lorkit does not know: {', '.join(unknown)}."])
    for section in RESERVED_SECTIONS:
        if doc.get(section):
            raise ExportError([f'The "{section}" section needs a newer lorkit.'])


def parse_export(doc: Any) -> Workspace:
    """Validate a whole document and return it as a Workspace, or raise ExportError listing
    every problem found."""
    check_envelope(doc)
    reader = Reader()
    if "profile" not in doc:
        reader.fail(PROFILE.name, "this section is missing.")
    profile = _read_profile(reader, doc.get("profile", {}))
    rotations = reader.read_all(doc, ROTATIONS, _read_rotation)
    milestones = reader.read_all(doc, MILESTONES, _read_milestone)
    rotation_ids = _check_references(reader, rotations, milestones)
    journal = read_journal(reader, doc, rotation_ids)
    site_options, site_problems = read_site_options(doc, {r.id for _, r in rotations if r.id})
    reader.problems += site_problems
    letters = read_letters(reader, doc, {person.id for person in journal.people if person.id})
    if reader.problems:
        raise ExportError(reader.problems)
    return Workspace(
        profile,
        tuple(record for _, record in rotations),
        tuple(m for _, m in milestones),
        tuple(site_options),
        journal,
        letters,
    )


def predates_journal(doc: dict[str, Any]) -> bool:
    """Whether a (checked) document was written before exports held the journal: its rotations'
    main attendings are not people in it yet."""
    return bool(doc["version"] < JOURNAL_SINCE_VERSION)


def journal_from_export(doc: Any) -> tuple[core_journal.Journal, ProfileRecord]:
    """The journal of an export document as the readiness rules read it, and its profile (the
    target specialty and strengths they weigh); ExportError lists every problem of a document
    that does not import. Needs no account: `lorkit writers --from-export` rates from it."""
    workspace = parse_export(doc)
    return journal_of(workspace.journal, workspace.rotations), workspace.profile


def unplanned_rotations(workspace: Workspace) -> tuple[Rotation, ...]:
    """The rotations of `workspace` that no milestone belongs to. Every plan holds milestones
    (the preparation steps at least), so lorkit never exports such a rotation: it was written
    by hand or by another tool, and an import plans it as if it had been added by hand."""
    with_milestones = {milestone.rotation for milestone in workspace.milestones}
    return tuple(r for r in workspace.rotations if r.id not in with_milestones)
