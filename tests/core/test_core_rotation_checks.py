"""Warnings about a rotation's dates: end before start, overlaps, too late, too short."""

from datetime import date

import pytest

from lorkit.core.rotation import Rotation
from lorkit.core.rotation_checks import rotation_warnings

JANUARY = Rotation(site="Internal Medicine at Mercy", start=date(2027, 1, 4), end=date(2027, 1, 31))


def codes(warnings) -> list[str]:
    return [warning.code for warning in warnings]


def test_a_four_week_rotation_alone_and_before_the_target_has_no_warning():
    assert rotation_warnings(JANUARY, [], date(2027, 9, 1)) == []


@pytest.mark.parametrize(
    ("other_start", "other_end", "overlaps"),
    [
        (date(2027, 1, 10), date(2027, 1, 20), True),  # inside
        (date(2026, 12, 1), date(2027, 3, 1), True),  # around
        (date(2027, 1, 31), date(2027, 2, 27), True),  # starts on our last day
        (date(2026, 12, 7), date(2027, 1, 4), True),  # ends on our first day
        (date(2027, 2, 1), date(2027, 2, 28), False),  # starts the day after
        (date(2026, 12, 7), date(2027, 1, 3), False),  # ends the day before
    ],
)
def test_rotations_sharing_even_one_day_overlap(other_start, other_end, overlaps):
    other = Rotation(site="Pediatrics at St. Luke", start=other_start, end=other_end)
    warnings = rotation_warnings(JANUARY, [other], None)
    assert ("overlap" in codes(warnings)) is overlaps


def test_the_overlap_warning_names_the_other_rotation_and_its_dates():
    other = Rotation(site="Pediatrics at St. Luke", start=date(2027, 1, 25), end=date(2027, 2, 21))
    [warning] = rotation_warnings(JANUARY, [other], None)
    assert warning.code == "overlap"
    assert warning.message == "Overlaps Pediatrics at St. Luke (2027-01-25 to 2027-02-21)."


def test_each_overlapping_rotation_gets_its_own_warning():
    others = [
        Rotation(site="A", start=date(2027, 1, 1), end=date(2027, 1, 5)),
        Rotation(site="B", start=date(2027, 2, 5), end=date(2027, 2, 9)),
        Rotation(site="C", start=date(2027, 1, 30), end=date(2027, 2, 2)),
    ]
    warnings = rotation_warnings(JANUARY, others, None)
    assert [w.message.split(" (")[0] for w in warnings] == ["Overlaps A", "Overlaps C"]


@pytest.mark.parametrize(
    ("target", "late"),
    [
        (date(2027, 1, 30), True),
        (date(2027, 1, 31), False),  # ends on the target day: still in time
        (date(2027, 9, 1), False),
    ],
)
def test_a_rotation_ending_after_the_submission_target_is_flagged(target, late):
    warnings = rotation_warnings(JANUARY, [], target)
    assert ("after_target" in codes(warnings)) is late


def test_the_after_target_warning_names_the_target():
    [warning] = rotation_warnings(JANUARY, [], date(2027, 1, 15))
    assert warning.code == "after_target"
    assert warning.message.startswith("Ends after your submission target (2027-01-15)")


def test_without_a_submission_target_there_is_no_after_target_warning():
    late = Rotation(site="Late", start=date(2030, 1, 1), end=date(2030, 1, 31))
    assert rotation_warnings(late, [], None) == []


@pytest.mark.parametrize(
    ("end", "message"),
    [
        (date(2027, 1, 16), "Only 13 days: under 14 days a strong letter is unlikely."),
        (date(2027, 1, 4), "Only 1 day: under 14 days a strong letter is unlikely."),
        (date(2027, 1, 17), None),  # 14 days
    ],
)
def test_a_rotation_shorter_than_14_days_is_flagged_as_short(end, message):
    rotation = Rotation(site="Short", start=date(2027, 1, 4), end=end)
    warnings = [w for w in rotation_warnings(rotation, [], None) if w.code == "short"]
    assert [w.message for w in warnings] == ([message] if message else [])


def test_warnings_come_in_the_order_overlap_then_after_target_then_short():
    rotation = Rotation(site="Two weeks", start=date(2027, 1, 4), end=date(2027, 1, 10))
    other = Rotation(site="Other", start=date(2027, 1, 8), end=date(2027, 1, 20))
    warnings = rotation_warnings(rotation, [other], date(2027, 1, 5))
    assert codes(warnings) == ["overlap", "after_target", "short"]
