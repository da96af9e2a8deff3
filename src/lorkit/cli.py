"""The `lorkit` command: run the app, read the agenda, back up, and use the rules directly.

`plan` and `season` need no account or database; every other command sets up Django first.
"""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from lorkit.core.agenda import WEEK_DAYS, Agenda, build_agenda
from lorkit.core.calendar_feed import CalendarEntry, build_calendar
from lorkit.core.dates import out_of_range
from lorkit.core.plan import RotationDates, plan_rotation
from lorkit.core.scripts import PlanContext
from lorkit.core.season import SEASON_LABELS, season_calendar
from lorkit.core.vocabulary import RotationKind

if TYPE_CHECKING:
    from lorkit.accounts.models import User

app = typer.Typer(
    help="lorkit: plan U.S. clinical rotations so they end in strong letters.",
    no_args_is_help=True,
    add_completion=False,
)
console = Console()
err = Console(stderr=True)


def fail(message: str) -> typer.Exit:
    err.print(f"[bold red]Error:[/] {escape(message)}")
    return typer.Exit(code=1)


def parse_day(value: str | None, option: str) -> date | None:
    return None if value is None else parse_required_day(value, option)


def parse_required_day(value: str, option: str) -> date:
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(
            f"{value!r} is not a date written YYYY-MM-DD", param_hint=option
        ) from None
    problem = out_of_range(day)
    if problem:
        raise typer.BadParameter(problem, param_hint=option)
    return day


TodayOption = Annotated[
    str | None, typer.Option("--today", help="Pretend today is this date (YYYY-MM-DD).")
]
UserOption = Annotated[
    str | None,
    typer.Option(
        "--user", "-u", envvar="LORKIT_USER", help="Account to use (needed when several exist)."
    ),
]


def django_ready() -> None:
    """Configure Django and bring the database schema up to date (first start creates it)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lorkit.settings")
    import django
    from django.conf import settings

    django.setup()
    db = settings.DATABASES["default"]
    if "sqlite" in db["ENGINE"]:
        Path(db["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)


def resolve_user(username: str | None) -> User:
    from lorkit.accounts.models import User

    if username:
        user = User.objects.filter(username=username).first()
        if user is None:
            raise fail(f"no account named {username!r}")
        return user
    users = list(User.objects.order_by("id")[:2])
    if len(users) == 1:
        return users[0]
    if not users:
        raise fail("no account yet: sign up in the web app (lorkit serve) or run `lorkit demo`")
    raise fail("several accounts exist: choose one with --user NAME (or LORKIT_USER)")


# ---- the app -------------------------------------------------------------------------------


@app.command()
def serve(
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    host: Annotated[
        str, typer.Option(help="Address to bind; keep 127.0.0.1 on a laptop.")
    ] = "127.0.0.1",
    demo: Annotated[
        bool, typer.Option("--demo", help="Create the demo applicant if missing.")
    ] = False,
    threads: Annotated[int, typer.Option(help="Worker threads.")] = 4,
    today: TodayOption = None,
) -> None:
    """Migrate the database if needed and serve the web app."""
    day = parse_day(today, "--today")
    django_ready()
    from django.conf import settings
    from waitress import serve as waitress_serve

    from lorkit.wsgi import application

    if host not in settings.ALLOWED_HOSTS:
        settings.ALLOWED_HOSTS.append(host)  # answer on the address we were asked to bind
    url = f"http://{host}:{port}/"
    console.print(f"[bold]lorkit[/] is running at [link={url}]{url}[/link]")
    if demo:
        from lorkit.demo import DEMO_PASSWORD, DEMO_USERNAME, demo_load, demo_today

        demo_load(day or demo_today())
        console.print(
            f"Log in as [bold]{DEMO_USERNAME}[/] / [bold]{DEMO_PASSWORD}[/], "
            f"or sign up at {url}signup/"
        )
    else:
        console.print(f"Sign up at {url}signup/")
    console.print("Press Ctrl+C to stop.")
    sys.stdout.flush()
    waitress_serve(application, host=host, port=port, threads=threads, _quiet=True)


@app.command()
def demo(
    today: TodayOption = None,
    reset: Annotated[
        bool, typer.Option("--reset", help="Rebuild the demo account from scratch.")
    ] = False,
) -> None:
    """Create the demo applicant (login demo / lorkit-demo) around today's date."""
    day = parse_day(today, "--today")
    django_ready()
    from lorkit.demo import DEMO_PASSWORD, DEMO_USERNAME, demo_load, demo_today

    day = day or demo_today()
    user = demo_load(day, reset=reset)
    console.print(
        f"Demo account ready: {DEMO_USERNAME} / {DEMO_PASSWORD} "
        f"({user.rotations.count()} rotations)"
    )


@app.command()
def migrate() -> None:
    """Create or update the database schema."""
    django_ready()
    console.print("Database is up to date.")


# ---- agenda ----------------------------------------------------------------------------------


def milestone_json(m: Any) -> dict[str, Any]:
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


def print_agenda(agenda: Agenda[Any], as_json: bool, heading: str) -> None:
    sections = (
        ("overdue", agenda.overdue),
        ("due_now", agenda.due_now),
        ("upcoming", agenda.upcoming),
    )
    if as_json:
        data: dict[str, Any] = {"today": agenda.today.isoformat()}
        data.update({name: [milestone_json(m) for m in items] for name, items in sections})
        typer.echo(json.dumps(data, indent=2))
        return
    console.print(f"[bold]{heading}[/] — {agenda.today:%A %d %B %Y}")
    if agenda.is_empty:
        console.print("Nothing due. Add a rotation in the web app to get a plan.")
        return
    titles = {"overdue": "[red]Overdue[/]", "due_now": "Due now", "upcoming": "Coming up"}
    for name, items in sections:
        if not items:
            continue
        table = Table(title=titles[name], title_justify="left", show_lines=False)
        for column in ("id", "window", "milestone", "rotation"):
            table.add_column(column)
        for m in items:
            window = f"{m.start:%d %b}" if m.start == m.end else f"{m.start:%d %b} – {m.end:%d %b}"
            style = "red" if name == "overdue" else None
            table.add_row(str(m.pk), window, escape(m.title), escape(m.rotation.label), style=style)
        console.print(table)
    console.print("Mark one with: lorkit done ID [--note TEXT]  or  lorkit skip ID")


def show_agenda(
    user: str | None, today: str | None, as_json: bool, days_ahead: int, heading: str
) -> None:
    day = parse_day(today, "--today")
    django_ready()
    from lorkit.accounts.services import profile_for
    from lorkit.plans.services import open_milestones

    owner = resolve_user(user)
    day = day or profile_for(owner).today()
    print_agenda(build_agenda(open_milestones(owner), day, days_ahead), as_json, heading)


JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]


@app.command()
def today(user: UserOption = None, today: TodayOption = None, as_json: JsonFlag = False) -> None:
    """What is overdue and what is due today."""
    show_agenda(user, today, as_json, 0, "Today")


@app.command()
def week(user: UserOption = None, today: TodayOption = None, as_json: JsonFlag = False) -> None:
    """What is overdue, due now, and coming in the next seven days."""
    show_agenda(user, today, as_json, WEEK_DAYS - 1, "This week")


def set_status(
    milestone_id: int, status: str, note: str, user: str | None, today: str | None
) -> None:
    day = parse_day(today, "--today")
    django_ready()
    from lorkit.accounts.services import profile_for
    from lorkit.plans.models import Milestone
    from lorkit.plans.services import milestone_set_status

    owner = resolve_user(user)
    milestone = Milestone.objects.filter(pk=milestone_id, rotation__owner=owner).first()
    if milestone is None:
        raise fail(f"no milestone {milestone_id} in {owner.username}'s plan")
    milestone_set_status(
        milestone=milestone, status=status, note=note, today=day or profile_for(owner).today()
    )
    console.print(f"{escape(milestone.title)}: {status}")


NoteOption = Annotated[str, typer.Option("--note", help="Optional note kept with the milestone.")]


@app.command()
def done(
    milestone_id: int, note: NoteOption = "", user: UserOption = None, today: TodayOption = None
) -> None:
    """Mark a milestone done (its id is shown by `lorkit today`)."""
    set_status(milestone_id, "done", note, user, today)


@app.command()
def skip(
    milestone_id: int, note: NoteOption = "", user: UserOption = None, today: TodayOption = None
) -> None:
    """Mark a milestone skipped."""
    set_status(milestone_id, "skipped", note, user, today)


# ---- backup ------------------------------------------------------------------------------------


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
    try:
        raw = sys.stdin.read() if file == "-" else Path(file).read_text(encoding="utf-8")
    except OSError as error:
        raise fail(f"cannot read {file}: {error.strerror}") from None
    except UnicodeDecodeError:
        raise fail(f"{file} is not UTF-8 text; nothing was imported") from None
    try:
        document = json.loads(raw)
    except json.JSONDecodeError as error:
        raise fail(f"{file} is not valid JSON ({error}); nothing was imported") from None
    django_ready()
    from lorkit.backup.services import workspace_import
    from lorkit.core.export_format import ExportError

    owner = resolve_user(user)
    try:
        workspace = workspace_import(owner=owner, document=document, replace=replace)
    except ExportError as error:
        err.print("[bold red]Nothing was imported.[/] Problems found:")
        for problem in error.problems:
            err.print(f"  - {escape(problem)}")
        raise typer.Exit(code=1) from None
    console.print(
        f"Imported {len(workspace.rotations)} rotations and {len(workspace.milestones)} milestones "
        f"into {owner.username}'s account."
    )


# ---- the rules, without an account ---------------------------------------------------------


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
    first, last = parse_required_day(start, "--start"), parse_required_day(end, "--end")
    if last < first:
        raise typer.BadParameter("the end date is before the start date", param_hint="--end")
    if as_json and as_ics:
        raise typer.BadParameter("choose one of --json and --ics", param_hint="--json")
    context = PlanContext(specialty=specialty, attending_name=attending)
    milestones = plan_rotation(RotationDates(first, last, kind), context)
    if as_json:
        rows = [
            {
                "kind": m.kind.value,
                "key": m.key,
                "title": m.title,
                "start": m.start.isoformat(),
                "end": m.end.isoformat(),
                "script": list(m.script),
            }
            for m in milestones
        ]
        typer.echo(json.dumps(rows, indent=2, ensure_ascii=False))
    elif as_ics:
        entries = [
            CalendarEntry(
                f"{m.key.replace(':', '.')}.{first.isoformat()}@lorkit",
                m.title,
                m.start,
                m.end,
                "\n".join(m.script),
            )
            for m in milestones
        ]
        sys.stdout.write(build_calendar(entries, name="lorkit plan").decode())
    else:
        table = Table(title=f"Plan for {first:%d %b %Y} – {last:%d %b %Y}", title_justify="left")
        for column in ("from", "to", "kind", "milestone"):
            table.add_column(column)
        for m in milestones:
            table.add_row(m.start.isoformat(), m.end.isoformat(), m.kind.value, escape(m.title))
        console.print(table)


@app.command()
def season(
    year: Annotated[
        int, typer.Argument(help="The ERAS season, named by its Match year, e.g. 2028.")
    ],
    as_json: JsonFlag = False,
) -> None:
    """Print a season's dates; unpublished ones are estimated from the usual pattern."""
    if not 2000 <= year <= 2100:
        raise typer.BadParameter("give a season year such as 2028", param_hint="YEAR")
    calendar = season_calendar(year)
    if as_json:
        typer.echo(json.dumps(calendar.as_dict(), indent=2))
        return
    table = Table(title=f"ERAS {year}", title_justify="left")
    for column in ("date", "", "source"):
        table.add_column(column)
    for key, day in calendar.dates():
        table.add_row(day.strftime("%a %d %b %Y"), SEASON_LABELS[key], calendar.source(key))
    console.print(table)


def main() -> None:
    app()
