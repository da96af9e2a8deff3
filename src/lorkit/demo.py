"""The demo applicant: a fictional season placed around today's date so that every page has
something to show (a finished rotation, one under way, one ahead, and overdue items)."""

from __future__ import annotations

from datetime import date, timedelta
from zoneinfo import ZoneInfo

from django.db import transaction
from django.utils import timezone

from lorkit.accounts.models import User
from lorkit.accounts.services import profile_for, user_create
from lorkit.core.defaults import DEFAULT_TIME_ZONE
from lorkit.core.season import season_for_date
from lorkit.core.vocabulary import MilestoneStatus
from lorkit.plans.models import Rotation
from lorkit.plans.services import rotation_save

DEMO_USERNAME = "demo"
DEMO_PASSWORD = "lorkit-demo"

# (site, city, state, specialty, kind, setting, first day relative to today, attending)
DEMO_ROTATIONS = (
    (
        "Lakeside Community Hospital",
        "Toledo",
        "OH",
        "Internal Medicine",
        "hands-on",
        "inpatient",
        -62,
        "Dr. Elena Marsh",
    ),
    (
        "Riverbend Family Clinic",
        "Dayton",
        "OH",
        "Family Medicine",
        "hands-on",
        "outpatient",
        -9,
        "Dr. Samuel Ortiz",
    ),
    (
        "Northgate Medical Center",
        "Columbus",
        "OH",
        "Internal Medicine",
        "observership",
        "inpatient",
        33,
        "",
    ),
)
DEMO_LENGTH_DAYS = 28
# Open items left behind on purpose so the overdue markers have something to show.
LEFT_OPEN = {
    ("Lakeside Community Hospital", "packet_email"),
    ("Riverbend Family Clinic", "intention_signal"),
}
SKIPPED = {("Lakeside Community Hospital", "soft_signal")}


def demo_today() -> date:
    """Today where the demo applicant lives, not on the server's clock."""
    return timezone.now().astimezone(ZoneInfo(DEFAULT_TIME_ZONE)).date()


def demo_is_stale(user: User, today: date) -> bool:
    """A demo is stale once no rotation is under way: the pages would have little to show."""
    return not user.rotations.filter(start__lte=today, end__gte=today).exists()


@transaction.atomic
def demo_load(today: date, *, reset: bool = False) -> User:
    """Create the demo account if missing, rebuild it when asked or when it has gone stale
    (no rotation under way any more); return it."""
    existing = User.objects.filter(username=DEMO_USERNAME).first()
    if existing and not reset and not demo_is_stale(existing, today):
        return existing
    if existing:
        existing.delete()
    user = user_create(username=DEMO_USERNAME, password=DEMO_PASSWORD, today=today)
    profile = profile_for(user)
    profile.eras_name = "Amara N. Okafor"
    profile.specialty = "Internal Medicine"
    profile.season = season_for_date(today)
    profile.time_zone = DEFAULT_TIME_ZONE
    profile.strengths = ["clinical_reasoning", "reliability", "team_fit"]
    profile.save()
    for site, city, state, specialty, kind, setting, offset, attending in DEMO_ROTATIONS:
        start = today + timedelta(days=offset)
        rotation = Rotation(
            site=site,
            city=city,
            state=state,
            specialty=specialty,
            kind=kind,
            setting=setting,
            start=start,
            end=start + timedelta(days=DEMO_LENGTH_DAYS - 1),
            attending_name=attending,
        )
        rotation_save(owner=user, rotation=rotation)
        _close_past_milestones(rotation, today)
    return user


def _close_past_milestones(rotation: Rotation, today: date) -> None:
    for milestone in rotation.milestones.filter(end__lt=today):
        if (rotation.site, milestone.kind) in LEFT_OPEN:
            continue
        skipped = (rotation.site, milestone.kind) in SKIPPED
        milestone.status = MilestoneStatus.SKIPPED if skipped else MilestoneStatus.DONE
        milestone.closed_on = milestone.end
        milestone.note = "Attending was away that week." if skipped else ""
        milestone.save()
