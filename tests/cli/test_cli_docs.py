"""The README keeps up with the CLI: every registered command appears as `lorkit <name>`."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer.main

from lorkit.cli import app

README = Path(__file__).resolve().parents[2] / "README.md"
COMMANDS = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


def test_the_command_list_is_read_from_the_app() -> None:
    assert {"plan", "season", "today", "week", "done", "skip", "export", "import", "demo"} <= set(
        COMMANDS
    )


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_is_documented_in_the_readme(name: str) -> None:
    assert README.is_file(), f"{README} does not exist yet"
    assert f"lorkit {name}" in README.read_text(encoding="utf-8"), (
        f"README.md never mentions `lorkit {name}`"
    )
