"""How the guard is measured on a labelled set (tests/core/phi_set.jsonl), for the tests and
benchmarks/bench_phi.py, which also scores other detectors with it.

A labelled identifier counts as found when findings cover every letter and digit of it (a name's
title, "Mr.", is not part of the identifier). An entry is fully cleaned when all of its labels
are found. A hard negative (an eponym, a drug, an attending, an age under 90, a dosage, a time,
a ward) is falsely flagged when anything at all is found in it.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

Span = tuple[int, int]
Detector = Callable[[str, tuple[str, ...]], list[Span]]


@dataclass(frozen=True)
class Label:
    type: str
    start: int
    end: int


@dataclass(frozen=True)
class Entry:
    id: str
    text: str
    labels: tuple[Label, ...]
    known_names: tuple[str, ...]
    hard_negative: str | None  # the kind of hard negative, or None for an entry with labels
    origin: str | None  # where a name in the entry comes from (ISO country code)
    split: str


def load_set(path: Path) -> list[Entry]:
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        raw = json.loads(line)
        entries.append(
            Entry(
                id=raw["id"],
                text=raw["text"],
                labels=tuple(Label(s["type"], s["start"], s["end"]) for s in raw["spans"]),
                known_names=tuple(raw.get("known_names", ())),
                hard_negative=raw.get("hard_negative"),
                origin=raw.get("origin"),
                split=raw.get("split", ""),
            )
        )
    return entries


def _covered(text: str, label: Label, spans: Iterable[Span]) -> bool:
    marked: set[int] = set()
    for start, end in spans:
        marked.update(range(max(start, label.start), min(end, label.end)))
    return all(i in marked for i in range(label.start, label.end) if text[i].isalnum())


@dataclass
class Scores:
    found: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    total: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    entries_with_labels: int = 0
    entries_cleaned: int = 0
    negatives: int = 0
    negatives_flagged: int = 0
    negatives_flagged_by_kind: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    negatives_by_kind: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    extra_findings: int = 0  # findings in labelled entries that touch no label
    misses: list[tuple[str, str, str]] = field(default_factory=list)  # (id, type, text)
    false_flags: list[tuple[str, str]] = field(default_factory=list)  # (id, flagged text)

    def recall(self, kind: str) -> float:
        return self.found[kind] / self.total[kind] if self.total[kind] else 1.0

    def recall_except(self, kind: str) -> float:
        found = sum(n for k, n in self.found.items() if k != kind)
        total = sum(n for k, n in self.total.items() if k != kind)
        return found / total if total else 1.0

    @property
    def cleaned_share(self) -> float:
        return self.entries_cleaned / self.entries_with_labels if self.entries_with_labels else 1.0

    @property
    def false_flag_rate(self) -> float:
        return self.negatives_flagged / self.negatives if self.negatives else 0.0


def score(entries: Iterable[Entry], detect: Detector) -> Scores:
    scores = Scores()
    for entry in entries:
        spans = detect(entry.text, entry.known_names)
        if entry.hard_negative is not None:
            scores.negatives += 1
            scores.negatives_by_kind[entry.hard_negative] += 1
            if spans:
                scores.negatives_flagged += 1
                scores.negatives_flagged_by_kind[entry.hard_negative] += 1
                scores.false_flags += [(entry.id, entry.text[s:e]) for s, e in spans]
            continue
        scores.entries_with_labels += 1
        all_found = True
        for label in entry.labels:
            scores.total[label.type] += 1
            if _covered(entry.text, label, spans):
                scores.found[label.type] += 1
            else:
                all_found = False
                scores.misses.append((entry.id, label.type, entry.text[label.start : label.end]))
        scores.entries_cleaned += all_found
        scores.extra_findings += sum(
            1 for s, e in spans if not any(s < lab.end and lab.start < e for lab in entry.labels)
        )
    return scores
