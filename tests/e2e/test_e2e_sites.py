"""Choosing where to rotate on a phone, in a real Chromium at 390 px: paste ten offers copied
from providers' pages (and one row lorkit cannot read) into the import, check the preview,
confirm, compare them on the table and the chart's phone list, filter, and book the best one,
which opens its plan. Every page passes axe and never scrolls sideways."""

from __future__ import annotations

import os
from datetime import date, timedelta
from typing import Any

import pytest
from phone_browser import page_problems, phone_context, skip_without_browser

skip_without_browser()

from playwright.sync_api import Page, expect  # noqa: E402

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PASSWORD = "plenty-of-letters-7"
HEADER = (
    "name,provider,city,state,specialty,kind,setting,supervision,letter_policy,duties,weeks,"
    "price,fees,living_cost,start_dates,residency_applicants,requirements,source_url,notes"
)


def offers_csv() -> str:
    """Ten offers as providers word them, starting soon enough to count this season, and one
    row lorkit cannot read."""
    soon = (date.today() + timedelta(days=45)).isoformat()
    later = (date.today() + timedelta(days=75)).isoformat()
    rows = [
        f"Lakeside Community Hospital IM externship,Example Rotations,Toledo,OH,IM,Externship,"
        f'"Community teaching hospital, inpatient",1:1 with attending,LOR on performance,'
        f'"H&P, SOAP notes, present on rounds",4,"$2,800 per 4 weeks",$150,"$1,200/month",'
        f'"{soon}, {later}",yes,Step 1 passed,https://example.org/lakeside,',
        f"Brand-name Academic IM observership,Prestige Health,Boston,MA,Internal Medicine,"
        f'Observership,"academic, inpatient",many students per preceptor,certificate,'
        f'observe only,4,"$4,500–6,000 per month",$500,"$2,500/month",{soon},yes,,,',
        "Week-long IM shadowing,,Chicago,IL,Internal Medicine,shadowing,community hospital,"
        "small group,generic,none,1 week,$900,,,rolling,yes,,,",
        "Sunrise Internal Medicine Office,IMG Rotations,Orlando,FL,IM,clinical rotation,"
        'private office,1:1,LOR provided,"H&P, notes",4-8,$250/week,USD 300,"$1,100/month",'
        "monthly,yes,,,",
        f'Rural Family Medicine externship,,Billings,MT,FM,externship,"community, outpatient",'
        f'one preceptor,LOR offered,all,4,"$1,425 per month",,$900/month,{later},yes,,,',
        f'Valley Medical Center sub-internship,,Phoenix,AZ,IM,Sub-I,"community, inpatient",'
        f'small team,LoR possible,all,4,"$3,500 per 4 weeks",$200,"$1,400/month",{soon},'
        f"current students only,,,",
        "Cardiovascular outcomes research,,Baltimore,MD,IM,research,academic,one preceptor,"
        'letter possible,,3 months,free,,"$2,000/month",rolling,yes,,,',
        "Private GI practice rotation,,Miami,FL,Gastroenterology,externship,private practice,"
        '1:1,personalized,"procedures, notes",2-4 weeks,"$1,500–2,000 per 2 weeks",,'
        '"$1,500/month",rolling,yes,,,',
        "Contact-us IM externship,,Dallas,TX,IM,externship,community,1:1,on performance,"
        '"H&P, notes",4,contact for pricing,,"$1,000/month",rolling,yes,,,',
        f'Surgery sub-I with residents,,Nashville,TN,General Surgery,sub-I,"academic, inpatient",'
        f'residents only,generic,"scrub, notes",4,"$4,200",,"$1,300/month",{soon},yes,,,',
        "Mystery rotation,,Nowhere,Ontario,IM,fellowship,,,,,a while,two grand,,,,,,,",
    ]
    return "\n".join([HEADER, *rows]) + "\n"


@pytest.fixture
def applicant(transactional_db: None) -> Any:
    from lorkit.accounts.services import user_create

    user = user_create(username="chooser", password=PASSWORD, today=date.today())
    user.profile.specialty = "Internal Medicine"
    user.profile.save()
    return user


@pytest.fixture
def phone(live_server: Any, applicant: Any) -> Any:
    with phone_context(live_server.url) as context:
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto("/login/?next=/sites/")
        page.fill("#id_username", "chooser")
        page.fill("#id_password", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url("**/sites/")
        yield page
        assert errors == [], f"JavaScript errors: {errors}"


def test_an_applicant_imports_ten_offers_compares_them_and_books_the_best(phone: Page) -> None:
    problems = page_problems(phone, "sites, empty")
    expect(phone.locator("h1")).to_have_text("Rotation sites")

    phone.locator("a.button", has_text="Import a CSV").first.click()
    phone.fill("#id_pasted", offers_csv())
    phone.locator("button", has_text="Preview").click()

    preview = phone.locator(".preview")
    expect(preview).to_contain_text("10 offers ready to import.")
    expect(preview).to_contain_text("Row 12, state: 'Ontario' is not a U.S. state")
    expect(preview).to_contain_text("Row 12, kind: 'fellowship' is not a kind lorkit knows")
    problems += page_problems(phone, "import preview")
    phone.locator("button", has_text="Import 10 offers, leave out 1").click()

    phone.wait_for_url("**/sites/")
    expect(phone.locator("#toast")).to_contain_text(
        "Imported 10 offers; 1 row with problems left out."
    )
    rows = phone.locator(".compare-table tbody tr")
    expect(rows).to_have_count(10)
    expect(rows.first).to_contain_text("Lakeside Community Hospital IM externship")
    expect(rows.first.locator(".chance")).to_have_text("High")
    expect(phone.locator(".cost-chart-svg")).to_be_hidden()  # the phone shows the list
    expect(phone.locator(".chart-list li")).to_have_count(10)
    flagged = phone.locator(".compare-table tr.is-flagged")
    expect(flagged).to_have_count(3)
    expect(flagged.first.locator(".flag").first).to_be_visible()
    rows.first.locator("details.why summary").click()
    expect(rows.first.locator(".site-score-lines")).to_contain_text("your target specialty")
    problems += page_problems(phone, "comparison")

    phone.locator("label", has_text="Hide flagged offers").click()
    phone.locator("button", has_text="Show").click()
    expect(phone.locator(".compare-table tbody tr")).to_have_count(7)

    phone.locator(".compare-table tbody tr").first.locator("button", has_text="Book").click()

    expect(phone.locator("h1")).to_contain_text("Lakeside Community Hospital IM externship")
    expect(phone.locator("#toast")).to_contain_text("Booked Lakeside Community Hospital")
    expect(phone.locator("li.milestone")).to_have_count(14)
    problems += page_problems(phone, "booked rotation")

    phone.goto("/sites/")
    expect(phone.locator(".compare-table tbody tr").first).to_contain_text("Booked: see plan")
    expect(phone.locator(".usce")).to_contain_text("1.0 month")
    phone.locator(".compare-table tbody tr").first.locator("td[data-label=Offer] a").click()
    expect(phone.locator(".verdict")).to_contain_text("92")
    problems += page_problems(phone, "offer page")
    for path in ("/sites/new/", "/sites/weights/", "/sites/import/"):
        phone.goto(path)
        problems += page_problems(phone, path)

    assert problems == [], "\n".join(problems)


def test_a_refused_offer_form_keeps_what_was_typed_on_a_phone(phone: Page) -> None:
    phone.goto("/sites/new/")
    phone.fill("#id_name", "Typed on the wards")
    phone.fill("#id_price", "two grand")
    phone.fill("#id_weeks", "4")
    phone.locator("button", has_text="Add offer and score it").click()

    expect(phone.locator(".error-box")).to_contain_text("Nothing was saved")
    expect(phone.locator("#id_name")).to_have_value("Typed on the wards")
    expect(phone.locator("#id_price")).to_have_value("two grand")
    assert page_problems(phone, "refused offer form") == []
