"""What a tap on a step answers: a message, counts updated out of band and (without scripts)
a return to the same place; notes saved on their own; and HTMX requests that fail (ended
session, stale form, missing item, server error) answered with a notice and a way on, never
with a page inside the list."""

from __future__ import annotations

from datetime import date
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from django.test import Client
from django.urls import reverse

from lorkit.accounts.models import User
from lorkit.core import defaults
from lorkit.plans import views
from lorkit.plans.models import Milestone, Rotation

TODAY = date(2027, 1, 20)
HTMX = {"HTTP_HX_REQUEST": "true", "HTTP_HX_CURRENT_URL": "http://testserver/week/"}


@pytest.fixture
def today(set_today: Any) -> date:
    return set_today(TODAY)


def step(rotation: Rotation, key: str) -> Milestone:
    return rotation.milestones.get(key=key)


def status_url(m: Milestone) -> str:
    return reverse("milestone_status", args=[m.pk])


def test_done_on_the_agenda_answers_with_a_message_and_updated_counts(
    owner_client: Client, rotation: Rotation, today: date
) -> None:
    intro = step(rotation, "intro")
    overdue_before = rotation.milestones.filter(status="open", end__lt=TODAY).count()
    data = {"status": "done", "note": "", "after": "milestone-1", "show_rotation": "1"}

    body = owner_client.post(status_url(intro), data, **HTMX).content.decode()

    left = overdue_before - 1
    assert body.strip().startswith(f'<li class="milestone status-done" id="milestone-{intro.pk}">')
    assert '<div id="toast" hx-swap-oob="innerHTML">' in body
    assert f"Marked done: {intro.title}. {left} overdue left." in body
    assert f'<span id="overdue-count" hx-swap-oob="true">{left}</span>' in body
    assert f'<span id="overdue-count-{rotation.pk}" hx-swap-oob="true">{left}</span>' in body


def test_a_tap_on_the_rotation_page_answers_without_agenda_counts(
    owner_client: Client, rotation: Rotation, today: date
) -> None:
    body = owner_client.post(
        status_url(step(rotation, "intro")), {"status": "skipped"}, **HTMX
    ).content.decode()

    assert "Skipped: " in body
    assert "overdue-count" not in body


def test_a_tap_answers_in_a_fixed_number_of_queries(
    owner_client: Client,
    owner: User,
    rotation: Rotation,
    add_rotation: Any,
    today: date,
    django_assert_max_num_queries: Any,
) -> None:
    for month in range(1, 6):
        add_rotation(owner, date(2026, 6 + month, 1))
    data = {"status": "done", "after": "agenda"}
    with django_assert_max_num_queries(14):
        response = owner_client.post(status_url(step(rotation, "intro")), data, **HTMX)
    assert response.status_code == 200


def test_without_scripts_done_on_the_agenda_returns_to_the_next_item_with_a_message(
    owner_client: Client, rotation: Rotation, today: date
) -> None:
    # Today shows the first overdue steps in order: TB screening, then the paperwork.
    first, second = step(rotation, "tb_screening"), step(rotation, "paperwork")
    page = owner_client.get("/").content.decode()
    assert (
        f'name="after" value="milestone-{second.pk}"'
        in page.split(f'id="milestone-{second.pk}"')[0]
    )
    data = {"status": "done", "next": "/", "after": f"milestone-{second.pk}"}

    response = owner_client.post(status_url(first), data)

    assert response["Location"] == f"/#milestone-{second.pk}"
    page = owner_client.get("/").content.decode()
    assert f'<p class="message success">Marked done: {first.title}.</p>' in page
    assert f'id="milestone-{second.pk}"' in page


def test_without_scripts_a_note_saved_on_the_agenda_returns_to_its_own_item(
    owner_client: Client, rotation: Rotation, today: date
) -> None:
    intro = step(rotation, "intro")
    data = {"status": "note", "note": "Met Dr. Rivera", "next": "/", "after": "agenda"}

    response = owner_client.post(status_url(intro), data)

    assert response["Location"] == f"/#milestone-{intro.pk}"


def test_a_hostile_anchor_is_not_put_in_the_address(
    owner_client: Client, rotation: Rotation, today: date
) -> None:
    intro = step(rotation, "intro")
    data = {"status": "done", "next": "/", "after": "x\r\nSet-Cookie: a=b"}

    response = owner_client.post(status_url(intro), data)

    assert response["Location"] == f"/#milestone-{intro.pk}"


# Notes


def test_save_note_keeps_the_step_open_and_its_status(
    owner_client: Client, rotation: Rotation, today: date
) -> None:
    intro = step(rotation, "intro")

    body = owner_client.post(
        status_url(intro), {"status": "note", "note": "  Asked about rounds  "}, **HTMX
    ).content.decode()

    intro.refresh_from_db()
    assert (intro.status, intro.note, intro.closed_on) == ("open", "Asked about rounds", None)
    assert "Note saved for" in body


def test_save_note_on_a_done_step_keeps_it_done_with_its_closing_day(
    owner_client: Client, rotation: Rotation, today: date
) -> None:
    intro = step(rotation, "intro")
    Milestone.objects.filter(pk=intro.pk).update(status="done", closed_on=date(2027, 1, 5))

    owner_client.post(status_url(intro), {"status": "note", "note": "Went well"})

    intro.refresh_from_db()
    assert (intro.status, intro.note, intro.closed_on) == ("done", "Went well", date(2027, 1, 5))


def test_enter_in_the_note_box_saves_the_note_rather_than_closing_the_step(
    owner_client: Client, rotation: Rotation, today: date
) -> None:
    # A browser sends a form's first submit button on Enter: it must be "Save note".
    page = owner_client.get(reverse("rotation_detail", args=[rotation.pk])).content.decode()
    item = page.split(f'id="milestone-{step(rotation, "intro").pk}"', 1)[1].split("</form>", 1)[0]
    buttons = item.split('<button type="submit"')[1:]

    assert buttons[0].startswith(' name="status" value="note"')
    assert [b.split('value="', 1)[1].split('"', 1)[0] for b in buttons] == [
        "note",
        "done",
        "skipped",
    ]


def test_a_refused_note_keeps_what_was_typed_in_the_box(
    owner_client: Client, rotation: Rotation, today: date
) -> None:
    intro = step(rotation, "intro")
    too_long = "x" * (defaults.NOTE_MAX_LENGTH + 1)

    body = owner_client.post(
        status_url(intro), {"status": "note", "note": too_long}, **HTMX
    ).content.decode()

    assert 'role="alert"' in body
    assert f'value="{too_long}"' in body
    assert "Note saved" not in body
    intro.refresh_from_db()
    assert intro.note == ""


# HTMX failures


def test_an_ended_session_answers_an_htmx_tap_with_a_notice_not_the_login_page(
    client: Client, rotation: Rotation, today: date
) -> None:
    intro = step(rotation, "intro")

    response = client.post(status_url(intro), {"status": "done"}, **HTMX)

    assert response.status_code == 401
    assert response["X-Lorkit-Notice"] == "1"
    body = response.content.decode()
    assert "<html" not in body and "<form" not in body
    assert "Your session has ended" in body
    login = body.split('href="', 1)[1].split('"', 1)[0]
    assert parse_qs(urlsplit(login.replace("&amp;", "&")).query)["next"] == ["/week/"]
    intro.refresh_from_db()
    assert intro.status == "open"


def test_a_session_that_timed_out_answers_an_htmx_tap_with_the_same_notice(
    owner_client: Client, rotation: Rotation, today: date
) -> None:
    session = owner_client.session
    session["lorkit_last_seen"] = 0
    session.save()

    response = owner_client.post(status_url(step(rotation, "intro")), {"status": "done"}, **HTMX)

    assert response.status_code == 401
    assert "Log in again" in response.content.decode()


def test_logging_in_after_an_ended_session_returns_to_the_page_not_a_405(
    client: Client, owner: User, password: str, rotation: Rotation, today: date
) -> None:
    page = reverse("rotation_detail", args=[rotation.pk])
    sent = client.post(
        status_url(step(rotation, "intro")),
        {"status": "done"},
        HTTP_REFERER=f"http://testserver{page}",
    )
    login = sent["Location"]
    assert parse_qs(urlsplit(login).query)["next"] == [page]

    logged_in = client.post(login, {"username": "alice", "password": password}, follow=True)

    assert logged_in.status_code == 200
    assert logged_in.redirect_chain[-1][0] == page


def test_opening_a_steps_form_address_shows_the_step_on_its_rotation_page(
    owner_client: Client, rotation: Rotation, today: date
) -> None:
    intro = step(rotation, "intro")

    response = owner_client.get(status_url(intro))

    assert response["Location"] == reverse("rotation_detail", args=[rotation.pk]) + (
        f"#milestone-{intro.pk}"
    )


def test_a_stale_form_token_over_htmx_says_so_and_offers_a_reload(
    owner: User, rotation: Rotation, today: date
) -> None:
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(owner, backend="django.contrib.auth.backends.ModelBackend")

    response = strict.post(
        status_url(step(rotation, "intro")),
        {"status": "done"},
        HTTP_X_CSRFTOKEN="stale",
        **HTMX,
    )

    assert response.status_code == 403
    assert response["X-Lorkit-Notice"] == "1"
    body = response.content.decode()
    assert "open too long" in body and "Reload the page" in body and "<html" not in body


def test_an_item_that_is_gone_over_htmx_says_so(
    outsider_client: Client, rotation: Rotation, today: date
) -> None:
    response = outsider_client.post(status_url(step(rotation, "intro")), {"status": "done"}, **HTMX)

    assert response.status_code == 404
    assert "no longer there" in response.content.decode()


def test_a_server_error_over_htmx_says_nothing_was_saved(
    owner: User, rotation: Rotation, today: date, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(**_: Any) -> None:
        raise RuntimeError("database fell over")

    monkeypatch.setattr(views, "milestone_set_status", broken)
    client = Client(raise_request_exception=False)
    client.force_login(owner, backend="django.contrib.auth.backends.ModelBackend")

    response = client.post(status_url(step(rotation, "intro")), {"status": "done"}, **HTMX)

    assert response.status_code == 500
    body = response.content.decode()
    assert "was not saved" in body and "<html" not in body
    assert "database fell over" not in body


# The privacy guard on a step's note


def test_a_note_naming_a_patient_is_refused_with_the_findings_and_kept_in_the_box(
    owner_client: Client, rotation: Rotation, today: date
) -> None:
    intro = step(rotation, "intro")
    typed = "Presented Mrs. Adaeze Okonkwo, 93, to the team"

    body = owner_client.post(
        status_url(intro), {"status": "done", "note": typed}, **HTMX
    ).content.decode()

    assert "may identify a patient" in body
    assert "<mark>" in body and "Suggested rewrite:" in body
    assert f'value="{typed}"' in body  # nothing typed is lost
    intro.refresh_from_db()
    assert (intro.status, intro.note) == ("open", "")


def test_save_the_rewrite_stores_the_rewrite_with_the_status_tried(
    owner_client: Client, rotation: Rotation, today: date
) -> None:
    intro = step(rotation, "intro")
    typed = "Presented Mrs. Adaeze Okonkwo, 93, to the team"

    owner_client.post(
        status_url(intro), {"status": "done", "note": typed, "privacy": "rewrite"}, **HTMX
    )

    intro.refresh_from_db()
    assert intro.status == "done"
    assert "Okonkwo" not in intro.note and "93" not in intro.note and intro.note


def test_not_a_patient_keeps_the_note_as_typed_and_remembers_it(
    owner_client: Client, rotation: Rotation, today: date
) -> None:
    intro = step(rotation, "intro")
    typed = "Read about Mr. Wilson's case from the textbook"

    refused = owner_client.post(status_url(intro), {"status": "note", "note": typed}, **HTMX)
    assert "may identify a patient" in refused.content.decode()
    owner_client.post(
        status_url(intro), {"status": "note", "note": typed, "privacy": "allow"}, **HTMX
    )

    intro.refresh_from_db()
    assert intro.note == typed
    # Marked once: closing the step with the same note does not ask again.
    done = owner_client.post(status_url(intro), {"status": "done", "note": typed}, **HTMX)
    assert "may identify a patient" not in done.content.decode()
    intro.refresh_from_db()
    assert intro.status == "done"


def test_an_attendings_name_in_a_note_is_not_a_patients(
    owner_client: Client, rotation: Rotation, today: date
) -> None:
    intro = step(rotation, "intro")

    owner_client.post(status_url(intro), {"status": "done", "note": "Rivera liked my H&P"})

    intro.refresh_from_db()
    assert (intro.status, intro.note) == ("done", "Rivera liked my H&P")
