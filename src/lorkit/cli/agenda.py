"""The agenda from the command line: `lorkit today`, `week`, `done`, `skip`.

Django modules are imported after `django_ready()`, which configures Django for them."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.table import Table

from lorkit.cli.shared import (
    AllowOption,
    JsonFlag,
    RewriteFlag,
    TodayOption,
    UserOption,
    app,
    console,
    django_ready,
    fail,
    parse_day,
    privacy_refusal,
    resolve_user,
    shown,
)
from lorkit.core.agenda import WEEK_AHEAD, Agenda

if TYPE_CHECKING:
    from lorkit.plans.models import Milestone

SECTION_TITLES = {"overdue": "[red]Overdue[/]", "due_now": "Due now", "upcoming": "Coming up"}


@app.command()
def today(user: UserOption = None, today: TodayOption = None, as_json: JsonFlag = False) -> None:
    """What is overdue and what is due today."""
    show_agenda(user, today, as_json, 0, "Today")


@app.command()
def week(user: UserOption = None, today: TodayOption = None, as_json: JsonFlag = False) -> None:
    """What is overdue, due now, and coming in the next seven days."""
    show_agenda(user, today, as_json, WEEK_AHEAD, "This week")


def show_agenda(
    user: str | None, today: str | None, as_json: bool, days_ahead: int, heading: str
) -> None:
    day = parse_day(today, "--today")
    django_ready()
    from lorkit.accounts.services import profile_for
    from lorkit.plans.selectors import agenda_for

    owner = resolve_user(user)
    day = day or profile_for(owner).today()
    render_agenda(agenda_for(owner=owner, today=day, days_ahead=days_ahead), as_json, heading)


def milestone_json(m: Milestone) -> dict[str, Any]:
    """The stable JSON shape of one milestone in `lorkit today/week --json`."""
    return {
        "id": m.pk,
        "kind": m.kind,
        "key": m.key,
        "title": m.title,
        "start": m.start.isoformat(),
        "end": m.end.isoformat(),
        "status": m.status,
        "rotation": m.rotation.label,
        "rotation_id": m.rotation_id,
    }


def render_agenda(agenda: Agenda[Milestone], as_json: bool, heading: str) -> None:
    sections = {"overdue": agenda.overdue, "due_now": agenda.due_now, "upcoming": agenda.upcoming}
    if as_json:
        data: dict[str, Any] = {"today": agenda.today.isoformat()}
        data.update({name: [milestone_json(m) for m in items] for name, items in sections.items()})
        typer.echo(json.dumps(data, indent=2))
        return
    console.print(f"[bold]{heading}[/] — {agenda.today:%A %d %B %Y}")
    if agenda.is_empty:
        console.print("Nothing due. Add a rotation in the web app to get a plan.")
        return
    for name, items in sections.items():
        if items:
            console.print(agenda_table(name, items))
    console.print(
        "Mark one with: lorkit done ID [--note TEXT]  or  lorkit skip ID;"
        ' a note alone: lorkit note ID "TEXT"'
    )


def agenda_table(name: str, items: Any) -> Table:
    table = Table(title=SECTION_TITLES[name], title_justify="left", show_lines=False)
    for column in ("id", "window", "milestone", "rotation"):
        table.add_column(column)
    for m in items:
        window = f"{m.start:%d %b}" if m.start == m.end else f"{m.start:%d %b} – {m.end:%d %b}"
        style = "red" if name == "overdue" else None
        table.add_row(str(m.pk), window, shown(m.title), shown(m.rotation.label), style=style)
    return table


NoteOption = Annotated[
    str | None,
    typer.Option(
        "--note",
        help='Note kept with the milestone; without it the note stays; --note "" clears it.',
    ),
]


@app.command()
def done(
    milestone_id: int,
    note: NoteOption = None,
    allow: AllowOption = None,
    use_rewrite: RewriteFlag = False,
    user: UserOption = None,
    today: TodayOption = None,
) -> None:
    """Mark a milestone done (its id is shown by `lorkit today`)."""
    set_status(milestone_id, "done", note, user, today, allow or [], use_rewrite)


@app.command()
def skip(
    milestone_id: int,
    note: NoteOption = None,
    allow: AllowOption = None,
    use_rewrite: RewriteFlag = False,
    user: UserOption = None,
    today: TodayOption = None,
) -> None:
    """Mark a milestone skipped."""
    set_status(milestone_id, "skipped", note, user, today, allow or [], use_rewrite)


@app.command()
def note(
    milestone_id: int,
    text: str,
    allow: AllowOption = None,
    use_rewrite: RewriteFlag = False,
    user: UserOption = None,
) -> None:
    """Write a milestone's note without changing its status ("" clears it)."""
    set_status(milestone_id, None, text, user, None, allow or [], use_rewrite)


def set_status(
    milestone_id: int,
    status: str | None,
    note: str | None,
    user: str | None,
    today: str | None,
    allow: list[str],
    use_rewrite: bool,
) -> None:
    """Close a milestone with `status` (None: change only its note). The note passes the
    privacy guard: `allow` marks findings as not identifiers; `use_rewrite` stores the guard's
    rewrite instead."""
    day = parse_day(today, "--today")
    django_ready()
    from django.core.exceptions import ValidationError

    from lorkit.accounts.services import profile_for
    from lorkit.plans.models import Milestone
    from lorkit.plans.services import milestone_save_note, milestone_set_status, note_known_names
    from lorkit.validators import PrivacyFlags, rewritten

    owner = resolve_user(user)
    milestone = (
        Milestone.objects.select_related("rotation")
        .filter(pk=milestone_id, rotation__owner=owner)
        .first()
    )
    if milestone is None:
        raise fail(f"no milestone {milestone_id} in {owner.username}'s plan")
    if note and use_rewrite:
        names = note_known_names(milestone.rotation)
        note = rewritten({"note": note}, names, [*milestone.allowed, *allow])["note"]
    try:
        if status is None:
            milestone_save_note(milestone=milestone, note=note or "", allowed=allow)
        else:
            milestone_set_status(
                milestone=milestone,
                status=status,
                note=note,
                today=day or profile_for(owner).today(),
                allowed=allow,
            )
    except PrivacyFlags as flags:
        raise privacy_refusal(flags.flagged) from None
    except ValidationError as error:
        raise fail(" ".join(error.messages)) from None
    answer = status or ("note saved" if milestone.note else "note cleared")
    console.print(f"{shown(milestone.title)}: {answer}")
