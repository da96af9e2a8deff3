"""The `lorkit` command. Each area's commands live in their own module and register on the
one Typer app in `shared`; importing this package registers them all."""

from lorkit.cli import (
    agenda,
    analyze,
    backup,
    journal,
    ledger,
    letters,
    programs,
    rules,
    server,
    sites,
)
from lorkit.cli.shared import app

__all__ = [
    "agenda",
    "analyze",
    "app",
    "backup",
    "journal",
    "ledger",
    "letters",
    "main",
    "programs",
    "rules",
    "server",
    "sites",
]


def main() -> None:
    app()
