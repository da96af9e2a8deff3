"""Template filters that ask the models (and so core) instead of restating a rule in markup."""

from __future__ import annotations

from datetime import date

from django import template

from lorkit.plans.models import Milestone, Rotation

register = template.Library()


@register.filter
def phase(rotation: Rotation, today: date) -> str:
    """{{ rotation|phase:today }}: ahead, under way or finished."""
    return str(rotation.phase(today))


@register.filter
def overdue(milestone: Milestone, today: date) -> bool:
    """{% if m|overdue:today %}: open and its window closed before today."""
    return milestone.is_overdue(today)
