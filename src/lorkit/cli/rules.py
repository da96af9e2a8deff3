"""The rules without an account: `lorkit plan`, `lorkit season` and `lorkit cadence`. This
module imports no Django, so these commands start fast and work without a database."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from datetime import date
from typing import Annotated

import typer
from rich.table import Table

from lorkit.cli.shared import (
    JsonFlag,
    app,
    console,
    parse_day,
    parse_required_day,
    parse_span,
    shown,
)
from lorkit.core.dates import is_season_year
from lorkit.core.ics import build_calendar, milestone_entry
from lorkit.core.plan import PlannedMilestone, plan_rotation
from lorkit.core.reminders import NUDGE_LABELS, Nudge, reminder_dates, soft_deadline
from lorkit.core.rotation import Rotation
from lorkit.core.scripts import PlanContext
from lorkit.core.season import SEASON_LABELS, SeasonCalendar, season_calendar
from lorkit.core.vocabulary import RotationKind


@app.command()
def plan(
    start: Annotated[str, typer.Option("--start", help="First day of the rotation (YYYY-MM-DD).")],
    end: Annotated[str, typer.Option("--end", help="Last day of the rotation (YYYY-MM-DD).")],
    kind: Annotated[
        RotationKind, typer.Option("--kind", help="Kind of rotation.")
    ] = RotationKind.HANDS_ON,
    specialty: Annotated[str, typer.Option(help="Target specialty, for the scripts.")] = "",
    attending: Annotated[str, typer.Option(help="Attending's name, for the scripts.")] = "",
    as_json: JsonFlag = False,
    as_ics: Annotated[bool, typer.Option("--ics", help="Print an iCalendar file.")] = False,
) -> None:
    """Print a rotation's dated milestones (no account needed)."""
    first, last = parse_span(start, end)
    if as_json and as_ics:
        raise typer.BadParameter("choose one of --json and --ics", param_hint="--json")
    rotation = Rotation(start=first, end=last, kind=kind)
    context = PlanContext(specialty=specialty, attending_name=attending)
    render_plan(rotation, plan_rotation(rotation, context), as_json=as_json, as_ics=as_ics)


def render_plan(
    rotation: Rotation, milestones: Sequence[PlannedMilestone], *, as_json: bool, as_ics: bool
) -> None:
    if as_json:
        rows = [milestone.as_dict() for milestone in milestones]
        typer.echo(json.dumps(rows, indent=2, ensure_ascii=False))
    elif as_ics:
        # Without a stored rotation its first day is what keeps the event ids stable.
        ref = rotation.start.isoformat()
        calendar = build_calendar(milestone_entry(m, ref) for m in milestones)
        sys.stdout.write(calendar.decode())
    else:
        title = f"Plan for {rotation.start:%d %b %Y} – {rotation.end:%d %b %Y}"
        table = Table(title=title, title_justify="left")
        for column in ("from", "to", "kind", "milestone"):
            table.add_column(column)
        for m in milestones:
            table.add_row(m.start.isoformat(), m.end.isoformat(), m.kind.value, shown(m.title))
        console.print(table)


@app.command()
def season(
    year: Annotated[
        int, typer.Argument(help="The ERAS season, named by its Match year, e.g. 2028.")
    ],
    as_json: JsonFlag = False,
) -> None:
    """Print a season's dates; unpublished ones are estimated from the usual pattern."""
    if not is_season_year(year):
        raise typer.BadParameter("give a season year such as 2028", param_hint="YEAR")
    render_season(season_calendar(year), as_json=as_json)


def render_season(calendar: SeasonCalendar, *, as_json: bool) -> None:
    if as_json:
        typer.echo(json.dumps(calendar.as_dict(), indent=2))
        return
    table = Table(title=f"ERAS {calendar.year}", title_justify="left")
    for column in ("date", "", "source"):
        table.add_column(column)
    for key, day in calendar.dates():
        table.add_row(day.strftime("%a %d %b %Y"), SEASON_LABELS[key], calendar.source(key))
    console.print(table)


@app.command()
def cadence(
    requested: Annotated[
        str, typer.Option("--requested", help="Day the letter was requested in MyERAS.")
    ],
    target: Annotated[str, typer.Option("--target", help="Your submission target day.")],
    received: Annotated[
        str | None, typer.Option("--received", help="Day the letter came in, if it has.")
    ] = None,
    last_contact: Annotated[
        str | None,
        typer.Option("--last-contact", help="Last reply or meeting with the writer."),
    ] = None,
    as_json: JsonFlag = False,
) -> None:
    """Print one letter's soft deadline and reminder days (no account needed). Dates are
    written YYYY-MM-DD."""
    first, last, came_in, contact = parse_cadence(requested, target, received, last_contact)
    reminders = reminder_dates(requested=first, target=last, received=came_in, last_contact=contact)
    render_cadence(soft_deadline(last), reminders, as_json=as_json)


def parse_cadence(
    requested: str, target: str, received: str | None, last_contact: str | None
) -> tuple[date, date, date | None, date | None]:
    first = parse_required_day(requested, "--requested")
    last = parse_required_day(target, "--target")
    came_in = parse_day(received, "--received")
    contact = parse_day(last_contact, "--last-contact")
    if last < first:
        raise typer.BadParameter(
            f"the target ({last}) is before the request ({first})", param_hint="--target"
        )
    if came_in is not None and came_in < first:
        raise typer.BadParameter(
            f"the letter cannot come in ({came_in}) before it was requested ({first})",
            param_hint="--received",
        )
    return first, last, came_in, contact


def render_cadence(soft: date, reminders: Sequence[Nudge], *, as_json: bool) -> None:
    if as_json:
        data = {"soft_deadline": soft.isoformat(), "reminders": [r.as_dict() for r in reminders]}
        typer.echo(json.dumps(data, indent=2))
        return
    rows = [(soft, "Soft deadline", "the date to give the writer")]
    rows += [(r.due, NUDGE_LABELS[r.kind.value], r.reason) for r in reminders]
    table = Table(title="Letter follow-up", title_justify="left")
    for column in ("date", "", "why"):
        table.add_column(column)
    for day, label, reason in sorted(rows, key=lambda row: row[0]):
        table.add_row(day.strftime("%a %d %b %Y"), label, reason)
    console.print(table)
    if not reminders:
        console.print("No reminder to send for this letter.")
