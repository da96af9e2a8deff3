"""The .ics download and the private subscription feed, read back with vobject (and icalendar
for the reminders)."""

from __future__ import annotations

import hashlib
import re
from datetime import date, datetime, timedelta
from typing import Any

import icalendar
import pytest
import vobject
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from lorkit.accounts.models import User
from lorkit.core import defaults
from lorkit.core.ics import milestone_uid
from lorkit.feeds.models import CalendarFeed
from lorkit.feeds.views import ISSUED_TOKEN_KEY
from lorkit.plans.models import Rotation

SEASON_EVENTS = 5
# Every milestone's summary ends with its rotation, so two rotations' steps never look alike.
LABEL = " · Example Teaching Hospital (Internal Medicine)"


def read_calendar(content: bytes) -> Any:
    return vobject.readOne(content.decode("utf-8"))


def events_by_summary(calendar: Any) -> dict[str, Any]:
    return {event.summary.value: event for event in calendar.vevent_list}


def feed_url(token: str) -> str:
    return reverse("calendar_feed", kwargs={"token": token})


def subscribe(client: Client, owner: User) -> str:
    """Issue an address and read its token where the page will: from the session, once."""
    response = client.post(reverse("calendar_regenerate"))
    assert response.status_code == 302
    assert response["Location"] == reverse("calendar")
    token: str = client.session[ISSUED_TOKEN_KEY]
    return token


def test_the_download_is_an_ics_attachment(owner_client: Client, rotation: Rotation) -> None:
    response = owner_client.get(reverse("calendar_download"))

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="lorkit-plan.ics"'


def test_the_download_has_one_all_day_event_per_milestone_and_season_date(
    owner_client: Client, rotation: Rotation
) -> None:
    calendar = read_calendar(owner_client.get(reverse("calendar_download")).content)

    events = calendar.vevent_list
    assert len(events) == rotation.milestones.count() + SEASON_EVENTS == 19
    assert len({event.uid.value for event in events}) == 19
    for event in events:
        assert type(event.dtstart.value) is date
        assert not isinstance(event.dtend.value, datetime)
        assert event.dtend.value > event.dtstart.value


def test_an_event_ends_the_day_after_its_window_closes(
    owner_client: Client, rotation: Rotation
) -> None:
    calendar = read_calendar(owner_client.get(reverse("calendar_download")).content)

    thanks = events_by_summary(calendar)["Thank Dr. Rivera in person" + LABEL]
    assert thanks.dtstart.value == date(2027, 1, 31)
    assert thanks.dtend.value == date(2027, 2, 1)
    assert thanks.location.value == "Example Teaching Hospital, Springfield, IL"
    assert "Rotation: Example Teaching Hospital (Internal Medicine)" in thanks.description.value


def test_the_season_dates_are_events_marked_when_estimated(
    owner_client: Client, rotation: Rotation
) -> None:
    calendar = read_calendar(owner_client.get(reverse("calendar_download")).content)

    match_day = events_by_summary(calendar)["ERAS 2028: Match Day (estimated)"]
    assert match_day.dtstart.value == date(2028, 3, 17)
    season = [e for e in calendar.vevent_list if e.summary.value.startswith("ERAS 2028: ")]
    assert len(season) == SEASON_EVENTS


def test_a_done_milestone_stays_in_the_calendar_marked_done(
    owner_client: Client, rotation: Rotation
) -> None:
    rotation.milestones.filter(key="last_day_thanks").update(status="done")

    calendar = read_calendar(owner_client.get(reverse("calendar_download")).content)

    assert "✓ Thank Dr. Rivera in person" + LABEL in events_by_summary(calendar)
    assert len(calendar.vevent_list) == 19


def test_the_calendar_page_offers_to_create_a_subscription_address(
    owner_client: Client,
) -> None:
    response = owner_client.get(reverse("calendar"))

    assert response.status_code == 200
    assert response.context["feed"] is None
    assert "Create subscription address" in response.content.decode()


def test_creating_a_subscription_address_issues_a_long_url_safe_token(
    owner_client: Client, owner: User
) -> None:
    token = subscribe(owner_client, owner)

    assert len(token) >= 40
    assert re.fullmatch(r"[A-Za-z0-9_-]+", token)
    feed = CalendarFeed.objects.get(owner=owner)
    assert feed.expires - feed.created == timedelta(days=365)
    page = owner_client.get(reverse("calendar")).content.decode()
    assert f'value="http://testserver{feed_url(token)}"' in page


def test_the_address_is_shown_once_and_only_its_digest_is_stored(
    owner_client: Client, owner: User
) -> None:
    token = subscribe(owner_client, owner)
    first = owner_client.get(reverse("calendar")).content.decode()

    again = owner_client.get(reverse("calendar")).content.decode()

    assert token in first
    assert token not in again
    assert "shows it only once" in again
    stored = CalendarFeed.objects.get(owner=owner)
    assert stored.token_hash == hashlib.sha256(token.encode()).hexdigest()
    assert token not in {str(value) for value in vars(stored).values()}


@pytest.mark.parametrize(
    "guess", ["not-a-token", "%00", "\x00" * 20, "a" * 500, "../../etc/passwd", "ä" * 43]
)
def test_a_malformed_token_is_404_without_a_database_error(
    client: Client, db: None, guess: str
) -> None:
    assert client.get(f"/calendar/feed/{guess}.ics").status_code == 404


def test_the_feed_serves_the_calendar_without_a_login(
    owner_client: Client, owner: User, rotation: Rotation
) -> None:
    token = subscribe(owner_client, owner)

    response = Client().get(feed_url(token))

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Cache-Control"] == "private, max-age=900"
    assert len(read_calendar(response.content).vevent_list) == 19


def test_regenerating_changes_the_token_and_retires_the_old_address(
    owner_client: Client, owner: User
) -> None:
    old = subscribe(owner_client, owner)

    new = subscribe(owner_client, owner)

    assert new != old
    assert CalendarFeed.objects.filter(owner=owner).count() == 1
    assert Client().get(feed_url(old)).status_code == 404
    assert Client().get(feed_url(new)).status_code == 200


def revoke(client: Client) -> Any:
    """Revoke as the confirmation page does."""
    return client.post(reverse("calendar_revoke"), {"confirm": "yes"})


def test_revoking_makes_the_address_404(owner_client: Client, owner: User) -> None:
    token = subscribe(owner_client, owner)

    response = revoke(owner_client)

    assert response.status_code == 302
    assert not CalendarFeed.objects.filter(owner=owner).exists()
    assert Client().get(feed_url(token)).status_code == 404


def test_an_expired_address_is_404(owner_client: Client, owner: User) -> None:
    token = subscribe(owner_client, owner)
    CalendarFeed.objects.filter(owner=owner).update(expires=timezone.now() - timedelta(minutes=1))

    assert Client().get(feed_url(token)).status_code == 404


def test_an_unknown_token_is_404(client: Client, db: None) -> None:
    assert client.get(feed_url("not-a-token")).status_code == 404


def test_two_users_get_different_tokens_and_their_own_plans(
    client_for: Any, owner: User, outsider: User, rotation: Rotation
) -> None:
    owner_token = subscribe(client_for(owner), owner)
    outsider_token = subscribe(client_for(outsider), outsider)

    assert owner_token != outsider_token
    owners_feed = read_calendar(Client().get(feed_url(owner_token)).content)
    outsiders_feed = read_calendar(Client().get(feed_url(outsider_token)).content)
    assert len(owners_feed.vevent_list) == 19
    assert len(outsiders_feed.vevent_list) == SEASON_EVENTS


def test_the_feed_names_its_content_with_a_weak_etag_that_stays_while_the_plan_does(
    owner_client: Client, owner: User, rotation: Rotation
) -> None:
    token = subscribe(owner_client, owner)

    first, again = Client().get(feed_url(token)), Client().get(feed_url(token))

    assert re.fullmatch(r'W/"[0-9a-f]{32}"', first["ETag"])
    assert again["ETag"] == first["ETag"]


def test_a_feed_asked_with_its_etag_answers_304_without_a_body(
    owner_client: Client, owner: User, rotation: Rotation
) -> None:
    token = subscribe(owner_client, owner)
    etag = Client().get(feed_url(token))["ETag"]

    response = Client().get(feed_url(token), HTTP_IF_NONE_MATCH=etag)

    assert response.status_code == 304
    assert response.content == b""
    assert response["ETag"] == etag
    assert response["Cache-Control"] == "private, max-age=900"


def test_a_changed_plan_answers_the_old_etag_with_the_new_calendar(
    owner_client: Client, owner: User, rotation: Rotation
) -> None:
    token = subscribe(owner_client, owner)
    etag = Client().get(feed_url(token))["ETag"]
    rotation.milestones.filter(key="last_day_thanks").update(status="done")

    response = Client().get(feed_url(token), HTTP_IF_NONE_MATCH=etag)

    assert response.status_code == 200
    assert response["ETag"] != etag
    summaries = events_by_summary(read_calendar(response.content))
    assert "✓ Thank Dr. Rivera in person" + LABEL in summaries


def test_an_unknown_etag_gets_the_whole_calendar(
    owner_client: Client, owner: User, rotation: Rotation
) -> None:
    token = subscribe(owner_client, owner)

    response = Client().get(feed_url(token), HTTP_IF_NONE_MATCH='W/"somethingelse"')

    assert response.status_code == 200
    assert len(read_calendar(response.content).vevent_list) == 19


def test_the_download_answers_its_etag_with_304_too(
    owner_client: Client, rotation: Rotation
) -> None:
    etag = owner_client.get(reverse("calendar_download"))["ETag"]

    response = owner_client.get(reverse("calendar_download"), HTTP_IF_NONE_MATCH=etag)

    assert response.status_code == 304
    assert response.content == b""


def test_a_revoked_address_is_404_even_with_the_etag_it_once_sent(
    owner_client: Client, owner: User, rotation: Rotation
) -> None:
    token = subscribe(owner_client, owner)
    etag = Client().get(feed_url(token))["ETag"]
    revoke(owner_client)

    assert Client().get(feed_url(token), HTTP_IF_NONE_MATCH=etag).status_code == 404


def test_the_calendar_shows_titles_and_scripts_written_for_the_current_profile(
    owner_client: Client, owner: User, rotation: Rotation
) -> None:
    owner.profile.specialty = "Pediatrics"
    owner.profile.save()

    calendar = read_calendar(owner_client.get(reverse("calendar_download")).content)

    signal = events_by_summary(calendar)[
        "Due: Tell Dr. Rivera you are applying in Pediatrics" + LABEL
    ]
    assert "I am applying in Pediatrics" in signal.description.value


# Long windows become one due day with a reminder; every milestone names its rotation.


def milestone_events(calendar: Any) -> list[Any]:
    return [e for e in calendar.vevent_list if not e.summary.value.startswith("ERAS ")]


def test_no_milestone_fills_the_calendar_with_a_multi_day_banner(
    owner_client: Client, rotation: Rotation
) -> None:
    calendar = read_calendar(owner_client.get(reverse("calendar_download")).content)

    spans = [(e.dtend.value - e.dtstart.value).days for e in milestone_events(calendar)]
    assert len(spans) == 14
    assert max(spans) == defaults.CALENDAR_WINDOW_EVENT_MAX_DAYS  # the ask keeps its days


def test_tb_screening_is_due_on_its_last_day_with_its_window_and_a_reminder(
    owner_client: Client, rotation: Rotation
) -> None:
    calendar = read_calendar(owner_client.get(reverse("calendar_download")).content)

    tb = events_by_summary(calendar)["Due: Get TB screening dated for this rotation" + LABEL]
    assert (tb.dtstart.value, tb.dtend.value) == (date(2026, 12, 21), date(2026, 12, 22))
    assert tb.description.value.startswith("Window: 6 Oct – 21 Dec 2026\n")
    assert tb.valarm.action.value == "DISPLAY"
    assert tb.valarm.trigger.value < timedelta(0)


def test_a_done_due_item_loses_its_reminder(owner_client: Client, rotation: Rotation) -> None:
    rotation.milestones.filter(key="tb_screening").update(status="done")

    calendar = read_calendar(owner_client.get(reverse("calendar_download")).content)

    tb = events_by_summary(calendar)["✓ Due: Get TB screening dated for this rotation" + LABEL]
    assert "valarm" not in tb.contents


def test_every_due_event_and_only_those_carry_a_reminder_icalendar_agrees(
    owner_client: Client, rotation: Rotation
) -> None:
    content = owner_client.get(reverse("calendar_download")).content

    events = list(icalendar.Calendar.from_ical(content).walk("VEVENT"))
    with_alarm = {str(e["SUMMARY"]) for e in events if e.walk("VALARM")}
    due = {str(e["SUMMARY"]) for e in events if str(e["SUMMARY"]).startswith("Due: ")}
    assert with_alarm == due
    assert len(due) == 9  # 3 before the rotation, 6 conversations of 4 days or more


def test_the_same_steps_of_two_rotations_have_different_titles(
    owner_client: Client, owner: User, rotation: Rotation, add_rotation: Any
) -> None:
    add_rotation(
        owner,
        date(2027, 3, 1),
        site="Lakeside Clinic",
        specialty="Pediatrics",
        attending_name="Dr. Rivera",
    )

    calendar = read_calendar(owner_client.get(reverse("calendar_download")).content)

    summaries = [e.summary.value for e in milestone_events(calendar)]
    assert len(summaries) == 28
    assert len(set(summaries)) == 28
    assert "Thank Dr. Rivera in person · Lakeside Clinic (Pediatrics)" in summaries
    assert "Thank Dr. Rivera in person" + LABEL in summaries


def test_a_due_event_keeps_the_event_id_it_had_as_a_window(
    owner_client: Client, rotation: Rotation
) -> None:
    calendar = read_calendar(owner_client.get(reverse("calendar_download")).content)

    uids = {e.summary.value: e.uid.value for e in calendar.vevent_list}
    export_id = rotation.to_core().id
    tb = uids["Due: Get TB screening dated for this rotation" + LABEL]
    assert tb == milestone_uid("tb_screening", export_id) == f"tb_screening.{export_id}@lorkit"
