"""The README is the manual: these tests fail when it falls behind the code."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text()


def quick_start_commands() -> list[str]:
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_quick_start_has_exactly_two_commands() -> None:
    commands = quick_start_commands()
    assert len(commands) == 2
    assert all("\n" not in command for command in commands)
    assert commands[0].endswith("lorkit serve --demo")
    assert commands[1].endswith("pytest")


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text()
    assert quick_start_commands()[1] in ci


def test_every_environment_variable_the_code_reads_is_documented() -> None:
    sources = [*ROOT.joinpath("src").rglob("*.py"), *ROOT.joinpath("tests").rglob("*.py")]
    names = {
        name for path in sources for name in re.findall(r"\b(LORKIT_[A-Z_]+)\b", path.read_text())
    }
    assert "LORKIT_DATABASE_URL" in names
    undocumented = sorted(name for name in names if f"`{name}`" not in README)
    assert undocumented == []


def test_every_milestone_kind_is_documented() -> None:
    from lorkit.core.vocabulary import MilestoneKind

    missing = [kind.value for kind in MilestoneKind if f"`{kind.value}`" not in README]
    assert missing == []


def readme_row(variable: str) -> str:
    return next(line for line in README.splitlines() if line.startswith(f"| `{variable}`"))


def test_the_numbers_the_readme_quotes_are_the_defaults() -> None:
    from lorkit.core import defaults

    lockout = readme_row("LORKIT_LOGIN_FAILURE_LIMIT")
    assert f"| `{defaults.LOGIN_FAILURE_LIMIT}` |" in lockout
    assert f"for {defaults.LOGIN_LOCKOUT_MINUTES} minutes" in lockout
    prose = " ".join(README.split())  # sentences wrap across lines
    assert f"shorter than {defaults.SHORT_ROTATION_DAYS} days" in prose
    assert f"outside {defaults.EARLIEST_YEAR}–{defaults.LATEST_YEAR} are refused" in prose
    attempts, minutes = defaults.FAILED_LOGINS_PER_ADDRESS
    assert f"per address ({attempts} per {minutes} minutes)" in prose
    attempts, minutes = defaults.FAILED_LOGINS_PER_USERNAME
    assert f"per username ({attempts} per {minutes} minutes" in prose
    assert f"Passwords need {defaults.PASSWORD_MIN_LENGTH} characters" in prose
