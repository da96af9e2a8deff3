"""The letter packet (domain §7 and §8): the letter helper, fitting it on a page, its plain-text
form, the packet email and the ERAS Experiences draft."""

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lorkit.core import defaults
from lorkit.core.experience import eras_experience
from lorkit.core.journal import Compliment, Feedback, Journal, Person, Story, Talk
from lorkit.core.packet import (
    CLOSING,
    COMPLIMENTS,
    FEEDBACK,
    STORIES,
    TALKS,
    TAUGHT_PLACEHOLDER,
    WISHES,
    Applicant,
    HelperSection,
    LetterHelper,
    date_range,
    helper_draft,
    helper_text,
    left_out,
    packet_email,
    parse_helper,
    soft_deadline,
    taught_guess,
    trimmed,
)
from lorkit.core.rotation import Rotation
from lorkit.core.vocabulary import KeyCharacteristic, PersonRole, RotationKind

IM = "Internal Medicine"
JAN = Rotation(date(2027, 1, 4), date(2027, 1, 31), site="Mercy", specialty=IM, id="jan")
MAR = Rotation(date(2027, 3, 1), date(2027, 3, 28), site="St. Luke", specialty=IM, id="mar")
LEE = Person(
    id="lee",
    name="Dr. Lee",
    role=PersonRole.CORE_FACULTY,
    specialty=IM,
    rotation_ids=("jan",),
    saw_clinical_work=True,
)
KIM = Person(id="kim", name="Dr. Kim", role=PersonRole.RESIDENT, rotation_ids=("jan",))
ANA = Applicant(
    name="Ana Souza",
    email="ana@example.org",
    aamc_id="12345678",
    specialty=IM,
    submission_target=date(2027, 9, 1),
)
FEB_1 = date(2027, 2, 1)
REASONING = frozenset({"clinical_reasoning"})
TEAMWORK = frozenset({KeyCharacteristic.TEAMWORK})


def jan(day: int) -> date:
    return date(2027, 1, day)


def journal_with(**evidence) -> Journal:
    return Journal(people=(LEE, KIM), rotations=(JAN, MAR), **evidence)


def bullets(helper: LetterHelper, heading: str) -> tuple[str, ...]:
    return next((s.bullets for s in helper.sections if s.heading == heading), ())


def headings(helper: LetterHelper) -> list[str]:
    return [section.heading for section in helper.sections]


# --- Dates ------------------------------------------------------------------------------------


def test_the_soft_deadline_is_three_weeks_before_the_target():
    assert soft_deadline(date(2027, 9, 1)) == date(2027, 8, 11)
    assert defaults.SOFT_DEADLINE_DAYS_BEFORE == (21, 14)


@pytest.mark.parametrize(
    ("start", "end", "text"),
    [
        (date(2026, 5, 4), date(2026, 5, 31), "4–31 May 2026"),
        (date(2026, 4, 27), date(2026, 5, 24), "27 April – 24 May 2026"),
        (date(2026, 12, 14), date(2027, 1, 10), "14 December 2026 – 10 January 2027"),
        (date(2026, 5, 4), date(2026, 5, 4), "4 May 2026"),
    ],
)
def test_a_span_is_written_as_a_letter_names_it(start, end, text):
    assert date_range(start, end) == text


# --- The helper -----------------------------------------------------------------------------


def test_a_helper_without_evidence_keeps_only_the_intro_and_the_closing():
    helper = helper_draft(journal_with(), LEE, ANA, (), FEB_1)
    assert helper.title == "Ana Souza: notes for your letter"
    assert helper.sections == ()
    assert helper.intro[0] == "We worked together at Mercy (Internal Medicine), 4–31 January 2027."
    assert "visiting medical student" in helper.intro[1]
    assert helper.intro[2] == (
        "I am applying to Internal Medicine residency, and my application goes out on "
        "Wednesday, 1 September 2027."
    )
    assert helper.closing == CLOSING
    assert parse_helper(helper_text(helper)) == helper


def test_a_writer_without_dates_or_rotations_gets_no_dates_paragraph():
    stranger = Person(id="x", name="Dr. X")
    helper = helper_draft(journal_with(), stranger, Applicant(name="Ana"), (), FEB_1)
    assert helper.intro == ()


def test_an_observer_describes_their_role_as_such():
    observing = replace(JAN, kind=RotationKind.OBSERVERSHIP)
    journal = Journal(people=(LEE,), rotations=(observing,))
    assert "an observer" in helper_draft(journal, LEE, ANA, (), FEB_1).intro[1]


def many_stories(count: int) -> tuple[Story, ...]:
    """Stories on January days: odd ones witnessed by Dr. Lee, every third tagged."""
    return tuple(
        Story(
            day=jan(1 + n % 28),
            text=f"Followed patient case number {n} through admission, workup and discharge.",
            witness_ids=("lee",) if n % 2 else (),
            qualities=REASONING if n % 3 == 0 else frozenset(),
            rotation_id="jan",
        )
        for n in range(count)
    )


def test_forty_stories_give_the_five_most_telling():
    helper = helper_draft(journal_with(stories=many_stories(40)), LEE, ANA, (), FEB_1)
    kept = bullets(helper, STORIES)
    assert len(kept) == defaults.HELPER_STORIES[1] == 5
    # Witnessed and tagged first (n odd and a multiple of 3), the most recent first.
    assert [int(text.split()[4]) for text in kept] == [27, 21, 15, 39, 9]


def test_stories_are_ranked_witnessed_then_tagged_then_concrete_then_recent():
    witnessed = Story(day=jan(5), text="Ran the discharge checklist.", witness_ids=("lee",))
    tagged = Story(day=jan(6), text="Drafted a plan.", qualities=REASONING)
    long_story = Story(
        day=jan(7), text="Presented two new admissions on rounds with a full differential."
    )
    recent_short = Story(day=jan(20), text="Wrote a note.")
    journal = journal_with(stories=(recent_short, long_story, tagged, witnessed))
    helper = helper_draft(journal, LEE, ANA, (), FEB_1)
    assert bullets(helper, STORIES) == (
        witnessed.text,
        tagged.text,
        long_story.text,
        recent_short.text,
    )


def test_stories_from_other_rotations_nobody_there_saw_are_left_out():
    elsewhere = Story(day=date(2027, 3, 5), text="Led the ward round.", witness_ids=("kim",))
    helper = helper_draft(journal_with(stories=(elsewhere,)), LEE, ANA, (), FEB_1)
    assert bullets(helper, STORIES) == ()


def test_a_story_they_saw_elsewhere_still_counts():
    elsewhere = Story(day=date(2027, 3, 5), text="Led the ward round.", witness_ids=("lee",))
    helper = helper_draft(journal_with(stories=(elsewhere,)), LEE, ANA, (), date(2027, 4, 1))
    assert bullets(helper, STORIES) == ("Led the ward round.",)


def test_evidence_dated_after_today_is_left_out():
    later = Story(day=jan(20), text="Led the ward round.", witness_ids=("lee",))
    assert (
        bullets(helper_draft(journal_with(stories=(later,)), LEE, ANA, (), jan(19)), STORIES) == ()
    )


def test_stories_carry_no_date():
    story = Story(day=jan(12), text="Led the ward round.", witness_ids=("lee",))
    helper = helper_draft(journal_with(stories=(story,)), LEE, ANA, (), FEB_1)
    assert "12" not in bullets(helper, STORIES)[0]


def test_feedback_shows_closed_loops_first_as_point_and_change():
    open_loop = Feedback(
        day=jan(20), giver_id="lee", point="Read the nursing notes.", change_planned="Read them"
    )
    closed = Feedback(
        day=jan(10),
        giver_id="lee",
        point="Lead with the assessment.",
        outcome="My presentations now open with it.",
        followup_date=jan(15),
    )
    someone_else = Feedback(day=jan(11), giver_id="kim", point="Sit down with families.")
    helper = helper_draft(
        journal_with(feedback=(open_loop, closed, someone_else)), LEE, ANA, (), FEB_1
    )
    assert bullets(helper, FEEDBACK) == (
        "Lead with the assessment → My presentations now open with it.",
        "Read the nursing notes → working on it: Read them",
    )


def test_kind_words_come_from_them_first_then_the_team():
    theirs = Compliment(day=jan(9), giver_id="lee", text="Great handoff.")
    residents = Compliment(day=jan(20), giver_id="kim", text="Always closes the loop.")
    unknown = Compliment(day=jan(21), text="Thank you for sitting with my mother.")
    helper = helper_draft(
        journal_with(compliments=(unknown, residents, theirs)), LEE, ANA, (), FEB_1
    )
    assert bullets(helper, COMPLIMENTS) == (
        'You said: "Great handoff."',
        '"Thank you for sitting with my mother."',
        'Dr. Kim said: "Always closes the loop."',
    )


def test_only_talks_already_given_on_a_shared_rotation_are_listed():
    given_talk = Talk(day=jan(25), topic="Hyponatremia on the wards")
    planned = Talk(day=date(2027, 2, 20), topic="Sepsis bundles", rotation_id="jan")
    other = Talk(day=date(2027, 3, 20), topic="Asthma", rotation_id="mar")
    helper = helper_draft(journal_with(talks=(given_talk, planned, other)), LEE, ANA, (), FEB_1)
    assert bullets(helper, TALKS) == ("Hyponatremia on the wards (25 January 2027)",)


def test_strengths_are_worded_as_a_wish_with_an_example():
    story = Story(
        day=jan(12),
        text="Caught a missed lab overnight.",
        witness_ids=("lee",),
        qualities=REASONING,
    )
    helper = helper_draft(
        journal_with(stories=(story,)),
        LEE,
        ANA,
        ("clinical_reasoning", "work_ethic", "not_a_quality"),
        FEB_1,
    )
    assert bullets(helper, WISHES) == (
        "Clinical reasoning, if it matches what you saw "
        "(for example: caught a missed lab overnight)",
        "Work ethic, if it matches what you saw",
    )


def full_helper() -> LetterHelper:
    journal = journal_with(
        stories=many_stories(8),
        feedback=tuple(
            Feedback(
                day=jan(n),
                giver_id="lee",
                point=f"Point {n}.",
                outcome="Done.",
                followup_date=jan(n),
            )
            for n in (5, 6, 7)
        ),
        compliments=tuple(
            Compliment(day=jan(n), giver_id="lee", text=f"Kind {n}.") for n in (8, 9)
        ),
        talks=tuple(Talk(day=jan(n), topic=f"Talk {n}") for n in (10, 11)),
    )
    return helper_draft(journal, LEE, ANA, ("work_ethic", "team_fit"), FEB_1)


def test_the_sections_come_in_the_order_of_the_helper():
    assert headings(full_helper()) == [STORIES, FEEDBACK, COMPLIMENTS, TALKS, WISHES]


def test_each_other_section_holds_at_most_its_share_of_bullets():
    many = tuple(Compliment(day=jan(n), giver_id="lee", text=f"Kind {n}.") for n in range(1, 20))
    helper = helper_draft(journal_with(compliments=many), LEE, ANA, (), FEB_1)
    assert len(bullets(helper, COMPLIMENTS)) == defaults.HELPER_SECTION_MAX_BULLETS


# --- Fitting on a page ------------------------------------------------------------------------


def bullet_count(helper: LetterHelper) -> int:
    return sum(len(section.bullets) for section in helper.sections)


def test_trimming_drops_one_bullet_at_a_time_least_telling_first():
    full = full_helper()
    dropped_from = []
    previous = full
    for step in trimmed(full):
        assert bullet_count(step) == bullet_count(previous) - 1
        (gone,) = left_out(previous, step)
        dropped_from.append(next(s.heading for s in previous.sections if gone in s.bullets))
        previous = step
    assert dropped_from == [
        # Every section thinned to one bullet, the stories to three...
        TALKS,
        COMPLIMENTS,
        FEEDBACK,
        FEEDBACK,
        STORIES,
        STORIES,
        WISHES,
        # ...then every section but the stories dropped.
        TALKS,
        COMPLIMENTS,
        WISHES,
        FEEDBACK,
    ]


def test_trimming_keeps_three_stories_and_drops_every_other_section_in_the_end():
    last = list(trimmed(full_helper()))[-1]
    assert headings(last) == [STORIES]
    assert len(bullets(last, STORIES)) == defaults.HELPER_STORIES[0]


def test_trimming_keeps_every_story_when_there_were_fewer_than_three():
    helper = LetterHelper(
        title="T",
        sections=(
            HelperSection(heading=STORIES, bullets=("a", "b")),
            HelperSection(heading=TALKS, bullets=("c",)),
        ),
    )
    assert [bullets(step, STORIES) for step in trimmed(helper)] == [("a", "b")]


def test_trimming_shortens_long_bullets_last_at_a_word_boundary():
    long_text = "Followed a patient " + "through a long and winding admission " * 10
    helper = LetterHelper(
        title="T", sections=(HelperSection(heading=STORIES, bullets=(long_text, "short")),)
    )
    steps = list(trimmed(helper))
    assert len(steps) == 1
    shortened = steps[0].sections[0].bullets[0]
    assert len(shortened) <= defaults.HELPER_BULLET_SHORT_CHARS
    assert shortened.endswith("…")
    assert left_out(helper, steps[0]) == ()


def test_a_section_the_applicant_added_is_trimmed_before_the_stories():
    helper = LetterHelper(
        title="T",
        sections=(
            HelperSection(heading=STORIES, bullets=("a", "b", "c", "d")),
            HelperSection(heading="Research", bullets=("r1", "r2")),
        ),
    )
    first = next(trimmed(helper))
    assert left_out(helper, first) == ("r2",)


def test_left_out_lists_the_dropped_bullets_in_order():
    full = full_helper()
    last = list(trimmed(full))[-1]
    gone = left_out(full, last)
    assert len(gone) == bullet_count(full) - bullet_count(last)
    assert gone[0] == bullets(full, STORIES)[3]


sections_strategy = st.lists(
    st.builds(
        HelperSection,
        heading=st.sampled_from([STORIES, FEEDBACK, COMPLIMENTS, TALKS, WISHES, "Other"]),
        bullets=st.lists(st.text(min_size=1, max_size=300), max_size=6).map(tuple),
    ),
    max_size=6,
).map(tuple)


@settings(max_examples=60)
@given(sections_strategy)
def test_every_trimmed_helper_is_shorter_than_the_one_before(sections):
    helper = LetterHelper(title="T", sections=sections)
    stories = sum(len(s.bullets) for s in sections if s.heading == STORIES)
    previous = helper
    for step in trimmed(helper):
        size = (bullet_count(step), sum(len(b) for s in step.sections for b in s.bullets))
        before = (bullet_count(previous), sum(len(b) for s in previous.sections for b in s.bullets))
        assert size < before
        assert bullet_count(step) <= bullet_count(previous)
        kept_stories = sum(len(s.bullets) for s in step.sections if s.heading == STORIES)
        assert kept_stories >= min(stories, defaults.HELPER_STORIES[0])
        previous = step


# --- Plain text -------------------------------------------------------------------------------


plain = (
    st.text(min_size=1, max_size=40)
    .map(str.strip)
    .filter(lambda t: t and "\n" not in t and not t.startswith(("## ", "- ")))
)
helpers = st.builds(
    LetterHelper,
    title=plain,
    intro=st.lists(plain, max_size=3).map(tuple),
    sections=st.lists(
        st.builds(HelperSection, heading=plain, bullets=st.lists(plain, max_size=4).map(tuple)),
        max_size=4,
    ).map(tuple),
    closing=st.one_of(st.just(""), plain),
)


@given(helpers)
def test_reading_the_text_of_a_helper_gives_the_helper_back(helper):
    assert parse_helper(helper_text(helper)) == helper


@given(st.text())
def test_any_text_reads_as_a_helper(text):
    assert isinstance(parse_helper(text), LetterHelper)


def test_a_drafted_helper_survives_its_text_form():
    helper = full_helper()
    assert parse_helper(helper_text(helper)) == helper


def test_the_text_form_has_headings_bullets_and_a_closing():
    helper = LetterHelper(
        title="Ana: notes",
        intro=("We worked together.",),
        sections=(HelperSection(heading=STORIES, bullets=("Ran the huddle.",)),),
        closing="Use what helps.",
    )
    assert helper_text(helper) == (
        "Ana: notes\n\nWe worked together.\n\n## Patients and tasks I followed\n"
        "- Ran the huddle.\n\n\nUse what helps.\n"
    )


def test_an_edited_text_is_read_forgivingly():
    text = (
        "\n  Notes  \r\nFirst line of the intro\ncontinued here.\n\n"
        "## Stories\n- A bullet\n  wrapped onto a second line\n\nA loose paragraph\n"
        "- Last bullet\n\nThanks for everything.\n"
    )
    assert parse_helper(text) == LetterHelper(
        title="Notes",
        intro=("First line of the intro continued here.",),
        sections=(
            HelperSection(
                heading="Stories",
                bullets=("A bullet wrapped onto a second line", "A loose paragraph", "Last bullet"),
            ),
        ),
        closing="Thanks for everything.",
    )


def test_without_sections_the_closing_is_the_paragraph_set_off_by_two_blank_lines():
    assert parse_helper("Title\n\nIntro.\n\n\nClosing.").closing == "Closing."
    assert parse_helper("Title\n\nIntro.\n\nMore intro.") == LetterHelper(
        title="Title", intro=("Intro.", "More intro.")
    )


# --- The packet email -------------------------------------------------------------------------


def email(**changes):
    arguments = {
        "applicant": ANA,
        "person": LEE,
        "rotation_dates": (jan(4), jan(31)),
        "taught": "how you walk a family through a hard conversation",
        "attachments": ("CV.pdf", "Personal statement draft.pdf", "Letter helper.pdf"),
        "today": FEB_1,
    }
    return packet_email(**{**arguments, **changes})


def test_the_subject_thanks_and_names_the_applicant_and_the_dates():
    assert email().subject == "Thank you and LoR materials – Ana Souza, 4–31 January 2027"
    assert email(rotation_dates="May 2026").subject.endswith("Ana Souza, May 2026")


def test_the_email_thanks_them_for_what_they_taught():
    body = email().body
    assert body.startswith("Dear Dr. Lee,")
    assert "how you walk a family through a hard conversation" in body


def test_without_what_they_taught_the_email_leaves_a_placeholder_to_fill():
    assert TAUGHT_PLACEHOLDER in email(taught=" ").body


def test_the_email_lists_the_attachments_and_the_eras_identifiers():
    sent = email(letter_id="LOR-98765")
    assert sent.attachments == ("CV.pdf", "Personal statement draft.pdf", "Letter helper.pdf")
    for name in sent.attachments:
        assert f"- {name}" in sent.body
    assert "AAMC ID: 12345678" in sent.body
    assert "LOR-98765" in sent.body
    assert "Letter Request Form" in sent.body


def test_the_email_gives_the_target_and_the_soft_deadline():
    body = email().body
    assert "Wednesday, 1 September 2027" in body
    assert "Wednesday, 11 August 2027" in body


def test_after_the_soft_deadline_the_email_asks_for_the_letter_before_the_target():
    body = email(today=date(2027, 8, 20)).body
    assert "Wednesday, 1 September 2027" in body
    assert "11 August" not in body


def test_after_the_target_the_email_asks_for_the_letter_whenever_they_can():
    assert "whenever you can" in email(today=date(2027, 9, 10)).body


def test_missing_identifiers_leave_placeholders():
    body = email(applicant=Applicant(name="Ana Souza")).body
    assert "[your AAMC ID]" in body
    assert "[your submission date]" in body


def test_the_email_is_signed_with_the_applicants_name_and_email():
    assert email().body.endswith("Warm regards,\nAna Souza\nana@example.org")


def test_what_they_taught_is_guessed_from_their_closed_feedback():
    loops = (
        Feedback(
            day=jan(10), giver_id="lee", point="Lead with the assessment.", followup_date=jan(14)
        ),
        Feedback(day=jan(20), giver_id="lee", point="Call the family daily."),  # open
        Feedback(day=jan(12), giver_id="kim", point="Sit down.", followup_date=jan(15)),
    )
    assert (
        taught_guess(journal_with(feedback=loops), LEE) == 'your advice, "lead with the assessment"'
    )
    assert taught_guess(journal_with(feedback=loops[1:2]), LEE) == ""


# --- ERAS Experiences -------------------------------------------------------------------------


def test_an_experience_is_drafted_from_the_rotations_evidence():
    journal = journal_with(
        stories=(
            Story(day=jan(12), text="Coordinated a complex discharge", characteristics=TEAMWORK),
        ),
        feedback=(
            Feedback(
                day=jan(8),
                point="Lead with the assessment.",
                outcome="My presentations now open with it.",
                followup_date=jan(12),
            ),
        ),
        talks=(Talk(day=jan(25), topic="Hyponatremia on the wards"),),
    )
    draft = eras_experience(journal, "jan", ())
    assert draft.description == (
        "Hands-on inpatient rotation in Internal Medicine. Coordinated a complex discharge. "
        "Gave the team a short teaching talk on hyponatremia on the wards. "
        'Acted on feedback ("lead with the assessment"): My presentations now open with it.'
    )
    assert draft.reflection.startswith(
        'The feedback that stayed with me: "lead with the assessment".'
    )
    assert draft.characteristic is KeyCharacteristic.TEAMWORK
    assert "Teamwork / leadership" in draft.reasons


def test_evidence_from_another_rotation_is_not_used():
    march = Story(day=date(2027, 3, 5), text="Led the ward round.", characteristics=TEAMWORK)
    draft = eras_experience(journal_with(stories=(march,)), "jan", ())
    assert "ward round" not in draft.description
    assert draft.characteristic is None
    assert "tag them" in draft.reasons


def test_an_unknown_rotation_gives_an_empty_draft():
    draft = eras_experience(journal_with(), "nope", ())
    assert (draft.description, draft.reflection, draft.characteristic) == ("", "", None)


def tagged_story(day: int, *characteristics: KeyCharacteristic) -> Story:
    return Story(day=jan(day), text=f"Story {day}.", characteristics=frozenset(characteristics))


def test_the_characteristic_shown_most_wins():
    c, t = KeyCharacteristic.COMMUNICATION, KeyCharacteristic.TEAMWORK
    journal = journal_with(stories=(tagged_story(5, t), tagged_story(6, t), tagged_story(7, c)))
    assert eras_experience(journal, "jan", ()).characteristic is t


def test_a_tie_goes_to_the_characteristic_stories_and_loops_show():
    c, t = KeyCharacteristic.COMMUNICATION, KeyCharacteristic.TEAMWORK
    journal = journal_with(
        stories=(tagged_story(5, t),),
        talks=(Talk(day=jan(6), topic="Handoffs", characteristics=frozenset({c})),),
    )
    draft = eras_experience(journal, "jan", ())
    assert draft.characteristic is t
    assert "ties with Communication" in draft.reasons


def test_a_full_tie_goes_to_the_first_characteristic_in_the_eras_list():
    c, t = KeyCharacteristic.COMMUNICATION, KeyCharacteristic.TEAMWORK
    journal = journal_with(stories=(tagged_story(5, t), tagged_story(6, c)))
    assert eras_experience(journal, "jan", ()).characteristic is c


def test_stories_showing_the_chosen_strengths_lead_the_description():
    plain_story = Story(day=jan(20), text="Wrote the discharge summaries for the whole team today.")
    strong = Story(day=jan(5), text="Drafted a plan.", qualities=REASONING)
    draft = eras_experience(
        journal_with(stories=(plain_story, strong)), "jan", ("clinical_reasoning",)
    )
    assert draft.description.index("Drafted a plan.") < draft.description.index("Wrote the")


words = st.text(alphabet="abcdefghij", min_size=1, max_size=25)
long_texts = st.lists(words, min_size=1, max_size=80).map(" ".join)


# The words lorkit adds around the evidence in a draft without a key characteristic.
FRAME_WORDS = {
    *("hands-on", "inpatient", "rotation", "in", "internal", "medicine"),
    *("acted", "on", "feedback", "the", "that", "stayed", "with", "me", "what", "i", "changed"),
}


def tokens(text: str) -> list[str]:
    return [w.strip('.…():"').lower() for w in text.split() if w.strip('.…():"')]


@settings(max_examples=50)
@given(st.lists(long_texts, min_size=1, max_size=20), long_texts, long_texts)
def test_the_experience_is_never_over_the_eras_limits_nor_cut_inside_a_word(texts, point, outcome):
    journal = journal_with(
        stories=tuple(Story(day=jan(5), text=text) for text in texts),
        feedback=(Feedback(day=jan(5), point=point, outcome=outcome, followup_date=jan(6)),),
    )
    draft = eras_experience(journal, "jan", ())
    assert 0 < len(draft.description) <= defaults.ERAS_DESCRIPTION_MAX == 750
    assert 0 < len(draft.reflection) <= defaults.ERAS_REFLECTION_MAX == 300
    known = {word for text in [*texts, point, outcome] for word in text.split()} | FRAME_WORDS
    assert set(tokens(draft.description)) <= known
    assert set(tokens(draft.reflection)) <= known


def test_a_long_description_ends_at_a_sentence_boundary():
    texts = tuple(f"Story number {n} went well with the team and the family." for n in range(40))
    journal = journal_with(stories=tuple(Story(day=jan(5), text=t) for t in texts))
    description = eras_experience(journal, "jan", ()).description
    assert 700 < len(description) <= 750
    assert description.endswith("family.")
