"""`lorkit remind`: one digest of the day's letter follow-ups to each applicant, printed instead
when there is no mail server or with --dry-run (and then nothing is claimed), and run once a
day with --loop until Ctrl-C."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from django.core import mail
from typer.testing import CliRunner

from lorkit.accounts.models import Profile, User
from lorkit.cli import app
from lorkit.letters.models import LetterRequest, Reminder

runner = CliRunner(env={"LORKIT_USER": None})
FIRST_DUE = date(2026, 7, 15)  # 14 days after a request on 1 July


def one_line(text: str) -> str:
    return " ".join(text.split())


def applicant(user: User, email: str) -> User:
    user.email = email
    user.save(update_fields=["email"])
    Profile.objects.filter(user=user).update(season=2027, submission_target=date(2026, 9, 10))
    return User.objects.get(pk=user.pk)


def requested(owner: User, author: str, on: date = date(2026, 7, 1)) -> LetterRequest:
    return LetterRequest.objects.create(
        owner=owner,
        author=author,
        author_email=f"{author.split()[-1].lower()}@example.edu",
        status="requested",
        requested_on=on,
    )


@pytest.fixture
def alice(owner: User) -> User:
    person = applicant(owner, "alice@example.org")
    requested(person, "Dr. Noor Haddad")
    requested(person, "Dr. Tomasz Wren")
    return person


@pytest.fixture
def mallory(outsider: User) -> User:
    person = applicant(outsider, "mallory@example.org")
    requested(person, "Dr. Ines Calloway")
    return person


@pytest.fixture
def smtp(settings: Any) -> None:
    settings.EMAIL_HOST = "smtp.example.org"
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


@pytest.fixture
def no_smtp(settings: Any) -> None:
    settings.EMAIL_HOST = ""
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


def remind(*arguments: str) -> Any:
    return runner.invoke(app, ["remind", *arguments])


def claimed() -> list[date | None]:
    return list(Reminder.objects.order_by("pk").values_list("digested_on", flat=True))


def test_a_dry_run_prints_each_digest_and_claims_nothing(
    alice: User, mallory: User, smtp: None
) -> None:
    result = remind("--dry-run", "--today", "2026-07-15")

    assert result.exit_code == 0, result.output
    output = one_line(result.stdout)
    assert "Would send to alice@example.org: lorkit: 2 letter follow-ups due today" in output
    assert "Would send to mallory@example.org: lorkit: 1 letter follow-up due today" in output
    assert "First reminder: Dr. Noor Haddad (due 2026-07-15)" in output
    assert mail.outbox == []
    assert claimed() == [None, None, None]


def test_without_a_mail_server_it_says_so_prints_and_claims_nothing(
    alice: User, no_smtp: None
) -> None:
    result = remind("--today", "2026-07-15")

    assert result.exit_code == 0, result.output
    output = one_line(result.stdout)
    assert "SMTP is not configured (set LORKIT_EMAIL_HOST): nothing was sent." in output
    assert "Would send to alice@example.org" in output
    assert (mail.outbox, claimed()) == ([], [None, None])


def test_with_a_mail_server_each_applicant_gets_one_digest_and_a_rerun_sends_nothing(
    alice: User, mallory: User, smtp: None
) -> None:
    first = remind("--today", "2026-07-15")
    second = remind("--today", "2026-07-15")

    assert first.exit_code == 0, first.output
    assert "Sent to alice@example.org: lorkit: 2 letter follow-ups due today" in one_line(
        first.stdout
    )
    assert sorted(m.to for m in mail.outbox) == [["alice@example.org"], ["mallory@example.org"]]
    assert all(m.cc == [] and m.bcc == [] for m in mail.outbox)
    assert "No letter follow-ups due." in second.stdout
    assert claimed() == [FIRST_DUE] * 3


def test_without_today_each_applicant_is_reminded_on_their_own_day(
    alice: User, smtp: None, set_today: Any
) -> None:
    set_today(FIRST_DUE - timedelta(days=1))
    early = remind()
    set_today(FIRST_DUE)
    due = remind()

    assert "No letter follow-ups due." in early.stdout
    assert "Sent to alice@example.org" in due.stdout
    assert len(mail.outbox) == 1


def test_a_digest_that_cannot_be_sent_exits_1_and_stays_for_the_next_run(
    alice: User, smtp: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(self: Any, fail_silently: bool = False) -> int:
        raise ConnectionRefusedError("the server hung up")

    monkeypatch.setattr("django.core.mail.EmailMessage.send", refuse)

    result = remind("--today", "2026-07-15")

    assert result.exit_code == 1
    assert "alice: the digest could not be sent (the server hung up)" in one_line(result.stderr)
    assert claimed() == [None, None]


def test_loop_with_today_is_refused(alice: User) -> None:
    result = remind("--loop", "--today", "2026-07-15")

    assert result.exit_code == 1
    assert "--loop follows the clock" in result.stderr


def test_a_date_that_is_not_one_is_refused(alice: User) -> None:
    result = remind("--today", "2026-02-30")

    assert result.exit_code == 2
    assert "is not a date written YYYY-MM-DD" in one_line(result.output)


def test_loop_runs_once_a_day_and_stops_cleanly_on_ctrl_c(
    alice: User, smtp: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    requested(alice, "Dr. Ama Osei", on=date(2026, 7, 2))  # its first reminder: 16 July
    clock = [datetime(2026, 7, 15, 8, 0, tzinfo=UTC)]
    # Each look at the date moves the clock on: an hour, then to the next day, then Ctrl-C.
    steps = iter([timedelta(hours=1), timedelta(days=1)])
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        step = next(steps, None)
        if step is None:
            raise KeyboardInterrupt
        clock[0] += step

    monkeypatch.setattr("django.utils.timezone.now", lambda: clock[0])
    monkeypatch.setattr("time.sleep", sleep)
    # The loop drops stale connections between runs; here the connection holds the test's
    # transaction, which PostgreSQL would lose.
    monkeypatch.setattr("django.db.close_old_connections", lambda: None)

    result = remind("--loop", "--interval", "5")

    assert result.exit_code == 0, result.output
    assert result.stdout.strip().endswith("Stopped.")
    assert slept == [5, 5, 5]
    assert [m.subject for m in mail.outbox] == [
        "lorkit: 2 letter follow-ups due today",
        "lorkit: 1 letter follow-up due today",
    ]
