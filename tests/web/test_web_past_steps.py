"""Joining mid-season: a rotation added (or moved) into the past asks once which of its past
steps happened, the rotation page offers to close them all, and Today groups overdue steps by
rotation with the year on dates outside this one."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from lorkit.accounts.models import User
from lorkit.plans.models import Milestone, Rotation

TODAY = date(2027, 1, 25)


@pytest.fixture
def today(set_today: Any) -> date:
    return set_today(TODAY)


def rotation_data(start: str, end: str, **changes: str) -> dict[str, str]:
    data = {
        "site": "Harbor View Hospital",
        "specialty": "Internal Medicine",
        "kind": "hands-on",
        "setting": "inpatient",
        "start": start,
        "end": end,
        "attending_name": "Dr. Okafor",
    }
    return data | changes


def past_open(rotation: Rotation) -> list[Milestone]:
    return list(rotation.milestones.filter(status="open", end__lt=TODAY))


def test_adding_a_rotation_under_way_asks_which_past_steps_happened(
    owner_client: Client, owner: User, today: date
) -> None:
    response = owner_client.post(reverse("rotation_new"), rotation_data("2027-01-04", "2027-01-31"))

    rotation = owner.rotations.get()
    assert response["Location"] == reverse("rotation_past_steps", args=[rotation.pk])
    page = owner_client.get(response["Location"]).content.decode()
    steps = past_open(rotation)
    assert len(steps) >= 5
    assert f"{len(steps)} of its steps are already in the past" in page
    for step in steps:
        assert f'name="step_{step.pk}"' in page
    assert f"All {len(steps)} happened" in page


def test_adding_a_rotation_that_lies_ahead_asks_nothing(
    owner_client: Client, owner: User, today: date
) -> None:
    response = owner_client.post(reverse("rotation_new"), rotation_data("2027-05-03", "2027-05-30"))

    assert response["Location"] == reverse("rotation_detail", args=[owner.rotations.get().pk])


def test_an_edit_asks_only_about_steps_it_moved_into_the_past(
    owner_client: Client, rotation: Rotation, today: date
) -> None:
    url = reverse("rotation_edit", args=[rotation.pk])
    same = rotation_data("2027-01-04", "2027-01-31", site=rotation.site)

    # The fixture rotation already has past steps; renaming it does not ask again.
    renamed = owner_client.post(url, same | {"site": "Renamed Hospital"})
    assert renamed["Location"] == reverse("rotation_detail", args=[rotation.pk])

    # Moving it a week earlier puts new steps behind today: asked once.
    moved = owner_client.post(url, same | {"start": "2026-12-28", "end": "2027-01-24"})
    assert moved["Location"] == reverse("rotation_past_steps", args=[rotation.pk])


def test_all_happened_closes_every_past_step_as_done_and_nothing_else(
    owner_client: Client, rotation: Rotation, today: date
) -> None:
    before = past_open(rotation)
    ahead = rotation.milestones.filter(end__gte=TODAY).count()

    response = owner_client.post(
        reverse("rotation_past_steps", args=[rotation.pk]), {"everything": "done"}, follow=True
    )

    assert past_open(rotation) == []
    closed = Milestone.objects.filter(pk__in=[m.pk for m in before])
    assert {(m.status, m.closed_on) for m in closed} == {("done", TODAY)}
    assert rotation.milestones.filter(end__gte=TODAY, status="open").count() == ahead
    assert f"Past steps closed: {len(before)} marked done." in response.content.decode()


def test_each_step_can_be_answered_on_its_own(
    owner_client: Client, rotation: Rotation, today: date
) -> None:
    first, second, third, *rest = past_open(rotation)

    owner_client.post(
        reverse("rotation_past_steps", args=[rotation.pk]),
        {f"step_{first.pk}": "done", f"step_{second.pk}": "skipped", f"step_{third.pk}": "open"},
    )

    statuses = dict(rotation.milestones.values_list("pk", "status"))
    assert (statuses[first.pk], statuses[second.pk], statuses[third.pk]) == (
        "done",
        "skipped",
        "open",
    )
    assert {statuses[m.pk] for m in rest} == {"open"}  # unanswered: left open


def test_steps_that_are_not_past_or_not_this_rotations_are_never_closed(
    owner_client: Client,
    owner: User,
    outsider: User,
    rotation: Rotation,
    add_rotation: Any,
    today: date,
) -> None:
    ahead = rotation.milestones.filter(end__gte=TODAY).first()
    theirs = add_rotation(outsider, date(2026, 12, 1)).milestones.first()
    assert ahead is not None and theirs is not None

    owner_client.post(
        reverse("rotation_past_steps", args=[rotation.pk]),
        {f"step_{ahead.pk}": "done", f"step_{theirs.pk}": "done"},
    )

    ahead.refresh_from_db()
    theirs.refresh_from_db()
    assert (ahead.status, theirs.status) == ("open", "open")


def test_the_rotation_page_offers_to_close_all_past_steps(
    owner_client: Client, rotation: Rotation, today: date
) -> None:
    count = len(past_open(rotation))
    page = owner_client.get(reverse("rotation_detail", args=[rotation.pk])).content.decode()

    assert f"{count} steps of this plan are past and still open." in page
    assert 'name="everything" value="done"' in page

    owner_client.post(reverse("rotation_past_steps", args=[rotation.pk]), {"everything": "done"})
    page = owner_client.get(reverse("rotation_detail", args=[rotation.pk])).content.decode()
    assert "past and still open" not in page


def test_an_unknown_answer_is_refused_and_changes_nothing(
    owner_client: Client, rotation: Rotation, today: date
) -> None:
    step = past_open(rotation)[0]

    response = owner_client.post(
        reverse("rotation_past_steps", args=[rotation.pk]), {f"step_{step.pk}": "maybe"}
    )

    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    step.refresh_from_db()
    assert step.status == "open"


def test_an_outsider_cannot_see_or_close_anothers_past_steps(
    outsider_client: Client, rotation: Rotation, today: date
) -> None:
    url = reverse("rotation_past_steps", args=[rotation.pk])

    assert outsider_client.get(url).status_code == 404
    assert outsider_client.post(url, {"everything": "done"}).status_code == 404
    assert past_open(rotation) != []


def test_today_groups_overdue_steps_by_rotation_with_a_link_to_the_rest(
    owner_client: Client, owner: User, rotation: Rotation, add_rotation: Any, today: date
) -> None:
    earlier = add_rotation(owner, date(2026, 11, 2), 28, specialty="Internal Medicine")

    page = owner_client.get(reverse("dashboard")).content.decode()

    for each in (rotation, earlier):
        total = len(past_open(each))
        assert f'<span id="overdue-count-{each.pk}">{total}</span> overdue' in page
        assert f"See all {total} on the rotation page" in page
        assert reverse("rotation_past_steps", args=[each.pk]) in page
    assert page.count('class="overdue-group"') == 2
    # Last year's steps carry their year; this year's do not.
    assert "Nov 2026" in page
    assert "Jan 2027 –" not in page
