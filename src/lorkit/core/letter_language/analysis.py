"""Read a letter the way a program director does: what it recommends and how strongly, whom it
compares the applicant with, what it shows rather than claims, what raises doubt, what it says
about contact, and how its words lean (grindstone or standout, agentic or communal).

Every finding carries character offsets into the text as given (Python string indexes).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache, cached_property
from itertools import compress
from operator import attrgetter
from typing import Final

from lorkit.core.letter_language import phrases as p
from lorkit.core.letter_language.findings import DOUBT_TYPES, Finding, FindingType
from lorkit.core.letter_language.matcher import (
    NUMBER,
    NUMBER_VALUES,
    WORD,
    Match,
    PhraseAutomaton,
    expand,
    leftmost_longest,
    normal_word,
    outermost,
    spaced,
)
from lorkit.core.letter_language.scoring import Reason, Verdict, score_letter
from lorkit.core.letter_language.tiers import Tier
from lorkit.core.letter_language.weights import (
    BARE_ADJECTIVES_MAX_STORY_POINTS,
    BARE_ADJECTIVES_MIN_TRAITS,
    PERCENTILE_TIERS,
    STORY_CUE_CAP,
    STORY_CUE_POINTS,
    STORY_SENTENCE_POINTS,
)
from lorkit.core.letter_language.wordlists import WORD_CLASS_CACHE, WordClass, word_classes

# Findings the tier does not read one by one: word classes are counted, contact summarised.
WORD_LEVEL: Final = frozenset(
    {
        FindingType.GRINDSTONE,
        FindingType.STANDOUT,
        FindingType.AGENTIC,
        FindingType.COMMUNAL,
        FindingType.CONTACT,
    }
)
WORD_TYPES: Final = {
    WordClass.GRINDSTONE: FindingType.GRINDSTONE,
    WordClass.STANDOUT: FindingType.STANDOUT,
    WordClass.AGENTIC: FindingType.AGENTIC,
    WordClass.COMMUNAL: FindingType.COMMUNAL,
    WordClass.GENDERED: FindingType.GENDERED,
}


class Cue(StrEnum):
    """Phrases that are not verdicts themselves but tell the analysis about a sentence."""

    PERCENTILE = "percentile"
    OPENER = "opener"
    OUTCOME = "outcome"
    TRAIT = "trait"
    HANDS_ON = "hands_on"
    OBSERVING = "observing"
    CLOSE = "close"
    ROLE = "role"
    END_POINT = "end_point"
    QUALITY = "quality"


@dataclass(frozen=True, slots=True)
class Rule:
    kind: FindingType | Cue
    tier: Tier | None = None
    negatable: bool = True
    quality: str = ""


@dataclass(frozen=True)
class Contact:
    """The contact a letter describes: how long (weeks, the longest span it names), hands-on
    or observing, close or brief, and the applicant's role as named."""

    weeks: float | None = None
    mode: str = "not stated"  # "hands-on", "observership" or "not stated"
    closeness: str = "not stated"  # "close", "brief" or "not stated"
    roles: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, object]:
        return {
            "weeks": self.weeks,
            "mode": self.mode,
            "closeness": self.closeness,
            "roles": list(self.roles),
        }


@dataclass(frozen=True)
class LetterAnalysis:
    tier: Tier
    score: float
    reasons: tuple[Reason, ...]
    findings: tuple[Finding, ...]
    words: int
    stories: int
    agentic: int
    communal: int
    grindstone: int
    standout: int
    gendered: int
    contact: Contact
    # Letter qualities (vocabulary.LETTER_QUALITY_LABELS) some sentence shows, and those a
    # story shows.
    qualities: frozenset[str] = frozenset()
    qualities_in_stories: frozenset[str] = frozenset()
    # The letter's words, normalised: advice checks which of the applicant's stories it uses.
    words_read: tuple[str, ...] = field(default=(), repr=False)

    @cached_property
    def word_set(self) -> frozenset[str]:
        return frozenset(self.words_read)

    def of_type(self, *types: FindingType) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.type in types)

    @property
    def doubts(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.type in DOUBT_TYPES)

    def as_dict(self) -> dict[str, object]:
        return {
            "tier": self.tier.value,
            "score": round(self.score, 2),
            "reasons": [reason.text for reason in self.reasons],
            "words": self.words,
            "stories": self.stories,
            "agentic": self.agentic,
            "communal": self.communal,
            "grindstone": self.grindstone,
            "standout": self.standout,
            "gendered": self.gendered,
            "contact": self.contact.as_dict(),
            "findings": [finding.as_dict() for finding in self.findings],
        }


def rules() -> tuple[list[Rule], list[tuple[tuple[str, ...], int]]]:
    """Every phrase rule, and the word sequences each stands for (labelled by rule index)."""
    rules: list[Rule] = []
    phrases: list[tuple[tuple[str, ...], int]] = []

    def add(kind: FindingType | Cue, specs: Iterable[str], **options: object) -> None:
        for spec in specs:
            negatable = not spec.startswith("!")
            rules.append(Rule(kind, negatable=negatable, **options))  # type: ignore[arg-type]
            phrases.extend((words, len(rules) - 1) for words in expand(spec.lstrip("!")))

    for tier, specs in p.ENDORSEMENTS.items():
        add(FindingType.ENDORSEMENT, specs, tier=tier)
    for tier, specs in p.COMPARISONS.items():
        add(FindingType.COMPARISON, specs, tier=tier)
    add(Cue.PERCENTILE, p.PERCENTILES)
    add(FindingType.CONCERN, p.CONCERNS, tier=Tier.CONCERNING)
    add(FindingType.HEDGE, p.HEDGES)
    add(FindingType.FAINT_PRAISE, p.FAINT_PRAISE)
    add(FindingType.NEGATION, p.NEGATIONS)
    add(FindingType.IRRELEVANCY, p.IRRELEVANCIES)
    add(FindingType.GENDERED, p.GENDERED_PHRASES)
    add(FindingType.IMPROVEMENT_WITHOUT_END, p.UNFINISHED_IMPROVEMENT)
    add(FindingType.LIMITED_CONTACT, p.LIMITED_CONTACT)
    add(Cue.OPENER, p.STORY_OPENERS)
    add(Cue.OUTCOME, p.STORY_OUTCOMES)
    add(Cue.TRAIT, p.TRAIT_PHRASES)
    add(Cue.HANDS_ON, p.HANDS_ON)
    add(Cue.OBSERVING, p.OBSERVING)
    add(Cue.CLOSE, p.CLOSE_CONTACT)
    add(Cue.ROLE, p.APPLICANT_ROLES)
    add(Cue.END_POINT, p.END_POINTS)
    for quality, specs in p.QUALITY_CUES.items():
        add(Cue.QUALITY, specs, quality=quality)
    return rules, phrases


@cache
def matcher() -> tuple[list[Rule], PhraseAutomaton]:
    """The rules and their automaton, built on first use: the CLI's other commands and pages
    without a letter should not wait the tenth of a second it takes."""
    found, phrases = rules()
    return found, PhraseAutomaton(phrases)


# Verdict phrases compete for their words (the longest, earliest reading wins); the other
# kinds of phrase only inform, so they may overlap anything.
VERDICT_KINDS: Final = frozenset(FindingType) | {Cue.PERCENTILE}
PRAISE_KINDS: Final = frozenset({FindingType.ENDORSEMENT, FindingType.COMPARISON, Cue.PERCENTILE})

# A sentence ends at . ! or ? before white space (after any closing quotes or brackets), or
# at a blank line; a full stop after a title or an initial ("Dr.", "J.") does not end one.
SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s|$)|\n[ \t]*\n")
NOT_SENTENCE_ENDS: Final = frozenset(
    spaced("dr mr mrs ms prof st vs etc eg ie jr sr no approx dept univ fig mt ft")
)
# Durations ("four weeks", "4-week", "a month"), in weeks; longer than a year is not contact.
WEEKS_PER_UNIT: Final = {
    "day": 1 / 7,
    "days": 1 / 7,
    "week": 1.0,
    "weeks": 1.0,
    "month": 52 / 12,
    "months": 52 / 12,
}
ONE: Final = frozenset({"a", "an"})
MAX_CONTACT_WEEKS: Final = 52
TIME_UNITS: Final = frozenset({*WEEKS_PER_UNIT, "year", "years"})
STORY_KINDS: Final = (
    ("action", WordClass.ACTION),
    ("situation", WordClass.SITUATION),
    ("clinical", WordClass.CLINICAL),
)
DETERMINERS: Final = frozenset(spaced("a an the this that one his her their our"))
SPECIFIC_WORDS: Final = WordClass.CLINICAL | WordClass.PARTICULAR
MERGED_KINDS: Final = DOUBT_TYPES | {FindingType.CONCERN}
NOT_NEGATING: Final = frozenset({"only", "just"})  # "not only", "not just"
# Raw words seen before, normalised: letters share most of their words. Bounded like the
# word-class cache, against hostile text of made-up words.
_NORMAL_CACHE_LIMIT: Final = 200_000
_normal: dict[str, str] = {}


def analyze_letter(text: str) -> LetterAnalysis:
    """The analysis of one letter. Any text is accepted (an empty one is a concerning letter
    of no words); the interfaces refuse text too long to be a letter (`letter_text_problem`)."""
    found_rules, automaton = matcher()
    spans, raw, words = _split_words(text)
    sentences, paragraph_starts = _sentences(text)
    reading = _Reading(text, spans, words, sentences, paragraph_starts, found_rules)
    matches = automaton.scan(words, names=raw)
    verdicts, cues = _partition(matches, reading.sentence_of, found_rules)
    return reading.analysis(verdicts, cues)


def _split_words(text: str) -> tuple[list[tuple[int, int]], list[str], list[str]]:
    """Each word's span, its text, and its normal form (`normal_word`)."""
    found = list(WORD.finditer(text))
    raw = [match.group() for match in found]
    words = list(map(_normal.get, raw))
    if None in words:
        for index, word in enumerate(words):
            if word is None:
                words[index] = _remember(raw[index])
    return [match.span() for match in found], raw, words  # type: ignore[return-value]


def _remember(word: str) -> str:
    normal = normal_word(word)
    if len(_normal) < _NORMAL_CACHE_LIMIT:
        _normal[word] = normal
    return normal


def _sentences(text: str) -> tuple[list[tuple[int, int]], set[int]]:
    """Sentence spans (start, end; white space around them included), and the indexes of
    sentences that open a paragraph."""
    sentences: list[tuple[int, int]] = []
    paragraph_starts = {0}
    start = 0
    for match in SENTENCE_END.finditer(text):
        at = match.start()
        is_break = text[at] == "\n"
        if not is_break and _after_abbreviation(text, at):
            continue
        end = at if is_break else match.end()
        if not text[start:end].isspace() and start < end:
            sentences.append((start, end))
        if is_break:
            paragraph_starts.add(len(sentences))
        start = match.end()
    if start < len(text) and not text[start:].isspace():
        sentences.append((start, len(text)))
    return sentences, paragraph_starts


def _after_abbreviation(text: str, at: int) -> bool:
    """Whether the full stop at `at` follows a title, an initial or an abbreviation ("Dr.",
    "J.", "e.g.")."""
    word = text[text.rfind(" ", max(0, at - 12), at) + 1 : at].lstrip("(\"'“‘").lower()
    return len(word) == 1 or "." in word or word in NOT_SENTENCE_ENDS


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    piece = text[start:end]
    return start + len(piece) - len(piece.lstrip()), start + len(piece.rstrip())


_PLANS: dict[int, tuple[tuple[FindingType, ...], tuple[str, ...]]] = {}


def _plan(word_bits: int) -> tuple[tuple[FindingType, ...], tuple[str, ...]]:
    """What a word with these bits adds: word-class findings, and story cues (kept in
    `_PLANS`; there are a few dozen combinations of bits)."""
    kinds = tuple(kind for flag, kind in WORD_TYPES.items() if word_bits & flag)
    plan = kinds, tuple(name for name, flag in STORY_KINDS if word_bits & flag)
    _PLANS[word_bits] = plan
    return plan


def _word_bits(words: list[str]) -> list[int]:
    bits = list(map(WORD_CLASS_CACHE.get, words))
    if None in bits:
        for index, found in enumerate(bits):
            if found is None:
                bits[index] = word_classes(words[index])
    return bits  # type: ignore[return-value]


def _partition(
    matches: list[Match], sentence_of: Sequence[int], rules: list[Rule]
) -> tuple[list[Match], list[Match]]:
    """Verdict phrases within one sentence, less those inside a longer one; cues as found."""
    verdicts: list[Match] = []
    cues: list[Match] = []
    for match in matches:
        if sentence_of[match.first] != sentence_of[match.last]:
            continue
        (verdicts if rules[match.label].kind in VERDICT_KINDS else cues).append(match)
    kept = outermost(verdicts)
    negative = [m for m in kept if rules[m.label].kind not in PRAISE_KINDS]
    # Praise that shares words with a negative phrase is what the negative phrase is about
    # ("not the strongest" + "the strongest student").
    praise_kept = [
        m
        for m in kept
        if rules[m.label].kind not in PRAISE_KINDS
        or not any(n.first <= m.last and m.first <= n.last for n in negative)
    ]
    return praise_kept, cues


@dataclass
class _Sentence:
    """What one sentence holds, tallied word by word."""

    kinds: dict[str, int] = field(default_factory=dict)  # story cue kind -> count
    specific: bool = False  # names one patient or event, a number or a clinical detail
    traits: int = 0

    def add(self, kind: str, count: int = 1) -> None:
        self.kinds[kind] = self.kinds.get(kind, 0) + count

    @property
    def story_points(self) -> int:
        if not self.specific:
            return 0
        return sum(
            min(count, STORY_CUE_CAP) * STORY_CUE_POINTS[kind] for kind, count in self.kinds.items()
        )


class _Reading:
    """One letter being read: its words and sentences, and what has been found so far."""

    def __init__(
        self,
        text: str,
        spans: list[tuple[int, int]],
        words: list[str],
        sentences: list[tuple[int, int]],
        paragraph_starts: set[int],
        rules: list[Rule],
    ) -> None:
        self.text, self.spans, self.words, self.rules = text, spans, words, rules
        self.bits = _word_bits(words)
        self.sentences, self.paragraph_starts = sentences, paragraph_starts
        self.sentence_of = self._sentence_of()
        self.tallies = [_Sentence() for _ in sentences]
        self.findings: list[Finding] = []
        self.counts = dict.fromkeys(WORD_TYPES.values(), 0)
        self.weeks: float | None = None

    def _sentence_of(self) -> list[int]:
        """The sentence each word falls in (words between sentences join the next one)."""
        spans = self.spans
        found: list[int] = []
        first = 0
        for index, (_, end) in enumerate(self.sentences[:-1]):
            last = bisect_left(spans, (end,), first)  # the first word starting at or after end
            found.extend([index] * (last - first))
            first = last
        found.extend([max(len(self.sentences) - 1, 0)] * (len(spans) - first))
        return found

    def finding(self, kind: FindingType, first: int, last: int, tier: Tier | None = None) -> None:
        start, end = self.spans[first][0], self.spans[last][1]
        self.findings.append(Finding(kind, start, end, self.text[start:end], tier))

    def analysis(self, verdicts: list[Match], cues: list[Match]) -> LetterAnalysis:
        self._tally_words()
        cue_sentences = self._tally_cues(cues)
        self._verdicts(verdicts, cue_sentences[Cue.END_POINT])
        story_sentences, stories = self._stories(cue_sentences[Cue.OPENER])
        contact = self._contact(cues)
        qualities, in_stories = self._qualities(cues, story_sentences)
        findings = tuple(sorted(self.findings, key=attrgetter("start")))
        verdict = Verdict(
            findings=[f for f in findings if f.type not in WORD_LEVEL],
            words=len(self.words),
            stories=stories,
            contact_weeks=contact.weeks,
            contact_mode=contact.mode,
            contact_closeness=contact.closeness,
        )
        tier, score, reasons = score_letter(verdict)
        return LetterAnalysis(
            tier=tier,
            score=score,
            reasons=reasons,
            findings=findings,
            words=len(self.words),
            stories=stories,
            agentic=self.counts[FindingType.AGENTIC],
            communal=self.counts[FindingType.COMMUNAL],
            grindstone=self.counts[FindingType.GRINDSTONE],
            standout=self.counts[FindingType.STANDOUT],
            gendered=sum(1 for f in findings if f.type is FindingType.GENDERED),
            contact=contact,
            qualities=qualities,
            qualities_in_stories=in_stories,
            words_read=tuple(self.words),
        )

    def _tally_words(self) -> None:
        """One pass over the words that belong to some list: word-class findings and counts,
        each sentence's story cues and trait words, and the durations of contact."""
        text, spans, words, findings = self.text, self.spans, self.words, self.findings
        sentence_of, tallies, counts, bits = self.sentence_of, self.tallies, self.counts, self.bits
        plans = _PLANS
        for index in compress(range(len(bits)), bits):
            word_bits = bits[index]
            plan = plans.get(word_bits) or _plan(word_bits)
            kinds, story_kinds = plan
            tally = tallies[sentence_of[index]]
            if kinds:
                start, end = spans[index]
                for kind in kinds:
                    counts[kind] += 1
                    findings.append(Finding(kind, start, end, text[start:end]))
            if story_kinds:
                found = tally.kinds
                for name in story_kinds:
                    found[name] = found.get(name, 0) + 1
            if word_bits & WordClass.TRAIT:
                tally.traits += 1
            if word_bits & WordClass.TIME_UNIT and index:
                self._duration(index)
            if word_bits & WordClass.NUMBER:
                if index + 1 == len(words) or words[index + 1] not in TIME_UNITS:
                    tally.add("number")
                    tally.specific = True
            elif word_bits & SPECIFIC_WORDS and (
                word_bits & WordClass.CLINICAL or self._particular(index, word_bits)
            ):
                tally.specific = True

    def _particular(self, index: int, word_bits: int) -> bool:
        """One patient or event, not the daily round: "the family", not "patients"."""
        return bool(
            word_bits & WordClass.PARTICULAR and index and self.words[index - 1] in DETERMINERS
        )

    def _duration(self, unit: int) -> None:
        """A span of contact ending at the unit word `unit` ("four weeks", "4-week", "a
        month"); the longest the letter names is its contact."""
        amount = self.words[unit - 1]
        if amount == NUMBER:
            count = int(self.text[slice(*self.spans[unit - 1])])
        elif amount in NUMBER_VALUES or amount in ONE:
            count = NUMBER_VALUES.get(amount, 1)
        else:
            return
        weeks = count * WEEKS_PER_UNIT[self.words[unit]]
        if weeks <= MAX_CONTACT_WEEKS:
            self.weeks = weeks if self.weeks is None else max(self.weeks, weeks)
            self.finding(FindingType.CONTACT, unit - 1, unit)

    def _tally_cues(self, cues: list[Match]) -> dict[Cue, dict[int, int]]:
        """For each kind of cue, how many times it occurs in each sentence; story openers and
        outcomes count toward the sentence's story."""
        found: dict[Cue, dict[int, int]] = {cue: {} for cue in Cue}
        for match in cues:
            kind = self.rules[match.label].kind
            assert isinstance(kind, Cue)
            sentence = self.sentence_of[match.first]
            per_sentence = found[kind]
            per_sentence[sentence] = per_sentence.get(sentence, 0) + 1
            tally = self.tallies[sentence]
            if kind is Cue.OPENER or kind is Cue.OUTCOME:
                tally.add(kind.value)
                tally.specific = True
            elif kind is Cue.TRAIT:
                tally.traits += 1
        return found

    def _verdicts(self, verdicts: list[Match], end_points: dict[int, int]) -> None:
        """Verdict findings; two warnings or doubts of one kind that share words become one
        ("some concerns" and "concerns about")."""
        last: int | None = None  # the index in self.findings of the last verdict
        for match in verdicts:
            rule = self.rules[match.label]
            kind, tier = rule.kind, rule.tier
            if kind is Cue.PERCENTILE:
                kind, tier = FindingType.COMPARISON, self._percentile_tier(match)
            assert isinstance(kind, FindingType)
            if rule.negatable and self._negated(match):
                kind, tier = _negated(kind, tier)
            if kind is FindingType.IMPROVEMENT_WITHOUT_END and end_points.get(
                self.sentence_of[match.first]
            ):
                continue  # the sentence says where the improvement ended: a growth story
            previous = self.findings[last] if last is not None else None
            if (
                previous is not None
                and kind in MERGED_KINDS
                and (previous.type, previous.tier) == (kind, tier)
                and self.spans[match.first][0] < previous.end
            ):
                self.findings[last] = self._joined(previous, match.last)  # type: ignore[index]
                continue
            self.finding(kind, match.first, match.last, tier)
            last = len(self.findings) - 1

    def _joined(self, finding: Finding, last: int) -> Finding:
        end = max(finding.end, self.spans[last][1])
        return finding._replace(end=end, text=self.text[finding.start : end])

    def _percentile_tier(self, match: Match) -> Tier:
        number = self.text[slice(*self.spans[match.first + 1])].lower()
        value = int(number) if number.isdigit() else NUMBER_VALUES.get(number, 100)
        return next((tier for most, tier in PERCENTILE_TIERS if value <= most), Tier.NEUTRAL)

    def _negated(self, match: Match) -> bool:
        """A negator in the few words before the phrase, in its sentence ("not one of the
        best"); "not only" and "not just" add rather than negate."""
        sentence = self.sentence_of[match.first]
        for index in range(max(0, match.first - p.NEGATION_REACH), match.first):
            if self.sentence_of[index] != sentence or not self.bits[index] & WordClass.NEGATOR:
                continue
            if index + 1 < len(self.words) and self.words[index + 1] in NOT_NEGATING:
                continue
            return True
        return False

    def _stories(self, openers: dict[int, int]) -> tuple[set[int], int]:
        """Story sentences (their cues reach STORY_SENTENCE_POINTS) and sentences of bare
        adjectives, as findings, and the number of stories: a run of story sentences is one
        story, and a new paragraph or a new opener starts another."""
        story_sentences: set[int] = set()
        stories = 0
        for index, (start, end) in enumerate(self.sentences):
            tally = self.tallies[index]
            points = tally.story_points
            if points >= STORY_SENTENCE_POINTS:
                stories += (
                    index - 1 not in story_sentences
                    or index in self.paragraph_starts
                    or bool(openers.get(index))
                )
                story_sentences.add(index)
                kind = FindingType.ANECDOTE
            elif (
                tally.traits >= BARE_ADJECTIVES_MIN_TRAITS
                and points <= BARE_ADJECTIVES_MAX_STORY_POINTS
            ):
                kind = FindingType.BARE_ADJECTIVES
            else:
                continue
            start, end = _trimmed(self.text, start, end)
            self.findings.append(Finding(kind, start, end, self.text[start:end]))
        return story_sentences, stories

    def _contact(self, cues: list[Match]) -> Contact:
        kinds = {Cue.HANDS_ON: 0, Cue.OBSERVING: 0, Cue.CLOSE: 0}
        for match in leftmost_longest(m for m in cues if self.rules[m.label].kind in kinds):
            kinds[self.rules[match.label].kind] += 1  # type: ignore[index]
            self.finding(FindingType.CONTACT, match.first, match.last)
        role_cues = leftmost_longest(m for m in cues if self.rules[m.label].kind is Cue.ROLE)
        roles = (" ".join(self.words[m.first : m.last + 1]) for m in role_cues)
        brief = any(f.type is FindingType.LIMITED_CONTACT for f in self.findings)
        return Contact(
            weeks=None if self.weeks is None else round(self.weeks, 1),
            mode=_mode(kinds[Cue.HANDS_ON], kinds[Cue.OBSERVING]),
            closeness="brief" if brief else "close" if kinds[Cue.CLOSE] else "not stated",
            roles=tuple(dict.fromkeys(roles)),
        )

    def _qualities(
        self, cues: list[Match], story_sentences: set[int]
    ) -> tuple[frozenset[str], frozenset[str]]:
        shown: set[str] = set()
        in_stories: set[str] = set()
        for match in cues:
            rule = self.rules[match.label]
            if rule.kind is Cue.QUALITY:
                shown.add(rule.quality)
                if self.sentence_of[match.first] in story_sentences:
                    in_stories.add(rule.quality)
        return frozenset(shown), frozenset(in_stories)


def _negated(kind: FindingType, tier: Tier | None) -> tuple[FindingType, Tier | None]:
    """How a negated phrase reads: a negated recommendation is a concern ("cannot recommend");
    a negated comparison or concern is negative language ("not the strongest", "never
    needed reminders")."""
    if kind is FindingType.ENDORSEMENT:
        return FindingType.CONCERN, Tier.CONCERNING
    if kind in (FindingType.COMPARISON, FindingType.CONCERN):
        return FindingType.NEGATION, None
    return kind, tier


def _mode(hands_on: int, observing: int) -> str:
    if observing > hands_on:
        return "observership"
    if hands_on:
        return "hands-on"
    return "not stated"
