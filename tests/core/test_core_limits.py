"""Per-account limits (core/limits.py, core/defaults.py): what one account may hold, so that
its pages stay fast and it cannot slow the server for the others."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lorkit.core import defaults
from lorkit.core.export_format import RESERVED_SECTIONS, SECTIONS
from lorkit.core.limits import limit_problems, section_sizes
from lorkit.core.plan import plan_rotation
from lorkit.core.rotation import Rotation

ROTATIONS = defaults.ROTATIONS_PER_ACCOUNT
MILESTONES = defaults.MILESTONES_PER_ACCOUNT


@pytest.mark.parametrize(
    ("current", "adding"),
    [
        ({}, {}),
        ({"rotations": 0}, {"rotations": 1}),
        ({"rotations": ROTATIONS - 1}, {"rotations": 1}),
        ({}, {"rotations": ROTATIONS, "milestones": MILESTONES}),
        ({"rotations": ROTATIONS, "milestones": MILESTONES}, {}),
    ],
)
def test_anything_up_to_the_limit_itself_is_allowed(
    current: dict[str, int], adding: dict[str, int]
) -> None:
    assert limit_problems(current, adding) == []


def test_one_rotation_past_the_limit_is_refused_with_both_numbers() -> None:
    assert limit_problems({"rotations": ROTATIONS}, {"rotations": 1}) == [
        f"{ROTATIONS + 1} rotations would be more than the {ROTATIONS} an account can hold"
    ]


def test_large_numbers_are_written_with_thousands_separators() -> None:
    assert limit_problems({}, {"rotations": 1_000_000}) == [
        f"1,000,000 rotations would be more than the {ROTATIONS} an account can hold"
    ]


def test_each_section_over_its_limit_gets_its_own_message_in_the_order_of_the_limits() -> None:
    problems = limit_problems({}, {"milestones": MILESTONES + 1, "rotations": ROTATIONS + 1})

    assert problems == [
        f"{ROTATIONS + 1} rotations would be more than the {ROTATIONS} an account can hold",
        f"{MILESTONES + 1:,} milestones would be more than the {MILESTONES} an account can hold",
    ]


@pytest.mark.parametrize("adding", [{}, {"rotations": 0}, {"rotations": -1}])
def test_an_account_already_over_a_limit_may_still_edit_and_delete(adding: dict[str, int]) -> None:
    # A limit lowered after the fact must not lock anyone out of tidying up.
    assert limit_problems({"rotations": ROTATIONS + 5}, adding) == []


def test_an_account_over_one_limit_can_still_add_to_another() -> None:
    assert limit_problems({"milestones": MILESTONES + 5}, {"rotations": 1}) == []


def test_a_section_without_a_limit_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="no account limit for rotation"):
        limit_problems({}, {"rotation": 1})


def test_every_limited_section_is_a_section_of_the_export() -> None:
    # The import counts a limited section by its name in the document.
    assert set(defaults.ACCOUNT_LIMITS) <= {*SECTIONS, *RESERVED_SECTIONS}


def test_the_milestone_limit_leaves_every_rotation_its_largest_plan() -> None:
    assert MILESTONES == ROTATIONS * defaults.MILESTONES_PER_PLAN


def test_a_four_week_rotation_gets_the_largest_plan() -> None:
    start = date(2027, 1, 4)

    assert len(plan_rotation(Rotation(start, start + timedelta(days=27)))) == (
        defaults.MILESTONES_PER_PLAN
    )


@given(days=st.integers(min_value=1, max_value=400))
def test_no_plan_gives_a_rotation_more_milestones_than_the_largest_plan(days: int) -> None:
    start = date(2027, 1, 4)

    assert len(plan_rotation(Rotation(start, start + timedelta(days=days - 1)))) <= (
        defaults.MILESTONES_PER_PLAN
    )


def test_section_sizes_count_the_lists_of_a_document_without_reading_them() -> None:
    document = {"rotations": [None] * 70, "milestones": "not a list", "people": [1, 2]}

    assert section_sizes(document) == {"rotations": 70, "milestones": 0}


def test_section_sizes_of_an_empty_document_are_zero() -> None:
    assert section_sizes({}) == {"rotations": 0, "milestones": 0}


def test_the_readme_quotes_the_limits_from_the_defaults() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    prose = " ".join(readme.split())

    assert (
        f"at most {defaults.ROTATIONS_PER_ACCOUNT} rotations and "
        f"{defaults.MILESTONES_PER_ACCOUNT} milestones "
        f"({defaults.ROTATIONS_PER_ACCOUNT} full plans of {defaults.MILESTONES_PER_PLAN})"
    ) in prose
    assert f"the {defaults.IMPORT_MAX_BYTES // 1024**2} MB import limit" in prose
