"""The phrase specs and the Aho–Corasick automaton that matches them all in one pass
(core/letter_language/matcher.py), and the word lists as the analyzer reads them."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lorkit.core.letter_language import phrases, published
from lorkit.core.letter_language.analysis import rules
from lorkit.core.letter_language.matcher import (
    Match,
    PhraseAutomaton,
    expand,
    normal_word,
    outermost,
)
from lorkit.core.letter_language.wordlists import (
    AGENTIC,
    COMMUNAL,
    GRINDSTONE,
    STANDOUT,
    read_published,
)


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("without reservation", {("without", "reservation")}),
        ("{,very} strong", {("strong",), ("very", "strong")}),
        (
            "{my,the} {highest,strongest}",
            {("my", "highest"), ("my", "strongest"), ("the", "highest"), ("the", "strongest")},
        ),
        ("sub-intern", {("sub", "intern")}),
        ("Can’t", {("can't",)}),
    ],
    ids=["words", "optional", "alternatives", "hyphen", "curly apostrophe"],
)
def test_a_spec_expands_to_every_word_sequence_it_stands_for(
    spec: str, expected: set[tuple[str, ...]]
) -> None:
    assert set(expand(spec)) == expected


def test_a_number_in_a_spec_stands_for_digits_and_number_words() -> None:
    found = set(expand("top # %"))

    assert ("top", "#", "%") in found
    assert ("top", "five", "%") in found
    assert len(found) == 21


@pytest.mark.parametrize(
    ("word", "normal"),
    [("Okafor's", "okafor"), ("2027", "#"), ("Can’t", "can't"), ("ICU", "icu")],
)
def test_words_are_read_in_one_spelling(word: str, normal: str) -> None:
    assert normal_word(word) == normal


def test_every_spec_of_every_list_matches_something() -> None:
    lists = [
        *phrases.ENDORSEMENTS.values(),
        *phrases.COMPARISONS.values(),
        phrases.CONCERNS,
        phrases.HEDGES,
        phrases.FAINT_PRAISE,
        phrases.NEGATIONS,
        phrases.IRRELEVANCIES,
        phrases.UNFINISHED_IMPROVEMENT,
        phrases.END_POINTS,
        phrases.STORY_OPENERS,
        phrases.STORY_OUTCOMES,
        phrases.HANDS_ON,
        phrases.OBSERVING,
        phrases.CLOSE_CONTACT,
        phrases.LIMITED_CONTACT,
        *phrases.QUALITY_CUES.values(),
    ]
    empty = [spec for specs in lists for spec in specs if not list(expand(spec.lstrip("!")))]

    assert empty == []
    assert len(rules()[0]) > 300


def naive(phrases_: list[tuple[tuple[str, ...], int]], words: list[str]) -> set[Match]:
    """Every occurrence, found the slow way: each phrase tried at each position."""
    return {
        Match(start, start + len(phrase) - 1, label)
        for phrase, label in phrases_
        for start in range(len(words) - len(phrase) + 1)
        if tuple(words[start : start + len(phrase)]) == phrase
    }


vocabulary = st.sampled_from(["a", "b", "c", "d"])
phrase_lists = st.lists(st.lists(vocabulary, min_size=1, max_size=4).map(tuple), max_size=12)


@settings(max_examples=300, deadline=None)
@given(phrase_lists, st.lists(vocabulary, max_size=40))
def test_the_automaton_finds_exactly_what_a_search_at_every_position_finds(
    phrase_words: list[tuple[str, ...]], words: list[str]
) -> None:
    labelled = [(phrase, label) for label, phrase in enumerate(phrase_words)]

    found = PhraseAutomaton(labelled).scan(words)

    assert set(found) == naive(labelled, words)
    assert len(found) == len(set(found))


def test_a_match_inside_a_longer_one_is_dropped_and_an_overlapping_one_kept() -> None:
    inner, outer, overlapping = Match(2, 4, 0), Match(1, 4, 1), Match(4, 6, 2)

    assert outermost([inner, outer, overlapping]) == [outer, overlapping]
    assert outermost([Match(0, 1, 0), Match(0, 1, 1)]) == [Match(0, 1, 0), Match(0, 1, 1)]


@pytest.mark.parametrize(
    ("word_list", "inside", "outside"),
    [
        (GRINDSTONE, ["hardworking", "dependable", "diligently", "dedicated"], ["worked", "work"]),
        (STANDOUT, ["excellent", "outstanding", "strongest", "best"], ["interest", "chest"]),
        (AGENTIC, ["confident", "ambitious", "leadership", "led"], ["individual", "leads"]),
        (COMMUNAL, ["warm", "kindness", "supportive", "compassionate"], ["children", "sharp"]),
    ],
    ids=["grindstone", "standout", "agentic", "communal"],
)
def test_the_word_lists_as_read(word_list: object, inside: list[str], outside: list[str]) -> None:
    assert [word for word in inside if word not in word_list] == []  # type: ignore[operator]
    assert [word for word in outside if word in word_list] == []  # type: ignore[operator]


def test_a_published_stem_matches_its_word_and_longer_ones_only() -> None:
    word_list = read_published(["depend\\w*", "care"])

    assert "dependable" in word_list and "depend" in word_list
    assert "care" in word_list and "careful" not in word_list
    assert "independent" not in word_list


REFERENCE = Path(__file__).resolve().parents[3] / "shared" / "reference" / "letter-wordlists"


def reference_lines(name: str) -> list[str]:
    return (REFERENCE / name).read_text(encoding="utf-8").splitlines()


@pytest.mark.skipif(not REFERENCE.is_dir(), reason="shared/reference is not beside the checkout")
@pytest.mark.parametrize(
    ("copy", "file"),
    [
        (published.MALE_CODED_STEMS, "gender-bias_gender-bias/Malewords.wordlist"),
        (published.FEMALE_CODED_STEMS, "gender-bias_gender-bias/Femalewords.wordlist"),
        (published.GENDERED_WORDS, "gender-bias_gender-bias/genderedwords.wordlist"),
        (published.PERSONAL_LIFE_TERMS, "gender-bias_gender-bias/personal_life_terms.wordlist"),
        (published.MADERA_AGENTIC, "ajrichter7_gender-bias/agentic.wordlist"),
        (published.MADERA_COMMUNAL, "ajrichter7_gender-bias/communal.wordlist"),
    ],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_the_published_word_lists_are_copied_verbatim(copy: tuple[str, ...], file: str) -> None:
    assert list(copy) == [line for line in reference_lines(file) if line]


@pytest.mark.skipif(not REFERENCE.is_dir(), reason="shared/reference is not beside the checkout")
def test_schmaders_lists_are_the_published_ones_in_order() -> None:
    import json

    standard = json.loads((REFERENCE / "slowe_genderbias" / "standard.json").read_text())

    assert list(published.SCHMADER_GRINDSTONE) == standard["female"][:20]
    assert list(published.SCHMADER_STANDOUT) == standard["male"][:18]
