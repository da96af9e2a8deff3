"""Text the CLI prints cannot drive the terminal: escape sequences and other control
characters in stored text (an old database, a row written before the text check) are
dropped, and Rich markup in it is shown literally."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from lorkit.cli import app
from lorkit.cli.shared import shown
from lorkit.plans.models import Rotation

runner = CliRunner(env={"LORKIT_USER": None})
HOSTILE = (
    "Mercy\x1b]0;owned\x07\x1b[2J\x9b31m [bold]Hospital[/bold]\x01"  # no NUL: PostgreSQL refuses it
)


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ("Dr. Lee", "Dr. Lee"),
        ("two\nlines\tand a tab", "two\nlines\tand a tab"),
        ("\x1b[31mred\x1b[0m", "[31mred[0m"),
        ("bell\x07 back\x08 del\x7f c1\x9b", "bell back del c1"),
        ("[bold]not bold[/bold]", "\\[bold]not bold\\[/bold]"),
    ],
)
def test_shown_text_keeps_words_and_drops_terminal_controls(text: str, printed: str) -> None:
    assert shown(text) == printed


@pytest.mark.parametrize("command", ["today", "week"])
def test_the_agenda_prints_no_control_characters_from_stored_text(
    rotation: Rotation, command: str
) -> None:
    # Titles are written from the plan, so stored text reaches them through the attending.
    Rotation.objects.filter(pk=rotation.pk).update(site=HOSTILE, attending_name=HOSTILE)

    result = runner.invoke(app, [command, "--today", "2027-01-14"])

    assert result.exit_code == 0, result.output
    assert "Mercy" in result.output
    assert not any(ord(char) < 32 and char not in "\n\t" for char in result.output)
    assert not any(0x7F <= ord(char) <= 0x9F for char in result.output)
