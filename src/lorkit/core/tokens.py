"""Secret tokens in links (calendar feeds now, writer links later): random, shown once,
stored only as a digest, so a leaked database does not leak working links."""

from __future__ import annotations

import hashlib
import re
import secrets

# What `secrets.token_urlsafe` produces: URL-safe base64 without padding.
TOKEN_SHAPE = re.compile(r"[A-Za-z0-9_-]{16,128}")


def new_token(random_bytes: int) -> str:
    return secrets.token_urlsafe(random_bytes)


def token_digest(token: str) -> str:
    """SHA-256 in hex. A token carries 256 random bits, so a fast unsalted hash is enough:
    salting and stretching protect guessable secrets such as passwords, not these."""
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def is_token_shaped(value: str) -> bool:
    """Whether `value` could be a token at all; anything else (NUL, '%00', slashes, a
    megabyte of text) is turned away before it reaches the database."""
    return TOKEN_SHAPE.fullmatch(value) is not None
