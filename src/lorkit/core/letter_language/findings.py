"""What the analyzer finds in a letter, each located by character offsets."""

from __future__ import annotations

from enum import StrEnum
from typing import Final, NamedTuple

from lorkit.core.letter_language.tiers import Tier


class FindingType(StrEnum):
    ENDORSEMENT = "endorsement"
    COMPARISON = "comparison"
    CONCERN = "concern"
    HEDGE = "hedge"
    FAINT_PRAISE = "faint_praise"
    NEGATION = "negation"
    IRRELEVANCY = "irrelevancy"
    IMPROVEMENT_WITHOUT_END = "improvement_without_end"
    LIMITED_CONTACT = "limited_contact"
    ANECDOTE = "anecdote"
    BARE_ADJECTIVES = "bare_adjectives"
    CONTACT = "contact"
    GENDERED = "gendered"
    GRINDSTONE = "grindstone"
    STANDOUT = "standout"
    AGENTIC = "agentic"
    COMMUNAL = "communal"


DOUBT_TYPES: Final = frozenset(
    {
        FindingType.HEDGE,
        FindingType.FAINT_PRAISE,
        FindingType.NEGATION,
        FindingType.IRRELEVANCY,
        FindingType.IMPROVEMENT_WITHOUT_END,
        FindingType.LIMITED_CONTACT,
    }
)


class Finding(NamedTuple):
    """Something found, at characters `start` to `end` (exclusive) of the text. A named tuple:
    a letter has a hundred, made in the hot loop."""

    type: FindingType
    start: int
    end: int
    text: str
    tier: Tier | None = None

    def as_dict(self) -> dict[str, object]:
        found: dict[str, object] = {
            "type": self.type.value,
            "start": self.start,
            "end": self.end,
            "text": self.text,
        }
        if self.tier is not None:
            found["tier"] = self.tier.value
        return found
