"""Reading the words providers use: prices, lengths, start dates, addresses and the
vocabularies, as they are pasted from real offer pages."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lorkit.core.site_text import (
    Unreadable,
    read_length,
    read_money,
    read_start_dates,
    read_url,
    start_dates_text,
)
from lorkit.core.site_words import (
    read_duties,
    read_kind,
    read_letter_policy,
    read_residency,
    read_setting,
    read_specialty,
    read_state,
    read_supervision,
)
from lorkit.core.sites import (
    Duty,
    Institution,
    Length,
    LetterPolicy,
    Money,
    SiteKind,
    Supervision,
    length_text,
    money_text,
)
from lorkit.core.vocabulary import Setting

TODAY = date(2026, 11, 21)


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("$1,800 per 4 weeks", Money(1800, 1800, 28)),
        ("$250/week", Money(250, 250, 7)),
        ("1500", Money(1500, 1500, None)),
        ("USD 2,100 flat", Money(2100, 2100, None)),
        ("$4,500–6,000 per month", Money(4500, 6000, 28)),
        ("$4500 - $6000/mo", Money(4500, 6000, 28)),
        ("4,500 to 6,000 USD monthly", Money(4500, 6000, 28)),
        ("$6,000–4,500 per month", Money(4500, 6000, 28)),
        ("2.5k", Money(2500, 2500, None)),
        ("$1,799.50 per rotation", Money(1800, 1800, None)),
        ("$900 weekly", Money(900, 900, 7)),
        ("$50 per day", Money(50, 50, 1)),
        ("$600 per 2 weeks", Money(600, 600, 14)),
        ("$2,100 for a 4-week rotation", Money(2100, 2100, 28)),
        ("from $1,425/month", Money(1425, 1425, 28)),
        ("US$ 3,000 total", Money(3000, 3000, None)),
        ("free", Money(0, 0, None)),
        ("No fee", Money(0, 0, None)),
        ("$2,100 for the whole rotation", Money(2100, 2100, None)),
    ],
)
def test_a_price_is_read_as_providers_write_it(text: str, money: Money) -> None:
    assert read_money(text).value.money == money


@pytest.mark.parametrize(
    ("text", "covers"),
    [
        ("$1,800 including housing", "housing"),
        ("$2,600 (housing included)", "housing"),
        ("$3,000 per 4 weeks incl. malpractice insurance", "malpractice insurance"),
    ],
)
def test_what_a_price_covers_is_kept_apart_from_the_amount(text: str, covers: str) -> None:
    assert read_money(text).value.covers == covers


@pytest.mark.parametrize(
    "text", ["", "   ", "-", "?", "TBD", "contact us", "Contact for pricing", "varies"]
)
def test_a_blank_or_unknown_price_is_not_known(text: str) -> None:
    assert read_money(text).value.money is None


def test_an_amount_without_a_period_is_read_as_the_default_and_says_so() -> None:
    bare = read_money("1200", 28)

    assert bare.value.money == Money(1200, 1200, 28)
    assert bare.note == "no period given: read as per 4 weeks"
    assert read_money("1500").note == "no period given: read as the whole rotation"
    assert read_money("$1,800 per 4 weeks").note == ""
    assert read_money("$150", note_bare=False).note == ""


def test_an_approximate_amount_is_read_as_exact_with_a_note() -> None:
    reading = read_money("approx $3000 per rotation")

    assert reading.value.money == Money(3000, 3000, None)
    assert "approximate" in reading.note


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("two thousand dollars", "is not a price such as"),
        ("€2,000 per month", "only U.S. dollars"),
        ("2000 EUR", "only U.S. dollars"),
        ("₹150,000", "only U.S. dollars"),
        ("$2,000 + $300 registration", "holds more than one amount"),
        ("$5,000,000", "more than $1,000,000"),
    ],
)
def test_a_price_that_cannot_be_read_is_refused_with_the_reason(text: str, reason: str) -> None:
    with pytest.raises(Unreadable, match=re.escape(reason)):
        read_money(text)


@given(
    low=st.integers(0, 1_000_000),
    extra=st.integers(0, 50_000),
    per_days=st.one_of(st.none(), st.integers(1, 364)),
)
def test_an_amount_written_by_lorkit_reads_back_the_same(
    low: int, extra: int, per_days: int | None
) -> None:
    money = Money(low, min(low + extra, 1_000_000), per_days)

    assert read_money(money_text(money)).value.money == money


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("4", (28, 28)),
        ("4-8", (28, 56)),
        ("2–4 weeks", (14, 28)),
        ("1 month", (28, 28)),
        ("a month", (28, 28)),
        ("one month", (28, 28)),
        ("1-2 months", (28, 56)),
        ("10 days", (10, 10)),
        ("5 days", (5, 5)),
        ("6 weeks", (42, 42)),
        ("4 wks", (28, 28)),
        ("2 weeks to 1 month", (14, 28)),
        ("4, 8 or 12 weeks", (28, 84)),
        ("2.5 weeks", (18, 18)),
        ("4 weeks (rotation)", (28, 28)),
        ("3 months", (84, 84)),
    ],
)
def test_a_length_is_read_in_weeks_days_or_months(text: str, days: tuple[int, int]) -> None:
    assert read_length(text).value == Length(*days)


def test_at_least_a_length_is_read_as_that_length_with_a_note() -> None:
    reading = read_length("4+ weeks")

    assert reading.value == Length(28, 28)
    assert reading.note == "at least 4 weeks: read as 4 weeks"


@pytest.mark.parametrize("text", ["", "flexible", "TBD", "varies"])
def test_a_blank_or_unknown_length_is_not_known(text: str) -> None:
    assert read_length(text).value is None


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("banana", "is not a length such as 4, 4-8"),
        ("a few weeks", "is not a length"),
        ("0", "between 1 day and 52 weeks"),
        ("100 weeks", "between 1 day and 52 weeks"),
    ],
)
def test_a_length_that_cannot_be_read_is_refused(text: str, reason: str) -> None:
    with pytest.raises(Unreadable, match=reason):
        read_length(text)


@given(low=st.integers(1, 364), extra=st.integers(0, 363))
def test_a_length_written_by_lorkit_reads_back_the_same(low: int, extra: int) -> None:
    length = Length(low, min(364, low + extra))

    assert read_length(length_text(length)).value == length


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("externship", SiteKind.EXTERNSHIP),
        ("Clinical Externship (hands-on)", SiteKind.EXTERNSHIP),
        ("sub-I", SiteKind.SUB_INTERNSHIP),
        ("Sub-Internship", SiteKind.SUB_INTERNSHIP),
        ("acting internship", SiteKind.SUB_INTERNSHIP),
        ("clerkship", SiteKind.CLERKSHIP),
        ("observer", SiteKind.OBSERVERSHIP),
        ("Shadowing", SiteKind.OBSERVERSHIP),
        ("Clinical observership", SiteKind.OBSERVERSHIP),
        ("elective", SiteKind.ELECTIVE),
        ("Hands-on", SiteKind.ELECTIVE),
        ("USCE rotation", SiteKind.ELECTIVE),
        ("research", SiteKind.RESEARCH),
        ("Research elective", SiteKind.RESEARCH),
        ("Observership elective", SiteKind.OBSERVERSHIP),
    ],
)
def test_a_kind_is_read_from_the_words_providers_use(text: str, kind: SiteKind) -> None:
    assert read_kind(text).value is kind


def test_a_kind_lorkit_does_not_know_is_refused_naming_the_kinds_it_knows() -> None:
    with pytest.raises(Unreadable, match="elective, externship, sub-I, clerkship"):
        read_kind("fellowship")


@pytest.mark.parametrize(
    ("text", "institution", "care"),
    [
        ("academic", Institution.ACADEMIC, None),
        ("Community teaching hospital, inpatient", Institution.COMMUNITY, Setting.INPATIENT),
        ("University hospital - outpatient clinic", Institution.ACADEMIC, Setting.OUTPATIENT),
        ("private practice", Institution.PRIVATE, None),
        ("Private office", Institution.PRIVATE, None),
        ("private_practice, mixed", Institution.PRIVATE, Setting.MIXED),
        ("in/outpatient", None, Setting.MIXED),
        ("inpatient and outpatient", None, Setting.MIXED),
        ("community hospital", Institution.COMMUNITY, Setting.INPATIENT),
        ("wards", None, Setting.INPATIENT),
    ],
)
def test_a_setting_names_the_kind_of_place_and_the_care(
    text: str, institution: Institution | None, care: Setting | None
) -> None:
    assert read_setting(text).value == (institution, care)


@pytest.mark.parametrize(
    ("text", "supervision"),
    [
        ("1:1", Supervision.ONE_PRECEPTOR),
        ("one-on-one with an attending", Supervision.ONE_PRECEPTOR),
        ("single preceptor", Supervision.ONE_PRECEPTOR),
        ("1 to 2 students", Supervision.SMALL_TEAM),
        ("small team", Supervision.SMALL_TEAM),
        ("1:4", Supervision.MANY_STUDENTS),
        ("up to 8 students", Supervision.MANY_STUDENTS),
        ("many students per preceptor", Supervision.MANY_STUDENTS),
        ("Residents only", Supervision.RESIDENTS_ONLY),
        ("you follow residents", Supervision.RESIDENTS_ONLY),
    ],
)
def test_supervision_is_read_from_words_and_head_counts(
    text: str, supervision: Supervision
) -> None:
    assert read_supervision(text).value is supervision


@pytest.mark.parametrize(
    ("text", "policy"),
    [
        ("Personalized LOR provided", LetterPolicy.PERSONALISED),
        ("yes", LetterPolicy.PERSONALISED),
        ("LOR based on performance", LetterPolicy.ON_PERFORMANCE),
        ("LoR possible", LetterPolicy.ON_PERFORMANCE),
        ("not guaranteed", LetterPolicy.ON_PERFORMANCE),
        ("at the preceptor's discretion", LetterPolicy.ON_PERFORMANCE),
        ("generic", LetterPolicy.GENERIC_ONLY),
        ("certificate of completion", LetterPolicy.GENERIC_ONLY),
        ("Generic letter, no personalized LOR", LetterPolicy.GENERIC_ONLY),
        ("Certificate only, no LOR", LetterPolicy.NO_LETTER),
        ("No", LetterPolicy.NO_LETTER),
        ("none", LetterPolicy.NO_LETTER),
    ],
)
def test_a_letter_policy_is_read_conditions_first(text: str, policy: LetterPolicy) -> None:
    assert read_letter_policy(text).value is policy


@pytest.mark.parametrize(
    ("text", "duties"),
    [
        ("H&P, notes, presenting", {Duty.HISTORIES, Duty.NOTES, Duty.PRESENTING}),
        ("Write SOAP notes; present on rounds", {Duty.NOTES, Duty.PRESENTING, Duty.ROUNDS}),
        ("suturing", {Duty.PROCEDURES}),
        ("all", set(Duty)),
        ("observe only", set()),
        ("none", set()),
        ("no patient contact", set()),
    ],
)
def test_duties_are_read_and_none_is_no_patient_contact(text: str, duties: set[Duty]) -> None:
    assert read_duties(text).value == frozenset(duties)


def test_blank_duties_are_not_known_which_differs_from_none() -> None:
    assert read_duties("").value is None
    assert read_duties("none").value == frozenset()


@pytest.mark.parametrize(
    ("text", "accepted"),
    [
        ("yes", True),
        ("IMGs welcome", True),
        ("no restrictions", True),
        ("No", False),
        ("current students only", False),
        ("not accepted", False),
        ("", None),
    ],
)
def test_whether_residency_applicants_are_accepted(text: str, accepted: bool | None) -> None:
    assert read_residency(text).value is accepted


@pytest.mark.parametrize(
    ("text", "code"),
    [("IL", "IL"), ("il", "IL"), ("Illinois", "IL"), ("Washington, D.C.", "DC"), ("", "")],
)
def test_a_state_is_a_code_or_a_name(text: str, code: str) -> None:
    assert read_state(text).value == code


def test_a_place_outside_the_us_is_not_a_state() -> None:
    with pytest.raises(Unreadable, match="not a U.S. state"):
        read_state("Ontario")


@pytest.mark.parametrize(
    ("text", "specialty", "focus"),
    [
        ("IM", "Internal Medicine", ""),
        ("internal medicine", "Internal Medicine", ""),
        ("Cardiology", "Internal Medicine", "Cardiology"),
        ("Pediatric cardiology", "Pediatrics", "Pediatric cardiology"),
        ("Family Practice", "Family Medicine", ""),
        ("OB/GYN", "Obstetrics and Gynecology", ""),
        ("Med-Peds", "Internal Medicine/Pediatrics", ""),
        ("Wound care", "", "Wound care"),
    ],
)
def test_a_specialty_is_an_eras_specialty_and_an_area_within_it(
    text: str, specialty: str, focus: str
) -> None:
    assert read_specialty(text).value == (specialty, focus)


def test_words_naming_no_specialty_are_kept_as_the_focus_with_a_note() -> None:
    assert "not an ERAS specialty" in read_specialty("Wound care").note


@pytest.mark.parametrize(
    ("text", "dates", "rolling"),
    [
        ("2027-01-04; 2027-03-01", (date(2027, 1, 4), date(2027, 3, 1)), False),
        ("01/04/2027", (date(2027, 1, 4),), False),
        ("January 4, 2027", (date(2027, 1, 4),), False),
        ("4 Jan 2027 and 1 Feb 2027", (date(2027, 1, 4), date(2027, 2, 1)), False),
        ("Jan 2027, Mar 2027", (date(2027, 1, 1), date(2027, 3, 1)), False),
        ("Jan, March", (date(2027, 1, 1), date(2027, 3, 1)), False),
        ("Nov", (date(2026, 11, 1),), False),
        ("Oct", (date(2027, 10, 1),), False),
        ("rolling", (), True),
        ("Monthly", (), True),
        ("year-round", (), True),
        ("2027-01-04, rolling", (date(2027, 1, 4),), True),
    ],
)
def test_start_dates_are_read_and_a_month_without_a_year_is_the_next_one(
    text: str, dates: tuple[date, ...], rolling: bool
) -> None:
    assert read_start_dates(text, TODAY).value == (dates, rolling)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("2027-02-30", "does not exist"),
        ("whenever you like", "not a list of start dates"),
        ("1999-01-04", "outside the years lorkit plans for"),
    ],
)
def test_start_dates_that_cannot_be_read_are_refused(text: str, reason: str) -> None:
    with pytest.raises(Unreadable, match=reason):
        read_start_dates(text, TODAY)


@given(
    st.lists(st.dates(date(2000, 1, 1), date(2100, 12, 31)), max_size=5, unique=True),
    st.booleans(),
)
def test_start_dates_written_by_lorkit_read_back_the_same(days: list[date], rolling: bool) -> None:
    if not days and not rolling:
        return
    dates = tuple(sorted(days))

    assert read_start_dates(start_dates_text(dates, rolling), TODAY).value == (dates, rolling)


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("https://example.org/x", "https://example.org/x"),
        ("www.example.org", "https://www.example.org"),
        ("example.org/path?q=1", "https://example.org/path?q=1"),
        ("", ""),
    ],
)
def test_a_source_address_is_http_or_https(text: str, url: str) -> None:
    assert read_url(text).value == url


@pytest.mark.parametrize(
    "text", ["javascript:alert(1)", "ftp://example.org", "http://a b", "data:text/html,hi"]
)
def test_an_address_that_is_not_a_web_page_is_refused(text: str) -> None:
    with pytest.raises(Unreadable, match="not a web address"):
        read_url(text)
