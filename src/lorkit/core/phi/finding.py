"""What the guard reports: one identifier found in a text, and the result of a whole check."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Finding:
    """One thing in `text[start:end]` that looks like a HIPAA Safe Harbor identifier.

    `type` is a short code ("name", "date", "phone", ...), `reason` says in plain words why it
    was flagged, and `replacement` is what the suggested rewrite puts in its place.
    """

    type: str
    start: int
    end: int
    text: str
    reason: str
    replacement: str

    def as_dict(self) -> dict[str, str | int]:
        return {
            "type": self.type,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "reason": self.reason,
            "replacement": self.replacement,
        }


@dataclass(frozen=True)
class GuardResult:
    """The findings in one text and the rewrite that removes them all. `clean` is True when
    nothing was found, so the text may be stored as typed."""

    findings: tuple[Finding, ...]
    rewrite: str

    @property
    def clean(self) -> bool:
        return not self.findings
