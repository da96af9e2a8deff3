"""How a letter reads to a program director: the phrases, the stories, the doubts, the contact
and the tier (core/letter_language/analysis.py, scoring.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lorkit.core.letter_language import FindingType, Tier, analyze_letter
from lorkit.core.letter_language.analysis import LetterAnalysis

STRONG_BODY = (
    "Dr. Amara Okafor worked with me for four weeks as a sub-intern on our inpatient medicine "
    "service. She carried four patients, wrote their notes and presented them on rounds.\n\n"
    "One night she noticed that a 71-year-old man admitted with pneumonia had a falling sodium. "
    "She rechecked the labs and called the senior resident, which prevented a seizure.\n\n"
    "She read about each of her patients every evening and came to rounds with questions. The "
    "nurses on our unit sought her out, and the residents trusted her with their sign-outs. In "
    "clinic she saw her own patients first and presented each of them to me with a plan.\n\n"
)


def found(analysis: LetterAnalysis, kind: FindingType) -> list[tuple[str, Tier | None]]:
    return [(f.text, f.tier) for f in analysis.findings if f.type is kind]


def texts(analysis: LetterAnalysis, kind: FindingType) -> list[str]:
    return [f.text.lower() for f in analysis.findings if f.type is kind]


@pytest.mark.parametrize(
    ("sentence", "phrase", "tier"),
    [
        ("I recommend her without reservation.", "without reservation", Tier.STRONG),
        ("She has my highest recommendation.", "my highest recommendation", Tier.VERY_STRONG),
        ("He would be a solid resident in any program.", "a solid resident", Tier.GOOD),
        ("I expect she will do well in residency.", "will do well", Tier.NEUTRAL),
        ("I would not hesitate to recommend him.", "would not hesitate to recommend", Tier.STRONG),
        (
            "I cannot recommend her highly enough.",
            "cannot recommend her highly enough",
            Tier.VERY_STRONG,
        ),
        ("I recommend Dr. Osei highly.", "recommend Dr. Osei highly", Tier.STRONG),
    ],
    ids=["without reservation", "highest", "solid", "do well", "not hesitate", "enough", "a name"],
)
def test_endorsements_are_read_at_their_tier(sentence: str, phrase: str, tier: Tier) -> None:
    analysis = analyze_letter(sentence)

    assert (phrase, tier) in found(analysis, FindingType.ENDORSEMENT)


@pytest.mark.parametrize(
    ("sentence", "phrase", "tier"),
    [
        ("She is one of the top students I have worked with.", "one of the top", Tier.VERY_STRONG),
        ("He is in the top 5% of students I have supervised.", "top 5% of", Tier.VERY_STRONG),
        ("She ranks in the top 20 percent of my students.", "top 20 percent of", Tier.STRONG),
        ("He was in the top 50% of the class.", "top 50% of", Tier.GOOD),
        ("She functioned at the level of an intern.", "at the level of an intern", Tier.STRONG),
        ("He needed less supervision than most.", "less supervision than", Tier.STRONG),
        ("She was comparable to her peers.", "comparable to her peers", Tier.NEUTRAL),
    ],
    ids=[
        "one of the top",
        "top 5%",
        "top 20%",
        "top 50%",
        "intern level",
        "less supervision",
        "par",
    ],
)
def test_comparisons_and_percentiles_are_read_at_their_tier(
    sentence: str, phrase: str, tier: Tier
) -> None:
    analysis = analyze_letter(sentence)

    assert (phrase, tier) in found(analysis, FindingType.COMPARISON)


def test_a_warning_phrase_makes_even_a_glowing_letter_concerning() -> None:
    letter = STRONG_BODY + (
        "She is one of the best students I have supervised. With appropriate support, she will "
        "succeed. She has my highest recommendation."
    )

    analysis = analyze_letter(letter)

    assert analysis.tier is Tier.CONCERNING
    assert ("With appropriate support", Tier.CONCERNING) in found(analysis, FindingType.CONCERN)
    assert "appropriate support" in analysis.reasons[0].text


def test_a_negated_recommendation_is_a_concern_and_a_negated_comparison_negative_wording() -> None:
    analysis = analyze_letter(
        "I cannot recommend him without reservation. She is not one of the best students."
    )

    assert "without reservation" in texts(analysis, FindingType.CONCERN)
    assert texts(analysis, FindingType.NEGATION) == ["one of the best students"]
    assert found(analysis, FindingType.COMPARISON) == []


def test_not_only_adds_rather_than_negates() -> None:
    analysis = analyze_letter("She is not only one of the best students, she is also kind.")

    assert ("one of the best", Tier.VERY_STRONG) in found(analysis, FindingType.COMPARISON)


def test_a_longer_phrase_hides_the_one_inside_it() -> None:
    analysis = analyze_letter("She was not the strongest student.")

    assert texts(analysis, FindingType.NEGATION) == ["not the strongest"]
    assert found(analysis, FindingType.COMPARISON) == []


@pytest.mark.parametrize(
    ("sentence", "kind", "phrase"),
    [
        ("At times his notes were late.", FindingType.HEDGE, "at times"),
        ("There were no complaints about her.", FindingType.NEGATION, "no complaints"),
        ("He was always punctual.", FindingType.FAINT_PRAISE, "punctual"),
        ("Her husband is a surgeon.", FindingType.IRRELEVANCY, "her husband"),
        ("She is a bright young woman.", FindingType.GENDERED, "young woman"),
        ("She only met me a few days.", FindingType.LIMITED_CONTACT, "a few days"),
        ("He showed improvement.", FindingType.IMPROVEMENT_WITHOUT_END, "showed improvement"),
    ],
    ids=[
        "hedge",
        "no complaints",
        "faint praise",
        "irrelevancy",
        "gendered",
        "brief",
        "improvement",
    ],
)
def test_doubt_raisers_are_found_by_kind(sentence: str, kind: FindingType, phrase: str) -> None:
    assert phrase in texts(analyze_letter(sentence), kind)


def test_improvement_that_says_where_it_ended_is_no_doubt() -> None:
    ended = analyze_letter("She showed improvement, and by the last week she led rounds.")
    open_ended = analyze_letter("She showed improvement. By the last week she led rounds.")

    assert texts(ended, FindingType.IMPROVEMENT_WITHOUT_END) == []
    assert texts(open_ended, FindingType.IMPROVEMENT_WITHOUT_END) == ["showed improvement"]


def test_a_specific_event_is_a_story_and_a_list_of_adjectives_is_not() -> None:
    analysis = analyze_letter(
        "He is hard-working, pleasant, reliable and punctual. "
        "One morning he noticed that a patient with sepsis had a rising lactate and called me, "
        "which led to an early transfer."
    )

    assert analysis.stories == 1
    assert texts(analysis, FindingType.ANECDOTE) == [
        "one morning he noticed that a patient with sepsis had a rising lactate and called me, "
        "which led to an early transfer."
    ]
    assert texts(analysis, FindingType.BARE_ADJECTIVES) == [
        "he is hard-working, pleasant, reliable and punctual."
    ]


def test_a_description_of_the_daily_role_is_not_a_story() -> None:
    analysis = analyze_letter("She saw patients, wrote notes and presented patients on rounds.")

    assert analysis.stories == 0


def test_a_new_paragraph_starts_a_new_story() -> None:
    analysis = analyze_letter(STRONG_BODY + "For example, she called the family of a dying man.")

    assert analysis.stories == 2


@pytest.mark.parametrize(
    ("text", "weeks", "mode", "closeness"),
    [
        ("She worked with me for four weeks as a sub-intern.", 4.0, "hands-on", "not stated"),
        (
            "He completed a two-week observership and shadowed me.",
            2.0,
            "observership",
            "not stated",
        ),
        ("I worked closely with her for 6 weeks, one on one.", 6.0, "not stated", "close"),
        ("I only met him a few days ago.", None, "not stated", "brief"),
        ("I have taught for 20 years.", None, "not stated", "not stated"),
    ],
    ids=["sub-intern", "observership", "close", "brief", "years are not contact"],
)
def test_the_contact_described(text: str, weeks: float | None, mode: str, closeness: str) -> None:
    contact = analyze_letter(text).contact

    assert (contact.weeks, contact.mode, contact.closeness) == (weeks, mode, closeness)


def test_the_applicant_role_is_named_as_the_letter_names_it() -> None:
    contact = analyze_letter("She rotated as a visiting student and acting intern.").contact

    assert contact.roles == ("visiting student", "acting intern")


def test_word_balance_counts_agentic_communal_grindstone_and_standout_words() -> None:
    analysis = analyze_letter(
        "She is confident, ambitious and assertive, and warm and kind. "
        "She is hardworking, dedicated and outstanding, the brightest student."
    )

    assert (analysis.agentic, analysis.communal) == (3, 2)
    assert (analysis.grindstone, analysis.standout) == (2, 2)


@pytest.mark.parametrize("word", ["interest", "chest", "worked", "leads", "children", "individual"])
def test_clinical_and_ordinary_senses_are_not_counted_as_bias_words(word: str) -> None:
    analysis = analyze_letter(f"The {word} was noted.")

    counted = {FindingType.GRINDSTONE, FindingType.STANDOUT, FindingType.AGENTIC}
    counted |= {FindingType.COMMUNAL}
    assert [f for f in analysis.findings if f.type in counted] == []


def test_the_profile_qualities_a_letter_shows_and_those_its_stories_show() -> None:
    analysis = analyze_letter(STRONG_BODY + "She is reliable and well respected by the nurses.")

    assert {"clinical_reasoning", "reliability", "team_fit"} <= analysis.qualities
    assert "clinical_reasoning" in analysis.qualities_in_stories
    assert "reliability" not in analysis.qualities_in_stories


@pytest.mark.parametrize(
    ("letter", "tier"),
    [
        (
            STRONG_BODY + "She is in the top 5% of students I have supervised in ten years. "
            "She has my highest recommendation.",
            Tier.VERY_STRONG,
        ),
        (STRONG_BODY + "I recommend her without reservation.", Tier.STRONG),
        (STRONG_BODY + "He would be a solid resident in any program.", Tier.GOOD),
        ("She was punctual. I expect she will do well in residency.", Tier.NEUTRAL),
        ("", Tier.NEUTRAL),
        ("I only met him briefly and do not know him well.", Tier.CONCERNING),
    ],
    ids=["very strong", "strong", "good", "neutral", "empty", "polite no"],
)
def test_the_tier(letter: str, tier: Tier) -> None:
    assert analyze_letter(letter).tier is tier


def test_every_tier_comes_with_reasons_whose_points_add_up_to_the_score() -> None:
    analysis = analyze_letter(STRONG_BODY + "I recommend her without reservation. At times quiet.")

    assert analysis.reasons
    assert sum(r.points for r in analysis.reasons) == pytest.approx(analysis.score)
    assert any("without reservation" in r.text for r in analysis.reasons)


def test_the_json_shape_has_the_stable_keys() -> None:
    report = analyze_letter(STRONG_BODY).as_dict()

    assert {"tier", "findings", "agentic", "communal", "words", "contact"} <= report.keys()
    assert all({"type", "start", "end", "text"} <= f.keys() for f in report["findings"])  # type: ignore[attr-defined]


letters = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400) | st.lists(
    st.sampled_from(
        [
            "I recommend her without reservation.",
            "Dr. Lee",
            "not",
            "one of the best",
            "top 5%",
            "four weeks",
            "\n\n",
            "She noticed a patient with sepsis.",
            "at times",
            "İstanbul",
            "’s",
            "e.g.",
            "!",
        ]
    ),
    max_size=30,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(letters)
def test_every_finding_points_at_its_own_text_in_order(text: str) -> None:
    analysis = analyze_letter(text)

    for finding in analysis.findings:
        assert 0 <= finding.start <= finding.end <= len(text)
        assert text[finding.start : finding.end] == finding.text
    starts = [f.start for f in analysis.findings]
    assert starts == sorted(starts)
    assert analysis.tier in Tier
