"""Per-account limits: how many of each thing one account may hold (`defaults.ACCOUNT_LIMITS`).

Every page, feed and export of an account shows all of it, so its size is their cost; the
limits keep one account from slowing the server for everyone. Services ask `limit_problems`
before they write, whatever the interface (form, import, command line)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from lorkit.core.defaults import ACCOUNT_LIMITS


def limit_problems(current: Mapping[str, int], adding: Mapping[str, int]) -> list[str]:
    """One message for each limited section that an operation would take past its limit, given
    what the account holds now (`current`) and what the operation adds (`adding`), both by
    section name; a missing section counts as none. An operation that adds nothing to a section
    is never refused for it, so an account already over a (lowered) limit can still edit and
    delete. A section name without a limit is a programming error (ValueError), so that a
    misspelt name cannot slip past its limit."""
    unknown = (set(current) | set(adding)) - set(ACCOUNT_LIMITS)
    if unknown:
        raise ValueError(f"no account limit for {', '.join(sorted(unknown))}")
    problems = []
    for section, (most, noun) in ACCOUNT_LIMITS.items():
        added = adding.get(section, 0)
        total = current.get(section, 0) + added
        if added > 0 and total > most:
            problems.append(f"{total:,} {noun} would be more than the {most:,} an account can hold")
    return problems


def section_sizes(document: Mapping[str, Any]) -> dict[str, int]:
    """How many items each limited section of an export document holds, counted without
    reading them (a section that is not a list counts as none; the reader refuses it later)."""
    return {
        section: len(items) if isinstance(items := document.get(section), list) else 0
        for section in ACCOUNT_LIMITS
    }
