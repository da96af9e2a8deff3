"""Export documents of a chosen size, for the per-account limit tests (core, services, web,
command line). Built from core alone, as lorkit's own export writes them: each rotation
is four weeks long, so its plan is the largest one (`defaults.MILESTONES_PER_PLAN` steps).

Test modules import it as `limit_documents` (tests/ is on sys.path; see import_walk.py)."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

from lorkit.core.export_format import MilestoneRecord, ProfileRecord, Workspace, dump_export
from lorkit.core.plan import plan_rotation
from lorkit.core.rotation import Rotation

FIRST_START = date(2027, 1, 4)


def planned_rotation(number: int) -> Rotation:
    """Rotation `number`: four weeks from a week after the one before (they may overlap)."""
    start = FIRST_START + timedelta(weeks=number)
    return Rotation(
        start=start,
        end=start + timedelta(days=27),
        site=f"Limit Site {number}",
        id=str(uuid.UUID(int=number + 1)),
    )


def plan_records(rotation: Rotation) -> list[MilestoneRecord]:
    return [
        MilestoneRecord(
            rotation=rotation.id,
            key=item.key,
            kind=item.kind.value,
            title=item.title,
            start=item.start,
            end=item.end,
            script=item.script,
        )
        for item in plan_rotation(rotation)
    ]


def export_document(rotations: int) -> dict[str, Any]:
    """A valid export holding `rotations` rotations, each with its whole plan."""
    records = [planned_rotation(number) for number in range(rotations)]
    milestones = [m for rotation in records for m in plan_records(rotation)]
    return dump_export(Workspace(ProfileRecord(), tuple(records), tuple(milestones)))


def with_extra_milestones(document: dict[str, Any], extra: int) -> dict[str, Any]:
    """The document with `extra` more closed milestones on its first rotation, under keys no
    plan uses (an import keeps what the file says)."""
    first = document["milestones"][0]
    added = [
        {**first, "key": f"extra_{number}", "status": "done", "closed_on": "2027-01-05"}
        for number in range(extra)
    ]
    return {**document, "milestones": [*document["milestones"], *added]}
