"""Suggestions for a draft, most important first, drawn from the applicant's own record when
there is one (core/letter_language/advice.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lorkit.core.letter_language import (
    Evidence,
    EvidenceKind,
    analyze_letter,
    letter_advice,
    letter_report,
)
from lorkit.core.vocabulary import LETTER_QUALITY_LABELS

WEAK = (
    "Dr. Li observed in my clinic. She is a pleasant young woman and was always on time. "
    "At times she was quiet. She showed improvement. I expect she will do well."
)
STRONG = (
    "Dr. Amara Okafor worked with me for four weeks as a sub-intern on our inpatient medicine "
    "service, one on one. She carried four patients and presented them on rounds.\n\n"
    "One night she noticed that a 71-year-old man admitted with pneumonia had a falling "
    "sodium; she rechecked the labs and called the senior resident, which prevented a seizure. "
    "The nurses told me she had closed the loop on every task without being reminded.\n\n"
    "For example, she met the daughter of a dying patient at the bedside and explained the "
    "plan; the daughter thanked our team by letter. She read about every patient.\n\n"
    "She is one of the best students I have supervised in twelve years, in the top 5% of the "
    "students I have taught, and she functioned above the level of a sub-intern. She has my "
    "highest recommendation, and I recommend her without reservation."
)
SODIUM = Evidence(
    EvidenceKind.STORY,
    "Noticed a falling sodium in a man with pneumonia and called the senior before sign-out",
    frozenset({"clinical_reasoning"}),
)
TALK = Evidence(
    EvidenceKind.STORY,
    "Gave a ten-minute teaching talk on insulin sliding scales to the nurses",
    frozenset({"knowledge", "team_fit"}),
)
SIGN_OUT = Evidence(
    EvidenceKind.FEEDBACK_LOOP,
    "My sign-outs were too long",
    outcome="Switched to I-PASS; the night intern asked me to sign out his patients too",
)


def kinds(text: str, **options: object) -> list[str]:
    return [s.kind for s in letter_advice(analyze_letter(text), **options)]  # type: ignore[arg-type]


def test_a_weak_draft_gets_the_verdict_the_comparison_and_a_story_before_the_wording() -> None:
    found = kinds(WEAK)

    assert found[:3] == ["state_recommendation", "show_with_story", "add_comparison"]
    assert {"remove_hedges", "finish_improvement", "remove_irrelevant", "cut_faint_praise"} <= set(
        found
    )


def test_a_warning_phrase_comes_first() -> None:
    found = kinds(STRONG + " With appropriate support she will succeed.")

    assert found[0] == "remove_concern"


def test_every_draft_gets_at_least_three_suggestions_in_order_of_priority() -> None:
    suggestions = letter_advice(analyze_letter(STRONG))

    assert len(suggestions) >= 3
    priorities = [s.priority for s in suggestions]
    assert priorities == sorted(priorities, reverse=True)


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gets_at_least_three_suggestions(text: str) -> None:
    assert len(letter_advice(analyze_letter(text))) >= 3


def test_stories_from_the_record_that_the_draft_does_not_use_are_offered() -> None:
    suggestions = letter_advice(analyze_letter(STRONG), evidence=[SODIUM, TALK, SIGN_OUT])

    offered = [s.quote for s in suggestions if s.kind in {"use_story", "use_feedback_loop"}]
    assert offered == [TALK.text, SIGN_OUT.text]  # the sodium story is already in the draft
    talk = next(s for s in suggestions if s.quote == TALK.text)
    assert "medical knowledge and team fit" in talk.text


def test_a_profile_strength_no_sentence_shows_is_named_with_a_story_that_shows_it() -> None:
    suggestions = letter_advice(
        analyze_letter(WEAK), evidence=[TALK], strengths=["knowledge", "no_such_quality"]
    )

    unsupported = [s for s in suggestions if s.kind == "unsupported_strength"]
    assert len(unsupported) == 1
    assert "medical knowledge" in unsupported[0].text
    assert unsupported[0].quote == TALK.text


def test_a_strength_named_but_shown_by_no_story_asks_for_one() -> None:
    suggestions = letter_advice(analyze_letter(STRONG), strengths=["knowledge"])

    named = [s.kind for s in suggestions if "Medical knowledge" in s.text]
    assert named == ["strength_without_story"]


@pytest.mark.parametrize("strength", sorted(LETTER_QUALITY_LABELS))
def test_every_profile_strength_can_be_advised_on(strength: str) -> None:
    suggestions = letter_advice(analyze_letter("Short."), strengths=[strength])

    label = LETTER_QUALITY_LABELS[strength].lower()
    assert any(label in s.text.lower() for s in suggestions)


def test_the_report_carries_the_analysis_and_the_suggestions() -> None:
    analysis = analyze_letter(WEAK)

    report = letter_report(analysis, letter_advice(analysis))

    assert report["tier"] == "neutral"
    assert isinstance(report["suggestions"], list) and len(report["suggestions"]) >= 3
    assert {"kind", "text"} <= report["suggestions"][0].keys()
