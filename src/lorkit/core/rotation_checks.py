"""Warnings about a rotation's dates: the ones that cost letters, stated before they do."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from lorkit.core import defaults


@dataclass(frozen=True)
class DatedRotation:
    label: str
    start: date
    end: date


@dataclass(frozen=True)
class RotationWarning:
    code: str
    message: str


def date_errors(start: date, end: date) -> list[str]:
    """Hard errors: a rotation that ends before it starts cannot be saved."""
    if end < start:
        return [f"The end date ({end.isoformat()}) is before the start date ({start.isoformat()})."]
    return []


def rotation_warnings(
    rotation: DatedRotation,
    others: Iterable[DatedRotation],
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
    days = (rotation.end - rotation.start).days + 1
    if days < defaults.SHORT_ROTATION_DAYS:
        found.append(
            RotationWarning(
                "short",
                f"Only {days} day{'s' if days != 1 else ''}: under "
                f"{defaults.SHORT_ROTATION_DAYS} days a strong letter is unlikely.",
            )
        )
    return found
