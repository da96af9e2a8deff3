"""Django adapters of core rules (dates, storable text): model fields, forms and services
raise the same ValidationError from the one core check."""

from __future__ import annotations

from datetime import date

from django.core.exceptions import ValidationError

from lorkit.core.credentials import normalize_username, username_problem
from lorkit.core.dates import out_of_range, span_problems
from lorkit.core.text import text_problem


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


def storable_text(value: str) -> None:
    """Refuse text the database cannot store or pages cannot show (`text_problem`)."""
    problem = text_problem(value)
    if problem:
        raise ValidationError(f"This text {problem}.", code="unstorable_text")


def usable_username(value: str) -> None:
    """Refuse a username that is not already in its one spelling, or has the wrong shape."""
    if value != normalize_username(value):
        raise ValidationError("Use lower-case letters, with no spaces around.", code="username")
    problem = username_problem(value)
    if problem:
        raise ValidationError(problem, code="username")
