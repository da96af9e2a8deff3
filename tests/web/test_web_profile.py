"""The profile page: the season calendar, saving the profile and overriding season dates."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from django.test import Client
from django.urls import reverse

from lorkit.accounts.models import Profile, User
from lorkit.plans.forms import TIME_ZONES
from lorkit.plans.models import Milestone, Rotation

SEASON_DATE_FIELDS = {
    "myeras_opens": "",
    "submit_opens": "",
    "programs_review": "",
    "rol_deadline": "",
    "match_day": "",
}


def profile_data(**changes: object) -> dict[str, object]:
    data: dict[str, object] = {
        "eras_name": "Alice Example",
        "specialty": "Internal Medicine",
        "season": "2028",
        "submission_target": "",
        "time_zone": "America/New_York",
        "strengths": [],
        **SEASON_DATE_FIELDS,
    }
    data.update(changes)
    return data


def intention_signal_title(rotation: Rotation) -> str:
    """The title as a fresh read writes it (the fixture's objects hold the profile as it was
    before the page saved it)."""
    return Milestone.objects.get(rotation_id=rotation.pk, key="intention_signal").title


def season_row(page: str, label: str) -> str:
    """The season table's row for one date, as HTML."""
    found = re.search(
        rf"<tr class=\"season-date[^>]*><th scope=\"row\">{label}</th>.*?</tr>", page, re.S
    )
    assert found, f"no season row for {label}"
    return found.group(0)


def test_the_page_names_the_source_of_each_published_date_and_marks_the_estimate(
    owner_client: Client, owner: User
) -> None:
    Profile.objects.filter(user=owner).update(season=2026)

    response = owner_client.get(reverse("profile"))

    assert response.status_code == 200
    aamc = "Published · AAMC ERAS 2026 timeline"
    assert response.context["season_rows"] == [
        ("MyERAS opens", date(2025, 6, 4), "published", aamc),
        ("Applicants may submit", date(2025, 9, 3), "published", aamc),
        ("Programs may review", date(2025, 9, 24), "published", aamc),
        (
            "Rank order list deadline",
            date(2026, 3, 4),
            "estimated",
            "Estimated from the usual pattern",
        ),
        (
            "Match Day",
            date(2026, 3, 20),
            "published",
            "Published · NRMP Main Residency Match calendar",
        ),
    ]
    page = response.content.decode()
    assert "ERAS 2026 dates" in page
    assert "Fri 20 Mar 2026" in page
    assert aamc in season_row(page, "MyERAS opens")
    assert 'class="source source-published"' in season_row(page, "Match Day")
    deadline = season_row(page, "Rank order list deadline")
    assert 'class="source source-estimated"' in deadline
    assert "Estimated from the usual pattern" in deadline
    assert "Published" not in deadline


def test_a_date_from_an_unofficial_report_is_not_shown_as_published(
    owner_client: Client, owner: User
) -> None:
    Profile.objects.filter(user=owner).update(season=2027)

    response = owner_client.get(reverse("profile"))

    label, day, kind, source = response.context["season_rows"][0]
    assert (label, day, kind) == ("MyERAS opens", date(2026, 6, 3), "unofficial")
    assert source.startswith("Unofficial report · ")
    row = season_row(response.content.decode(), "MyERAS opens")
    assert 'class="source source-unofficial"' in row
    assert "Unofficial report · " in row
    assert "Published" not in row
    assert "Estimated" not in row


def test_the_four_sources_each_look_different_in_words_mark_and_border(
    owner_client: Client, owner: User
) -> None:
    # ERAS 2027: an unofficial report, estimates, and (with one correction) the applicant's
    # own date; the 2026 page supplies a published one.
    Profile.objects.filter(user=owner).update(season=2027, match_day=date(2027, 3, 26))
    page_2027 = owner_client.get(reverse("profile")).content.decode()
    Profile.objects.filter(user=owner).update(season=2026, match_day=None)
    page_2026 = owner_client.get(reverse("profile")).content.decode()
    rows = {
        "published": season_row(page_2026, "Match Day"),
        "unofficial": season_row(page_2027, "MyERAS opens"),
        "estimated": season_row(page_2027, "Applicants may submit"),
        "override": season_row(page_2027, "Match Day"),
    }

    def shown(row: str) -> tuple[str, str]:
        found = re.search(
            r'<span class="source-mark" aria-hidden="true">(.*?)</span> ([^<]*)<', row
        )
        assert found, row
        return found.group(1), found.group(2).split(" · ")[0]

    marks_and_words = {kind: shown(row) for kind, row in rows.items()}
    assert marks_and_words["override"][1] == "Your correction"
    assert len({mark for mark, _ in marks_and_words.values()}) == 4
    assert len({words for _, words in marks_and_words.values()}) == 4
    css = (Path(__file__).resolve().parents[2] / "src/lorkit/static/lorkit/app.css").read_text()
    borders = {
        kind: re.search(rf"\.source\.source-{kind} \{{[^}}]*border[^;]*?(solid|dashed|dotted)", css)
        for kind in rows
    }
    assert all(borders.values()), borders
    # Not by colour alone: the published, reported and estimated dates differ in border style.
    styles = {kind: match.group(1) for kind, match in borders.items() if match}
    assert len({styles["published"], styles["unofficial"], styles["estimated"]}) == 3


def test_a_season_without_published_dates_is_all_estimated(owner_client: Client) -> None:
    response = owner_client.get(reverse("profile"))

    kinds = [kind for _, _, kind, _ in response.context["season_rows"]]
    assert kinds == ["estimated"] * 5
    assert response.context["calendar"].match_day == date(2028, 3, 17)
    page = response.content.decode()
    assert 'class="source source-published"' not in page
    assert page.count("Estimated from the usual pattern") == 5


def test_saving_the_profile_persists_every_field(owner_client: Client, owner: User) -> None:
    data = profile_data(
        eras_name="Alice B. Example",
        specialty="Pediatrics",
        season="2029",
        submission_target="2028-09-15",
        time_zone="America/Chicago",
        strengths=["work_ethic", "team_fit"],
    )

    response = owner_client.post(reverse("profile"), data)

    assert response.status_code == 302
    assert response["Location"] == reverse("dashboard")
    profile = owner.profile
    profile.refresh_from_db()
    assert profile.eras_name == "Alice B. Example"
    assert profile.specialty == "Pediatrics"
    assert profile.season == 2029
    assert profile.submission_target == date(2028, 9, 15)
    assert profile.time_zone == "America/Chicago"
    assert profile.strengths == ["work_ethic", "team_fit"]
    assert profile.season_overrides() == {}


def test_saving_the_profile_rewrites_the_plans_of_existing_rotations(
    owner_client: Client, rotation: Rotation
) -> None:
    assert intention_signal_title(rotation) == (
        "Tell Dr. Rivera you are applying in Internal Medicine"
    )

    owner_client.post(reverse("profile"), profile_data(specialty="Pediatrics"))

    assert intention_signal_title(rotation) == "Tell Dr. Rivera you are applying in Pediatrics"


def test_saving_the_profile_keeps_milestone_statuses(
    owner_client: Client, rotation: Rotation
) -> None:
    Rotation.objects.get(pk=rotation.pk).milestones.filter(key="intro").update(status="done")

    owner_client.post(reverse("profile"), profile_data(specialty="Neurology"))

    assert rotation.milestones.get(key="intro").status == "done"
    assert rotation.milestones.count() == 14


def test_an_impossible_season_is_refused_and_nothing_is_saved(
    owner_client: Client, owner: User, rotation: Rotation
) -> None:
    data = profile_data(eras_name="Typed Name", specialty="Pediatrics", season="1800")

    response = owner_client.post(reverse("profile"), data)

    assert response.status_code == 200
    assert response.context["form"].errors["season"] == [
        "Ensure this value is greater than or equal to 2000."
    ]
    page = response.content.decode()
    assert "Nothing was saved" in page
    assert 'value="Typed Name"' in page
    assert 'value="1800"' in page
    assert '<option value="Pediatrics" selected>' in page
    profile = owner.profile
    profile.refresh_from_db()
    assert (profile.eras_name, profile.specialty, profile.season) == (
        "Alice Example",
        "Internal Medicine",
        2028,
    )
    assert intention_signal_title(rotation).endswith("applying in Internal Medicine")


def test_a_match_day_override_is_used_by_the_season_calendar(
    owner_client: Client, owner: User
) -> None:
    response = owner_client.post(reverse("profile"), profile_data(match_day="2028-03-24"))

    assert response.status_code == 302
    profile = owner.profile
    profile.refresh_from_db()
    assert profile.match_day == date(2028, 3, 24)
    calendar = profile.season_calendar()
    assert calendar.match_day == date(2028, 3, 24)
    assert calendar.rol_deadline == date(2028, 3, 8)
    assert "match_day" in calendar.overridden
    assert "match_day" not in calendar.estimated


def test_an_overridden_date_is_labelled_as_your_correction(
    owner_client: Client, owner: User
) -> None:
    Profile.objects.filter(user=owner).update(match_day=date(2028, 3, 24))

    response = owner_client.get(reverse("profile"))

    assert response.context["season_rows"][-1] == (
        "Match Day",
        date(2028, 3, 24),
        "override",
        "Your correction",
    )
    row = season_row(response.content.decode(), "Match Day")
    assert 'class="source source-override"' in row
    assert "Estimated" not in row


def test_season_dates_out_of_order_are_refused(owner_client: Client, owner: User) -> None:
    data = profile_data(eras_name="Typed Name", submit_opens="2028-04-01")

    response = owner_client.post(reverse("profile"), data)

    assert response.status_code == 200
    assert response.context["form"].non_field_errors() == [
        "The season dates must run in order: MyERAS opens, applicants may submit, "
        "programs may review, rank order list deadline, Match Day."
    ]
    assert 'value="2028-04-01"' in response.content.decode()
    profile = owner.profile
    profile.refresh_from_db()
    assert profile.submit_opens is None
    assert profile.eras_name == "Alice Example"


def test_a_refused_save_leaves_the_season_table_showing_the_saved_dates(
    owner_client: Client,
) -> None:
    response = owner_client.post(reverse("profile"), profile_data(submit_opens="2028-04-01"))

    assert response.status_code == 200
    rows = {label: (day, kind) for label, day, kind, _ in response.context["season_rows"]}
    assert rows["Applicants may submit"] == (date(2027, 9, 1), "estimated")
    assert "Your correction" not in response.content.decode()


def time_zone_select(page: str) -> str:
    found = re.search(r"<select[^>]*name=\"time_zone\"[^>]*>.*?</select>", page, re.DOTALL)
    assert found, "no time-zone <select> on the page"
    return found.group(0)


def test_the_time_zone_is_a_select_of_every_zone_with_the_saved_one_chosen(
    owner_client: Client, owner: User
) -> None:
    Profile.objects.filter(user=owner).update(time_zone="Asia/Kolkata")

    select = time_zone_select(owner_client.get(reverse("profile")).content.decode())

    assert select.startswith('<select id="id_time_zone" name="time_zone">')
    assert select.count("<option ") == len(TIME_ZONES) > 500
    assert re.findall(r"<option [^>]*selected[^>]*>([^<]*)<", select) == ["Asia/Kolkata"]
    assert '<option value="America/New_York">America/New_York</option>' in select


def test_a_refused_save_keeps_the_time_zone_that_was_chosen(owner_client: Client) -> None:
    data = profile_data(time_zone="Europe/Lisbon", submit_opens="2028-04-01")

    page = owner_client.post(reverse("profile"), data).content.decode()

    chosen = re.findall(r"<option [^>]*selected[^>]*>([^<]*)<", time_zone_select(page))
    assert chosen == ["Europe/Lisbon"]


def test_an_unknown_time_zone_is_refused_and_escaped_where_it_is_quoted(
    owner_client: Client, owner: User
) -> None:
    response = owner_client.post(reverse("profile"), profile_data(time_zone="<b>Mars/Base</b>"))

    page = response.content.decode()
    assert response.status_code == 200
    assert "<b>Mars/Base</b>" not in page
    assert "&lt;b&gt;Mars/Base&lt;/b&gt; is not one of the available choices." in page
    assert 'aria-invalid="true"' in time_zone_select(page)
    assert " selected>" not in time_zone_select(page)
    owner.profile.refresh_from_db()
    assert owner.profile.time_zone == "America/New_York"


# The season-date corrections: folded away unless one is set or one was refused.

CORRECTIONS = re.compile(
    r"<details class=\"corrections\" id=\"corrections\"( open)?>(.*?)</details>", re.S
)


def corrections(page: str) -> tuple[bool, str]:
    """Whether the corrections show unfolded, and their HTML."""
    found = CORRECTIONS.search(page)
    assert found, "no corrections <details> on the page"
    return bool(found.group(1)), found.group(2)


def test_the_season_date_corrections_are_folded_away_for_a_new_profile(
    owner_client: Client,
) -> None:
    page = owner_client.get(reverse("profile")).content.decode()

    is_open, inside = corrections(page)
    assert not is_open
    for key in SEASON_DATE_FIELDS:
        assert f'name="{key}"' in inside
        assert page.count(f'name="{key}"') == 1
    outside = CORRECTIONS.sub("", page)
    for key in ("specialty", "season", "submission_target", "eras_name"):
        assert f'name="{key}"' in outside


def test_the_corrections_show_unfolded_when_one_is_set(owner_client: Client, owner: User) -> None:
    Profile.objects.filter(user=owner).update(submit_opens=date(2027, 9, 8))

    is_open, inside = corrections(owner_client.get(reverse("profile")).content.decode())

    assert is_open
    assert 'value="2027-09-08"' in inside


def test_the_corrections_show_unfolded_when_the_dates_are_refused(owner_client: Client) -> None:
    response = owner_client.post(reverse("profile"), profile_data(submit_opens="2028-04-01"))

    assert response.status_code == 200
    is_open, inside = corrections(response.content.decode())
    assert is_open
    assert 'value="2028-04-01"' in inside


def test_the_corrections_show_unfolded_when_a_date_in_them_cannot_be_read(
    owner_client: Client,
) -> None:
    response = owner_client.post(reverse("profile"), profile_data(match_day="2028-02-30"))

    is_open, inside = corrections(response.content.decode())
    assert is_open
    assert '<p class="error" role="alert">Enter a valid date.</p>' in inside


def test_the_corrections_stay_folded_when_only_another_field_is_refused(
    owner_client: Client,
) -> None:
    response = owner_client.post(reverse("profile"), profile_data(season="1800"))

    assert response.status_code == 200
    is_open, inside = corrections(response.content.decode())
    assert not is_open
    assert "error" not in inside


def test_a_profile_without_a_specialty_is_told_it_is_the_first_of_three_steps(
    client_for: Any, outsider: User
) -> None:
    page = client_for(outsider).get(reverse("profile")).content.decode()

    assert "Step 1 of 3." in page
    assert "Next you add your first rotation." in page


def test_a_profile_with_a_specialty_is_not_told_about_steps(owner_client: Client) -> None:
    assert "Step 1 of 3." not in owner_client.get(reverse("profile")).content.decode()
