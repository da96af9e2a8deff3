"""How long the one-page letter helper PDF takes, with and without fitting it on the page.

For helpers of 5, 40 and 200 bullets (two lines each, dealt over the five usual headings),
prints the milliseconds of `helper_pdf` (measure, step the font down, trim, draw) and of a
baseline measured in the same run: the page `helper_pdf` ended with, drawn once at its final
size with no measuring and no fitting (the fewest steps that produce the same file). Also
prints the layouts tried and fpdf2's paragraph passes (`multi_cell` calls: dry-run measures,
then draws). Each time is the best of --repeat runs, as timeit takes, since a busy machine only
makes a run slower. Run:
    .venv/bin/python benchmarks/bench_packet_pdf.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from collections.abc import Callable
from functools import partial
from typing import Any

from fpdf import FPDF

from lorkit.core.packet import (
    CLOSING,
    COMPLIMENTS,
    FEEDBACK,
    STORIES,
    TALKS,
    WISHES,
    HelperSection,
    LetterHelper,
)
from lorkit.letters import render

SIZES = (5, 40, 200)
HEADINGS = (STORIES, FEEDBACK, COMPLIMENTS, TALKS, WISHES)
BULLET = (
    "followed a patient admitted with a fever, checked the cultures each morning and updated "
    "the family after rounds"
)


def helper(bullets: int) -> LetterHelper:
    dealt: list[list[str]] = [[] for _ in HEADINGS]
    for number in range(bullets):
        dealt[number % len(HEADINGS)].append(f"Item {number}: {BULLET}")
    return LetterHelper(
        title="Letter helper: Ana Souza, internal medicine sub-internship",
        intro=("I was the sub-intern on your team from 4 to 31 January 2027.",),
        sections=tuple(
            HelperSection(heading=heading, bullets=tuple(items))
            for heading, items in zip(HEADINGS, dealt, strict=True)
            if items
        ),
        closing=CLOSING,
    )


def best_ms(work: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best * 1000


def draw_only(kept: LetterHelper, size: float) -> bytes:
    """The baseline: the final page drawn once, nothing measured."""
    page = render._HelperPage(kept.title)
    page.draw(kept, size)
    return page.data()


def counted_passes(work: Callable[[], object]) -> Counter[str]:
    """fpdf2's paragraph passes during `work`: dry-run measures and real draws."""
    passes: Counter[str] = Counter()
    original = FPDF.multi_cell
    depth = [0]  # a dry run calls multi_cell again, with writing disabled: count the outer call

    def counting(self: FPDF, *args: Any, **kwargs: Any) -> Any:
        if depth[0] == 0:
            passes["measured" if kwargs.get("dry_run") else "drawn"] += 1
        depth[0] += 1
        try:
            return original(self, *args, **kwargs)
        finally:
            depth[0] -= 1

    FPDF.multi_cell = counting  # type: ignore[method-assign]
    try:
        work()
    finally:
        FPDF.multi_cell = original  # type: ignore[method-assign]
    return passes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    options = parser.parse_args()

    render.helper_pdf(helper(5))  # first-use costs (imports, caches) before the clock
    print(f"helper_pdf, best of {options.repeat} runs, one process")
    for bullets in SIZES:
        full = helper(bullets)
        result = render.helper_pdf(full)
        kept = sum(len(section.bullets) for section in result.kept.sections)
        passes = counted_passes(partial(render.helper_pdf, full))
        fitted = best_ms(partial(render.helper_pdf, full), options.repeat)
        baseline = best_ms(partial(draw_only, result.kept, result.font_size), options.repeat)
        print(
            f"{bullets:>3} bullets: {fitted:6.1f} ms fitted ({result.layouts_tried} layouts, "
            f"{passes['measured']} measured + {passes['drawn']} drawn paragraphs; "
            f"{result.font_size:g} pt, {kept} kept, {len(result.left_out)} left out) | "
            f"baseline {baseline:6.1f} ms drawn once | ratio {fitted / baseline:.2f}x"
        )


if __name__ == "__main__":
    main()
