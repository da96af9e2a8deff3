"""Template filters that write amounts, lengths and labels as core/sites.py does, so a page
never restates how a cost or a length reads."""

from __future__ import annotations

from collections.abc import Mapping

from django import template

from lorkit.core.sites import (
    KIND_LABELS,
    CostRange,
    Length,
    Money,
    days_text,
    length_text,
    money_text,
)
from lorkit.sites.selectors import FLAG_LABELS, cost_text

register = template.Library()


@register.filter
def get_label(labels: Mapping[str, str], key: str) -> str:
    """{{ labels|get_label:key }}: the label of a vocabulary value, or the value itself."""
    return labels.get(key, key)


@register.filter
def weeks(days: int) -> str:
    return days_text(days)


@register.filter
def dollars(cost: CostRange | None) -> str:
    return cost_text(cost)


@register.filter
def money(amount: Money | None) -> str:
    return money_text(amount) if amount is not None else "not known"


@register.filter
def length_words(length: Length | None) -> str:
    return length_text(length) if length is not None else "not known"


@register.filter
def flag_label(code: str) -> str:
    return FLAG_LABELS.get(code, code)


@register.filter
def kind_label(kind: str | None) -> str:
    return KIND_LABELS[kind] if kind else "not known"
