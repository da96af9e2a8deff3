"""Reads of the journal: the whole of one applicant's journal as core sees it, in a fixed
number of queries whatever its size, and the names the privacy guard treats as known."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from lorkit.accounts.models import User
from lorkit.accounts.services import profile_for
from lorkit.core import journal as core
from lorkit.core.letter_language import Evidence, EvidenceKind
from lorkit.core.readiness import (
    Portfolio,
    WriterReadiness,
    assess_portfolio,
    rank_writers,
    writer_readiness,
)
from lorkit.journal.models import CheckIn, Compliment, Feedback, Person, RedFlag, Story, Talk
from lorkit.plans.models import Rotation


def journal_for(owner: User, rotations: Sequence[Rotation] | None = None) -> core.Journal:
    """Everything the journal rules read, for `owner` (10 queries; 9 given the owner's
    `rotations`, as Today holds them)."""
    rotations = list(Rotation.objects.filter(owner=owner)) if rotations is None else rotations
    rotation_uids = {rotation.pk: str(rotation.uid) for rotation in rotations}
    people = list(Person.objects.filter(owner=owner).prefetch_related("rotations"))
    person_uids = {person.pk: str(person.uid) for person in people}
    return core.Journal(
        people=tuple(person.to_core(rotation_uids) for person in people),
        rotations=tuple(rotation.to_core() for rotation in rotations),
        check_ins=tuple(c.to_core() for c in CheckIn.objects.filter(owner=owner)),
        stories=tuple(
            s.to_core(rotation_uids)
            for s in Story.objects.filter(owner=owner).prefetch_related("witnesses")
        ),
        feedback=tuple(
            f.to_core(rotation_uids, person_uids) for f in Feedback.objects.filter(owner=owner)
        ),
        compliments=tuple(
            c.to_core(rotation_uids, person_uids) for c in Compliment.objects.filter(owner=owner)
        ),
        talks=tuple(t.to_core(rotation_uids) for t in Talk.objects.filter(owner=owner)),
        red_flags=tuple(
            r.to_core(rotation_uids, person_uids) for r in RedFlag.objects.filter(owner=owner)
        ),
    )


def known_names(owner: User) -> list[str]:
    """Names that are not patients': the applicant's people, the attendings named on their
    rotations, and the applicant's own name (2 queries, and 1 for the profile)."""
    names = list(Person.objects.filter(owner=owner).values_list("name", flat=True))
    names += [
        name
        for name in Rotation.objects.filter(owner=owner).values_list("attending_name", flat=True)
        if name
    ]
    own = profile_for(owner).eras_name
    return [*names, own] if own else names


@dataclass(frozen=True)
class JournalCard:
    """What Today shows of the journal: the check-in streak, the 30-day strip, whether today
    is checked in, and the warning signs."""

    streak: int
    strip: tuple[core.StripDay, ...]
    checked_in_today: bool
    warnings: tuple[core.WarningSign, ...]
    people_named: dict[str, str]  # person export id → name, for the warnings' links


def journal_card(
    owner: User, today: date, rotations: Sequence[Rotation] | None = None
) -> JournalCard:
    journal = journal_for(owner, rotations)
    return JournalCard(
        streak=core.check_in_streak(journal.check_ins, journal.rotations, today),
        strip=core.check_in_strip(journal.check_ins, journal.rotations, today),
        checked_in_today=any(c.day == today for c in journal.check_ins),
        warnings=core.warning_signs(journal, today),
        people_named={p.id: p.name for p in journal.people},
    )


def writers_for(
    owner: User, today: date
) -> tuple[tuple[WriterReadiness, ...], Portfolio, dict[str, int]]:
    """Everyone rated as a writer, best first, the portfolio they make, and each person's
    page id by export id (for links)."""
    journal = journal_for(owner)
    profile = profile_for(owner)
    ranked = rank_writers(journal, profile.specialty, today, profile.strengths)
    portfolio = assess_portfolio(ranked, journal, profile.specialty, today)
    ids = dict(Person.objects.filter(owner=owner).values_list("uid", "pk"))
    return ranked, portfolio, {str(uid): pk for uid, pk in ids.items()}


def person_readiness(
    owner: User, person: Person, today: date
) -> tuple[WriterReadiness, tuple[core.WarningSign, ...]]:
    """One person rated as a writer, and the warning signs about them."""
    journal = journal_for(owner)
    profile = profile_for(owner)
    core_person = next(p for p in journal.people if p.id == str(person.uid))
    rated = writer_readiness(core_person, journal, profile.specialty, today, profile.strengths)
    signs = tuple(s for s in core.warning_signs(journal, today) if s.person_id == core_person.id)
    return rated, signs


def warnings_by_rotation(
    owner: User, today: date
) -> list[tuple[str, tuple[core.WarningSign, ...]]]:
    """Today's warning signs grouped under the rotation they belong to (its label), those
    that belong to none under ""."""
    journal = journal_for(owner)
    labels = {r.id: r.label for r in journal.rotations}
    groups: dict[str, list[core.WarningSign]] = {}
    for sign in core.warning_signs(journal, today):
        groups.setdefault(labels.get(sign.rotation_id, ""), []).append(sign)
    return [(label, tuple(signs)) for label, signs in groups.items()]


def letter_evidence(owner: User, person: Person) -> list[Evidence]:
    """What the applicant did or heard with `person`, as the letter check reads it: the
    stories they saw, the closed feedback loops with them and their compliments (3 queries)."""
    items = [
        Evidence(EvidenceKind.STORY, s.text, frozenset(s.qualities))
        for s in Story.objects.filter(owner=owner, witnesses=person)
    ]
    items += [
        Evidence(EvidenceKind.FEEDBACK_LOOP, f.point, frozenset(f.qualities), f.outcome)
        for f in Feedback.objects.filter(owner=owner, giver=person, followup_date__isnull=False)
    ]
    items += [
        Evidence(EvidenceKind.COMPLIMENT, c.text, frozenset(c.qualities))
        for c in Compliment.objects.filter(owner=owner, giver=person)
    ]
    return items


@dataclass(frozen=True)
class RotationJournal:
    """One rotation seen from the journal: its warning signs, its people rated as writers,
    and how much evidence it holds."""

    warnings: tuple[core.WarningSign, ...]
    writers: tuple[WriterReadiness, ...]
    stories: int
    feedback: int
    closed_loops: int
    check_ins: int


def rotation_journal(owner: User, rotation: Rotation, today: date) -> RotationJournal:
    journal = journal_for(owner)
    profile = profile_for(owner)
    uid = str(rotation.uid)
    core_rotation = journal.rotations_by_id[uid]
    ranked = rank_writers(journal, profile.specialty, today, profile.strengths)
    feedback = [f for f in journal.feedback if f.belongs_to(core_rotation)]
    return RotationJournal(
        warnings=tuple(s for s in core.warning_signs(journal, today) if s.rotation_id == uid),
        writers=tuple(w for w in ranked if uid in w.person.rotation_ids),
        stories=sum(1 for s in journal.stories if s.belongs_to(core_rotation)),
        feedback=len(feedback),
        closed_loops=sum(1 for f in feedback if f.closed),
        check_ins=sum(1 for c in journal.check_ins if rotation.start <= c.day <= rotation.end),
    )
