"""The applicant's U.S. clinical experience against domain.md §1: at least 1–2 months, 3–4 or
more ideal, as much of it hands-on and in the target specialty as possible."""

from __future__ import annotations

from datetime import date, timedelta

from lorkit.core.rotation import Rotation
from lorkit.core.usce import usce_summary
from lorkit.core.vocabulary import RotationKind

TODAY = date(2027, 2, 14)
IM = "Internal Medicine"


def rotation(start: date, days: int = 28, **fields: object) -> Rotation:
    fields.setdefault("specialty", IM)
    return Rotation(start=start, end=start + timedelta(days=days - 1), **fields)  # type: ignore[arg-type]


def test_no_rotation_is_no_experience_and_says_what_programs_expect() -> None:
    summary = usce_summary([], TODAY, IM)

    assert summary.level == "none"
    assert summary.gap == (
        "No U.S. clinical experience yet: programs expect at least 1–2 months, and 3–4 or more "
        "is ideal.",
    )


def test_days_up_to_today_are_done_and_the_rest_planned() -> None:
    under_way = rotation(date(2027, 2, 1))  # 14 days done by 14 Feb, 14 to go
    ahead = rotation(date(2027, 4, 5))

    summary = usce_summary([under_way, ahead], TODAY, IM)

    assert (summary.done_days, summary.planned_days) == (14, 42)
    assert summary.done_text == "0.5 months"
    assert summary.planned_text == "1.5 months"


def test_below_the_minimum_the_gap_says_how_much_to_add() -> None:
    summary = usce_summary([rotation(date(2027, 1, 4), 14)], TODAY, IM)

    assert summary.level == "below_minimum"
    assert summary.gap[1] == (
        "That is below the 1–2 month minimum programs expect: add at least 2 weeks, hands-on "
        "if you can."
    )


def test_between_the_minimum_and_the_ideal_the_gap_names_the_months_to_go() -> None:
    rotations = [rotation(date(2026, 10, 5)), rotation(date(2027, 1, 4), 42)]

    summary = usce_summary(rotations, TODAY, IM)

    assert summary.level == "minimum"
    assert summary.gap[1] == (
        "That meets the 1–2 month minimum; 2 weeks more would reach the 3–4 month ideal."
    )


def test_three_months_reach_the_ideal() -> None:
    rotations = [rotation(date(2026, 9, 7) + timedelta(weeks=5 * n)) for n in range(3)]

    summary = usce_summary(rotations, TODAY, IM)

    assert summary.level == "ideal"
    assert summary.gap[1] == "That reaches the 3–4 month ideal."


def test_research_is_not_clinical_experience() -> None:
    research = rotation(date(2027, 1, 4), kind=RotationKind.RESEARCH)

    assert usce_summary([research], TODAY, IM).total_days == 0


def test_the_hands_on_and_specialty_shares_point_at_what_is_missing() -> None:
    rotations = [
        rotation(date(2026, 9, 7), kind=RotationKind.OBSERVERSHIP),
        rotation(date(2026, 10, 5), kind=RotationKind.OBSERVERSHIP, specialty="Pediatrics"),
        rotation(date(2026, 11, 2), specialty="Pediatrics"),
    ]

    summary = usce_summary(rotations, TODAY, IM)

    assert (summary.hands_on_share, summary.aligned_share) == (33, 33)
    assert summary.gap[2] == (
        "Only 33% of it is hands-on: hands-on months count for more than observing."
    )
    assert summary.gap[3] == "Only 33% of it is in Internal Medicine, your target specialty."


def test_no_experience_in_the_target_specialty_is_said_plainly() -> None:
    summary = usce_summary([rotation(date(2026, 11, 2), specialty="Pediatrics")], TODAY, IM)

    assert summary.gap[3].startswith("None of it is in Internal Medicine yet")


def test_without_a_target_specialty_the_summary_asks_for_one() -> None:
    summary = usce_summary([rotation(date(2026, 11, 2))], TODAY, "")

    assert summary.aligned_share == 0
    assert summary.gap[3] == "Set your target specialty to see how much of it is in that specialty."
