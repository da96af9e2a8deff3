"""Reads for the sites pages and the aggregators above: each in a fixed number of queries,
whatever the number of offers."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from lorkit.accounts.models import Profile, User
from lorkit.core.readiness import same_specialty
from lorkit.core.site_score import Assessment, Judgement, Weights, rank
from lorkit.core.sites import (
    HANDS_ON_KINDS,
    KIND_LABELS,
    CostRange,
    FlagCode,
    LetterChance,
    dollars,
    length_text,
)
from lorkit.core.sites import SiteOption as CoreSiteOption
from lorkit.core.usce import UsceSummary, usce_summary
from lorkit.plans.selectors import rotations_for
from lorkit.sites.models import SiteOption, SiteWeights

FLAG_LABELS: dict[str, str] = {
    FlagCode.OBSERVER_ONLY: "Observer only",
    FlagCode.NO_LETTER: "No letter",
    FlagCode.TOO_SHORT: "Too short",
    FlagCode.TOO_LATE: "Too late",
    FlagCode.NOT_FOR_APPLICANTS: "Not open to you",
}
CHANCE_ORDER = {LetterChance.HIGH: 0, LetterChance.MEDIUM: 1, LetterChance.LOW: 2}


def cost_text(cost: CostRange | None) -> str:
    return dollars(cost) if cost is not None else "not known"


@dataclass(frozen=True)
class Compared:
    """One stored offer as the comparison shows it: its place in the ranking, the core offer
    and its assessment, with the words the table and the chart use."""

    place: int
    site: SiteOption
    option: CoreSiteOption
    assessment: Assessment
    in_specialty: bool

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.option.kind.value] if self.option.kind else "Kind not known"

    @property
    def length_label(self) -> str:
        return length_text(self.option.length) if self.option.length else "length not known"

    @property
    def total_cost_text(self) -> str:
        return cost_text(self.assessment.total_cost)

    @property
    def per_week_text(self) -> str:
        if self.assessment.cost_per_hands_on_week is None and self.option.patient_contact is False:
            return "no hands-on time"
        return cost_text(self.assessment.cost_per_hands_on_week)

    @property
    def flag_labels(self) -> list[str]:
        return [FLAG_LABELS[flag.code] for flag in self.assessment.flags]

    @property
    def place_text(self) -> str:
        return f"{self.place}."


def site_weights_for(owner: User) -> Weights:
    """The owner's weights, or the defaults (1 query)."""
    stored = SiteWeights.objects.filter(owner=owner).first()
    return stored.to_core() if stored is not None else Weights()


def judgement_for(owner: User, profile: Profile, today: date) -> Judgement:
    """Offers are judged against the profile's target specialty and submission target."""
    return Judgement(
        today=today,
        target_specialty=profile.specialty,
        submit_by=profile.effective_submission_target(),
        weights=site_weights_for(owner),
    )


def compared_for(owner: User, judgement: Judgement) -> list[Compared]:
    """Every offer of the owner, ranked (1 query)."""
    sites = list(SiteOption.objects.filter(owner=owner).select_related("booked_rotation"))
    options = [site.to_core() for site in sites]
    site_of = {id(option): site for option, site in zip(options, sites, strict=True)}
    target = judgement.target_specialty
    return [
        Compared(
            place,
            site_of[id(option)],
            option,
            assessment,
            same_specialty(option.specialty, target) if target else False,
        )
        for place, (option, assessment) in enumerate(rank(options, judgement), 1)
    ]


def usce_for(owner: User, profile: Profile, today: date) -> UsceSummary:
    """The applicant's U.S. clinical experience so far and planned (1 query)."""
    rotations = [rotation.to_core() for rotation in rotations_for(owner)]
    return usce_summary(rotations, today, profile.specialty)


def _sort_key(sort: str) -> Any:
    never = float("inf")
    keys = {
        "score": lambda c: (-c.assessment.score, c.place),
        "cost": lambda c: (
            c.assessment.total_cost[0] if c.assessment.total_cost else never,
            c.place,
        ),
        "per_week": lambda c: (
            c.assessment.cost_per_hands_on_week[0]
            if c.assessment.cost_per_hands_on_week
            else never,
            c.place,
        ),
        "letter": lambda c: (CHANCE_ORDER[c.assessment.letter_chance], c.place),
        "name": lambda c: (c.option.name.casefold(), c.place),
    }
    return keys.get(sort, lambda c: c.place)


def shown_compared(rows: Sequence[Compared], view: Mapping[str, Any]) -> list[Compared]:
    """The rows a comparison shows: filtered (flagged hidden, hands-on only, in the target
    specialty only, a cost ceiling on the lowest total) and sorted as chosen."""
    shown = list(rows)
    if view.get("hide_flagged"):
        shown = [c for c in shown if not c.assessment.flagged]
    if view.get("hands_on"):
        shown = [c for c in shown if c.option.patient_contact or c.option.kind in HANDS_ON_KINDS]
    if view.get("in_specialty"):
        shown = [c for c in shown if c.in_specialty]
    ceiling = view.get("max_cost")
    if ceiling is not None:
        shown = [
            c for c in shown if c.assessment.total_cost and c.assessment.total_cost[0] <= ceiling
        ]
    return sorted(shown, key=_sort_key(view.get("sort", "rank")))


def site_options_records(owner: User) -> tuple[CoreSiteOption, ...]:
    """The owner's offers for the export (1 query), in the order they were added."""
    return tuple(
        site.to_core()
        for site in SiteOption.objects.filter(owner=owner).select_related("booked_rotation")
    )
