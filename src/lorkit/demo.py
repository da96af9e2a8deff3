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
from lorkit.journal.models import CheckIn, Compliment, Feedback, Person, Story
from lorkit.journal.services import (
    attendings_add_as_people,
    check_in_save,
    evidence_save,
    person_save,
)
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
    rotations = []
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
        rotations.append(rotation)
    _demo_journal(user, rotations, today)
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


def _demo_journal(user: User, rotations: list[Rotation], today: date) -> None:
    """A believable journal, fictional and free of patient identifiers, that shows every
    state: Dr. Marsh ready to write, Dr. Mensah eligible, Dr. Ortiz not yet (and a feedback
    loop with him still open), and a coasting spell in the last two check-ins. Written through
    the services, so the privacy guard reads every text as it would the applicant's."""
    lakeside, riverbend, _ = rotations
    attendings_add_as_people(user)
    marsh = Person.objects.get(owner=user, name="Dr. Elena Marsh")
    ortiz = Person.objects.get(owner=user, name="Dr. Samuel Ortiz")
    for person, role, board in (
        (marsh, "core_faculty", "yes"),
        (ortiz, "community_attending", "yes"),
    ):
        person.role, person.board_certified, person.saw_clinical_work = role, board, True
        person_save(owner=user, person=person, rotation_ids=[r.pk for r in person.rotations.all()])
    mensah = person_save(
        owner=user,
        person=Person(
            name="Dr. Kwame Mensah",
            role="other_attending",
            specialty="Internal Medicine",
            board_certified="yes",
            saw_clinical_work=True,
            first_contact=lakeside.start + timedelta(days=7),
            last_contact=lakeside.end,
            notes="Night hospitalist; saw me admit on two long calls.",
        ),
        rotation_ids=[lakeside.pk],
    )

    def day(number: int) -> date:
        return lakeside.start + timedelta(days=number)

    stories = (
        (
            day(6),
            "Ran the morning huddle for our team's eight patients when the senior was "
            "in a family meeting, and closed every task on the list by noon.",
            [marsh],
        ),
        (
            day(13),
            "Noticed a medication mismatch at discharge, raised it with the pharmacist "
            "and fixed the reconciliation before the patient left.",
            [marsh, mensah],
        ),
        (
            day(20),
            "Taught the new student how we pre-round, then presented my own patients "
            "with a full assessment and plan.",
            [marsh],
        ),
    )
    for when, text, seen in stories:
        evidence_save(
            owner=user,
            entry=Story(day=when, text=text, characteristics=["reliability_dependability"]),
            today=today,
            people=[p.pk for p in seen],
        )
    evidence_save(
        owner=user,
        entry=Feedback(
            giver=marsh,
            day=day(8),
            point="Lead my presentations with the assessment, not the overnight events.",
            planned_change="Open with one line of assessment and plan, then the data.",
            followup_date=day(15),
            outcome="Much clearer; keep doing it on every new admission.",
            characteristics=["self_reflection_improvement"],
            qualities=["clinical_reasoning"],
        ),
        today=today,
    )
    evidence_save(
        owner=user,
        entry=Compliment(
            giver=marsh,
            day=day(22),
            text="Told the team my notes were the ones she trusted on a busy day.",
        ),
        today=today,
    )
    evidence_save(
        owner=user,
        entry=Feedback(
            giver=mensah,
            day=day(16),
            point="Call the night senior earlier when a plan changes.",
            planned_change="Page at the first change, not the second.",
        ),
        today=today,
    )
    evidence_save(
        owner=user,
        entry=Feedback(
            giver=ortiz,
            day=today - timedelta(days=3),
            point="Tighten the clinic notes: one problem per line.",
            planned_change="Rewrite my template tonight and show him two notes on Friday.",
        ),
        today=today,
    )
    # Check-ins on the rotation under way, the last two each with a "no": a coasting spell.
    for back in range(min(8, (today - riverbend.start).days), 0, -1):
        slipping = back <= 2
        check_in_save(
            owner=user,
            check_in=CheckIn(
                day=today - timedelta(days=back),
                responsibility=True,
                reasoning=not slipping,
                communication=True,
                learned=back != 1,
            ),
            today=today,
        )
