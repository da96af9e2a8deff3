"""The single-word lists, as the analyzer reads them: the published lists (published.py) turned
into exact words and stems, less the few words that mean something else in a clinical letter,
plus the lorkit team's additions where a published list misses how letters in medicine are
written. Each word of a letter is looked up once (`word_classes`), whatever the number of lists.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from lorkit.core.letter_language import published
from lorkit.core.letter_language.matcher import NUMBER, spaced
from lorkit.core.letter_language.phrases import (
    NEGATORS,
    PARTICULARS,
    STORY_WORDS,
    TRAIT_ADJECTIVES,
)

# The published regex syntax, read: "depend\w*" is the stem "depend"; Schmader's
# "\w{2,}est(\W|$)" is any superlative in -est.
STEM_MARK = "\\w*"
SUPERLATIVE_PATTERN = "\\w{2,}est(\\W|$)"
SUPERLATIVE_ENDING = "est"
SUPERLATIVE_MIN_LENGTH = 5  # two letters and -est, as the published pattern asks


@dataclass(frozen=True)
class WordList:
    """Words matched whole (`exact`) or by their beginning (`stems`), less `excluded`."""

    exact: frozenset[str]
    stems: frozenset[str]
    excluded: frozenset[str] = frozenset()
    superlatives: bool = False

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or word in self.excluded:
            return False
        if word in self.exact or self._superlative(word):
            return True
        return any(word[:end] in self.stems for end in range(1, len(word) + 1))

    def _superlative(self, word: str) -> bool:
        return (
            self.superlatives
            and len(word) >= SUPERLATIVE_MIN_LENGTH
            and word.endswith(SUPERLATIVE_ENDING)
        )


def read_published(
    entries: Iterable[str], *, stems: bool = False, excluded: Iterable[str] = ()
) -> WordList:
    """A published list as a WordList. With `stems`, every entry is a word beginning (the
    gender-bias project's lists); otherwise only entries ending in `\\w*` are. Hyphenated
    entries cannot match one word of a letter (hyphens split words) and are left out."""
    exact: set[str] = set()
    found_stems: set[str] = set()
    superlatives = False
    for raw in entries:
        entry = raw.strip()
        if entry == SUPERLATIVE_PATTERN:
            superlatives = True
            continue
        entry = entry.lower()
        if "-" in entry:
            continue
        if entry.endswith(STEM_MARK) or stems:
            found_stems.add(entry.removesuffix(STEM_MARK))
        else:
            exact.add(entry)
    return WordList(frozenset(exact), frozenset(found_stems), frozenset(excluded), superlatives)


def combined(*lists: WordList, add: Iterable[str] = ()) -> WordList:
    return WordList(
        exact=frozenset().union(*(w.exact for w in lists), add),
        stems=frozenset().union(*(w.stems for w in lists)),
        excluded=frozenset().union(*(w.excluded for w in lists)),
        superlatives=any(w.superlatives for w in lists),
    )


# Source: lorkit team. Words ending in -est that are not superlatives.
NOT_SUPERLATIVES: Final = frozenset(
    spaced(
        "interest interested interesting interests suggest suggested request requested honest "
        "modest "
        "earnest test tested rest nest west guest chest quest arrest forest harvest digest ingest "
        "invest protest contest attest manifest congest congested detest pest zest vest lest jest "
        "crest inquest conquest behest unrest bequest midwest priest tempest"
    )
)

# Source: lorkit team. What Schmader's stems catch that is not effort in a letter: "worked with
# her" is the writer's contact, not a grindstone word.
NOT_GRINDSTONE: Final = frozenset(
    spaced(
        "work works worked working workup workups workplace workflow workflows workload "
        "responsive response responses responded depending depends"
    )
)

# Source: lorkit team. Clinical senses of agentic stems (ECG leads, individual patients,
# objective findings) and "competent", which a letter uses as faint praise.
NOT_AGENTIC: Final = frozenset(
    spaced(
        "individual individuals individually individualized individualised objective objectives "
        "objectively principle principles competent competence competency competencies leads"
    )
)

# Source: the gender-bias project's README. The grindstone words it added to its feminine-coded
# list; they are counted as grindstone here (Schmader's list), not twice.
GRINDSTONE_ADDED_TO_FEMALE_CODED: Final = frozenset(
    spaced("careful conscientious dedicated diligent hardwork meticulous thorough")
)

# Source: lorkit team. Clinical and writer's-voice senses of communal stems (pediatric
# patients, "I feel", test sensitivity, "understanding of physiology").
NOT_COMMUNAL: Final = frozenset(
    spaced(
        "child children childhood sharp sharply feel feels feeling understand understanding "
        "understands understood sensitivity sensitivities response responses responded responding "
        "together depending depends"
    )
)

# Source: lorkit team, after the agentic and communal categories of Madera, Hebl & Martin
# (2009): the verbs and adjectives of clinical letters that the published lists miss.
# Source: lorkit team, in Schmader et al.'s (2007) grindstone category: the forms letters use
# that the published list, which has "dedicate" and "hardworking" only, misses.
GRINDSTONE_ADDITIONS: Final = frozenset(spaced("dedicated dedication tireless tirelessly"))

AGENTIC_ADDITIONS: Final = frozenset(
    spaced(
        "led initiated initiative spearheaded directed drove proactively assertive confidently "
        "independently decisively authoritative resourceful self-directed"
    )
)
COMMUNAL_ADDITIONS: Final = frozenset(
    spaced(
        "helpful sympathetic tactful nurturing compassionate gentle approachable personable caring"
    )
)

GRINDSTONE = combined(
    read_published(published.SCHMADER_GRINDSTONE, excluded=NOT_GRINDSTONE), add=GRINDSTONE_ADDITIONS
)
STANDOUT = read_published(published.SCHMADER_STANDOUT, excluded=NOT_SUPERLATIVES)
AGENTIC = combined(
    read_published(published.MADERA_AGENTIC),
    read_published(published.MALE_CODED_STEMS, stems=True, excluded=NOT_AGENTIC),
    add=AGENTIC_ADDITIONS,
)
COMMUNAL = combined(
    read_published(published.MADERA_COMMUNAL),
    read_published(
        (
            stem
            for stem in published.FEMALE_CODED_STEMS
            if stem not in GRINDSTONE_ADDED_TO_FEMALE_CODED
        ),
        stems=True,
        excluded=NOT_COMMUNAL,
    ),
    add=COMMUNAL_ADDITIONS,
)
GENDERED = read_published(published.GENDERED_WORDS)


class WordClass:
    """What one word of a letter is, as bits: a word can be several things at once. Plain
    ints, not an IntFlag: the analysis tests them for every word of every letter, and an
    enum's `&` costs ten times an int's."""

    GRINDSTONE: Final = 1
    STANDOUT: Final = 2
    AGENTIC: Final = 4
    COMMUNAL: Final = 8
    GENDERED: Final = 16
    TRAIT: Final = 32
    ACTION: Final = 64
    SITUATION: Final = 128
    CLINICAL: Final = 256
    NEGATOR: Final = 512
    NUMBER: Final = 1024
    TIME_UNIT: Final = 2048
    PARTICULAR: Final = 4096


_SETS: Final[tuple[tuple[int, frozenset[str]], ...]] = (
    (WordClass.TRAIT, frozenset(TRAIT_ADJECTIVES)),
    (WordClass.ACTION, frozenset(STORY_WORDS["action"])),
    (WordClass.SITUATION, frozenset(STORY_WORDS["situation"])),
    (WordClass.CLINICAL, frozenset(STORY_WORDS["clinical"])),
    (WordClass.PARTICULAR, frozenset(PARTICULARS)),
    (WordClass.NEGATOR, NEGATORS),
    (WordClass.NUMBER, frozenset({NUMBER})),
    (WordClass.TIME_UNIT, frozenset(spaced("day days week weeks month months"))),
)
_LISTS: Final[tuple[tuple[int, WordList], ...]] = (
    (WordClass.GRINDSTONE, GRINDSTONE),
    (WordClass.STANDOUT, STANDOUT),
    (WordClass.AGENTIC, AGENTIC),
    (WordClass.COMMUNAL, COMMUNAL),
    (WordClass.GENDERED, GENDERED),
)
# Letters share most of their words, so each word's classes are worked out once; the cache
# stops growing at this size so that a hostile text of made-up words cannot fill memory.
_CACHE_LIMIT: Final = 200_000
WORD_CLASS_CACHE: dict[str, int] = {}


def word_classes(word: str) -> int:
    """The WordClass bits of a normalised word (matcher.normal_word)."""
    found = WORD_CLASS_CACHE.get(word)
    if found is None:
        found = _classes(word)
        if len(WORD_CLASS_CACHE) < _CACHE_LIMIT:
            WORD_CLASS_CACHE[word] = found
    return found


def _classes(word: str) -> int:
    bits = 0
    for flag, words in _SETS:
        if word in words:
            bits |= flag
    for flag, word_list in _LISTS:
        if word in word_list:
            bits |= flag
    return bits
