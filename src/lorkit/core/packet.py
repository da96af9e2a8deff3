"""The letter packet (domain.md §7): the email that goes with the ask's yes, and the one-page
letter helper, both drafted from the journal for the applicant to edit before sending (the
ERAS Experiences entry drafted from the same evidence is in `experience.py`).

The helper is held as plain text the applicant edits (see `helper_text` / `parse_helper`):
the first line is the title, lines before the first "## " heading are the introduction,
"## Heading" starts a section, "- " starts a bullet, and the last paragraph after the
sections is the closing line. Paragraphs are separated by a blank line, and a line that
follows a bullet or paragraph line without a blank line continues it. The closing is set off
by two blank lines, which is how it is told apart from the introduction when there are no
sections. Renderers (PDF, DOCX) draw a `LetterHelper`."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TypeVar

from lorkit.core import defaults as d
from lorkit.core.ask import (
    loop_text,
    one_line,
    shortened,
    spoken_reference,
    telling_key,
)
from lorkit.core.journal import Compliment, Entry, Feedback, Journal, Person, Story, Talk
from lorkit.core.scripts import spoken_list
from lorkit.core.vocabulary import (
    LETTER_QUALITY_LABELS,
    RotationKind,
)

STORIES = "Patients and tasks I followed"
FEEDBACK = "Feedback you gave me and what I changed"
COMPLIMENTS = "Kind words from the team"
TALKS = "Talks I gave"
WISHES = "What I hope the letter can speak to"
CLOSING = (
    "Please take whatever helps and leave the rest: these notes are only here to jog your "
    "memory, and your own view of my work is what matters."
)
TAUGHT_PLACEHOLDER = "[something specific you learned from them]"
AAMC_ID_PLACEHOLDER = "[your AAMC ID]"
TARGET_PLACEHOLDER = "[your submission date]"

# The applicant's part on the team, by the kind of rotation they shared with the writer.
ROLE_BY_KIND: dict[str, str] = {
    RotationKind.HANDS_ON: (
        "a visiting medical student on your team, taking histories, examining patients, "
        "writing notes and presenting on rounds"
    ),
    RotationKind.OBSERVERSHIP: (
        "an observer on your team, following patients on rounds and in clinic"
    ),
    RotationKind.RESEARCH: "a research trainee in your group",
}

_E = TypeVar("_E", bound=Entry)


@dataclass(frozen=True, kw_only=True)
class HelperSection:
    """One heading of the letter helper and its bullets, most telling first (a renderer that
    runs out of room drops bullets from the end)."""

    heading: str
    bullets: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class LetterHelper:
    title: str
    intro: tuple[str, ...] = ()  # paragraphs: who, which rotation, dates and role
    sections: tuple[HelperSection, ...] = ()
    closing: str = ""  # "use or ignore any of it"


@dataclass(frozen=True, kw_only=True)
class Applicant:
    """Who the packet is from: the name as on ERAS, the ERAS identifiers and the target."""

    name: str
    email: str = ""
    aamc_id: str = ""
    specialty: str = ""
    submission_target: date | None = None


# --- Dates ------------------------------------------------------------------------------------


def soft_deadline(submission_target: date) -> date:
    """The day to ask a writer for their letter by: 3 weeks before the applicant's submission
    target (§8 says 2–3 weeks; the earlier bound leaves time for one polite reminder)."""
    return submission_target - timedelta(days=d.SOFT_DEADLINE_DAYS_BEFORE[0])


def date_range(start: date, end: date) -> str:
    """A span as a letter names it: "4–31 May 2026", "27 April – 24 May 2026",
    "14 December 2026 – 10 January 2027"; one day is "4 May 2026"."""
    if start == end:
        return f"{end.day} {end:%B %Y}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {end:%B %Y}"
    if start.year == end.year:
        return f"{start.day} {start:%B} – {end.day} {end:%B %Y}"
    return f"{start.day} {start:%B %Y} – {end.day} {end:%B %Y}"


def long_date(day: date) -> str:
    """ "Friday, 13 August 2027"."""
    return f"{day:%A}, {day.day} {day:%B %Y}"


def contact_dates(journal: Journal, person: Person) -> str:
    """The spans spent with `person`, as a sentence says them ("" when none are known)."""
    return spoken_list(date_range(start, end) for start, end in journal.contact_periods(person))


# --- The evidence shared with one writer ---------------------------------------------------


@dataclass(frozen=True)
class _Shared:
    """The evidence with one writer up to today, each kind most telling first."""

    stories: tuple[Story, ...]
    feedback: tuple[Feedback, ...]
    compliments: tuple[Compliment, ...]
    talks: tuple[Talk, ...]


def ranked(
    entries: Iterable[_E], today: date, key: Callable[[_E], tuple[object, ...]]
) -> tuple[_E, ...]:
    """The entries dated up to today, most telling (highest key) first."""
    return tuple(sorted((e for e in entries if e.day <= today), key=key, reverse=True))


def _gather(journal: Journal, person: Person, today: date) -> _Shared:
    """Stories they witnessed or from a shared rotation; feedback they gave, closed loops
    first; compliments from them or from a shared rotation; talks on a shared rotation. An
    entry shares a rotation when it belongs to one of theirs or, having no rotation, falls in
    their days of contact. Entries after today are left out."""
    by_id = journal.rotations_by_id
    rotations = [by_id[r] for r in person.rotation_ids if r in by_id]
    spans = journal.contact_periods(person)

    def shared(entry: Entry) -> bool:
        if any(entry.belongs_to(rotation) for rotation in rotations):
            return True
        return not entry.rotation_id and any(s <= entry.day <= e for s, e in spans)

    def theirs(giver_id: str) -> bool:
        return bool(person.id) and giver_id == person.id

    def saw(story: Story) -> bool:
        return bool(person.id) and person.id in story.witness_ids

    return _Shared(
        stories=ranked(
            (s for s in journal.stories if saw(s) or shared(s)),
            today,
            lambda s: telling_key(s, s.text, saw(s)),
        ),
        feedback=ranked(
            (f for f in journal.feedback if theirs(f.giver_id)),
            today,
            lambda f: (f.closed, bool(f.outcome.strip()), *telling_key(f, loop_text(f), True)),
        ),
        compliments=ranked(
            (c for c in journal.compliments if theirs(c.giver_id) or shared(c)),
            today,
            lambda c: telling_key(c, c.text, theirs(c.giver_id)),
        ),
        talks=ranked(
            (t for t in journal.talks if shared(t)), today, lambda t: telling_key(t, t.topic, True)
        ),
    )


# --- The letter helper ------------------------------------------------------------------------


def _feedback_bullet(feedback: Feedback) -> str:
    """ "point → outcome": the before and after a letter quotes; the change planned stands in
    for an outcome not yet written down, and an open loop says it is still being worked on."""
    point = one_line(feedback.point).rstrip(". ")
    change = one_line(feedback.outcome) or one_line(feedback.change_planned)
    if not feedback.closed:
        return f"{point} → working on it: {change}" if change else point
    return f"{point} → {change}" if change else f"{point} → we followed it up together"


def _compliment_bullet(compliment: Compliment, person: Person, journal: Journal) -> str:
    text = one_line(compliment.text)
    if not text:
        return ""
    if person.id and compliment.giver_id == person.id:
        return f'You said: "{text}"'
    giver = next((p for p in journal.people if p.id and p.id == compliment.giver_id), None)
    return f'{giver.name} said: "{text}"' if giver else f'"{text}"'


def _talk_bullet(talk: Talk) -> str:
    topic = one_line(talk.topic)
    return f"{topic} ({date_range(talk.day, talk.day)})" if topic else ""


def _wish_bullets(strengths: Sequence[str], shared: _Shared) -> tuple[str, ...]:
    """Each chosen letter quality, worded as a wish, with the most telling story or closed
    loop that shows it as an example. Unknown codes are skipped."""
    examples: list[tuple[frozenset[str], str]] = [
        (story.qualities, story.text) for story in shared.stories
    ] + [(loop.qualities, loop_text(loop)) for loop in shared.feedback if loop.closed]
    bullets = []
    for code in dict.fromkeys(strengths):
        if code not in LETTER_QUALITY_LABELS:
            continue
        wish = f"{LETTER_QUALITY_LABELS[code]}, if it matches what you saw"
        example = next((spoken_reference(t) for q, t in examples if code in q), "")
        bullets.append(f"{wish} (for example: {example})" if example else wish)
    return tuple(bullets)


def _intro(journal: Journal, person: Person, applicant: Applicant) -> tuple[str, ...]:
    by_id = journal.rotations_by_id
    rotations = [by_id[r] for r in person.rotation_ids if r in by_id]
    labels = [one_line(r.label) for r in rotations if r.label.strip()]
    where = f" at {spoken_list(labels)}" if labels else ""
    dates = contact_dates(journal, person)
    paragraphs = [f"We worked together{where}{', ' + dates if dates else ''}."]
    if not where and not dates:
        paragraphs = []
    roles = dict.fromkeys(ROLE_BY_KIND[r.kind] for r in rotations)
    if roles:
        paragraphs.append(f"I was {spoken_list(roles)}.")
    if applicant.specialty.strip():
        target = applicant.submission_target
        going = f", and my application goes out on {long_date(target)}" if target else ""
        paragraphs.append(f"I am applying to {one_line(applicant.specialty)} residency{going}.")
    return tuple(paragraphs)


def _bullets(texts: Iterable[str], most: int) -> tuple[str, ...]:
    return tuple(text for text in texts if text)[:most]


def helper_draft(
    journal: Journal,
    person: Person,
    applicant: Applicant,
    strengths: Sequence[str],
    today: date,
) -> LetterHelper:
    """The one-page letter helper for `person` (§7): who, where, when and in what role; then
    3–5 stories (most telling first: witnessed by them, tagged, concrete, recent), their
    feedback and what changed (closed loops first), kind words from them or the team, talks,
    and the chosen strengths worded as a wish; and a closing that leaves the writer free.
    Sections without evidence are left out. Texts are taken as the journal's privacy guard
    left them, and no story carries its date (an exact date can identify a patient)."""
    shared = _gather(journal, person, today)
    most = d.HELPER_SECTION_MAX_BULLETS
    sections = (
        HelperSection(
            heading=STORIES,
            bullets=_bullets((one_line(s.text) for s in shared.stories), d.HELPER_STORIES[1]),
        ),
        HelperSection(
            heading=FEEDBACK, bullets=_bullets(map(_feedback_bullet, shared.feedback), most)
        ),
        HelperSection(
            heading=COMPLIMENTS,
            bullets=_bullets(
                (_compliment_bullet(c, person, journal) for c in shared.compliments), most
            ),
        ),
        HelperSection(heading=TALKS, bullets=_bullets(map(_talk_bullet, shared.talks), most)),
        HelperSection(heading=WISHES, bullets=_wish_bullets(strengths, shared)),
    )
    name = one_line(applicant.name)
    return LetterHelper(
        title=f"{name}: notes for your letter" if name else "Notes for your letter",
        intro=_intro(journal, person, applicant),
        sections=tuple(section for section in sections if section.bullets),
        closing=CLOSING,
    )


# --- Fitting the helper on one page -------------------------------------------------------

# Which section gives up a bullet first while every section keeps at least one ("" stands for
# any heading the applicant wrote), and then which section goes entirely. Stories go last and
# never below their floor: they are what a letter is built from.
_THIN_ORDER = (TALKS, COMPLIMENTS, FEEDBACK, "", STORIES, WISHES)
_DROP_ORDER = (TALKS, COMPLIMENTS, "", WISHES, FEEDBACK)


def _order(order: Sequence[str], sections: Sequence[HelperSection]) -> list[int]:
    """Indexes of `sections` in `order` (later sections first within one heading); sections
    whose heading is not in `order` but "" is count as "" (other headings), else are skipped."""

    def rank(heading: str) -> int:
        return order.index(heading) if heading in order else order.index("")

    known = [i for i, s in enumerate(sections) if s.heading in order or s.heading not in _KNOWN]
    return sorted(known, key=lambda i: (rank(sections[i].heading), -i))


_KNOWN = frozenset({STORIES, FEEDBACK, COMPLIMENTS, TALKS, WISHES})


def _without_last(helper: LetterHelper, index: int) -> LetterHelper:
    sections = list(helper.sections)
    bullets = sections[index].bullets[:-1]
    if bullets:
        sections[index] = replace(sections[index], bullets=bullets)
    else:
        del sections[index]
    return replace(helper, sections=tuple(sections))


def _one_bullet_fewer(helper: LetterHelper, story_floor: int) -> LetterHelper | None:
    sections = helper.sections
    stories = sum(len(s.bullets) for s in sections if s.heading == STORIES)
    for index in _order(_THIN_ORDER, sections):
        more = len(sections[index].bullets) > 1
        if more and (sections[index].heading != STORIES or stories > story_floor):
            return _without_last(helper, index)
    for index in _order(_DROP_ORDER, sections):
        if sections[index].bullets:
            return _without_last(helper, index)
    return None


def _one_bullet_shorter(helper: LetterHelper) -> LetterHelper | None:
    """The longest bullet over HELPER_BULLET_SHORT_CHARS (the first of equals) shortened at a
    word boundary; None when no bullet is over it, or none can be shortened without cutting
    inside a word."""
    limit = d.HELPER_BULLET_SHORT_CHARS
    spots = [
        (i, j)
        for i, section in enumerate(helper.sections)
        for j, bullet in enumerate(section.bullets)
        if len(bullet) > limit and shortened(bullet, limit)
    ]
    if not spots:
        return None
    i, j = max(
        spots, key=lambda spot: (len(helper.sections[spot[0]].bullets[spot[1]]), -spot[0], -spot[1])
    )
    section = helper.sections[i]
    bullets = list(section.bullets)
    bullets[j] = shortened(bullets[j], limit)
    sections = list(helper.sections)
    sections[i] = replace(section, bullets=tuple(bullets))
    return replace(helper, sections=tuple(sections))


def trimmed(helper: LetterHelper) -> Iterator[LetterHelper]:
    """Ever shorter versions of `helper`, for a renderer to take until the page fits: one
    bullet fewer at each step, the least telling first (the last bullet of talks, then of
    kind words, then of feedback, then stories beyond 3, then wishes), every section keeping
    one bullet as long as possible, and the stories never fewer than 3 (or as many as there
    were); then, one at a time, the longest bullets shortened at a word boundary."""
    stories = sum(len(s.bullets) for s in helper.sections if s.heading == STORIES)
    story_floor = min(d.HELPER_STORIES[0], stories)
    current = helper
    while (fewer := _one_bullet_fewer(current, story_floor)) is not None:
        current = fewer
        yield current
    while (shorter := _one_bullet_shorter(current)) is not None:
        current = shorter
        yield current


def left_out(full: LetterHelper, kept: LetterHelper) -> tuple[str, ...]:
    """The bullets of `full` that `kept` dropped, in `full`'s order. A bullet that `kept`
    holds shortened ("…") counts as kept."""
    dropped = []
    for section in full.sections:
        pool = [b for s in kept.sections if s.heading == section.heading for b in s.bullets]
        for bullet in section.bullets:
            match = next((b for b in pool if b == bullet or _shortens(b, bullet)), None)
            if match is None:
                dropped.append(bullet)
            else:
                pool.remove(match)
    return tuple(dropped)


def _shortens(short: str, bullet: str) -> bool:
    return short.endswith("…") and len(short) < len(bullet) and bullet.startswith(short[:-1])


# --- The helper as plain text ---------------------------------------------------------------


def helper_text(helper: LetterHelper) -> str:
    """The helper in the plain-text form of this module's docstring (`parse_helper` reads it
    back)."""
    lines = [helper.title]
    for paragraph in helper.intro:
        lines += ["", paragraph]
    for section in helper.sections:
        lines += ["", f"## {section.heading}"]
        lines += [f"- {bullet}" for bullet in section.bullets]
    if helper.closing:
        lines += ["", "", helper.closing]
    return "\n".join(lines) + "\n"


@dataclass
class _Block:
    """A bullet or a paragraph being read, its lines, and the blank lines before it."""

    bullet: bool
    lines: list[str]
    blanks: int

    @property
    def text(self) -> str:
        return " ".join(self.lines)


def _blocks(lines: Sequence[str], bullets: bool) -> list[_Block]:
    """Bullets ("- ", when `bullets`) and paragraphs; a line right after one continues it."""
    blocks: list[_Block] = []
    blanks, joined = 0, False
    for line in lines:
        if not line:
            blanks, joined = blanks + 1, False
        elif bullets and line.startswith("- "):
            blocks.append(_Block(True, [line[2:].strip()], blanks))
            blanks, joined = 0, True
        elif joined:
            blocks[-1].lines.append(line)
        else:
            blocks.append(_Block(False, [line], blanks))
            blanks, joined = 0, True
    return blocks


def parse_helper(text: str) -> LetterHelper:
    """Read a helper from the plain text of this module's docstring. Any text reads as some
    helper, so an edit can never be refused: a first line that is a heading leaves the title
    empty, a paragraph between bullets becomes a bullet, and the paragraphs after the last
    bullet make the closing."""
    lines = [line.strip() for line in text.split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    title = lines.pop(0) if lines and not lines[0].startswith("## ") else ""
    starts = [i for i, line in enumerate(lines) if line.startswith("## ")] + [len(lines)]
    intro = _blocks(lines[: starts[0]], bullets=False)
    sections = [
        (lines[start][3:].strip(), _blocks(lines[start + 1 : end], bullets=True))
        for start, end in zip(starts, starts[1:], strict=False)
    ]
    closing: list[_Block] = []
    if sections:
        last = sections[-1][1]
        cut = max((i + 1 for i, block in enumerate(last) if block.bullet), default=0)
        closing, sections[-1] = last[cut:], (sections[-1][0], last[:cut])
    elif intro and intro[-1].blanks >= 2:
        closing = [intro.pop()]
    return LetterHelper(
        title=title,
        intro=tuple(block.text for block in intro),
        sections=tuple(
            HelperSection(heading=heading, bullets=tuple(b.text for b in blocks))
            for heading, blocks in sections
        ),
        closing=" ".join(block.text for block in closing),
    )


# --- The packet email -------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class PacketEmail:
    subject: str
    body: str
    attachments: tuple[str, ...]


def taught_guess(journal: Journal, person: Person) -> str:
    """Something `person` taught, to thank them for: their most telling closed feedback loop,
    as `your advice, "…"`; "" when they have none."""
    loops = [f for f in journal.feedback if person.id and f.giver_id == person.id and f.closed]
    for loop in sorted(loops, key=lambda f: telling_key(f, loop_text(f), True), reverse=True):
        if point := spoken_reference(loop.point):
            return f'your advice, "{point}"'
    return ""


def _eras_lines(applicant: Applicant, letter_id: str, today: date) -> list[str]:
    aamc = one_line(applicant.aamc_id) or AAMC_ID_PLACEHOLDER
    lines = ["For ERAS:", f"- My AAMC ID: {aamc}"]
    if letter_id.strip():
        lines.append(f"- The Letter ID for your letter: {one_line(letter_id)}")
    lines.append(
        "- The AAMC will email you the Letter Request Form with a secure link to the Letter "
        "Writer Portal, where you can upload the letter with an AAMC account or as a guest."
    )
    lines.append(f"- {_dates_line(applicant.submission_target, today)}")
    return lines


def _dates_line(target: date | None, today: date) -> str:
    """When the letter is needed: the target and the soft deadline; once the soft deadline has
    passed, before the target; once the target has passed, whenever the writer can."""
    if target is None:
        return f"I plan to submit my application on {TARGET_PLACEHOLDER}."
    soft = soft_deadline(target)
    if today <= soft:
        return (
            f"I plan to submit my application on {long_date(target)}. If your letter could be "
            f"uploaded by {long_date(soft)}, I would have comfortable time to spare."
        )
    if today <= target:
        return (
            f"I plan to submit my application on {long_date(target)}; a letter uploaded before "
            "then would be wonderful."
        )
    return (
        "My application has gone out; programs see a letter as soon as it arrives, so whenever "
        "you can upload it is a help."
    )


def packet_email(
    *,
    applicant: Applicant,
    person: Person,
    rotation_dates: str | tuple[date, date],
    taught: str,
    attachments: Sequence[str],
    letter_id: str = "",
    today: date,
) -> PacketEmail:
    """The email that sends the packet after a yes (§7): thanks that name what they taught (a
    bracketed placeholder for the applicant to fill when `taught` is empty), the attachments,
    the ERAS identifiers, the submission target and the soft deadline, signed by the
    applicant. `rotation_dates` is text, or a (first, last) pair written as "4–31 May 2026"."""
    dates = date_range(*rotation_dates) if isinstance(rotation_dates, tuple) else rotation_dates
    dates = one_line(dates)
    name = one_line(applicant.name)
    subject = f"Thank you and LoR materials – {name}" + (f", {dates}" if dates else "")
    files = tuple(one_line(a) for a in attachments if a.strip())
    field = one_line(applicant.specialty)
    lines = [
        f"Dear {person.name},",
        "",
        "Thank you for agreeing to write a letter for my "
        + (f"{field} applications" if field else "residency applications")
        + ", and for all you taught me on the team. I am especially grateful for "
        + (one_line(taught) or TAUGHT_PLACEHOLDER)
        + "; I will take it with me into residency.",
    ]
    if files:
        lines += ["", "As promised, I have attached:", *(f"- {f}" for f in files)]
    lines += ["", *_eras_lines(applicant, letter_id, today)]
    lines += [
        "",
        "Thank you again for your time and your support. If anything else would help, I will "
        "gladly send it.",
        "",
        "Warm regards,",
        name,
    ]
    if applicant.email.strip():
        lines.append(one_line(applicant.email))
    return PacketEmail(subject=subject, body="\n".join(lines), attachments=files)
