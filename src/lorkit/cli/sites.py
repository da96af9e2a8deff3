"""`lorkit sites`: compare rotation offers from the CSV template, with no account. This module
imports no Django, so the commands start fast and work without a database."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from lorkit.cli.shared import JsonFlag, TodayOption, app, console, err, fail, parse_day, shown
from lorkit.core import defaults
from lorkit.core.export_format import problems_shown
from lorkit.core.site_csv import CsvReading, CsvRefused, read_site_csv, template_csv
from lorkit.core.site_score import Assessment, Judgement, rank
from lorkit.core.site_words import read_specialty
from lorkit.core.sites import SiteOption, cost_value, dollars

sites_app = typer.Typer(
    help="Compare rotation offers before you pay (no account needed).", no_args_is_help=True
)
app.add_typer(sites_app, name="sites")


@sites_app.command("rank")
def rank_command(
    file: Annotated[str, typer.Argument(help="Offers in the CSV template; - for standard input.")],
    as_json: JsonFlag = False,
    submit_by: Annotated[
        str | None,
        typer.Option("--submit-by", help="Your submission target (YYYY-MM-DD), for timing."),
    ] = None,
    specialty: Annotated[
        str, typer.Option("--specialty", help="Your target specialty, e.g. 'Internal Medicine'.")
    ] = "",
    today: TodayOption = None,
) -> None:
    """Rank offers from a CSV: best first, flagged ones last, with the reasons."""
    judgement = Judgement(
        today=parse_day(today, "--today") or date.today(),
        target_specialty=_target(specialty),
        submit_by=parse_day(submit_by, "--submit-by"),
    )
    reading = _read(file, judgement.today)
    for problem in problems_shown([str(p) for p in reading.problems]):
        err.print(f"[yellow]Left out:[/] {shown(problem)}")
    if not reading.options:
        raise fail("no offer in the file could be read; nothing to rank")
    render_ranking(rank(reading.options, judgement), as_json=as_json)


@sites_app.command("template")
def template_command() -> None:
    """Print the CSV template: the header row and one example offer."""
    typer.echo(template_csv(), nl=False)


def _target(specialty: str) -> str:
    if not specialty.strip():
        return ""
    name, _ = read_specialty(specialty).value
    if not name:
        raise typer.BadParameter(
            f"{specialty!r} is not an ERAS specialty", param_hint="--specialty"
        )
    return name


def _read(file: str, today: date) -> CsvReading:
    try:
        raw = sys.stdin.buffer.read() if file == "-" else _file_bytes(Path(file))
        return read_site_csv(raw, today)
    except OSError as error:
        raise fail(f"cannot read {file}: {error.strerror}") from None
    except CsvRefused as error:
        raise fail(f"{file}: {error.problem}") from None


def _file_bytes(path: Path) -> bytes:
    """The file's bytes, refused unread when larger than the CSV limit."""
    if path.stat().st_size > defaults.SITE_CSV_MAX_BYTES:
        raise CsvRefused(
            f"the file is larger than {defaults.SITE_CSV_MAX_BYTES // 1024} KB; split it into parts"
        )
    return path.read_bytes()


def ranked_row(place: int, option: SiteOption, assessment: Assessment) -> dict[str, Any]:
    """One offer as `--json` writes it (keys may be added, never renamed or removed)."""
    return {
        "rank": place,
        "name": option.name,
        "score": assessment.score,
        "flags": [flag.code.value for flag in assessment.flags],
        "total_cost": cost_value(assessment.total_cost),
        "cost_per_hands_on_week": cost_value(assessment.cost_per_hands_on_week),
        "letter_chance": assessment.letter_chance.value,
        "reasons": list(assessment.reasons),
        "lines": [line.as_dict() for line in assessment.lines],
        "weeks": round(assessment.days / 7, 1),
        "start": assessment.start.isoformat() if assessment.start else None,
        "end": assessment.end.isoformat() if assessment.end else None,
    }


def render_ranking(ranked: list[tuple[SiteOption, Assessment]], *, as_json: bool) -> None:
    if as_json:
        rows = [ranked_row(place, *pair) for place, pair in enumerate(ranked, 1)]
        typer.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    table = Table(title="Offers, best first (flagged last)", title_justify="left")
    for column in ("#", "offer", "score", "letter", "total", "per hands-on week", "flags"):
        table.add_column(column)
    for place, (option, assessment) in enumerate(ranked, 1):
        table.add_row(
            str(place),
            shown(option.name),
            str(assessment.score),
            assessment.letter_chance.value,
            dollars(assessment.total_cost) if assessment.total_cost else "?",
            dollars(assessment.cost_per_hands_on_week)
            if assessment.cost_per_hands_on_week
            else "-",
            ", ".join(flag.code.value for flag in assessment.flags),
        )
    console.print(table)
