"""Django adapters of core date rules: model fields, forms and services raise the same
ValidationError from the one core check."""

from __future__ import annotations

from datetime import date

from django.core.exceptions import ValidationError

from lorkit.core.dates import out_of_range, span_problems


def plannable_date(value: date) -> None:
    message = out_of_range(value)
    if message:
        raise ValidationError(message, code="out_of_range")


def check_span(start: date, end: date) -> None:
    """Raise a ValidationError keyed by field ("start", "end") when the span is refused."""
    problems = span_problems(start, end)
    if problems:
        raise ValidationError(
            {name: ValidationError(message, code="span") for name, message in problems.items()}
        )
