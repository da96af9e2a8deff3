"""`lorkit programs`: the programs of an account, each with its letters and an advisor's checks
of them (domain.md §8), as a table or as JSON for scripts."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from rich.table import Table

from lorkit.cli.shared import (
    JsonFlag,
    TodayOption,
    UserOption,
    app,
    console,
    django_ready,
    parse_day,
    resolve_user,
    shown,
)

if TYPE_CHECKING:
    from lorkit.letters.program_services import ProgramOverview


@app.command()
def programs(user: UserOption = None, today: TodayOption = None, as_json: JsonFlag = False) -> None:
    """Your programs: specialty, signal, when you applied, how many letters each gets and
    what an advisor would question about them."""
    django_ready()
    from lorkit.accounts.services import profile_for
    from lorkit.letters.program_services import programs_overview

    owner = resolve_user(user)
    day = parse_day(today, "--today") or profile_for(owner).today()
    overview = programs_overview(owner, day)
    if as_json:
        console.print_json(json.dumps([program_record(item) for item in overview]))
        return
    console.print(programs_table(overview))


def program_record(item: ProgramOverview) -> dict[str, Any]:
    """A program as `lorkit programs --json` prints it; `letters` are the ids `lorkit letters`
    shows."""
    program = item.program
    return {
        "id": program.pk,
        "name": program.name,
        "specialty": program.specialty,
        "state": program.state,
        "signalled": program.signalled,
        "applied_on": program.applied_on.isoformat() if program.applied_on else None,
        "letters": [letter.pk for letter in item.letters],
        "problems": [
            {"code": check.code.value, "severity": check.severity.value, "message": check.message}
            for check in item.checks
        ],
    }


def programs_table(overview: list[ProgramOverview]) -> Table:
    table = Table("name", "specialty", "signal", "applied", "letters", "problems")
    for item in overview:
        program = item.program
        table.add_row(
            shown(program.name),
            shown(program.specialty),
            "yes" if program.signalled else "no",
            program.applied_on.isoformat() if program.applied_on else "—",
            str(len(item.letters)),
            "\n".join(f"{check.severity.value}: {shown(check.message)}" for check in item.checks),
        )
    return table
