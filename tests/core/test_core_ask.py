"""The ask (domain §4, §6 and §7): when to ask a writer, what to remind them of, and the words."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lorkit.core import defaults
from lorkit.core.ask import (
    AskWindow,
    ask_points,
    ask_script,
    ask_window,
    shortened,
    spoken_reference,
    telling_key,
)
from lorkit.core.journal import Feedback, Journal, Person, Story
from lorkit.core.readiness import writer_readiness
from lorkit.core.rotation import Rotation
from lorkit.core.vocabulary import KeyCharacteristic, PersonRole, ReadinessStatus

IM = "Internal Medicine"
JAN = Rotation(date(2027, 1, 4), date(2027, 1, 31), site="Mercy", specialty=IM, id="jan")
LEE = Person(
    id="lee",
    name="Dr. Lee",
    role=PersonRole.CORE_FACULTY,
    specialty=IM,
    rotation_ids=("jan",),
    saw_clinical_work=True,
)
KIM = Person(
    id="kim",
    name="Dr. Kim",
    role=PersonRole.RESIDENT,
    specialty=IM,
    rotation_ids=("jan",),
    saw_clinical_work=True,
)
DISCHARGE = Story(
    day=date(2027, 1, 12),
    text="Coordinated the heart-failure discharge with pharmacy and the family.",
    witness_ids=("lee",),
    qualities=frozenset({"reliability"}),
)
POTASSIUM = Story(
    day=date(2027, 1, 18),
    text="Caught a missed potassium result overnight and called it in.",
    witness_ids=("lee",),
)
ASSESSMENT = Feedback(
    day=date(2027, 1, 10),
    giver_id="lee",
    point="Lead with your assessment before the plan.",
    outcome="My presentations now open with the assessment.",
    followup_date=date(2027, 1, 15),
)
JOURNAL = Journal(
    people=(LEE, KIM),
    rotations=(JAN,),
    stories=(DISCHARGE, POTASSIUM),
    feedback=(ASSESSMENT,),
)


def jan(day: int) -> date:
    return date(2027, 1, day)


def window(today: date, person: Person = LEE, journal: Journal = JOURNAL) -> AskWindow:
    return ask_window(journal, person, today)


# --- The window ---------------------------------------------------------------------------


def test_the_window_runs_five_to_three_days_before_the_last_day():
    found = window(jan(20))
    last = JAN.end
    assert (last - found.opens).days == defaults.ASK_DAYS_BEFORE_LAST[0]
    assert (found.opens, found.closes) == (jan(26), jan(28))


def test_before_the_window_the_next_good_day_is_its_first():
    found = window(jan(20))
    assert found.inside is False
    assert found.next_good_day == jan(26)
    assert "between Tuesday, January 26 and Thursday, January 28" in found.text
    assert "Sunday, January 31" in found.text  # the last day is named as not the day


@pytest.mark.parametrize("today", [jan(26), jan(27), jan(28)])
def test_inside_the_window_today_is_the_day(today):
    found = window(today)
    assert found.inside is True
    assert found.next_good_day == today
    assert found.text.startswith("Now is the time")


def test_on_the_windows_last_day_the_text_does_not_offer_a_later_day():
    assert "or by" not in window(jan(28)).text


def test_after_the_window_but_before_the_last_day_ask_in_person_today():
    found = window(jan(29))
    assert (found.inside, found.by_email, found.next_good_day) == (False, False, jan(29))
    assert "ask in person today" in found.text


def test_the_ask_is_never_on_the_last_day():
    found = window(jan(31))
    assert found.next_good_day == date(2027, 2, 1)
    assert found.by_email is True
    assert "thank them in person" in found.text


def test_after_the_rotation_ask_by_email_now():
    found = window(date(2027, 2, 9))
    assert (found.inside, found.by_email, found.next_good_day) == (False, True, date(2027, 2, 9))
    assert "ended Sunday, January 31" in found.text
    assert "by email" in found.text


def test_without_dates_there_is_no_window_and_the_text_says_what_to_add():
    stranger = Person(id="x", name="Dr. Nobody")
    found = window(jan(20), stranger)
    assert (found.opens, found.closes, found.next_good_day, found.inside) == (
        None,
        None,
        None,
        False,
    )
    assert "add your days together" in found.text


def test_the_window_uses_the_last_day_of_contact_not_of_the_rotation():
    early = Person(id="lee", name="Dr. Lee", rotation_ids=("jan",), last_contact=jan(17))
    found = window(jan(10), early)
    assert (found.opens, found.closes) == (jan(12), jan(14))


def test_a_short_last_span_offers_its_days_but_the_last():
    brief = Person(id="p", name="Dr. Park", first_contact=jan(10), last_contact=jan(12))
    found = window(jan(9), brief)
    assert (found.opens, found.closes) == (jan(10), jan(11))


def test_a_single_day_of_contact_is_asked_by_email_the_day_after():
    once = Person(id="p", name="Dr. Park", first_contact=jan(10), last_contact=jan(10))
    found = window(jan(9), once)
    assert (found.opens, found.closes, found.next_good_day) == (None, None, jan(11))
    assert found.by_email is True


@given(st.dates(min_value=date(2026, 12, 1), max_value=date(2027, 3, 1)))
def test_the_next_good_day_is_never_the_last_day_of_contact(today):
    found = window(today)
    assert found.next_good_day is not None
    assert found.next_good_day != JAN.end
    assert found.next_good_day >= today
    assert found.inside == (found.next_good_day == today and jan(26) <= today <= jan(28))


# --- The points -----------------------------------------------------------------------------


def test_a_spoken_reference_reads_inside_a_sentence():
    assert spoken_reference("Coordinated the discharge.") == "coordinated the discharge"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I ran the family meeting.", "I ran the family meeting"),
        ("ICU handoff using I-PASS.", "ICU handoff using I-PASS"),
        ("Dr. Lee let me present.", "Dr. Lee let me present"),
        ("  Two\nlines  ", "two lines"),
    ],
)
def test_a_spoken_reference_keeps_the_capitals_a_sentence_keeps(text, expected):
    assert spoken_reference(text) == expected


def test_a_long_reference_is_cut_at_a_word_boundary():
    text = "Followed " + "a very complicated patient " * 10
    reference = spoken_reference(text)
    assert len(reference) <= defaults.ASK_POINT_MAX_CHARS
    assert reference.endswith("…")
    assert text.lower().startswith(reference[:-1].lower())
    assert text[len(reference) - 1] == " "


@given(st.text(max_size=300), st.integers(min_value=0, max_value=200))
def test_shortened_text_is_never_over_the_limit_nor_cut_inside_a_word(text, limit):
    short = shortened(text, limit)
    assert len(short) <= limit
    stripped = text.strip()
    if short == stripped:
        return
    kept = short.removesuffix("…")
    assert stripped.startswith(kept)
    if kept:
        boundary = stripped[len(kept)]
        assert boundary.isspace() or boundary in ",;:–—-."


def test_a_word_longer_than_the_limit_is_not_cut_but_left_out():
    assert shortened("Pneumonoultramicroscopicsilicovolcanoconiosis", 10) == ""


def test_the_points_are_the_most_telling_moments_with_that_writer():
    # The discharge is tagged; the loop's point and outcome are more concrete than the
    # potassium story, which comes third.
    assert ask_points(JOURNAL, LEE) == (
        "the time I coordinated the heart-failure discharge with pharmacy and the family",
        'your feedback, "lead with your assessment before the plan", and what I changed',
    )


def test_a_tagged_story_beats_a_more_recent_untagged_one():
    untagged, tagged = POTASSIUM, DISCHARGE
    assert untagged.day > tagged.day
    assert telling_key(tagged, tagged.text, True) > telling_key(untagged, untagged.text, True)


def test_among_concrete_entries_the_more_recent_is_more_telling():
    words = " ".join(["word"] * defaults.CONCRETE_TEXT_WORDS)
    older = Story(day=jan(5), text=words + " and then some more words")
    newer = Story(day=jan(6), text=words)
    assert telling_key(newer, newer.text, True) > telling_key(older, older.text, True)


def test_a_thin_entry_loses_to_a_concrete_one_whatever_its_date():
    thin = Story(day=jan(30), text="Discharge.")
    concrete = Story(day=jan(5), text="Coordinated a discharge with pharmacy, nursing and family.")
    assert telling_key(concrete, concrete.text, True) > telling_key(thin, thin.text, True)


def test_only_stories_they_saw_and_loops_they_closed_are_points():
    journal = Journal(
        people=(LEE,),
        rotations=(JAN,),
        stories=(Story(day=jan(12), text="Ran the morning huddle.", witness_ids=("kim",)),),
        feedback=(
            Feedback(day=jan(10), giver_id="lee", point="Slow down on rounds."),  # still open
        ),
    )
    assert ask_points(journal, LEE) == ()


def test_the_limit_bounds_the_points():
    assert len(ask_points(JOURNAL, LEE, limit=1)) == 1
    assert ask_points(JOURNAL, LEE, limit=0) == ()


def test_a_person_not_stored_has_no_points():
    assert ask_points(JOURNAL, Person(name="Dr. Lee")) == ()


# --- The script -------------------------------------------------------------------------------


def script_for(person: Person, today: date = date(2027, 1, 27), journal: Journal = JOURNAL):
    readiness = writer_readiness(person, journal, IM, today)
    return ask_script(
        applicant_name="Ana Souza",
        person=person,
        readiness=readiness,
        window=ask_window(journal, person, today),
        points=ask_points(journal, person),
        specialty=IM,
    )


def test_a_ready_writer_is_asked_for_a_strong_letter_without_caution():
    assert writer_readiness(LEE, JOURNAL, IM, jan(27)).status is ReadinessStatus.READY
    script = script_for(LEE)
    assert "strong letter of recommendation for Internal Medicine" in script.in_person
    assert "strong letter of recommendation for Internal Medicine" in script.email
    assert script.caution == ""


def test_the_ask_names_the_points_in_person_and_by_email():
    script = script_for(LEE)
    for text in (script.in_person, script.email):
        assert "lead with your assessment before the plan" in text
        assert "coordinated the heart-failure discharge" in text


def test_the_ask_always_offers_a_graceful_way_out():
    script = script_for(LEE)
    assert "haven't seen enough of my work" in script.in_person
    assert "don't know my work well enough" in script.email


def test_the_email_is_signed_and_its_subject_names_the_applicant():
    script = script_for(LEE)
    assert script.email.startswith("Dear Dr. Lee,")
    assert script.email.rstrip().endswith("Ana Souza")
    assert "Ana Souza" in script.email_subject
    assert "strong letter" in script.email_subject


def test_an_email_ask_after_the_rotation_thanks_in_the_past_tense():
    during, after = script_for(LEE, jan(27)), script_for(LEE, date(2027, 2, 9))
    assert "I am learning a great deal" in during.email
    assert "I learned a great deal" in after.email


def test_without_a_specialty_the_ask_is_for_residency():
    readiness = writer_readiness(LEE, JOURNAL, "", jan(27))
    script = ask_script(
        applicant_name="Ana Souza",
        person=LEE,
        readiness=readiness,
        window=ask_window(JOURNAL, LEE, jan(27)),
        points=(),
        specialty=" ",
    )
    assert "applying to residency" in script.in_person
    assert " for ?" not in script.email_subject
    assert "You've seen my work" not in script.in_person


def test_asking_a_writer_who_is_not_yet_eligible_comes_with_a_caution_naming_what_is_missing():
    journal = Journal(people=(LEE,), rotations=(JAN,))
    readiness = writer_readiness(LEE, journal, IM, jan(27))
    assert readiness.status is ReadinessStatus.NOT_YET
    script = script_for(LEE, journal=journal)
    assert script.caution.startswith("lorkit would not ask Dr. Lee yet")
    assert "feedback from them" in script.caution
    assert "strong letter" in script.in_person  # asking is still allowed


def test_an_eligible_writer_not_yet_ready_comes_with_a_caution():
    journal = Journal(people=(LEE,), rotations=(JAN,), stories=(DISCHARGE,), feedback=(ASSESSMENT,))
    readiness = writer_readiness(LEE, journal, IM, jan(27))
    assert readiness.status is ReadinessStatus.ELIGIBLE
    caution = script_for(LEE, journal=journal).caution
    assert "not yet ready for a strong letter" in caution
    assert "more specific thing" in caution


def test_a_resident_is_cautioned_that_they_cannot_sign_once():
    journal = Journal(
        people=(KIM,),
        rotations=(JAN,),
        stories=tuple(
            Story(day=jan(n), text=f"Story {n} with the team.", witness_ids=("kim",))
            for n in (10, 12, 14)
        ),
        feedback=(
            Feedback(day=jan(8), giver_id="kim", point="Be briefer.", followup_date=jan(12)),
        ),
    )
    caution = script_for(KIM, journal=journal).caution
    assert "cannot sign the official letter" in caution
    assert caution.count("sign") == 1


def test_characteristics_count_as_tags_for_the_points():
    tagged = Story(
        day=jan(5),
        text="Led the family meeting.",
        characteristics=frozenset({KeyCharacteristic.COMMUNICATION}),
    )
    plain = Story(day=jan(5), text="Led the family meeting.")
    assert telling_key(tagged, tagged.text, True) > telling_key(plain, plain.text, True)
