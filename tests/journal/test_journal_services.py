"""The journal's services: the privacy guard holds in every save, dates follow the rulebook,
nothing crosses from one applicant to another, rotations' attendings become people (by hand and
by the 0002 migration), and the journal reads in a fixed number of queries."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.db.models import Model

from lorkit.accounts.models import User
from lorkit.journal.models import CheckIn, Compliment, Feedback, Person, RedFlag, Story, Talk
from lorkit.journal.selectors import journal_for, known_names
from lorkit.journal.services import (
    GUARDED_FIELDS,
    PrivacyFlags,
    attendings_add_as_people,
    check_in_save,
    evidence_save,
    person_save,
    red_flag_save,
)
from lorkit.plans.models import Rotation

TODAY = date(2027, 1, 20)  # inside the `rotation` fixture (Jan 4–31 2027)
# A sentence naming a patient, and its rewrite: what the guard must stop in every field.
PATIENT = "Presented Mrs. Adebayo to the team on rounds."
PATIENT_REWRITE = "Presented a patient to the team on rounds."
CLEAN = "Presented a new admission to the team on rounds."


def answers(yes: bool = True, **changes: bool) -> dict[str, bool]:
    base = dict.fromkeys(("responsibility", "reasoning", "communication", "learned"), yes)
    return base | changes


@dataclass(frozen=True)
class Save:
    """One way of storing one guarded field: build the entry with `text` in `field` and
    save it through its service."""

    model: type[Model]
    field: str
    save: Callable[[User, Rotation, str, list[str]], Model]


def _person(owner: User, rotation: Rotation, text: str, allowed: list[str]) -> Model:
    person = Person(name="Dr. Chen Wei", notes=text)
    return person_save(owner=owner, person=person, rotation_ids=[rotation.pk], allowed=allowed)


def _check_in(owner: User, rotation: Rotation, text: str, allowed: list[str]) -> Model:
    check_in = CheckIn(day=TODAY, note=text, **answers())
    return check_in_save(owner=owner, check_in=check_in, today=TODAY, allowed=allowed)


def _evidence(build: Callable[[str], Any]) -> Callable[[User, Rotation, str, list[str]], Model]:
    def save(owner: User, rotation: Rotation, text: str, allowed: list[str]) -> Model:
        entry = build(text)
        entry.rotation = rotation
        return evidence_save(owner=owner, entry=entry, today=TODAY, allowed=allowed)

    return save


def _feedback(field: str) -> Callable[[str], Feedback]:
    def build(text: str) -> Feedback:
        fields = {"point": "Tighten the assessment", field: text}
        return Feedback(day=TODAY - timedelta(days=3), followup_date=TODAY, **fields)

    return build


def _red_flag(owner: User, rotation: Rotation, text: str, allowed: list[str]) -> Model:
    flag = RedFlag(kind="nurse_concerns", day=TODAY, rotation=rotation, note=text)
    return red_flag_save(owner=owner, flag=flag, today=TODAY, allowed=allowed)


SAVES = {
    "person notes": Save(Person, "notes", _person),
    "check-in note": Save(CheckIn, "note", _check_in),
    "story": Save(Story, "text", _evidence(lambda t: Story(day=TODAY, text=t))),
    "feedback point": Save(Feedback, "point", _evidence(_feedback("point"))),
    "feedback planned change": Save(
        Feedback, "planned_change", _evidence(_feedback("planned_change"))
    ),
    "feedback outcome": Save(Feedback, "outcome", _evidence(_feedback("outcome"))),
    "compliment": Save(Compliment, "text", _evidence(lambda t: Compliment(day=TODAY, text=t))),
    "talk title": Save(Talk, "title", _evidence(lambda t: Talk(day=TODAY, title=t))),
    "red-flag note": Save(RedFlag, "note", _red_flag),
}
by_save = pytest.mark.parametrize("how", list(SAVES.values()), ids=list(SAVES))


def stored_texts(owner: User) -> list[str]:
    """Every guarded text the owner has stored, in any model."""
    return [
        value
        for model, fields in GUARDED_FIELDS.items()
        for row in model._default_manager.filter(owner=owner).values(*fields)
        for value in row.values()
    ]


def test_every_model_with_free_text_is_covered_here() -> None:
    assert {(s.model, s.field) for s in SAVES.values()} == {
        (model, field) for model, fields in GUARDED_FIELDS.items() for field in fields
    }


@by_save
def test_a_patients_name_is_refused_with_its_finding_and_rewrite(
    how: Save, owner: User, rotation: Rotation, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)

    with pytest.raises(PrivacyFlags) as refused:
        how.save(owner, rotation, PATIENT, [])

    flagged = refused.value.flagged
    assert list(flagged) == [how.field]
    assert [(f.type, f.text) for f in flagged[how.field].findings] == [("name", "Mrs. Adebayo")]
    assert flagged[how.field].rewrite == PATIENT_REWRITE
    assert how.model._default_manager.filter(owner=owner).count() == 0
    # The refusal names the field, never the text; nothing logged repeats it.
    assert "Adebayo" not in str(refused.value)
    assert all("Adebayo" not in record.getMessage() for record in caplog.records)


@by_save
def test_a_refused_edit_keeps_the_stored_text_as_it_was(
    how: Save, owner: User, rotation: Rotation
) -> None:
    first = how.save(owner, rotation, CLEAN, [])
    entry = type(first)._default_manager.get(pk=first.pk)
    setattr(entry, how.field, PATIENT)

    with pytest.raises(PrivacyFlags):
        if isinstance(entry, CheckIn):
            check_in_save(owner=owner, check_in=entry, today=TODAY)
        elif isinstance(entry, Person):
            person_save(owner=owner, person=entry)
        elif isinstance(entry, RedFlag):
            red_flag_save(owner=owner, flag=entry, today=TODAY)
        else:
            evidence_save(owner=owner, entry=entry, today=TODAY)  # type: ignore[arg-type]

    assert stored_texts(owner).count(CLEAN) == 1
    assert not any("Adebayo" in text for text in stored_texts(owner))


@by_save
def test_a_finding_marked_not_an_identifier_is_stored_as_typed(
    how: Save, owner: User, rotation: Rotation
) -> None:
    saved = how.save(owner, rotation, PATIENT, ["Mrs. Adebayo"])

    saved.refresh_from_db()
    assert getattr(saved, how.field) == PATIENT


@by_save
def test_the_guards_rewrite_is_stored_as_it_is(how: Save, owner: User, rotation: Rotation) -> None:
    saved = how.save(owner, rotation, PATIENT_REWRITE, [])

    saved.refresh_from_db()
    assert getattr(saved, how.field) == PATIENT_REWRITE


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Rivera asked me to present the new admission.",  # the rotation's attending
        "Dr. Nwosu Chiamaka watched me place the line.",  # a person in the journal
        "Nwosu said my plan was clear.",  # the same person, by one part of the name
        "Alice Example presented the case.",  # the applicant's own ERAS name
        "We discussed Wilson's disease and started metoprolol 25 mg.",  # eponym and drug
    ],
)
@by_save
def test_known_names_and_clinical_words_pass(
    how: Save, text: str, owner: User, rotation: Rotation
) -> None:
    Person.objects.create(owner=owner, name="Dr. Nwosu Chiamaka")

    saved = how.save(owner, rotation, text, [])

    saved.refresh_from_db()
    assert getattr(saved, how.field) == text


def test_the_known_names_are_people_attendings_and_the_applicant(
    owner: User, rotation: Rotation, outsider: User, add_rotation: Any
) -> None:
    Person.objects.create(owner=owner, name="Dr. Chen Wei")
    Person.objects.create(owner=outsider, name="Dr. Someone Else")
    add_rotation(outsider, date(2027, 2, 1), attending_name="Dr. Other Attending")

    assert sorted(known_names(owner)) == ["Alice Example", "Dr. Chen Wei", "Dr. Rivera"]


def test_a_name_known_to_another_applicant_is_still_flagged_for_this_one(
    owner: User, outsider: User, rotation: Rotation
) -> None:
    Person.objects.create(owner=outsider, name="Mrs. Adebayo")

    with pytest.raises(PrivacyFlags):
        evidence_save(owner=owner, entry=Story(day=TODAY, text=PATIENT), today=TODAY)


def test_a_record_number_is_refused_in_feedback_with_one_finding_per_field(owner: User) -> None:
    feedback = Feedback(day=TODAY, point="Double-check MRN 12345678 before orders", outcome=PATIENT)

    with pytest.raises(PrivacyFlags) as refused:
        evidence_save(owner=owner, entry=feedback, today=TODAY)

    flagged = refused.value.flagged
    assert sorted(flagged) == ["outcome", "point"]
    assert [f.type for f in flagged["point"].findings] == ["mrn"]
    assert sum(len(f.findings) for f in flagged.values()) == 2
    assert Feedback.objects.count() == 0


# Dates: nothing after today except a planned talk; a follow-up after its feedback, not ahead.


@pytest.mark.parametrize(
    ("entry", "field"),
    [
        (Story(day=TODAY + timedelta(days=1), text=CLEAN), "day"),
        (Compliment(day=TODAY + timedelta(days=1), text=CLEAN), "day"),
        (Feedback(day=TODAY + timedelta(days=1), point=CLEAN), "day"),
        (
            Feedback(day=TODAY, point=CLEAN, followup_date=TODAY - timedelta(days=1)),
            "followup_date",
        ),
        (
            Feedback(
                day=TODAY - timedelta(days=5), point=CLEAN, followup_date=TODAY + timedelta(days=1)
            ),
            "followup_date",
        ),
        (Story(day=date(1890, 1, 1), text=CLEAN), "day"),
    ],
    ids=[
        "story tomorrow",
        "compliment tomorrow",
        "feedback tomorrow",
        "follow-up before the feedback",
        "follow-up not yet happened",
        "a year out of range",
    ],
)
def test_dates_the_rulebook_refuses(entry: Any, field: str, owner: User) -> None:
    with pytest.raises(ValidationError) as refused:
        evidence_save(owner=owner, entry=entry, today=TODAY)

    assert list(refused.value.message_dict) == [field]
    assert type(entry).objects.count() == 0


def test_a_teaching_talk_may_be_planned_ahead(owner: User) -> None:
    talk = evidence_save(
        owner=owner, entry=Talk(day=TODAY + timedelta(days=6), title="Hyponatraemia"), today=TODAY
    )

    assert Talk.objects.get().day == TODAY + timedelta(days=6) == talk.day


def test_a_feedback_loop_closes_on_the_day_of_the_follow_up(owner: User) -> None:
    feedback = evidence_save(
        owner=owner,
        entry=Feedback(day=TODAY - timedelta(days=4), point=CLEAN, followup_date=TODAY),
        today=TODAY,
    )

    assert isinstance(feedback, Feedback) and feedback.closed
    assert [f.closed for f in journal_for(owner).feedback] == [True]


@pytest.mark.parametrize(
    "save",
    [
        lambda owner: check_in_save(
            owner=owner, check_in=CheckIn(day=TODAY + timedelta(days=1), **answers()), today=TODAY
        ),
        lambda owner: red_flag_save(
            owner=owner,
            flag=RedFlag(kind="late_or_absent", day=TODAY + timedelta(days=1)),
            today=TODAY,
        ),
    ],
    ids=["check-in", "red flag"],
)
def test_a_check_in_or_red_flag_for_tomorrow_is_refused(save: Any, owner: User) -> None:
    with pytest.raises(ValidationError) as refused:
        save(owner)

    assert "day" in refused.value.message_dict
    assert CheckIn.objects.count() == RedFlag.objects.count() == 0


# One check-in per day.


def test_a_second_check_in_for_a_day_replaces_the_first_keeping_its_id(
    owner: User, rotation: Rotation
) -> None:
    first = check_in_save(owner=owner, check_in=CheckIn(day=TODAY, **answers()), today=TODAY)
    again = CheckIn(day=TODAY, note="Forgot: I did present", **answers(reasoning=False))

    second = check_in_save(owner=owner, check_in=again, today=TODAY)

    stored = CheckIn.objects.get()
    assert (second.pk, second.uid) == (first.pk, first.uid) == (stored.pk, stored.uid)
    assert (stored.reasoning, stored.note) == (False, "Forgot: I did present")
    assert stored.rotation == rotation  # the rotation the day falls in


def test_check_ins_of_two_applicants_on_one_day_are_kept_apart(owner: User, outsider: User) -> None:
    check_in_save(owner=owner, check_in=CheckIn(day=TODAY, **answers()), today=TODAY)
    check_in_save(owner=outsider, check_in=CheckIn(day=TODAY, **answers(False)), today=TODAY)

    assert sorted(CheckIn.objects.values_list("owner__username", "learned")) == [
        ("alice", True),
        ("mallory", False),
    ]


def test_a_check_in_outside_any_rotation_has_no_rotation(owner: User, rotation: Rotation) -> None:
    day = rotation.start - timedelta(days=2)

    saved = check_in_save(owner=owner, check_in=CheckIn(day=day, **answers()), today=TODAY)

    assert saved.rotation is None


# Nothing of another applicant's can be chosen.


@pytest.fixture
def theirs(outsider: User, add_rotation: Any) -> tuple[Person, Rotation]:
    rotation = add_rotation(outsider, date(2027, 1, 4))
    return Person.objects.create(owner=outsider, name="Dr. Mallory Mentor"), rotation


Refusal = Callable[[User, Person, Rotation], Any]
REFUSALS: dict[str, Refusal] = {
    "story witnessed by their person": lambda owner, person, rotation: evidence_save(
        owner=owner, entry=Story(day=TODAY, text=CLEAN), today=TODAY, people=[person.pk]
    ),
    "feedback from their person": lambda owner, person, rotation: evidence_save(
        owner=owner, entry=Feedback(day=TODAY, point=CLEAN, giver=person), today=TODAY
    ),
    "compliment from their person": lambda owner, person, rotation: evidence_save(
        owner=owner, entry=Compliment(day=TODAY, text=CLEAN, giver=person), today=TODAY
    ),
    "story on their rotation": lambda owner, person, rotation: evidence_save(
        owner=owner, entry=Story(day=TODAY, text=CLEAN, rotation=rotation), today=TODAY
    ),
    "talk heard by their person": lambda owner, person, rotation: evidence_save(
        owner=owner, entry=Talk(day=TODAY, title="Sepsis"), today=TODAY, people=[person.pk]
    ),
    "person on their rotation": lambda owner, person, rotation: person_save(
        owner=owner, person=Person(name="Dr. New"), rotation_ids=[rotation.pk]
    ),
    "red flag about their person": lambda owner, person, rotation: red_flag_save(
        owner=owner, flag=RedFlag(kind="no_questions", day=TODAY, person=person), today=TODAY
    ),
    "red flag on their rotation": lambda owner, person, rotation: red_flag_save(
        owner=owner, flag=RedFlag(kind="no_questions", day=TODAY, rotation=rotation), today=TODAY
    ),
    "check-in on their rotation": lambda owner, person, rotation: check_in_save(
        owner=owner, check_in=CheckIn(day=TODAY, rotation=rotation, **answers()), today=TODAY
    ),
}


@pytest.mark.parametrize("what", list(REFUSALS))
def test_choosing_another_applicants_person_or_rotation_is_refused(
    what: str, owner: User, theirs: tuple[Person, Rotation]
) -> None:
    person, rotation = theirs

    with pytest.raises(ValidationError, match="not yours"):
        REFUSALS[what](owner, person, rotation)

    mine = [m._default_manager.filter(owner=owner).count() for m in GUARDED_FIELDS]
    assert mine == [0] * len(GUARDED_FIELDS)
    assert list(person.stories_seen.all()) == list(person.talks_heard.all()) == []


# People and the rotations' attendings.


def test_renaming_a_rotations_main_attending_renames_it_on_the_rotation(
    owner: User, rotation: Rotation, add_rotation: Any, outsider: User
) -> None:
    other = add_rotation(owner, date(2027, 3, 1), attending_name="Dr. Okafor")
    theirs = add_rotation(outsider, date(2027, 3, 1), attending_name="Dr. Rivera")
    person = person_save(
        owner=owner, person=Person(name="Dr. Rivera"), rotation_ids=[rotation.pk, other.pk]
    )

    person.name = "Dr. Ana Rivera"
    person_save(owner=owner, person=person, rotation_ids=[rotation.pk, other.pk])

    names = dict(Rotation.objects.values_list("pk", "attending_name"))
    assert names == {rotation.pk: "Dr. Ana Rivera", other.pk: "Dr. Okafor", theirs.pk: "Dr. Rivera"}


def test_a_rotation_named_after_an_attending_not_linked_keeps_its_name(
    owner: User, rotation: Rotation
) -> None:
    person = person_save(owner=owner, person=Person(name="Dr. Rivera"))

    person.name = "Dr. Ana Rivera"
    person_save(owner=owner, person=person)

    rotation.refresh_from_db()
    assert rotation.attending_name == "Dr. Rivera"


def test_a_person_links_to_the_rotations_chosen_and_only_those(
    owner: User, rotation: Rotation, add_rotation: Any
) -> None:
    other = add_rotation(owner, date(2027, 3, 1))
    person = person_save(
        owner=owner, person=Person(name="Dr. Lee"), rotation_ids=[rotation.pk, other.pk]
    )

    person_save(owner=owner, person=person, rotation_ids=[other.pk])

    assert list(person.rotations.all()) == [other]


def test_the_last_day_of_contact_comes_after_the_first(owner: User) -> None:
    person = Person(name="Dr. Lee", first_contact=TODAY, last_contact=TODAY - timedelta(days=1))

    with pytest.raises(ValidationError) as refused:
        person_save(owner=owner, person=person)

    assert list(refused.value.message_dict) == ["last_contact"]
    assert Person.objects.count() == 0


def test_attendings_on_rotations_become_people_once(
    owner: User, rotation: Rotation, add_rotation: Any, outsider: User
) -> None:
    again = add_rotation(owner, date(2027, 3, 1), attending_name="dr. rivera")
    okafor = add_rotation(
        owner,
        date(2027, 5, 3),
        attending_name="Dr. Okafor",
        attending_email="okafor@example.org",
        specialty="Family Medicine",
        setting="outpatient",
    )
    add_rotation(owner, date(2027, 7, 5))  # no attending named
    add_rotation(outsider, date(2027, 3, 1), attending_name="Dr. Rivera")
    known = Person.objects.create(owner=owner, name="Dr. Okafor")

    added = attendings_add_as_people(owner)

    assert [p.name for p in added] == ["Dr. Rivera"]
    rivera = added[0]
    assert set(rivera.rotations.all()) == {rotation, again}
    assert (rivera.specialty, rivera.setting) == ("Internal Medicine", "inpatient")
    assert list(known.rotations.all()) == [okafor]  # the person already there is linked
    assert Person.objects.filter(owner=owner).count() == 2
    assert attendings_add_as_people(owner) == []
    assert Person.objects.filter(owner=owner).count() == 2
    assert Person.objects.filter(owner=outsider).count() == 0


# The 0002 data migration: each rotation's attending becomes a person.

BEFORE = [("journal", "0001_initial")]
AFTER = [("journal", "0002_attendings_become_people")]


def migrate_to(targets: list[tuple[str, str]]) -> MigrationExecutor:
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor


@pytest.mark.django_db(transaction=True)
def test_the_migration_turns_each_attending_into_one_person_per_applicant() -> None:
    apps = migrate_to(BEFORE).loader.project_state(BEFORE).apps
    users = apps.get_model("accounts", "User")
    rotations = apps.get_model("plans", "Rotation")
    alice, bob = users.objects.create(username="alice"), users.objects.create(username="bob")

    def rotation(owner: Any, month: int, name: str = "", email: str = "", **more: str) -> Any:
        start = date(2027, month, 1)
        return rotations.objects.create(
            owner=owner,
            site=f"Site {month}",
            specialty=more.get("specialty", "Internal Medicine"),
            kind="hands-on",
            setting=more.get("setting", "inpatient"),
            start=start,
            end=start + timedelta(days=27),
            attending_name=name,
            attending_email=email,
        )

    january = rotation(alice, 1, "Dr. Rivera", "rivera@example.org")
    march = rotation(alice, 3, "  dr.  RIVERA ", "Rivera@Example.org")
    may = rotation(alice, 5, "", "only.email@example.org", setting="outpatient")
    rotation(alice, 7)  # no attending at all
    bobs = rotation(bob, 1, "Dr. Rivera", "rivera@example.org", specialty="Pediatrics")

    migrate_to(AFTER)
    migrate_to(MigrationExecutor(connection).loader.graph.leaf_nodes())

    people = {(p.owner.username, p.name): p for p in Person.objects.select_related("owner")}
    assert set(people) == {
        ("alice", "Dr. Rivera"),
        ("alice", "only.email@example.org"),
        ("bob", "Dr. Rivera"),
    }
    rivera = people[("alice", "Dr. Rivera")]
    assert sorted(r.pk for r in rivera.rotations.all()) == [january.pk, march.pk]
    assert (rivera.email, rivera.specialty, rivera.setting) == (
        "rivera@example.org",
        "Internal Medicine",
        "inpatient",
    )
    by_email = people[("alice", "only.email@example.org")]
    assert by_email.email == "only.email@example.org"
    assert [r.pk for r in by_email.rotations.all()] == [may.pk]
    assert by_email.setting == "outpatient"
    bob_rivera = people[("bob", "Dr. Rivera")]
    assert [r.pk for r in bob_rivera.rotations.all()] == [bobs.pk]
    assert bob_rivera.specialty == "Pediatrics"
    # The rotations keep their two fields: the plan's scripts still name the attending.
    assert Rotation.objects.get(pk=march.pk).attending_name == "  dr.  RIVERA "


# Query counts: the journal reads in the same queries whatever its size.


def fill_journal(owner: User, rotation: Rotation, per_kind: int) -> None:
    people = [Person.objects.create(owner=owner, name=f"Dr. Person {i}") for i in range(per_kind)]
    for person in people:
        person.rotations.add(rotation)
    for i in range(per_kind):
        day = rotation.start + timedelta(days=i % 28)
        person = people[i]
        CheckIn.objects.create(owner=owner, day=rotation.start + timedelta(days=i), **answers())
        story = Story.objects.create(owner=owner, day=day, text=CLEAN, rotation=rotation)
        story.witnesses.add(person)
        Feedback.objects.create(owner=owner, day=day, point=CLEAN, giver=person)
        Compliment.objects.create(owner=owner, day=day, text=CLEAN, giver=person)
        talk = Talk.objects.create(owner=owner, day=day, title="Sepsis")
        talk.audience.add(person)
        RedFlag.objects.create(owner=owner, day=day, kind="no_questions", person=person)


@pytest.mark.parametrize("per_kind", [1, 30])
def test_the_journal_reads_in_ten_queries_whatever_its_size(
    per_kind: int, owner: User, rotation: Rotation, django_assert_num_queries: Any
) -> None:
    fill_journal(owner, rotation, per_kind)

    with django_assert_num_queries(10):
        journal = journal_for(owner)

    sizes = [
        len(journal.people),
        len(journal.check_ins),
        len(journal.stories),
        len(journal.feedback),
        len(journal.compliments),
        len(journal.talks),
        len(journal.red_flags),
    ]
    assert sizes == [per_kind] * 7
    assert all(len(story.witness_ids) == 1 for story in journal.stories)
    assert all(person.rotation_ids == (str(rotation.uid),) for person in journal.people)


def test_marks_that_cannot_be_stored_are_dropped_and_the_rest_kept_once() -> None:
    from lorkit.validators import allowed_words

    kept = allowed_words(["Wilson", " wilson "], ["\x00", "a" * 5000, "", "Wilson", "Osler"])

    assert kept == ["Osler", "Wilson", "wilson"]
    assert len(allowed_words([f"word {n}" for n in range(500)])) == 50
