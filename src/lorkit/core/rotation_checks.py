"""Warnings about a rotation's dates: the ones that cost letters, stated before they do.

Hard errors (an end before the start, a year out of range) are `dates.span_problems`."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from lorkit.core import defaults
from lorkit.core.rotation import Rotation


@dataclass(frozen=True)
class RotationWarning:
    code: str
    message: str


def rotation_warnings(
    rotation: Rotation,
    others: Iterable[Rotation],
    submission_target: date | None,
) -> list[RotationWarning]:
    """Soft warnings a rotation can still be saved with: it overlaps another, it ends after
    the applicant's submission target (its letter cannot arrive in time), or it is shorter
    than 14 days (a strong letter is unlikely)."""
    found = [
        RotationWarning(
            "overlap",
            f"Overlaps {other.label} ({other.start.isoformat()} to {other.end.isoformat()}).",
        )
        for other in others
        if other.start <= rotation.end and rotation.start <= other.end
    ]
    if submission_target is not None and rotation.end > submission_target:
        found.append(
            RotationWarning(
                "after_target",
                f"Ends after your submission target ({submission_target.isoformat()}): its "
                "letter cannot be uploaded in time for your first applications.",
            )
        )
    days = rotation.length
    if days < defaults.SHORT_ROTATION_DAYS:
        found.append(
            RotationWarning(
                "short",
                f"Only {days} day{'s' if days != 1 else ''}: under "
                f"{defaults.SHORT_ROTATION_DAYS} days a strong letter is unlikely.",
            )
        )
    return found
