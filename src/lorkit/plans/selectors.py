"""Reads for the pages, the CLI and the aggregators above: each returns what one card or
command shows, in a fixed number of queries whatever the data."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from django.db.models import QuerySet

from lorkit.accounts.models import Profile, User
from lorkit.accounts.services import profile_for
from lorkit.core.agenda import Agenda, build_agenda
from lorkit.core.rotation_checks import RotationWarning, rotation_warnings
from lorkit.core.scripts import PlanContext
from lorkit.core.season import SEASON_LABELS
from lorkit.core.timeline import Timeline, TimelineRow, layout_timeline
from lorkit.core.vocabulary import MilestoneStatus
from lorkit.plans.models import Milestone, Rotation


def open_milestones(owner: User) -> QuerySet[Milestone]:
    return Milestone.objects.filter(
        rotation__owner=owner, status=MilestoneStatus.OPEN
    ).select_related("rotation")


def rotations_for(owner: User) -> list[Rotation]:
    return list(owner.rotations.all())


def with_plan_text(milestones: Iterable[Milestone], profile: Profile) -> list[Milestone]:
    """The milestones, each given the context its title and script are written in (the
    profile, with its rotation's attending), so that reading them asks the database nothing.
    Each milestone's rotation must already be loaded (select_related, or read through
    `rotation.milestones`); the profile must be its owner's."""
    contexts: dict[int, PlanContext] = {}
    shown = list(milestones)
    for milestone in shown:
        rotation = milestone.rotation
        if rotation.pk not in contexts:
            contexts[rotation.pk] = profile.plan_context(rotation.attending_name)
        milestone.plan_context = contexts[rotation.pk]
    return shown


def agenda_for(*, owner: User, today: date, days_ahead: int) -> Agenda[Milestone]:
    """Overdue, due now and (with `days_ahead`) upcoming open milestones, their text ready
    to read (1 query, and 1 for the profile unless the owner's is already loaded)."""
    agenda = build_agenda(open_milestones(owner), today, days_ahead)
    with_plan_text([*agenda.overdue, *agenda.due_now, *agenda.upcoming], profile_for(owner))
    return agenda


def timeline_for(*, owner: User, profile: Profile, today: date) -> Timeline:
    """The season timeline: every rotation with its milestones, today, the submission target
    and the season's dates (2 queries)."""
    rows = [
        TimelineRow(
            rotation.to_core(),
            [
                (m.start, m.title, m.status)
                for m in with_plan_text(rotation.milestones.all(), profile)
            ],
        )
        for rotation in owner.rotations.prefetch_related("milestones")
    ]
    season_dates = [(SEASON_LABELS[key], day) for key, day in profile.season_calendar().dates()]
    return layout_timeline(rows, today, profile.effective_submission_target(), season_dates)


def rotation_warnings_for(rotation: Rotation, profile: Profile) -> list[RotationWarning]:
    others = Rotation.objects.filter(owner=rotation.owner).exclude(pk=rotation.pk)
    return rotation_warnings(
        rotation.to_core(),
        [other.to_core() for other in others],
        profile.effective_submission_target(),
    )
