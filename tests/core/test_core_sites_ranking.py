"""The ranking of a realistic set of 28 offers (tests/sites/offers.csv), as an internal
medicine applicant copied them from providers' pages: academic observerships, community
hands-on rotations, private offices, research, 1-week stints and offers closed to residency
applicants, in the providers' own words."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from lorkit.core.site_csv import read_site_csv
from lorkit.core.site_score import Assessment, Judgement, rank
from lorkit.core.sites import FlagCode, LetterChance, SiteKind, SiteOption

OFFERS = Path(__file__).resolve().parents[1] / "sites" / "offers.csv"
JUDGEMENT = Judgement(
    today=date(2026, 11, 21), target_specialty="Internal Medicine", submit_by=date(2027, 9, 1)
)


@pytest.fixture(scope="module")
def ranked() -> list[tuple[SiteOption, Assessment]]:
    reading = read_site_csv(OFFERS.read_bytes(), JUDGEMENT.today)
    assert reading.problems == []
    return rank(reading.options, JUDGEMENT)


def names(ranked: list[tuple[SiteOption, Assessment]]) -> list[str]:
    return [option.name for option, _ in ranked]


def place(ranked: list[tuple[SiteOption, Assessment]], name: str) -> int:
    return names(ranked).index(name) + 1


def by_name(ranked: list[tuple[SiteOption, Assessment]], name: str) -> Assessment:
    return next(assessment for option, assessment in ranked if option.name == name)


def test_the_set_is_realistic_and_varied(ranked: list[tuple[SiteOption, Assessment]]) -> None:
    kinds = {option.kind for option, _ in ranked}

    assert len(ranked) >= 25
    assert {SiteKind.OBSERVERSHIP, SiteKind.EXTERNSHIP, SiteKind.RESEARCH} <= kinds
    assert {SiteKind.ELECTIVE, SiteKind.SUB_INTERNSHIP, SiteKind.CLERKSHIP} <= kinds
    assert None in kinds  # an offer that does not say


def test_every_hard_flag_appears_in_the_set(ranked: list[tuple[SiteOption, Assessment]]) -> None:
    found = {flag.code for _, assessment in ranked for flag in assessment.flags}

    assert found == set(FlagCode)


def test_the_top_three_are_hands_on_internal_medicine_with_close_supervision_and_a_letter(
    ranked: list[tuple[SiteOption, Assessment]],
) -> None:
    assert names(ranked)[:3] == [
        "Lakeside Community Hospital IM externship",
        "Sunrise Internal Medicine Office",
        "Mercy Hospitalist elective",
    ]
    assert all(a.letter_chance is LetterChance.HIGH for _, a in ranked[:3])


def test_every_unflagged_offer_ranks_above_every_flagged_one(
    ranked: list[tuple[SiteOption, Assessment]],
) -> None:
    flagged = [assessment.flagged for _, assessment in ranked]

    assert flagged == sorted(flagged)
    assert sum(flagged) == 9


def test_a_brand_name_observership_ranks_below_cheap_community_hands_on_work(
    ranked: list[tuple[SiteOption, Assessment]],
) -> None:
    brand = by_name(ranked, "Brand-name Academic IM observership")

    assert brand.total_cost == (7500, 9000)
    assert [flag.code for flag in brand.flags] == [FlagCode.OBSERVER_ONLY]
    assert place(ranked, "Brand-name Academic IM observership") > place(
        ranked, "Rural Family Medicine externship"
    )
    assert brand.score < by_name(ranked, "Sunrise Internal Medicine Office").score


def test_one_week_stints_are_flagged_too_short(
    ranked: list[tuple[SiteOption, Assessment]],
) -> None:
    for name in ("Week-long IM shadowing", "Famous Clinic one-week observership"):
        assert FlagCode.TOO_SHORT in {flag.code for flag in by_name(ranked, name).flags}


def test_offers_closed_to_residency_applicants_rank_last_even_when_they_score_well(
    ranked: list[tuple[SiteOption, Assessment]],
) -> None:
    closed = by_name(ranked, "Valley Medical Center sub-internship")

    assert [flag.code for flag in closed.flags] == [FlagCode.NOT_FOR_APPLICANTS]
    assert closed.score > by_name(ranked, "Two-week community IM elective").score
    assert place(ranked, "Valley Medical Center sub-internship") > place(
        ranked, "Surgery sub-I with residents"
    )


def test_research_ranks_below_hands_on_work_in_the_same_specialty(
    ranked: list[tuple[SiteOption, Assessment]],
) -> None:
    research = by_name(ranked, "Cardiovascular outcomes research")

    assert research.letter_chance is LetterChance.MEDIUM
    assert research.cost_per_hands_on_week is None
    assert place(ranked, "Cardiovascular outcomes research") > place(ranked, "Summer IM externship")


def test_a_rotation_ending_in_late_summer_is_flagged_too_late(
    ranked: list[tuple[SiteOption, Assessment]],
) -> None:
    late = by_name(ranked, "Late-summer IM externship")

    assert late.end == date(2027, 8, 29)
    assert [flag.code for flag in late.flags] == [FlagCode.TOO_LATE]


def test_a_private_office_with_a_price_range_keeps_both_ends(
    ranked: list[tuple[SiteOption, Assessment]],
) -> None:
    office = by_name(ranked, "Private GI practice rotation")

    assert office.total_cost == (4500, 5500)
    assert office.cost_per_hands_on_week == (1125, 1375)


def test_an_offer_without_a_price_is_ranked_but_has_no_total(
    ranked: list[tuple[SiteOption, Assessment]],
) -> None:
    assert by_name(ranked, "Contact-us IM externship").total_cost is None
    assert place(ranked, "Contact-us IM externship") < place(ranked, "Neurology elective")


def test_residents_only_supervision_with_generic_letters_is_a_low_chance_that_still_ranks(
    ranked: list[tuple[SiteOption, Assessment]],
) -> None:
    surgery = by_name(ranked, "Surgery sub-I with residents")

    assert surgery.flags == ()
    assert surgery.letter_chance is LetterChance.LOW
    assert place(ranked, "Surgery sub-I with residents") == 19
