"""The de-identified rewrite: every finding replaced, the sentence kept readable."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .finding import Finding

_ARTICLE_A = re.compile(r"\b([Aa])\s+$")
# Enough of the text before a finding to see the article or sentence end just before it, so the
# rewrite of a long note stays linear in its length.
_TAIL = 80


def _without_overlaps(findings: Iterable[Finding]) -> list[Finding]:
    kept: list[Finding] = []
    for finding in sorted(findings, key=lambda f: (f.start, -f.end)):
        if not kept or finding.start >= kept[-1].end:
            kept.append(finding)
    return kept


def deidentify(text: str, findings: Iterable[Finding]) -> str:
    """`text` with each finding replaced by its `replacement`: a replacement that opens a
    sentence is capitalised, "a" before one that starts with a vowel becomes "an", and a space
    or comma left doubled by an empty replacement is dropped. Findings that overlap an earlier
    one are skipped (find_identifiers never returns such)."""
    head: list[str] = []
    tail = ""
    cursor = 0
    for finding in _without_overlaps(findings):
        tail += text[cursor : finding.start]
        if len(tail) > 2 * _TAIL:
            head.append(tail[:-_TAIL])
            tail = tail[-_TAIL:]
        words = finding.replacement
        if not words:
            tail = _close_gap(tail, text[finding.end :])
        elif words[0] in "aeiouAEIOU":
            tail = _ARTICLE_A.sub(lambda m: m.group(1) + "n ", tail)
        if words and _opens_sentence(tail, bool(head)):
            words = words[0].upper() + words[1:]
        tail += words
        cursor = finding.end
    return "".join(head) + tail + text[cursor:]


def _opens_sentence(before: str, more_before: bool) -> bool:
    stripped = before.rstrip()
    if not stripped:
        return not more_before or "\n" in before
    return "\n" in before[len(stripped) :] or (stripped != before and stripped[-1] in ".!?")


def _close_gap(done: str, after: str) -> str:
    """Drop the space (or comma) an empty replacement would leave doubled: "his daughter
    Chioma called" becomes "his daughter called", not "his daughter  called"."""
    rest = after.lstrip(" \t")
    if not rest or rest[0] in " ,.;:!?)" or after[:1] in " \t":
        done = done.rstrip(" \t")
    if done.endswith(",") and rest.startswith(","):
        done = done[:-1]
    return done
