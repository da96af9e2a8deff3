"""What an offer is worth: the score factor by factor, the hard flags that override it, its
costs, and its chance of a strong letter (domain.md §2)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lorkit.core import defaults
from lorkit.core.site_score import (
    FACTORS,
    Judgement,
    Weights,
    assess,
    earliest_start,
    rank,
    weights_problems,
)
from lorkit.core.sites import (
    Duty,
    FlagCode,
    Length,
    LetterChance,
    LetterPolicy,
    Money,
    SiteKind,
    SiteOption,
    Supervision,
)

TODAY = date(2026, 11, 21)
TARGET = date(2027, 9, 1)
JUDGEMENT = Judgement(today=TODAY, target_specialty="Internal Medicine", submit_by=TARGET)
# A good community externship: every factor known and favourable.
GOOD = SiteOption(
    name="Lakeside IM externship",
    specialty="Internal Medicine",
    kind=SiteKind.EXTERNSHIP,
    supervision=Supervision.ONE_PRECEPTOR,
    letter_policy=LetterPolicy.PERSONALISED,
    duties=frozenset(Duty),
    length=Length(28, 28),
    price=Money(1400, 1400, 28),
    fees=Money(100, 100),
    living_cost=Money(1200, 1200, 28),
    start_dates=(date(2027, 1, 4),),
    residency_applicants=True,
)


def points(option: SiteOption, factor: str, judgement: Judgement = JUDGEMENT) -> int:
    return next(line.points for line in assess(option, judgement).lines if line.factor == factor)


def codes(option: SiteOption, judgement: Judgement = JUDGEMENT) -> list[str]:
    return [flag.code.value for flag in assess(option, judgement).flags]


def test_the_default_weights_add_up_to_100_in_the_order_of_domain_2() -> None:
    weights = defaults.SITE_SCORE_WEIGHTS

    assert sum(weights.values()) == 100
    assert list(weights) == list(FACTORS)
    assert list(weights.values()) == sorted(weights.values(), reverse=True)


def test_a_good_offer_earns_every_point_and_a_high_letter_chance() -> None:
    assessment = assess(GOOD, JUDGEMENT)

    assert assessment.score == 100
    assert [line.factor for line in assessment.lines] == list(FACTORS)
    assert all(line.points == line.out_of for line in assessment.lines)
    assert assessment.flags == ()
    assert assessment.letter_chance is LetterChance.HIGH


def test_the_score_is_the_sum_of_its_lines_each_within_its_weight() -> None:
    assessment = assess(replace(GOOD, supervision=Supervision.SMALL_TEAM, price=None), JUDGEMENT)

    assert assessment.score == sum(line.points for line in assessment.lines) == 91
    assert all(0 <= line.points <= line.out_of for line in assessment.lines)


def test_each_unknown_factor_earns_the_unknown_share() -> None:
    bare = SiteOption(name="Bare offer")
    judgement = Judgement(today=TODAY)

    lines = {line.factor: line for line in assess(bare, judgement).lines}

    assert {name: line.points for name, line in lines.items()} == {
        "specialty": 8,
        "hands_on": 8,
        "supervision": 6,
        "letter_policy": 6,
        "length": 4,
        "timing": 4,
        "cost": 4,
    }
    assert lines["letter_policy"].reason == "letter policy not stated: ask before you pay"


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"specialty": "Pediatrics"}, 0),
        ({"specialty": ""}, 8),
        ({"specialty": "internal medicine"}, 20),
    ],
)
def test_specialty_alignment(changes: dict[str, str], expected: int) -> None:
    assert points(replace(GOOD, **changes), "specialty") == expected


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"duties": frozenset({Duty.HISTORIES, Duty.NOTES})}, 11),
        ({"duties": frozenset({Duty.ROUNDS})}, 2),
        ({"duties": frozenset()}, 0),
        ({"duties": None}, 12),
        ({"duties": None, "kind": SiteKind.OBSERVERSHIP}, 0),
        ({"duties": None, "kind": None}, 8),
    ],
)
def test_hands_on_points_follow_the_duties_allowed(
    changes: dict[str, object], expected: int
) -> None:
    assert points(replace(GOOD, **changes), "hands_on") == expected


@pytest.mark.parametrize(
    ("supervision", "expected"),
    [
        (Supervision.ONE_PRECEPTOR, 15),
        (Supervision.SMALL_TEAM, 12),
        (Supervision.MANY_STUDENTS, 5),
        (Supervision.RESIDENTS_ONLY, 2),
        (None, 6),
    ],
)
def test_close_supervision_beats_being_one_of_many(
    supervision: Supervision | None, expected: int
) -> None:
    assert points(replace(GOOD, supervision=supervision), "supervision") == expected


@pytest.mark.parametrize(
    ("policy", "expected"),
    [
        (LetterPolicy.PERSONALISED, 15),
        (LetterPolicy.ON_PERFORMANCE, 12),
        (LetterPolicy.GENERIC_ONLY, 3),
        (LetterPolicy.NO_LETTER, 0),
        (None, 6),
    ],
)
def test_a_letter_policy_that_offers_a_letter_earns_most(
    policy: LetterPolicy | None, expected: int
) -> None:
    assert points(replace(GOOD, letter_policy=policy), "letter_policy") == expected


@pytest.mark.parametrize(
    ("length", "expected"),
    [(Length(28, 28), 10), (Length(21, 21), 8), (Length(14, 14), 5), (Length(14, 56), 10)],
)
def test_length_earns_its_points_in_proportion_up_to_four_weeks(
    length: Length, expected: int
) -> None:
    assert points(replace(GOOD, length=length), "length") == expected


def test_an_offer_with_a_choice_of_length_is_planned_at_the_ideal_length() -> None:
    assert assess(replace(GOOD, length=Length(14, 56)), JUDGEMENT).days == 28
    assert assess(replace(GOOD, length=Length(42, 84)), JUDGEMENT).days == 42
    assert assess(replace(GOOD, length=Length(7, 14)), JUDGEMENT).days == 14


@pytest.mark.parametrize(
    ("start", "expected"),
    [
        (date(2027, 6, 7), 10),  # ends 4 Jul: 8 weeks before 1 Sep
        (date(2027, 6, 28), 5),  # ends 25 Jul: 5 weeks before, writers may not be done
        (date(2027, 7, 19), 0),  # ends 15 Aug: 2 weeks before, too late
    ],
)
def test_timing_counts_the_weeks_writers_take_before_the_target(start: date, expected: int) -> None:
    assert points(replace(GOOD, start_dates=(start,)), "timing") == expected


def test_timing_is_not_known_without_a_start_date_or_a_target() -> None:
    assert points(replace(GOOD, start_dates=()), "timing") == 4
    assert points(GOOD, "timing", replace(JUDGEMENT, submit_by=None)) == 4


def test_timing_earns_nothing_when_every_listed_start_date_has_passed() -> None:
    passed = replace(GOOD, start_dates=(date(2026, 10, 5),))

    line = next(line for line in assess(passed, JUDGEMENT).lines if line.factor == "timing")

    assert line.points == 0
    assert "every start date listed has passed" in line.reason


def test_the_earliest_start_is_the_first_date_from_today_or_a_month_ahead_when_rolling() -> None:
    offer = replace(GOOD, start_dates=(date(2026, 10, 5), date(2027, 2, 1), date(2027, 1, 4)))

    assert earliest_start(offer, TODAY) == date(2027, 1, 4)
    assert earliest_start(replace(GOOD, start_dates=(), rolling_start=True), TODAY) == date(
        2026, 12, 21
    )
    assert earliest_start(replace(GOOD, start_dates=()), TODAY) is None


@pytest.mark.parametrize(
    ("price", "expected"),
    [
        (Money(1325, 1325, 28), 10),  # with the $100 fee: $1,425 a month, the cheapest providers
        (Money(5900, 5900, 28), 0),  # $6,000 a month: brand-name academic prices
        (Money(3612, 3612, 28), 5),  # half way
        (Money(250, 250, 7), 10),
        (Money(4500, 6000, 28), 0),  # a range is judged by its high end
    ],
)
def test_cost_points_fall_from_the_cheapest_to_the_academic_reference_price(
    price: Money, expected: int
) -> None:
    assert points(replace(GOOD, price=price), "cost") == expected


def test_total_cost_adds_price_fees_and_living_cost_for_the_planned_length() -> None:
    offer = replace(
        GOOD,
        length=Length(42, 42),
        price=Money(250, 250, 7),
        fees=Money(300, 300),
        living_cost=Money(1200, 1200, 28),
    )

    assessment = assess(offer, JUDGEMENT)

    assert assessment.total_cost == (250 * 6 + 300 + 1800, 250 * 6 + 300 + 1800)
    assert assessment.cost_per_hands_on_week == (600, 600)


def test_a_price_range_keeps_both_ends_in_every_cost() -> None:
    offer = replace(GOOD, price=Money(4500, 6000, 28), fees=None, living_cost=None)

    assessment = assess(offer, JUDGEMENT)

    assert assessment.total_cost == (4500, 6000)
    assert assessment.cost_per_hands_on_week == (1125, 1500)
    assert assessment.cost_notes == (
        "fees not given, so not counted",
        "living cost not given, so not counted",
    )


def test_an_unknown_price_gives_no_total() -> None:
    assessment = assess(replace(GOOD, price=None), JUDGEMENT)

    assert assessment.total_cost is None
    assert assessment.cost_per_hands_on_week is None
    assert "price not stated" in assessment.cost_notes


def test_an_offer_without_patient_contact_has_no_cost_per_hands_on_week() -> None:
    observer = replace(GOOD, kind=SiteKind.OBSERVERSHIP, duties=frozenset({Duty.ROUNDS}))

    assessment = assess(observer, JUDGEMENT)

    assert assessment.total_cost is not None
    assert assessment.cost_per_hands_on_week is None


@pytest.mark.parametrize(
    ("changes", "flag"),
    [
        ({"kind": SiteKind.OBSERVERSHIP, "duties": None}, "observer_only"),
        ({"kind": SiteKind.OBSERVERSHIP, "duties": frozenset({Duty.ROUNDS})}, "observer_only"),
        ({"kind": None, "duties": frozenset()}, "observer_only"),
        ({"letter_policy": LetterPolicy.NO_LETTER}, "no_letter"),
        ({"length": Length(7, 7)}, "too_short"),
        ({"length": Length(10, 13)}, "too_short"),
        ({"start_dates": (date(2027, 7, 19),)}, "too_late"),
        ({"residency_applicants": False}, "not_for_applicants"),
    ],
)
def test_each_hard_flag(changes: dict[str, object], flag: str) -> None:
    assert codes(replace(GOOD, **changes)) == [flag]


@pytest.mark.parametrize(
    "changes",
    [
        {"kind": SiteKind.OBSERVERSHIP, "duties": frozenset({Duty.HISTORIES, Duty.PRESENTING})},
        {"kind": SiteKind.RESEARCH, "duties": None},
        {"letter_policy": None},
        {"letter_policy": LetterPolicy.GENERIC_ONLY},
        {"length": Length(14, 14)},
        {"length": Length(7, 28)},
        {"length": None},
        {"start_dates": (date(2027, 7, 5),)},  # ends 1 Aug: exactly 4 weeks before 1 Sep
        {"residency_applicants": None},
    ],
)
def test_nothing_flags_an_offer_at_or_within_every_threshold(changes: dict[str, object]) -> None:
    assert codes(replace(GOOD, **changes)) == []


def test_flags_say_why_in_words() -> None:
    short = assess(replace(GOOD, length=Length(7, 7)), JUDGEMENT)

    assert short.flags[0].code is FlagCode.TOO_SHORT
    assert short.flags[0].message == ("Too short: 1 week cannot earn a letter (at least 2 weeks).")
    late = assess(replace(GOOD, start_dates=(date(2027, 7, 19),)), JUDGEMENT)
    assert late.flags[0].message == (
        "Too late: it ends 15 Aug 2027, and a letter takes at least 4 weeks, past your "
        "target of 1 Sep 2027."
    )


def test_the_flag_thresholds_follow_the_applicants_weights() -> None:
    stricter = replace(JUDGEMENT, weights=Weights(min_weeks=4, lead_weeks_min=8))
    offer = replace(GOOD, length=Length(21, 21), start_dates=(date(2027, 6, 28),))

    assert codes(offer) == []
    assert codes(offer, stricter) == ["too_short", "too_late"]


def test_a_flagged_offer_ranks_below_every_unflagged_one_whatever_its_score() -> None:
    flagged = replace(GOOD, name="Perfect but closed", residency_applicants=False)
    weak = replace(
        GOOD,
        name="Weak but open",
        specialty="Pediatrics",
        supervision=Supervision.MANY_STUDENTS,
        letter_policy=LetterPolicy.GENERIC_ONLY,
    )

    ranked = rank([flagged, weak], JUDGEMENT)

    assert assess(flagged, JUDGEMENT).score > assess(weak, JUDGEMENT).score
    assert [option.name for option, _ in ranked] == ["Weak but open", "Perfect but closed"]


def test_equal_scores_rank_the_cheaper_offer_first() -> None:
    dear = replace(GOOD, name="A dear", living_cost=Money(3000, 3000, 28))
    cheap = replace(GOOD, name="B cheap")

    assert [o.name for o, _ in rank([dear, cheap], JUDGEMENT)] == ["B cheap", "A dear"]


@pytest.mark.parametrize(
    ("changes", "chance"),
    [
        ({}, LetterChance.HIGH),
        ({"supervision": None}, LetterChance.MEDIUM),
        ({"length": Length(14, 14)}, LetterChance.MEDIUM),
        ({"specialty": "Pediatrics"}, LetterChance.MEDIUM),
        ({"kind": SiteKind.RESEARCH}, LetterChance.MEDIUM),
        ({"letter_policy": LetterPolicy.GENERIC_ONLY}, LetterChance.LOW),
        ({"supervision": Supervision.RESIDENTS_ONLY}, LetterChance.LOW),
        ({"supervision": Supervision.MANY_STUDENTS}, LetterChance.LOW),
        ({"residency_applicants": False}, LetterChance.LOW),
        ({"kind": SiteKind.OBSERVERSHIP, "duties": None}, LetterChance.LOW),
    ],
)
def test_the_letter_chance(changes: dict[str, object], chance: LetterChance) -> None:
    assert assess(replace(GOOD, **changes), JUDGEMENT).letter_chance is chance


def test_the_letter_chance_names_what_holds_it_back_first() -> None:
    assessment = assess(replace(GOOD, length=Length(14, 14), supervision=None), JUDGEMENT)

    assert assessment.letter_reasons[:2] == (
        "A strong letter needs 4 weeks of close contact; this is 2 weeks.",
        "Supervision not stated: ask how many students each preceptor has.",
    )
    assert "A letter is offered or can be earned." in assessment.letter_reasons


def test_the_reasons_put_the_flags_before_the_letter_reasons() -> None:
    assessment = assess(replace(GOOD, letter_policy=LetterPolicy.NO_LETTER), JUDGEMENT)

    assert assessment.reasons[0] == "No letter possible: this site never writes one."
    assert assessment.letter_chance is LetterChance.LOW


def test_the_applicants_weights_change_the_points() -> None:
    weights = Weights(
        specialty=40, hands_on=20, supervision=10, letter_policy=10, length=10, timing=5, cost=5
    )
    judgement = replace(JUDGEMENT, weights=weights)

    lines = {line.factor: line for line in assess(GOOD, judgement).lines}

    assert lines["specialty"].out_of == 40
    assert assess(GOOD, judgement).score == 100
    assert assess(replace(GOOD, specialty="Pediatrics"), judgement).score == 60


def test_weights_must_add_up_to_100_and_thresholds_run_in_order() -> None:
    values = Weights().as_dict() | {"cost": 20, "ideal_weeks": 1, "lead_weeks_max": 2}

    assert weights_problems(Weights().as_dict()) == {}
    assert weights_problems(values) == {
        "": "The factors' points add up to 110; they must add up to 100.",
        "ideal_weeks": "must be at least the shortest length",
        "lead_weeks_max": "must be at least the shortest wait",
    }
    assert weights_problems(Weights().as_dict() | {"cost_zero_per_month": 1425}) == {
        "cost_zero_per_month": "must be more than the full-points price"
    }


def test_a_number_outside_its_range_is_refused() -> None:
    problems = weights_problems(Weights().as_dict() | {"specialty": -5, "hands_on": 45})

    assert problems["specialty"] == "must be between 0 and 100"


def test_stored_weights_ignore_unknown_names_and_fill_missing_ones() -> None:
    weights = Weights.from_mapping(
        {"cost": 5, "specialty": 25, "bogus": 9, "length": True, "ideal_weeks": 0}
    )

    assert (weights.cost, weights.specialty, weights.length) == (5, 25, 10)
    assert weights.ideal_weeks == defaults.SITE_IDEAL_WEEKS


offers = st.builds(
    SiteOption,
    name=st.text(min_size=1, max_size=5),
    specialty=st.sampled_from(["", "Internal Medicine", "Pediatrics"]),
    kind=st.one_of(st.none(), st.sampled_from(SiteKind)),
    supervision=st.one_of(st.none(), st.sampled_from(Supervision)),
    letter_policy=st.one_of(st.none(), st.sampled_from(LetterPolicy)),
    duties=st.one_of(st.none(), st.frozensets(st.sampled_from(Duty))),
    length=st.one_of(st.none(), st.integers(1, 364).map(lambda n: Length(n, n))),
    price=st.one_of(st.none(), st.integers(0, 20_000).map(lambda n: Money(n, n, 28))),
    start_dates=st.lists(st.dates(date(2026, 1, 1), date(2028, 1, 1)), max_size=3).map(
        lambda days: tuple(sorted(set(days)))
    ),
    rolling_start=st.booleans(),
    residency_applicants=st.one_of(st.none(), st.booleans()),
)


@given(st.lists(offers, max_size=8))
def test_every_ranking_puts_unflagged_offers_first_by_score(options: list[SiteOption]) -> None:
    ranked = rank(options, JUDGEMENT)
    keys = [(a.flagged, -a.score) for _, a in ranked]

    assert keys == sorted(keys)
    assert all(0 <= a.score <= 100 for _, a in ranked)
    assert all((a.letter_chance is LetterChance.LOW) for _, a in ranked if a.flagged)
