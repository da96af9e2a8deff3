"""The journal's rules (domain §5): days together, the check-in, coasting, the streak, the
30-day strip and the warning signs."""

from dataclasses import fields
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lorkit.core import defaults
from lorkit.core.journal import (
    CHECK_IN_QUESTIONS,
    COASTING_CORRECTIONS,
    RED_FLAG_ADVICE,
    CheckIn,
    DayMark,
    Feedback,
    Journal,
    Person,
    RedFlag,
    Story,
    Talk,
    WarningCode,
    check_in_streak,
    check_in_strip,
    coasting_runs,
    current_coasting,
    entry_problems,
    merge_spans,
    warning_signs,
)
from lorkit.core.rotation import Rotation
from lorkit.core.vocabulary import (
    KEY_CHARACTERISTIC_LABELS,
    RED_FLAG_LABELS,
    ROLE_LABELS,
    KeyCharacteristic,
    PersonRole,
    RedFlagKind,
)

JAN = Rotation(
    date(2027, 1, 4), date(2027, 1, 31), site="Mercy", specialty="Internal Medicine", id="jan"
)
MAR = Rotation(
    date(2027, 3, 1), date(2027, 3, 28), site="St. Luke", specialty="Pediatrics", id="mar"
)
LEE = Person(id="lee", name="Dr. Lee", role=PersonRole.CORE_FACULTY, rotation_ids=("jan",))


def check_in(day: date, *noes: str) -> CheckIn:
    return CheckIn(day=day, **{key: key not in noes for key in CHECK_IN_QUESTIONS})


def jan(day: int) -> date:
    return date(2027, 1, day)


def codes(signs) -> list[str]:
    return [sign.code.value for sign in signs]


# Vocabulary


def test_there_are_ten_eras_key_characteristics_each_with_a_label():
    assert len(KeyCharacteristic) == 10
    assert set(KEY_CHARACTERISTIC_LABELS) == set(KeyCharacteristic)


def test_every_role_and_red_flag_has_a_label_and_every_red_flag_its_advice():
    assert set(ROLE_LABELS) == set(PersonRole)
    assert set(RED_FLAG_LABELS) == set(RedFlagKind)
    assert set(RED_FLAG_ADVICE) == set(RedFlagKind)


def test_the_check_in_asks_four_questions_each_a_field_with_a_correction():
    answer_fields = [f.name for f in fields(CheckIn) if f.type == "bool"]
    assert answer_fields == list(CHECK_IN_QUESTIONS)
    assert len(CHECK_IN_QUESTIONS) == 4
    assert set(COASTING_CORRECTIONS) == set(CHECK_IN_QUESTIONS)


def test_a_check_in_lists_its_noes_in_question_order():
    assert check_in(jan(5), "applied_learning", "owned_care").noes == (
        "owned_care",
        "applied_learning",
    )
    assert check_in(jan(5)).noes == ()


# Days together


def test_contact_defaults_to_the_shared_rotations_dates():
    assert Journal(rotations=(JAN,)).contact_periods(LEE) == ((jan(4), jan(31)),)


@pytest.mark.parametrize(
    ("today", "days"),
    [
        (jan(3), 0),  # before the first day
        (jan(4), 1),  # the first day counts
        (jan(16), 13),
        (jan(17), 14),
        (jan(31), 28),  # the last day counts
        (date(2027, 6, 1), 28),  # never more than the rotation
    ],
)
def test_days_together_count_the_first_and_last_day_and_stop_at_today(today, days):
    assert Journal(rotations=(JAN,)).days_together(LEE, today) == days


def test_the_weeks_between_two_shared_rotations_are_not_contact():
    person = Person(id="x", name="Dr. Diaz", rotation_ids=("jan", "mar"))
    journal = Journal(rotations=(JAN, MAR))
    assert journal.contact_periods(person) == (
        (jan(4), jan(31)),
        (date(2027, 3, 1), date(2027, 3, 28)),
    )
    assert journal.days_together(person, date(2027, 3, 2)) == 30


def test_a_set_first_or_last_day_trims_the_rotation():
    person = Person(id="x", name="Dr. Diaz", rotation_ids=("jan",), first_contact=jan(11))
    assert Journal(rotations=(JAN,)).contact_periods(person) == ((jan(11), jan(31)),)
    person = Person(id="x", name="Dr. Diaz", rotation_ids=("jan",), last_contact=jan(17))
    assert Journal(rotations=(JAN,)).days_together(person, jan(31)) == 14


def test_both_days_of_contact_set_win_over_the_rotations():
    person = Person(
        id="x", name="Dr. Diaz", rotation_ids=("jan",), first_contact=jan(1), last_contact=jan(14)
    )
    assert Journal(rotations=(JAN,)).days_together(person, jan(31)) == 14


def test_no_dates_and_no_known_rotation_mean_no_contact():
    person = Person(id="x", name="Dr. Diaz", rotation_ids=("gone",), first_contact=jan(4))
    assert Journal(rotations=(JAN,)).contact_periods(person) == ()
    backwards = Person(id="y", name="Dr. Roe", first_contact=jan(10), last_contact=jan(9))
    assert Journal().contact_periods(backwards) == ()


def test_touching_spans_merge_and_separate_ones_do_not():
    assert merge_spans([(jan(10), jan(20)), (jan(1), jan(9)), (jan(22), jan(23))]) == (
        (jan(1), jan(20)),
        (jan(22), jan(23)),
    )


# Evidence dates


def test_a_story_dated_after_today_is_refused_but_a_talk_may_be_planned():
    assert "day" in entry_problems(Story(day=jan(15), text="x"), jan(14))
    assert entry_problems(Talk(day=jan(25), topic="DKA"), jan(14)) == {}


@pytest.mark.parametrize(
    ("followup", "problem"),
    [
        (None, None),
        (jan(10), None),  # the same day
        (jan(14), None),  # today
        (jan(9), "after the feedback"),
        (jan(15), "once the conversation has happened"),
    ],
)
def test_a_follow_up_happens_between_its_feedback_and_today(followup, problem):
    feedback = Feedback(day=jan(10), point="Be briefer on rounds", followup_date=followup)
    found = entry_problems(feedback, jan(14)).get("followup_date")
    assert (found is None) if problem is None else (problem in found)


def test_a_feedback_loop_is_closed_once_the_follow_up_happened():
    assert not Feedback(day=jan(10), point="x").closed
    assert Feedback(day=jan(10), point="x", followup_date=jan(13)).closed


# Coasting


def test_two_rotation_days_in_a_row_with_a_no_are_coasting():
    [run] = coasting_runs(
        [check_in(jan(11), "communicated"), check_in(jan(12), "communicated")], [JAN], jan(14)
    )
    assert (run.first, run.last, run.days, run.missed) == (jan(11), jan(12), 2, ("communicated",))
    assert run.correction == COASTING_CORRECTIONS["communicated"]


@pytest.mark.parametrize(
    "check_ins",
    [
        [check_in(jan(11), "owned_care")],  # one day
        [check_in(jan(11), "owned_care"), check_in(jan(13), "owned_care")],  # a day between
        [check_in(jan(11), "owned_care"), check_in(jan(12)), check_in(jan(13), "owned_care")],
        [check_in(date(2027, 2, 1), "owned_care"), check_in(date(2027, 2, 2), "owned_care")],
    ],
    ids=["one day", "no check-in between", "a good day between", "outside the rotation"],
)
def test_no_coasting_without_two_consecutive_rotation_days_with_a_no(check_ins):
    assert coasting_runs(check_ins, [JAN], date(2027, 3, 1)) == ()


def test_a_coasting_spell_names_the_question_missed_most_first():
    runs = coasting_runs(
        [
            check_in(jan(11), "communicated", "showed_reasoning"),
            check_in(jan(12), "showed_reasoning"),
            check_in(jan(13), "applied_learning", "showed_reasoning"),
        ],
        [JAN],
        jan(14),
    )
    assert [run.missed for run in runs] == [
        ("showed_reasoning", "communicated", "applied_learning")
    ]


def test_check_ins_after_today_do_not_count():
    later = [check_in(jan(15), "owned_care"), check_in(jan(16), "owned_care")]
    assert coasting_runs(later, [JAN], jan(14)) == ()


@pytest.mark.parametrize(
    ("today_check_in", "today", "coasting"),
    [
        (None, jan(13), True),  # the spell ended yesterday, today not checked in yet
        ("good", jan(13), False),  # a good day today ends it
        ("bad", jan(13), True),  # today extends it
        (None, jan(14), False),  # ended two days ago
    ],
)
def test_the_current_coasting_spell_is_one_still_going(today_check_in, today, coasting):
    check_ins = [check_in(jan(11), "owned_care"), check_in(jan(12), "owned_care")]
    if today_check_in == "good":
        check_ins.append(check_in(today))
    elif today_check_in == "bad":
        check_ins.append(check_in(today, "communicated"))
    assert (current_coasting(check_ins, [JAN], today) is not None) is coasting


# Streak and strip


def test_the_streak_counts_rotation_days_with_a_check_in_back_from_today():
    check_ins = [check_in(jan(day)) for day in (5, 7, 8, 9)]
    assert check_in_streak(check_ins, [JAN], jan(9)) == 3
    assert check_in_streak(check_ins, [JAN], jan(10)) == 3  # today is not over yet
    assert check_in_streak(check_ins, [JAN], jan(11)) == 0  # yesterday was missed


def test_days_outside_every_rotation_neither_break_nor_add_to_the_streak():
    feb = Rotation(date(2027, 2, 3), date(2027, 2, 28), id="feb")
    check_ins = [
        check_in(jan(30)),
        check_in(jan(31)),
        check_in(date(2027, 2, 1)),
        check_in(date(2027, 2, 3)),
    ]
    assert check_in_streak(check_ins, [JAN, feb], date(2027, 2, 3)) == 3


def test_a_streak_counts_good_and_bad_days_alike_and_none_without_check_ins():
    assert check_in_streak([check_in(jan(8), "owned_care"), check_in(jan(9))], [JAN], jan(9)) == 2
    assert check_in_streak([], [JAN], jan(9)) == 0


def test_the_strip_shows_thirty_days_ending_today_each_marked():
    check_ins = [
        check_in(jan(9)),
        check_in(jan(10), "owned_care"),
        check_in(jan(12), "owned_care"),
        check_in(jan(13), "communicated", "owned_care"),
    ]
    strip = check_in_strip(check_ins, [JAN], jan(14))
    assert len(strip) == defaults.CHECK_IN_STRIP_DAYS
    assert (strip[0].day, strip[-1].day) == (date(2026, 12, 16), jan(14))
    marks = {day.day: (day.mark, day.yes_count) for day in strip}
    assert marks[jan(3)] == (DayMark.OFF, None)
    assert marks[jan(8)] == (DayMark.MISSED, None)
    assert marks[jan(9)] == (DayMark.ALL_YES, 4)
    assert marks[jan(10)] == (DayMark.SOME_NO, 3)
    assert marks[jan(11)] == (DayMark.MISSED, None)
    assert marks[jan(12)] == (DayMark.COASTING, 3)
    assert marks[jan(13)] == (DayMark.COASTING, 2)
    assert marks[jan(14)] == (DayMark.PENDING, None)


# Warning signs


@pytest.mark.parametrize(("today", "warned"), [(jan(12), False), (jan(13), True), (jan(31), True)])
def test_no_feedback_by_day_ten_is_a_warning(today, warned):
    assert ("no_feedback" in codes(warning_signs(Journal(rotations=(JAN,)), today))) is warned


def test_any_feedback_on_the_rotation_clears_the_day_ten_warning():
    journal = Journal(rotations=(JAN,), feedback=(Feedback(day=jan(12), point="x"),))
    assert "no_feedback" not in codes(warning_signs(journal, jan(14)))


def test_a_finished_rotation_gives_no_more_warnings():
    journal = Journal(people=(LEE,), rotations=(JAN,))
    assert warning_signs(journal, date(2027, 2, 1)) == ()


@pytest.mark.parametrize(("today", "warned"), [(jan(16), False), (jan(17), True)])
def test_an_attending_silent_after_fourteen_days_together_is_a_warning(today, warned):
    journal = Journal(people=(LEE,), rotations=(JAN,), feedback=(Feedback(day=jan(5), point="x"),))
    signs = [s for s in warning_signs(journal, today) if s.code is WarningCode.QUIET_ATTENDING]
    assert bool(signs) is warned
    if warned:
        assert signs[0].person_id == "lee"
        assert "14 days with Dr. Lee" in signs[0].message


@pytest.mark.parametrize(
    "journal",
    [
        Journal(
            people=(LEE,),
            rotations=(JAN,),
            stories=(Story(day=jan(6), text="x", witness_ids=("lee",)),),
        ),
        Journal(
            people=(LEE,),
            rotations=(JAN,),
            feedback=(Feedback(day=jan(6), point="x", giver_id="lee"),),
        ),
        Journal(
            people=(
                Person(id="r", name="Dr. Ray", role=PersonRole.RESIDENT, rotation_ids=("jan",)),
            ),
            rotations=(JAN,),
        ),
    ],
    ids=["a story they saw", "their feedback", "a resident"],
)
def test_no_quiet_attending_warning_with_a_story_or_feedback_or_for_a_resident(journal):
    assert "quiet_attending" not in codes(warning_signs(journal, jan(20)))


@pytest.mark.parametrize(("today", "warned"), [(jan(24), False), (jan(25), True)])
def test_no_teaching_talk_in_the_last_week_of_a_four_week_rotation_is_a_warning(today, warned):
    signs = [
        s for s in warning_signs(Journal(rotations=(JAN,)), today) if s.code is WarningCode.NO_TALK
    ]
    assert bool(signs) is warned
    if warned:
        assert signs[0].message.startswith("7 days left on Mercy (Internal Medicine)")


def test_a_planned_talk_or_a_short_rotation_needs_no_talk_warning():
    planned = Journal(rotations=(JAN,), talks=(Talk(day=jan(29), topic="Hyponatraemia"),))
    short = Journal(rotations=(Rotation(jan(4), jan(30), id="short"),))
    assert "no_talk" not in codes(warning_signs(planned, jan(28)))
    assert "no_talk" not in codes(warning_signs(short, jan(28)))


def test_coasting_is_a_warning_with_its_correction():
    journal = Journal(
        rotations=(JAN,),
        check_ins=(check_in(jan(6), "showed_reasoning"), check_in(jan(7), "showed_reasoning")),
    )
    [sign] = warning_signs(journal, jan(8))
    assert sign.code is WarningCode.COASTING
    assert sign.message.startswith('2 rotation days in a row with a "no" (Jan 6 to Jan 7)')
    assert sign.advice == COASTING_CORRECTIONS["showed_reasoning"]
    assert sign.rotation_id == "jan"


def test_open_red_flags_come_first_with_their_advice_and_resolved_ones_not_at_all():
    journal = Journal(
        rotations=(JAN,),
        red_flags=(
            RedFlag(kind=RedFlagKind.NO_QUESTIONS, day=jan(8), rotation_id="jan"),
            RedFlag(kind=RedFlagKind.LATE_OR_ABSENT, day=jan(8), resolved=True),
        ),
    )
    signs = warning_signs(journal, jan(14))
    assert codes(signs) == ["red_flag", "no_feedback"]
    assert signs[0].advice == RED_FLAG_ADVICE[RedFlagKind.NO_QUESTIONS]
    assert signs[0].message == (
        "A red flag you noted on Mercy (Internal Medicine): I have not been asking questions."
    )
    assert signs[0].as_dict()["code"] == "red_flag"


# Properties

days_in_january = st.integers(min_value=1, max_value=31).map(jan)
check_ins_strategy = st.lists(
    st.builds(
        CheckIn,
        day=days_in_january,
        owned_care=st.booleans(),
        showed_reasoning=st.booleans(),
        communicated=st.booleans(),
        applied_learning=st.booleans(),
    ),
    max_size=40,
)


@given(check_ins_strategy, days_in_january)
def test_every_coasting_spell_is_consecutive_rotation_days_each_with_a_no(check_ins, today):
    bad = {c.day for c in check_ins if c.noes and c.day <= today and c.day >= JAN.start}
    for run in coasting_runs(check_ins, [JAN], today):
        days = [run.first + timedelta(days=n) for n in range(run.days)]
        assert run.days >= defaults.COASTING_DAYS
        assert all(day in bad for day in days)
        assert run.first - timedelta(days=1) not in bad
        assert run.last + timedelta(days=1) not in bad


@given(check_ins_strategy, days_in_january)
def test_the_streak_never_exceeds_the_days_checked_in_and_the_strip_is_thirty_days(
    check_ins, today
):
    checked = {c.day for c in check_ins if c.day <= today}
    assert 0 <= check_in_streak(check_ins, [JAN], today) <= len(checked)
    strip = check_in_strip(check_ins, [JAN], today)
    assert [s.day for s in strip] == [today - timedelta(days=n) for n in range(29, -1, -1)]
