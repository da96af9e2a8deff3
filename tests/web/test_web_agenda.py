"""The day and week agendas, marking milestones done, skipped or open, and query counts."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from lorkit.accounts.models import Profile, User
from lorkit.plans.models import Milestone, Rotation

# Day 17 of the fixture rotation (4 to 31 January 2027): its preparation is overdue, the
# mid-rotation feedback closes today, and the summative check and the ask open within the week.
TODAY = date(2027, 1, 20)


@pytest.fixture
def today(set_today: Any) -> date:
    return set_today(TODAY)


def milestone(rotation: Rotation, key: str) -> Milestone:
    return rotation.milestones.get(key=key)


def status_url(m: Milestone) -> str:
    return reverse("milestone_status", args=[m.pk])


def keys(items: Any) -> list[str]:
    return [m.key for m in items]


def overdue_heading(count: int) -> str:
    return f'Overdue (<span id="overdue-count">{count}</span>)'


def test_the_dashboard_shows_overdue_items_with_the_overdue_marker(
    owner_client: Client, rotation: Rotation, today: date
) -> None:
    response = owner_client.get(reverse("dashboard"))

    assert response.status_code == 200
    agenda = response.context["agenda"]
    assert keys(agenda.overdue) == [
        "tb_screening",
        "paperwork",
        "prepare",
        "intro",
        "intention_signal",
        "first_feedback",
        "feedback_followup:first_feedback",
    ]
    assert keys(agenda.due_now) == ["mid_feedback", "soft_signal"]
    assert keys(agenda.upcoming) == []
    page = response.content.decode()
    assert overdue_heading(7) in page
    # One rotation's seven overdue steps: a handful shown, a link to the rest.
    assert page.count('<span class="tag overdue">overdue</span>') == 3
    assert "See all 7 on the rotation page" in page
    assert f'<li class="milestone status-open overdue" id="milestone-{agenda.overdue[0].pk}">' in (
        page
    )


def test_the_week_page_shows_overdue_items_and_what_comes_this_week(
    owner_client: Client, rotation: Rotation, today: date
) -> None:
    response = owner_client.get(reverse("week"))

    assert response.status_code == 200
    agenda = response.context["agenda"]
    assert response.context["horizon"] == date(2027, 1, 26)
    assert len(agenda.overdue) == 7
    assert keys(agenda.upcoming) == ["feedback_followup:mid_feedback", "summative_check", "ask"]
    page = response.content.decode()
    assert page.count('<span class="tag overdue">overdue</span>') == 3
    assert "Coming this week" in page


def test_done_and_skipped_items_leave_the_overdue_list(
    owner_client: Client, rotation: Rotation, today: date
) -> None:
    Milestone.objects.filter(rotation=rotation, key__in=["paperwork", "tb_screening"]).update(
        status="done"
    )
    Milestone.objects.filter(rotation=rotation, key="prepare").update(status="skipped")

    response = owner_client.get(reverse("dashboard"))

    assert "paperwork" not in keys(response.context["agenda"].overdue)
    assert overdue_heading(4) in response.content.decode()


def test_an_empty_agenda_says_nothing_is_due(owner_client: Client, today: date) -> None:
    response = owner_client.get(reverse("dashboard"))

    assert response.context["agenda"].is_empty
    assert "Nothing due today." in response.content.decode()


def test_marking_done_by_a_form_post_redirects_back(
    owner_client: Client, rotation: Rotation, today: date
) -> None:
    intro = milestone(rotation, "intro")

    response = owner_client.post(status_url(intro), {"status": "done", "note": "", "next": "/"})

    assert response.status_code == 302
    assert response["Location"] == f"/#milestone-{intro.pk}"
    intro.refresh_from_db()
    assert (intro.status, intro.closed_on) == ("done", TODAY)


def test_marking_done_without_next_returns_to_the_rotation(
    owner_client: Client, rotation: Rotation, today: date
) -> None:
    intro = milestone(rotation, "intro")
    response = owner_client.post(status_url(intro), {"status": "done"})

    assert response["Location"] == reverse("rotation_detail", args=[rotation.pk]) + (
        f"#milestone-{intro.pk}"
    )


def test_a_next_address_on_another_site_is_ignored(
    owner_client: Client, rotation: Rotation, today: date
) -> None:
    intro = milestone(rotation, "intro")

    response = owner_client.post(
        status_url(intro), {"status": "done", "next": "https://evil.example/phish"}
    )

    assert response["Location"] == reverse("rotation_detail", args=[rotation.pk]) + (
        f"#milestone-{intro.pk}"
    )
    intro.refresh_from_db()
    assert intro.status == "done"


def test_marking_done_over_htmx_returns_the_milestone_partial(
    owner_client: Client, rotation: Rotation, today: date
) -> None:
    intro = milestone(rotation, "intro")

    response = owner_client.post(
        status_url(intro), {"status": "done", "note": ""}, HTTP_HX_REQUEST="true"
    )

    assert response.status_code == 200
    body = response.content.decode().strip()
    assert body.startswith(f'<li class="milestone status-done" id="milestone-{intro.pk}">')
    assert '<span class="tag done">done</span>' in body
    assert 'value="open"' in body
    assert "<html" not in body
    assert "overdue" not in body
    intro.refresh_from_db()
    assert (intro.status, intro.closed_on) == ("done", TODAY)


def test_skipping_with_a_note_stores_the_note_and_the_closing_day(
    owner_client: Client, rotation: Rotation, today: date
) -> None:
    paperwork = milestone(rotation, "paperwork")

    owner_client.post(
        status_url(paperwork), {"status": "skipped", "note": "  Done by the school  "}
    )

    paperwork.refresh_from_db()
    assert (paperwork.status, paperwork.note, paperwork.closed_on) == (
        "skipped",
        "Done by the school",
        TODAY,
    )


def test_reopening_clears_the_closing_day(
    owner_client: Client, rotation: Rotation, today: date
) -> None:
    intro = milestone(rotation, "intro")
    Milestone.objects.filter(pk=intro.pk).update(status="done", closed_on=date(2027, 1, 5))

    response = owner_client.post(
        status_url(intro), {"status": "open", "note": "Redo"}, HTTP_HX_REQUEST="true"
    )

    intro.refresh_from_db()
    assert (intro.status, intro.note, intro.closed_on) == ("open", "Redo", None)
    assert response.content.decode().strip().startswith('<li class="milestone status-open overdue"')


def test_an_invalid_status_is_refused_and_nothing_changes(
    owner_client: Client, rotation: Rotation, today: date
) -> None:
    intro = milestone(rotation, "intro")

    response = owner_client.post(
        status_url(intro), {"status": "maybe", "note": "sneaky"}, follow=True
    )

    assert response.status_code == 200
    assert "Select a valid choice. maybe is not one of the available choices." in (
        response.content.decode()
    )
    intro.refresh_from_db()
    assert (intro.status, intro.note, intro.closed_on) == ("open", "", None)


def test_an_invalid_status_over_htmx_returns_the_partial_with_the_error(
    owner_client: Client, rotation: Rotation, today: date
) -> None:
    intro = milestone(rotation, "intro")

    response = owner_client.post(status_url(intro), {"status": ""}, HTTP_HX_REQUEST="true")

    assert response.status_code == 200
    body = response.content.decode()
    assert body.strip().startswith('<li class="milestone status-open overdue"')
    assert '<p class="error" role="alert">This field is required.</p>' in body
    intro.refresh_from_db()
    assert (intro.status, intro.closed_on) == ("open", None)


def count_queries(client: Client, url: str) -> tuple[int, Any]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response


@pytest.mark.parametrize("url_name", ["dashboard", "week", "rotation_list"])
def test_a_page_issues_as_many_queries_for_six_rotations_as_for_one(
    owner_client: Client,
    owner: User,
    rotation: Rotation,
    add_rotation: Any,
    today: date,
    django_assert_num_queries: Any,
    url_name: str,
) -> None:
    url = reverse(url_name)
    owner_client.get(url)
    with_one, response = count_queries(owner_client, url)
    rows_with_one = response.content.decode().count("Example Teaching Hospital")
    for week in range(1, 6):
        start = rotation.start + timedelta(weeks=week - 3)
        add_rotation(owner, start, 28, site=f"Example Teaching Hospital {week}")

    with django_assert_num_queries(with_one):
        response = owner_client.get(url)

    assert response.content.decode().count("Example Teaching Hospital") > 3 * rows_with_one


@pytest.mark.parametrize(
    ("time_zone", "days_behind_utc"), [("America/New_York", 1), ("Asia/Tokyo", 0)]
)
def test_today_is_the_date_in_the_users_time_zone(
    owner_client: Client,
    owner: User,
    monkeypatch: pytest.MonkeyPatch,
    time_zone: str,
    days_behind_utc: int,
) -> None:
    # 03:00 UTC is still the evening before in New York, and already noon in Tokyo. The
    # instant stays near the real clock so the login session has not expired.
    utc_day = timezone.now().date()
    instant = datetime.combine(utc_day, time(3, 0), tzinfo=UTC)
    monkeypatch.setattr("django.utils.timezone.now", lambda: instant)
    Profile.objects.filter(user=owner).update(time_zone=time_zone)

    response = owner_client.get(reverse("dashboard"))

    assert response.context["today"] == utc_day - timedelta(days=days_behind_utc)


@pytest.mark.parametrize("url_name", ["dashboard", "week"])
def test_hundreds_of_overdue_items_show_by_rotation_in_as_many_queries_as_one_rotations(
    owner_client: Client,
    owner: User,
    rotation: Rotation,
    add_rotation: Any,
    set_today: Any,
    django_assert_num_queries: Any,
    url_name: str,
) -> None:
    set_today(date(2029, 1, 1))  # every milestone of every rotation below is overdue
    url = reverse(url_name)
    owner_client.get(url)
    with_one, _ = count_queries(owner_client, url)
    for month in range(1, 20):
        add_rotation(owner, rotation.start + timedelta(days=30 * month), 28)
    overdue = Milestone.objects.filter(rotation__owner=owner).count()

    with django_assert_num_queries(with_one):
        page = owner_client.get(url).content.decode()

    assert overdue == 20 * 14
    # Twenty rotations, each with a handful of its overdue steps shown and a link to the rest.
    assert page.count('<li class="milestone status-open overdue"') == 20 * 3
    assert page.count("See all 14 on the rotation page") == 20
    assert overdue_heading(overdue) in page
