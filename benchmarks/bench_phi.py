"""How fast and how accurate the patient-privacy guard is, beside Microsoft Presidio.

Times lorkit.core.phi.check over 1,000 journal entries (the labelled set, repeated), the cold
start-up cost (import plus the first call, which loads the name lists) in a fresh interpreter,
and recall, fully-cleaned share and false flags on tests/core/phi_set.jsonl. When
presidio-analyzer is installed (`pip install -e .[bench]`), it measures Presidio the same way
with its predefined pattern recognisers and the NoOpNlpEngine (no spaCy model), and prints the
ratios. Run:
    .venv/bin/python benchmarks/bench_phi.py
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from lorkit.core.phi import find_identifiers
from lorkit.core.phi.evaluation import Entry, Scores, Span, load_set, score

SET = Path(__file__).resolve().parents[1] / "tests" / "core" / "phi_set.jsonl"
ENTRIES = 1000

LORKIT_STARTUP = """
import time
t0 = time.perf_counter()
import lorkit.core.phi as phi
t1 = time.perf_counter()
phi.check("Mr. Johnson, 67, was admitted on 3/14.")
t2 = time.perf_counter()
print(t1 - t0, t2 - t1)
"""

# tldextract (used by Presidio's URL and e-mail recognisers) would otherwise try to download
# the public suffix list; this machine has no network but the package registries.
PRESIDIO_SETUP = """
import tldextract
tldextract.tldextract.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=())
from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
from presidio_analyzer.nlp_engine import NoOpNlpEngine
engine = NoOpNlpEngine(models=[{"lang_code": "en", "model_name": "none"}])
registry = RecognizerRegistry()
registry.load_predefined_recognizers(nlp_engine=engine)
analyzer = AnalyzerEngine(nlp_engine=engine, registry=registry, supported_languages=["en"])
"""
PRESIDIO_STARTUP = f"""
import time
t0 = time.perf_counter()
{PRESIDIO_SETUP}
t1 = time.perf_counter()
analyzer.analyze("Mr. Johnson, 67, was admitted on 3/14.", language="en")
t2 = time.perf_counter()
print(t1 - t0, t2 - t1)
"""


def cold_start(code: str) -> tuple[float, float]:
    """(import, first call) in seconds, the best of three fresh interpreters."""
    runs = []
    for _ in range(3):
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout.split()
        runs.append((float(out[-2]), float(out[-1])))
    return min(runs, key=sum)


def per_entry_ms(detect: Callable[[str, tuple[str, ...]], list[Span]], texts: list[Entry]) -> float:
    batch = [texts[i % len(texts)] for i in range(ENTRIES)]
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for entry in batch:
            detect(entry.text, entry.known_names)
        best = min(best, time.perf_counter() - start)
    return best / ENTRIES * 1000


def lorkit_detect(text: str, known: tuple[str, ...]) -> list[Span]:
    return [(f.start, f.end) for f in find_identifiers(text, known_names=known)]


def report(title: str, scores: Scores) -> None:
    print(f"\n{title}")
    for kind in sorted(scores.total):
        found, total = scores.found[kind], scores.total[kind]
        print(f"  {kind:10s} {found:4d}/{total:<4d} recall {scores.recall(kind):.3f}")
    print(f"  names recall            {scores.recall('name'):.3f}")
    print(f"  other identifiers       {scores.recall_except('name'):.3f}")
    print(f"  entries fully cleaned   {scores.cleaned_share:.3f}")
    flagged, negatives = scores.negatives_flagged, scores.negatives
    print(f"  hard negatives flagged  {flagged}/{negatives} = {scores.false_flag_rate:.3f}")
    print(f"  findings off any label  {scores.extra_findings}")


def presidio_detector() -> Callable[[str, tuple[str, ...]], list[Span]] | None:
    try:
        namespace: dict[str, object] = {}
        exec(PRESIDIO_SETUP, namespace)  # the same set-up the cold start measures
    except ImportError:
        return None
    analyzer = namespace["analyzer"]

    def detect(text: str, known: tuple[str, ...]) -> list[Span]:
        results = analyzer.analyze(text, language="en")  # type: ignore[attr-defined]
        return [(r.start, r.end) for r in results]

    return detect


def main() -> None:
    entries = load_set(SET)
    print(f"labelled set: {len(entries)} entries, {ENTRIES} timed entries per run")
    imp, first = cold_start(LORKIT_STARTUP)
    ms = per_entry_ms(lorkit_detect, entries)
    print(f"\nlorkit guard: import {imp * 1000:.1f} ms, first call {first * 1000:.1f} ms")
    print(f"lorkit guard: {ms:.3f} ms per entry")
    ours = score(entries, lorkit_detect)
    report("lorkit guard on the labelled set", ours)
    for split in ("dev", "heldout", "fresh"):
        report(
            f"lorkit guard, {split} half",
            score([e for e in entries if e.split == split], lorkit_detect),
        )

    detect = presidio_detector()
    if detect is None:
        print("\nPresidio: presidio-analyzer is not installed; pip install -e .[bench] to compare.")
        return
    p_imp, p_first = cold_start(PRESIDIO_STARTUP)
    p_ms = per_entry_ms(detect, entries)
    print(
        f"\nPresidio (pattern-only, NoOpNlpEngine): import {p_imp * 1000:.1f} ms, "
        f"first call {p_first * 1000:.1f} ms"
    )
    print(f"Presidio: {p_ms:.3f} ms per entry")
    theirs = score(entries, detect)
    report("Presidio on the labelled set", theirs)
    print("\nratios, Presidio / lorkit")
    print(f"  start-up (import + first call)  {(p_imp + p_first) / (imp + first):6.1f}x")
    print(f"  time per entry                  {p_ms / ms:6.1f}x")
    print(f"  names recall      {theirs.recall('name'):.3f} vs {ours.recall('name'):.3f}")
    others = (theirs.recall_except("name"), ours.recall_except("name"))
    print(f"  other recall      {others[0]:.3f} vs {others[1]:.3f}")
    flags = (theirs.false_flag_rate, ours.false_flag_rate)
    print(f"  false flags       {flags[0]:.3f} vs {flags[1]:.3f}")


if __name__ == "__main__":
    main()
