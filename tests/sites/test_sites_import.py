"""Importing offers from a CSV on the web: a preview first, with every bad row named by row and
column; the good rows are saved only when the applicant confirms. Hostile files never give a
500 and never save anything."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from lorkit.accounts.models import User
from lorkit.core import defaults
from lorkit.core.site_csv import COLUMNS
from lorkit.sites.models import SiteOption

OFFERS = Path(__file__).resolve().parent / "offers.csv"
TODAY = date(2026, 11, 21)
MESSY = (
    "name,kind,weeks,price,letter_policy\n"
    'Lakeside IM externship,Externship,2–4 weeks,"$1,800 per 4 weeks",LOR on performance\n'
    "Mystery rotation,fellowship,banana,around two grand,\n"
    'Boston observership,observer,1 month,"$4,500–6,000 per month",certificate\n'
)


@pytest.fixture(autouse=True)
def today(set_today: Any) -> date:
    return set_today(TODAY)


def preview(client: Client, text: str) -> Any:
    return client.post(reverse("site_import"), {"pasted": text})


def confirm(client: Client, text: str) -> Any:
    return client.post(reverse("site_import"), {"previewed": text})


def test_a_preview_lists_the_good_rows_and_names_each_bad_cell_and_saves_nothing(
    owner_client: Client,
) -> None:
    response = preview(owner_client, MESSY)

    page = response.content.decode()
    assert response.status_code == 200
    assert SiteOption.objects.count() == 0
    assert "Preview: nothing is saved yet" in page
    assert "2 offers ready to import." in page
    assert "Row 3, kind: &#x27;fellowship&#x27; is not a kind lorkit knows" in page
    assert "Row 3, weeks: &#x27;banana&#x27; is not a length" in page
    assert "Row 3, price: &#x27;around two grand&#x27; is not a price" in page
    assert "Import 2 offers, leave out 1" in page
    assert "Observer only" in page


def test_confirming_saves_the_good_rows_and_says_how_many_were_left_out(
    owner_client: Client, owner: User
) -> None:
    response = confirm(owner_client, MESSY)

    assert response.status_code == 302
    assert response["Location"] == reverse("site_compare")
    assert sorted(SiteOption.objects.filter(owner=owner).values_list("name", flat=True)) == [
        "Boston observership",
        "Lakeside IM externship",
    ]
    message = owner_client.get(reverse("site_compare")).content.decode()
    assert "Imported 2 offers; 1 row with problems left out." in message


def test_the_preview_sends_back_exactly_the_text_it_showed(owner_client: Client) -> None:
    response = preview(owner_client, MESSY)

    confirm_form = response.context["confirm"]
    assert confirm_form.initial["previewed"] == MESSY.strip()
    assert 'name="previewed"' in response.content.decode()


def test_an_uploaded_file_is_previewed_like_pasted_rows(owner_client: Client) -> None:
    upload = SimpleUploadedFile("offers.csv", OFFERS.read_bytes(), content_type="text/csv")

    response = owner_client.post(reverse("site_import"), {"upload": upload})

    assert response.status_code == 200
    assert len(response.context["good"]) == 28
    assert response.context["problems"] == []


def test_a_windows_excel_file_is_read_and_said_so(owner_client: Client) -> None:
    raw = "name,city\nClínica São Paulo,Miami\n".encode("cp1252")
    upload = SimpleUploadedFile("offers.csv", raw, content_type="text/csv")

    response = owner_client.post(reverse("site_import"), {"upload": upload})

    page = response.content.decode()
    assert "read as Windows-1252" in page
    assert "Clínica São Paulo" in page


@pytest.mark.parametrize(
    ("raw", "said"),
    [
        (b"PK\x03\x04\x00\x00binary", "save the spreadsheet as CSV first"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "holds NUL bytes"),
        (b"x" * (defaults.SITE_CSV_MAX_BYTES + 1), "The file is larger than 96 KB"),
    ],
)
def test_a_hostile_upload_is_refused_with_a_message_and_nothing_saved(
    owner_client: Client, raw: bytes, said: str
) -> None:
    upload = SimpleUploadedFile("offers.csv", raw, content_type="text/csv")

    response = owner_client.post(reverse("site_import"), {"upload": upload})

    assert response.status_code == 400
    assert said in response.content.decode()
    assert SiteOption.objects.count() == 0


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("provider,city\nA,B\n", "the first row must be the header row"),
        ('name,notes\nA,"never closed\n', "is a quote left open?"),
        ("name\n" + "Offer\n" * (defaults.SITE_OPTIONS_PER_ACCOUNT + 1), "holds 201 offers"),
    ],
)
def test_pasted_text_that_is_no_offers_csv_is_refused_whole(
    owner_client: Client, text: str, said: str
) -> None:
    response = preview(owner_client, text)

    assert response.status_code == 400
    assert said in response.content.decode()
    assert text.splitlines()[0] in response.content.decode()  # kept in the box to fix


def test_a_refused_confirmation_saves_nothing_and_gives_the_text_back(owner_client: Client) -> None:
    response = confirm(owner_client, "provider\nnope\n")

    assert response.status_code == 400
    assert "Nothing was imported" in response.content.decode()
    assert SiteOption.objects.count() == 0


def test_nothing_to_preview_is_asked_for(owner_client: Client) -> None:
    response = preview(owner_client, "   ")

    assert response.status_code == 400
    assert "Paste the rows or choose a CSV file." in response.content.decode()


def test_formula_cells_are_stored_as_text_and_exported_harmless(
    owner_client: Client, owner: User
) -> None:
    confirm(owner_client, "name,notes\n\"=cmd|' /C calc'!A0\",@SUM(1+1)\n")

    stored = SiteOption.objects.get(owner=owner)
    page = owner_client.get(reverse("site_compare")).content.decode()
    export = owner_client.get(reverse("site_export")).content.decode("utf-8-sig")

    assert stored.name == "=cmd|' /C calc'!A0"
    assert "=cmd|&#x27; /C calc&#x27;!A0" in page
    assert export.splitlines()[1].startswith("'=cmd|' /C calc'!A0,")
    assert ",'@SUM(1+1)," in export


def test_an_import_past_the_account_limit_saves_none_of_it(
    owner_client: Client, owner: User
) -> None:
    room = defaults.SITE_OPTIONS_PER_ACCOUNT - 1
    SiteOption.objects.bulk_create(SiteOption(owner=owner, name=f"Kept {n}") for n in range(room))

    response = confirm(owner_client, "name\nOne\nTwo\n")

    assert response.status_code == 400
    assert "201 offers would be more than the 200 an account can keep" in (
        response.content.decode()
    )
    assert SiteOption.objects.count() == room


def test_the_import_page_lists_the_stable_columns(owner_client: Client) -> None:
    page = owner_client.get(reverse("site_import")).content.decode()

    assert ",".join(COLUMNS) in page


def test_a_paste_larger_than_a_form_may_carry_is_refused_without_an_error_page(
    owner_client: Client,
) -> None:
    huge = "name\n" + "An offer pasted again and again\n" * 6000

    response = preview(owner_client, huge)

    assert response.status_code in {400, 413}
    assert SiteOption.objects.count() == 0


def test_a_refused_upload_puts_its_text_in_the_box_to_fix(owner_client: Client) -> None:
    upload = SimpleUploadedFile("offers.csv", b"provider,city\nA,B\n", content_type="text/csv")

    response = owner_client.post(reverse("site_import"), {"upload": upload})

    assert response.status_code == 400
    assert "provider,city\nA,B" in response.content.decode()
