"""How well and how fast `classify_reply` reads attendings' answers, against a keyword rule.

Reads the labelled set (tests/core/reply_set.jsonl) with the classifier and with a naive
baseline, the rule a hurried reader might use: "strong" anywhere is a strong yes, "happy",
"glad" or "sure" a lukewarm yes, anything else a polite no. For each it prints the accuracy,
each label's precision and recall, the 4×4 confusion matrix (rows: the label given, columns:
the label read) and the confusions that matter most: a polite no or a lukewarm yes read as a
strong yes, which would send a packet to someone who said no.

Then, in one process on one core, it times both over the whole set, --passes times over
(a pass is one reading of every reply), keeping the best of --repeat runs as timeit does,
and prints replies per second (CPU time) and the ratio. The target is well under 1 ms a
reply. Run:
    .venv/bin/python benchmarks/bench_replies.py [--passes 20] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from lorkit.core.replies import ReplyLabel, classify_reply

SET = Path(__file__).resolve().parents[1] / "tests" / "core" / "reply_set.jsonl"
LABELS = [label.value for label in ReplyLabel]
SHORT = {"strong_yes": "strong", "lukewarm": "lukewarm", "polite_no": "no", "unclear": "unclear"}
TARGET_MS = 1.0
STRONG = re.compile(r"strong", re.IGNORECASE)
WARM = re.compile(r"happy|glad|sure", re.IGNORECASE)


def baseline(text: str) -> str:
    """The keyword rule: "strong" → strong yes, "happy"/"glad"/"sure" → lukewarm, else no."""
    if STRONG.search(text):
        return "strong_yes"
    if WARM.search(text):
        return "lukewarm"
    return "polite_no"


def classifier(text: str) -> str:
    return classify_reply(text).label.value


def confusion(
    rows: Sequence[dict[str, str]], read: Callable[[str], str]
) -> Counter[tuple[str, str]]:
    return Counter((row["label"], read(row["text"])) for row in rows)


def report(name: str, counts: Counter[tuple[str, str]], total: int) -> float:
    right = sum(counts[(label, label)] for label in LABELS)
    print(f"\n{name}: accuracy {right / total:.3f} ({right}/{total})")
    print(f"  {'label':<11}{'precision':>10}{'recall':>8}")
    for label in LABELS:
        read_as = sum(counts[(truth, label)] for truth in LABELS)
        given = sum(counts[(label, seen)] for seen in LABELS)
        precision = counts[(label, label)] / read_as if read_as else 0.0
        recall = counts[(label, label)] / given if given else 0.0
        print(f"  {label:<11}{precision:>10.3f}{recall:>8.3f}")
    print("  confusion (rows: given, columns: read as)")
    print("  " + " " * 11 + "".join(f"{SHORT[label]:>10}" for label in LABELS))
    for truth in LABELS:
        cells = "".join(f"{counts[(truth, seen)]:>10}" for seen in LABELS)
        print(f"  {truth:<11}{cells}")
    print(
        f"  polite no read as strong yes: {counts[('polite_no', 'strong_yes')]}; "
        f"lukewarm read as strong yes: {counts[('lukewarm', 'strong_yes')]}"
    )
    return right / total


def per_second(read: Callable[[str], str], texts: Sequence[str], passes: int, repeat: int) -> float:
    """Replies read per CPU second over `passes` passes of `texts`, the best of `repeat` runs."""
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        for _ in range(passes):
            for text in texts:
                read(text)
        best = min(best, time.process_time() - started)
    return passes * len(texts) / best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()

    rows = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines()]
    texts = [row["text"] for row in rows]
    given = Counter(row["label"] for row in rows)
    print(
        f"{len(rows)} labelled replies ("
        + ", ".join(f"{given[label]} {label}" for label in LABELS)
        + f"), averaging {sum(map(len, texts)) / len(texts):.0f} characters"
    )
    ours = report("classify_reply", confusion(rows, classifier), len(rows))
    theirs = report("baseline (keyword rule)", confusion(rows, baseline), len(rows))

    fast = per_second(classifier, texts, options.passes, options.repeat)
    naive = per_second(baseline, texts, options.passes, options.repeat)
    print(f"\naccuracy: classify_reply {ours:.3f}, baseline {theirs:.3f}")
    print(
        f"classify_reply: {fast:,.0f} replies/s CPU ({1000 / fast:.3f} ms a reply); "
        f"baseline: {naive:,.0f} replies/s CPU"
    )
    faster = "the classifier" if fast > naive else "the baseline"
    print(f"classify_reply / baseline throughput: {fast / naive:.4f}x ({faster} is faster)")
    met = "met" if 1000 / fast < TARGET_MS else "NOT met"
    print(f"target under {TARGET_MS:g} ms a reply on one core (CPU time): {met}")


if __name__ == "__main__":
    main()
