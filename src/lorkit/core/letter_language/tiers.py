"""The five tiers a program director sorts letters into (domain.md §7), weakest first."""

from __future__ import annotations

from enum import StrEnum


class Tier(StrEnum):
    CONCERNING = "concerning"
    NEUTRAL = "neutral"
    GOOD = "good"
    STRONG = "strong"
    VERY_STRONG = "very_strong"

    @property
    def rank(self) -> int:
        """0 for concerning up to 4 for very strong: tiers compare and differ by rank."""
        return TIER_RANKS[self]

    @property
    def label(self) -> str:
        return TIER_LABELS[self]


TIER_ORDER: tuple[Tier, ...] = tuple(Tier)
TIER_RANKS: dict[Tier, int] = {tier: rank for rank, tier in enumerate(TIER_ORDER)}

TIER_LABELS: dict[Tier, str] = {
    Tier.CONCERNING: "Concerning",
    Tier.NEUTRAL: "Neutral",
    Tier.GOOD: "Good",
    Tier.STRONG: "Strong",
    Tier.VERY_STRONG: "Very strong",
}

# What a program director reads into each tier, for the page and the CLI.
TIER_MEANINGS: dict[Tier, str] = {
    Tier.CONCERNING: "A program director would read a warning in it.",
    Tier.NEUTRAL: "Reads as lukewarm: it neither helps nor harms much.",
    Tier.GOOD: "Positive, but not set apart from other applicants.",
    Tier.STRONG: "A clear recommendation with evidence behind it.",
    Tier.VERY_STRONG: "Sets the applicant apart: compares them with peers and shows why.",
}
