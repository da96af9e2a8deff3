"""The journal as the rules see it: the people of a rotation, the daily check-in, the evidence
a letter is built from, and the warning signs computed from them (domain.md §5).

Every record (Person, CheckIn, Story, ...) is a frozen dataclass with keyword-only fields, so
that a model's `to_core()` names each field it fills; `Journal` bundles them for one applicant.
Ids are the stored objects' stable export ids (strings); evidence points at people and
rotations by those ids, and an empty id means "none" or "not stored yet".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import cached_property

from lorkit.core import defaults
from lorkit.core.dates import out_of_range
from lorkit.core.rotation import Rotation
from lorkit.core.vocabulary import (
    RED_FLAG_LABELS,
    BoardCertification,
    KeyCharacteristic,
    PersonRole,
    RedFlagKind,
    RotationPhase,
    Setting,
)

ONE_DAY = timedelta(days=1)

# Roles of people who supervise as attendings. Research mentors, fellows and residents are not
# among them: the "quiet attending" warning and the portfolio's U.S. clinical letters skip them.
ATTENDING_ROLES = frozenset(
    {
        PersonRole.PROGRAM_DIRECTOR,
        PersonRole.ASSOCIATE_PD,
        PersonRole.CORE_FACULTY,
        PersonRole.CLERKSHIP_DIRECTOR,
        PersonRole.COMMUNITY_ATTENDING,
        PersonRole.OTHER_ATTENDING,
    }
)

# The four questions of the daily check-in, by the CheckIn field that holds the answer.
CHECK_IN_QUESTIONS: dict[str, str] = {
    "owned_care": "Did you take clear charge of at least one or two patients or tasks?",
    "showed_reasoning": "Did you show your clinical reasoning to the attending or a senior?",
    "communicated": "Did you get something across clearly to the team, a nurse or a family?",
    "applied_learning": "Did you learn something specific and put it to use?",
}

# What to do tomorrow after a coasting spell, by the question answered "no" most often.
COASTING_CORRECTIONS: dict[str, str] = {
    "owned_care": (
        "Tomorrow, ask your senior for one or two patients or tasks that are yours from start "
        "to finish, and close every loop on them without being reminded."
    ),
    "showed_reasoning": (
        "Tomorrow, prepare your assessment and plan for one patient before rounds and say it "
        "out loud to the attending: what you think is going on, and why."
    ),
    "communicated": (
        "Tomorrow, give one clear update to a nurse, the team or a family, and check that it "
        "landed."
    ),
    "applied_learning": (
        "Tonight, read up on one thing you saw today, and use it tomorrow: in a plan, a note or "
        "a question on rounds."
    ),
}

RED_FLAG_ADVICE: dict[str, str] = {
    RedFlagKind.BARELY_KNOWS_NAME: (
        "Don't count on this attending's letter. Introduce yourself again with your goals, "
        "present a patient to them this week, and put your effort into someone who knows your work."
    ),
    RedFlagKind.LATE_OR_ABSENT: (
        "Be there before the team and tell your senior where you are whenever you step away. "
        "Lean on another writer while trust rebuilds."
    ),
    RedFlagKind.NO_QUESTIONS: (
        "Bring one prepared question to rounds every day, drawn from your own patients. "
        "Attendings read questions as interest."
    ),
    RedFlagKind.NURSE_CONCERNS: (
        "Nurses shape what attendings hear. Ask the charge nurse what would make you easier to "
        "work with, and act on it in plain sight."
    ),
    RedFlagKind.UNFINISHED_WORK: (
        "Before you leave, check every task with your senior and hand over what is open. "
        "Until that is steady, don't count on this rotation's letter."
    ),
    RedFlagKind.NO_IMPROVEMENT: (
        "Pick the one point you have heard most, work on it daily, and ask for a follow-up "
        "within the week. Meanwhile, look for your strongest letter elsewhere."
    ),
    RedFlagKind.PROFESSIONALISM: (
        "Talk it through honestly with your supervisor or rotation coordinator. Don't count on "
        "a letter from this rotation; invest in your other writers."
    ),
}


@dataclass(frozen=True, kw_only=True)
class Person:
    """Someone the applicant works with. `rotation_ids` are the rotations they shared (one
    person can span several). Unset first or last days of contact default to the shared
    rotations' dates (see `Journal.contact_periods`)."""

    id: str = ""
    name: str
    role: PersonRole = PersonRole.OTHER_ATTENDING
    specialty: str = ""
    setting: Setting = Setting.INPATIENT
    board_certified: BoardCertification = BoardCertification.UNKNOWN
    email: str = ""
    rotation_ids: tuple[str, ...] = ()
    first_contact: date | None = None
    last_contact: date | None = None
    saw_clinical_work: bool = False  # has seen the applicant present or care for patients
    notes: str = ""


@dataclass(frozen=True, kw_only=True)
class CheckIn:
    """One day's answers to the four questions of `CHECK_IN_QUESTIONS`."""

    id: str = ""
    day: date
    owned_care: bool
    showed_reasoning: bool
    communicated: bool
    applied_learning: bool
    note: str = ""

    @property
    def answers(self) -> dict[str, bool]:
        return {key: getattr(self, key) for key in CHECK_IN_QUESTIONS}

    @property
    def noes(self) -> tuple[str, ...]:
        """The questions answered "no", in question order."""
        return tuple(key for key, yes in self.answers.items() if not yes)


@dataclass(frozen=True, kw_only=True)
class Entry:
    """What every piece of evidence carries: its date, its rotation (empty: whichever rotation
    its date falls in), and the ERAS key characteristics and letter qualities it shows
    (letter-quality codes are those of `vocabulary.LETTER_QUALITY_LABELS`)."""

    id: str = ""
    day: date
    rotation_id: str = ""
    characteristics: frozenset[KeyCharacteristic] = frozenset()
    qualities: frozenset[str] = frozenset()

    def belongs_to(self, rotation: Rotation) -> bool:
        if self.rotation_id:
            return self.rotation_id == rotation.id
        return rotation.start <= self.day <= rotation.end


@dataclass(frozen=True, kw_only=True)
class Story(Entry):
    """A short, de-identified account of something the applicant did, and who saw it."""

    text: str
    witness_ids: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Feedback(Entry):
    """Feedback received on `day` from `giver_id` (empty: someone not in the journal), the
    change the applicant planned, and the follow-up conversation ("is this closer?")."""

    giver_id: str = ""
    point: str
    change_planned: str = ""
    followup_date: date | None = None
    outcome: str = ""

    @property
    def closed(self) -> bool:
        """The loop is closed once the follow-up has happened; closed loops are growth
        stories, the before and after that letters quote."""
        return self.followup_date is not None


@dataclass(frozen=True, kw_only=True)
class Compliment(Entry):
    giver_id: str = ""
    text: str


@dataclass(frozen=True, kw_only=True)
class Talk(Entry):
    """A short teaching talk, given on `day` or planned for it."""

    topic: str


@dataclass(frozen=True, kw_only=True)
class RedFlag:
    """A warning sign the applicant recorded by hand, optionally about one person."""

    id: str = ""
    kind: RedFlagKind
    day: date
    rotation_id: str = ""
    person_id: str = ""
    note: str = ""
    resolved: bool = False

    @property
    def advice(self) -> str:
        return RED_FLAG_ADVICE[self.kind]


def entry_problems(entry: Entry | CheckIn | RedFlag, today: date) -> dict[str, str]:
    """What is wrong with an entry's dates, by field: a year out of range, a day after today
    (only a talk may be planned ahead), or a follow-up before its feedback or after today
    (a loop closes when the follow-up has happened, not when it is planned)."""
    problems: dict[str, str] = {}
    if (message := out_of_range(entry.day)) is not None:
        problems["day"] = message
    elif entry.day > today and not isinstance(entry, Talk):
        problems["day"] = f"{entry.day.isoformat()} is after today: note it once it has happened."
    if isinstance(entry, Feedback) and entry.followup_date is not None:
        followup = entry.followup_date
        if (message := out_of_range(followup)) is not None:
            problems["followup_date"] = message
        elif followup < entry.day:
            problems["followup_date"] = "The follow-up comes after the feedback, not before it."
        elif followup > today:
            problems["followup_date"] = "Record the follow-up once the conversation has happened."
    return problems


@dataclass(frozen=True)
class Journal:
    """Everything the journal rules read, for one applicant. The Django layer fills it from
    the models' `to_core()`; nothing here reads a database."""

    people: tuple[Person, ...] = ()
    rotations: tuple[Rotation, ...] = ()
    check_ins: tuple[CheckIn, ...] = ()
    stories: tuple[Story, ...] = ()
    feedback: tuple[Feedback, ...] = ()
    compliments: tuple[Compliment, ...] = ()
    talks: tuple[Talk, ...] = ()
    red_flags: tuple[RedFlag, ...] = ()

    @cached_property
    def rotations_by_id(self) -> dict[str, Rotation]:
        return {rotation.id: rotation for rotation in self.rotations if rotation.id}

    def contact_periods(self, person: Person) -> tuple[tuple[date, date], ...]:
        """The spans of days spent with `person`, sorted and merged. With both days of contact
        set, that one span. Otherwise each shared rotation, starting no earlier than a set
        first day and ending no later than a set last day; so the weeks between two rotations
        with the same attending are not counted as contact."""
        if person.first_contact is not None and person.last_contact is not None:
            if person.last_contact < person.first_contact:
                return ()
            return ((person.first_contact, person.last_contact),)
        spans = []
        for rotation_id in person.rotation_ids:
            rotation = self.rotations_by_id.get(rotation_id)
            if rotation is None:
                continue
            start = max(rotation.start, person.first_contact or rotation.start)
            end = min(rotation.end, person.last_contact or rotation.end)
            if start <= end:
                spans.append((start, end))
        return merge_spans(spans)

    def days_together(self, person: Person, today: date) -> int:
        """Days of contact with `person` up to today, the first and the last day counted
        (a rotation of Jan 4–17 is 14 days together from Jan 17 on)."""
        return days_in(self.contact_periods(person), today)


def merge_spans(spans: Iterable[tuple[date, date]]) -> tuple[tuple[date, date], ...]:
    """Sorted spans with overlapping or touching ones joined."""
    merged: list[tuple[date, date]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1] + ONE_DAY:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


def days_in(spans: Iterable[tuple[date, date]], today: date) -> int:
    """Days of the (disjoint) spans up to and including today."""
    return sum(max(0, (min(end, today) - start).days + 1) for start, end in spans)


def rotation_days(rotations: Iterable[Rotation]) -> frozenset[date]:
    days: set[date] = set()
    for rotation in rotations:
        days.update(rotation.day(n) for n in range(1, rotation.length + 1))
    return frozenset(days)


def _noes_by_day(check_ins: Iterable[CheckIn], today: date) -> dict[date, Counter[str]]:
    """Each checked-in day up to today and the questions answered "no" that day (a day with
    two check-ins counts every "no" of both)."""
    days: dict[date, Counter[str]] = {}
    for check_in in check_ins:
        if check_in.day <= today:
            days.setdefault(check_in.day, Counter()).update(check_in.noes)
    return days


@dataclass(frozen=True)
class CoastingRun:
    """Rotation days in a row, `first` to `last`, each with at least one "no". `missed` holds
    the questions answered "no", the most frequent first."""

    first: date
    last: date
    missed: tuple[str, ...]

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def correction(self) -> str:
        return COASTING_CORRECTIONS[self.missed[0]]

    def as_dict(self) -> dict[str, object]:
        return {
            "first": self.first.isoformat(),
            "last": self.last.isoformat(),
            "days": self.days,
            "missed": list(self.missed),
            "correction": self.correction,
        }


def coasting_runs(
    check_ins: Iterable[CheckIn], rotations: Iterable[Rotation], today: date
) -> tuple[CoastingRun, ...]:
    """Every coasting spell up to today: at least `COASTING_DAYS` consecutive calendar days,
    each inside a rotation and each with a check-in holding a "no". A day without a check-in
    or with four yeses ends a spell; so does a day outside every rotation."""
    on_rotation = rotation_days(rotations)
    noes = _noes_by_day(check_ins, today)
    bad = sorted(day for day, missed in noes.items() if missed and day in on_rotation)
    runs: list[CoastingRun] = []
    start = 0
    for index in range(1, len(bad) + 1):
        if index < len(bad) and bad[index] - bad[index - 1] == ONE_DAY:
            continue
        if index - start >= defaults.COASTING_DAYS:
            runs.append(_coasting_run(bad[start:index], noes))
        start = index
    return tuple(runs)


def _coasting_run(days: list[date], noes: Mapping[date, Counter[str]]) -> CoastingRun:
    total: Counter[str] = Counter()
    for day in days:
        total.update(noes[day])
    order = list(CHECK_IN_QUESTIONS)
    missed = sorted(total, key=lambda key: (-total[key], order.index(key)))
    return CoastingRun(days[0], days[-1], tuple(missed))


def current_coasting(
    check_ins: Iterable[CheckIn], rotations: Iterable[Rotation], today: date
) -> CoastingRun | None:
    """The coasting spell that is still going: one that ends today, or yesterday while today
    has no check-in yet. A good day today ends it."""
    check_ins = tuple(check_ins)
    checked_today = any(check_in.day == today for check_in in check_ins)
    for run in coasting_runs(check_ins, rotations, today):
        if run.last == today or (run.last == today - ONE_DAY and not checked_today):
            return run
    return None


def check_in_streak(
    check_ins: Iterable[CheckIn], rotations: Iterable[Rotation], today: date
) -> int:
    """Rotation days in a row, counting back from today, each with a check-in. Today without
    a check-in yet does not break the streak (the day is not over); days outside every
    rotation are passed over, neither breaking nor adding to it."""
    checked = {check_in.day for check_in in check_ins if check_in.day <= today}
    if not checked:
        return 0
    on_rotation = rotation_days(rotations)
    earliest = min(checked)
    day = today if today in checked else today - ONE_DAY
    streak = 0
    while day >= earliest:
        if day in on_rotation:
            if day not in checked:
                break
            streak += 1
        day -= ONE_DAY
    return streak


class DayMark(StrEnum):
    """How one day looks on the check-in strip."""

    OFF = "off"  # not a rotation day, no check-in
    MISSED = "missed"  # a past rotation day without a check-in
    PENDING = "pending"  # today, a rotation day, no check-in yet
    ALL_YES = "all_yes"
    SOME_NO = "some_no"
    COASTING = "coasting"  # a day with a "no" inside a coasting spell


@dataclass(frozen=True)
class StripDay:
    day: date
    mark: DayMark
    yes_count: int | None  # None when there was no check-in

    def as_dict(self) -> dict[str, object]:
        return {"day": self.day.isoformat(), "mark": self.mark.value, "yes_count": self.yes_count}


def check_in_strip(
    check_ins: Iterable[CheckIn],
    rotations: Iterable[Rotation],
    today: date,
    days: int = defaults.CHECK_IN_STRIP_DAYS,
) -> tuple[StripDay, ...]:
    """The last `days` days, oldest first and today last, each marked for the strip on Today.
    A day with two check-ins shows the fewest yeses of them."""
    check_ins = tuple(check_ins)
    rotations = tuple(rotations)
    on_rotation = rotation_days(rotations)
    fewest_yes: dict[date, int] = {}
    for check_in in check_ins:
        yes = len(CHECK_IN_QUESTIONS) - len(check_in.noes)
        fewest_yes[check_in.day] = min(yes, fewest_yes.get(check_in.day, yes))
    coasting = {
        run.first + timedelta(days=n)
        for run in coasting_runs(check_ins, rotations, today)
        for n in range(run.days)
    }
    first = today - timedelta(days=days - 1)
    return tuple(
        _strip_day(first + timedelta(days=n), today, fewest_yes, on_rotation, coasting)
        for n in range(days)
    )


def _strip_day(
    day: date,
    today: date,
    fewest_yes: Mapping[date, int],
    on_rotation: frozenset[date],
    coasting: set[date],
) -> StripDay:
    yes = fewest_yes.get(day)
    if yes is None:
        if day not in on_rotation:
            return StripDay(day, DayMark.OFF, None)
        return StripDay(day, DayMark.PENDING if day == today else DayMark.MISSED, None)
    if yes == len(CHECK_IN_QUESTIONS):
        return StripDay(day, DayMark.ALL_YES, yes)
    return StripDay(day, DayMark.COASTING if day in coasting else DayMark.SOME_NO, yes)


class WarningCode(StrEnum):
    RED_FLAG = "red_flag"
    COASTING = "coasting"
    NO_FEEDBACK = "no_feedback"
    QUIET_ATTENDING = "quiet_attending"
    NO_TALK = "no_talk"


@dataclass(frozen=True)
class WarningSign:
    """A warning computed from the journal or recorded by hand, with what to do about it.
    `rotation_id` and `person_id` say where it belongs (Today shows them all; a rotation's
    and a person's pages show their own)."""

    code: WarningCode
    message: str
    advice: str
    rotation_id: str = ""
    person_id: str = ""

    def as_dict(self) -> dict[str, object]:
        return {
            "code": self.code.value,
            "message": self.message,
            "advice": self.advice,
            "rotation_id": self.rotation_id,
            "person_id": self.person_id,
        }


def warning_signs(journal: Journal, today: date) -> tuple[WarningSign, ...]:
    """Every warning that holds today, the most serious kind first: open red flags, a
    coasting spell still going, then for each rotation under way no feedback by day 10 and
    no teaching talk in the last week, and each attending still working with the applicant
    after 14 days together with no story or feedback written down."""
    signs = [_red_flag_sign(flag, journal) for flag in journal.red_flags if not flag.resolved]
    run = current_coasting(journal.check_ins, journal.rotations, today)
    if run is not None:
        signs.append(_coasting_sign(run, journal))
    under_way = [r for r in journal.rotations if r.phase(today) is RotationPhase.UNDER_WAY]
    signs.extend(_no_feedback_sign(r) for r in under_way if _lacks_feedback(r, journal, today))
    signs.extend(_quiet_attending_signs(journal, today))
    signs.extend(_no_talk_sign(r, today) for r in under_way if _lacks_talk(r, journal, today))
    return tuple(signs)


def _red_flag_sign(flag: RedFlag, journal: Journal) -> WarningSign:
    rotation = journal.rotations_by_id.get(flag.rotation_id)
    where = f" on {rotation.label}" if rotation is not None and rotation.label else ""
    return WarningSign(
        WarningCode.RED_FLAG,
        f"A red flag you noted{where}: {RED_FLAG_LABELS[flag.kind]}.",
        flag.advice,
        flag.rotation_id,
        flag.person_id,
    )


def _coasting_sign(run: CoastingRun, journal: Journal) -> WarningSign:
    rotation = next((r for r in journal.rotations if r.start <= run.last <= r.end), None)
    return WarningSign(
        WarningCode.COASTING,
        f'{run.days} rotation days in a row with a "no" ({run.first:%b} {run.first.day} to '
        f"{run.last:%b} {run.last.day}): you may be coasting. One focused day turns it around.",
        run.correction,
        rotation.id if rotation is not None else "",
    )


def _lacks_feedback(rotation: Rotation, journal: Journal, today: date) -> bool:
    if today < rotation.day(defaults.NO_FEEDBACK_BY_DAY):
        return False
    return not any(f.belongs_to(rotation) and f.day <= today for f in journal.feedback)


def _no_feedback_sign(rotation: Rotation) -> WarningSign:
    return WarningSign(
        WarningCode.NO_FEEDBACK,
        f"Day {defaults.NO_FEEDBACK_BY_DAY} or later of {rotation.label or 'this rotation'} "
        "and nobody has given you feedback yet.",
        "Ask your attending or senior resident for five minutes today: one thing you do well "
        "and one thing to improve. Write it down and let them see the change.",
        rotation.id,
    )


def _lacks_talk(rotation: Rotation, journal: Journal, today: date) -> bool:
    if rotation.length < defaults.TALK_CHECK_MIN_LENGTH:
        return False
    if (rotation.end - today).days >= defaults.TALK_CHECK_LAST_DAYS:
        return False
    return not any(talk.belongs_to(rotation) for talk in journal.talks)


def _no_talk_sign(rotation: Rotation, today: date) -> WarningSign:
    left = (rotation.end - today).days + 1
    return WarningSign(
        WarningCode.NO_TALK,
        f"{left} day{'s' if left != 1 else ''} left on {rotation.label or 'this rotation'} "
        "and no teaching talk planned.",
        "Offer the team a 5–10 minute talk on a question raised by one of your patients, "
        "and agree on a day with your attending now.",
        rotation.id,
    )


def _quiet_attending_signs(journal: Journal, today: date) -> list[WarningSign]:
    heard_from = {f.giver_id for f in journal.feedback}
    heard_from.update(w for story in journal.stories for w in story.witness_ids)
    heard_from.discard("")
    signs = []
    for person in journal.people:
        if person.role not in ATTENDING_ROLES or person.id in heard_from:
            continue
        periods = journal.contact_periods(person)
        ongoing = any(start <= today <= end for start, end in periods)
        if ongoing and days_in(periods, today) >= defaults.QUIET_ATTENDING_DAYS:
            signs.append(
                WarningSign(
                    WarningCode.QUIET_ATTENDING,
                    f"{days_in(periods, today)} days with {person.name} and no story or "
                    "feedback written down yet.",
                    f"Ask {person.name} for one point of feedback this week, and note the next "
                    "moment they see you at work: without those, a letter stays generic.",
                    person_id=person.id,
                )
            )
    return signs
