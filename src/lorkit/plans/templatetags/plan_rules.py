"""Template filters that ask the models (and so core) instead of restating a rule in markup,
and the tags that draw the season timeline, the rotation list and milestone items
(plans/markup.py)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from django import template
from django.template.context import Context
from django.utils.safestring import SafeString

from lorkit.core import defaults
from lorkit.core.agenda import Group, group_items
from lorkit.core.timeline import Timeline
from lorkit.plans import markup
from lorkit.plans.models import Milestone, Rotation

register = template.Library()


@register.simple_tag
def timeline_svg(timeline: Timeline) -> SafeString:
    """{% timeline_svg timeline %}: the timeline as one accessible SVG image."""
    return markup.timeline_svg(timeline)


@register.simple_tag
def timeline_legend(timeline: Timeline) -> SafeString:
    """{% timeline_legend timeline %}: the timeline's list items (rotations, then markers)."""
    return markup.timeline_legend(timeline)


@register.simple_tag
def rotation_links(rotations: Sequence[Rotation]) -> SafeString:
    """{% rotation_links rotations %}: an <li> linking each rotation, with its dates and kind."""
    return markup.rotation_links(rotations)


@register.simple_tag(takes_context=True)
def milestone_item(
    context: Context, milestone: Milestone, show_rotation: Any = False, agenda: Any = False
) -> SafeString:
    """{% milestone_item m show_rotation=True %}: one milestone's <li> (plans/_milestone.html,
    which the HTMX answer renders alone)."""
    setting = _item_setting(context, show_rotation, agenda)
    if agenda and context.get("after"):
        setting = replace(setting, after=str(context["after"]))
    if context.get("typed_note") is not None:
        setting = replace(setting, typed_note=str(context["typed_note"]))
    if context.get("privacy") is not None:
        setting = replace(
            setting, privacy=context["privacy"], tried_status=str(context.get("tried_status", ""))
        )
    return markup.milestone_item(milestone, setting)


@register.simple_tag(takes_context=True)
def milestone_items(
    context: Context,
    milestones: Sequence[Milestone],
    show_rotation: Any = False,
    agenda: Any = False,
) -> SafeString:
    """{% milestone_items agenda.overdue show_rotation=True agenda=True %}: the <li> of each
    milestone; `agenda` for the lists of Today and This week."""
    return markup.milestone_items(milestones, _item_setting(context, show_rotation, agenda))


def _item_setting(context: Context, show_rotation: Any, agenda: Any) -> markup.ItemSetting:
    """What the items read from the page: today, the CSRF token, where the form returns
    (`next_url`, else this page) and the errors of a form just refused."""
    request = context["request"]
    return markup.ItemSetting(
        today=context["today"],
        csrf_token=str(context.get("csrf_token") or ""),
        next_url=context.get("next_url") or request.get_full_path(),
        show_rotation=bool(show_rotation),
        form_errors=context.get("form_errors") or None,
        agenda=bool(agenda),
    )


@register.simple_tag
def overdue_groups(overdue: Sequence[Milestone]) -> list[Group[Rotation, Milestone]]:
    """{% overdue_groups agenda.overdue as groups %}: the overdue steps by rotation, a handful
    of each (`OVERDUE_SHOWN_PER_ROTATION`)."""
    return group_items(overdue, lambda m: m.rotation, defaults.OVERDUE_SHOWN_PER_ROTATION)


@register.filter
def phase(rotation: Rotation, today: date) -> str:
    """{{ rotation|phase:today }}: ahead, under way or finished."""
    return str(rotation.phase(today))
