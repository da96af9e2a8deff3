from datetime import date

import pytest

from lorkit.core.dates import is_season_year, out_of_range, span_problems
from lorkit.core.season import override_problems


@pytest.mark.parametrize("day", [date(2000, 1, 1), date(2027, 6, 15), date(2100, 12, 31)])
def test_dates_from_2000_to_2100_are_plannable(day: date) -> None:
    assert out_of_range(day) is None


@pytest.mark.parametrize("day", [date(1, 1, 1), date(1999, 12, 31), date(2101, 1, 1)])
def test_other_years_are_refused_as_typos(day: date) -> None:
    assert out_of_range(day) == (
        f"{day.isoformat()} is outside the years lorkit plans for (2000–2100); check the year."
    )


def test_a_season_override_must_fall_in_its_season() -> None:
    assert override_problems(2028, {"match_day": date(2028, 3, 17)}) == []
    assert override_problems(2028, {"myeras_opens": date(2027, 1, 1), "match_day": None}) == []
    assert override_problems(2027, {"match_day": date(2028, 3, 17)}) == [
        "Match Day 2028-03-17 is not in the ERAS 2027 season (2026-01-01 to 2027-06-30); "
        "clear it or correct the year."
    ]


# One check for every span of days: forms, the import reader, the CLI and the services.


def test_a_span_ending_before_it_starts_names_both_dates_on_the_end_field() -> None:
    assert span_problems(date(2027, 1, 31), date(2027, 1, 4)) == {
        "end": "The end date (2027-01-04) is before the start date (2027-01-31)."
    }


@pytest.mark.parametrize(
    ("start", "end"),
    [(date(2027, 1, 4), date(2027, 1, 4)), (date(2027, 1, 4), date(2027, 1, 31))],
)
def test_a_span_ending_on_or_after_its_start_is_fine(start: date, end: date) -> None:
    assert span_problems(start, end) == {}


def test_each_date_out_of_range_is_named_on_its_own_field() -> None:
    problems = span_problems(date(1999, 12, 31), date(2101, 1, 1))

    assert set(problems) == {"start", "end"}
    assert problems["start"].startswith("1999-12-31 is outside the years")


def test_an_out_of_range_end_is_reported_once_not_also_as_before_the_start() -> None:
    problems = span_problems(date(2027, 1, 4), date(1027, 1, 4))

    assert list(problems) == ["end"]
    assert "outside the years" in problems["end"]


@pytest.mark.parametrize(("year", "plannable"), [(1999, False), (2000, True), (2100, True)])
def test_season_years_follow_the_same_range(year: int, plannable: bool) -> None:
    assert is_season_year(year) is plannable
