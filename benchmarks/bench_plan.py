"""How fast the plan engine and the season calendar are, against a trivial baseline.

Prints microseconds per call and the ratio to building the same number of bare date
windows, so the numbers mean the same on a slow and a fast machine. Run:
    .venv/bin/python benchmarks/bench_plan.py
"""

from __future__ import annotations

import timeit
from datetime import date, timedelta

from lorkit.core.plan import plan_rotation
from lorkit.core.rotation import Rotation
from lorkit.core.scripts import PlanContext
from lorkit.core.season import season_calendar

ROTATION = Rotation(date(2027, 1, 4), date(2027, 1, 31))
CONTEXT = PlanContext(specialty="Internal Medicine", attending_name="Dr. Rivera", season_year=2028)


def baseline() -> list[tuple[date, date]]:
    """Fourteen windows of plain date arithmetic: the least any plan could cost."""
    return [
        (ROTATION.start + timedelta(days=i), ROTATION.start + timedelta(days=i + 2))
        for i in range(14)
    ]


def per_call_us(stmt: object, number: int) -> float:
    best = min(timeit.repeat(stmt, number=number, repeat=5))  # type: ignore[arg-type]
    return best / number * 1e6


def main() -> None:
    base = per_call_us(baseline, 20000)
    plan = per_call_us(lambda: plan_rotation(ROTATION, CONTEXT), 2000)
    season = per_call_us(lambda: season_calendar(2031), 20000)
    print(f"baseline (14 bare windows)   {base:8.1f} µs")
    print(f"plan_rotation (28 days)      {plan:8.1f} µs   ratio {plan / base:6.1f}x baseline")
    print(f"season_calendar (estimated)  {season:8.1f} µs   ratio {season / base:6.1f}x baseline")
    print(f"plans per second             {1e6 / plan:8.0f}")


if __name__ == "__main__":
    main()
