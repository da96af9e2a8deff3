"""Words and phrases found in one pass: the letter is split into words once, and every phrase
list is matched by one Aho–Corasick automaton over words, built once when the module loads.

A regex per phrase would scan each letter once per phrase (hundreds of times); the automaton
reads each word once, whatever the number of phrases (benchmarks/bench_letter_language.py).

Phrase specs, the syntax of the data files:

- words separated by spaces, matched whole and without regard to case; hyphens and
  apostrophes split words as in the text ("sub-intern" is "sub intern");
- `{a,b c,}` is one of the alternatives, each of one or more words; an empty alternative
  makes the group optional ("{,very} strong");
- `#` is any number, written in digits or as a word from one to twenty;
- `@` is a capitalised word that no phrase uses, as names are ("recommend Dr. Osei highly").
"""

from __future__ import annotations

import itertools
import re
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple

# Letters and digits (any script; `\w` also takes "_", which letters do not use and which
# costs a third of the time to leave out), joined by inner apostrophes ("can't", "O'Neil"); a
# percent sign is a word of its own so that "top 5%" reads as top, #, %.
WORD = re.compile(r"\w+(?:['’]\w+)*|%")
NUMBER = "#"
NAME = "@"


def spaced(text: str) -> tuple[str, ...]:
    """The words of a space-separated list: how the data files write long word lists."""
    return tuple(text.split())


NUMBER_WORDS = spaced(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty"
)
NUMBER_VALUES = {word: value for value, word in enumerate(NUMBER_WORDS, start=1)}
_GROUP = re.compile(r"\{([^{}]*)\}")
_SPLIT_STEP = re.compile(r"\{[^{}]*\}|[^\s{}]+")


def normal_word(word: str) -> str:
    """A word as the lists spell it: lower case, straight apostrophe, no possessive "'s",
    digits as `#`."""
    word = word.lower().replace("’", "'")
    if word.isdigit():
        return NUMBER
    if word.endswith("'s"):
        return word[:-2]
    return word


def spec_words(text: str) -> tuple[str, ...]:
    """The words of a piece of a spec, `#` standing for any number."""
    words: list[str] = []
    for piece in text.split():
        if piece in (NUMBER, NAME):
            words.append(piece)
        else:
            words.extend(normal_word(match.group()) for match in WORD.finditer(piece))
    return tuple(words)


def expand(spec: str) -> Iterator[tuple[str, ...]]:
    """Every word sequence a phrase spec stands for (`#` stays `#`; the matcher reads numbers
    as `#`, and number words match `#` through `NUMBER_WORDS`)."""
    choices: list[list[tuple[str, ...]]] = []
    for step in _SPLIT_STEP.findall(spec):
        group = _GROUP.fullmatch(step)
        if group:
            choices.append([spec_words(option) for option in group.group(1).split(",")])
        else:
            choices.append([spec_words(step)])
    for parts in itertools.product(*choices):
        words = tuple(word for part in parts for word in part)
        if words:
            yield from _number_variants(words)


def _number_variants(words: tuple[str, ...]) -> Iterator[tuple[str, ...]]:
    """A `#` in a spec matches digits and the number words alike."""
    options = [(NUMBER, *NUMBER_WORDS) if word == NUMBER else (word,) for word in words]
    yield from itertools.product(*options)


class Match(NamedTuple):
    """Words `first` to `last` (inclusive, indexes into the letter's words) matched phrase
    `label`. A named tuple: a letter has dozens, made in the hot loop."""

    first: int
    last: int
    label: int

    @property
    def length(self) -> int:
        return self.last - self.first + 1


class PhraseAutomaton:
    """Aho–Corasick over words: `scan` reports every phrase occurrence, overlapping ones
    included, in one left-to-right pass."""

    def __init__(self, phrases: Iterable[tuple[Sequence[str], int]]) -> None:
        self.alphabet: set[str] = set()
        self._goto: list[dict[str, int]] = [{}]
        self._output: list[tuple[tuple[int, int], ...]] = [()]
        outputs: list[set[tuple[int, int]]] = [set()]
        for words, label in phrases:
            state = 0
            self.alphabet.update(words)
            for word in words:
                following = self._goto[state].get(word)
                if following is None:
                    following = len(self._goto)
                    self._goto[state][word] = following
                    self._goto.append({})
                    outputs.append(set())
                state = following
            outputs[state].add((len(words), label))
        self._fail = self._link(outputs)
        self._output = [tuple(sorted(found)) for found in outputs]

    def _link(self, outputs: list[set[tuple[int, int]]]) -> list[int]:
        """Failure links, breadth first; each state also reports what its fallback reports."""
        fail = [0] * len(self._goto)
        queue = deque(self._goto[0].values())
        while queue:
            state = queue.popleft()
            for word, following in self._goto[state].items():
                queue.append(following)
                fallback = fail[state]
                while fallback and word not in self._goto[fallback]:
                    fallback = fail[fallback]
                target = self._goto[fallback].get(word, 0)
                fail[following] = target if target != following else 0
                outputs[following] |= outputs[fail[following]]
        return fail

    @property
    def size(self) -> int:
        return len(self._goto)

    def scan(self, words: Sequence[str], names: Sequence[str] = ()) -> list[Match]:
        """Every phrase in `words`. With `names`, the words as written, a capitalised word
        outside the phrases' vocabulary also matches `@` where a phrase expects a name."""
        goto, fail, output, alphabet = self._goto, self._fail, self._output, self.alphabet
        root = goto[0]
        found: list[Match] = []
        state = 0
        for index, word in enumerate(words):
            if state == 0:
                state = root.get(word, 0)
            else:
                following = goto[state].get(word)
                if following is None and names and NAME in goto[state]:
                    written = names[index]
                    if written[:1].isupper() and word not in alphabet:
                        following = goto[state][NAME]
                while following is None and state:
                    state = fail[state]
                    following = goto[state].get(word)
                state = following or 0
            if state and output[state]:
                for length, label in output[state]:
                    found.append(Match(index - length + 1, index, label))
        return found


def leftmost_longest(matches: Iterable[Match]) -> list[Match]:
    """Overlapping matches resolved as a reader would: the earliest start wins, then the
    longest."""
    kept: list[Match] = []
    end = -1
    for match in sorted(matches, key=lambda m: (m.first, -m.length, m.label)):
        if match.first > end:
            kept.append(match)
            end = match.last
    return kept


def outermost(matches: Iterable[Match]) -> list[Match]:
    """Matches not inside a longer one ("not one of the best" hides "one of the best");
    matches that only overlap are both kept, since each says something ("pleased to recommend
    her highly")."""
    kept: list[Match] = []
    reach_first, reach_last = -1, -1  # the span reaching furthest right so far
    for match in sorted(matches, key=lambda m: (m.first, m.first - m.last, m.label)):
        inside = match.last <= reach_last and (reach_first, reach_last) != (match.first, match.last)
        if not inside:
            kept.append(match)
        if match.last > reach_last:
            reach_first, reach_last = match.first, match.last
    return kept
