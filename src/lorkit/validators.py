"""Django adapters of core rules (dates, storable text): model fields, forms and services
raise the same ValidationError from the one core check."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from django.core.exceptions import ValidationError

from lorkit.core import defaults
from lorkit.core.credentials import normalize_username, username_problem
from lorkit.core.dates import out_of_range, span_problems
from lorkit.core.phi import Finding, deidentify, find_identifiers
from lorkit.core.text import text_problem


def plannable_date(value: date) -> None:
    message = out_of_range(value)
    if message:
        raise ValidationError(message, code="out_of_range")


def check_span(start: date, end: date) -> None:
    """Raise a ValidationError keyed by field ("start", "end") when the span is refused."""
    problems = span_problems(start, end)
    if problems:
        raise ValidationError(
            {name: ValidationError(message, code="span") for name, message in problems.items()}
        )


def storable_text(value: str) -> None:
    """Refuse text the database cannot store or pages cannot show (`text_problem`)."""
    problem = text_problem(value)
    if problem:
        raise ValidationError(f"This text {problem}.", code="unstorable_text")


def usable_username(value: str) -> None:
    """Refuse a username that is not already in its one spelling, or has the wrong shape."""
    if value != normalize_username(value):
        raise ValidationError("Use lower-case letters, with no spaces around.", code="username")
    problem = username_problem(value)
    if problem:
        raise ValidationError(problem, code="username")


@dataclass(frozen=True)
class Flagged:
    """What the privacy guard found in one field, and the field rewritten without it."""

    findings: tuple[Finding, ...]
    rewrite: str


class PrivacyFlags(ValidationError):
    """A save refused because a text looks like it holds a patient identifier. `flagged`
    maps each field to its findings and rewrite; the message never repeats the text, and the
    text is neither logged nor kept: it goes back only to the form or command that sent it."""

    def __init__(self, flagged: Mapping[str, Flagged]) -> None:
        self.flagged = dict(flagged)
        super().__init__(
            {
                field: (
                    f"This may identify a patient ({len(f.findings)} "
                    f"finding{'s' if len(f.findings) != 1 else ''}): take the rewrite, or mark "
                    "what is not an identifier."
                )
                for field, f in flagged.items()
            }
        )


def privacy_flags(
    texts: Mapping[str, str], known_names: Iterable[str], allowed: Iterable[str] = ()
) -> dict[str, Flagged]:
    """The guard's findings per field (fields with none are left out). `known_names` are the
    applicant's people (never patients); `allowed`, what they marked as not an identifier."""
    texts = {field: text for field, text in texts.items() if text and text.strip()}
    if not texts:
        return {}
    names, allowed = list(known_names), list(allowed)
    flagged = {}
    for field, text in texts.items():
        findings = find_identifiers(text, known_names=names, allowed=allowed)
        if findings:
            flagged[field] = Flagged(tuple(findings), deidentify(text, findings))
    return flagged


def rewritten(
    texts: Mapping[str, str], known_names: Iterable[str], allowed: Iterable[str] = ()
) -> dict[str, str]:
    """The texts as "take the rewrite" stores them: each one the guard flags replaced by its
    rewrite, the others as they are."""
    flagged = privacy_flags(texts, known_names, allowed)
    return {
        field: flagged[field].rewrite if field in flagged else text for field, text in texts.items()
    }


def allowed_words(*sources: Iterable[str]) -> list[str]:
    """The "not an identifier" marks to keep, from what was kept before and what was just
    sent: trimmed, each once, sorted, without any that cannot be stored (a NUL, which
    PostgreSQL refuses in JSON, or control characters) or that no finding could be, and at
    most `ALLOWED_WORDS_PER_ENTRY` of them."""
    kept = {
        word.strip()
        for source in sources
        for word in source
        if isinstance(word, str)
        and word.strip()
        and len(word) <= defaults.ALLOWED_WORD_MAX_LENGTH
        and text_problem(word) is None
    }
    return sorted(kept)[: defaults.ALLOWED_WORDS_PER_ENTRY]
