"""`lorkit analyze-letter`: how letter drafts read to a program director, with no account.
Like `plan` and `season`, it imports no Django: it starts fast and needs no database."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from lorkit.cli.shared import JsonFlag, app, console, err, shown
from lorkit.core import defaults
from lorkit.core.letter_language import (
    DOUBT_TYPES,
    TIER_MEANINGS,
    FindingType,
    LetterAnalysis,
    Suggestion,
    analyze_letter,
    letter_advice,
    letter_report,
)
from lorkit.core.letter_language.documents import SUFFIXES, DocumentError, letter_text_from_file

# The findings a reader decides by; word counts are summed instead of listed.
DECIDING = {FindingType.ENDORSEMENT, FindingType.COMPARISON, FindingType.CONCERN, *DOUBT_TYPES}


@dataclass(frozen=True)
class Checked:
    """One file's answer: its analysis and suggestions, or why it could not be read."""

    file: str
    analysis: LetterAnalysis | None = None
    suggestions: tuple[Suggestion, ...] = ()
    error: str = ""

    def as_dict(self) -> dict[str, object]:
        if self.analysis is None:
            return {"file": self.file, "error": self.error}
        return {"file": self.file, **letter_report(self.analysis, self.suggestions)}


@app.command("analyze-letter")
def analyze_letter_command(
    paths: Annotated[
        list[Path],
        typer.Argument(help="Letter drafts (.txt, .docx, .pdf), or folders holding them."),
    ],
    as_json: JsonFlag = False,
) -> None:
    """Read letter drafts as a program director would: tier, deciding phrases, suggestions."""
    files = letter_files(paths)
    checked = check_all(files, err)
    if as_json:
        render_json(checked)
    elif len(checked) == 1:
        render_one(checked[0])
    else:
        render_table(checked)
    if any(item.error for item in checked):
        raise typer.Exit(code=1)


def letter_files(paths: Sequence[Path]) -> list[Path]:
    """The files named, and the letter files inside the folders named, in order."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(_letters_in(path))
        elif path.is_file():
            files.append(path)
        else:
            raise typer.BadParameter(
                f"{shown(str(path))} is not a file or folder", param_hint="PATH"
            )
    if not files:
        raise typer.BadParameter(
            f"no letter files ({', '.join(SUFFIXES)}) in the folders given", param_hint="PATH"
        )
    return files


def _letters_in(folder: Path) -> Iterator[Path]:
    # os.walk does not follow links to folders, so a link loop cannot trap the command.
    for root, folders, names in os.walk(folder):
        folders.sort()
        for name in sorted(names):
            if name.lower().endswith(SUFFIXES):
                yield Path(root) / name


def check_all(files: Sequence[Path], progress_console: Console) -> list[Checked]:
    """Every file checked, with a progress bar on `progress_console` when there are many."""
    if len(files) < defaults.LETTER_PROGRESS_MIN_FILES:
        return [check_file(path) for path in files]
    columns = (TextColumn("Reading letters"), BarColumn(), MofNCompleteColumn())
    with Progress(*columns, console=progress_console, transient=True) as progress:
        task = progress.add_task("letters", total=len(files))
        checked = []
        for path in files:
            checked.append(check_file(path))
            progress.advance(task)
    return checked


def check_file(path: Path) -> Checked:
    try:
        if path.stat().st_size > defaults.IMPORT_MAX_BYTES:
            megabytes = defaults.IMPORT_MAX_BYTES // (1024 * 1024)
            raise DocumentError(f"The file is larger than {megabytes} MB; a letter is far smaller.")
        text = letter_text_from_file(path.name, path.read_bytes())
    except DocumentError as error:
        return Checked(str(path), error=str(error))
    except OSError as error:
        return Checked(str(path), error=f"cannot be read: {error.strerror or error}")
    analysis = analyze_letter(text)
    return Checked(str(path), analysis, letter_advice(analysis))


def render_json(checked: Sequence[Checked]) -> None:
    """One object for one file; for several, one object per line (JSON Lines)."""
    if len(checked) == 1:
        typer.echo(json.dumps(checked[0].as_dict(), indent=2, ensure_ascii=False))
        return
    for item in checked:
        typer.echo(json.dumps(item.as_dict(), ensure_ascii=False))


def render_one(item: Checked) -> None:
    if item.analysis is None:
        err.print(f"[bold red]Error:[/] {shown(item.file)}: {shown(item.error)}")
        return
    analysis = item.analysis
    console.print(f"[bold]{shown(item.file)}[/]: {analysis.tier.label}")
    console.print(TIER_MEANINGS[analysis.tier])
    console.print("\n[bold]Why[/]")
    for reason in analysis.reasons:
        sign = "+" if reason.points > 0 else "−" if reason.points < 0 else "·"
        console.print(f" {sign} {shown(reason.text)}")
    deciding = [f for f in analysis.findings if f.type in DECIDING]
    if deciding:
        table = Table(title="Phrases that decided it", title_justify="left")
        for column in ("where", "kind", "phrase"):
            table.add_column(column)
        for finding in deciding:
            kind = finding.type.value + (f" ({finding.tier.value})" if finding.tier else "")
            table.add_row(f"{finding.start}–{finding.end}", kind, shown(finding.text))
        console.print(table)
    console.print("[bold]How to make it stronger[/]")
    for number, suggestion in enumerate(item.suggestions, start=1):
        console.print(f" {number}. {shown(suggestion.text)}")
    console.print(
        f"\n{analysis.words} words · {analysis.stories} stories · agentic {analysis.agentic} / "
        f"communal {analysis.communal} · standout {analysis.standout} / grindstone "
        f"{analysis.grindstone}"
    )


def render_table(checked: Sequence[Checked]) -> None:
    table = Table(title="Letter drafts", title_justify="left")
    for column in ("file", "tier", "words", "stories", "doubts", "warnings"):
        table.add_column(column)
    for item in checked:
        if item.analysis is None:
            table.add_row(shown(item.file), "[red]unreadable[/]", shown(item.error), "", "", "")
            continue
        analysis = item.analysis
        table.add_row(
            shown(item.file),
            analysis.tier.value,
            str(analysis.words),
            str(analysis.stories),
            str(len(analysis.doubts)),
            str(len(analysis.of_type(FindingType.CONCERN))),
        )
    console.print(table)
    console.print("One file at a time (or --json) shows the phrases and the suggestions.")
