"""The site options CSV: its stable header, rows read one by one with problems by row and column,
hostile files refused whole, formula-safe writing, and the export record of an offer."""

from __future__ import annotations

import codecs
import csv
import io
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lorkit.core import defaults
from lorkit.core.site_csv import (
    COLUMNS,
    CsvRefused,
    formula_safe,
    read_site_csv,
    template_csv,
    write_site_csv,
)
from lorkit.core.site_record import read_site_option, read_site_options, site_option_record
from lorkit.core.sites import (
    Duty,
    Institution,
    Length,
    LetterPolicy,
    Money,
    SiteKind,
    SiteOption,
    Supervision,
)
from lorkit.core.vocabulary import ERAS_SPECIALTIES, US_STATES, Setting

TODAY = date(2026, 11, 21)
HEADER = ",".join(COLUMNS)


def test_the_header_is_the_stable_interface_of_the_issue() -> None:
    assert HEADER == (
        "name,provider,city,state,specialty,kind,setting,supervision,letter_policy,duties,"
        "weeks,price,fees,living_cost,start_dates,residency_applicants,requirements,"
        "source_url,notes"
    )
    assert template_csv().splitlines()[0] == HEADER


def test_the_template_example_reads_without_a_problem() -> None:
    reading = read_site_csv(template_csv().encode(), TODAY)

    assert reading.problems == []
    assert len(reading.options) == 1
    assert reading.options[0].kind is SiteKind.EXTERNSHIP


def test_a_blank_cell_means_not_known() -> None:
    reading = read_site_csv(f"{HEADER}\nJust a name{',' * (len(COLUMNS) - 1)}\n", TODAY)

    assert reading.options == [SiteOption(name="Just a name")]


def test_a_bad_row_is_named_by_row_and_column_and_the_good_rows_are_kept() -> None:
    text = (
        "name,kind,weeks,price\n"
        "Good one,externship,4,$250/week\n"
        ",elective,4,$1\n"
        "Bad one,fellowship,banana,around two grand\n"
        "Another good one,observer,2,free\n"
    )

    reading = read_site_csv(text, TODAY)

    assert [o.name for o in reading.options] == ["Good one", "Another good one"]
    assert reading.bad_rows == 2
    assert [(p.row, p.column) for p in reading.problems] == [
        (3, "name"),
        (4, "kind"),
        (4, "weeks"),
        (4, "price"),
    ]
    assert str(reading.problems[1]) == (
        "Row 4, kind: 'fellowship' is not a kind lorkit knows: elective, externship, sub-I, "
        "clerkship, observership (or shadowing) or research"
    )


def test_an_unreadable_price_is_reported_not_guessed() -> None:
    reading = read_site_csv("name,price\nOffer,around two grand\n", TODAY)

    assert reading.options == []
    assert str(reading.problems[0]).startswith("Row 2, price: 'around two grand' is not a price")


def test_what_lorkit_assumed_is_noted_by_row_and_column() -> None:
    reading = read_site_csv("name,price,living_cost\nOffer,1500,1200\n", TODAY)

    assert [str(n) for n in reading.notes] == [
        "Row 2, price: no period given: read as the whole rotation",
        "Row 2, living_cost: no period given: read as per 4 weeks",
    ]
    assert reading.options[0].living_cost == Money(1200, 1200, 28)


def test_columns_may_be_added_reordered_and_written_in_any_case() -> None:
    text = "Notes,My rating,NAME,Letter Policy\nlovely,5,Mercy,LOR offered\n"

    reading = read_site_csv(text, TODAY)

    assert reading.options[0].name == "Mercy"
    assert reading.options[0].letter_policy is LetterPolicy.PERSONALISED
    assert reading.options[0].notes == "lovely"
    assert reading.ignored_columns == ("my_rating",)


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_rows_pasted_from_a_spreadsheet_may_use_semicolons_or_tabs(delimiter: str) -> None:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerows([["name", "price", "weeks"], ["Mercy", "$1,800 per 4 weeks", "4"]])

    assert read_site_csv(out.getvalue(), TODAY).options[0].price == Money(1800, 1800, 28)


@pytest.mark.parametrize(
    ("raw", "note"),
    [
        ("name,city\nMercy,Zürich\n".encode("utf-8-sig"), ""),
        ("name,city\nMercy,Zürich\n".encode("utf-16"), ""),
        ("name,city\nMercy,Zürich\n".encode("cp1252"), "read as Windows-1252"),
    ],
)
def test_utf8_utf16_and_excels_windows_encoding_are_read(raw: bytes, note: str) -> None:
    reading = read_site_csv(raw, TODAY)

    assert reading.options[0].city == "Zürich"
    assert note in reading.encoding_note


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"PK\x03\x04\x14\x00\x00\x00binary spreadsheet", "holds NUL bytes"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", "broken UTF-16"),
        (b"\x81\x8d\x8f\x90\x9d", "not text lorkit can read"),
        (b"provider,city\nA,B\n", "the first row must be the header row"),
        (b"", "the first row must be the header row"),
        (b'name,notes\nA,"never closed\n', "not CSV"),
        (b"name\n" + b"x" * defaults.SITE_CSV_MAX_BYTES, "larger than 96 KB"),
    ],
)
def test_a_file_that_is_no_offers_csv_is_refused_whole(raw: bytes, reason: str) -> None:
    with pytest.raises(CsvRefused, match=reason):
        read_site_csv(raw, TODAY)


def test_more_offers_than_an_account_keeps_are_refused_whole() -> None:
    rows = "".join(f"Offer {n}\n" for n in range(defaults.SITE_OPTIONS_PER_ACCOUNT + 1))

    with pytest.raises(CsvRefused, match="holds 201 offers"):
        read_site_csv("name\n" + rows, TODAY)


def test_unstorable_text_in_a_cell_is_a_problem_of_that_cell() -> None:
    reading = read_site_csv("name,notes\nMercy,bad\x00byte\nGood,fine\n", TODAY)

    assert [o.name for o in reading.options] == ["Good"]
    assert (
        str(reading.problems[0]) == "Row 2, notes: contains a NUL character (U+0000) at position 4"
    )


def test_a_row_with_more_cells_than_the_header_is_refused() -> None:
    reading = read_site_csv("name,price\nMercy,$1,800,4 weeks\n", TODAY)

    assert reading.options == []
    assert "unquoted" in str(reading.problems[0])


def test_a_cell_too_long_for_its_column_is_refused() -> None:
    reading = read_site_csv(f"name\n{'M' * 201}\n", TODAY)

    assert str(reading.problems[0]) == "Row 2, name: is longer than 200 characters"


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
        ("+1 555", "'+1 555"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("'=already", "''=already"),
        ("plain", "plain"),
        ("'quoted", "'quoted"),
    ],
)
def test_a_cell_that_would_run_as_a_formula_is_written_as_text(cell: str, written: str) -> None:
    assert formula_safe(cell) == written


def test_a_formula_in_an_offer_is_written_safe_and_read_back_unchanged() -> None:
    option = SiteOption(name="=cmd|' /C calc'!A0", notes="@SUM(1+1)", city="-Toledo")

    written = write_site_csv([option])

    assert "\n'=cmd" in written and ",'@SUM" in written
    assert read_site_csv(written, TODAY).options == [option]


text = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\u2028\u2029\x85"),
    max_size=30,
).map(lambda s: " ".join(s.split()))
amounts = st.one_of(
    st.none(),
    st.tuples(
        st.integers(0, 20_000), st.integers(0, 5_000), st.one_of(st.none(), st.integers(1, 60))
    ).map(lambda t: Money(t[0], t[0] + t[1], t[2])),
)
offers = st.builds(
    SiteOption,
    name=text.filter(bool),
    provider=text,
    city=text,
    state=st.sampled_from(("", *US_STATES)),
    specialty=st.sampled_from(("", *ERAS_SPECIALTIES)),
    focus=text,
    kind=st.one_of(st.none(), st.sampled_from(SiteKind)),
    institution=st.one_of(st.none(), st.sampled_from(Institution)),
    setting=st.one_of(st.none(), st.sampled_from(Setting)),
    supervision=st.one_of(st.none(), st.sampled_from(Supervision)),
    letter_policy=st.one_of(st.none(), st.sampled_from(LetterPolicy)),
    duties=st.one_of(st.none(), st.frozensets(st.sampled_from(Duty))),
    length=st.one_of(
        st.none(),
        st.tuples(st.integers(1, 200), st.integers(0, 100)).map(
            lambda t: Length(t[0], t[0] + t[1])
        ),
    ),
    price=amounts,
    price_covers=text,
    fees=amounts,
    living_cost=amounts,
    start_dates=st.lists(st.dates(date(2000, 1, 1), date(2100, 1, 1)), max_size=3).map(
        lambda days: tuple(sorted(set(days)))
    ),
    rolling_start=st.booleans(),
    residency_applicants=st.one_of(st.none(), st.booleans()),
    requirements=text,
    source_url=st.sampled_from(("", "https://example.org/a?b=1")),
    notes=text,
)


@given(st.lists(offers, max_size=4))
def test_offers_written_as_csv_read_back_the_same(options: list[SiteOption]) -> None:
    reading = read_site_csv(write_site_csv(options), TODAY)

    assert reading.problems == []
    assert reading.options == options


@given(offers, st.uuids())
def test_an_offer_written_as_an_export_record_reads_back_the_same(
    option: SiteOption, uid: object
) -> None:
    stored = SiteOption(**{**option.__dict__, "id": str(uid)})

    read, problems = read_site_option(site_option_record(stored))

    assert problems == []
    assert read == stored


def record(**changes: object) -> dict[str, object]:
    base = site_option_record(
        SiteOption(name="Mercy", id="6f1c0a52-3d4b-4e8f-9a51-2b7c1d9e0f34", price=Money(1, 2, 7))
    )
    return {**base, **changes}


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"name": ""}, "Site option 1, Name: this is required."),
        ({"kind": "fellowship"}, "Site option 1, Kind: 'fellowship' is not one of:"),
        (
            {"price": {"low": 5, "high": 1, "per_days": 7}},
            "Site option 1, Price (high): this is less",
        ),
        (
            {"price": {"low": -1, "high": 1}},
            "Site option 1, Price (low): this must be a whole number",
        ),
        ({"price": "$5"}, "Site option 1, Price: this must be an object"),
        ({"duties": ["juggling"]}, "Site option 1, What you may do: this must be null or a list"),
        ({"start_dates": ["2027-02-30"]}, "Site option 1, Start dates: '2027-02-30' is not a date"),
        ({"source_url": "javascript:alert(1)"}, "Site option 1, Source address: 'javascript"),
        ({"notes": "a\x00b"}, "Site option 1, Notes: this text contains a NUL character"),
        ({"residency_applicants": "yes"}, "Site option 1, Open to applicants who intend"),
        (
            {"booked_rotation": "6f1c0a52-3d4b-4e8f-9a51-2b7c1d9e0f35"},
            "Site option 1, Booked rotation: no rotation in this file has the id",
        ),
    ],
)
def test_a_bad_export_record_is_named_by_place_and_field(
    changes: dict[str, object], problem: str
) -> None:
    _, problems = read_site_options({"site_options": [record(**changes)]}, set())

    assert len(problems) == 1
    assert problems[0].startswith(problem)


def test_too_many_offers_in_an_export_are_refused_by_their_count() -> None:
    many = [record()] * (defaults.SITE_OPTIONS_PER_ACCOUNT + 1)

    options, problems = read_site_options({"site_options": many}, set())

    assert options == []
    assert problems == ["Site options: this file holds 201; an account keeps at most 200."]


def test_two_offers_with_one_id_are_refused() -> None:
    _, problems = read_site_options({"site_options": [record(), record()]}, set())

    assert problems == [
        "Site option 2, Id: another site option has the same id; each needs its own."
    ]
