"""Milestone titles and scripts, and `fill`, the one way lorkit writes texts with placeholders."""

from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lorkit.core.scripts import (
    ALWAYS_PRESENT,
    KIND_ADVICE,
    PLAN_VALUE_NAMES,
    SCRIPTS,
    TITLES,
    PlanContext,
    Text,
    check_text,
    fill,
    milestone_script,
    milestone_title,
    spoken_list,
)
from lorkit.core.vocabulary import LETTER_QUALITY_LABELS, MilestoneKind, RotationKind

FOLLOWUP = MilestoneKind.FEEDBACK_FOLLOWUP
PLAN_KEYS = [
    *((kind, kind.value) for kind in MilestoneKind),
    (FOLLOWUP, "feedback_followup:first_feedback"),
    (FOLLOWUP, "feedback_followup:mid_feedback"),
]
FULL = PlanContext(
    applicant_name="Ana Silva",
    specialty="Internal Medicine",
    season_year=2028,
    attending_name="Dr. Okafor",
    strengths=("work_ethic", "team_fit", "knowledge"),
)

BLANK = PlanContext()


@dataclass(frozen=True)
class Milestone:
    title: str
    script: tuple[str, ...]


def by_key(
    context: PlanContext = BLANK, rotation_kind: RotationKind = RotationKind.HANDS_ON
) -> dict[str, Milestone]:
    return {
        key: Milestone(
            milestone_title(kind, key, context),
            milestone_script(kind, key, rotation_kind, context),
        )
        for kind, key in PLAN_KEYS
    }


def all_lines(plan: dict[str, Milestone]) -> list[str]:
    return [line for m in plan.values() for line in (m.title, *m.script)]


# The mechanism


@pytest.mark.parametrize(
    ("text", "values", "expected"),
    [
        ("Thank {attending} in person", {"attending": "Dr. Lee"}, "Thank Dr. Lee in person"),
        ("{a} and {a}, then {b}", {"a": "x", "b": "y"}, "x and x, then y"),
        ("No placeholder", {}, "No placeholder"),
        ("Literal {{braces}}", {}, "Literal {braces}"),
    ],
)
def test_placeholders_are_replaced_by_their_values(text, values, expected):
    assert fill(text, values) == expected


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (
            {"specialty": "Pediatrics", "cycle": "this cycle"},
            "Applying in Pediatrics in this cycle",
        ),
        ({"specialty": "", "cycle": "this cycle"}, "Applying to residency in this cycle"),
        ({"specialty": "", "cycle": ""}, "Applying to residency"),
        ({"specialty": "Pediatrics", "cycle": ""}, "Applying to residency"),
    ],
)
def test_the_first_variant_whose_values_are_all_known_is_used(values, expected):
    text = (
        "Applying in {specialty} in {cycle}",
        "Applying to residency in {cycle}",
        "Applying to residency",
    )
    assert fill(text, values) == expected


def test_an_empty_value_means_unknown():
    assert fill(("Hello {name}", "Hello"), {"name": ""}) == "Hello"


def test_an_unknown_placeholder_is_an_error():
    with pytest.raises(ValueError, match=r"unknown placeholder.*'speciality'.*Tell"):
        fill("Tell {attending} about {speciality}", {"attending": "Dr. Lee", "specialty": "x"})


def test_an_unknown_placeholder_is_an_error_even_in_a_variant_not_chosen():
    with pytest.raises(ValueError, match="'atending'"):
        fill(("Hello {name}", "Hello {atending}"), {"name": "Ana"})


@pytest.mark.parametrize(
    "text",
    [
        "Ask {attending.name}",
        "Ask {attending[0]}",
        "Ask {attending!r}",
        "Ask {attending:>20}",
        "Ask {}",
        "Ask {0}",
        "Ask {attending",
        "Ask attending}",
    ],
)
def test_anything_but_a_plain_name_in_braces_is_rejected_naming_the_text(text):
    with pytest.raises(ValueError, match="'Ask "):
        fill(text, {"attending": "Dr. Lee"})


def test_the_last_variant_must_be_fillable():
    with pytest.raises(ValueError, match=r"last variant.*\['specialty'\].*empty"):
        fill(("In {specialty} in {cycle}", "In {specialty}"), {"specialty": "", "cycle": "x"})


def test_a_text_needs_at_least_one_variant():
    with pytest.raises(ValueError, match="at least one variant"):
        fill((), {})


@given(st.text(min_size=1))
def test_values_are_inserted_as_they_are_never_read_as_placeholders(value):
    assert fill("<{value}>", {"value": value}) == f"<{value}>"


def test_check_text_accepts_a_text_that_falls_back_to_values_always_present():
    check_text(("{specialty} in {cycle}", "{cycle}"), {"specialty", "cycle"}, {"cycle"})


@pytest.mark.parametrize(
    ("text", "error"),
    [
        (("{specialty} in {cycle}", "{specialty}"), "may be empty"),
        ("{specialty}", "may be empty"),
        (("{typo}", "{cycle}"), "unknown placeholder"),
    ],
)
def test_check_text_rejects_unknown_names_and_a_last_variant_needing_optional_values(text, error):
    with pytest.raises(ValueError, match=error):
        check_text(text, {"specialty", "cycle"}, {"cycle"})


def all_plan_texts() -> list[Text]:
    advice = [text for by_kind in KIND_ADVICE.values() for text in by_kind.values()]
    return [*TITLES.values(), *(line for lines in SCRIPTS.values() for line in lines), *advice]


@pytest.mark.parametrize("text", all_plan_texts())
def test_every_plan_text_can_be_filled_with_only_the_values_always_present(text):
    check_text(text, PLAN_VALUE_NAMES, ALWAYS_PRESENT)


@pytest.mark.parametrize(
    ("items", "spoken"),
    [
        ([], ""),
        (["work ethic"], "work ethic"),
        (["work ethic", "team fit"], "work ethic and team fit"),
        (
            ["work ethic", "team fit", "medical knowledge"],
            "work ethic, team fit and medical knowledge",
        ),
    ],
)
def test_a_list_is_spoken_with_commas_and_a_final_and(items, spoken):
    assert spoken_list(items) == spoken


# Personalisation


def test_the_attending_name_and_specialty_appear_in_titles_and_scripts():
    plan = by_key(FULL)
    assert plan["intro"].title == "Introduce yourself and your goals to Dr. Okafor"
    assert plan["intention_signal"].title == "Tell Dr. Okafor you are applying in Internal Medicine"
    assert plan["ask"].title == "Ask Dr. Okafor for a strong letter, in person"
    assert any("Dr. Okafor" in line for line in plan["intro"].script)
    assert any("Internal Medicine in the ERAS 2028 cycle" in line for line in plan["intro"].script)
    assert any("strong letter for Internal Medicine" in line for line in plan["ask"].script)
    assert not any("your attending" in m.title for m in plan.values())


@pytest.mark.parametrize(
    ("key", "line"),
    [
        (
            "prepare",
            "Write a one-page target sheet: Internal Medicine, the ERAS 2028 cycle, and the "
            "strengths you want letters to show (work ethic, team fit and medical knowledge).",
        ),
        (
            "prepare",
            "Review the common presentations in Internal Medicine, SOAP notes and U.S. workflows "
            "(admission orders, discharge summaries, SBAR calls, I-PASS handoffs).",
        ),
        (
            "intro",
            '"I am applying in Internal Medicine in the ERAS 2028 cycle. My goals this month are '
            '… Please be direct with me when something can be better."',
        ),
        (
            "intention_signal",
            '"I am applying in Internal Medicine in the ERAS 2028 cycle, and I would like to earn '
            'a strong recommendation from this rotation. Please tell me if I am not on track."',
        ),
        ("soft_signal", "Tell Dr. Okafor about your residency plans in Internal Medicine."),
        ("ask", '"Would you feel comfortable writing me a strong letter for Internal Medicine?"'),
        (
            "packet_email",
            "Name the strengths you hope the letter can speak to (work ethic, team fit and "
            "medical knowledge) as a wish, and say they may use or ignore any of it.",
        ),
    ],
)
def test_with_every_value_known_the_full_wording_is_used(key, line):
    assert line in by_key(FULL)[key].script


def test_without_an_attending_name_titles_speak_of_your_attending():
    plan = by_key()
    assert plan["intro"].title == "Introduce yourself and your goals to your attending"
    assert plan["intention_signal"].title == (
        "Tell your attending which specialty you are applying to"
    )
    assert plan["intro"].script[0] == (
        "Pick a quiet moment after rounds and introduce yourself to your attending."
    )
    assert any("this cycle" in line for line in plan["intro"].script)


@pytest.mark.parametrize(
    ("key", "line"),
    [
        (
            "prepare",
            "Review the common presentations in the specialty you are applying to, SOAP notes "
            "and U.S. workflows (admission orders, discharge summaries, SBAR calls, I-PASS "
            "handoffs).",
        ),
        (
            "intro",
            '"I am applying to residency in the ERAS 2028 cycle. My goals this month are … '
            'Please be direct with me when something can be better."',
        ),
        (
            "intention_signal",
            "Name the specialty you will apply to in the ERAS 2028 cycle, then: "
            '"I would like to earn a strong recommendation from this rotation. '
            'Please tell me if I am not on track."',
        ),
        (
            "soft_signal",
            "Tell Dr. Okafor about your residency plans and the specialty you are applying to.",
        ),
        (
            "ask",
            '"Would you feel comfortable writing me a strong letter for my residency '
            'applications?"',
        ),
    ],
)
def test_without_a_specialty_texts_read_naturally_without_it(key, line):
    context = PlanContext(specialty="  ", season_year=2028, attending_name="Dr. Okafor")
    assert line in by_key(context)[key].script


def test_a_blank_attending_name_counts_as_unknown():
    plan = by_key(PlanContext(attending_name="   "))
    assert plan["last_day_thanks"].title == "Thank your attending in person"


def test_followup_titles_name_the_feedback_they_follow():
    plan = by_key(PlanContext(attending_name="Dr. Lee"))
    assert plan["feedback_followup:first_feedback"].title == (
        "Show Dr. Lee what changed since the first feedback"
    )
    assert plan["feedback_followup:mid_feedback"].title == (
        "Show Dr. Lee what changed since the mid-rotation feedback"
    )


def test_a_plan_key_without_its_own_title_falls_back_to_its_kinds_title():
    context = PlanContext(attending_name="Dr. Lee")
    assert milestone_title(FOLLOWUP, "feedback_followup:talk", context) == (
        "Show Dr. Lee what changed since the feedback"
    )


@pytest.mark.parametrize(
    ("strengths", "phrase"),
    [
        (("reliability",), "(reliability)"),
        (("clinical_reasoning", "team_fit"), "(clinical reasoning and team fit)"),
        (("work_ethic", "team_fit", "knowledge"), "(work ethic, team fit and medical knowledge)"),
        (("work_ethic", " "), "(work ethic)"),
    ],
)
def test_chosen_strengths_are_named_in_the_target_sheet_and_the_packet_email(strengths, phrase):
    plan = by_key(PlanContext(strengths=strengths))
    assert any(phrase in line for line in plan["prepare"].script)
    assert any(phrase in line for line in plan["packet_email"].script)


def test_without_strengths_no_strength_is_named():
    plan = by_key(PlanContext(specialty="Pediatrics"))
    assert plan["packet_email"].script[-1] == (
        "Name the strengths you hope the letter can speak to as a wish, "
        "and say they may use or ignore any of it."
    )
    assert plan["prepare"].script[1] == (
        "Write a one-page target sheet: Pediatrics, this cycle, and the strengths you want "
        "letters to show."
    )


def test_numbers_in_scripts_come_from_the_rulebook():
    plan = by_key()
    assert plan["tb_screening"].script[0] == (
        "Book a TB test or IGRA so its result is dated within 3 months of day 1."
    )
    assert plan["packet_email"].script[0] == "Send within 24 hours, 48 at most."


@given(
    attending=st.sampled_from(["", "   ", "Dr. Okafor"]),
    specialty=st.sampled_from(["", "  ", "Pediatrics"]),
    season_year=st.sampled_from([None, 2028]),
    strengths=st.lists(st.sampled_from(sorted(LETTER_QUALITY_LABELS)), unique=True),
    rotation_kind=st.sampled_from(list(RotationKind)),
)
def test_no_text_shows_a_placeholder_a_stand_in_or_a_strength_not_chosen(
    attending, specialty, season_year, strengths, rotation_kind
):
    context = PlanContext(
        specialty=specialty,
        season_year=season_year,
        attending_name=attending,
        strengths=tuple(strengths),
    )
    not_chosen = [
        label.lower() for code, label in LETTER_QUALITY_LABELS.items() if code not in strengths
    ]
    for line in all_lines(by_key(context, rotation_kind)):
        assert "{" not in line and "}" not in line
        assert "my target specialty" not in line
        assert not any(label in line.lower() for label in not_chosen), line


# Rotation kinds


@pytest.mark.parametrize(
    ("kind", "key", "advice_start"),
    [
        (RotationKind.OBSERVERSHIP, "intro", "On an observership, offer to draft notes"),
        (RotationKind.OBSERVERSHIP, "mid_feedback", "Offer a 5–10 minute teaching talk"),
        (RotationKind.RESEARCH, "intro", "On a research rotation, ask to join clinic"),
        (RotationKind.RESEARCH, "ask", "Ask your mentor to describe clinical work"),
    ],
)
def test_observership_and_research_rotations_add_their_advice_line(kind, key, advice_start):
    hands_on = by_key()[key].script
    special = by_key(rotation_kind=kind)[key].script
    assert special[:-1] == hands_on
    assert special[-1].startswith(advice_start)


@pytest.mark.parametrize("kind", list(RotationKind))
def test_only_the_advised_milestones_get_an_extra_line(kind):
    hands_on = by_key()
    special = by_key(rotation_kind=kind)
    lengthened = {k for k in special if len(special[k].script) != len(hands_on[k].script)}
    expected = {
        RotationKind.HANDS_ON: set(),
        RotationKind.OBSERVERSHIP: {"intro", "mid_feedback"},
        RotationKind.RESEARCH: {"intro", "ask"},
    }[kind]
    assert lengthened == expected
