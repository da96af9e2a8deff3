"""Reads for the letter pages: the ask, the packet drafts and the writer link's state, each
from one pass over the journal (journal_for) plus a fixed handful of queries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from lorkit.accounts.models import Profile, User
from lorkit.accounts.services import profile_for
from lorkit.core import journal as core
from lorkit.core.ask import AskScript, AskWindow, ask_points, ask_script, ask_window
from lorkit.core.experience import ExperienceDraft, eras_experience
from lorkit.core.packet import (
    Applicant,
    LetterHelper,
    PacketEmail,
    helper_draft,
    helper_text,
    packet_email,
    parse_helper,
    soft_deadline,
    taught_guess,
)
from lorkit.core.readiness import WriterReadiness, writer_readiness
from lorkit.journal.models import Person
from lorkit.journal.selectors import journal_for
from lorkit.letters.models import LetterRequest, PacketFile, WriterLink


@dataclass(frozen=True)
class AskPage:
    readiness: WriterReadiness
    window: AskWindow
    script: AskScript


def applicant_of(profile: Profile, owner: User) -> Applicant:
    return Applicant(
        name=profile.eras_name or owner.get_username(),
        email=owner.email,
        aamc_id=profile.aamc_id,
        specialty=profile.specialty,
        submission_target=profile.effective_submission_target(),
    )


def _core_person(journal: core.Journal, person: Person) -> core.Person:
    return next(p for p in journal.people if p.id == str(person.uid))


def ask_page(owner: User, person: Person, today: date) -> AskPage:
    """Readiness, the ask window and the script for asking `person`."""
    journal = journal_for(owner)
    profile = profile_for(owner)
    who = _core_person(journal, person)
    rated = writer_readiness(who, journal, profile.specialty, today, profile.strengths)
    window = ask_window(journal, who, today)
    script = ask_script(
        applicant_name=applicant_of(profile, owner).name,
        person=who,
        readiness=rated,
        window=window,
        points=ask_points(journal, who),
        specialty=profile.specialty,
    )
    return AskPage(rated, window, script)


def attachment_names(owner: User) -> list[str]:
    names = [f.get_kind_display() for f in PacketFile.objects.filter(owner=owner)]
    return [*names, "Letter helper (one page, PDF)"]


@dataclass(frozen=True)
class PacketDrafts:
    email: PacketEmail
    taught: str
    helper: str
    experience: ExperienceDraft | None
    soft_deadline: date | None


def packet_drafts(owner: User, request: LetterRequest, today: date) -> PacketDrafts:
    """What lorkit would write for this request from the journal as it is today."""
    journal = journal_for(owner)
    profile = profile_for(owner)
    applicant = applicant_of(profile, owner)
    who = _core_person(journal, request.person) if request.person else None
    if who is None:
        who = core.Person(name=request.author)
    periods = journal.contact_periods(who)
    taught = request.taught or taught_guess(journal, who)
    email = packet_email(
        applicant=applicant,
        person=who,
        rotation_dates=(periods[0][0], periods[-1][1]) if periods else "",
        taught=taught,
        attachments=attachment_names(owner),
        letter_id=request.letter_id,
        today=today,
    )
    helper = helper_draft(journal, who, applicant, profile.strengths, today)
    rotation_id = who.rotation_ids[-1] if who.rotation_ids else ""
    experience = eras_experience(journal, rotation_id, profile.strengths) if rotation_id else None
    target = applicant.submission_target
    soft = soft_deadline(target) if target else None
    return PacketDrafts(email, taught, helper_text(helper), experience, soft)


def helper_of(request: LetterRequest, drafts: PacketDrafts) -> LetterHelper:
    """The helper as the applicant saved it, or lorkit's draft while nothing is saved."""
    return parse_helper(request.helper_text or drafts.helper)


def live_link(request: LetterRequest) -> WriterLink | None:
    return request.links.filter(revoked__isnull=True).prefetch_related("views").first()
