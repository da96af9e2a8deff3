"""Odd input is explained, never a server error, and edits never lose what was done."""

from __future__ import annotations

from datetime import date, timedelta

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from lorkit.accounts.models import User
from lorkit.feeds.services import feed_regenerate
from lorkit.plans.models import Rotation
from lorkit.plans.services import milestone_set_status, rotation_save


def rotation_data(**changes: str) -> dict[str, str]:
    data = {
        "site": "Riverside Medical Center",
        "kind": "hands-on",
        "setting": "inpatient",
        "start": "2027-03-01",
        "end": "2027-03-28",
    }
    data.update(changes)
    return data


def test_a_rotation_in_year_9999_is_refused_with_a_message(owner_client: Client) -> None:
    response = owner_client.post(reverse("rotation_new"), rotation_data(end="9999-12-31"))

    assert response.status_code == 200
    assert response.context["form"].errors["end"] == [
        "9999-12-31 is outside the years lorkit plans for (2000–2100); check the year."
    ]
    assert not Rotation.objects.exists()


def test_shortening_a_rotation_keeps_a_finished_step_that_no_longer_fits(
    owner_client: Client, rotation: Rotation
) -> None:
    soft_signal = rotation.milestones.get(key="soft_signal")
    milestone_set_status(
        milestone=soft_signal, status="done", note="Talked on day 16", today=date(2027, 1, 20)
    )
    open_summative = rotation.milestones.get(key="summative_check")

    response = owner_client.post(
        reverse("rotation_edit", args=[rotation.pk]),
        rotation_data(start="2027-01-04", end="2027-01-27"),
    )

    assert response.status_code == 302
    soft_signal.refresh_from_db()
    assert (soft_signal.status, soft_signal.note) == ("done", "Talked on day 16")
    assert not rotation.milestones.filter(pk=open_summative.pk).exists()


def test_a_season_override_from_another_season_is_refused(
    owner_client: Client, owner: User
) -> None:
    profile = owner.profile
    data = {
        "eras_name": "Alice Example",
        "specialty": "Internal Medicine",
        "season": "2027",
        "time_zone": "America/Chicago",
        "match_day": "2028-03-17",
    }

    response = owner_client.post(reverse("profile"), data)

    assert response.status_code == 200
    assert "is not in the ERAS 2027 season" in response.content.decode()
    profile.refresh_from_db()
    assert (profile.season, profile.match_day) == (2028, None)


def test_an_htmx_status_change_on_the_agenda_keeps_the_rotation_name(
    owner_client: Client, owner: User
) -> None:
    start = timezone.now().date() - timedelta(days=1)
    rotation = rotation_save(
        owner=owner,
        rotation=Rotation(site="Hillside Clinic", start=start, end=start + timedelta(days=27)),
    )
    intro = rotation.milestones.get(key="intro")

    response = owner_client.post(
        reverse("milestone_status", args=[intro.pk]),
        {"status": "done", "note": "", "next": "/", "show_rotation": "1"},
        HTTP_HX_REQUEST="true",
    )

    html = response.content.decode()
    assert "Hillside Clinic" in html
    assert 'name="next" value="/"' in html


def test_an_expired_subscription_says_so_and_serves_nothing(
    owner_client: Client, owner: User
) -> None:
    feed = feed_regenerate(owner=owner, now=timezone.now() - timedelta(days=400))
    feed_url = reverse("calendar_feed", kwargs={"token": feed.token})

    page = owner_client.get(reverse("calendar")).content.decode()

    assert "This address expired on" in page
    assert Client().get(feed_url).status_code == 404


def test_calendar_apps_may_check_the_feed_with_head(owner: User) -> None:
    feed = feed_regenerate(owner=owner)
    response = Client().head(reverse("calendar_feed", kwargs={"token": feed.token}))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
