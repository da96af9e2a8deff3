"""The parts of pages drawn many times over, written in Python rather than in templates: the
season timeline (core/timeline.py's layout) as SVG and as the list beneath it, Today's list of
rotations, and the milestone items of the agenda and the rotation pages.

Today draws a few hundred SVG elements and, for an applicant who fell behind, hundreds of
milestone items; the template engine, resolving a dozen or more variables and filters for each,
took two thirds of the page's time. Every text from the data (labels, titles, scripts, notes,
statuses) is escaped with `escape` (the standard library's html.escape, which Django's `escape`
calls: calling it directly skips Django's lazy-text wrapper, a third of the cost per element);
numbers and dates are formatted here. The few outer pieces use `format_html`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from html import escape

from django.urls import reverse
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.safestring import SafeString

from lorkit.core import defaults
from lorkit.core.timeline import BAR_HEIGHT, WIDTH, Bar, Dot, Marker, Timeline
from lorkit.core.vocabulary import MilestoneStatus
from lorkit.plans.models import Milestone, Rotation
from lorkit.validators import Flagged

# English month abbreviations, as the pages' date filters write them ("4 Jan 2027"), whatever
# the server's locale.
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTH_LINE_TOP = 4
MONTH_LABEL_Y = 13
MARKER_TOP = 16
DOT_RADIUS = 3.2
BAR_CORNER = 3


def day_month(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]}"


def day_month_year(day: date) -> str:
    return f"{day_month(day)} {day.year}"


def weekday_day_month(day: date) -> str:
    return f"{WEEKDAYS[day.weekday()]} {day_month(day)}"


def timeline_svg(timeline: Timeline) -> SafeString:
    """The timeline as one accessible SVG image: named by its span (role=img, aria-label),
    each bar, dot and marker titled with its dates."""
    height = timeline.height
    label = f"Season timeline from {day_month_year(timeline.first)} to "
    label += day_month_year(timeline.last)
    elements = [
        *(_month(tick, height) for tick in timeline.months),
        *(_bar(bar) for bar in timeline.bars),
        *(_dot(dot) for dot in timeline.dots),
        *(_marker(marker, height) for marker in timeline.markers),
    ]
    return format_html(
        '<svg viewBox="0 0 {} {}" class="timeline-svg" role="img" aria-label="{}">{}</svg>',
        WIDTH,
        height,
        label,
        SafeString("".join(elements)),  # each element escapes its own text
    )


def timeline_legend(timeline: Timeline) -> SafeString:
    """The list beside the SVG (and instead of it on phones): each rotation with its dates,
    then today, the submission target and the season's dates."""
    bars = format_html_join(
        "",
        '<li><span class="swatch bar"></span>{} · {} – {}</li>',
        ((bar.label, day_month(bar.start), day_month_year(bar.end)) for bar in timeline.bars),
    )
    markers = format_html_join(
        "",
        '<li><span class="swatch {}"></span>{} · {}</li>',
        ((mark.kind, mark.label, day_month_year(mark.day)) for mark in timeline.markers),
    )
    return format_html("{}{}", bars, markers)


def rotation_links(rotations: Sequence[Rotation]) -> SafeString:
    """Today's list of rotations: each a link to its page, with its dates and kind."""
    detail = IdUrl.resolved("rotation_detail")
    return SafeString(
        "".join(
            f'<li><a href="{escape(detail.of(r.pk))}">{escape(r.label)}</a> '
            f'<span class="muted">{day_month(r.start)} – {day_month_year(r.end)}</span> '
            f'<span class="tag">{escape(r.kind)}</span></li>'
            for r in rotations
        )
    )


def _month(tick: Marker, height: int) -> str:
    # The label sits 3 units right of its line (the template wrote the line's x, whole units).
    return (
        f'<line class="month" x1="{tick.x}" x2="{tick.x}" y1="{MONTH_LINE_TOP}" y2="{height}"/>'
        f'<text class="month-label" x="{int(tick.x) + 3}" y="{MONTH_LABEL_Y}">'
        f"{escape(tick.label)}</text>"
    )


def _bar(bar: Bar) -> str:
    label = escape(bar.label)
    anchor = ' text-anchor="end"' if bar.label_on_left else ""
    return (
        f'<rect class="bar" x="{bar.x}" y="{bar.y}" width="{bar.width}" height="{BAR_HEIGHT}" '
        f'rx="{BAR_CORNER}"><title>{label}: {day_month(bar.start)} – {day_month_year(bar.end)}'
        f'</title></rect><text class="bar-label" x="{bar.label_x}" y="{bar.label_y}"{anchor}>'
        f"{label}</text>"
    )


def _dot(dot: Dot) -> str:
    status = escape(dot.status)
    return (
        f'<circle class="dot {status}" cx="{dot.x}" cy="{dot.y}" r="{DOT_RADIUS}"><title>'
        f"{day_month(dot.day)}: {escape(dot.title)} ({status})</title></circle>"
    )


def _marker(marker: Marker, height: int) -> str:
    return (
        f'<line class="marker {escape(marker.kind)}" x1="{marker.x}" x2="{marker.x}" '
        f'y1="{MARKER_TOP}" y2="{height}"><title>{escape(marker.label)}: '
        f"{day_month_year(marker.day)}</title></line>"
    )


@dataclass(frozen=True)
class IdUrl:
    """The address of a route that takes one id (`rotation_detail`, `milestone_status`), for
    any id, from one `reverse` per page: Django's reverse takes some 20 µs, and Today may link
    hundreds of items. The address is the one `reverse` gives for id 0, with the id's path
    segment (the last "/0/") replaced; tests check it against `reverse`."""

    head: str
    tail: str

    @classmethod
    def resolved(cls, route: str) -> IdUrl:
        head, tail = reverse(route, args=[0]).rsplit("/0/", 1)
        return cls(head, tail)

    def of(self, object_id: int) -> str:
        return f"{self.head}/{object_id}/{self.tail}"


# Where a form sent from the agenda returns when its item was the last of its list.
AGENDA_ANCHOR = "agenda"


def _status_url() -> IdUrl:
    return IdUrl.resolved("milestone_status")


@dataclass(frozen=True)
class ItemSetting:
    """What every milestone item of one page shares: the day, the form's CSRF token, where
    the form returns to, whether items name their rotation, the errors of the form just sent
    (the HTMX answer to a refused change) and the form's address."""

    today: date
    csrf_token: str
    next_url: str
    show_rotation: bool = False
    form_errors: Mapping[str, Sequence[str]] | None = None
    status_url: IdUrl = field(default_factory=_status_url)
    # On Today and This week a closed step leaves the list when the page reloads, so a form
    # sent without scripts returns to the next item (`after`) instead of its own.
    agenda: bool = False
    after: str = AGENDA_ANCHOR
    # What was typed in a note the server refused: the box shows it again, not the stored note.
    typed_note: str | None = None
    # The privacy guard's findings in that note, and what the applicant tried to do with it.
    privacy: Flagged | None = None
    tried_status: str = ""


def milestone_items(milestones: Sequence[Milestone], setting: ItemSetting) -> SafeString:
    """The <li> of each milestone, as `milestone_item` writes them."""
    labels: dict[int, str] = {}  # a rotation's label, worked out once for all its milestones
    items = []
    for index, m in enumerate(milestones):
        if setting.agenda:
            following = milestones[index + 1] if index + 1 < len(milestones) else None
            after = item_anchor(following.pk) if following else AGENDA_ANCHOR
            setting = replace(setting, after=after)
        items.append(milestone_item(m, setting, labels))
    return SafeString("\n".join(items))


def item_anchor(milestone_id: int) -> str:
    return f"milestone-{milestone_id}"


def milestone_item(
    milestone: Milestone, setting: ItemSetting, labels: dict[int, str] | None = None
) -> SafeString:
    """One milestone as an <li>: its window, marks (overdue, done, skipped), title (with its
    rotation when `show_rotation`), script, note, and the form that saves its note or marks
    it done, skipped or open again, answered over HTMX with this same item.

    "Save note" is the form's first button, so Enter in the note box saves the note and
    leaves the step as it is (a browser sends a form's first button on Enter)."""
    m = milestone
    labels = {} if labels is None else labels
    rotation = _rotation_part(m, labels) if setting.show_rotation else ""
    url = escape(setting.status_url.of(m.pk))
    status, title, note = escape(m.status), escape(m.title), escape(m.note)
    typed = note if setting.typed_note is None else escape(setting.typed_note)
    overdue = m.is_overdue(setting.today)
    lines = [
        f'<li class="milestone status-{status}{" overdue" if overdue else ""}" '
        f'id="{item_anchor(m.pk)}">',
        '<div class="when">',
        _window(m.start, m.end, setting.today.year),
        '<span class="tag overdue">overdue</span>' if overdue else "",
        f'<span class="tag {status}">{status}</span>' if m.status != MilestoneStatus.OPEN else "",
        "</div>",
        "<details>",
        f'<summary><span class="title">{title}</span>{rotation}</summary>',
        f'<ul class="script">{"".join(f"<li>{escape(line)}</li>" for line in m.script)}</ul>',
        "</details>",
        f'<p class="note">Note: {note}</p>' if m.note else "",
        _form_errors(setting.form_errors),
        f'<form class="status-form" method="post" action="{url}"',
        f'hx-post="{url}" hx-target="#milestone-{m.pk}" hx-swap="outerHTML">',
        _csrf_input(setting.csrf_token),
        f'<input type="hidden" name="next" value="{escape(setting.next_url)}">',
        '<input type="hidden" name="show_rotation" value="1">' if setting.show_rotation else "",
        f'<input type="hidden" name="after" value="{setting.after}">' if setting.agenda else "",
        # Before every button: a button pressed after a refusal sends its own status last,
        # and Django reads the last; the privacy answers send none, so this one counts.
        f'<input type="hidden" name="status" value="{escape(setting.tried_status)}">'
        if setting.privacy
        else "",
        f'<input type="text" name="note" value="{typed}" placeholder="Note (optional)" '
        f'aria-label="Note for {title}" maxlength="{defaults.NOTE_MAX_LENGTH}" '
        f'data-keep="{item_anchor(m.pk)}">',
        '<button type="submit" name="status" value="note" class="small secondary">'
        "Save note</button>",
        *_status_buttons(m.status),
        _privacy_answer(setting),
        "</form>",
        "</li>",
    ]
    return SafeString("\n".join(lines))


def _window(start: date, end: date, this_year: int) -> str:
    """The window as short as it reads unambiguously: the year only when it is not this one
    (an applicant who joins mid-season sees last December's steps)."""
    if start.year == end.year == this_year:
        if start == end:
            return weekday_day_month(start)
        return f"{day_month(start)} – {day_month(end)}"
    if start == end:
        return f"{weekday_day_month(start)} {start.year}"
    if start.year == end.year:
        return f"{day_month(start)} – {day_month_year(end)}"
    return f"{day_month_year(start)} – {day_month_year(end)}"


def _rotation_part(milestone: Milestone, labels: dict[int, str]) -> str:
    if milestone.rotation_id not in labels:
        labels[milestone.rotation_id] = escape(milestone.rotation.label)
    return f' <span class="muted">· {labels[milestone.rotation_id]}</span>'


def _form_errors(errors: Mapping[str, Sequence[str]] | None) -> str:
    if not errors:
        return ""
    messages = "".join(
        " ".join(conditional_escape(message) for message in field_errors)
        for field_errors in errors.values()
    )
    return f'<p class="error" role="alert">{messages}</p>'


def _privacy_answer(setting: ItemSetting) -> str:
    """What the guard found in a refused note, its rewrite, and the two ways on: save the
    rewrite, or keep the note as typed because what was found is not a patient identifier.
    Both resend the status that was tried (the buttons come after it in the form)."""
    flagged = setting.privacy
    if flagged is None:
        return ""
    found = "".join(
        f"<li><mark>{escape(f.text)}</mark>: {escape(f.reason)}</li>" for f in flagged.findings
    )
    return (
        '<div class="privacy-answer">'
        "<p>This note may identify a patient. lorkit warns before saving; it cannot promise a "
        "note is free of identifiers.</p>"
        f'<ul class="findings">{found}</ul>'
        f"<p>Suggested rewrite: <q>{escape(flagged.rewrite)}</q></p>"
        '<button type="submit" name="privacy" value="rewrite" class="small">'
        "Save the rewrite</button>"
        '<button type="submit" name="privacy" value="allow" class="small secondary">'
        "Not a patient: keep as typed</button></div>"
    )


def _csrf_input(token: str) -> str:
    # As Django's {% csrf_token %} writes it: nothing when the page has no token.
    if not token or token == "NOTPROVIDED":
        return ""
    return f'<input type="hidden" name="csrfmiddlewaretoken" value="{escape(token)}">'


def _status_buttons(status: str) -> list[str]:
    if status == MilestoneStatus.OPEN:
        return [
            '<button type="submit" name="status" value="done" class="small">Done</button>',
            '<button type="submit" name="status" value="skipped" class="small secondary">'
            "Skip</button>",
        ]
    return [
        '<button type="submit" name="status" value="open" class="small secondary">Reopen</button>'
    ]
