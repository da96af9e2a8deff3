"""Fixed-window throttles: at most N attempts per key in each window of M minutes. Checked
before the expensive step (a password hash), so a flood costs a counter read per request."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from lorkit.core import defaults


@dataclass(frozen=True)
class Throttle:
    scope: str
    attempts: int
    window_minutes: int

    def key(self, value: str) -> str:
        """The counter's name for one address or username; values are cut so that a
        megabyte-long username still makes a short key."""
        return f"{self.scope}:{value[:200]}"

    def window_start(self, now: datetime) -> datetime:
        """The start of the window `now` falls in, windows counted from the Unix epoch so
        every process agrees on them."""
        span = self.window_minutes * 60
        seconds = int(now.timestamp()) // span * span
        return datetime.fromtimestamp(seconds, tz=UTC)

    def retry_after(self, now: datetime) -> timedelta:
        """How long until the current window closes."""
        return self.window_start(now) + timedelta(minutes=self.window_minutes) - now

    def retry_after_minutes(self, now: datetime | None = None) -> int:
        """Whole minutes to wait, rounded up, at least one."""
        left = self.retry_after(now or datetime.now(UTC))
        return max(1, -(-int(left.total_seconds()) // 60))


LOGIN_BY_ADDRESS = Throttle("login-address", *defaults.FAILED_LOGINS_PER_ADDRESS)
LOGIN_BY_USERNAME = Throttle("login-username", *defaults.FAILED_LOGINS_PER_USERNAME)
SIGNUP_BY_ADDRESS = Throttle("signup-address", *defaults.SIGNUPS_PER_ADDRESS)
RESET_BY_ADDRESS = Throttle("reset-address", *defaults.PASSWORD_RESETS_PER_ADDRESS)
RESET_BY_EMAIL = Throttle("reset-email", *defaults.PASSWORD_RESETS_PER_EMAIL)
