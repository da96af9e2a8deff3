"""How long the `lorkit` command takes to start, in fresh interpreters, against a baseline.

The account-free commands (`plan`, `season`) must not load Django; this prints their wall
time next to a bare `python -c pass` and next to a command that does load Django and the
database (`lorkit today`), so the ratio shows what keeping Django out buys; `plan --ics` shows
what writing the calendar adds (lorkit's own writer, core/ics.py). Run:
    .venv/bin/python benchmarks/bench_cli_startup.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 7
LORKIT = str(Path(sys.executable).with_name("lorkit"))
PLAN = ["plan", "--start", "2027-01-04", "--end", "2027-01-31"]
COMMANDS = {
    "python -c pass (baseline)": [sys.executable, "-c", "pass"],
    "lorkit plan --json": [LORKIT, *PLAN, "--json"],
    "lorkit plan --ics": [LORKIT, *PLAN, "--ics"],
    "lorkit season 2028 --json": [LORKIT, "season", "2028", "--json"],
    "lorkit today (loads Django)": [LORKIT, "today", "--today", "2027-01-10"],
}


def median_seconds(command: list[str], env: dict[str, str]) -> float:
    times = []
    for _ in range(RUNS):
        began = time.perf_counter()
        subprocess.run(command, env=env, stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as data_dir:
        env = {**os.environ, "LORKIT_DATA_DIR": data_dir}
        env.pop("LORKIT_DATABASE_URL", None)
        subprocess.run([LORKIT, "demo"], env=env, stdout=subprocess.DEVNULL, check=True)
        timings = {name: median_seconds(command, env) for name, command in COMMANDS.items()}
    base = timings["python -c pass (baseline)"]
    for name, seconds in timings.items():
        print(f"{name:30} {seconds * 1000:8.0f} ms   ratio {seconds / base:5.1f}x baseline")


if __name__ == "__main__":
    main()
