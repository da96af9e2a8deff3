"""Booking an offer: one tap makes it a rotation with its plan, and the page that opens is the
plan. Its checks are the rotation form's; both writes happen or neither does."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from lorkit.accounts.models import User
from lorkit.core import defaults
from lorkit.core.sites import Duty, Length, SiteKind
from lorkit.core.sites import SiteOption as CoreSiteOption
from lorkit.plans.models import Rotation
from lorkit.sites.models import SiteOption
from lorkit.sites.services import site_option_book, site_option_save

TODAY = date(2026, 11, 21)


@pytest.fixture(autouse=True)
def today(set_today: Any) -> date:
    return set_today(TODAY)


def offer(owner: User, **changes: Any) -> SiteOption:
    fields: dict[str, Any] = {
        "name": "Lakeside Community Hospital IM externship",
        "city": "Toledo",
        "state": "OH",
        "specialty": "Internal Medicine",
        "kind": SiteKind.EXTERNSHIP,
        "length": Length(28, 28),
        "start_dates": (date(2027, 1, 4), date(2027, 2, 1)),
    }
    return site_option_save(owner=owner, option=CoreSiteOption(**(fields | changes)))


def test_one_tap_books_the_earliest_dates_and_opens_the_plan(
    owner_client: Client, owner: User
) -> None:
    site = offer(owner)
    compare = owner_client.get(reverse("site_compare")).content.decode()
    assert f'action="{reverse("site_book", args=[site.pk])}"' in compare

    response = owner_client.post(
        reverse("site_book", args=[site.pk]), {"start": "2027-01-04", "end": "2027-01-31"}
    )

    rotation = Rotation.objects.get(owner=owner)
    assert response.status_code == 302
    assert response["Location"] == reverse("rotation_detail", args=[rotation.pk])
    assert (rotation.site, rotation.city, rotation.state) == (site.name, "Toledo", "OH")
    assert (rotation.kind, rotation.specialty) == ("hands-on", "Internal Medicine")
    assert (rotation.start, rotation.end) == (date(2027, 1, 4), date(2027, 1, 31))
    assert rotation.milestones.count() == 14
    site.refresh_from_db()
    assert site.booked_rotation == rotation
    plan = owner_client.get(response["Location"]).content.decode()
    assert "Booked Lakeside Community Hospital IM externship as a rotation" in plan


def test_a_booked_offer_links_to_its_plan(owner_client: Client, owner: User) -> None:
    site = offer(owner)
    rotation = site_option_book(owner=owner, site=site, start=date(2027, 2, 1), days=28)

    page = owner_client.get(reverse("site_compare")).content.decode()

    assert f'href="{reverse("rotation_detail", args=[rotation.pk])}"' in page
    assert "Booked: see plan" in page


def test_an_offer_without_dates_asks_for_them(owner_client: Client, owner: User) -> None:
    site = offer(owner, start_dates=())

    compare = owner_client.get(reverse("site_compare")).content.decode()
    page = owner_client.get(reverse("site_book", args=[site.pk])).content.decode()

    assert "Choose dates" in compare
    assert "The offer gives no start date: choose one." in page


def test_dates_that_do_not_fit_are_refused_and_kept_as_typed(
    owner_client: Client, owner: User
) -> None:
    site = offer(owner)

    response = owner_client.post(
        reverse("site_book", args=[site.pk]), {"start": "2027-03-01", "end": "2027-02-01"}
    )

    page = response.content.decode()
    assert response.status_code == 400
    assert "The last day is before the first day." in page
    assert 'value="2027-03-01"' in page and 'value="2027-02-01"' in page
    assert Rotation.objects.count() == 0


def test_a_date_lorkit_cannot_plan_is_refused_by_the_rotation_rules(
    owner_client: Client, owner: User
) -> None:
    site = offer(owner)

    response = owner_client.post(
        reverse("site_book", args=[site.pk]), {"start": "2101-01-04", "end": "2101-01-31"}
    )

    assert response.status_code == 400
    assert "outside the years lorkit plans for" in response.content.decode()
    assert Rotation.objects.count() == 0
    site.refresh_from_db()
    assert site.booked_rotation is None


def test_booking_past_the_rotation_limit_changes_nothing(
    owner: User, add_rotation: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = offer(owner)
    monkeypatch.setattr(defaults, "ROTATIONS_PER_ACCOUNT", 0)
    monkeypatch.setitem(defaults.ACCOUNT_LIMITS, "rotations", (0, "rotations"))

    with pytest.raises(ValidationError):
        site_option_book(owner=owner, site=site, start=date(2027, 1, 4), days=28)

    site.refresh_from_db()
    assert site.booked_rotation is None
    assert Rotation.objects.count() == 0


@pytest.mark.parametrize(
    ("changes", "kind"),
    [
        ({"kind": SiteKind.SUB_INTERNSHIP}, "hands-on"),
        ({"kind": SiteKind.OBSERVERSHIP}, "observership"),
        ({"kind": SiteKind.RESEARCH}, "research"),
        ({"kind": None, "duties": frozenset({Duty.NOTES})}, "hands-on"),
        ({"kind": None, "duties": None}, "observership"),
    ],
)
def test_the_rotation_takes_the_kind_of_the_offer(
    owner: User, changes: dict[str, Any], kind: str
) -> None:
    option = CoreSiteOption(name="Offer", **changes)
    site = site_option_save(owner=owner, option=option)

    rotation = site_option_book(owner=owner, site=site, start=date(2027, 1, 4), days=14)

    assert rotation.kind == kind
    assert rotation.setting == "inpatient"


def test_deleting_the_booked_rotation_keeps_the_offer(owner: User) -> None:
    site = offer(owner)
    rotation = site_option_book(owner=owner, site=site, start=date(2027, 1, 4), days=28)

    rotation.delete()

    site.refresh_from_db()
    assert site.booked_rotation is None
