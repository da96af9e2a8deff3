"""The journal's pages: each renders, the privacy guard's questions come back with everything
typed, outsiders get 404 everywhere, the writers page ranks, pages read in fixed queries, and
hostile input never gives a 500."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lorkit.accounts.models import User
from lorkit.journal.models import CheckIn, Compliment, Feedback, Person, RedFlag, Story, Talk
from lorkit.plans.models import Rotation

TODAY = date(2027, 1, 30)  # the `rotation` fixture runs Jan 4–31 2027
PATIENT = "Presented Mrs. Adebayo to the team on rounds."
PATIENT_REWRITE = "Presented a patient to the team on rounds."
KINDS = ["story", "feedback", "compliment", "talk", "flag"]
MODELS: dict[str, Any] = {
    "story": Story,
    "feedback": Feedback,
    "compliment": Compliment,
    "talk": Talk,
    "flag": RedFlag,
}


@pytest.fixture
def today(set_today: Any) -> date:
    return set_today(TODAY)  # type: ignore[no-any-return]


@pytest.fixture
def rivera(owner: User, rotation: Rotation) -> Person:
    person = Person.objects.create(
        owner=owner,
        name="Dr. Rivera",
        role="core_faculty",
        specialty="Internal Medicine",
        board_certified="yes",
        saw_clinical_work=True,
    )
    person.rotations.add(rotation)
    return person


@pytest.fixture
def entries(owner: User, rotation: Rotation, rivera: Person) -> dict[str, Any]:
    """One entry of each kind, and the person they name."""
    day = date(2027, 1, 12)
    story = Story.objects.create(owner=owner, day=day, text="Ran the family meeting.")
    story.witnesses.add(rivera)
    talk = Talk.objects.create(owner=owner, day=day, title="Hyponatraemia in ten minutes")
    talk.audience.add(rivera)
    return {
        "story": story,
        "feedback": Feedback.objects.create(
            owner=owner, day=day, giver=rivera, point="Lead with the assessment."
        ),
        "compliment": Compliment.objects.create(
            owner=owner, day=day, giver=rivera, text="Clear sign-out."
        ),
        "talk": talk,
        "flag": RedFlag.objects.create(owner=owner, day=day, kind="no_questions", person=rivera),
    }


def story_data(text: str = "Ran the family meeting with the team.", **more: Any) -> dict[str, Any]:
    return {
        "day": "2027-01-15",
        "text": text,
        "characteristics": ["communication", "teamwork_leadership"],
        "qualities": ["clinical_reasoning"],
        **more,
    }


def check_in_data(day: date = TODAY, yes: str = "yes", **more: str) -> dict[str, str]:
    names = ("responsibility", "reasoning", "communication", "learned")
    return {"day": day.isoformat(), **dict.fromkeys(names, yes), "note": "", **more}


def entry_data(kind: str, person: Person, rotation: Rotation) -> dict[str, Any]:
    """A valid form for each kind, naming `person` and `rotation`."""
    day, common = "2027-01-20", {"rotation": rotation.pk}
    return {
        "story": story_data(people=[person.pk], **common),
        "feedback": {"giver": person.pk, "day": day, "point": "Present more briefly", **common},
        "compliment": {"giver": person.pk, "day": day, "text": "Great sign-out", **common},
        "talk": {"title": "Sepsis bundles", "day": day, "people": [person.pk], **common},
        "flag": {"kind": "late_or_absent", "day": day, "person": person.pk, **common},
    }[kind]


# Every page renders.


def owner_pages(entries: dict[str, Any], person: Person) -> list[str]:
    pages = [
        reverse("check_in"),
        reverse("check_in") + "?day=2027-01-12",
        reverse("people"),
        reverse("person_new"),
        reverse("person_detail", args=[person.pk]),
        reverse("person_edit", args=[person.pk]),
        reverse("person_delete", args=[person.pk]),
        reverse("writers"),
        reverse("journal"),
    ]
    for kind, entry in entries.items():
        pages += [
            reverse("entry_new", args=[kind]),
            reverse("entry_new", args=[kind]) + f"?person={person.pk}",
            reverse("entry_edit", args=[kind, entry.pk]),
            reverse("entry_delete", args=[kind, entry.pk]),
        ]
    return pages


def test_every_journal_page_renders_for_its_owner(
    owner_client: Client, entries: dict[str, Any], rivera: Person, today: date
) -> None:
    for url in owner_pages(entries, rivera):
        response = owner_client.get(url)

        assert response.status_code == 200, url
        assert "<h1" in response.content.decode(), url


def test_the_journal_page_lists_each_kind_of_entry(
    owner_client: Client, entries: dict[str, Any], today: date
) -> None:
    page = owner_client.get(reverse("journal")).content.decode()

    for text in (
        "Ran the family meeting.",
        "Lead with the assessment.",
        "Clear sign-out.",
        "Hyponatraemia in ten minutes",
        "follow-up open",
        "I have not been asking questions",
    ):
        assert text in page
    for kind, entry in entries.items():
        assert reverse("entry_edit", args=[kind, entry.pk]) in page


def test_each_kind_saves_from_its_form_and_returns_to_the_journal(
    owner_client: Client, rivera: Person, rotation: Rotation, today: date
) -> None:
    for kind, model in MODELS.items():
        response = owner_client.post(
            reverse("entry_new", args=[kind]), entry_data(kind, rivera, rotation)
        )

        assert response.status_code == 302, (kind, response.content.decode()[:2000])
        assert response["Location"] == reverse("journal")
        saved = model.objects.get()
        assert saved.rotation == rotation
    assert list(Story.objects.get().witnesses.all()) == [rivera]
    assert Story.objects.get().characteristics == ["communication", "teamwork_leadership"]
    assert list(Talk.objects.get().audience.all()) == [rivera]
    assert Feedback.objects.get().giver == Compliment.objects.get().giver == rivera


def test_a_person_saves_with_their_rotations_and_opens_their_page(
    owner_client: Client, rotation: Rotation, today: date
) -> None:
    data = {
        "name": "Dr. Chiamaka Nwosu",
        "role": "clerkship_director",
        "specialty": "Internal Medicine",
        "setting": "mixed",
        "board_certified": "yes",
        "email": "nwosu@example.org",
        "rotations": [rotation.pk],
        "saw_clinical_work": "on",
        "notes": "Likes a one-line summary first.",
    }

    response = owner_client.post(reverse("person_new"), data)

    person = Person.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("person_detail", args=[person.pk])
    assert (person.email, person.setting, person.saw_clinical_work) == (
        "nwosu@example.org",
        "mixed",
        True,
    )
    assert list(person.rotations.all()) == [rotation]


def test_adding_the_rotations_attendings_makes_them_people(
    owner_client: Client, rotation: Rotation, today: date
) -> None:
    response = owner_client.post(reverse("people_add_attendings"), follow=True)

    assert [p.name for p in Person.objects.all()] == ["Dr. Rivera"]
    assert "Added from your rotations: Dr. Rivera." in response.content.decode()


def test_deleting_an_entry_and_a_person_asks_first_then_removes_them(
    owner_client: Client, entries: dict[str, Any], rivera: Person, today: date
) -> None:
    for kind, entry in entries.items():
        response = owner_client.post(reverse("entry_delete", args=[kind, entry.pk]))

        assert response.status_code == 302
        assert not type(entry).objects.filter(pk=entry.pk).exists()
    owner_client.post(reverse("person_delete", args=[rivera.pk]))
    assert Person.objects.count() == 0


# The privacy guard on the web: the page comes back with findings, a rewrite and everything
# typed; nothing is stored until the applicant takes the rewrite or marks the finding.


def test_a_flagged_story_comes_back_with_findings_rewrite_and_everything_typed(
    owner_client: Client, rivera: Person, today: date
) -> None:
    data = story_data(PATIENT, people=[rivera.pk])

    response = owner_client.post(reverse("entry_new", args=["story"]), data)

    page = response.content.decode()
    assert response.status_code == 200
    assert Story.objects.count() == 0
    flagged = response.context["flagged"]
    assert list(flagged) == ["text"]
    assert [f.text for f in flagged["text"].findings] == ["Mrs. Adebayo"]
    assert PATIENT_REWRITE in page
    assert 'name="allow" value="Mrs. Adebayo"' in page
    assert 'name="use_rewrite" value="1"' in page
    form = response.context["form"]
    assert form["text"].value() == PATIENT
    assert form["day"].value() == "2027-01-15"
    assert form["characteristics"].value() == ["communication", "teamwork_leadership"]
    assert form["people"].value() == [str(rivera.pk)]
    assert f"{PATIENT}</textarea>" in page
    assert "Nothing was saved yet" in page


def test_save_with_the_rewrite_stores_the_rewrite_and_the_rest_as_typed(
    owner_client: Client, rivera: Person, today: date
) -> None:
    data = story_data(PATIENT, people=[rivera.pk], use_rewrite="1")

    response = owner_client.post(reverse("entry_new", args=["story"]), data)

    assert response.status_code == 302
    story = Story.objects.get()
    assert story.text == PATIENT_REWRITE
    assert story.day == date(2027, 1, 15)
    assert story.characteristics == ["communication", "teamwork_leadership"]
    assert list(story.witnesses.all()) == [rivera]


def test_ticking_not_an_identifier_stores_the_original(owner_client: Client, today: date) -> None:
    data = story_data(PATIENT, allow="Mrs. Adebayo")

    response = owner_client.post(reverse("entry_new", args=["story"]), data)

    assert response.status_code == 302
    assert Story.objects.get().text == PATIENT


def test_ticking_one_of_two_findings_still_asks_about_the_other(
    owner_client: Client, today: date
) -> None:
    text = "Presented Mrs. Adebayo, MRN 12345678, on rounds."
    data = story_data(text, allow="Mrs. Adebayo")

    response = owner_client.post(reverse("entry_new", args=["story"]), data)

    assert response.status_code == 200
    assert [f.type for f in response.context["flagged"]["text"].findings] == ["mrn"]
    assert Story.objects.count() == 0


def test_the_rewrite_touches_only_the_flagged_text_not_names_emails_or_dates(
    owner_client: Client, rotation: Rotation, today: date
) -> None:
    """A new person's own name and email are not patients': taking the rewrite of their notes
    keeps them as typed."""
    data = {
        "name": "Dr. Oluwaseun Adeyemi",
        "role": "core_faculty",
        "setting": "inpatient",
        "board_certified": "unknown",
        "email": "adeyemi@example.org",
        "first_contact": "2027-01-04",
        "notes": PATIENT,
        "use_rewrite": "1",
    }

    response = owner_client.post(reverse("person_new"), data)

    assert response.status_code == 302, response.content.decode()[:3000]
    person = Person.objects.get()
    assert (person.name, person.email, person.notes) == (
        "Dr. Oluwaseun Adeyemi",
        "adeyemi@example.org",
        PATIENT_REWRITE,
    )
    assert person.first_contact == date(2027, 1, 4)


def test_a_flagged_check_in_note_keeps_the_answers_and_saves_with_the_rewrite(
    owner_client: Client, today: date
) -> None:
    data = check_in_data(yes="no", note=PATIENT)

    refused = owner_client.post(reverse("check_in"), data)
    taken = owner_client.post(reverse("check_in"), {**data, "use_rewrite": "1"})

    assert refused.status_code == 200
    assert list(refused.context["flagged"]) == ["note"]
    assert refused.context["form"]["reasoning"].value() == "no"
    assert refused.content.decode().count(" checked>") == 4
    assert taken.status_code == 302
    stored = CheckIn.objects.get()
    assert (stored.note, stored.reasoning) == (PATIENT_REWRITE, False)


def test_the_rotations_attending_and_the_applicant_pass_the_guard_on_the_web(
    owner_client: Client, rotation: Rotation, today: date
) -> None:
    text = "Dr. Rivera watched Alice Example present the new admission."

    response = owner_client.post(reverse("entry_new", args=["story"]), story_data(text))

    assert response.status_code == 302
    assert Story.objects.get().text == text


# Outsiders: 404 on every journal route with the owner's ids, for every kind; nothing changes.


def owner_state(owner: User) -> list[list[dict[str, Any]]]:
    return [
        list(model.objects.filter(owner=owner).order_by("pk").values())
        for model in (Person, CheckIn, Story, Feedback, Compliment, Talk, RedFlag)
    ]


@pytest.mark.parametrize("method", ["get", "post"])
def test_an_outsider_gets_404_on_every_journal_route_with_the_owners_ids(
    method: str,
    client_for: Any,
    owner: User,
    outsider: User,
    entries: dict[str, Any],
    rivera: Person,
    rotation: Rotation,
) -> None:
    outsider_client = client_for(outsider)
    before = owner_state(owner)
    # A person's page only shows (POST there is 405 for anyone); the rest take both methods.
    shown = ["person_detail"] if method == "get" else []
    urls = [reverse(name, args=[rivera.pk]) for name in [*shown, "person_edit", "person_delete"]]
    for kind in KINDS:
        urls += [
            reverse(name, args=[kind, entries[kind].pk]) for name in ("entry_edit", "entry_delete")
        ]
    data = {"name": "Taken over", "text": "Taken over", "day": "2027-01-20"}

    statuses = {url: getattr(outsider_client, method)(url, data).status_code for url in urls}

    assert set(statuses.values()) == {404}, statuses
    assert owner_state(owner) == before
    assert len(urls) == len(shown) + 2 + 2 * len(KINDS)


@pytest.mark.parametrize("kind", KINDS)
def test_an_outsider_cannot_link_the_owners_person_or_rotation(
    kind: str, client_for: Any, outsider: User, rivera: Person, rotation: Rotation
) -> None:
    outsider_client = client_for(outsider)
    prefilled = outsider_client.get(reverse("entry_new", args=[kind]) + f"?person={rivera.pk}")

    response = outsider_client.post(
        reverse("entry_new", args=[kind]), entry_data(kind, rivera, rotation)
    )

    assert prefilled.status_code == response.status_code == 200
    assert "Dr. Rivera" not in prefilled.content.decode()
    assert "Select a valid choice" in response.content.decode()
    assert MODELS[kind].objects.count() == 0


def test_an_outsiders_pages_show_none_of_the_owners_journal(
    client_for: Any, outsider: User, entries: dict[str, Any], today: date
) -> None:
    outsider_client = client_for(outsider)

    for name in ("people", "writers", "journal", "check_in"):
        page = outsider_client.get(reverse(name)).content.decode()
        assert "Dr. Rivera" not in page and "Ran the family meeting" not in page, name


# The writers page.


def test_the_writers_page_ranks_by_readiness_with_status_and_next_step(
    owner_client: Client, owner: User, rotation: Rotation, rivera: Person, today: date
) -> None:
    lee = Person.objects.create(owner=owner, name="Dr. Lee", role="community_attending")
    lee.rotations.add(rotation)
    Feedback.objects.create(
        owner=owner, day=date(2027, 1, 10), giver=rivera, point="Briefer", followup_date=TODAY
    )
    for day in (11, 18, 25):
        story = Story.objects.create(owner=owner, day=date(2027, 1, day), text="Owned a patient")
        story.witnesses.add(rivera)

    response = owner_client.get(reverse("writers"))

    page = response.content.decode()
    ranked = [(w.name, w.status.value) for w, _ in response.context["writers"]]
    assert ranked == [("Dr. Rivera", "ready"), ("Dr. Lee", "not_yet")]
    assert page.index("Dr. Rivera") < page.index("Dr. Lee")
    assert "ready for a strong letter" in page and "not yet" in page
    lee_readiness = response.context["writers"][1][0]
    assert lee_readiness.next_step.text in page
    assert reverse("person_detail", args=[rivera.pk]) in page


def test_the_writers_page_without_people_says_where_to_add_them(
    owner_client: Client, today: date
) -> None:
    page = owner_client.get(reverse("writers")).content.decode()

    assert reverse("people") in page
    assert "Add the people you work with" in page


# Queries: the same count for a small journal and a large one.


def fill(owner: User, rotation: Rotation, count: int) -> Person:
    people = [Person.objects.create(owner=owner, name=f"Dr. Writer {i:02}") for i in range(count)]
    for i, person in enumerate(people):
        person.rotations.add(rotation)
        day = rotation.start + timedelta(days=i % 26)
        CheckIn.objects.get_or_create(
            owner=owner,
            day=rotation.start + timedelta(days=i % 26),
            defaults=dict.fromkeys(
                ("responsibility", "reasoning", "communication", "learned"), True
            ),
        )
        story = Story.objects.create(owner=owner, day=day, text=f"Story {i}", rotation=rotation)
        story.witnesses.add(person)
        Feedback.objects.create(owner=owner, day=day, giver=person, point=f"Point {i}")
        Compliment.objects.create(owner=owner, day=day, giver=person, text=f"Kind {i}")
        talk = Talk.objects.create(owner=owner, day=day, title=f"Talk {i}")
        talk.audience.add(person)
        RedFlag.objects.create(owner=owner, day=day, kind="no_questions", person=person)
    return people[0]


def queries_for(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


# The queries each page issues, pinned: a new query per row would change them.
PAGE_QUERIES = {"writers": 14, "people": 5, "journal": 19, "person_detail": 15, "check_in": 4}


@pytest.mark.parametrize("name", list(PAGE_QUERIES))
def test_a_page_issues_a_fixed_number_of_queries_whatever_the_journal_size(
    name: str, owner_client: Client, owner: User, rotation: Rotation, today: date
) -> None:
    first = fill(owner, rotation, 1)
    url = reverse(name, args=[first.pk]) if name == "person_detail" else reverse(name)
    owner_client.get(url)
    small = queries_for(owner_client, url)
    fill(owner, rotation, 30)

    large = queries_for(owner_client, url)

    assert (small, large) == (PAGE_QUERIES[name], PAGE_QUERIES[name])
    assert Story.objects.count() == 31


# The daily check-in.


def test_a_check_in_saved_twice_for_a_day_is_stored_once(
    owner_client: Client, rotation: Rotation, today: date
) -> None:
    first = owner_client.post(reverse("check_in"), check_in_data())
    again = owner_client.post(reverse("check_in"), check_in_data(learned="no"))

    assert first.status_code == again.status_code == 302
    assert again["Location"] == reverse("dashboard")
    stored = CheckIn.objects.get()
    assert (stored.day, stored.learned, stored.responsibility) == (TODAY, False, True)
    assert stored.rotation == rotation
    page = owner_client.get(reverse("check_in")).content.decode()
    assert "saving replaces it" in page


def test_an_earlier_day_can_be_checked_in_and_a_missing_answer_is_asked_for(
    owner_client: Client, today: date
) -> None:
    day = TODAY - timedelta(days=3)
    missing = check_in_data(day)
    del missing["learned"]

    refused = owner_client.post(reverse("check_in") + f"?day={day}", missing)
    saved = owner_client.post(reverse("check_in") + f"?day={day}", check_in_data(day))

    assert refused.status_code == 200
    assert "Answer yes or no." in refused.content.decode()
    assert saved.status_code == 302
    assert list(CheckIn.objects.values_list("day", flat=True)) == [day]


def test_a_check_in_sent_from_another_days_page_keeps_its_own_day(
    owner_client: Client, today: date
) -> None:
    """A check-in kept offline is sent from whatever check-in page is open: the day it names
    is the one saved, and the page's day keeps its own check-in."""
    earlier = TODAY - timedelta(days=2)
    owner_client.post(reverse("check_in"), check_in_data(TODAY))

    response = owner_client.post(
        reverse("check_in") + f"?day={TODAY}", check_in_data(earlier, yes="no")
    )

    assert response.status_code == 302
    stored = dict(CheckIn.objects.values_list("day", "learned"))
    assert stored == {TODAY: True, earlier: False}


def test_a_check_in_for_tomorrow_is_refused_with_the_reason_shown(
    owner_client: Client, today: date
) -> None:
    response = owner_client.post(reverse("check_in"), check_in_data(TODAY + timedelta(days=1)))

    assert response.status_code == 200
    assert CheckIn.objects.count() == 0
    assert "after today" in response.content.decode()


# Hostile input never gives a 500.

HOSTILE_TEXTS = {
    "NUL byte": "Ran the meeting\x00",
    "100 KB": "a" * 100_000,
    "control character": "Ran the meeting \x07",
    "only spaces": "   ",
}
BAD_DATES = ["2027-02-30", "yesterday", "99999-01-01", "0001-01-01", "2027-01-15\x00"]


@pytest.fixture
def hostile_client(owner_client: Client) -> Client:
    owner_client.raise_request_exception = False
    return owner_client


@pytest.mark.parametrize("label", list(HOSTILE_TEXTS))
@pytest.mark.parametrize("use_rewrite", ["", "1"])
def test_hostile_text_is_refused_with_a_reason_and_never_stored(
    label: str, use_rewrite: str, hostile_client: Client, today: date
) -> None:
    data = story_data(HOSTILE_TEXTS[label], use_rewrite=use_rewrite)

    response = hostile_client.post(reverse("entry_new", args=["story"]), data)

    assert response.status_code == 200
    assert response.context["form"].errors
    assert Story.objects.count() == 0


@pytest.mark.parametrize("bad", BAD_DATES)
def test_bad_dates_are_refused_on_every_form_without_a_server_error(
    bad: str, hostile_client: Client, rivera: Person, rotation: Rotation, today: date
) -> None:
    statuses = []
    for kind in KINDS:
        data = {**entry_data(kind, rivera, rotation), "day": bad}
        statuses.append(hostile_client.post(reverse("entry_new", args=[kind]), data).status_code)
    feedback = {**entry_data("feedback", rivera, rotation), "followup_date": bad}
    statuses.append(
        hostile_client.post(reverse("entry_new", args=["feedback"]), feedback).status_code
    )
    person = {"name": "Dr. Lee", "role": "core_faculty", "setting": "inpatient"}
    person |= {"board_certified": "no", "first_contact": bad}
    statuses.append(hostile_client.post(reverse("person_new"), person).status_code)
    statuses.append(hostile_client.get(reverse("check_in") + f"?day={bad}").status_code)
    statuses.append(
        hostile_client.post(
            reverse("check_in"), check_in_data(day=TODAY) | {"day": bad}
        ).status_code
    )

    assert statuses == [200] * len(statuses)
    assert sum(m.objects.count() for m in MODELS.values()) + CheckIn.objects.count() == 0


@pytest.mark.parametrize(
    "url",
    [
        "/journal/poem/new/",
        "/journal/story-x/1/edit/",
        "/journal/Story/1/delete/",
        "/journal/person/1/edit/",
    ],
)
def test_an_unknown_kind_is_404(url: str, hostile_client: Client) -> None:
    assert hostile_client.get(url).status_code == 404
    assert hostile_client.post(url, story_data()).status_code == 404


@pytest.mark.parametrize(
    "query", ["?person=²", "?person=99999999999999999999999", "?person=-1", "?person=%00"]
)
def test_a_strange_person_in_the_address_is_ignored(
    query: str, hostile_client: Client, today: date
) -> None:
    for kind in KINDS:
        response = hostile_client.get(reverse("entry_new", args=[kind]) + query)

        assert response.status_code == 200, kind


@pytest.mark.parametrize(
    "changes",
    [
        {"giver": "abc"},
        {"giver": "99999999999999999999999"},
        {"rotation": "\x00"},
        {"characteristics": ["not-a-characteristic"]},
        {"people": ["1", "1", "x"]},
        {"allow": ["\x00" * 10, "a" * 5000]},
    ],
)
def test_hostile_choices_are_refused_without_a_server_error(
    changes: dict[str, Any], hostile_client: Client, rivera: Person, rotation: Rotation, today: date
) -> None:
    for kind in KINDS:
        data = {**entry_data(kind, rivera, rotation), **changes}

        response = hostile_client.post(reverse("entry_new", args=[kind]), data)

        assert response.status_code in (200, 302), (kind, changes)
