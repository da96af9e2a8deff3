"""Backups from the command line: `lorkit export` and `lorkit import`.

Django modules are imported after `django_ready()`, which configures Django for them."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any

import typer

from lorkit.cli.shared import UserOption, app, console, django_ready, err, fail, resolve_user, shown
from lorkit.core.export_format import ExportError, load_export_json, problems_shown


@app.command("export")
def export_command(
    file: Annotated[str, typer.Argument(help="Where to write the JSON; - for standard output.")],
    user: UserOption = None,
) -> None:
    """Write the whole workspace to one JSON file."""
    django_ready()
    from lorkit.backup.services import workspace_export

    text = json.dumps(workspace_export(resolve_user(user)), indent=2, ensure_ascii=False) + "\n"
    if file == "-":
        typer.echo(text, nl=False)
        return
    try:
        Path(file).write_text(text, encoding="utf-8")
    except OSError as error:
        raise fail(f"cannot write {file}: {error.strerror}") from None
    err.print(f"Exported to {file}")


@app.command("import")
def import_command(
    file: Annotated[str, typer.Argument(help="A lorkit export; - for standard input.")],
    user: UserOption = None,
    replace: Annotated[
        bool, typer.Option("--replace", help="Replace the account's current rotations.")
    ] = False,
) -> None:
    """Restore a JSON export. The file is checked whole first; on any problem nothing changes."""
    document = read_document(file)
    django_ready()
    from lorkit.backup.services import workspace_import

    owner = resolve_user(user)
    try:
        summary = workspace_import(owner=owner, document=document, replace=replace)
    except ExportError as error:
        raise refused(error.problems) from None
    console.print(
        f"Imported {summary.rotations} rotations and {summary.milestones} milestones "
        f"into {shown(owner.username)}'s account."
    )
    if summary.journal:
        entries = "entry" if summary.journal == 1 else "entries"
        console.print(f"The journal came along: {summary.journal} {entries}.")
    if summary.planned_note:
        console.print(summary.planned_note)


def refused(problems: Sequence[str]) -> typer.Exit:
    """Print why nothing was imported, in the Backup page's words, and return the exit."""
    err.print("[bold red]Nothing was imported.[/] The file has these problems:")
    for problem in problems_shown(problems):
        err.print(f"  - {shown(problem)}")
    return typer.Exit(code=1)


def read_document(file: str) -> Any:
    """The JSON in `file` (- for standard input), or an exit with the reason it cannot be read."""
    try:
        # Bytes, decoded by `load_export_json`: a file that is not UTF-8 is then refused in the
        # Backup page's words, naming the byte, whatever the terminal's encoding.
        raw = sys.stdin.buffer.read() if file == "-" else Path(file).read_bytes()
    except OSError as error:
        raise fail(f"cannot read {file}: {error.strerror}") from None
    try:
        return load_export_json(raw)
    except ExportError as error:
        raise refused(error.problems) from None
