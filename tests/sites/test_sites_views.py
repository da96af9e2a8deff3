"""The Sites pages: the comparison, an offer's page, its form, deletion and the weights; each
shows only the owner's offers, keeps what was typed when it refuses, and costs a fixed number
of queries however many offers there are."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from lorkit.accounts.models import User
from lorkit.core.site_csv import read_site_csv
from lorkit.sites.models import SiteOption, SiteWeights
from lorkit.sites.services import site_options_import

OFFERS = Path(__file__).resolve().parent / "offers.csv"
TODAY = date(2026, 11, 21)


@pytest.fixture
def today(set_today: Any) -> date:
    return set_today(TODAY)


def import_offers(owner: User, count: int | None = None) -> list[SiteOption]:
    options = read_site_csv(OFFERS.read_bytes(), TODAY).options
    return site_options_import(owner=owner, options=options[:count])


def offer_data(**changes: Any) -> dict[str, Any]:
    data = {
        "name": "Lakeside Community Hospital IM externship",
        "provider": "Example Rotations Inc.",
        "city": "Toledo",
        "state": "OH",
        "specialty": "Internal Medicine",
        "focus": "",
        "kind": "externship",
        "institution": "community_teaching",
        "setting": "inpatient",
        "supervision": "one_preceptor",
        "letter_policy": "on_performance",
        "duties": ["histories_physicals", "notes", "presenting"],
        "weeks": "4",
        "price": "$2,800 per 4 weeks",
        "price_covers": "housing",
        "fees": "$150",
        "living_cost": "$1,200/month",
        "start_dates": "2027-01-04, 2027-02-01",
        "residency_applicants": "yes",
        "requirements": "Step 1 passed",
        "source_url": "https://example.org/lakeside",
        "notes": "",
    }
    data.update(changes)
    return data


def test_the_comparison_without_offers_shows_the_way_in(owner_client: Client, today: date) -> None:
    page = owner_client.get(reverse("site_compare")).content.decode()

    assert "No offers yet" in page
    assert reverse("site_template") in page
    assert "No U.S. clinical experience yet" in page


def test_the_comparison_ranks_the_offers_and_draws_the_chart(
    owner_client: Client, owner: User, today: date
) -> None:
    import_offers(owner)

    response = owner_client.get(reverse("site_compare"))

    rows = response.context["rows"]
    assert response.status_code == 200
    assert len(rows) == 28
    assert rows[0].option.name == "Lakeside Community Hospital IM externship"
    assert [row.assessment.flagged for row in rows] == sorted(r.assessment.flagged for r in rows)
    page = response.content.decode()
    assert 'role="img"' in page and "Score against total cost for 27 offers" in page
    assert page.count("<title>") >= 28  # the page's own title and one per drawn point
    assert "Not on the chart (no price): Contact-us IM externship." in page
    assert 'class="flag">Observer only</span>' in page


def test_the_comparison_summarises_the_applicants_experience(
    owner_client: Client, today: date, rotation: Any
) -> None:
    page = owner_client.get(reverse("site_compare")).content.decode()

    assert "So far" in page and "1.0 month" in page
    assert "That is below the 1–2 month minimum" not in page
    assert "That meets the 1–2 month minimum" in page


@pytest.mark.parametrize(
    ("query", "first", "count"),
    [
        ("", "Lakeside Community Hospital IM externship", 28),
        ("?hide_flagged=on", "Lakeside Community Hospital IM externship", 19),
        ("?sort=cost", "Week-long IM shadowing", 28),
        ("?sort=name", "Academic IM observership closed to applicants", 28),
        ("?in_specialty=on&hide_flagged=on", "Lakeside Community Hospital IM externship", 12),
        ("?max_cost=2500&sort=score", "Sunrise Internal Medicine Office", 7),
        ("?hands_on=on&sort=letter", "Lakeside Community Hospital IM externship", 20),
    ],
)
def test_the_comparison_sorts_and_filters(
    owner_client: Client, owner: User, today: date, query: str, first: str, count: int
) -> None:
    import_offers(owner)

    rows = owner_client.get(reverse("site_compare") + query).context["rows"]

    assert rows[0].option.name == first
    assert len(rows) == count


def test_a_refused_filter_keeps_what_was_typed_and_shows_everything(
    owner_client: Client, owner: User, today: date
) -> None:
    import_offers(owner, 3)

    response = owner_client.get(reverse("site_compare") + "?max_cost=-5&sort=cost")

    assert len(response.context["rows"]) == 3
    page = response.content.decode()
    assert 'value="-5"' in page
    assert "Ensure this value is greater than or equal to 0." in page


def test_the_comparison_costs_the_same_queries_for_one_offer_or_twenty_eight(
    client_for: Any, owner: User, today: date, rotation: Any, django_assert_num_queries: Any
) -> None:
    client = client_for(owner)
    import_offers(owner, 1)
    client.get(reverse("site_compare"))  # the session's first request sets it up
    with django_assert_num_queries(6):
        client.get(reverse("site_compare"))
    SiteOption.objects.filter(owner=owner).delete()
    import_offers(owner)
    rotation_site = SiteOption.objects.filter(owner=owner).first()
    assert rotation_site is not None
    rotation_site.booked_rotation = rotation
    rotation_site.save()

    with django_assert_num_queries(6):
        response = client.get(reverse("site_compare"))

    assert len(response.context["rows"]) == 28


def test_an_offers_page_shows_its_assessment(
    owner_client: Client, owner: User, today: date
) -> None:
    site = import_offers(owner, 1)[0]

    response = owner_client.get(reverse("site_detail", args=[site.pk]))

    page = response.content.decode()
    assert response.context["assessment"].score == 92
    assert "Hands-on duties" in page and "18/20" in page
    assert "$4,150" in page and "$1,038" in page
    assert 'value="2027-01-04"' in page and 'value="2027-01-31"' in page
    assert 'href="https://example.org/lakeside" rel="noopener noreferrer nofollow"' in page


def test_adding_an_offer_reads_its_text_as_the_csv_does(
    owner_client: Client, owner: User, today: date
) -> None:
    response = owner_client.post(reverse("site_new"), offer_data(price="$4,500–6,000 per month"))

    site = SiteOption.objects.get(owner=owner)
    assert response.status_code == 302
    assert response["Location"] == reverse("site_detail", args=[site.pk])
    option = site.to_core()
    assert (option.price.low, option.price.high, option.price.per_days) == (4500, 6000, 28)  # type: ignore[union-attr]
    assert option.length is not None and option.length.low == 28
    assert option.institution is not None and option.institution.value == "community_teaching"
    assert option.price_covers == "housing"


def test_saving_says_what_lorkit_assumed(owner_client: Client, owner: User, today: date) -> None:
    response = owner_client.post(reverse("site_new"), offer_data(price="2800"), follow=True)

    assert "Assumed: price: no period given: read as the whole rotation." in (
        response.content.decode()
    )


def test_a_refused_offer_keeps_everything_typed(
    owner_client: Client, owner: User, today: date
) -> None:
    data = offer_data(price="two grand-ish", weeks="a while", notes="keep me")

    response = owner_client.post(reverse("site_new"), data)

    page = response.content.decode()
    assert response.status_code == 200
    assert SiteOption.objects.count() == 0
    assert "is not a price such as" in page and "is not a length such as" in page
    assert 'value="two grand-ish"' in page and 'value="a while"' in page
    assert "keep me</textarea>" in page
    assert 'value="notes" id="id_duties_1" checked' in page


def test_duties_and_no_patient_contact_cannot_both_be_ticked(
    owner_client: Client, today: date
) -> None:
    response = owner_client.post(reverse("site_new"), offer_data(duties=["notes", "none"]))

    assert "Tick either the duties" in response.content.decode()
    assert SiteOption.objects.count() == 0


def test_no_patient_contact_is_stored_as_an_empty_list_and_nothing_ticked_as_unknown(
    owner_client: Client, owner: User, today: date
) -> None:
    owner_client.post(reverse("site_new"), offer_data(name="Watch", duties=["none"]))
    owner_client.post(reverse("site_new"), offer_data(name="Silent", duties=[]))

    stored = dict(SiteOption.objects.values_list("name", "duties"))
    assert stored == {"Watch": [], "Silent": None}


def test_editing_shows_the_stored_offer_in_words_it_reads_back(
    owner_client: Client, owner: User, today: date
) -> None:
    site = import_offers(owner, 1)[0]
    before = site.to_core()

    form = owner_client.get(reverse("site_edit", args=[site.pk])).context["form"]
    response = owner_client.post(reverse("site_edit", args=[site.pk]), form.initial)

    site.refresh_from_db()
    assert response.status_code == 302
    assert site.to_core() == before
    assert form.initial["price"] == "$2,800 per 4 weeks"


def test_deleting_an_offer_asks_first(owner_client: Client, owner: User, today: date) -> None:
    site = import_offers(owner, 1)[0]

    asked = owner_client.get(reverse("site_delete", args=[site.pk]))
    deleted = owner_client.post(reverse("site_delete", args=[site.pk]))

    assert "Delete offer" in asked.content.decode()
    assert deleted["Location"] == reverse("site_compare")
    assert not SiteOption.objects.filter(pk=site.pk).exists()


@pytest.mark.parametrize(
    ("route", "methods"),
    [
        ("site_detail", ["get"]),
        ("site_edit", ["get", "post"]),
        ("site_delete", ["get", "post"]),
        ("site_book", ["get", "post"]),
    ],
)
def test_an_outsider_gets_404_for_the_owners_offer(
    outsider_client: Client, owner: User, route: str, methods: list[str], today: date
) -> None:
    site = import_offers(owner, 1)[0]
    before = list(SiteOption.objects.values())

    for method in methods:
        assert getattr(outsider_client, method)(reverse(route, args=[site.pk])).status_code == 404
    assert list(SiteOption.objects.values()) == before


def test_the_outsiders_comparison_and_export_hold_none_of_the_owners_offers(
    outsider_client: Client, owner: User, today: date
) -> None:
    import_offers(owner)

    page = outsider_client.get(reverse("site_compare")).content.decode()
    csv = outsider_client.get(reverse("site_export")).content.decode()

    assert "Lakeside" not in page and "Lakeside" not in csv
    assert "No offers yet" in page


def test_the_weights_page_shows_each_default_and_saves_new_weights(
    owner_client: Client, owner: User, today: date
) -> None:
    page = owner_client.get(reverse("site_weights")).content.decode()
    assert "Default 20." in page

    values = owner_client.get(reverse("site_weights")).context["form"].initial
    response = owner_client.post(reverse("site_weights"), {**values, "specialty": 30, "cost": 0})

    assert response.status_code == 302
    assert SiteWeights.objects.get(owner=owner).values["specialty"] == 30


def test_weights_that_do_not_add_up_are_refused_and_kept_as_typed(
    owner_client: Client, owner: User, today: date
) -> None:
    values = owner_client.get(reverse("site_weights")).context["form"].initial

    response = owner_client.post(reverse("site_weights"), {**values, "specialty": 35})

    page = response.content.decode()
    assert response.status_code == 400
    assert "add up to 115; they must add up to 100" in page
    assert 'value="35"' in page
    assert not SiteWeights.objects.filter(owner=owner).exists()


def test_weights_change_the_ranking_and_can_be_reset(
    owner_client: Client, owner: User, today: date
) -> None:
    import_offers(owner)
    cheap_first = {
        "specialty": 10, "hands_on": 10, "supervision": 5, "letter_policy": 5, "length": 5,
        "timing": 5, "cost": 60, "min_weeks": 2, "ideal_weeks": 4, "lead_weeks_min": 4,
        "lead_weeks_max": 8, "cost_full_per_month": 1425, "cost_zero_per_month": 6000,
    }  # fmt: skip
    owner_client.post(reverse("site_weights"), cheap_first)

    ranked = owner_client.get(reverse("site_compare")).context["rows"]
    assert ranked[0].option.name == "Sunrise Internal Medicine Office"  # Lakeside by default

    owner_client.post(reverse("site_weights"), {"reset": "1"})
    assert not SiteWeights.objects.filter(owner=owner).exists()
    ranked = owner_client.get(reverse("site_compare")).context["rows"]
    assert ranked[0].option.name == "Lakeside Community Hospital IM externship"


def test_the_template_and_the_export_are_csv_downloads(
    owner_client: Client, owner: User, today: date
) -> None:
    import_offers(owner, 2)
    SiteOption.objects.filter(owner=owner).update(name='=HYPERLINK("http://evil")')

    template = owner_client.get(reverse("site_template"))
    export = owner_client.get(reverse("site_export"))

    assert template["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in template["Content-Disposition"]
    assert template.content.decode("utf-8-sig").startswith("name,provider,city,state,")
    assert export.content.decode("utf-8-sig").count('"\'=HYPERLINK(""http://evil"")"') == 2


def test_the_form_names_each_field_as_an_export_problem_does() -> None:
    from lorkit.core.site_record import RECORD_LABELS
    from lorkit.sites.forms import SiteOptionForm

    form = SiteOptionForm(today=TODAY)
    record_name = {"weeks": "length_days"}

    assert {name: field.label for name, field in form.fields.items()} == {
        name: RECORD_LABELS[record_name.get(name, name)] for name in form.fields
    }
