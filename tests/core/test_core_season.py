"""The ERAS season calendar: published dates win, the pattern fills the rest (domain §8)."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lorkit.core import defaults
from lorkit.core.ics import season_entries
from lorkit.core.season import (
    FRIDAY,
    SEASON_KEYS,
    WEDNESDAY,
    DateSource,
    SourceKind,
    nth_weekday,
    season_calendar,
    season_for_date,
)

ALL_KEYS = frozenset(SEASON_KEYS)


@pytest.mark.parametrize(
    ("year", "key", "expected"),
    [
        (2026, "myeras_opens", date(2025, 6, 4)),
        (2026, "submit_opens", date(2025, 9, 3)),
        (2026, "programs_review", date(2025, 9, 24)),
        (2026, "match_day", date(2026, 3, 20)),
        (2024, "match_day", date(2024, 3, 15)),
        (2027, "myeras_opens", date(2026, 6, 3)),
    ],
)
def test_published_dates_are_used_and_not_marked_estimated(year, key, expected):
    calendar = season_calendar(year)
    assert getattr(calendar, key) == expected
    assert key not in calendar.estimated


def test_eras_2026_estimates_only_the_rank_order_list_deadline_16_days_before_match_day():
    calendar = season_calendar(2026)
    assert calendar.rol_deadline == date(2026, 3, 4)
    assert calendar.estimated == {"rol_deadline"}
    assert calendar.overridden == frozenset()


def test_eras_2027_keeps_the_unofficial_myeras_date_and_estimates_the_rest():
    calendar = season_calendar(2027)
    assert calendar.myeras_opens == date(2026, 6, 3)
    assert calendar.estimated == ALL_KEYS - {"myeras_opens"}
    assert calendar.submit_opens == date(2026, 9, 2)
    assert calendar.programs_review == date(2026, 9, 23)
    assert calendar.match_day == date(2027, 3, 19)
    assert calendar.rol_deadline == date(2027, 3, 3)


def test_an_unpublished_season_follows_the_pattern_and_is_wholly_estimated():
    calendar = season_calendar(2028)
    assert calendar.dates() == [
        ("myeras_opens", date(2027, 6, 2)),
        ("submit_opens", date(2027, 9, 1)),
        ("programs_review", date(2027, 9, 22)),
        ("rol_deadline", date(2028, 3, 1)),
        ("match_day", date(2028, 3, 17)),
    ]
    assert calendar.estimated == ALL_KEYS
    assert calendar.year == 2028


def test_as_dict_has_the_stable_keys_with_iso_strings():
    data = season_calendar(2028).as_dict()
    stable = {"myeras_opens", "submit_opens", "programs_review", "rol_deadline", "match_day"}
    assert stable | {"estimated"} <= set(data)
    assert data["myeras_opens"] == "2027-06-02"
    assert data["submit_opens"] == "2027-09-01"
    assert data["programs_review"] == "2027-09-22"
    assert data["rol_deadline"] == "2028-03-01"
    assert data["match_day"] == "2028-03-17"
    assert data["estimated"] == list(SEASON_KEYS)


def test_as_dict_lists_only_the_estimated_keys_in_calendar_order():
    data = season_calendar(2026).as_dict()
    assert data["estimated"] == ["rol_deadline"]
    assert data["match_day"] == "2026-03-20"


def test_an_override_replaces_the_date_and_is_no_longer_estimated():
    calendar = season_calendar(2028, {"submit_opens": date(2027, 9, 8)})
    assert calendar.submit_opens == date(2027, 9, 8)
    assert "submit_opens" not in calendar.estimated
    assert calendar.overridden == {"submit_opens"}
    assert calendar.as_dict()["overridden"] == ["submit_opens"]


def test_an_override_wins_over_a_published_date():
    calendar = season_calendar(2026, {"match_day": date(2026, 3, 27)})
    assert calendar.match_day == date(2026, 3, 27)
    assert calendar.overridden == {"match_day"}


def test_an_overridden_match_day_moves_the_estimated_rank_order_deadline():
    calendar = season_calendar(2028, {"match_day": date(2028, 3, 24)})
    assert calendar.rol_deadline == date(2028, 3, 8)
    assert "rol_deadline" in calendar.estimated
    assert "match_day" not in calendar.estimated


def test_an_overridden_submission_date_moves_the_estimated_review_date_three_weeks_later():
    calendar = season_calendar(2028, {"submit_opens": date(2027, 9, 8)})
    assert calendar.programs_review == date(2027, 9, 29)
    assert "programs_review" in calendar.estimated


def test_a_none_override_leaves_the_date_as_estimated():
    calendar = season_calendar(2028, {"match_day": None})
    assert calendar.match_day == date(2028, 3, 17)
    assert calendar.overridden == frozenset()
    assert "match_day" in calendar.estimated


def test_an_unknown_override_key_is_refused():
    with pytest.raises(ValueError, match="unknown season date\\(s\\): match_date"):
        season_calendar(2028, {"match_date": date(2028, 3, 17)})


@pytest.mark.parametrize(
    ("year", "month", "weekday", "n", "expected"),
    [
        (2028, 3, FRIDAY, 3, date(2028, 3, 17)),
        (2024, 3, FRIDAY, 1, date(2024, 3, 1)),  # the month starts on a Friday
        (2024, 3, FRIDAY, 3, date(2024, 3, 15)),
        (2027, 9, WEDNESDAY, 1, date(2027, 9, 1)),  # the month starts on a Wednesday
        (2026, 9, WEDNESDAY, 1, date(2026, 9, 2)),
        (2025, 6, WEDNESDAY, 1, date(2025, 6, 4)),
        (2026, 3, 0, 5, date(2026, 3, 30)),  # fifth Monday
        (2026, 2, 6, 4, date(2026, 2, 22)),  # fourth Sunday
    ],
)
def test_nth_weekday_finds_the_nth_given_weekday_of_a_month(year, month, weekday, n, expected):
    assert nth_weekday(year, month, weekday, n) == expected


@pytest.mark.parametrize(
    ("today", "season"),
    [
        (date(2026, 11, 21), 2028),
        (date(2025, 9, 2), 2026),  # the day before ERAS 2026 submissions open
        (date(2025, 9, 3), 2027),  # submissions open: the season moves on
        (date(2025, 1, 10), 2026),
        (date(2026, 9, 1), 2027),
        (date(2026, 9, 2), 2028),
        (date(2027, 12, 31), 2029),
    ],
)
def test_the_current_season_is_the_first_whose_submissions_have_not_opened(today, season):
    assert season_for_date(today) == season


@given(st.integers(min_value=2000, max_value=2100))
def test_match_day_is_always_the_third_friday_of_march(year):
    match_day = season_calendar(year).match_day
    assert match_day.year == year
    assert match_day.month == 3
    assert match_day.weekday() == FRIDAY
    assert 15 <= match_day.day <= 21


@given(st.integers(min_value=2000, max_value=2100))
def test_the_season_dates_always_come_in_order(year):
    c = season_calendar(year)
    assert c.myeras_opens < c.submit_opens < c.programs_review < c.rol_deadline < c.match_day
    assert c.match_day - c.rol_deadline == timedelta(days=16)
    assert c.myeras_opens.year == c.submit_opens.year == year - 1


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)))
def test_the_current_season_still_accepts_submissions_and_the_one_before_does_not(today):
    season = season_for_date(today)
    assert season_calendar(season).submit_opens > today
    assert season_calendar(season - 1).submit_opens <= today


# Where each date comes from: published (and by whom), an unofficial report, the pattern, or
# the applicant's correction.


@pytest.mark.parametrize(
    ("year", "key", "name"),
    [
        (2026, "myeras_opens", "AAMC ERAS 2026 timeline"),
        (2026, "submit_opens", "AAMC ERAS 2026 timeline"),
        (2026, "programs_review", "AAMC ERAS 2026 timeline"),
        (2026, "match_day", "NRMP Main Residency Match calendar"),
        (2024, "match_day", "NRMP Main Residency Match calendar"),
    ],
)
def test_a_published_date_names_its_publisher(year, key, name):
    source = season_calendar(year).provenance(key)
    assert source == DateSource(SourceKind.PUBLISHED, name)
    assert source.label == f"Published · {name}"
    assert season_calendar(year).source(key) == "published"


def test_the_2027_myeras_date_is_an_unofficial_report_not_a_published_date():
    calendar = season_calendar(2027)
    source = calendar.provenance("myeras_opens")
    assert source.kind is SourceKind.UNOFFICIAL
    assert source.name
    assert source.label == f"Unofficial report · {source.name}"
    assert calendar.source("myeras_opens") == "unofficial report"
    assert "myeras_opens" not in calendar.estimated


def test_an_estimated_date_says_it_follows_the_usual_pattern():
    calendar = season_calendar(2026)
    assert calendar.provenance("rol_deadline") == DateSource(SourceKind.ESTIMATED)
    assert calendar.provenance("rol_deadline").label == "Estimated from the usual pattern"
    assert calendar.source("rol_deadline") == "estimated"


@pytest.mark.parametrize(
    ("year", "key"), [(2026, "match_day"), (2027, "myeras_opens"), (2028, "submit_opens")]
)
def test_a_correction_is_the_applicants_own_whatever_it_replaced(year, key):
    day = getattr(season_calendar(year), key) + timedelta(days=7)
    source = season_calendar(year, {key: day}).provenance(key)
    assert source == DateSource(SourceKind.OVERRIDE)
    assert source.label == "Your correction"
    assert source.name == ""


def test_the_four_kinds_of_source_read_differently():
    labels = {DateSource(kind, "NRMP").label for kind in SourceKind}
    words = {DateSource(kind).word for kind in SourceKind}
    assert len(labels) == len(words) == len(SourceKind) == 4


def test_asking_for_the_source_of_an_unknown_date_is_an_error():
    with pytest.raises(KeyError):
        season_calendar(2026).provenance("match_date")


def test_as_dict_adds_each_dates_source_and_the_unofficial_keys():
    data = season_calendar(2027, {"match_day": date(2027, 3, 26)}).as_dict()
    assert data["unofficial"] == ["myeras_opens"]
    assert data["sources"]["myeras_opens"]["kind"] == "unofficial"
    assert data["sources"]["submit_opens"] == {"kind": "estimated", "name": ""}
    assert data["sources"]["match_day"] == {"kind": "override", "name": ""}
    assert data["estimated"] == ["submit_opens", "programs_review", "rol_deadline"]
    assert season_calendar(2026).as_dict()["sources"]["match_day"] == {
        "kind": "published",
        "name": "NRMP Main Residency Match calendar",
    }


def test_every_announced_date_names_its_source():
    for year, dates in defaults.PUBLISHED_SEASON_DATES.items():
        for key, entry in dates.items():
            assert key in SEASON_KEYS, (year, key)
            assert entry.source.strip(), (year, key)


@given(
    st.integers(min_value=2000, max_value=2100),
    st.sets(st.sampled_from(SEASON_KEYS), max_size=2),
)
def test_each_date_has_exactly_the_source_its_calendar_records(year, corrected):
    base = season_calendar(year)
    # A correction a day later than the date it replaces keeps the season in order.
    calendar = season_calendar(
        year, {key: getattr(base, key) + timedelta(days=1) for key in corrected}
    )
    announced = defaults.PUBLISHED_SEASON_DATES.get(year, {})
    for key in SEASON_KEYS:
        kind = calendar.provenance(key).kind
        assert (kind is SourceKind.OVERRIDE) == (key in calendar.overridden) == (key in corrected)
        assert (kind is SourceKind.ESTIMATED) == (key in calendar.estimated)
        if kind in (SourceKind.PUBLISHED, SourceKind.UNOFFICIAL):
            assert calendar.provenance(key).name == announced[key].source
            assert (kind is SourceKind.PUBLISHED) == announced[key].official


def test_the_calendar_feed_marks_an_unofficial_date_as_it_marks_an_estimate():
    summaries = [entry.summary for entry in season_entries(season_calendar(2027), "u1")]
    assert summaries[0] == "ERAS 2027: MyERAS opens (unofficial report)"
    assert summaries[1] == "ERAS 2027: Applicants may submit (estimated)"
    published = [entry.summary for entry in season_entries(season_calendar(2026), "u1")]
    assert published[-1] == "ERAS 2026: Match Day"
