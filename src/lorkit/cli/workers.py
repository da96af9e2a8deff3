"""`lorkit serve --workers N`: several processes for an organisation's server.

One process serves one request at a time in Python code whatever its thread count (the
interpreter lock), about 40 Today pages a second; N processes serve N at once. gunicorn forks
the workers and restarts one that dies. `serve` imports this module only when N > 1: gunicorn
takes 70 ms to import, which every other command would pay. Call after `django_ready()`."""

from __future__ import annotations

import sys
from typing import Any

from django.core.handlers.wsgi import WSGIHandler
from django.core.wsgi import get_wsgi_application
from django.db import connection, connections
from gunicorn.app.base import BaseApplication  # type: ignore[import-untyped]
from gunicorn.http import wsgi as gunicorn_wsgi  # type: ignore[import-untyped]

from lorkit.cli.shared import console

SQLITE_NOTE = (
    "Note: SQLite lets one process write at a time; lorkit's WAL mode and busy timeout make "
    "writers wait their turn rather than fail. For an organisation's server use PostgreSQL "
    "(LORKIT_DATABASE_URL)."
)


def serve_with_workers(*, host: str, port: int, workers: int, threads: int) -> None:
    """Serve until stopped (Ctrl+C, or SIGTERM for a graceful stop) with `workers` processes
    of `threads` threads, forked from this one once migrations and the demo are done."""
    if connection.vendor == "sqlite":
        console.print(SQLITE_NOTE)
    console.print(f"{workers} worker processes. Press Ctrl+C to stop.")
    sys.stdout.flush()
    # A connection opened here (migrations, the demo) would be shared by every forked worker,
    # which would interleave their queries on one socket; closed, each worker opens its own.
    connections.close_all()
    gunicorn_wsgi.Response = AnonymousResponse
    WorkerProcesses(gunicorn_options(host=host, port=port, workers=workers, threads=threads)).run()


def gunicorn_options(*, host: str, port: int, workers: int, threads: int) -> dict[str, Any]:
    """How `lorkit serve --workers N` runs gunicorn.

    gunicorn has no request-body limit (waitress's `max_request_body_size`): a body declared
    larger than `REQUEST_MAX_BYTES` is refused with 413 by RequestSizeLimitMiddleware before
    anything reads it, and gunicorn then reads at most 64 KiB of it before closing the
    connection."""
    address = f"[{host}]" if ":" in host else host  # an IPv6 address needs brackets
    return {
        "bind": [f"{address}:{port}"],
        "workers": workers,
        "worker_class": "gthread",  # threads and kept-alive connections, as waitress has
        "threads": threads,
        "preload_app": True,  # Django is loaded once, then forked
        # Only lorkit decides which forwarded headers to believe (LORKIT_PROXY_COUNT); gunicorn
        # would otherwise take the scheme from X-Forwarded-Proto sent by any local process.
        "forwarded_allow_ips": "",
        "control_socket_disable": True,  # no runtime-control socket left in the home folder
        "loglevel": "warning",  # problems only: lorkit prints the address itself
    }


class WorkerProcesses(BaseApplication):  # type: ignore[misc]  # gunicorn has no type hints
    """gunicorn driven from code: lorkit's options, no command line or config file read."""

    def __init__(self, options: dict[str, Any]) -> None:
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for name, value in self.options.items():
            self.cfg.set(name, value)

    def load(self) -> WSGIHandler:
        return get_wsgi_application()


class AnonymousResponse(gunicorn_wsgi.Response):  # type: ignore[misc]
    """gunicorn's response without its `Server: gunicorn` header, which tells scanners what to
    try (waitress runs with `ident=""`). gunicorn has no setting for it; its request handlers
    build responses through the module's `Response`, which `serve_with_workers` replaces.
    tests/cli/test_cli_serve_workers.py fails if an update of gunicorn stops this working."""

    def default_headers(self) -> list[str]:
        headers: list[str] = super().default_headers()
        return [line for line in headers if not line.lower().startswith("server:")]
