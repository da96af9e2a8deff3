"""A password validator that reads common passwords the way guessers write them."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.password_validation import CommonPasswordValidator
from django.core.exceptions import ValidationError

from lorkit.core.credentials import is_common_password


class CommonPasswordVariantValidator:
    """Django's list of 20,000 common passwords, matched ignoring case, digits and symbols
    added at either end, and digits standing in for letters: "Passw0rd!" is "password"."""

    def __init__(self) -> None:
        self.common = CommonPasswordValidator().passwords

    def validate(self, password: str, user: Any = None) -> None:
        if is_common_password(password, self.common):
            raise ValidationError(
                "This password is one of the most common, even with its capitals, digits or "
                "symbols: choose a phrase of your own.",
                code="password_too_common",
            )

    def get_help_text(self) -> str:
        return "Not a common password, however it is capitalised or decorated."
