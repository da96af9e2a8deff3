"""Running the app: `lorkit serve`, `lorkit demo`, `lorkit migrate`.

(Named server.py, not app.py as the house plan sketches: a submodule called `app` would
shadow the Typer `app` that scripts import from `lorkit.cli`.) Django modules are imported
after `django_ready()`, which configures Django for them."""

from __future__ import annotations

import errno
import os
import socket
import sys
from typing import Annotated, Any

import typer

from lorkit.cli.shared import TodayOption, app, console, django_ready, fail, parse_day
from lorkit.core import defaults

# How far past a busy port to look for a free one to suggest.
PORTS_TRIED_AFTER_A_BUSY_ONE = 10
HIGHEST_PORT = 65535


@app.command()
def serve(
    port: Annotated[int, typer.Option(min=1, max=HIGHEST_PORT, help="Port to listen on.")] = 8000,
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
    # Checked before anything is printed or migrated: a busy port is the commonest reason
    # `serve` cannot start, and the servers would report it as a traceback or as retries.
    problem = address_problem(host, port)
    if problem:
        raise fail(problem)
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
    from waitress.server import create_server

    options = waitress_options(threads=threads)
    try:
        server = create_server(get_wsgi_application(), host=host, port=port, **options)
    except OSError as error:  # taken since `address_problem` looked
        raise fail(bind_problem(host, port, error)) from None
    console.print("Press Ctrl+C to stop.")
    sys.stdout.flush()
    server.run()


def waitress_options(*, threads: int) -> dict[str, Any]:
    """How `lorkit serve` runs waitress (the real-HTTP tests use the same options)."""
    return {
        "threads": threads,
        "ident": "",  # no Server header naming the software and its version to scanners
        "max_request_body_size": defaults.SERVER_BODY_MAX_BYTES,  # refused (413) unread
    }


def address_problem(host: str, port: int) -> str | None:
    """Why the server could not listen on `host`:`port`, in one sentence, or None when it can."""
    try:
        error = bind_error(host, port)
    except (OSError, UnicodeError):  # socket.gaierror: no such name or address
        return (
            f"lorkit cannot find the address {host!r} on this computer. "
            "Keep --host 127.0.0.1 on a laptop."
        )
    return None if error is None else bind_problem(host, port, error)


def bind_error(host: str, port: int) -> OSError | None:
    """The error binding `host`:`port` gives, trying every address `host` names as waitress
    and gunicorn bind them: with SO_REUSEADDR, so that a port a lorkit just stopped left
    waiting (TIME_WAIT) counts as free while one another program listens on does not. Not on
    Windows, whose SO_REUSEADDR would let the bind succeed on a busy port."""
    addresses = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    for family, kind, protocol, _, address in addresses:
        try:
            with socket.socket(family, kind, protocol) as probe:
                if os.name != "nt":
                    probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                if family == socket.AF_INET6:  # waitress binds IPv6 addresses IPv6-only
                    probe.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
                probe.bind(address)
        except OSError as error:
            return error
    return None


def bind_problem(host: str, port: int, error: OSError) -> str:
    """What a failed bind means for the person who typed `lorkit serve`, and what to try."""
    if error.errno == errno.EADDRINUSE:
        free = free_port_after(host, port)
        suggestion = f"lorkit serve --port {free}" if free else "another port with --port"
        return (
            f"Port {port} on {host} is already in use (by another lorkit or another program). "
            f"Try: {suggestion}"
        )
    if error.errno == errno.EACCES:
        return (
            f"Only this computer's administrator may use port {port}. Try: lorkit serve --port 8000"
        )
    if error.errno == errno.EADDRNOTAVAIL:
        return f"{host} is not an address of this computer. Keep --host 127.0.0.1 on a laptop."
    return f"lorkit cannot listen on {host} port {port}: {error.strerror or error}."


def free_port_after(host: str, port: int) -> int | None:
    """The first free port of the few after `port`, to suggest; None when none is."""
    for candidate in range(port + 1, min(port + PORTS_TRIED_AFTER_A_BUSY_ONE, HIGHEST_PORT) + 1):
        try:
            if bind_error(host, candidate) is None:
                return candidate
        except OSError:
            return None
    return None


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
