"""Storable text: what every form, import and command lets reach the database."""

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lorkit.core.text import text_problem

# Any code point at all, surrogates and control characters included (Hypothesis leaves out
# surrogates unless told otherwise).
any_text = st.text(st.characters(exclude_categories=()))


@pytest.mark.parametrize(
    "value",
    [
        "",
        "Mercy Hospital",
        "Dr. Nguyễn, São Paulo, Zürich",
        "Rounds\tat 7\nthen clinic\r\n",
        "😀 and 中文",
        "\u00a0non-breaking space and \u2028 line separator",
        "\ufffd the replacement character stands in for a broken one",
    ],
)
def test_ordinary_text_with_tabs_and_line_breaks_is_storable(value):
    assert text_problem(value) is None


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("Mercy\x00", "contains a NUL character (U+0000) at position 6"),
        ("\x00\x1b", "contains a NUL character (U+0000) at position 1"),
        ("Title \x1b[2J", "contains a control character (U+001B) at position 7"),
        ("\x07bell", "contains a control character (U+0007) at position 1"),
        ("form\x0cfeed", "contains a control character (U+000C) at position 5"),
        ("vertical\x0btab", "contains a control character (U+000B) at position 9"),
        ("delete\x7f", "contains a control character (U+007F) at position 7"),
        ("next line\x85", "contains a control character (U+0085) at position 10"),
        ("csi\x9b", "contains a control character (U+009B) at position 4"),
        (
            "half \ud800",
            "contains a lone surrogate (U+D800) at position 6, which is not valid UTF-8",
        ),
        (
            "\udcff escaped byte",
            "contains a lone surrogate (U+DCFF) at position 1, which is not valid UTF-8",
        ),
        (
            "pair written as two halves \ud83d\ude00",
            "contains a lone surrogate (U+D83D) at position 28, which is not valid UTF-8",
        ),
    ],
)
def test_unstorable_text_is_refused_naming_its_first_bad_character(value, problem):
    assert text_problem(value) == problem


def test_the_first_unstorable_character_is_found_in_two_megabytes_of_text():
    value = "a" * 2_000_000 + "\x00"
    assert text_problem(value) == "contains a NUL character (U+0000) at position 2000001"


@given(any_text)
def test_any_storable_text_encodes_to_utf8_and_round_trips_through_json(value):
    if text_problem(value) is None:
        assert value.encode("utf-8").decode("utf-8") == value
        assert json.loads(json.dumps(value)) == value
        assert json.loads(json.dumps(value, ensure_ascii=False)) == value


@given(any_text.filter(lambda value: text_problem(value) is None))
def test_storable_text_holds_no_control_character_but_tab_newline_and_return(value):
    assert all(ord(c) >= 0x20 or c in "\t\n\r" for c in value)
    assert not any(0x7F <= ord(c) <= 0x9F for c in value)


@given(
    st.text(st.characters(codec="utf-8", exclude_categories=["Cc"])),
    st.sampled_from(["\x00", "\x01", "\x1f", "\x7f", "\x80", "\x9f", "\ud800", "\udfff"]),
    any_text,
)
def test_a_refused_character_is_named_at_its_position_whatever_surrounds_it(before, bad, after):
    problem = text_problem(before + bad + after)
    assert problem is not None
    assert f"(U+{ord(bad):04X}) at position {len(before) + 1}" in problem


@given(any_text)
def test_text_that_cannot_be_encoded_as_utf8_is_always_refused(value):
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        assert text_problem(value) is not None
