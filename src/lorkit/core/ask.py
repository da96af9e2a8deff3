"""The ask (domain.md §4, §6 and §7): the days to ask a writer for a strong letter, the moments
to remind them of, and the words to ask with, in person and by email.

The texts are drafts for the applicant to say in their own voice; they always ask for a
*strong* letter and always leave the writer a graceful way out, because a lukewarm letter
hurts more than a missing one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from lorkit.core import defaults as d
from lorkit.core.journal import Entry, Feedback, Journal, Person
from lorkit.core.readiness import CANNOT_SIGN, WriterReadiness, missing_for_letter, spoken_date
from lorkit.core.scripts import spoken_list
from lorkit.core.vocabulary import ROLE_LABELS, PersonRole, ReadinessStatus

ONE_DAY = timedelta(days=1)
ELLIPSIS = "…"
_WHITESPACE = re.compile(r"\s")
# Punctuation that would dangle before the ellipsis of a shortened text.
_DANGLING = ",;:–—-."

TellingKey = tuple[bool, bool, int, date, int]


# --- Words -----------------------------------------------------------------------------------


def one_line(text: str) -> str:
    """`text` with every run of whitespace (newlines included) made one space, and stripped."""
    return " ".join(text.split())


def shortened(text: str, limit: int) -> str:
    """`text` (stripped) when it has at most `limit` characters; otherwise its longest run of
    whole words that fits with "…" after it, dangling punctuation dropped. It never cuts inside
    a word: when even the first word is too long, the result is ""."""
    text = text.strip()
    if len(text) <= limit:
        return text
    room = limit - len(ELLIPSIS)
    # A cut at a whitespace character keeps whole words only; the last one that fits wins.
    cut = max((m.start() for m in _WHITESPACE.finditer(text, 0, room + 1)), default=0)
    kept = text[:cut].rstrip().rstrip(_DANGLING).rstrip()
    return kept + ELLIPSIS if kept else ""


def _lower_first(phrase: str) -> str:
    """The first letter lower-cased, unless the first word is "I", an abbreviation ("Dr.") or
    an acronym ("ICU"), which keep their capitals inside a sentence too."""
    first = phrase.split(" ", 1)[0]
    keep = (
        first == "I"
        or first.startswith(("I'", "I’"))
        or "." in first
        or any(letter.isupper() for letter in first[1:])
    )
    return phrase if keep or not phrase else phrase[0].lower() + phrase[1:]


def spoken_reference(text: str, limit: int = d.ASK_POINT_MAX_CHARS) -> str:
    """An entry's text as a phrase to say inside a sentence: on one line, its first letter
    lower-cased (see `_lower_first`), trailing full stops removed, and shortened to `limit`
    characters at a word boundary ("" when nothing fits)."""
    phrase = one_line(text).rstrip(". ").strip()
    return shortened(_lower_first(phrase), limit)


def fitted(sentences: Iterable[str], limit: int) -> str:
    """Whole sentences, in order, joined while they fit in `limit` characters (one that does
    not fit is passed over for the next). When not even one fits, the first is shortened at
    a word boundary; never cut inside a word, never over `limit`."""
    pieces = [piece for piece in map(one_line, sentences) if piece]
    kept: list[str] = []
    for piece in pieces:
        if len(" ".join([*kept, piece])) <= limit:
            kept.append(piece)
    if not kept and pieces:
        return shortened(pieces[0], limit)
    return " ".join(kept)


def sentence(text: str) -> str:
    """`text` on one line, ending with a full stop unless it already ends a sentence."""
    text = one_line(text)
    return text if not text or text[-1] in ".!?…" else f"{text}."


# --- How telling a piece of evidence is ------------------------------------------------------


def telling_key(entry: Entry, text: str, close: bool) -> TellingKey:
    """Sort key for evidence, most telling highest: `close` to the writer first (they saw it
    or gave it), then tagged with a key characteristic or letter quality, then more concrete
    (more words, up to CONCRETE_TEXT_WORDS: beyond it all are concrete enough), then the most
    recent, then the longest."""
    words = len(text.split())
    tagged = bool(entry.characteristics or entry.qualities)
    return (close, tagged, min(words, d.CONCRETE_TEXT_WORDS), entry.day, words)


def loop_text(feedback: Feedback) -> str:
    """What a feedback loop says: the point, and the outcome (or the change planned)."""
    return one_line(f"{feedback.point} {feedback.outcome or feedback.change_planned}")


# Irregular past tenses a story's first word often takes ("Ran the sign-out", "Led the family
# meeting"); a regular one ends in "ed".
PAST_TENSES = frozenset(
    {
        *("ran", "led", "took", "gave", "wrote", "caught", "made", "saw", "kept", "held"),
        *("told", "taught", "found", "got", "did", "spoke", "met", "brought", "built", "sat"),
        *("stood", "went", "came", "drew", "set", "put", "read", "fought", "won", "began"),
    }
)


def story_reference(text: str, limit: int = d.ASK_POINT_MAX_CHARS) -> str:
    """A story as a spoken reference: "the time I coordinated a discharge" when its text
    starts with a verb in the past tense (as journal stories usually do), else the text as
    `spoken_reference` gives it."""
    words = one_line(text).split(maxsplit=1)
    first = words[0].lower() if words else ""
    if first.isalpha() and (first.endswith("ed") or first in PAST_TENSES):
        phrase = spoken_reference(text, limit - len("the time I "))
        return f"the time I {phrase}" if phrase else ""
    return spoken_reference(text, limit)


def loop_reference(feedback: Feedback, limit: int = d.ASK_POINT_MAX_CHARS) -> str:
    """A closed loop as a spoken reference: `your feedback, "…", and what I changed`, the
    whole at most `limit` characters ("" when the point has nothing that fits)."""
    frame = 'your feedback, "{}", and what I changed'
    point = spoken_reference(feedback.point, limit - len(frame) + 2)
    return frame.format(point) if point else ""


def ask_points(journal: Journal, person: Person, limit: int = d.ASK_POINTS) -> tuple[str, ...]:
    """The `limit` most specific moments the journal holds with `person`, as short spoken
    references: stories they witnessed and feedback loops with them that are closed, most
    telling first (`telling_key`). A person without an id (not stored) has none."""
    if not person.id:
        return ()
    found: list[tuple[TellingKey, str]] = [
        (telling_key(story, story.text, True), story_reference(story.text))
        for story in journal.stories
        if person.id in story.witness_ids
    ]
    found += [
        (telling_key(loop, loop_text(loop), True), loop_reference(loop))
        for loop in journal.feedback
        if loop.giver_id == person.id and loop.closed
    ]
    found.sort(key=lambda pair: pair[0], reverse=True)
    return tuple(dict.fromkeys(text for _, text in found if text))[: max(0, limit)]


# --- When to ask ------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class AskWindow:
    """The days to ask a writer in person (`opens` to `closes`, both included), whether today
    is one of them, the next good day to ask, whether that ask is by email (the time together
    is over, or ends today), and all of it said in plain words."""

    opens: date | None
    closes: date | None
    inside: bool
    next_good_day: date | None
    text: str
    by_email: bool = False


def _window(last_start: date, last: date) -> tuple[date, date] | None:
    """The ask's days inside the last span of contact: 5 to 3 days before its last day, never
    before the span starts. A span too short for that offers its days but the last; a
    one-day span, none."""
    opens = max(last - timedelta(days=d.ASK_DAYS_BEFORE_LAST[0]), last_start)
    closes = last - timedelta(days=d.ASK_DAYS_BEFORE_LAST[1])
    if closes >= opens:
        return opens, closes
    return (last_start, last - ONE_DAY) if last > last_start else None


def ask_window(journal: Journal, person: Person, today: date) -> AskWindow:
    """When to ask `person`: in person 5 to 3 days before the last day of contact, after a
    good day, and never on the last day. Before the window the next good day is its first;
    inside it, today; between the window and the last day, today (late, but still in person);
    on the last day, the next day by email; after the time together, today by email. Without
    dates of contact there is no window, and the text says what to add."""
    name = person.name
    spans = journal.contact_periods(person)
    if not spans:
        text = (
            f"lorkit doesn't know when you work with {name}: add your days together, or link "
            "the rotation you share, and it will tell you the best days to ask."
        )
        return AskWindow(opens=None, closes=None, inside=False, next_good_day=None, text=text)
    last_start, last = spans[-1]
    window = _window(last_start, last)
    if today > last:
        return _by_email(window, f"Your time with {name} ended {spoken_date(last)}.", today)
    if window is None:
        lead = f"Your time with {name} is one day, {spoken_date(last)}: thank them in person then."
        return _by_email(None, lead, last + ONE_DAY)
    return _in_person(name, window, last, today)


def _by_email(window: tuple[date, date] | None, lead: str, day: date) -> AskWindow:
    opens, closes = window if window else (None, None)
    text = (
        f"{lead} Ask by email on {spoken_date(day)} whether they would feel comfortable "
        "writing you a strong letter."
    )
    return AskWindow(
        opens=opens, closes=closes, inside=False, next_good_day=day, text=text, by_email=True
    )


def _in_person(name: str, window: tuple[date, date], last: date, today: date) -> AskWindow:
    opens, closes = window
    days = (
        spoken_date(opens)
        if opens == closes
        else f"between {spoken_date(opens)} and {spoken_date(closes)}"
    )
    if today < opens:
        next_day, text = (
            opens,
            (
                f"Ask {name} in person {days}, in a calm moment after a good day of work. "
                f"Not on your last day, {spoken_date(last)}: that day is for thanks."
            ),
        )
    elif today <= closes:
        by = "" if today == closes else f" or by {spoken_date(closes)}"
        next_day, text = (
            today,
            (
                f"Now is the time: ask {name} in person today{by}, in a calm moment after a good "
                "stretch of work."
            ),
        )
    elif today < last:
        next_day, text = (
            today,
            (
                f"The best days to ask {name} ({days}) have passed, but you still work together: "
                f"ask in person today, in a calm moment, rather than on your last day, "
                f"{spoken_date(last)}."
            ),
        )
    else:
        lead = f"Today is your last day with {name}: thank them in person."
        return _by_email(window, lead, last + ONE_DAY)
    inside = opens <= today <= closes
    return AskWindow(opens=opens, closes=closes, inside=inside, next_good_day=next_day, text=text)


# --- What to say --------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class AskScript:
    """The ask in the applicant's words: what to say in person, the same ask as an email, and
    a caution ("" when none) that explains why this writer may not be ready."""

    in_person: str
    email_subject: str
    email: str
    caution: str


def ask_script(
    *,
    applicant_name: str,
    person: Person,
    readiness: WriterReadiness,
    window: AskWindow,
    points: Sequence[str],
    specialty: str,
) -> AskScript:
    """The ask for `person`, naming `points` (from `ask_points`): an explicit request for a
    strong letter for `specialty` ("residency" when empty) and a graceful way out. The
    caution says what is missing when they are not yet eligible or not yet ready, and that a
    resident or fellow cannot sign. The email thanks in the past tense once `window` says the
    ask is by email (the time together is over), in the present while it goes on."""
    field = specialty.strip()
    points = [point for point in points if point]
    return AskScript(
        in_person=_in_person_text(person.name, field, points),
        email_subject=(
            f"Would you write me a strong letter{' for ' + field if field else ''}? "
            f"– {applicant_name}"
        ),
        email=_email_text(applicant_name, person.name, field, points, window),
        caution=_caution(person, readiness),
    )


def _in_person_text(name: str, field: str, points: Sequence[str]) -> str:
    applying = f"applying to {field} residency" if field else "applying to residency"
    letter = f"a strong letter of recommendation for {field}" if field else "a strong letter"
    seen = f" You've seen my work up close: {_spoken_points(points)}." if points else ""
    return (
        f"{name}, do you have a few minutes? I've learned a great deal on your team. As you "
        f"may know, I'm {applying} this cycle.{seen} Would you feel comfortable writing me "
        f"{letter}? Please be honest with me: if you feel you haven't seen enough of my work "
        "to write a strong one, that's completely fine, and I'm grateful for everything "
        "you've taught me either way."
    )


def _spoken_points(points: Sequence[str]) -> str:
    """Points joined by semicolons ("a; b; and c"): they are phrases of any shape, and may
    hold commas and "and" themselves."""
    if len(points) < 2:
        return "".join(points)
    return "; ".join(points[:-1]) + "; and " + points[-1]


def _email_text(
    applicant_name: str, name: str, field: str, points: Sequence[str], window: AskWindow
) -> str:
    applying = f"applying to {field} residency" if field else "applying to residency"
    letter = f"a strong letter of recommendation for {field}" if field else "a strong letter"
    thanks = (
        "Thank you for having me on your team; I learned a great deal."
        if window.by_email
        else "Thank you for having me on your team; I am learning a great deal."
    )
    lines = [f"Dear {name},", "", thanks]
    lines += ["", f"I am {applying} this cycle, and a letter from you would mean a lot to me."]
    if points:
        lines += ["A few moments you may remember from our time together:"]
        lines += [f"- {point}" for point in points]
    lines += [
        "",
        f"Would you feel comfortable writing me {letter}? If you feel you don't know my work "
        "well enough for a strong one, please just tell me: I will understand completely, and "
        "I am thankful for your teaching either way.",
        "",
        "If you are willing, I will send my CV, a draft of my personal statement, a one-page "
        "summary of our work together and the ERAS details you will need.",
        "",
        "With thanks,",
        applicant_name,
    ]
    return "\n".join(lines)


def _caution(person: Person, readiness: WriterReadiness) -> str:
    name, status = person.name, readiness.status
    cannot_sign = person.role in CANNOT_SIGN
    missing = readiness.missing
    if cannot_sign:
        # Their list ends with "an attending to sign", which the sentence below already says.
        attending = replace(person, role=PersonRole.OTHER_ATTENDING)
        missing = missing_for_letter(attending, readiness.days_together, readiness.evidence)
    parts = []
    if status is ReadinessStatus.NOT_YET:
        parts.append(
            f"lorkit would not ask {name} yet; still to come: {spoken_list(missing)}. You can "
            "still ask, but without these the letter is likely to be short and generic."
        )
    elif status is ReadinessStatus.ELIGIBLE and missing:
        parts.append(
            f"{name} can be asked, but is not yet ready for a strong letter; still to come: "
            f"{spoken_list(missing)}. Asking now risks a lukewarm letter."
        )
    if cannot_sign:
        role = ROLE_LABELS[person.role].lower()
        parts.append(
            f"As a {role}, {name} cannot sign the official letter: ask them to tell your "
            "attending what they have seen of your work, and ask the attending for the letter."
        )
    return " ".join(parts)
