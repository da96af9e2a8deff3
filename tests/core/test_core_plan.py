"""The plan engine: a rotation's dated milestones (domain §3 and §4, core/defaults.py)."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lorkit.core.plan import (
    PREPARATION_KINDS,
    plan_rotation,
    raw_windows,
    round_half_up,
)
from lorkit.core.rotation import Rotation
from lorkit.core.scripts import PlanContext
from lorkit.core.vocabulary import MilestoneKind, RotationKind

FOUR_WEEKS = Rotation(date(2027, 1, 4), date(2027, 1, 31))


def rotation_of(days: int, kind: RotationKind = RotationKind.HANDS_ON) -> Rotation:
    start = date(2027, 1, 4)
    return Rotation(start, start + timedelta(days=days - 1), kind)


def windows(rotation: Rotation) -> dict[str, tuple[date, date]]:
    return {m.key: (m.start, m.end) for m in plan_rotation(rotation)}


def by_key(rotation: Rotation, context: PlanContext | None = None):
    return {m.key: m for m in plan_rotation(rotation, context)}


def test_a_four_week_rotation_has_every_milestone_in_order():
    rows = [(m.key, m.start, m.end) for m in plan_rotation(FOUR_WEEKS)]
    assert rows == [
        ("tb_screening", date(2026, 10, 6), date(2026, 12, 21)),
        ("paperwork", date(2026, 11, 5), date(2026, 12, 21)),
        ("prepare", date(2026, 12, 5), date(2027, 1, 3)),
        ("intro", date(2027, 1, 4), date(2027, 1, 5)),
        ("intention_signal", date(2027, 1, 6), date(2027, 1, 10)),
        ("first_feedback", date(2027, 1, 8), date(2027, 1, 13)),
        ("mid_feedback", date(2027, 1, 14), date(2027, 1, 20)),
        ("feedback_followup:first_feedback", date(2027, 1, 15), date(2027, 1, 18)),
        ("soft_signal", date(2027, 1, 18), date(2027, 1, 24)),
        ("feedback_followup:mid_feedback", date(2027, 1, 22), date(2027, 1, 25)),
        ("summative_check", date(2027, 1, 25), date(2027, 1, 25)),
        ("ask", date(2027, 1, 26), date(2027, 1, 28)),
        ("last_day_thanks", date(2027, 1, 31), date(2027, 1, 31)),
        ("packet_email", date(2027, 1, 31), date(2027, 2, 1)),
    ]


def test_each_milestone_carries_its_kind_and_both_followups_share_one_kind():
    kinds = {m.key: m.kind for m in plan_rotation(FOUR_WEEKS)}
    assert kinds["feedback_followup:first_feedback"] is MilestoneKind.FEEDBACK_FOLLOWUP
    assert kinds["feedback_followup:mid_feedback"] is MilestoneKind.FEEDBACK_FOLLOWUP
    assert kinds["ask"] is MilestoneKind.ASK
    assert {k for k, kind in kinds.items() if kind in PREPARATION_KINDS} == {
        "paperwork",
        "tb_screening",
        "prepare",
    }


def test_a_rotation_that_ends_before_it_starts_cannot_be_planned():
    with pytest.raises(ValueError, match="is before the start date"):
        plan_rotation(Rotation(date(2027, 1, 4), date(2027, 1, 3)))


@pytest.mark.parametrize(("days", "length"), [(1, 1), (14, 14), (28, 28), (31, 31)])
def test_the_length_counts_first_and_last_day(days, length):
    assert rotation_of(days).length == length


def test_rotation_day_one_is_the_first_day():
    assert FOUR_WEEKS.day(1) == date(2027, 1, 4)
    assert FOUR_WEEKS.day(28) == date(2027, 1, 31)


@pytest.mark.parametrize(
    ("value", "rounded"), [(5.5, 6), (6.5, 7), (5.6, 6), (8.4, 8), (0.4, 0), (11.2, 11)]
)
def test_day_numbers_round_half_up_not_half_to_even(value, rounded):
    assert round_half_up(value) == rounded


def test_a_13_day_rotation_has_no_mid_feedback_and_no_ask():
    keys = set(windows(rotation_of(13)))
    assert "mid_feedback" not in keys
    assert "feedback_followup:mid_feedback" not in keys
    assert "ask" not in keys
    assert {"intro", "first_feedback", "last_day_thanks", "packet_email"} <= keys


def test_a_14_day_rotation_has_mid_feedback_and_an_ask_but_no_soft_signal_or_summative_check():
    plan = windows(rotation_of(14))
    # round-half-up(0.4 * 14) = 6, round-half-up(0.6 * 14) = 8
    assert plan["mid_feedback"] == (date(2027, 1, 9), date(2027, 1, 11))
    # 5 to 3 days before the last day (2027-01-17)
    assert plan["ask"] == (date(2027, 1, 12), date(2027, 1, 14))
    assert plan["feedback_followup:mid_feedback"] == (date(2027, 1, 13), date(2027, 1, 16))
    assert "soft_signal" not in plan
    assert "summative_check" not in plan


@pytest.mark.parametrize(
    ("days", "has_soft_signal_and_summative_check"), [(27, False), (28, True), (29, True)]
)
def test_the_soft_signal_and_summative_check_need_four_weeks(
    days, has_soft_signal_and_summative_check
):
    keys = set(windows(rotation_of(days)))
    assert ("soft_signal" in keys) is has_soft_signal_and_summative_check
    assert ("summative_check" in keys) is has_soft_signal_and_summative_check


def test_the_summative_check_of_a_longer_rotation_runs_from_day_22_to_the_day_before_the_ask():
    plan = windows(rotation_of(35))  # 2027-01-04 .. 2027-02-07
    assert plan["summative_check"] == (date(2027, 1, 25), date(2027, 2, 1))
    assert plan["ask"] == (date(2027, 2, 2), date(2027, 2, 4))


def test_a_one_day_rotation_keeps_only_what_fits_in_a_day():
    plan = windows(rotation_of(1))
    day = date(2027, 1, 4)
    assert list(plan) == [
        "tb_screening",
        "paperwork",
        "prepare",
        "intro",
        "last_day_thanks",
        "packet_email",
    ]
    assert plan["intro"] == (day, day)
    assert plan["last_day_thanks"] == (day, day)
    assert plan["packet_email"] == (day, date(2027, 1, 5))
    assert plan["prepare"] == (date(2026, 12, 5), date(2027, 1, 3))


def test_a_six_day_rotation_clips_first_feedback_to_days_5_and_6():
    plan = windows(rotation_of(6))
    assert plan["first_feedback"] == (date(2027, 1, 8), date(2027, 1, 9))
    assert plan["intention_signal"] == (date(2027, 1, 6), date(2027, 1, 9))
    assert "feedback_followup:first_feedback" not in plan


@pytest.mark.parametrize(
    ("days", "followup"),
    [
        (11, None),
        (12, (date(2027, 1, 15), date(2027, 1, 15))),
        (15, (date(2027, 1, 15), date(2027, 1, 18))),
    ],
)
def test_the_first_feedback_followup_comes_two_to_five_days_after_day_10(days, followup):
    assert windows(rotation_of(days)).get("feedback_followup:first_feedback") == followup


def test_raw_windows_state_the_rule_before_clipping():
    raw = {key: (first, final) for key, _, first, final in raw_windows(rotation_of(1))}
    assert raw["first_feedback"] == (date(2027, 1, 8), date(2027, 1, 13))
    assert raw["intro"] == (date(2027, 1, 4), date(2027, 1, 5))


# Properties over any rotation

rotations = st.builds(
    lambda start, days, kind: Rotation(start, start + timedelta(days=days - 1), kind),
    st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31)),
    st.integers(min_value=1, max_value=120),
    st.sampled_from(list(RotationKind)),
)


@given(rotations)
def test_every_window_starts_on_or_before_it_ends(rotation):
    assert all(m.start <= m.end for m in plan_rotation(rotation))


@given(rotations)
def test_milestones_are_sorted_by_window(rotation):
    plan = plan_rotation(rotation)
    assert [(m.start, m.end) for m in plan] == sorted((m.start, m.end) for m in plan)


@given(rotations)
def test_milestone_keys_are_unique(rotation):
    keys = [m.key for m in plan_rotation(rotation)]
    assert len(keys) == len(set(keys))


@given(rotations)
def test_rotation_milestones_never_start_before_the_first_day(rotation):
    for m in plan_rotation(rotation):
        if m.kind not in PREPARATION_KINDS:
            assert m.start >= rotation.start, m.key


@given(rotations)
def test_only_the_packet_email_runs_past_the_last_day_and_by_one_day_at_most(rotation):
    for m in plan_rotation(rotation):
        if m.kind is MilestoneKind.PACKET_EMAIL:
            assert m.start == rotation.end
            assert m.end == rotation.end + timedelta(days=1)
        elif m.kind not in PREPARATION_KINDS:
            assert m.end <= rotation.end, m.key


@given(rotations)
def test_preparation_ends_before_the_first_day(rotation):
    preparation = [m for m in plan_rotation(rotation) if m.kind in PREPARATION_KINDS]
    assert len(preparation) == 3
    assert all(m.end < rotation.start for m in preparation)


@given(rotations)
def test_the_ask_is_three_to_five_days_before_the_last_day_and_never_on_it(rotation):
    asks = [m for m in plan_rotation(rotation) if m.kind is MilestoneKind.ASK]
    assert len(asks) == (1 if rotation.length >= 14 else 0)
    for ask in asks:
        assert ask.start == rotation.end - timedelta(days=5)
        assert ask.end == rotation.end - timedelta(days=3)
        assert ask.start >= rotation.start


@given(rotations)
def test_every_milestone_lies_inside_the_window_its_rule_states(rotation):
    raw = {key: (first, final) for key, _, first, final in raw_windows(rotation)}
    for m in plan_rotation(rotation):
        first, final = raw[m.key]
        assert first <= m.start <= m.end <= final, m.key


@given(rotations, st.integers(min_value=-400, max_value=400))
def test_moving_a_rotation_keeps_its_keys_and_shifts_every_window(rotation, shift):
    delta = timedelta(days=shift)
    moved = Rotation(rotation.start + delta, rotation.end + delta, rotation.kind)
    before = [(m.key, m.start + delta, m.end + delta) for m in plan_rotation(rotation)]
    after = [(m.key, m.start, m.end) for m in plan_rotation(moved)]
    assert after == before
