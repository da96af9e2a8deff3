"""The JSON export gains `site_options`: every offer, with the rotation it was booked as, and
the import restores them, all or nothing."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from lorkit.accounts.models import User
from lorkit.backup.services import workspace_export, workspace_import
from lorkit.core.export_format import ExportError
from lorkit.core.site_csv import read_site_csv
from lorkit.plans.models import Rotation
from lorkit.sites.models import SiteOption
from lorkit.sites.services import site_option_book, site_options_import

OFFERS = Path(__file__).resolve().parent / "offers.csv"
TODAY = date(2026, 11, 21)


@pytest.fixture
def offers(owner: User) -> list[SiteOption]:
    options = read_site_csv(OFFERS.read_bytes(), TODAY).options[:6]
    sites = site_options_import(owner=owner, options=options)
    site_option_book(owner=owner, site=sites[0], start=date(2027, 1, 4), days=28)
    return sites


def test_the_export_lists_every_offer_with_its_booked_rotation(
    owner: User, offers: list[SiteOption]
) -> None:
    document = workspace_export(owner)

    rotation = Rotation.objects.get(owner=owner)
    records = document["site_options"]
    assert "site_options" in document
    assert [r["name"] for r in records] == [site.name for site in offers]
    assert records[0]["booked_rotation"] == str(rotation.uid) == document["rotations"][0]["id"]
    assert records[0]["price"] == {"low": 2800, "high": 2800, "per_days": 28}
    assert records[0]["duties"] == ["histories_physicals", "notes", "presenting", "rounds"]
    assert records[4]["price"] == {"low": 4500, "high": 6000, "per_days": 28}
    assert records[4]["duties"] == []
    assert records[5]["duties"] is None
    json.dumps(document)  # plain JSON values only


def test_an_export_without_offers_has_no_site_options_section(owner: User) -> None:
    assert "site_options" not in workspace_export(owner)


def test_export_then_import_then_export_is_the_identity(
    owner: User, offers: list[SiteOption]
) -> None:
    before = workspace_export(owner)

    workspace_import(owner=owner, document=copy.deepcopy(before), replace=True)

    assert workspace_export(owner) == before
    booked = SiteOption.objects.get(owner=owner, booked_rotation__isnull=False)
    assert booked.booked_rotation is not None
    assert booked.booked_rotation.owner == owner


def test_an_import_restores_offers_into_another_account(
    owner: User, outsider: User, offers: list[SiteOption]
) -> None:
    document = workspace_export(owner)

    workspace_import(owner=outsider, document=document)

    restored = SiteOption.objects.filter(owner=outsider)
    assert restored.count() == 6
    assert restored.get(booked_rotation__isnull=False).booked_rotation.owner == outsider  # type: ignore[union-attr]
    assert SiteOption.objects.filter(owner=owner).count() == 6


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda doc: doc["site_options"][1].update(kind="fellowship"), "Site option 2, Kind:"),
        (
            lambda doc: doc["site_options"][0].update(
                booked_rotation="6f1c0a52-3d4b-4e8f-9a51-2b7c1d9e0f35"
            ),
            "Site option 1, Booked rotation: no rotation in this file",
        ),
        (lambda doc: doc.update(site_options="all of them"), "Site options: this section must"),
        (lambda doc: doc["site_options"][2].update(notes="a\x00b"), "Site option 3, Notes:"),
    ],
)
def test_a_bad_offer_refuses_the_whole_import(
    owner: User, offers: list[SiteOption], change: Any, problem: str
) -> None:
    document = workspace_export(owner)
    before = list(SiteOption.objects.values())
    change(document)

    with pytest.raises(ExportError) as refused:
        workspace_import(owner=owner, document=document, replace=True)

    assert any(p.startswith(problem) for p in refused.value.problems), refused.value.problems
    assert list(SiteOption.objects.values()) == before
