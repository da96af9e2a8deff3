"""Reading an attending's answer to "would you feel comfortable writing me a strong letter?"
(domain.md §7): a strong yes, a lukewarm yes, a polite no, or not yet an answer.

`classify_reply` finds the phrases that decide it (`Signal`s, with offsets into the reply as
given), sorts the answer by the rules of `_decide`, and names the next step with a short
reply the applicant can send. The one rule that outranks accuracy: a polite no is never read
as a strong yes; where the reply is unsure, so is the reading (`unclear`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from lorkit.core import defaults as d
from lorkit.core import reply_phrases as p


class ReplyLabel(StrEnum):
    STRONG_YES = "strong_yes"
    LUKEWARM = "lukewarm"
    POLITE_NO = "polite_no"
    UNCLEAR = "unclear"


REPLY_LABELS: dict[str, str] = {
    ReplyLabel.STRONG_YES.value: "Strong yes",
    ReplyLabel.LUKEWARM.value: "Lukewarm",
    ReplyLabel.POLITE_NO.value: "Polite no",
    ReplyLabel.UNCLEAR.value: "Unclear",
}


@dataclass(frozen=True, kw_only=True)
class Signal:
    """A phrase of the reply and what it says; `text == reply[start:end]`."""

    start: int
    end: int
    text: str
    meaning: str

    def as_dict(self) -> dict[str, object]:
        return {"text": self.text, "start": self.start, "end": self.end, "meaning": self.meaning}


@dataclass(frozen=True, kw_only=True)
class NextStep:
    """What to do now (`action`: send_packet, last_resort, thank_and_move_on, clarify), and a
    short reply to send."""

    action: str
    title: str
    text: str
    draft: str

    def as_dict(self) -> dict[str, object]:
        return {"action": self.action, "title": self.title, "text": self.text, "draft": self.draft}


@dataclass(frozen=True, kw_only=True)
class ReplyReading:
    label: ReplyLabel
    evidence: tuple[Signal, ...]
    reason: str
    next_step: NextStep

    def as_dict(self) -> dict[str, object]:
        return {
            "label": self.label.value,
            "label_text": REPLY_LABELS[self.label.value],
            "evidence": [signal.as_dict() for signal in self.evidence],
            "reason": self.reason,
            "next_step": self.next_step.as_dict(),
        }


# What each meaning does to the reading (see `_decide`).
HOLD_BACK = frozenset({"decline", "redirect", "faint_letter", "discourage"})
UNDERMINE = frozenset({"hedge", "but", "defer"})
POSITIVE = frozenset({"strong_yes", "strength", "praise", "willing"})
YES = frozenset({"strong_yes", "willing"})

# One character for one, so offsets into the normalized reply are offsets into the reply.
# Control characters (a NUL pasted from a PDF, an escape sequence) and zero-width spaces read
# as spaces, so they neither join nor split the words of a phrase.
_CONTROLS = [
    chr(c) for c in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0)]
]
_STRAIGHT = str.maketrans(
    {
        **dict.fromkeys("’‘‛ʼ´`′", "'"),
        **dict.fromkeys("“”„″", '"'),
        **dict.fromkeys("\u00a0\u2007\u2009\u202f\u200b\ufeff", " "),
        **dict.fromkeys(_CONTROLS, " "),
        **dict.fromkeys("‐‑‒–—―", "-"),
    }
)


def normalized(text: str) -> str:
    """`text` with curly quotes, odd spaces, control characters and dashes made plain, each
    character replaced by exactly one, so every offset still points at the same character."""
    return text.translate(_STRAIGHT)


@dataclass(frozen=True)
class _Table:
    pattern: re.Pattern[str]
    meaning: str
    opening: bool = False  # counts only where a clause opens


def _tables(*rows: tuple[list[str], str] | tuple[list[str], str, bool]) -> tuple[_Table, ...]:
    return tuple(_Table(p.compiled(row[0]), *row[1:]) for row in rows)


# Matched in this order; a later tier never claims text an earlier one holds (reply_phrases).
TIERS = (
    _tables(
        (p.IDIOM_ENTHUSIASM, "strong_yes"),
        (p.IDIOM_WILLING, "willing"),
        (p.DELAY, "delay"),
        (p.ACKNOWLEDGMENT, "acknowledgment"),
    ),
    _tables(
        (p.NEGATED_STRENGTH, "negation"),
        (p.DECLINE, "decline"),
        (p.OPENING_DECLINE, "decline", True),
        (p.REDIRECT, "redirect"),
        (p.OPENING_REDIRECT, "redirect", True),
        (p.FAINT_LETTER, "faint_letter"),
        (p.BRIEF_CONTACT, "brief_contact"),
        (p.DISCOURAGE, "discourage"),
        (p.HEDGE, "hedge"),
        (p.DEFER, "defer"),
    ),
    _tables(
        (p.ENTHUSIASM, "strong_yes"),
        (p.OPENING_ENTHUSIASM, "strong_yes", True),
        (p.STRENGTH, "strength"),
        (p.PRAISE, "praise"),
        (p.WILLING, "willing"),
        (p.OPENING_WILLING, "willing", True),
        (p.LOGISTICS, "logistics"),
    ),
)
_BUT = p.compiled(p.BUT)
_REGRET = p.compiled(p.REGRET)
_OPENING_ENTHUSIASM = p.compiled(p.OPENING_ENTHUSIASM)
_OPENING_NO = re.compile(r"no|nope|nah", re.IGNORECASE)
_INTERJECTION = p.compiled(p.OPENING_WILLING)


@dataclass(frozen=True)
class _Reply:
    """The reply as read: the original text, its normalized twin, its sentences (spans, in
    order) and which of them are questions back."""

    text: str
    plain: str
    sentences: tuple[tuple[int, int], ...]
    starts: tuple[int, ...]
    asking: frozenset[int]

    @classmethod
    def read(cls, text: str) -> _Reply:
        plain = normalized(text)
        sentences = _sentences(plain)
        asking = frozenset(i for i, span in enumerate(sentences) if _asks(plain, *span))
        return cls(text, plain, sentences, tuple(a for a, _ in sentences), asking)

    def sentence_index(self, at: int) -> int:
        return bisect_right(self.starts, at) - 1

    def sentence_of(self, at: int) -> tuple[int, int]:
        index = self.sentence_index(at)
        return self.sentences[index] if index >= 0 else (at, at)

    def signal(self, start: int, end: int, meaning: str) -> Signal:
        return Signal(start=start, end=end, text=self.text[start:end], meaning=meaning)


def _sentences(plain: str) -> tuple[tuple[int, int], ...]:
    """Each sentence's span, its closing punctuation included; together they cover the text,
    so every offset falls in exactly one."""
    spans, start = [], 0
    for found in p.SENTENCE_END.finditer(plain):
        spans.append((start, found.end()))
        start = found.end()
    spans.append((start, len(plain)))
    return tuple(spans)


def _asks(plain: str, first: int, last: int) -> bool:
    """A question that opens as one ("Would you like a strong letter?"): whatever it asks says
    neither yes nor no ("Sure, when is it due?" still says yes)."""
    sentence = plain[first:last]
    return sentence.rstrip().endswith("?") and p.QUESTION_OPENER.match(sentence) is not None


class _Taken:
    """The signals kept so far, which never overlap one another: kept sorted, so a new
    phrase finds its neighbours by bisection."""

    def __init__(self) -> None:
        self.signals: list[Signal] = []
        self.starts: list[int] = []
        self.ends: list[int] = []

    def add(self, signal: Signal) -> None:
        index = bisect_left(self.starts, signal.start)
        self.signals.insert(index, signal)
        self.starts.insert(index, signal.start)
        self.ends.insert(index, signal.end)

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect_left(self.starts, end) - 1
        return index >= 0 and self.ends[index] > start

    def last_end_before(self, at: int) -> int:
        index = bisect_right(self.ends, at) - 1
        return self.ends[index] if index >= 0 else 0


def classify_reply(text: str, *, writer_name: str = "") -> ReplyReading:
    """Sort a writer's answer into strong yes, lukewarm, polite no or unclear (§7), with the
    phrases that decided it and the next step; `writer_name` only greets them in the draft."""
    reply = _Reply.read(text)
    signals = _signals(reply)
    label, reason = _decide(reply, signals)
    return ReplyReading(
        label=label, evidence=signals, reason=reason, next_step=next_step(label, writer_name)
    )


def _signals(reply: _Reply) -> tuple[Signal, ...]:
    taken = _Taken()
    for tier in TIERS:
        found = [c for table in tier for c in _candidates(reply, table, taken)]
        for signal in sorted(found, key=lambda s: (s.start, s.start - s.end)):
            if not taken.overlaps(signal.start, signal.end):
                taken.add(signal)
    kept = _without_faint_beside_strength(reply, taken.signals)
    kept.extend(_buts(reply, taken))
    kept.extend(_questions(reply))
    return tuple(sorted(kept, key=lambda s: (s.start, s.end)))


def _candidates(reply: _Reply, table: _Table, taken: _Taken) -> Iterable[Signal]:
    """A table's matches: an opening phrase only where a clause opens; a positive phrase not
    inside a question back, and read as a negation after a negating word."""
    for found in table.pattern.finditer(reply.plain):
        start, end = found.span()
        if table.opening and not _opens_clause(reply, start):
            continue
        if table.meaning in POSITIVE:
            if reply.sentence_index(start) in reply.asking:
                continue
            negator = _negator_before(reply, start, taken)
            if negator is not None:
                yield reply.signal(negator, end, "negation")
                continue
        yield reply.signal(start, end, table.meaning)


def _clause_start(reply: _Reply, at: int) -> int:
    first, _ = reply.sentence_of(at)
    return max(first, at - d.REPLY_LOOKBACK_CHARACTERS)


def _opens_clause(reply: _Reply, at: int) -> bool:
    """Whether only punctuation or opening words ("oh", "well", "yes") come before `at` in its
    clause."""
    before = reply.plain[_clause_start(reply, at) : at].rstrip()
    if not before or before[-1] in ",:-(\"'":
        return True
    words = p.WORD.findall(before)
    return bool(words) and words[-1].lower() in p.OPENING_WORDS


def _negator_before(reply: _Reply, at: int, taken: _Taken) -> int | None:
    """Where a negating word stands among the few words before `at` in the same clause, not
    counting words another signal holds ("no problem, happy to" stays a yes)."""
    first = max(_clause_start(reply, at), taken.last_end_before(at))
    breaks = list(p.CLAUSE_BREAK.finditer(reply.plain, first, at))
    offset = breaks[-1].end() if breaks else first
    words = list(p.WORD.finditer(reply.plain, offset, at))[-d.REPLY_NEGATION_WINDOW_WORDS :]
    for word in words:
        if p.NEGATOR.fullmatch(word.group()):
            return word.start()
    return None


def _without_faint_beside_strength(reply: _Reply, taken: list[Signal]) -> list[Signal]:
    """ "A strong letter describing your work on the wards" is a strong letter: a faint-letter
    phrase counts only in a sentence that promises no strength."""
    strong = {reply.sentence_of(s.start) for s in taken if s.meaning in ("strength", "strong_yes")}
    return [
        s for s in taken if s.meaning != "faint_letter" or reply.sentence_of(s.start) not in strong
    ]


def _buts(reply: _Reply, taken: _Taken) -> Iterable[Signal]:
    """A "but" (or "though") that qualifies: one closing its clause ("..., though."), or one
    followed in its sentence by at least two words that are neither logistics ("but send me
    your CV") nor a turn back to yes ("busy, but happy to"). Regret ("unfortunately")
    qualifies even logistics: "Unfortunately, I'll be away" is no timetable."""
    positive = [s.start for s in taken.signals if s.meaning in POSITIVE]
    for pattern, logistics in ((_BUT, p.AFTER_BUT_LOGISTICS), (_REGRET, None)):
        for found in pattern.finditer(reply.plain):
            start, end = found.span()
            if taken.overlaps(start, end):
                continue
            if _CLOSING.match(reply.plain, end) or _qualifies(reply, end, positive, logistics):
                yield reply.signal(start, end, "but")


_CLOSING = re.compile(r"[ \t]*(?:[.;!]|$)")
_TWO_WORDS = re.compile(r"\W*[\w']+\W+[\w']+")


def _qualifies(
    reply: _Reply, at: int, positive: Sequence[int], logistics: re.Pattern[str] | None
) -> bool:
    _, last = reply.sentence_of(at - 1)
    rest = reply.plain[at : min(last, at + d.REPLY_LOOKBACK_CHARACTERS)].lstrip(" ,")
    if not _TWO_WORDS.match(rest) or (logistics is not None and logistics.match(rest)):
        return False
    index = bisect_left(positive, at)
    return index == len(positive) or positive[index] >= last


def _questions(reply: _Reply) -> Iterable[Signal]:
    for first, last in reply.sentences:
        sentence = reply.plain[first:last]
        if sentence.rstrip().endswith("?"):
            lead = len(sentence) - len(sentence.lstrip())
            trail = len(sentence) - len(sentence.rstrip())
            yield reply.signal(first + lead, last - trail, "question")


def _first(signals: Sequence[Signal], meanings: Iterable[str]) -> Signal | None:
    wanted = frozenset(meanings)
    return next((s for s in signals if s.meaning in wanted), None)


def _last(signals: Sequence[Signal], meanings: Iterable[str]) -> Signal | None:
    wanted = frozenset(meanings)
    return next((s for s in reversed(signals) if s.meaning in wanted), None)


def _commitment(reply: _Reply, signals: Sequence[Signal]) -> Signal | None:
    """The phrase that makes a yes strong: enthusiasm, or strength or praise beside a plain
    yes, said by the writer (not of a colleague: "Dr. Lee could write you a strong letter").
    A bare "Absolutely!" counts only in a reply about no one else ("Definitely, talk to Dr.
    Roy" sends you elsewhere)."""
    enthusiastic = _last(signals, ("strong_yes",))
    if enthusiastic is not None and not _bare_in_talk_of_others(reply, enthusiastic):
        return enthusiastic
    if _first(signals, ("willing",)) is None:
        return None
    strengths = (s for s in reversed(signals) if s.meaning in ("strength", "praise"))
    return next((s for s in strengths if _said_by_writer(reply, s)), None)


def _bare_in_talk_of_others(reply: _Reply, signal: Signal) -> bool:
    bare = _OPENING_ENTHUSIASM.fullmatch(reply.plain, signal.start, signal.end) is not None
    return bare and p.THIRD_PARTY.search(reply.plain) is not None


def _said_by_writer(reply: _Reply, signal: Signal) -> bool:
    first = _clause_start(reply, signal.start)
    return p.THIRD_PARTY.search(reply.plain, first, signal.start) is None


def quoted(signal: Signal) -> str:
    return f'"{" ".join(signal.text.split())}"'


def _decide(reply: _Reply, signals: Sequence[Signal]) -> tuple[ReplyLabel, str]:
    """The label and its reason, by these rules in order. An empty reply is unclear. A decline,
    a redirect, a faint letter or discouragement is a polite no, unless a yes follows it or a
    bare "no" sits beside a yes (the reply contradicts itself: unclear). Too little contact is
    a polite no, lukewarm when they still agree. A strong letter refused is a polite no,
    lukewarm beside a plain yes. A strong yes with a hedge, a deferral or a qualifying "but"
    is lukewarm, and without one a strong yes. A plain yes or a hedge alone is lukewarm, but a
    bare "sure" or "ok" before "let me think" is not yet a yes. Anything else (questions,
    deferrals, materials asked for, silence) is unclear."""
    if not reply.text.strip():
        return ReplyLabel.UNCLEAR, "The reply is empty: there is nothing to read yet."
    yes = _first(signals, YES)
    held = _last(signals, HOLD_BACK)
    if held is not None:
        return _held_back(signals, held)
    brief = _first(signals, ("brief_contact",))
    if brief is not None:
        return _brief(brief, yes)
    negation = _first(signals, ("negation",))
    if negation is not None:
        return _refused_strength(negation, yes)
    commitment = _commitment(reply, signals)
    if commitment is not None:
        return _committed(commitment, _first(signals, UNDERMINE))
    return _uncommitted(signals, yes)


def _held_back(signals: Sequence[Signal], held: Signal) -> tuple[ReplyLabel, str]:
    contradiction = _contradiction(signals)
    if contradiction is not None:
        no, yes = contradiction
        return ReplyLabel.UNCLEAR, (
            f"The reply says both no ({quoted(no)}) and yes ({quoted(yes)}): ask once more, "
            "plainly."
        )
    return ReplyLabel.POLITE_NO, f"{HELD_BACK_REASONS[held.meaning]} ({quoted(held)})."


def _contradiction(signals: Sequence[Signal]) -> tuple[Signal, Signal] | None:
    """A no and a yes that cancel out: a yes after the first refusal ("I'm not the right
    person... well, yes, I'll write"), or a bare "no" beside any yes ("Yes. No. Let me see")."""
    refusal, yes = _first(signals, HOLD_BACK), _first(signals, YES)
    if refusal is None or yes is None:
        return None
    later = next((s for s in signals if s.meaning in YES and s.start > refusal.start), None)
    if later is not None:
        return refusal, later
    bare = next(
        (s for s in signals if s.meaning == "decline" and _OPENING_NO.fullmatch(s.text)), None
    )
    return None if bare is None else (bare, yes)


HELD_BACK_REASONS = {
    "decline": "They declined, kindly",
    "redirect": "They pointed you to someone better placed to write",
    "faint_letter": "They offered a letter that would describe you rather than recommend you",
    "discourage": "They suggested their letter would not help you",
}


def _brief(brief: Signal, yes: Signal | None) -> tuple[ReplyLabel, str]:
    if yes is None:
        return ReplyLabel.POLITE_NO, (
            f"They say they saw too little of your work for a letter ({quoted(brief)})."
        )
    return ReplyLabel.LUKEWARM, (
        f"They would write ({quoted(yes)}) but say they saw little of your work "
        f"({quoted(brief)}): the letter is unlikely to be strong."
    )


def _refused_strength(negation: Signal, yes: Signal | None) -> tuple[ReplyLabel, str]:
    if yes is None:
        return ReplyLabel.POLITE_NO, (
            f"They said they could not write a strong letter ({quoted(negation)})."
        )
    return ReplyLabel.LUKEWARM, (
        f"They would write a letter ({quoted(yes)}), but not a strong one ({quoted(negation)})."
    )


def _committed(commitment: Signal, doubt: Signal | None) -> tuple[ReplyLabel, str]:
    if doubt is None:
        return ReplyLabel.STRONG_YES, (
            f"They agreed to a strong letter with nothing held back ({quoted(commitment)})."
        )
    return ReplyLabel.LUKEWARM, (
        f"They agreed ({quoted(commitment)}) but qualified it ({quoted(doubt)})."
    )


def _uncommitted(signals: Sequence[Signal], yes: Signal | None) -> tuple[ReplyLabel, str]:
    deferred = _first(signals, ("defer",))
    if yes is not None and not (deferred is not None and _only_interjections(signals)):
        return ReplyLabel.LUKEWARM, (
            f"They agreed to write ({quoted(yes)}) but said nothing of a strong letter."
        )
    hedge = _first(signals, ("hedge",))
    if hedge is not None:
        return ReplyLabel.LUKEWARM, f"They would write only a qualified letter ({quoted(hedge)})."
    pending = _first(signals, ("defer", "question", "logistics", "strength", "praise"))
    if pending is not None:
        return ReplyLabel.UNCLEAR, (
            f"They have not yet said whether they would write a strong letter ({quoted(pending)})."
        )
    return ReplyLabel.UNCLEAR, "Nothing in the reply says yes or no to a strong letter."


def _only_interjections(signals: Sequence[Signal]) -> bool:
    """Whether every yes is a bare "sure", "ok" or "yes", which may only acknowledge."""
    return all(_INTERJECTION.fullmatch(s.text) for s in signals if s.meaning in YES)


def next_step(label: ReplyLabel, writer_name: str = "") -> NextStep:
    """What to do after an answer (§7), with a short reply to send, greeting `writer_name`."""
    title, text, body = NEXT_STEPS[label]
    name = " ".join(writer_name.split())
    greeting = f"Dear {name}," if name else "Hello,"
    return NextStep(
        action=ACTIONS[label], title=title, text=text, draft=f"{greeting}\n\n{body}\n\nBest wishes,"
    )


ACTIONS = {
    ReplyLabel.STRONG_YES: "send_packet",
    ReplyLabel.LUKEWARM: "last_resort",
    ReplyLabel.POLITE_NO: "thank_and_move_on",
    ReplyLabel.UNCLEAR: "clarify",
}
NEXT_STEPS = {
    ReplyLabel.STRONG_YES: (
        "Send the packet",
        "Thank them and send the packet within a day: a thank-you naming something they "
        "taught you, your CV, your personal-statement draft, your ERAS details and dates, and "
        "the one-page letter helper.",
        "Thank you so much; it means a great deal that you would write a strong letter for "
        "me. Within the next day I will send my CV, a draft of my personal statement, the "
        "ERAS details with their dates, and a one-page summary of our weeks together, which "
        "you are free to use or ignore. If another format would suit you better, please tell "
        "me.",
    ),
    ReplyLabel.LUKEWARM: (
        "Keep it as a last resort",
        "A letter without strength can hurt more than it helps. Thank them warmly, keep this "
        "letter as a last resort, and ask someone who knows your work well.",
        "Thank you for being willing to help me. I am still putting my letters together, and "
        "I will let you know if I need to take you up on your kind offer.",
    ),
    ReplyLabel.POLITE_NO: (
        "Thank them and move on",
        "Read this as a polite no: thank them sincerely, do not ask again, and ask another writer.",
        "Thank you for letting me know, and for everything I learned on your service. I "
        "understand completely, and I hope to keep learning from you.",
    ),
    ReplyLabel.UNCLEAR: (
        "Ask once more, plainly",
        "The answer is not clear yet. Ask once more, in person if you can, so that the "
        "answer is a plain yes or no.",
        "Thank you for getting back to me. So that I ask the right people: would you feel "
        "comfortable writing a strong letter of recommendation for my residency "
        "applications? I would completely understand if not.",
    ),
}
