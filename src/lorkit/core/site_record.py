"""A rotation offer in the export document's `site_options` section, and back.

    {"id": "…uuid", "name": "Lakeside IM externship", "kind": "externship", "setting": "inpatient",
     "duties": ["histories_physicals", "notes"], "length_days": {"low": 28, "high": 28},
     "price": {"low": 2800, "high": 2800, "per_days": 28}, "start_dates": ["2027-01-04"],
     "residency_applicants": true, "booked_rotation": "", …}

Unknown values are written as "" (text and vocabularies) or null (duties, length, amounts,
residency). `read_site_option` checks one record completely and returns every problem by field,
so the export reader can name each with its path (`site_options[2].price.low`).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

from lorkit.core import defaults as d
from lorkit.core.dates import out_of_range
from lorkit.core.site_text import LARGEST_AMOUNT, LONGEST_DAYS, Unreadable, read_url
from lorkit.core.sites import (
    Duty,
    Institution,
    Length,
    LetterPolicy,
    Money,
    SiteKind,
    SiteOption,
    Supervision,
)
from lorkit.core.text import text_problem
from lorkit.core.vocabulary import ERAS_SPECIALTIES, US_STATES, Setting

E = TypeVar("E", bound=StrEnum)
TEXTS: dict[str, int] = {
    "name": d.SITE_MAX_LENGTH,
    "provider": d.SITE_MAX_LENGTH,
    "city": d.CITY_MAX_LENGTH,
    "focus": d.SITE_FOCUS_MAX_LENGTH,
    "price_covers": d.SITE_MAX_LENGTH,
    "requirements": d.NOTE_MAX_LENGTH,
    "notes": d.NOTE_MAX_LENGTH,
}
# The vocabulary fields, written by their values ("" when unknown).
VOCABULARIES: dict[str, type[StrEnum]] = {
    "kind": SiteKind,
    "institution": Institution,
    "setting": Setting,
    "supervision": Supervision,
    "letter_policy": LetterPolicy,
}
MONEY_FIELDS = ("price", "fees", "living_cost")
# What each field is called where a person sees it: the offer form's labels
# (tests/sites/test_sites_views.py compares them), so that a problem in an export names a
# field the way the page does.
RECORD_LABELS: dict[str, str] = {
    "id": "Id",
    "name": "Name",
    "provider": "Provider",
    "city": "City",
    "state": "State",
    "specialty": "Specialty",
    "focus": "Area within it",
    "kind": "Kind",
    "institution": "Kind of place",
    "setting": "Care",
    "supervision": "Supervision",
    "letter_policy": "Letter policy",
    "duties": "What you may do",
    "length_days": "Length",
    "price": "Price",
    "price_covers": "What the price covers",
    "fees": "Fees",
    "living_cost": "Expected living cost",
    "start_dates": "Start dates",
    "rolling_start": "Starts any time",
    "residency_applicants": "Open to applicants who intend to apply for residency?",
    "requirements": "Other requirements",
    "source_url": "Source address",
    "notes": "Notes",
    "booked_rotation": "Booked rotation",
}
SECTION = "site_options"
ITEM_NAME = "Site option"
# How lorkit writes an id (a UUID), for a problem to show.
EXAMPLE_ID = "6f1c0a52-3d4b-4e8f-9a51-2b7c1d9e0f34"


def kind_of(value: Any) -> str:
    """What a JSON value is, in the words of someone who edits the file by hand."""
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    return "an object" if isinstance(value, dict) else "null"


def _money_record(money: Money | None) -> dict[str, int | None] | None:
    if money is None:
        return None
    return {"low": money.low, "high": money.high, "per_days": money.per_days}


def site_option_record(option: SiteOption) -> dict[str, Any]:
    """The offer as the export writes it, its id first."""
    record: dict[str, Any] = {"id": option.id}
    record |= {name: getattr(option, name) for name in ("name", "provider", "city", "state")}
    record |= {"specialty": option.specialty, "focus": option.focus}
    record |= {
        name: getattr(option, name).value if getattr(option, name) else "" for name in VOCABULARIES
    }
    record["duties"] = (
        None if option.duties is None else [v.value for v in Duty if v in option.duties]
    )
    length = option.length
    record["length_days"] = {"low": length.low, "high": length.high} if length else None
    record |= {name: _money_record(getattr(option, name)) for name in MONEY_FIELDS}
    record["price_covers"] = option.price_covers
    record["start_dates"] = [day.isoformat() for day in option.start_dates]
    record["rolling_start"] = option.rolling_start
    record["residency_applicants"] = option.residency_applicants
    record |= {"requirements": option.requirements, "source_url": option.source_url}
    record |= {"notes": option.notes, "booked_rotation": option.booked_rotation}
    return record


class _Problems:
    def __init__(self) -> None:
        self.found: list[tuple[str, str]] = []

    def add(self, name: str, message: str) -> None:
        self.found.append((name, message))

    def text(self, raw: Mapping[str, Any], name: str, limit: int, choices: Any = None) -> str:
        value = raw.get(name, "")
        if value is None:
            return ""
        if not isinstance(value, str):
            self.add(name, f"this must be text, not {kind_of(value)}.")
            return ""
        problem = text_problem(value)
        if problem is not None:
            problem = f"this text {problem}."
        elif len(value) > limit:
            problem = f"this is {len(value):,} characters long; it can hold at most {limit:,}."
        elif choices is not None and value and value not in choices:
            problem = f"{_short(value)} is not one of: {', '.join(sorted(choices))}."
        if problem:
            self.add(name, problem)
            return ""
        return value

    def choice(self, raw: Mapping[str, Any], name: str, vocabulary: type[E]) -> E | None:
        value = self.text(raw, name, 32, {v.value for v in vocabulary})
        return vocabulary(value) if value else None

    def whole(self, raw: Mapping[str, Any], name: str, low: int, high: int) -> int | None:
        value = raw.get(name)
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            self.add(name, f"this must be a whole number from {low:,} to {high:,}.")
            return None
        return value


def _short(value: str) -> str:
    return repr(value if len(value) <= 40 else f"{value[:39]}…")


def _object(
    problems: _Problems,
    raw: Mapping[str, Any],
    name: str,
    read: Callable[[_Problems, Mapping[str, Any]], Any],
) -> Any:
    """A nested object (or null) read by `read`, its problems named `name.field`."""
    value = raw.get(name)
    if value is None:
        return None
    if not isinstance(value, dict):
        problems.add(name, f"this must be an object {{…}} or null, not {kind_of(value)}.")
        return None
    inner = _Problems()
    result = read(inner, value)
    for field, message in inner.found:
        problems.add(f"{name}.{field}", message)
    return None if inner.found else result


def _read_money(problems: _Problems, raw: Mapping[str, Any]) -> Money | None:
    low = problems.whole(raw, "low", 0, LARGEST_AMOUNT)
    high = problems.whole(raw, "high", 0, LARGEST_AMOUNT)
    per_days = None
    if raw.get("per_days") is not None:
        per_days = problems.whole(raw, "per_days", 1, LONGEST_DAYS)
    if low is not None and high is not None and high < low:
        problems.add("high", "this is less than the low end.")
    if problems.found or low is None or high is None:
        return None
    return Money(low, high, per_days)


def _read_length(problems: _Problems, raw: Mapping[str, Any]) -> Length | None:
    low = problems.whole(raw, "low", 1, LONGEST_DAYS)
    high = problems.whole(raw, "high", 1, LONGEST_DAYS)
    if low is not None and high is not None and high < low:
        problems.add("high", "this is less than the low end.")
    return Length(low, high) if low is not None and high is not None and low <= high else None


def _read_duties(problems: _Problems, raw: Mapping[str, Any]) -> frozenset[Duty] | None:
    value = raw.get("duties")
    if value is None:
        return None
    allowed = {v.value for v in Duty}
    if not isinstance(value, list) or not all(isinstance(v, str) and v in allowed for v in value):
        problems.add("duties", f"this must be null or a list among: {', '.join(sorted(allowed))}.")
        return None
    return frozenset(Duty(v) for v in value)


def _read_dates(problems: _Problems, raw: Mapping[str, Any]) -> tuple[date, ...]:
    value = raw.get("start_dates", [])
    if not isinstance(value, list):
        problems.add("start_dates", "this must be a list of dates written YYYY-MM-DD.")
        return ()
    days = []
    for item in value:
        try:
            day = date.fromisoformat(item) if isinstance(item, str) and len(item) == 10 else None
        except ValueError:
            day = None
        problem = out_of_range(day) if day else f"{_short(str(item))} is not a date as YYYY-MM-DD."
        if problem or day is None:
            problems.add("start_dates", problem or "this is not a date.")
        else:
            days.append(day)
    return tuple(sorted(set(days)))


def _read_flag(problems: _Problems, raw: Mapping[str, Any], name: str, nullable: bool) -> Any:
    value = raw.get(name, None if nullable else False)
    if value is None and nullable:
        return None
    if not isinstance(value, bool):
        problems.add(name, "this must be true or false" + (" or null." if nullable else "."))
        return None if nullable else False
    return value


def _read_uuid(problems: _Problems, raw: Mapping[str, Any], name: str, required: bool) -> str:
    value = problems.text(raw, name, 36)
    if not value:
        if required:
            problems.add(name, "this is required.")
        return ""
    try:
        return str(uuid.UUID(value))
    except ValueError:
        problems.add(name, f"{_short(value)} is not an id written like {EXAMPLE_ID}.")
        return ""


def read_site_option(raw: Mapping[str, Any]) -> tuple[SiteOption, list[tuple[str, str]]]:
    """An offer from its export record, and every problem as (field, message); the offer is
    only meaningful when there is none."""
    problems = _Problems()
    texts = {name: problems.text(raw, name, limit) for name, limit in TEXTS.items()}
    if not texts["name"] and not any(field == "name" for field, _ in problems.found):
        problems.add("name", "this is required.")
    source_url = problems.text(raw, "source_url", d.SITE_URL_MAX_LENGTH)
    if source_url:
        try:
            read_url(source_url)
        except Unreadable as error:
            problems.add("source_url", f"{error}.")
    option = SiteOption(
        id=_read_uuid(problems, raw, "id", required=True),
        name=texts["name"],
        provider=texts["provider"],
        city=texts["city"],
        state=problems.text(raw, "state", 2, set(US_STATES)),
        specialty=problems.text(raw, "specialty", d.SPECIALTY_MAX_LENGTH, set(ERAS_SPECIALTIES)),
        focus=texts["focus"],
        kind=problems.choice(raw, "kind", SiteKind),
        institution=problems.choice(raw, "institution", Institution),
        setting=problems.choice(raw, "setting", Setting),
        supervision=problems.choice(raw, "supervision", Supervision),
        letter_policy=problems.choice(raw, "letter_policy", LetterPolicy),
        duties=_read_duties(problems, raw),
        length=_object(problems, raw, "length_days", _read_length),
        price=_object(problems, raw, "price", _read_money),
        price_covers=texts["price_covers"],
        fees=_object(problems, raw, "fees", _read_money),
        living_cost=_object(problems, raw, "living_cost", _read_money),
        start_dates=_read_dates(problems, raw),
        rolling_start=_read_flag(problems, raw, "rolling_start", nullable=False),
        residency_applicants=_read_flag(problems, raw, "residency_applicants", nullable=True),
        requirements=texts["requirements"],
        source_url=source_url,
        notes=texts["notes"],
        booked_rotation=_read_uuid(problems, raw, "booked_rotation", required=False),
    )
    return option, problems.found


def _label(field: str) -> str:
    top, _, rest = field.partition(".")
    return RECORD_LABELS.get(top, top) + (f" ({rest})" if rest else "")


def read_site_options(
    doc: Mapping[str, Any], rotation_ids: set[str]
) -> tuple[list[SiteOption], list[str]]:
    """The `site_options` section of an export document, and every problem as a sentence that
    names its place as the pages do ("Site option 2, Price (low): …"). A booked offer must point
    at a rotation of the same document (`rotation_ids`); more offers than an account keeps are
    refused by their count, before any is read."""
    value = doc.get(SECTION, [])
    if not isinstance(value, list):
        return [], [f"Site options: this section must be a list, not {kind_of(value)}."]
    if len(value) > d.SITE_OPTIONS_PER_ACCOUNT:
        return [], [
            f"Site options: this file holds {len(value):,}; an account keeps at most "
            f"{d.SITE_OPTIONS_PER_ACCOUNT:,}."
        ]
    options, problems, ids = [], [], set()
    for index, raw in enumerate(value):
        place = f"{ITEM_NAME} {index + 1}"
        if not isinstance(raw, dict):
            problems.append(f"{place}: this must be an object {{…}}, not {kind_of(raw)}.")
            continue
        bad_key = next((k for k in raw if text_problem(k)), None)
        if bad_key is not None:
            position = list(raw).index(bad_key) + 1
            problems.append(f"{place}: the name of field {position} {text_problem(bad_key)}.")
            continue
        option, found = read_site_option(raw)
        problems += [f"{place}, {_label(field)}: {message}" for field, message in found]
        if option.id and option.id in ids:
            problems.append(
                f"{place}, Id: another site option has the same id; each needs its own."
            )
        ids.add(option.id)
        if option.booked_rotation and option.booked_rotation not in rotation_ids:
            problems.append(
                f"{place}, Booked rotation: no rotation in this file has the id "
                f"{_short(option.booked_rotation)}."
            )
        options.append(option)
    return options, problems
