"""Export a whole workspace to one JSON document and import it back, all or nothing.

Each app's models translate their own rows (`to_record`, `from_record`, `to_core`,
`from_core`); this module only orders the sections and the transaction."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from lorkit.accounts.models import User
from lorkit.accounts.services import profile_for
from lorkit.core.export_format import (
    ExportError,
    Workspace,
    check_envelope,
    dump_export,
    parse_export,
)
from lorkit.core.limits import limit_problems, section_sizes
from lorkit.plans.models import Milestone, Rotation
from lorkit.plans.selectors import with_plan_text


def workspace_export(owner: User) -> dict[str, Any]:
    """The owner's whole workspace as an export document; each milestone's title and script
    are written from the plan, as the pages show them."""
    profile = profile_for(owner)
    rotations = list(owner.rotations.prefetch_related("milestones"))
    milestones = tuple(
        m.to_record(str(r.uid))
        for r in rotations
        for m in with_plan_text(
            sorted(r.milestones.all(), key=lambda m: (m.start, m.end, m.key)), profile
        )
    )
    workspace = Workspace(profile.to_record(), tuple(r.to_core() for r in rotations), milestones)
    return dump_export(workspace)


@transaction.atomic
def workspace_import(*, owner: User, document: Any, replace: bool = False) -> Workspace:
    """Validate the whole document, then replace the owner's profile, rotations and
    milestones with its contents in one transaction. Refuses to overwrite existing rotations
    unless `replace` is set, and a document holding more than an account may
    (`limit_problems`: the import replaces everything, so only the document counts). A
    milestone's title and script are checked like any text but not kept: lorkit writes them
    from the plan, so exporting again gives them back as the plan writes them."""
    check_envelope(document)
    # Counted before anything is read: a million rotations are refused at once, not validated.
    too_many = limit_problems({}, section_sizes(document))
    if too_many:
        raise ExportError(too_many)
    workspace = parse_export(document)
    # Lock the account so that two imports (or an import and a new rotation) run one after
    # the other: each then deletes what the one before wrote, and the limits hold.
    User.objects.select_for_update().get(pk=owner.pk)
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
