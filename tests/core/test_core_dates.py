from datetime import date

import pytest

from lorkit.core.dates import out_of_range
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
