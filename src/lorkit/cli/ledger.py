"""The ERAS letter ledger from the command line: `lorkit letters` lists every letter entry with
its soft deadline and next reminder, and `lorkit letter set-status` moves one on, through the
same service (and the same refusals) as the web page."""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from lorkit.cli.shared import (
    JsonFlag,
    TodayOption,
    UserOption,
    app,
    console,
    django_ready,
    fail,
    parse_day,
    resolve_user,
    shown,
)
from lorkit.core.ledger import LetterStatus, label, next_statuses

if TYPE_CHECKING:
    from lorkit.accounts.models import User
    from lorkit.letters.ledger_selectors import LedgerEntry

letter_app = typer.Typer(help="One letter entry: move its status on.", no_args_is_help=True)
app.add_typer(letter_app, name="letter")


def _today(owner: User, value: str | None) -> date:
    from lorkit.accounts.services import profile_for

    return parse_day(value, "--today") or profile_for(owner).today()


@app.command("letters")
def letters_list(
    user: UserOption = None, today: TodayOption = None, as_json: JsonFlag = False
) -> None:
    """Your ERAS letter entries, newest first: writer, specialty, status and its date, the
    soft deadline and the next reminder."""
    django_ready()
    from lorkit.letters.ledger_selectors import letter_entries

    owner = resolve_user(user)
    entries = letter_entries(owner, _today(owner, today))
    if as_json:
        typer.echo(json.dumps([entry.as_dict() for entry in entries], indent=2, ensure_ascii=False))
        return
    render_entries(entries)


def render_entries(entries: tuple[LedgerEntry, ...]) -> None:
    if not entries:
        console.print("No letter entries yet: add one on the Letters page (lorkit serve).")
        return
    table = Table("id", "writer", "meant for", "status", "since", "soft deadline", "next reminder")
    for entry in entries:
        letter = entry.letter
        table.add_row(
            str(letter.pk),
            shown(letter.author),
            shown(letter.specialty),
            letter.status_label,
            _day(entry.status_since),
            _day(entry.soft_deadline),
            _day(entry.next_reminder.due if entry.next_reminder else None),
        )
    console.print(table)
    warned = sum(1 for entry in entries if entry.warnings)
    if warned:
        console.print(f"{warned} letter(s) with a warning: see `lorkit letters --json` or the web.")


def _day(day: date | None) -> str:
    return day.isoformat() if day else "-"


def _status(value: str) -> LetterStatus:
    try:
        return LetterStatus(value.strip().lower())
    except ValueError:
        known = ", ".join(status.value for status in LetterStatus)
        raise typer.BadParameter(f"{value!r} is not a status; use one of {known}") from None


@letter_app.command("set-status")
def set_status(
    letter_id: Annotated[int, typer.Argument(metavar="ID", help="The id `lorkit letters` shows.")],
    status: Annotated[
        str,
        typer.Argument(
            metavar="STATUS",
            help="planned, asked, agreed, requested, received, declined, withdrawn or removed.",
        ),
    ],
    on: Annotated[
        str | None, typer.Option("--on", help="The day it happened (YYYY-MM-DD; default today).")
    ] = None,
    user: UserOption = None,
    today: TodayOption = None,
) -> None:
    """Move one letter to a new status, dated (the change is kept in its history)."""
    new = _status(status)
    django_ready()
    from django.core.exceptions import ValidationError

    from lorkit.letters.models import LetterRequest
    from lorkit.letters.services import status_set

    owner = resolve_user(user)
    day = _today(owner, today)
    when = parse_day(on, "--on") or day
    letter = LetterRequest.objects.filter(owner=owner, pk=letter_id).first()
    if letter is None:
        raise fail(f"no letter with id {letter_id} (see `lorkit letters`)")
    if when > day:
        raise fail("a status date cannot be after today")
    current = LetterStatus(letter.status)
    try:
        status_set(owner=owner, request=letter, status=new, on=when, today=day)
    except ValidationError as error:
        onward = ", ".join(s.value for s in next_statuses(current))
        reason = " ".join(error.messages)
        raise fail(f"{reason} From {current.value} it can become: {onward}.") from None
    if current is new:
        console.print(f"{shown(letter.author)}'s letter is already {label(new)}: nothing changed.")
    else:
        console.print(f"{shown(letter.author)}'s letter: {label(new)} on {when.isoformat()}.")
