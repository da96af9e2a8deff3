"""Writer readiness and the letter portfolio (domain §1 and §6)."""

import json
from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lorkit.core import defaults
from lorkit.core.journal import Compliment, Feedback, Journal, Person, RedFlag, Story
from lorkit.core.readiness import (
    EvidenceTally,
    assess_portfolio,
    missing_for_letter,
    rank_writers,
    readiness_status,
    score_lines,
    spoken_date,
    tally_evidence,
    tally_for,
    writer_readiness,
)
from lorkit.core.rotation import Rotation
from lorkit.core.vocabulary import (
    BoardCertification,
    PersonRole,
    ReadinessStatus,
    RedFlagKind,
    RotationKind,
    Setting,
)

IM = "Internal Medicine"
JAN = Rotation(date(2027, 1, 4), date(2027, 1, 31), site="Mercy", specialty=IM, id="jan")
LEE = Person(
    id="lee",
    name="Dr. Lee",
    role=PersonRole.CORE_FACULTY,
    specialty=IM,
    rotation_ids=("jan",),
    saw_clinical_work=True,
    board_certified=BoardCertification.YES,
)
READY = EvidenceTally(feedback=1, closed_loops=1, stories=2)
ELIGIBLE = EvidenceTally(feedback=1)
NOT_YET, ELIGIBLE_S, READY_S = (
    ReadinessStatus.NOT_YET,
    ReadinessStatus.ELIGIBLE,
    ReadinessStatus.READY,
)


def jan(day: int) -> date:
    return date(2027, 1, day)


def full_evidence(person_id: str) -> dict:
    """One closed loop and two stories: ready material, whoever gives it."""
    return {
        "feedback": (
            Feedback(day=jan(8), giver_id=person_id, point="Be briefer", followup_date=jan(12)),
        ),
        "stories": (
            Story(day=jan(9), text="Caught a drug interaction", witness_ids=(person_id,)),
            Story(day=jan(13), text="Calmed a worried family", witness_ids=(person_id,)),
        ),
    }


def journal_with(*people: Person, rotations=(JAN,), **evidence) -> Journal:
    return Journal(people=people, rotations=tuple(rotations), **evidence)


# Status


@pytest.mark.parametrize(
    ("days", "evidence", "status"),
    [
        (13, ELIGIBLE, NOT_YET),
        (14, ELIGIBLE, ELIGIBLE_S),
        (20, READY, ELIGIBLE_S),
        (21, READY, READY_S),
        (30, EvidenceTally(), NOT_YET),  # never any feedback
        (30, EvidenceTally(feedback=3, stories=5), ELIGIBLE_S),  # no loop closed
        (30, EvidenceTally(feedback=1, closed_loops=1, stories=1), ELIGIBLE_S),  # 2 items
        (30, EvidenceTally(feedback=1, closed_loops=1, compliments=2), READY_S),  # 3 items
    ],
)
def test_status_follows_days_feedback_closed_loops_and_specific_items(days, evidence, status):
    assert readiness_status(LEE, days, evidence) is status


def test_no_one_is_eligible_without_seeing_clinical_work():
    unseen = replace(LEE, saw_clinical_work=False)
    assert (
        readiness_status(unseen, 30, EvidenceTally(feedback=2, closed_loops=2, stories=4))
        is NOT_YET
    )


@pytest.mark.parametrize("role", [PersonRole.RESIDENT, PersonRole.FELLOW])
def test_a_resident_or_fellow_is_never_more_than_eligible(role):
    person = replace(LEE, role=role)
    assert (
        readiness_status(person, 28, EvidenceTally(feedback=5, closed_loops=5, stories=9))
        is ELIGIBLE_S
    )


def test_a_research_mentor_who_saw_clinical_work_can_be_ready():
    mentor = replace(LEE, role=PersonRole.RESEARCH_MENTOR)
    assert readiness_status(mentor, 21, READY) is READY_S


@pytest.mark.parametrize(
    ("today", "status"),
    [(jan(16), NOT_YET), (jan(17), ELIGIBLE_S), (jan(23), ELIGIBLE_S), (jan(24), READY_S)],
)
def test_days_of_contact_count_the_first_and_the_last_day(today, status):
    # From Jan 4: Jan 17 is the 14th day together, Jan 24 the 21st.
    journal = journal_with(LEE, **full_evidence("lee"))
    assert writer_readiness(LEE, journal, IM, today).status is status


# Evidence


def test_specific_items_are_stories_they_saw_closed_loops_and_their_compliments():
    journal = journal_with(
        LEE,
        stories=(
            Story(day=jan(5), text="a", witness_ids=("lee", "kim")),
            Story(day=jan(6), text="b", witness_ids=("lee", "lee")),  # counted once
            Story(day=jan(7), text="c", witness_ids=("kim",)),
        ),
        feedback=(
            Feedback(day=jan(8), giver_id="lee", point="x", followup_date=jan(10)),
            Feedback(day=jan(9), giver_id="lee", point="y"),  # open: not an item
        ),
        compliments=(Compliment(day=jan(11), giver_id="lee", text="Great handoff"),),
        red_flags=(
            RedFlag(kind=RedFlagKind.NO_QUESTIONS, day=jan(5), person_id="lee"),
            RedFlag(kind=RedFlagKind.LATE_OR_ABSENT, day=jan(5), person_id="lee", resolved=True),
        ),
    )
    lee = tally_evidence(journal)["lee"]
    assert (lee.stories, lee.feedback, lee.closed_loops, lee.compliments) == (2, 2, 1, 1)
    assert lee.specific_items == 4
    assert lee.oldest_open_feedback == jan(9)
    assert lee.open_red_flags == 1
    assert tally_evidence(journal)["kim"].specific_items == 2


def test_evidence_without_a_person_counts_for_no_one():
    journal = journal_with(LEE, feedback=(Feedback(day=jan(8), point="x"),))
    assert tally_evidence(journal) == {}
    assert tally_for(journal, "lee") == EvidenceTally()


# Score


def test_the_score_factors_add_up_to_one_hundred_at_most():
    most = (
        sum(defaults.READINESS_EVIDENCE_POINTS.values())
        + max(defaults.READINESS_ROLE_POINTS.values())
        + defaults.READINESS_SPECIALTY_POINTS
        + max(defaults.READINESS_SETTING_POINTS.values())
        + defaults.READINESS_PRIORITY_POINTS[0]
        + max(defaults.READINESS_BOARD_POINTS.values())
        + defaults.READINESS_QUALITY_POINTS
    )
    assert most == 100
    lines = score_lines(LEE, 28, READY, IM, ())
    assert sum(line.out_of for line in lines) == 100
    assert len({line.factor for line in lines}) == len(lines)


def test_the_score_tables_cover_every_role_setting_and_certification():
    assert set(defaults.READINESS_ROLE_POINTS) == set(PersonRole)
    assert set(defaults.READINESS_SETTING_POINTS) == set(Setting)
    assert set(defaults.READINESS_BOARD_POINTS) == set(BoardCertification)


def test_a_perfect_writer_scores_one_hundred():
    person = replace(LEE, role=PersonRole.PROGRAM_DIRECTOR)
    journal = journal_with(person, **full_evidence("lee"))
    journal = replace(
        journal,
        stories=tuple(
            replace(s, qualities=frozenset(defaults.LETTER_QUALITY_WEIGHTS))
            for s in journal.stories
        ),
    )
    assert writer_readiness(person, journal, IM, jan(31)).score == 100


def score_of(person: Person, target: str = IM) -> int:
    journal = journal_with(person, **full_evidence(person.id))
    return writer_readiness(person, journal, target, jan(28)).score


def test_with_the_same_evidence_the_role_orders_the_score():
    roles = [
        PersonRole.PROGRAM_DIRECTOR,
        PersonRole.CORE_FACULTY,
        PersonRole.COMMUNITY_ATTENDING,
        PersonRole.RESIDENT,
    ]
    scores = [score_of(replace(LEE, role=role)) for role in roles]
    assert scores == sorted(scores, reverse=True)
    assert len(set(scores)) == len(scores)


def test_the_order_of_preference_ranks_inpatient_outpatient_mentor_then_other_specialty():
    inpatient = score_of(replace(LEE, role=PersonRole.OTHER_ATTENDING))
    outpatient = score_of(replace(LEE, role=PersonRole.OTHER_ATTENDING, setting=Setting.OUTPATIENT))
    mentor = score_of(replace(LEE, role=PersonRole.RESEARCH_MENTOR, specialty="Neurology"))
    other = score_of(replace(LEE, role=PersonRole.OTHER_ATTENDING, specialty="Neurology"))
    assert inpatient > outpatient > mentor > other


def test_specialty_match_and_board_certification_raise_the_score():
    assert score_of(LEE) > score_of(LEE, target="Pediatrics")
    assert score_of(LEE) > score_of(replace(LEE, board_certified=BoardCertification.UNKNOWN))
    assert score_of(replace(LEE, board_certified=BoardCertification.UNKNOWN)) > score_of(
        replace(LEE, board_certified=BoardCertification.NO)
    )


def test_an_open_red_flag_about_a_writer_costs_points():
    flag = RedFlag(kind=RedFlagKind.NURSE_CONCERNS, day=jan(10), person_id="lee")
    journal = journal_with(LEE, red_flags=(flag,), **full_evidence("lee"))
    flagged = writer_readiness(LEE, journal, IM, jan(28))
    assert flagged.score == score_of(LEE) - defaults.READINESS_RED_FLAG_PENALTY
    assert "red flag" in flagged.explanation


def test_evidence_showing_the_chosen_qualities_scores_them_by_weight():
    def qualities_points(shown: set[str], wanted: tuple[str, ...]) -> int:
        lines = score_lines(LEE, 28, EvidenceTally(qualities=frozenset(shown)), IM, wanted)
        return next(line.points for line in lines if line.factor == "qualities")

    assert qualities_points({"work_ethic"}, ("work_ethic", "knowledge")) == 4  # 30 of 40
    assert qualities_points({"knowledge"}, ("work_ethic", "knowledge")) == 1  # 10 of 40
    assert qualities_points({"knowledge"}, ()) == 1  # nothing chosen: all five count
    assert qualities_points(set(), ("work_ethic",)) == 0


# Missing, next step, explanation


def test_missing_lists_what_stands_between_a_person_and_a_strong_letter():
    unseen = replace(LEE, saw_clinical_work=False)
    assert missing_for_letter(unseen, 10, EvidenceTally()) == (
        "that they see you present or care for patients",
        "feedback from them",
        "4 more days together (10 of the 14 needed to ask for a letter)",
        'a closed feedback loop: show them the change and ask "is this closer?"',
        "3 more specific things they can recall (a story they saw, a closed loop, a compliment "
        "from them)",
    )
    assert missing_for_letter(LEE, 20, READY) == (
        "1 more day together (20 of the 21 a strong letter needs)",
    )


def test_a_ready_writer_misses_nothing_but_a_resident_always_misses_an_attending():
    journal = journal_with(LEE, **full_evidence("lee"))
    assert writer_readiness(LEE, journal, IM, jan(28)).missing == ()
    resident = replace(LEE, role=PersonRole.RESIDENT)
    assert writer_readiness(resident, journal, IM, jan(28)).missing == (
        "an attending to sign: residents and fellows cannot write the official letter",
    )


def test_spoken_dates_name_the_weekday():
    assert spoken_date(jan(14)) == "Thursday, January 14"


def step_of(person: Person, today: date, **evidence):
    return writer_readiness(person, journal_with(person, **evidence), IM, today).next_step


def test_without_feedback_the_next_step_is_to_ask_for_it_within_three_days():
    step = step_of(LEE, jan(11))
    assert step.text.startswith("Ask Dr. Lee for five minutes of feedback by Thursday, January 14")
    assert step.due == jan(14)


def test_a_step_during_the_rotation_is_due_by_its_last_day():
    assert step_of(LEE, jan(30)).due == jan(31)


def test_a_person_not_yet_seen_at_work_comes_before_feedback():
    step = step_of(replace(LEE, saw_clinical_work=False), jan(11))
    assert (
        step.text
        == "Present one of your patients where Dr. Lee can hear it, by Thursday, January 14."
    )


def test_an_open_loop_is_followed_up_a_few_days_after_the_feedback():
    step = step_of(LEE, jan(11), feedback=(Feedback(day=jan(10), giver_id="lee", point="x"),))
    assert step.due == jan(10) + timedelta(days=defaults.FEEDBACK_FOLLOWUP_DELAY[1])
    assert '"is this closer?"' in step.text


def test_with_everything_but_time_the_step_names_the_day_it_is_reached():
    step = step_of(LEE, jan(20), **full_evidence("lee"))
    assert (
        step.text
        == "Keep working closely with Dr. Lee: you reach 21 days together on Sunday, January 24."
    )
    assert step.due == jan(24)


@pytest.mark.parametrize(
    ("today", "due", "start"),
    [
        (jan(24), jan(28), "Ask Dr. Lee in person for a strong letter between Tuesday, January 26"),
        (
            jan(27),
            jan(28),
            "Ask Dr. Lee in person for a strong letter between Wednesday, January 27",
        ),
        (jan(30), jan(30), "Ask Dr. Lee in person for a strong letter today"),
        (date(2027, 2, 3), date(2027, 2, 6), "Email Dr. Lee by Saturday, February 6"),
    ],
)
def test_a_ready_writer_is_asked_three_to_five_days_before_the_last_day(today, due, start):
    step = step_of(LEE, today, **full_evidence("lee"))
    assert step.text.startswith(start)
    assert step.due == due


def test_before_contact_starts_the_step_is_the_introduction_on_day_one():
    assert step_of(LEE, jan(1)).due == jan(4)


@pytest.mark.parametrize(
    "person",
    [
        replace(LEE, rotation_ids=()),  # no dates at all
        replace(LEE, last_contact=jan(10)),  # over after 7 days
    ],
)
def test_no_date_fits_when_contact_is_unknown_or_over_and_too_short(person):
    step = step_of(
        person,
        date(2027, 2, 10),
        feedback=(Feedback(day=jan(5), giver_id="lee", point="x", followup_date=jan(7)),),
        compliments=tuple(Compliment(day=jan(6), giver_id="lee", text="x") for _ in range(3)),
    )
    assert step.due is None
    assert "Dr. Lee" in step.text


def test_the_explanation_names_the_status_the_facts_and_the_next_step():
    journal = journal_with(LEE, feedback=(Feedback(day=jan(8), giver_id="lee", point="x"),))
    rated = writer_readiness(LEE, journal, IM, jan(18))
    assert rated.explanation.startswith(
        "You can ask Dr. Lee for a letter now (15 days together, 1 feedback conversation and 0 "
        "specific things to recall). For a strong one, still to come: 6 more days together"
    )
    assert rated.explanation.endswith(f"Next: {rated.next_step.text}")


def test_as_dict_gives_the_stable_json_keys():
    rated = writer_readiness(LEE, journal_with(LEE), IM, jan(11))
    shape = json.loads(json.dumps(rated.as_dict()))
    assert {"person_id", "name", "status", "score", "missing", "next_step"} <= set(shape)
    assert shape["person_id"] == "lee"
    assert shape["status"] == "not_yet"
    assert isinstance(shape["missing"], list) and all(isinstance(m, str) for m in shape["missing"])
    assert shape["next_step"] == rated.next_step.text
    assert shape["next_step_due"] == "2027-01-14"
    assert len(shape["factors"]) == len(rated.factors)


# Ranking


def test_writers_rank_by_status_then_score_then_name():
    # Ready, but a weak fit: another specialty, outpatient, not board-certified.
    ready = replace(
        LEE,
        role=PersonRole.OTHER_ATTENDING,
        specialty="Neurology",
        setting=Setting.OUTPATIENT,
        board_certified=BoardCertification.NO,
    )
    eligible_pd = Person(
        id="pd",
        name="Dr. Park",
        role=PersonRole.PROGRAM_DIRECTOR,
        specialty=IM,
        rotation_ids=("jan",),
        saw_clinical_work=True,
    )
    newcomer_a = Person(id="a", name="Dr. Adams", rotation_ids=("jan",))
    newcomer_b = Person(id="b", name="Dr. Baker", rotation_ids=("jan",))
    evidence = full_evidence("lee")
    evidence["feedback"] += (Feedback(day=jan(9), giver_id="pd", point="x"),)
    evidence["stories"] += (Story(day=jan(9), text="x", witness_ids=("pd", "pd")),)
    journal = journal_with(newcomer_b, eligible_pd, newcomer_a, ready, **evidence)
    ranked = rank_writers(journal, IM, jan(28))
    assert [w.person_id for w in ranked] == ["lee", "pd", "a", "b"]
    assert [w.status for w in ranked] == [READY_S, ELIGIBLE_S, NOT_YET, NOT_YET]
    assert ranked[1].score > ranked[0].score  # the program director scores higher, yet waits


# Portfolio


def ready_person(person_id: str, **fields) -> tuple[Person, dict]:
    person = replace(LEE, id=person_id, name=f"Dr. {person_id.title()}", **fields)
    return person, full_evidence(person_id)


def portfolio_of(people_fields: dict[str, dict], rotations=(JAN,), today=None, target=IM):
    today = today or jan(28)
    people, evidence = [], {"feedback": (), "stories": ()}
    for person_id, fields in people_fields.items():
        person, found = ready_person(person_id, **fields)
        people.append(person)
        for key in evidence:
            evidence[key] += found[key]
    journal = Journal(people=tuple(people), rotations=tuple(rotations), **evidence)
    return assess_portfolio(rank_writers(journal, target, today), journal, target, today)


def test_two_hands_on_letters_in_the_specialty_and_one_more_cover_the_goal():
    portfolio = portfolio_of({"ann": {}, "bob": {}, "cruz": {"specialty": "Neurology"}})
    assert portfolio.complete
    assert set(portfolio.in_specialty) == {"ann", "bob"}
    assert portfolio.beyond_specialty == ("cruz",)
    assert set(portfolio.key_writers) == {"ann", "bob"}
    assert portfolio.summary.startswith("Your letters cover the goal")


def test_a_third_letter_in_the_specialty_is_the_one_more():
    assert portfolio_of({"ann": {}, "bob": {}, "cy": {}}).complete


def test_one_letter_in_the_specialty_leaves_gaps_that_a_current_rotation_could_close():
    portfolio = portfolio_of({"ann": {}}, today=jan(26))
    assert [gap.code for gap in portfolio.gaps] == ["in_specialty", "one_more"]
    assert portfolio.gaps[0].rotation_ids == ("jan",)
    assert portfolio.gaps[0].message.startswith(
        "Strong letters from Internal Medicine attendings: 1 of the 2 you need. Your rotation "
        "Mercy (Internal Medicine), from Jan 4 to Jan 31, could close it"
    )


def test_a_gap_names_the_person_most_likely_to_close_it():
    kim = Person(
        id="kim", name="Dr. Kim", role=PersonRole.CORE_FACULTY, specialty=IM, rotation_ids=("jan",)
    )
    journal = Journal(people=(kim,), rotations=(JAN,))
    portfolio = assess_portfolio(rank_writers(journal, IM, jan(10)), journal, IM, jan(10))
    gap = portfolio.gaps[0]
    assert gap.person_ids == ("kim",)
    assert "Dr. Kim could close it. Next: Present one of your patients" in gap.message


def test_without_a_hands_on_writer_in_the_specialty_the_key_letter_is_missing():
    observership = replace(JAN, kind=RotationKind.OBSERVERSHIP)
    portfolio = portfolio_of(
        {"ann": {}, "bob": {}, "cy": {}}, rotations=(observership,), today=date(2027, 2, 2)
    )
    assert [gap.code for gap in portfolio.gaps] == ["key_writer"]
    assert portfolio.key_writers == ()
    assert (
        "No hands-on Internal Medicine rotation is current or planned" in portfolio.gaps[0].message
    )


def test_a_planned_hands_on_rotation_in_the_specialty_is_named_for_the_key_letter():
    observership = replace(JAN, kind=RotationKind.OBSERVERSHIP)
    april = Rotation(date(2027, 4, 5), date(2027, 5, 2), specialty=IM, site="County", id="apr")
    portfolio = portfolio_of(
        {"ann": {}, "bob": {}, "cy": {}}, rotations=(observership, april), today=date(2027, 2, 2)
    )
    assert portfolio.gaps[0].rotation_ids == ("apr",)
    assert (
        "Your rotation County (Internal Medicine), from Apr 5 to May 2,"
        in portfolio.gaps[0].message
    )


def test_a_program_gets_at_most_four_letters_keeping_one_beyond_the_specialty():
    portfolio = portfolio_of(
        {"ann": {}, "bob": {}, "cy": {}, "dee": {}, "eve": {"specialty": "Neurology"}}
    )
    assert len(portfolio.chosen) == defaults.MAX_LETTERS_PER_PROGRAM
    assert "eve" in portfolio.chosen
    assert "at most 4 letters" in portfolio.summary


def test_without_a_target_specialty_the_portfolio_asks_for_one():
    portfolio = portfolio_of({"ann": {}}, target="")
    assert [gap.code for gap in portfolio.gaps] == ["no_target"]
    assert json.loads(json.dumps(portfolio.as_dict()))["complete"] is False


# Properties

evidence_strategy = st.builds(
    EvidenceTally,
    feedback=st.integers(0, 4),
    closed_loops=st.integers(0, 4),
    stories=st.integers(0, 4),
    compliments=st.integers(0, 4),
    open_red_flags=st.integers(0, 3),
)
people_strategy = st.builds(
    Person,
    id=st.just("p"),
    name=st.just("Dr. P"),
    role=st.sampled_from(PersonRole),
    specialty=st.sampled_from([IM, "Neurology", ""]),
    setting=st.sampled_from(Setting),
    board_certified=st.sampled_from(BoardCertification),
    saw_clinical_work=st.booleans(),
)


@given(people_strategy, st.integers(0, 60), evidence_strategy)
def test_ready_always_meets_every_eligible_and_ready_condition(person, days, evidence):
    status = readiness_status(person, days, evidence)
    if status is not NOT_YET:
        assert days >= 14 and evidence.feedback >= 1 and person.saw_clinical_work
    if status is READY_S:
        assert days >= 21 and evidence.closed_loops >= 1 and evidence.specific_items >= 3
        assert person.role not in (PersonRole.RESIDENT, PersonRole.FELLOW)


@given(
    people_strategy, st.integers(0, 31), evidence_strategy, st.sampled_from([IM, "", "Pediatrics"])
)
def test_the_score_stays_between_0_and_100(person, days, evidence, target):
    contact = replace(person, first_contact=jan(1), last_contact=jan(days) if days else None)
    rated = writer_readiness(contact, Journal(people=(contact,)), target, jan(31), (), evidence)
    total = sum(
        line.points for line in score_lines(person, rated.days_together, evidence, target, ())
    )
    assert 0 <= rated.score <= 100
    assert rated.score == max(0, min(100, total))


@given(
    people_strategy,
    st.integers(0, 60),
    evidence_strategy,
    st.sampled_from(["feedback", "closed", "stories", "compliments"]),
    st.integers(0, 40),
)
def test_more_evidence_or_more_days_never_lower_the_score(person, days, evidence, kind, more_days):
    def score(e: EvidenceTally, n: int) -> int:
        return sum(line.points for line in score_lines(person, n, e, IM, ()))

    more = {
        "feedback": replace(evidence, feedback=evidence.feedback + 1),
        "closed": replace(
            evidence, feedback=evidence.feedback + 1, closed_loops=evidence.closed_loops + 1
        ),
        "stories": replace(evidence, stories=evidence.stories + 1),
        "compliments": replace(evidence, compliments=evidence.compliments + 1),
    }[kind]
    assert score(more, days) >= score(evidence, days)
    assert score(evidence, days + more_days) >= score(evidence, days)
    assert (
        STATUS_RANK[readiness_status(person, days, more)]
        >= STATUS_RANK[readiness_status(person, days, evidence)]
    )


STATUS_RANK = {NOT_YET: 0, ELIGIBLE_S: 1, READY_S: 2}

entry_people = st.sampled_from(["a", "b", "c", ""])


@given(
    st.lists(
        st.builds(
            Story,
            day=st.just(jan(5)),
            text=st.just("x"),
            witness_ids=st.lists(entry_people, max_size=3).map(tuple),
        ),
        max_size=8,
    ),
    st.lists(
        st.builds(
            Feedback,
            day=st.just(jan(5)),
            point=st.just("x"),
            giver_id=entry_people,
            followup_date=st.sampled_from([None, jan(7)]),
        ),
        max_size=8,
    ),
    st.lists(
        st.builds(Compliment, day=st.just(jan(5)), text=st.just("x"), giver_id=entry_people),
        max_size=8,
    ),
)
def test_the_single_pass_tally_agrees_with_a_pass_per_person(stories, feedback, compliments):
    journal = Journal(
        stories=tuple(stories), feedback=tuple(feedback), compliments=tuple(compliments)
    )
    tallies = tally_evidence(journal)
    for person_id in ("a", "b", "c"):
        assert tallies.get(person_id, EvidenceTally()) == tally_for(journal, person_id)
