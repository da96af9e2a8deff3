"""Django validators that apply core rules to model fields (and so to every ModelForm)."""

from __future__ import annotations

from datetime import date

from django.core.exceptions import ValidationError

from lorkit.core.dates import out_of_range


def plannable_date(value: date) -> None:
    message = out_of_range(value)
    if message:
        raise ValidationError(message, code="out_of_range")
