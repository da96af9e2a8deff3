"""Export a whole workspace to one JSON document and import it back, all or nothing.

Each app's models translate their own rows (`to_record`, `from_record`, `to_core`,
`from_core`); this module only orders the sections and the transaction."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from lorkit.accounts.models import User
from lorkit.accounts.services import profile_for
from lorkit.core.export_format import ExportError, Workspace, dump_export, parse_export
from lorkit.plans.models import Milestone, Rotation


def workspace_export(owner: User) -> dict[str, Any]:
    rotations = list(owner.rotations.prefetch_related("milestones"))
    milestones = tuple(
        m.to_record(str(r.uid))
        for r in rotations
        for m in sorted(r.milestones.all(), key=lambda m: (m.start, m.end, m.key))
    )
    workspace = Workspace(
        profile_for(owner).to_record(), tuple(r.to_core() for r in rotations), milestones
    )
    return dump_export(workspace)


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
    profile = profile_for(owner)
    profile.apply_record(workspace.profile)
    profile.save()
    rotations = {
        record.id: Rotation.from_core(record, owner=owner) for record in workspace.rotations
    }
    Rotation.objects.bulk_create(rotations.values())
    Milestone.objects.bulk_create(
        Milestone.from_record(record, rotations[record.rotation]) for record in workspace.milestones
    )
    return workspace
