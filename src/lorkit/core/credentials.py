"""Rules for usernames and passwords that Django's defaults miss: one spelling per username,
and common passwords caught even when dressed up ("Passw0rd!" is "password")."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection

from lorkit.core import defaults

# ASCII only: "аlice" with a Cyrillic "а" looks like "alice" on every screen.
USERNAME_SHAPE = re.compile(r"[a-z0-9._@+-]+", re.ASCII)
# What people put in place of letters, read back as the letters ("1" stands for l or i).
LOOKALIKES = (str.maketrans("013457@$!", "oleastasi"), str.maketrans("013457@$!", "oieastasi"))


def normalize_username(raw: str) -> str:
    """The one stored spelling: compatibility forms folded (full-width letters become
    ASCII), surrounding spaces dropped, and case ignored."""
    return unicodedata.normalize("NFKC", raw).strip().casefold()


def username_problem(username: str) -> str | None:
    """A message when a normalised username cannot be used, else None."""
    low, high = defaults.USERNAME_LENGTH
    if not low <= len(username) <= high:
        return f"Use {low} to {high} characters."
    if not USERNAME_SHAPE.fullmatch(username):
        return "Use only the letters a–z, digits and . _ @ + - (no spaces or accented letters)."
    return None


def password_variants(password: str) -> set[str]:
    """What a password reduces to once case, digits and symbols tacked on at either end,
    and digits standing in for letters are undone."""
    lowered = password.casefold()
    trimmed = lowered.strip("0123456789!@#$%^&*()_+-=.,?~ ")
    read = {text.translate(table) for text in (lowered, trimmed) for table in LOOKALIKES}
    return {lowered, trimmed, *read}


def is_common_password(password: str, common: Collection[str]) -> bool:
    """True when the password, or any reading of it by `password_variants`, is in `common`."""
    return any(variant in common for variant in password_variants(password) if variant)
