"""How a letter of recommendation reads to a program director (domain.md §7): its tier, the
phrases that decided it, and how to make it stronger. The sources of every list and weight are
in README.md beside this file."""

from lorkit.core.letter_language.advice import (
    Evidence,
    EvidenceKind,
    Suggestion,
    letter_advice,
)
from lorkit.core.letter_language.analysis import Contact, LetterAnalysis, analyze_letter
from lorkit.core.letter_language.findings import DOUBT_TYPES, Finding, FindingType
from lorkit.core.letter_language.scoring import Reason
from lorkit.core.letter_language.tiers import TIER_LABELS, TIER_MEANINGS, Tier

__all__ = [
    "DOUBT_TYPES",
    "TIER_LABELS",
    "TIER_MEANINGS",
    "Contact",
    "Evidence",
    "EvidenceKind",
    "Finding",
    "FindingType",
    "LetterAnalysis",
    "Reason",
    "Suggestion",
    "Tier",
    "analyze_letter",
    "letter_advice",
    "letter_report",
]


def letter_report(
    analysis: LetterAnalysis, suggestions: tuple[Suggestion, ...]
) -> dict[str, object]:
    """The analysis and its suggestions as one JSON-ready object (the CLI's `--json`)."""
    return {**analysis.as_dict(), "suggestions": [s.as_dict() for s in suggestions]}
