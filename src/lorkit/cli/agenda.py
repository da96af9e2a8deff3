"""The agenda from the command line: `lorkit today`, `week`, `done`, `skip`.

Django modules are imported after `django_ready()`, which configures Django for them."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Annotated, Any

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
    console.print("Mark one with: lorkit done ID [--note TEXT]  or  lorkit skip ID")


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
    milestone_id: int, note: NoteOption = None, user: UserOption = None, today: TodayOption = None
) -> None:
    """Mark a milestone done (its id is shown by `lorkit today`)."""
    set_status(milestone_id, "done", note, user, today)


@app.command()
def skip(
    milestone_id: int, note: NoteOption = None, user: UserOption = None, today: TodayOption = None
) -> None:
    """Mark a milestone skipped."""
    set_status(milestone_id, "skipped", note, user, today)


def set_status(
    milestone_id: int, status: str, note: str | None, user: str | None, today: str | None
) -> None:
    day = parse_day(today, "--today")
    django_ready()
    from django.core.exceptions import ValidationError

    from lorkit.accounts.services import profile_for
    from lorkit.plans.models import Milestone
    from lorkit.plans.services import milestone_set_status

    owner = resolve_user(user)
    milestone = Milestone.objects.filter(pk=milestone_id, rotation__owner=owner).first()
    if milestone is None:
        raise fail(f"no milestone {milestone_id} in {owner.username}'s plan")
    try:
        milestone_set_status(
            milestone=milestone, status=status, note=note, today=day or profile_for(owner).today()
        )
    except ValidationError as error:
        raise fail(" ".join(error.messages)) from None
    console.print(f"{shown(milestone.title)}: {status}")
