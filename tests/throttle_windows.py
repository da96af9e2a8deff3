"""For tests that fill a throttle and then expect a refusal: counts start afresh when a window
begins, so a test that straddles a window's end would see its refusal vanish. Waiting out the
last few seconds of a window first keeps the whole test inside one.

Test modules import it as `throttle_windows` (tests/ is on sys.path; see import_walk.py)."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

from lorkit.core.throttles import Throttle

# Longer than any throttle test takes.
MARGIN = timedelta(seconds=15)


def start_well_inside_a_window(*throttles: Throttle) -> None:
    for throttle in throttles:
        left = throttle.retry_after(datetime.now(UTC))
        if left < MARGIN:
            time.sleep(left.total_seconds() + 0.1)
