"""What every command shares: the Typer app, consoles, options, date parsing, Django set-up
and the account a command acts for.

Django is imported inside `django_ready` and `resolve_user` on purpose: `lorkit plan` and
`lorkit season` must start without loading Django at all (a test and
benchmarks/bench_cli_startup.py hold them to it)."""

from __future__ import annotations

import os
import re
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape

from lorkit.core.dates import out_of_range, span_problems

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
    """Print a one-line error and return the exit to raise (exit code 1)."""
    err.print(f"[bold red]Error:[/] {shown(message)}")
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


def parse_span(start: str, end: str) -> tuple[date, date]:
    """`--start` and `--end`, refused with the same words as the web form and the import."""
    first, last = parse_required_day(start, "--start"), parse_required_day(end, "--end")
    for name, message in span_problems(first, last).items():
        raise typer.BadParameter(message, param_hint=f"--{name}")
    return first, last


TodayOption = Annotated[
    str | None, typer.Option("--today", help="Pretend today is this date (YYYY-MM-DD).")
]
UserOption = Annotated[
    str | None,
    typer.Option(
        "--user", "-u", envvar="LORKIT_USER", help="Account to use (needed when several exist)."
    ),
]
JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]
AllowOption = Annotated[
    list[str] | None,
    typer.Option(
        "--allow",
        help="A word the privacy guard flagged that is not a patient identifier (repeatable).",
    ),
]
RewriteFlag = Annotated[
    bool, typer.Option("--use-rewrite", help="Store the privacy guard's rewrite of the text.")
]


def privacy_refusal(flagged: dict[str, Any]) -> typer.Exit:
    """The error for a save the privacy guard refused: each finding, the rewrite, and the two
    ways on. `flagged` is `PrivacyFlags.flagged`."""
    for field, found in flagged.items():
        err.print(f"[bold]{field}[/]: this may identify a patient.")
        for finding in found.findings:
            err.print(f"  - {shown(finding.text)}: {shown(finding.reason)}")
        err.print(f"  Suggested rewrite: {shown(found.rewrite)}")
    return fail(
        "nothing saved. Run again with --use-rewrite to store the rewrite, or with "
        "--allow WORD for each finding that is not a patient identifier."
    )


def django_ready() -> None:
    """Configure Django and bring the database schema up to date (first start creates it)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lorkit.settings")
    import django
    from django.conf import settings

    django.setup()
    db = settings.DATABASES["default"]
    if "sqlite" in db["ENGINE"]:
        Path(db["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    if migrations_pending():
        from django.core.management import call_command

        call_command("migrate", interactive=False, verbosity=0)


def migrations_pending() -> bool:
    """Whether the database lags the code's migrations (a new database lags them all).
    Asking is much cheaper than `migrate` with nothing to do, which still runs its
    post-migrate handlers on every command."""
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    return bool(executor.migration_plan(executor.loader.graph.leaf_nodes()))


def resolve_user(username: str | None) -> User:
    """The account named, or the only one; call after `django_ready`."""
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


# C0 controls except tab and newline, DEL and C1 controls: an escape sequence in a site name
# or a note could move the cursor, recolour or retitle the terminal of whoever prints it.
TERMINAL_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def shown(text: str) -> str:
    """User text made safe to print: terminal controls removed, Rich markup escaped."""
    return escape(TERMINAL_CONTROLS.sub("", text))
