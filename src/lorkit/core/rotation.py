"""One rotation as the rules see it: the plan, the checks, the timeline and the export all
read this shape, so a field added here reaches all of them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from lorkit.core.vocabulary import RotationKind, RotationPhase, Setting


@dataclass(frozen=True)
class Rotation:
    """`id` is the rotation's stable export id (a UUID), empty for a rotation not stored yet.
    Dates are not checked here: `dates.span_problems` is the one check, run at every edge."""

    start: date
    end: date
    kind: RotationKind = RotationKind.HANDS_ON
    site: str = ""
    specialty: str = ""
    setting: Setting = Setting.INPATIENT
    city: str = ""
    state: str = ""
    attending_name: str = ""
    attending_email: str = ""
    id: str = ""

    @property
    def label(self) -> str:
        """How the applicant names it: the site, and the specialty when known."""
        return f"{self.site} ({self.specialty})" if self.specialty else self.site

    @property
    def location(self) -> str:
        """Where it happens, as a calendar event's location: site, city, state."""
        return ", ".join(part for part in (self.site, self.city, self.state) if part)

    @property
    def length(self) -> int:
        """N: the number of calendar days, first and last included."""
        return (self.end - self.start).days + 1

    def day(self, number: int) -> date:
        """The date of rotation day `number` (day 1 is the first day)."""
        return self.start + timedelta(days=number - 1)

    def phase(self, today: date) -> RotationPhase:
        """Ahead until its first day, under way through its last day, finished after."""
        if self.end < today:
            return RotationPhase.FINISHED
        if self.start > today:
            return RotationPhase.AHEAD
        return RotationPhase.UNDER_WAY
