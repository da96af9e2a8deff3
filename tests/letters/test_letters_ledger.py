"""The letters ledger (issue 12): every ERAS letter entry as a stacked card with its dates,
warnings and next reminder, the portfolio panel and the weekly status chart above them, and
the form that adds or edits an entry for any writer."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lorkit.accounts.models import User
from lorkit.core import defaults
from lorkit.journal.models import Person
from lorkit.letters.models import LetterRequest, Reminder, StatusChange

# The owner's season is ERAS 2028: MyERAS opens 2 Jun 2027, the submission target is
# 1 Sep 2027 and the soft deadline three weeks before it, 11 Aug 2027.
TODAY = date(2027, 7, 20)
EM = "Emergency Medicine"
IM = "Internal Medicine"


@pytest.fixture
def today(set_today: Any) -> date:
    return set_today(TODAY)


def entry(owner: User, *history: tuple[str, date], **fields: Any) -> LetterRequest:
    """A letter entry with its dated history; the last step is its status."""
    fields.setdefault("author", "Dr. Noor Haddad")
    fields.setdefault("specialty", IM)
    status, on = history[-1]
    dates = {"requested": "requested_on", "received": "received_on"}
    extra = {dates[s]: d for s, d in history if s in dates}
    letter = LetterRequest.objects.create(owner=owner, status=status, **extra, **fields)
    for step, day in history:
        StatusChange.objects.create(request=letter, status=step, on=day)
    return letter


def form_data(**fields: str) -> dict[str, str]:
    data = {
        "author": "Dr. Tomasz Wierzbicki",
        "author_title": "Associate Professor, Department of Emergency Medicine",
        "author_email": "t.wierzbicki@example.org",
        "specialty": EM,
        "kind": "",
        "waived": "on",
        "letter_id": "",
        "person": "",
        "status": "agreed",
        "on": "2027-07-18",
    }
    data.update(fields)
    return {name: value for name, value in data.items() if value is not None}


def text_of(response: Any) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", response.content.decode()).split())


# ---------------------------------------------------------------------------------------------
# The ledger
# ---------------------------------------------------------------------------------------------


def test_the_owner_sees_each_entry_with_its_eras_fields_and_dates(
    owner: User, owner_client: Client, today: date
) -> None:
    entry(
        owner,
        ("planned", date(2027, 6, 1)),
        ("agreed", date(2027, 6, 20)),
        ("requested", date(2027, 7, 10)),
        author_title="Professor, Department of Medicine",
        author_email="noor.haddad@example.org",
        letter_id="LTR-77031",
        chair=True,
    )

    response = owner_client.get(reverse("letters"))

    assert response.status_code == 200
    page = text_of(response)
    for shown in (
        "Dr. Noor Haddad",
        "Professor, Department of Medicine",
        "noor.haddad@example.org",
        "Meant for Internal Medicine",
        "Narrative letter (PDF)",
        "Meets a chair requirement",
        "Waived",
        "LTR-77031",
        "Requested in MyERAS since 10 Jul 2027",
        "Soft deadline 11 Aug 2027",
        "Next reminder 24 Jul 2027",
    ):
        assert shown in page


def test_the_next_reminder_skips_one_already_sent_and_none_shows_once_received(
    owner: User, owner_client: Client, today: date
) -> None:
    waiting = entry(owner, ("requested", date(2027, 6, 25)), author="Dr. Ines Okafor")
    Reminder.objects.create(
        request=waiting,
        kind="first_reminder",
        cycle=date(2027, 6, 25),
        due=date(2027, 7, 9),
        sent_on=date(2027, 7, 9),
    )
    entry(owner, ("requested", date(2027, 6, 1)), ("received", date(2027, 7, 1)))

    page = text_of(owner_client.get(reverse("letters")))

    assert "Next reminder 18 Aug 2027" in page  # the final one, 14 days before the target
    assert page.count("Next reminder") == 1
    assert page.count("Soft deadline") == 1


def test_an_outsider_sees_none_of_the_owners_letters_and_cannot_edit_them(
    owner: User, outsider_client: Client, today: date
) -> None:
    letter = entry(owner, ("planned", date(2027, 7, 1)))

    ledger = outsider_client.get(reverse("letters"))
    edit = outsider_client.get(reverse("letter_edit", args=[letter.pk]))
    posted = outsider_client.post(reverse("letter_edit", args=[letter.pk]), form_data())

    assert ledger.status_code == 200
    assert "Dr. Noor Haddad" not in ledger.content.decode()
    assert (edit.status_code, posted.status_code) == (404, 404)
    letter.refresh_from_db()
    assert letter.author == "Dr. Noor Haddad"


def test_a_letter_not_waived_warns_that_programs_expect_the_waiver(
    owner: User, owner_client: Client, today: date
) -> None:
    entry(owner, ("agreed", date(2027, 7, 1)), waived=False)

    page = text_of(owner_client.get(reverse("letters")))

    assert "Not waived programs expect the waiver" in page
    assert "Programs expect the waiver of your right to see this letter" in page


def test_a_waived_letter_gives_no_waiver_warning(
    owner: User, owner_client: Client, today: date
) -> None:
    entry(owner, ("agreed", date(2027, 7, 1)))

    assert "expect the waiver" not in text_of(owner_client.get(reverse("letters")))


def test_a_letter_the_portal_removed_says_to_request_it_again(
    owner: User, owner_client: Client, today: date
) -> None:
    entry(owner, ("requested", date(2027, 5, 20)), ("removed", date(2027, 6, 1)))

    page = text_of(owner_client.get(reverse("letters")))

    assert "Removed by the portal since 1 Jun 2027" in page
    assert "request it again in MyERAS" in page
    assert "Soft deadline 11 Aug 2027" in page


def test_a_letter_received_in_an_earlier_season_shows_it_is_reused_with_its_date(
    owner: User, owner_client: Client, today: date
) -> None:
    entry(owner, ("received", date(2026, 9, 1)), author="Dr. Amara Lindqvist")
    entry(owner, ("received", date(2027, 7, 1)), author="Dr. Sefa Mensah")

    page = text_of(owner_client.get(reverse("letters")))

    assert page.count("in an earlier season: reused") == 1
    assert "Received 01 Sep 2026, in an earlier season: reused." in page


def test_the_portfolio_counts_agreed_and_received_per_specialty_with_general_apart(
    owner: User, owner_client: Client, today: date
) -> None:
    entry(owner, ("agreed", date(2027, 7, 1)))
    entry(owner, ("requested", date(2027, 7, 2)))
    entry(owner, ("received", date(2027, 7, 3)))
    entry(owner, ("received", date(2027, 7, 3)), specialty="General")
    entry(owner, ("declined", date(2027, 7, 3)), specialty="Family Medicine")

    page = text_of(owner_client.get(reverse("letters")))

    assert "Internal Medicine : 2 agreed, not in yet · 1 received" in page
    assert "General (for every program): 0 agreed, not in yet · 1 received" in page
    assert "Family Medicine :" not in page
    assert "Your portfolio" in page


def test_the_status_chart_has_a_titled_bar_per_week_and_a_list_of_the_same_weeks(
    owner: User, owner_client: Client, today: date
) -> None:
    entry(owner, ("planned", date(2027, 7, 1)), ("asked", date(2027, 7, 8)))

    html = owner_client.get(reverse("letters")).content.decode()

    svg = html[html.index("<svg") : html.index("</svg>")]
    # The weeks of 28 Jun, 5 Jul, 12 Jul and 19 Jul 2027.
    assert svg.count('<g class="bar"><title>') == 4
    assert "<title>Week of 5 Jul 2027: 1 asked</title>" in svg
    assert 'class="seg seg-planned"' in svg
    listed = html[html.index('class="status-chart-list"') :]
    assert listed.index("Week of 19 Jul 2027") < listed.index("Week of 28 Jun 2027: 1 planned")


def test_without_letters_the_page_invites_a_first_entry_and_draws_no_chart(
    owner_client: Client, today: date
) -> None:
    html = owner_client.get(reverse("letters")).content.decode()

    assert "<svg" not in html
    assert reverse("letter_new") in html
    assert "No letter agreed or received yet." in html


def test_the_ledger_links_to_programs_the_files_and_each_letters_pages(
    owner: User, owner_client: Client, today: date
) -> None:
    letter = entry(owner, ("planned", date(2027, 7, 1)))

    html = owner_client.get(reverse("letters")).content.decode()

    for url in (
        reverse("programs"),
        reverse("packet_files"),
        reverse("letter_detail", args=[letter.pk]),
        reverse("letter_edit", args=[letter.pk]),
    ):
        assert f'href="{url}"' in html


# The session, the user and the profile; the letters with their history and reminders (3);
# the journal as `writers_for` reads it (10, with the people's rotations) and the people's ids.
LEDGER_QUERIES = 3 + 3 + 10


def test_the_ledger_issues_the_same_number_of_queries_for_one_letter_or_many(
    owner: User, owner_client: Client, today: date
) -> None:
    owner_client.get(reverse("letters"))  # the first request after logging in saves the session
    counts = []
    for n in range(3):
        letter = entry(
            owner,
            ("planned", date(2027, 6, 1)),
            ("requested", date(2027, 7, 1)),
            author=f"Dr. Writer {n}",
        )
        Reminder.objects.create(
            request=letter, kind="first_reminder", cycle=date(2027, 7, 1), due=date(2027, 7, 15)
        )
        Person.objects.create(owner=owner, name=f"Dr. Journal {n}")
        with CaptureQueriesContext(connection) as queries:
            assert owner_client.get(reverse("letters")).status_code == 200
        counts.append(len(queries))

    assert counts == [LEDGER_QUERIES] * 3


# ---------------------------------------------------------------------------------------------
# A new entry
# ---------------------------------------------------------------------------------------------


def test_a_new_entry_for_a_writer_outside_the_journal_is_saved_with_its_history(
    owner: User, owner_client: Client, today: date
) -> None:
    response = owner_client.post(reverse("letter_new"), form_data(letter_id="LTR-55120"))

    letter = LetterRequest.objects.get(owner=owner)
    assert response.status_code == 302
    assert response["Location"] == reverse("letters") + f"#letter-{letter.pk}"
    assert (letter.author, letter.specialty, letter.status, letter.person) == (
        "Dr. Tomasz Wierzbicki",
        EM,
        "agreed",
        None,
    )
    assert (letter.letter_id, letter.waived, letter.season) == ("LTR-55120", True, 2028)
    assert [(c.status, c.on) for c in letter.history.all()] == [("agreed", date(2027, 7, 18))]


@pytest.mark.parametrize(
    ("specialty", "kind"),
    [(EM, "sloe"), ("Dermatology", "web_form"), (IM, "narrative"), ("General", "narrative")],
)
def test_a_kind_left_blank_is_the_specialtys_usual_one(
    owner: User, owner_client: Client, today: date, specialty: str, kind: str
) -> None:
    owner_client.post(reverse("letter_new"), form_data(specialty=specialty))

    assert LetterRequest.objects.get(owner=owner).kind == kind


def test_a_kind_chosen_is_kept_even_when_the_specialty_usually_takes_another(
    owner: User, owner_client: Client, today: date
) -> None:
    owner_client.post(reverse("letter_new"), form_data(kind="narrative"))

    assert LetterRequest.objects.get(owner=owner).kind == "narrative"


def test_a_new_requested_entry_starts_its_reminders_from_its_date(
    owner: User, owner_client: Client, today: date
) -> None:
    owner_client.post(reverse("letter_new"), form_data(status="requested", on="2027-07-10"))

    letter = LetterRequest.objects.get(owner=owner)
    assert letter.requested_on == date(2027, 7, 10)
    assert "Next reminder 24 Jul 2027" in text_of(owner_client.get(reverse("letters")))


def test_a_status_date_after_today_is_refused_and_everything_typed_is_kept(
    owner: User, owner_client: Client, today: date
) -> None:
    response = owner_client.post(
        reverse("letter_new"), form_data(on="2027-07-21", letter_id="LTR-90001")
    )

    assert response.status_code == 400
    page = response.content.decode()
    assert "A status date cannot be after today." in page
    assert 'value="Dr. Tomasz Wierzbicki"' in page
    assert 'value="LTR-90001"' in page
    assert not LetterRequest.objects.exists()


def test_a_person_of_another_account_cannot_be_linked(
    owner: User, outsider: User, owner_client: Client, today: date
) -> None:
    theirs = Person.objects.create(owner=outsider, name="Dr. Someone Else")

    response = owner_client.post(reverse("letter_new"), form_data(person=str(theirs.pk)))

    assert response.status_code == 400
    assert not LetterRequest.objects.exists()


def test_a_journal_person_of_the_owner_can_be_linked(
    owner: User, owner_client: Client, today: date
) -> None:
    mine = Person.objects.create(owner=owner, name="Dr. Tomasz Wierzbicki")

    owner_client.post(reverse("letter_new"), form_data(person=str(mine.pk)))

    assert LetterRequest.objects.get(owner=owner).person == mine


def test_an_account_at_its_letter_limit_can_add_no_entry(
    owner: User, owner_client: Client, today: date, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(defaults, "LETTER_REQUESTS_MAX", 1)
    entry(owner, ("planned", date(2027, 7, 1)))

    response = owner_client.post(reverse("letter_new"), form_data())

    assert response.status_code == 400
    assert "at most 1 letters" in response.content.decode()
    assert LetterRequest.objects.filter(owner=owner).count() == 1


# ---------------------------------------------------------------------------------------------
# Editing an entry
# ---------------------------------------------------------------------------------------------


def test_the_edit_form_shows_the_entry_and_where_its_status_can_go(
    owner: User, owner_client: Client, today: date
) -> None:
    letter = entry(owner, ("requested", date(2027, 7, 10)), letter_id="LTR-31337")

    response = owner_client.get(reverse("letter_edit", args=[letter.pk]))

    page = text_of(response)
    assert response.status_code == 200
    assert 'value="LTR-31337"' in response.content.decode()
    assert "it can become: Received, Declined, Withdrawn, Removed by the portal." in page


def test_a_status_change_on_edit_is_recorded_in_the_history(
    owner: User, owner_client: Client, today: date
) -> None:
    letter = entry(owner, ("agreed", date(2027, 7, 1)))

    response = owner_client.post(
        reverse("letter_edit", args=[letter.pk]),
        form_data(author="Dr. Noor Haddad", specialty=IM, status="requested", on="2027-07-12"),
    )

    assert response.status_code == 302
    letter.refresh_from_db()
    assert (letter.status, letter.requested_on, letter.kind) == (
        "requested",
        date(2027, 7, 12),
        "narrative",
    )
    assert [c.status for c in letter.history.all()] == ["agreed", "requested"]


def test_an_edit_that_keeps_the_status_changes_the_fields_and_adds_no_history(
    owner: User, owner_client: Client, today: date
) -> None:
    letter = entry(owner, ("agreed", date(2027, 7, 1)))

    owner_client.post(
        reverse("letter_edit", args=[letter.pk]),
        form_data(author="Dr. Noor Haddad-Rahim", specialty=IM, kind="narrative", status="agreed"),
    )

    letter.refresh_from_db()
    assert letter.author == "Dr. Noor Haddad-Rahim"
    assert letter.history.count() == 1


def test_a_refused_status_move_keeps_the_form_as_typed_and_changes_nothing(
    owner: User, owner_client: Client, today: date
) -> None:
    letter = entry(owner, ("requested", date(2027, 6, 1)), ("received", date(2027, 7, 1)))

    response = owner_client.post(
        reverse("letter_edit", args=[letter.pk]),
        form_data(author="Dr. Typed Anew", letter_id="LTR-44444", status="planned"),
    )

    assert response.status_code == 400
    page = response.content.decode()
    assert "A letter that is received cannot become planned." in page
    assert 'value="Dr. Typed Anew"' in page
    assert 'value="LTR-44444"' in page
    assert '<option value="planned" selected>' in page
    letter.refresh_from_db()
    assert (letter.author, letter.status, letter.letter_id) == ("Dr. Noor Haddad", "received", "")
    assert letter.history.count() == 2


def test_a_status_change_dated_before_the_last_one_is_refused(
    owner: User, owner_client: Client, today: date
) -> None:
    letter = entry(owner, ("agreed", date(2027, 7, 10)))

    response = owner_client.post(
        reverse("letter_edit", args=[letter.pk]),
        form_data(author="Dr. Noor Haddad", specialty=IM, status="requested", on="2027-07-05"),
    )

    assert response.status_code == 400
    assert "Its last change was on 10 Jul 2027" in response.content.decode()
    letter.refresh_from_db()
    assert letter.status == "agreed"


def test_the_entry_forms_issue_a_fixed_number_of_queries(
    owner: User, owner_client: Client, today: date
) -> None:
    letter = entry(owner, ("planned", date(2027, 7, 1)))
    owner_client.get(reverse("letter_new"))  # the first request after logging in saves the session
    counts: dict[str, list[int]] = {"new": [], "edit": []}
    for n in range(2):
        Person.objects.create(owner=owner, name=f"Dr. Journal {n}")
        StatusChange.objects.create(request=letter, status="planned", on=date(2027, 7, 2))
        for name, url in (
            ("new", reverse("letter_new")),
            ("edit", reverse("letter_edit", args=[letter.pk])),
        ):
            with CaptureQueriesContext(connection) as queries:
                assert owner_client.get(url).status_code == 200
            counts[name].append(len(queries))

    # The session, the user, the profile and the people to link; editing reads the letter too.
    assert counts == {"new": [4, 4], "edit": [5, 5]}
