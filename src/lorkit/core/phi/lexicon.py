"""Word classes for the name recogniser, built once on first use so importing lorkit stays fast.

`fold` makes every lookup key: accents stripped and case folded, so "Nguyễn", "NGUYEN" and
"nguyen" meet the same entry.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import Enum
from functools import cache

from . import allow_words as aw

_SPECIAL_LETTERS = str.maketrans(
    {"ß": "ss", "ø": "o", "æ": "ae", "ł": "l", "đ": "d", "ı": "i", "ð": "d", "þ": "th", "’": "'"}
)


@cache
def fold(word: str) -> str:
    """`word` without accents, case-folded, with a typographic apostrophe made plain."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_SPECIAL_LETTERS))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return bare.casefold().translate(_SPECIAL_LETTERS)


class WordClass(Enum):
    STRONG_NAME = "strong"  # a name in the lists that is no English word
    WEAK_NAME = "weak"  # a name that is also an English word: a name only with a cue
    PLAIN = "plain"  # a function word, a clinical word, a drug: never a name on its own
    UNKNOWN = "unknown"  # not in any list: a name only with a cue


@dataclass(frozen=True)
class Lexicon:
    strong: frozenset[str]
    weak: frozenset[str]
    plain: frozenset[str]

    def classify(self, folded: str) -> WordClass:
        """The class of one folded word; a hyphenated word is a name if any part is one."""
        if folded in self.plain:
            return WordClass.PLAIN
        if folded in self.strong:
            return WordClass.STRONG_NAME
        if folded in self.weak:
            return WordClass.WEAK_NAME
        parts = [p for p in folded.split("-") if p]
        if len(parts) > 1:
            classes = {self.classify(p) for p in parts}
            for kind in (WordClass.STRONG_NAME, WordClass.WEAK_NAME, WordClass.UNKNOWN):
                if kind in classes:
                    return kind
            return WordClass.PLAIN
        stem = folded[:-2] if folded.endswith("'s") else folded
        if stem != folded:
            return self.classify(stem)
        if folded.endswith("s") and folded[:-1] in self.strong:
            return WordClass.STRONG_NAME  # a family by its surname: "the Hendersons"
        return WordClass.UNKNOWN


@cache
def lexicon() -> Lexicon:
    """The lists, loaded on first call (about 55,000 names)."""
    from . import name_data  # the big list: loaded only when a text is first checked

    plain = (
        aw.FUNCTION_WORDS
        | aw.CLINICAL_WORDS
        | aw.DRUG_WORDS
        | aw.STAFF_CUES
        | aw.RELATION_CUES
        | aw.PATIENT_CUES
        | aw.STAFF_TITLES
        | aw.PLACE_WORDS
        | (aw.LARGE_PLACES - aw.LARGE_PLACES_THAT_ARE_NAMES)
    )
    return Lexicon(
        strong=frozenset(name_data.STRONG.split()) - plain,
        weak=frozenset(name_data.WEAK.split()) - plain,
        plain=plain,
    )
