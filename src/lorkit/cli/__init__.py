"""The `lorkit` command. Each area's commands live in their own module and register on the
one Typer app in `shared`; importing this package registers them all."""

from lorkit.cli import agenda, backup, rules, server
from lorkit.cli.shared import app

__all__ = ["agenda", "app", "backup", "main", "rules", "server"]


def main() -> None:
    app()
