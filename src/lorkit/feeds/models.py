from __future__ import annotations

from django.conf import settings
from django.db import models


class CalendarFeed(models.Model):
    """A private subscription address: whoever holds the token can read the plan as .ics.
    Only the token's digest is stored, so the address is shown once, when it is issued.
    Revoking deletes the row; regenerating replaces the token, so old links stop at once."""

    owner = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed"
    )
    token_hash = models.CharField(max_length=64, unique=True)
    created = models.DateTimeField()
    expires = models.DateTimeField()

    def __str__(self) -> str:
        return f"Calendar feed of {self.owner}"
