"""The parts of pages written in Python (plans/markup.py): the timeline's SVG and list, and
the milestone items. They must escape every text from the data and keep the accessible
names, titles and forms the templates had."""

from __future__ import annotations

import re
from datetime import date

import pytest
from django.forms.utils import ErrorDict, ErrorList
from django.urls import reverse, set_script_prefix

from lorkit.core.rotation import Rotation as CoreRotation
from lorkit.core.timeline import TimelineRow, layout_timeline
from lorkit.plans.markup import (
    IdUrl,
    ItemSetting,
    milestone_item,
    milestone_items,
    rotation_links,
    timeline_legend,
    timeline_svg,
)
from lorkit.plans.models import Milestone, Rotation

HOSTILE = "<script>alert(\"x\")</script> & 'Sons'"
ESCAPED = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#x27;Sons&#x27;"
TODAY = date(2027, 1, 14)


def timeline(site: str = "Mercy", title: str = "Thank Dr. Lee in person"):  # type: ignore[no-untyped-def]
    rotation = CoreRotation(date(2027, 1, 4), date(2027, 1, 31), site=site)
    row = TimelineRow(rotation, [(date(2027, 1, 31), title, "open")])
    return layout_timeline([row], TODAY, date(2027, 9, 1), [("Match Day", date(2028, 3, 17))])


def test_the_svg_is_one_image_named_by_its_span() -> None:
    svg = str(timeline_svg(timeline()))

    assert svg.startswith('<svg viewBox="0 0 1000 54" class="timeline-svg" role="img" ')
    assert 'aria-label="Season timeline from 21 Dec 2026 to 15 Sep 2027"' in svg
    assert svg.endswith("</svg>")


def test_every_bar_dot_and_marker_carries_a_title_with_its_dates() -> None:
    svg = str(timeline_svg(timeline()))

    titles = re.findall(r"<title>(.*?)</title>", svg)

    assert titles == [
        "Mercy: 4 Jan – 31 Jan 2027",
        "31 Jan: Thank Dr. Lee in person (open)",
        "Today: 14 Jan 2027",
        "Submission target: 1 Sep 2027",
    ]  # Match Day falls after the axis, so it has no marker
    assert svg.count('<text class="month-label"') == 9  # Jan to Sep
    assert '<text class="month-label" x="' in svg and ">Jan 2027</text>" in svg


def test_labels_and_titles_from_the_data_are_escaped() -> None:
    drawn = timeline(site=HOSTILE, title=HOSTILE)

    svg, legend = str(timeline_svg(drawn)), str(timeline_legend(drawn))

    assert "<script>" not in svg + legend
    assert svg.count(ESCAPED) == 3  # the bar's title and label, the dot's title
    assert legend.count(ESCAPED) == 1


def test_the_legend_lists_the_rotations_then_the_markers() -> None:
    legend = str(timeline_legend(timeline()))

    assert re.findall(r"</span>(.*?)</li>", legend) == [
        "Mercy · 4 Jan – 31 Jan 2027",
        "Today · 14 Jan 2027",
        "Submission target · 1 Sep 2027",
    ]


def item(milestone: Milestone, **setting: object) -> str:
    values: dict[str, object] = {"today": TODAY, "csrf_token": "tok", "next_url": "/week/"}
    values.update(setting)
    return str(milestone_item(milestone, ItemSetting(**values)))  # type: ignore[arg-type]


def test_an_overdue_item_is_marked_and_offers_done_and_skip(rotation: Rotation) -> None:
    intro = rotation.milestones.get(key="intro")

    html = item(intro)

    assert html.startswith(f'<li class="milestone status-open overdue" id="milestone-{intro.pk}">')
    assert '<span class="tag overdue">overdue</span>' in html
    assert f'action="/milestones/{intro.pk}/status/"' in html
    assert f'hx-target="#milestone-{intro.pk}"' in html
    assert 'value="done"' in html and 'value="skipped"' in html and ">Reopen<" not in html
    assert '<input type="hidden" name="csrfmiddlewaretoken" value="tok">' in html
    assert 'maxlength="2000"' in html


def test_a_closed_item_shows_its_status_and_offers_to_reopen(rotation: Rotation) -> None:
    intro = rotation.milestones.get(key="intro")
    intro.status = "done"

    html = item(intro)

    assert html.startswith('<li class="milestone status-done" ')
    assert '<span class="tag done">done</span>' in html
    assert ">Reopen<" in html and 'value="skipped"' not in html


def test_stored_text_is_escaped_everywhere_it_appears(rotation: Rotation) -> None:
    Rotation.objects.filter(pk=rotation.pk).update(attending_name=HOSTILE, site=HOSTILE)
    thanks = Milestone.objects.select_related("rotation").get(
        rotation=rotation, key="last_day_thanks"
    )
    thanks.note = HOSTILE

    html = item(thanks, show_rotation=True, next_url="/?a=<b>")

    assert "<script>" not in html
    assert f'<span class="title">Thank {ESCAPED} in person</span>' in html
    assert f'<p class="note">Note: {ESCAPED}</p>' in html
    assert f'value="{ESCAPED}"' in html  # the note field keeps the note
    assert f'aria-label="Note for Thank {ESCAPED} in person"' in html
    assert f'<span class="muted">· {ESCAPED} (Internal Medicine)</span>' in html
    assert 'name="next" value="/?a=&lt;b&gt;"' in html


def test_a_refused_change_shows_its_errors_in_the_item(rotation: Rotation) -> None:
    errors = ErrorDict({"status": ErrorList(["This field is required."])})

    html = item(rotation.milestones.get(key="intro"), form_errors=errors)

    assert '<p class="error" role="alert">This field is required.</p>' in html


def test_an_item_without_a_token_writes_no_token_field(rotation: Rotation) -> None:
    assert "csrfmiddlewaretoken" not in item(rotation.milestones.get(key="ask"), csrf_token="")


def test_a_one_day_window_shows_its_weekday(rotation: Rotation) -> None:
    html = item(rotation.milestones.get(key="last_day_thanks"))

    assert '<div class="when">\nSun 31 Jan\n' in html


@pytest.mark.parametrize("prefix", ["/", "/lorkit/0/"])
@pytest.mark.parametrize("route", ["milestone_status", "rotation_detail"])
@pytest.mark.parametrize("object_id", [0, 7, 10, 12345])
def test_an_address_built_for_an_id_is_the_one_django_reverses(
    prefix: str, route: str, object_id: int
) -> None:
    set_script_prefix(prefix)
    try:
        built = IdUrl.resolved(route).of(object_id)
        assert built == reverse(route, args=[object_id])
        assert built.startswith(prefix) and f"/{object_id}/" in built
    finally:
        set_script_prefix("/")


def test_the_rotation_list_links_each_rotation_with_its_dates_and_kind(
    rotation: Rotation,
) -> None:
    Rotation.objects.filter(pk=rotation.pk).update(site=HOSTILE)
    rotation.refresh_from_db()

    html = str(rotation_links([rotation]))

    assert html == (
        f'<li><a href="/rotations/{rotation.pk}/">{ESCAPED} (Internal Medicine)</a> '
        '<span class="muted">4 Jan – 31 Jan 2027</span> <span class="tag">hands-on</span></li>'
    )


@pytest.mark.parametrize(
    ("start", "end", "shown"),
    [
        (date(2027, 1, 4), date(2027, 1, 8), "4 Jan – 8 Jan"),  # this year: no year
        (date(2027, 1, 8), date(2027, 1, 8), "Fri 8 Jan"),
        (date(2026, 11, 2), date(2026, 11, 9), "2 Nov – 9 Nov 2026"),  # last year's
        (date(2026, 12, 28), date(2027, 1, 3), "28 Dec 2026 – 3 Jan 2027"),  # across the new year
        (date(2026, 12, 30), date(2026, 12, 30), "Wed 30 Dec 2026"),
        (date(2028, 1, 5), date(2028, 1, 9), "5 Jan – 9 Jan 2028"),  # next year's
    ],
)
def test_a_window_shows_its_year_only_when_it_is_not_this_one(
    rotation: Rotation, start: date, end: date, shown: str
) -> None:
    milestone = rotation.milestones.get(key="intro")
    milestone.start, milestone.end = start, end

    assert f'<div class="when">\n{shown}\n' in item(milestone)


def test_agenda_items_return_to_the_next_item_and_the_last_to_the_agenda(
    rotation: Rotation,
) -> None:
    first, second = rotation.milestones.all()[:2]
    setting = ItemSetting(today=TODAY, csrf_token="t", next_url="/", agenda=True)

    html = str(milestone_items([first, second], setting))

    first_item, second_item = html.split("\n<li", 1)
    assert f'name="after" value="milestone-{second.pk}"' in first_item
    assert 'name="after" value="agenda"' in second_item


def test_items_outside_the_agenda_carry_no_return_anchor(rotation: Rotation) -> None:
    assert 'name="after"' not in item(rotation.milestones.get(key="intro"))
