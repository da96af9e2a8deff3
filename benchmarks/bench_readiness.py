"""How fast writer readiness is for a heavy journal: 50 people over 5,000 entries.

Prints milliseconds for `rank_writers` (one pass over the evidence) and for the naive way
(each person's tally a fresh pass over the whole journal), and their ratio, measured in the
same run so the numbers mean the same on a slow and a fast machine. Also times the warning
signs and the check-in strip, which Today computes on every visit. Run:
    .venv/bin/python benchmarks/bench_readiness.py
"""

from __future__ import annotations

import random
import timeit
from collections.abc import Callable
from datetime import date, timedelta

from lorkit.core.journal import (
    CHECK_IN_QUESTIONS,
    CheckIn,
    Compliment,
    Feedback,
    Journal,
    Person,
    Story,
    Talk,
    check_in_strip,
    warning_signs,
)
from lorkit.core.readiness import (
    WriterReadiness,
    assess_portfolio,
    rank_writers,
    writer_readiness,
)
from lorkit.core.rotation import Rotation
from lorkit.core.vocabulary import PersonRole, Setting

PEOPLE = 50
ENTRIES = 5_000
TARGET = "Internal Medicine"
TODAY = date(2027, 12, 20)


def heavy_journal(entries: int = ENTRIES, seed: int = 1) -> Journal:
    """Twelve four-week rotations, 50 people on them, and `entries` entries: a year of check-ins,
    the rest stories, feedback (half of it followed up), compliments and talks."""
    rng = random.Random(seed)
    rotations = tuple(
        Rotation(
            date(2027, 1, 4) + timedelta(weeks=4 * n),
            date(2027, 1, 31) + timedelta(weeks=4 * n),
            specialty=rng.choice([TARGET, "Neurology", "Pediatrics"]),
            site=f"Site {n}",
            id=f"r{n}",
        )
        for n in range(12)
    )
    people = tuple(
        Person(
            id=f"p{n}",
            name=f"Dr. {n}",
            role=rng.choice(list(PersonRole)),
            specialty=rng.choice([TARGET, "Neurology"]),
            setting=rng.choice(list(Setting)),
            rotation_ids=(f"r{n % 12}",),
            saw_clinical_work=rng.random() < 0.8,
        )
        for n in range(PEOPLE)
    )
    days = [date(2027, 1, 4) + timedelta(days=n) for n in range(350)]
    check_ins = tuple(
        CheckIn(day=day, **{key: rng.random() < 0.85 for key in CHECK_IN_QUESTIONS}) for day in days
    )
    rest = entries - len(check_ins)

    def someone() -> str:
        return rng.choice(people).id

    stories = tuple(
        Story(day=rng.choice(days), text="x", witness_ids=(someone(), someone()))
        for _ in range(rest * 4 // 10)
    )
    feedback = tuple(
        Feedback(
            day=(day := rng.choice(days)),
            giver_id=someone(),
            point="x",
            followup_date=day + timedelta(days=3) if rng.random() < 0.5 else None,
        )
        for _ in range(rest * 3 // 10)
    )
    compliments = tuple(
        Compliment(day=rng.choice(days), giver_id=someone(), text="x")
        for _ in range(rest * 2 // 10)
    )
    talks = tuple(
        Talk(day=rng.choice(days), topic="x")
        for _ in range(rest - len(stories) - len(feedback) - len(compliments))
    )
    return Journal(people, rotations, check_ins, stories, feedback, compliments, talks)


def naive_rank(journal: Journal) -> list[WriterReadiness]:
    """The baseline: each person's evidence found by rescanning the whole journal."""
    return [writer_readiness(person, journal, TARGET, TODAY) for person in journal.people]


def best_ms(call: Callable[[], object], number: int) -> float:
    return min(timeit.repeat(call, number=number, repeat=5)) / number * 1e3


def main() -> None:
    journal = heavy_journal()
    entries = sum(
        len(part)
        for part in (
            journal.check_ins,
            journal.stories,
            journal.feedback,
            journal.compliments,
            journal.talks,
        )
    )
    ranked = rank_writers(journal, TARGET, TODAY)
    # Both ways must agree before their speeds are worth comparing.
    assert {w.person_id: w.as_dict() for w in ranked} == {
        w.person_id: w.as_dict() for w in naive_rank(journal)
    }
    fast = best_ms(lambda: rank_writers(journal, TARGET, TODAY), 20)
    naive = best_ms(lambda: naive_rank(journal), 3)
    portfolio = best_ms(lambda: assess_portfolio(ranked, journal, TARGET, TODAY), 20)
    signs = best_ms(lambda: warning_signs(journal, TODAY), 20)
    strip = best_ms(lambda: check_in_strip(journal.check_ins, journal.rotations, TODAY), 20)
    print(f"journal: {len(journal.people)} people, {entries:,} entries")
    print(f"rank_writers (one pass)          {fast:8.2f} ms")
    print(f"naive (a pass per person)        {naive:8.2f} ms   ratio {naive / fast:6.1f}x slower")
    double = heavy_journal(2 * ENTRIES)
    doubled = best_ms(lambda: rank_writers(double, TARGET, TODAY), 20)
    print(f"rank_writers, twice the entries  {doubled:8.2f} ms   ratio {doubled / fast:6.1f}x")
    print(f"assess_portfolio                 {portfolio:8.2f} ms")
    print(f"warning_signs                    {signs:8.2f} ms")
    print(f"check_in_strip (30 days)         {strip:8.2f} ms")


if __name__ == "__main__":
    main()
