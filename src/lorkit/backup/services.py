"""Export a whole workspace to one JSON document and import it back, all or nothing."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from lorkit.accounts.models import Profile, User
from lorkit.accounts.services import profile_for
from lorkit.core.export_format import (
    ExportError,
    MilestoneRecord,
    ProfileRecord,
    RotationRecord,
    Workspace,
    dump_export,
    parse_export,
)
from lorkit.core.season import SEASON_KEYS
from lorkit.plans.models import ROTATION_FIELDS, Milestone, Rotation

MILESTONE_FIELDS = ("key", "kind", "title", "start", "end", "status", "note", "closed_on")


def _profile_record(profile: Profile) -> ProfileRecord:
    return ProfileRecord(
        eras_name=profile.eras_name,
        specialty=profile.specialty,
        season=profile.season,
        submission_target=profile.submission_target,
        time_zone=profile.time_zone,
        strengths=tuple(profile.strengths),
        season_overrides=tuple(profile.season_overrides().items()),
    )


def workspace_export(owner: User) -> dict[str, Any]:
    rotations = list(owner.rotations.prefetch_related("milestones"))
    rotation_records = tuple(
        RotationRecord(id=str(r.uid), **{name: getattr(r, name) for name in ROTATION_FIELDS})
        for r in rotations
    )
    milestone_records = tuple(
        MilestoneRecord(
            rotation=str(r.uid),
            script=tuple(m.script),
            **{name: getattr(m, name) for name in MILESTONE_FIELDS},
        )
        for r in rotations
        for m in sorted(r.milestones.all(), key=lambda m: (m.start, m.end, m.key))
    )
    workspace = Workspace(_profile_record(profile_for(owner)), rotation_records, milestone_records)
    return dump_export(workspace)


def _apply_profile(profile: Profile, record: ProfileRecord) -> None:
    overrides = dict(record.season_overrides)
    profile.eras_name = record.eras_name
    profile.specialty = record.specialty
    profile.season = record.season or profile.season
    profile.submission_target = record.submission_target
    profile.time_zone = record.time_zone
    profile.strengths = list(record.strengths)
    for key in SEASON_KEYS:
        setattr(profile, key, overrides.get(key))
    profile.save()


@transaction.atomic
def workspace_import(*, owner: User, document: Any, replace: bool = False) -> Workspace:
    """Validate the whole document, then replace the owner's profile, rotations and
    milestones with its contents in one transaction. Refuses to overwrite existing rotations
    unless `replace` is set."""
    workspace = parse_export(document)
    if owner.rotations.exists() and not replace:
        raise ExportError(
            [
                "this account already has rotations; importing replaces them all. "
                "Confirm the replacement (web: tick 'Replace', CLI: --replace) "
                "or export them first."
            ]
        )
    owner.rotations.all().delete()
    _apply_profile(profile_for(owner), workspace.profile)
    rotations = {
        record.id: Rotation(
            owner=owner, uid=record.id, **{name: getattr(record, name) for name in ROTATION_FIELDS}
        )
        for record in workspace.rotations
    }
    Rotation.objects.bulk_create(rotations.values())
    Milestone.objects.bulk_create(
        Milestone(
            rotation=rotations[record.rotation],
            script=list(record.script),
            **{name: getattr(record, name) for name in MILESTONE_FIELDS},
        )
        for record in workspace.milestones
    )
    return workspace
