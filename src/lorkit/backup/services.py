"""Export a whole workspace to one JSON document and import it back, all or nothing.

Each app's models translate their own rows (`to_record`, `from_record`, `to_core`,
`from_core`); this module only orders the sections and the transaction."""

from __future__ import annotations

from dataclasses import dataclass
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
    predates_journal,
    unplanned_rotations,
)
from lorkit.core.export_journal import journal_size_problems
from lorkit.core.export_letters import letters_size_problems
from lorkit.core.limits import limit_problems, section_sizes
from lorkit.core.plan import plan_rotation
from lorkit.journal.services import attendings_add_as_people
from lorkit.journal.transfer import journal_delete, journal_exists, journal_import, journal_records
from lorkit.letters.transfer import letters_delete, letters_held, letters_import, letters_records
from lorkit.plans.models import Milestone, Rotation
from lorkit.plans.selectors import with_plan_text
from lorkit.plans.services import plan_refresh
from lorkit.sites.selectors import site_options_records
from lorkit.sites.services import site_options_restore
from lorkit.validators import privacy_flags


@dataclass(frozen=True)
class ImportSummary:
    """What an import wrote: its rotations and milestones, how many of those rotations came
    without milestones and were planned here, and how many journal entries (people, check-ins,
    evidence, red flags) and letters it wrote."""

    rotations: int
    milestones: int
    planned: int
    journal: int = 0
    letters: int = 0

    @property
    def planned_note(self) -> str:
        """The sentence telling that lorkit planned some rotations itself, or ""."""
        if self.planned == 1:
            return "One rotation came without milestones, so lorkit planned it for you."
        if self.planned:
            return (
                f"{self.planned} rotations came without milestones, so lorkit planned them for you."
            )
        return ""


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
    workspace = Workspace(
        profile.to_record(),
        tuple(r.to_core() for r in rotations),
        milestones,
        site_options_records(owner),
        journal_records(owner, rotations),
        letters_records(owner),
    )
    return dump_export(workspace)


def workspace_has_content(owner: User) -> bool:
    """Whether an import would replace something: rotations, journal entries, letters or
    programs."""
    return bool(_held(owner))


def _held(owner: User) -> str:
    """What an import would replace, named for the refusal: "rotations", "journal entries",
    "letters", "programs", or "" when the account holds none of them."""
    if owner.rotations.exists():
        return "rotations"
    if journal_exists(owner):
        return "journal entries"
    return letters_held(owner)


@transaction.atomic
def workspace_import(*, owner: User, document: Any, replace: bool = False) -> ImportSummary:
    """Validate the whole document, then replace the owner's profile, rotations, milestones,
    journal, letters and programs with its contents in one transaction. Refuses to overwrite
    existing rotations, journal entries, letters or programs unless `replace` is set, and a
    document holding more than an account may (`limit_problems`: the import replaces everything,
    so only the document counts). A milestone's title and script are checked like any text but
    not kept: lorkit writes them from the plan, so exporting again gives them back as the plan
    writes them. A rotation that comes without milestones (`unplanned_rotations`) gets its plan
    as if it had been added by hand; one that comes with milestones keeps exactly those. The
    journal is written through its services, so the privacy guard reads every text
    (`journal_import`); a document written before exports held the journal gets a person for
    each rotation's main attending, as the journal's migration gave every account. Letters come
    last, through their services too (`letters_import`: the requests and their ERAS entries, the
    programs with their assignments, the follow-ups already due or sent), their writers among
    the people just written."""
    check_envelope(document)
    # Counted before anything is read: a million rotations are refused at once, not validated.
    too_many = (
        limit_problems({}, section_sizes(document))
        + journal_size_problems(document)
        + letters_size_problems(document)
    )
    if too_many:
        raise ExportError(too_many)
    workspace = parse_export(document)
    flagged_notes = milestone_note_problems(workspace)
    if flagged_notes:
        raise ExportError(flagged_notes)
    unplanned = unplanned_rotations(workspace)
    planned_steps = sum(len(plan_rotation(rotation)) for rotation in unplanned)
    too_many = limit_problems(
        {},
        {
            "rotations": len(workspace.rotations),
            "milestones": len(workspace.milestones) + planned_steps,
        },
    )
    if too_many:
        raise ExportError(too_many)
    # Lock the account so that two imports (or an import and a new rotation) run one after
    # the other: each then deletes what the one before wrote, and the limits hold.
    User.objects.select_for_update().get(pk=owner.pk)
    held = _held(owner)
    if not replace and held:
        raise ExportError(
            [
                f"This account already has {held}, and an import replaces them all. Tick "
                '"Replace" on the Backup page (or add --replace to lorkit import) to go '
                "ahead, or export them first."
            ]
        )
    letters_delete(owner)
    journal_delete(owner)
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
    for record in unplanned:
        plan_refresh(rotations[record.id])
    site_options_restore(owner=owner, options=workspace.site_options, rotations=rotations)
    entries = journal_import(
        owner=owner,
        records=workspace.journal,
        rotations_by_export_id=rotations,
        today=profile.today(),
    )
    if predates_journal(document):
        attendings_add_as_people(owner)
    # After the journal, so that each request's writer is among the people just written.
    letters = letters_import(owner=owner, records=workspace.letters, today=profile.today())
    return ImportSummary(
        rotations=len(rotations),
        milestones=len(workspace.milestones) + planned_steps,
        planned=len(unplanned),
        journal=entries,
        letters=letters,
    )


def milestone_note_problems(workspace: Workspace) -> list[str]:
    """The privacy guard over the milestones' notes, as the plans' services run it on a note
    saved by hand: the rotations' attendings, the journal's people and the applicant's own
    name are known names; each milestone's `allowed` words pass. One problem per flagged
    note, quoting only what was found."""
    known = [r.attending_name for r in workspace.rotations if r.attending_name]
    known += [p.name for p in workspace.journal.people]
    if workspace.profile.eras_name:
        known.append(workspace.profile.eras_name)
    problems = []
    for number, record in enumerate(workspace.milestones, start=1):
        flagged = privacy_flags({"note": record.note}, known, record.allowed).get("note")
        if flagged:
            found = "; ".join(f'"{f.text}" ({f.reason})' for f in flagged.findings)
            problems.append(
                f"Milestone {number}, Note: this may identify a patient: {found}. Edit it in "
                "the file, or, if it is not a patient identifier, add it to this milestone's "
                '"allowed" list.'
            )
    return problems
