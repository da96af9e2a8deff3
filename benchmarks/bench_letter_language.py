"""How fast the letter analyzer reads letters, against a plain one-regex-per-phrase baseline.

Builds 10,000 letters of about 400 words from the sentences of the labelled set (seeded, so
every run reads the same letters), then in one process on one core:

- the analyzer: the full analysis (`analyze_letter`: every list matched by one Aho–Corasick
  automaton over words, stories, contact, tier), then the same with the suggestions
  (`letter_advice`), as the page and the CLI run it;
- the baseline: only the matching, done the plain way, one compiled regex per phrase spec (its
  variants as one alternation) and per word or stem of every list the analyzer reads, each
  searched through the lower-cased letter (no IGNORECASE, so each keeps its fast literal
  prefix search).

Both are compiled before the clock starts; the analyzer's passes over all the letters are
repeated --repeat times and the best is kept, as timeit does, since a busy machine only ever
makes a pass slower. The baseline reads the first --baseline-letters of the same letters (1,000
by default: it reads about 15 a second, so all 10,000 take minutes). It prints letters per
second (wall clock and CPU time, which a busy machine affects less) and the ratio; the target
is 1,000 letters per second. Run:
    .venv/bin/python benchmarks/bench_letter_language.py [--letters 10000] [--words 400]
        [--baseline-letters N]
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from lorkit.core.letter_language import analyze_letter, letter_advice, phrases
from lorkit.core.letter_language.analysis import rules
from lorkit.core.letter_language.matcher import NAME, NUMBER, NUMBER_WORDS, expand
from lorkit.core.letter_language.wordlists import (
    AGENTIC,
    COMMUNAL,
    GENDERED,
    GRINDSTONE,
    STANDOUT,
    WordList,
)

SET = Path(__file__).resolve().parents[1] / "tests" / "core" / "letters_set"
TARGET = 1000
SEED = 20270101
SENTENCE = re.compile(r"(?<=[.!?])\s+")


def sentences() -> list[str]:
    found: list[str] = []
    for row in csv.DictReader((SET / "labels.csv").open(encoding="utf-8")):
        text = (SET / "letters" / row["file"]).read_text(encoding="utf-8")
        for paragraph in text.split("\n\n"):
            found.extend(s for s in SENTENCE.split(paragraph.strip()) if len(s.split()) > 3)
    return found


def letters(count: int, words: int) -> list[str]:
    """`count` letters of about `words` words: paragraphs of three to five sentences."""
    pool = sentences()
    chooser = random.Random(SEED)
    made = []
    for _ in range(count):
        paragraphs: list[str] = []
        total = 0
        while total < words:
            paragraph = chooser.sample(pool, chooser.randint(3, 5))
            paragraphs.append(" ".join(paragraph))
            total += sum(len(s.split()) for s in paragraph)
        made.append("Dear Program Director,\n\n" + "\n\n".join(paragraphs) + "\n\nSincerely,")
    return made


def word_pattern(word: str) -> str:
    if word == NUMBER:
        return r"(?:\d+|" + "|".join(NUMBER_WORDS) + ")"
    if word == NAME:
        return r"\w+"
    return re.escape(word).replace("'", "['’]")


def phrase_regex(spec: str) -> re.Pattern[str]:
    variants = sorted({r"[\s-]+".join(map(word_pattern, w)) for w in expand(spec.lstrip("!"))})
    return re.compile(r"\b(?:" + "|".join(variants) + r")\b")


def word_list_regexes(word_list: WordList) -> Iterable[re.Pattern[str]]:
    for word in sorted(word_list.exact):
        yield re.compile(rf"\b{re.escape(word)}\b")
    for stem in sorted(word_list.stems):
        yield re.compile(rf"\b{re.escape(stem)}\w*")
    if word_list.superlatives:
        yield re.compile(r"\b\w{2,}est\b")


def baseline_patterns() -> list[re.Pattern[str]]:
    """One regex per phrase spec and per word of every list the analyzer reads."""
    patterns = [phrase_regex(spec) for spec in _all_specs()]
    for word_list in (GRINDSTONE, STANDOUT, AGENTIC, COMMUNAL, GENDERED):
        patterns.extend(word_list_regexes(word_list))
    single_words = [
        *phrases.TRAIT_ADJECTIVES,
        *phrases.NEGATORS,
        *phrases.PARTICULARS,
        *(word for words in phrases.STORY_WORDS.values() for word in words),
    ]
    patterns.extend(re.compile(rf"\b{re.escape(w)}\b") for w in single_words)
    return patterns


def _all_specs() -> list[str]:
    lists = [
        *phrases.ENDORSEMENTS.values(),
        *phrases.COMPARISONS.values(),
        phrases.PERCENTILES,
        phrases.CONCERNS,
        phrases.HEDGES,
        phrases.FAINT_PRAISE,
        phrases.NEGATIONS,
        phrases.IRRELEVANCIES,
        phrases.GENDERED_PHRASES,
        phrases.UNFINISHED_IMPROVEMENT,
        phrases.LIMITED_CONTACT,
        phrases.STORY_OPENERS,
        phrases.STORY_OUTCOMES,
        phrases.TRAIT_PHRASES,
        phrases.HANDS_ON,
        phrases.OBSERVING,
        phrases.CLOSE_CONTACT,
        phrases.APPLICANT_ROLES,
        phrases.END_POINTS,
        *phrases.QUALITY_CUES.values(),
    ]
    return [spec for specs in lists for spec in specs]


def timed(work: Callable[[str], object], texts: list[str], repeat: int = 1) -> tuple[float, float]:
    """Letters per second, by the wall clock and by CPU time, of the best of `repeat` passes."""
    best_wall = best_cpu = float("inf")
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        for text in texts:
            work(text)
        best_wall = min(best_wall, time.perf_counter() - wall)
        best_cpu = min(best_cpu, time.process_time() - cpu)
    return len(texts) / best_wall, len(texts) / best_cpu


def with_advice(text: str) -> object:
    return letter_advice(analyze_letter(text))


def baseline(patterns: list[re.Pattern[str]]) -> Callable[[str], object]:
    def match_all(text: str) -> object:
        lowered = text.lower()
        return [match.span() for pattern in patterns for match in pattern.finditer(lowered)]

    return match_all


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=10_000)
    parser.add_argument("--words", type=int, default=400)
    parser.add_argument("--baseline-letters", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()

    texts = letters(options.letters, options.words)
    words = sum(len(t.split()) for t in texts) / len(texts)
    rules()  # the automaton is built once, on first use: not part of reading a letter
    analyze_letter(texts[0])
    patterns = baseline_patterns()
    print(f"{len(texts):,} letters of about {words:.0f} words each, one process")

    ours = timed(analyze_letter, texts, options.repeat)
    advised = timed(with_advice, texts, options.repeat)
    theirs = timed(baseline(patterns), texts[: options.baseline_letters])
    automaton_rules = len(rules()[0])
    print(
        f"analyzer (one automaton for {automaton_rules} phrase rules; full analysis): "
        f"{ours[0]:,.0f} letters/s wall, {ours[1]:,.0f} letters/s CPU"
    )
    print(
        f"analyzer with suggestions: {advised[0]:,.0f} letters/s wall, "
        f"{advised[1]:,.0f} letters/s CPU"
    )
    print(
        f"baseline ({len(patterns)} regexes, one per phrase or word; matching only; "
        f"the first {min(len(texts), options.baseline_letters):,} letters):"
        f" {theirs[0]:,.0f} letters/s wall, {theirs[1]:,.0f} letters/s CPU"
    )
    print(f"analyzer / baseline: {ours[1] / theirs[1]:.0f}x (CPU)")
    met = "met" if ours[1] >= TARGET else "NOT met"
    print(f"target {TARGET:,} letters/s on one core (CPU time): {met}")


if __name__ == "__main__":
    main()
