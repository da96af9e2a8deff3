"""Adding, showing, editing and deleting rotations, and the warnings about their dates."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from django.test import Client
from django.urls import reverse

from lorkit.accounts.models import User
from lorkit.plans.models import Milestone, Rotation


def rotation_data(**changes: str) -> dict[str, str]:
    data = {
        "site": "Riverside Medical Center",
        "city": "Chicago",
        "state": "IL",
        "specialty": "Internal Medicine",
        "kind": "hands-on",
        "setting": "inpatient",
        "start": "2027-03-01",
        "end": "2027-03-28",
        "attending_name": "Dr. Okafor",
        "attending_email": "",
    }
    data.update(changes)
    return data


def warning_codes(response: Any) -> list[str]:
    return [warning.code for warning in response.context["warnings"]]


def test_the_new_rotation_form_renders(owner_client: Client) -> None:
    response = owner_client.get(reverse("rotation_new"))

    assert response.status_code == 200
    assert response.context["rotation"] is None
    assert 'name="site"' in response.content.decode()


def test_adding_a_rotation_plans_it_and_opens_its_page(owner_client: Client, owner: User) -> None:
    response = owner_client.post(reverse("rotation_new"), rotation_data())

    rotation = Rotation.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("rotation_detail", args=[rotation.pk])
    assert rotation.owner == owner
    assert (rotation.site, rotation.state, rotation.attending_name) == (
        "Riverside Medical Center",
        "IL",
        "Dr. Okafor",
    )
    assert (rotation.start, rotation.end) == (date(2027, 3, 1), date(2027, 3, 28))
    assert rotation.milestones.count() == 14
    thanks = rotation.milestones.get(key="last_day_thanks")
    assert (thanks.start, thanks.end, thanks.title) == (
        date(2027, 3, 28),
        date(2027, 3, 28),
        "Thank Dr. Okafor in person",
    )


def test_the_rotation_page_lists_its_plan(owner_client: Client, rotation: Rotation) -> None:
    response = owner_client.get(reverse("rotation_detail", args=[rotation.pk]))

    assert response.status_code == 200
    assert [m.key for m in response.context["milestones"]][:3] == [
        "tb_screening",
        "paperwork",
        "prepare",
    ]
    page = response.content.decode()
    assert page.count('<li class="milestone ') == 14
    assert "(28 days)" in page
    assert "Tell Dr. Rivera you are applying in Internal Medicine" in page


def test_it_refuses_an_end_before_the_start(owner_client: Client) -> None:
    data = rotation_data(site="Typed Site", start="2027-03-10", end="2027-03-01")

    response = owner_client.post(reverse("rotation_new"), data)

    assert response.status_code == 200
    assert response.context["form"].errors["end"] == [
        "The end date (2027-03-01) is before the start date (2027-03-10)."
    ]
    page = response.content.decode()
    assert "Nothing was saved" in page
    assert 'value="Typed Site"' in page
    assert not Rotation.objects.exists()
    assert not Milestone.objects.exists()


def test_it_refuses_a_rotation_without_a_site(owner_client: Client) -> None:
    response = owner_client.post(reverse("rotation_new"), rotation_data(site=""))

    assert response.status_code == 200
    assert "site" in response.context["form"].errors
    assert not Rotation.objects.exists()


def test_a_well_placed_rotation_shows_no_warnings(owner_client: Client, rotation: Rotation) -> None:
    response = owner_client.get(reverse("rotation_detail", args=[rotation.pk]))

    assert warning_codes(response) == []
    assert 'class="warnings"' not in response.content.decode()


def test_an_overlapping_rotation_is_flagged(
    owner_client: Client, owner: User, rotation: Rotation, add_rotation: Any
) -> None:
    other = add_rotation(owner, date(2027, 1, 25), 28, site="Overlap General")

    response = owner_client.get(reverse("rotation_detail", args=[other.pk]))

    assert warning_codes(response) == ["overlap"]
    page = response.content.decode()
    assert "warn-overlap" in page
    assert "Overlaps Example Teaching Hospital (Internal Medicine)" in page


def test_a_rotation_ending_after_the_submission_target_is_flagged(
    owner_client: Client, owner: User, add_rotation: Any
) -> None:
    late = add_rotation(owner, date(2027, 8, 20), 28)

    response = owner_client.get(reverse("rotation_detail", args=[late.pk]))

    assert warning_codes(response) == ["after_target"]
    assert "Ends after your submission target (2027-09-01)" in response.content.decode()


def test_a_rotation_shorter_than_two_weeks_is_flagged(
    owner_client: Client, owner: User, add_rotation: Any
) -> None:
    short = add_rotation(owner, date(2027, 2, 1), 10)

    response = owner_client.get(reverse("rotation_detail", args=[short.pk]))

    assert warning_codes(response) == ["short"]
    page = response.content.decode()
    assert "warn-short" in page
    assert "Only 10 days" in page


def test_a_warning_does_not_stop_a_rotation_from_being_saved(owner_client: Client) -> None:
    data = rotation_data(start="2027-03-01", end="2027-03-07")

    response = owner_client.post(reverse("rotation_new"), data, follow=True)

    assert response.status_code == 200
    assert warning_codes(response) == ["short"]
    assert Rotation.objects.get().length == 7


def test_the_edit_form_is_filled_with_the_rotation(
    owner_client: Client, rotation: Rotation
) -> None:
    response = owner_client.get(reverse("rotation_edit", args=[rotation.pk]))

    assert response.status_code == 200
    page = response.content.decode()
    assert 'value="Example Teaching Hospital"' in page
    assert 'value="2027-01-04"' in page


def test_editing_the_dates_moves_the_plan_and_keeps_a_done_milestone(
    owner_client: Client, rotation: Rotation
) -> None:
    intro = rotation.milestones.get(key="intro")
    intro.status, intro.note, intro.closed_on = "done", "Met on rounds", date(2027, 1, 4)
    intro.save()
    data = rotation_data(site="Example Teaching Hospital", start="2027-02-01", end="2027-02-28")

    response = owner_client.post(reverse("rotation_edit", args=[rotation.pk]), data)

    assert response.status_code == 302
    assert response["Location"] == reverse("rotation_detail", args=[rotation.pk])
    rotation.refresh_from_db()
    assert (rotation.start, rotation.end) == (date(2027, 2, 1), date(2027, 2, 28))
    intro.refresh_from_db()
    assert (intro.start, intro.end) == (date(2027, 2, 1), date(2027, 2, 2))
    assert (intro.status, intro.note, intro.closed_on) == (
        "done",
        "Met on rounds",
        date(2027, 1, 4),
    )
    assert rotation.milestones.count() == 14
    assert rotation.milestones.get(key="last_day_thanks").start == date(2027, 2, 28)
    assert set(rotation.milestones.values_list("status", flat=True)) == {"open", "done"}


def test_shortening_a_rotation_drops_the_steps_that_no_longer_fit(
    owner_client: Client, rotation: Rotation
) -> None:
    data = rotation_data(start="2027-01-04", end="2027-01-13")

    owner_client.post(reverse("rotation_edit", args=[rotation.pk]), data)

    keys = set(rotation.milestones.values_list("key", flat=True))
    assert "ask" not in keys
    assert "mid_feedback" not in keys
    assert {"intro", "last_day_thanks", "packet_email"} <= keys


def test_an_edit_ending_before_the_start_changes_nothing(
    owner_client: Client, rotation: Rotation
) -> None:
    data = rotation_data(site="Renamed", start="2027-02-10", end="2027-02-01")

    response = owner_client.post(reverse("rotation_edit", args=[rotation.pk]), data)

    assert response.status_code == 200
    assert "end" in response.context["form"].errors
    rotation.refresh_from_db()
    assert (rotation.site, rotation.start, rotation.end) == (
        "Example Teaching Hospital",
        date(2027, 1, 4),
        date(2027, 1, 31),
    )
    assert rotation.milestones.get(key="intro").start == date(2027, 1, 4)


def test_deleting_by_get_only_asks_for_confirmation(
    owner_client: Client, rotation: Rotation
) -> None:
    response = owner_client.get(reverse("rotation_delete", args=[rotation.pk]))

    assert response.status_code == 200
    assert "Delete Example Teaching Hospital (Internal Medicine)?" in response.content.decode()
    assert Rotation.objects.filter(pk=rotation.pk).exists()
    assert Milestone.objects.filter(rotation=rotation).count() == 14


def test_deleting_by_post_removes_the_rotation_and_its_milestones(
    owner_client: Client, rotation: Rotation
) -> None:
    response = owner_client.post(reverse("rotation_delete", args=[rotation.pk]))

    assert response.status_code == 302
    assert response["Location"] == reverse("rotation_list")
    assert not Rotation.objects.filter(pk=rotation.pk).exists()
    assert not Milestone.objects.filter(rotation_id=rotation.pk).exists()


def test_the_rotation_list_shows_each_rotation_with_its_phase(
    owner_client: Client, owner: User, rotation: Rotation, add_rotation: Any, set_today: Any
) -> None:
    set_today(date(2027, 1, 20))
    add_rotation(owner, date(2027, 1, 20) - timedelta(days=60), 14, site="Past Clinic")
    add_rotation(owner, date(2027, 3, 1), 28, site="Future Hospital")

    response = owner_client.get(reverse("rotation_list"))

    assert [r.site for r in response.context["rotations"]] == [
        "Past Clinic",
        "Example Teaching Hospital",
        "Future Hospital",
    ]
    page = response.content.decode()
    assert page.index("finished") < page.index("under way") < page.index("ahead")
