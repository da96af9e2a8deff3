"""The patient-privacy guard: it warns before a note is saved when the note seems to hold a
HIPAA Safe Harbor identifier, says what and why, and offers a rewrite without them.

It is a guard, not a promise: it catches the common ways identifiers are written, and the
applicant remains the judge. Everything is pure Python; the name lists load on first use.
The package logs nothing and keeps nothing: the text and its findings stay with the caller.
Services call `check` before they store free text and refuse the save while `findings` is not
empty, unless the user takes the rewrite or marks a finding as not an identifier (`allowed`).

    >>> result = check("Mr. Johnson, 67, was admitted with chest pain.")
    >>> result.rewrite
    'A patient in his 60s was admitted with chest pain.'
"""

from __future__ import annotations

from collections.abc import Iterable

from .finding import Finding, GuardResult
from .lexicon import fold
from .names import KnownPeople, find_names, name_findings, name_words
from .recognisers import PATTERN_RECOGNISERS
from .rewrite import deidentify

__all__ = [
    "Finding",
    "GuardResult",
    "check",
    "deidentify",
    "find_identifiers",
    "guard_message",
]


def _longest_first(findings: list[Finding]) -> list[Finding]:
    """The findings with no two overlapping: the longer span wins, then the earlier one."""
    kept: list[Finding] = []
    for finding in sorted(findings, key=lambda f: (f.start - f.end, f.start)):
        if all(finding.end <= k.start or k.end <= finding.start for k in kept):
            kept.append(finding)
    return sorted(kept, key=lambda f: f.start)


def _allowed(finding: Finding, allowed: set[str]) -> bool:
    return " ".join(fold(finding.text).split()).strip(" ,()") in allowed


def find_identifiers(
    text: str, *, known_names: Iterable[str] = (), allowed: Iterable[str] = ()
) -> list[Finding]:
    """Everything in `text` that looks like a Safe Harbor identifier, in text order, no two
    overlapping. `known_names` are the applicant's own people (attendings, residents, anyone in
    their journal): never flagged, matched case-insensitively as a whole or by any part, with
    or without a title. `allowed` are strings the user marked "not an identifier"; a name is
    also passed when its words without the title are allowed ("Wilson" passes "Mr. Wilson")."""
    allowed_set = {" ".join(fold(a).split()) for a in allowed if a.strip()}
    patterns = _longest_first([f for recognise in PATTERN_RECOGNISERS for f in recognise(text)])
    patterns = [f for f in patterns if not _allowed(f, allowed_set)]
    hits = find_names(text, KnownPeople.of(known_names), [(f.start, f.end) for f in patterns])
    names = name_findings(
        [h for h in hits if not _name_allowed(text[h.start : h.end], allowed_set)], text
    )
    return _longest_first(patterns + names)


def _name_allowed(name: str, allowed: set[str]) -> bool:
    folded = " ".join(fold(name).split()).strip(" ,()")
    return folded in allowed or " ".join(name_words(name)) in allowed


def check(
    text: str, *, known_names: Iterable[str] = (), allowed: Iterable[str] = ()
) -> GuardResult:
    """The findings in `text` and the rewrite that replaces them all."""
    findings = find_identifiers(text, known_names=known_names, allowed=allowed)
    return GuardResult(tuple(findings), deidentify(text, findings))


def guard_message(result: GuardResult) -> str | None:
    """What to tell the user before saving, or None when nothing was found. It warns; it does
    not promise that a note without findings holds no identifier."""
    if result.clean:
        return None
    count = len(result.findings)
    things = "something that looks" if count == 1 else f"{count} things that look"
    return (
        f"Before saving: this note has {things} like patient details. Nothing is saved yet "
        "and your text is kept. Use the suggested rewrite, edit the note, or mark a finding "
        "as not an identifier."
    )
