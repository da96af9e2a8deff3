"""Running the app: `lorkit serve`, `lorkit demo`, `lorkit migrate`.

(Named server.py, not app.py as the house plan sketches: a submodule called `app` would
shadow the Typer `app` that scripts import from `lorkit.cli`.) Django modules are imported
after `django_ready()`, which configures Django for them."""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer

from lorkit.cli.shared import TodayOption, app, console, django_ready, parse_day
from lorkit.core import defaults


@app.command()
def serve(
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    host: Annotated[
        str, typer.Option(help="Address to bind; keep 127.0.0.1 on a laptop.")
    ] = "127.0.0.1",
    demo: Annotated[
        bool, typer.Option("--demo", help="Create the demo applicant if missing.")
    ] = False,
    threads: Annotated[int, typer.Option(help="Worker threads (in each process).")] = 4,
    workers: Annotated[
        int,
        typer.Option(
            min=1, help="Worker processes; above 1 for an organisation's server on PostgreSQL."
        ),
    ] = 1,
    today: TodayOption = None,
) -> None:
    """Migrate the database if needed and serve the web app."""
    day = parse_day(today, "--today")
    django_ready()
    from django.conf import settings

    from lorkit.demo import DEMO_PASSWORD, DEMO_USERNAME, demo_load, demo_today

    if host not in settings.ALLOWED_HOSTS:
        settings.ALLOWED_HOSTS.append(host)  # answer on the address we were asked to bind
    url = f"http://{host}:{port}/"
    console.print(f"[bold]lorkit[/] is running at [link={url}]{url}[/link]")
    if demo:
        demo_load(day or demo_today())
        console.print(
            f"Log in as [bold]{DEMO_USERNAME}[/] / [bold]{DEMO_PASSWORD}[/], "
            f"or sign up at {url}signup/"
        )
    else:
        console.print(f"Sign up at {url}signup/")
    if workers == 1:
        serve_with_waitress(host=host, port=port, threads=threads)
    else:
        from lorkit.cli.workers import serve_with_workers

        serve_with_workers(host=host, port=port, workers=workers, threads=threads)


def serve_with_waitress(*, host: str, port: int, threads: int) -> None:
    """The laptop's server: one process, `threads` threads, until Ctrl+C."""
    from django.core.wsgi import get_wsgi_application
    from waitress import serve as waitress_serve

    console.print("Press Ctrl+C to stop.")
    sys.stdout.flush()
    options = waitress_options(threads=threads)
    waitress_serve(get_wsgi_application(), host=host, port=port, _quiet=True, **options)


def waitress_options(*, threads: int) -> dict[str, Any]:
    """How `lorkit serve` runs waitress (the real-HTTP tests use the same options)."""
    return {
        "threads": threads,
        "ident": "",  # no Server header naming the software and its version to scanners
        "max_request_body_size": defaults.SERVER_BODY_MAX_BYTES,  # refused (413) unread
    }


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

    user = demo_load(day or demo_today(), reset=reset)
    console.print(
        f"Demo account ready: {DEMO_USERNAME} / {DEMO_PASSWORD} "
        f"({user.rotations.count()} rotations)"
    )


@app.command()
def migrate() -> None:
    """Create or update the database schema."""
    django_ready()
    console.print("Database is up to date.")
