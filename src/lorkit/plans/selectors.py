"""Reads for the pages, the CLI and the aggregators above: each returns what one card or
command shows, in a fixed number of queries whatever the data."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from django.db.models import Count, QuerySet

from lorkit.accounts.models import Profile, User
from lorkit.accounts.services import profile_for
from lorkit.core.agenda import Agenda, build_agenda
from lorkit.core.rotation_checks import RotationWarning, rotation_warnings
from lorkit.core.scripts import PlanContext, milestone_title
from lorkit.core.season import SEASON_LABELS
from lorkit.core.timeline import Timeline, TimelinePoint, TimelineRow, layout_timeline
from lorkit.core.vocabulary import MilestoneKind, MilestoneStatus
from lorkit.plans.models import Milestone, Rotation


def open_milestones(owner: User) -> QuerySet[Milestone]:
    # The rotations in a second query rather than joined: a join builds one rotation object
    # per milestone, and 280 overdue milestones of 20 rotations made 280 (2 queries).
    return Milestone.objects.filter(
        rotation__owner=owner, status=MilestoneStatus.OPEN
    ).prefetch_related("rotation")


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
    to read (2 queries, and 1 for the profile unless the owner's is already loaded)."""
    # Every item the agenda can show opens by its horizon (an overdue or due window opened by
    # today), so the query leaves a long season's later milestones unread; build_agenda sorts.
    horizon = today + timedelta(days=days_ahead)
    agenda = build_agenda(open_milestones(owner).filter(start__lte=horizon), today, days_ahead)
    with_plan_text([*agenda.overdue, *agenda.due_now, *agenda.upcoming], profile_for(owner))
    return agenda


def timeline_for(
    *, owner: User, profile: Profile, today: date, rotations: Sequence[Rotation] | None = None
) -> Timeline:
    """The season timeline: every rotation with its milestones, today, the submission target
    and the season's dates (2 queries; 1 given the owner's `rotations`, as Today holds them)."""
    rotations = rotations_for(owner) if rotations is None else rotations
    points: dict[int, list[TimelinePoint]] = {rotation.pk: [] for rotation in rotations}
    contexts = {
        rotation.pk: profile.plan_context(rotation.attending_name) for rotation in rotations
    }
    # Read as plain values: the timeline draws three facts of each milestone, and building a
    # model object for each of a long season's ~600 milestones cost more than drawing them.
    drawn = ("rotation_id", "kind", "key", "start", "status")
    for rotation_id, kind, key, start, status in Milestone.objects.filter(
        rotation__owner=owner
    ).values_list(*drawn):
        if rotation_id not in contexts:
            continue  # its rotation was added after `rotations` was read: the next view has it
        title = milestone_title(MilestoneKind(kind), key, contexts[rotation_id])
        points[rotation_id].append((start, title, status))
    rows = [TimelineRow(rotation.to_core(), points[rotation.pk]) for rotation in rotations]
    season_dates = [(SEASON_LABELS[key], day) for key, day in profile.season_calendar().dates()]
    return layout_timeline(rows, today, profile.effective_submission_target(), season_dates)


def rotation_warnings_for(rotation: Rotation, profile: Profile) -> list[RotationWarning]:
    others = Rotation.objects.filter(owner=rotation.owner).exclude(pk=rotation.pk)
    return rotation_warnings(
        rotation.to_core(),
        [other.to_core() for other in others],
        profile.effective_submission_target(),
    )


def overdue_counts(owner: User, today: date) -> dict[int | None, int]:
    """Overdue steps per rotation id, and in all under the key None (1 query): what the
    agenda's counts say after a tap."""
    rows = (
        Milestone.objects.filter(rotation__owner=owner, status=MilestoneStatus.OPEN, end__lt=today)
        .values_list("rotation_id")
        .annotate(n=Count("id"))
        .order_by()
    )
    counts: dict[int | None, int] = dict(rows)
    counts[None] = sum(counts.values())
    return counts
