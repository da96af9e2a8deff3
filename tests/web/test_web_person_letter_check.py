"""The letter check for a draft from one of the applicant's people: its suggestions use the
stories that person saw and the closed feedback loops with them that the draft leaves out."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from lorkit.accounts.models import User
from lorkit.journal.models import Feedback, Person, Story
from lorkit.plans.models import Rotation

TODAY = date(2027, 1, 28)
DRAFT = (
    "I am pleased to recommend Alice Example, who rotated with me for four weeks. "
    "She was hardworking, pleasant and reliable. I expect she will do well in residency."
)
STORY = "Caught a medication mismatch at discharge and fixed the reconciliation with pharmacy"
LOOP = "Lead presentations with the assessment"


@pytest.fixture
def rivera(owner: User, rotation: Rotation, set_today: Any) -> Person:
    set_today(TODAY)
    person = Person.objects.create(owner=owner, name="Dr. Rivera", saw_clinical_work=True)
    person.rotations.add(rotation)
    story = Story.objects.create(owner=owner, day=date(2027, 1, 12), text=STORY)
    story.witnesses.add(person)
    Feedback.objects.create(
        owner=owner,
        giver=person,
        day=date(2027, 1, 8),
        point=LOOP,
        followup_date=date(2027, 1, 15),
        outcome="Much clearer",
    )
    Feedback.objects.create(owner=owner, giver=person, day=date(2027, 1, 20), point="Open loop")
    return person


def test_suggestions_name_the_story_and_the_closed_loop_the_draft_leaves_out(
    owner_client: Client, rivera: Person
) -> None:
    url = reverse("person_letter_check", args=[rivera.pk])

    page = owner_client.post(url, {"text": DRAFT}).content.decode()

    assert "a draft from Dr. Rivera" in page
    assert STORY in page
    assert LOOP in page
    assert "Open loop" not in page  # only closed loops are growth stories


def test_a_draft_that_tells_the_story_is_not_told_to_tell_it(
    owner_client: Client, rivera: Person
) -> None:
    told = DRAFT + " " + STORY + "."

    page = owner_client.post(
        reverse("person_letter_check", args=[rivera.pk]), {"text": told}
    ).content.decode()

    assert "Tell this story from your record" not in page


def test_an_outsider_cannot_check_a_draft_against_anothers_journal(
    outsider_client: Client, rivera: Person
) -> None:
    url = reverse("person_letter_check", args=[rivera.pk])

    assert outsider_client.get(url).status_code == 404
    assert outsider_client.post(url, {"text": DRAFT}).status_code == 404


def test_the_persons_page_links_to_the_check(owner_client: Client, rivera: Person) -> None:
    page = owner_client.get(reverse("person_detail", args=[rivera.pk])).content.decode()

    assert reverse("person_letter_check", args=[rivera.pk]) in page
