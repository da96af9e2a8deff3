"""The journal from the command line: `lorkit checkin`, `story add`, `feedback add`, `people`,
`writers` and `phi-check`.

`writers --from-export` and `phi-check` need no account (nor Django): they read an export
document or a text and answer from core alone."""

from __future__ import annotations

import json
import sys
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any
from zoneinfo import ZoneInfo

import typer
from rich.table import Table

from lorkit.cli.shared import (
    AllowOption,
    JsonFlag,
    RewriteFlag,
    TodayOption,
    UserOption,
    app,
    console,
    django_ready,
    err,
    fail,
    parse_day,
    privacy_refusal,
    resolve_user,
    shown,
)

if TYPE_CHECKING:
    from lorkit.accounts.models import User
    from lorkit.core.readiness import WriterReadiness

story_app = typer.Typer(help="Stories: what you did, and who saw it.", no_args_is_help=True)
feedback_app = typer.Typer(help="Feedback you received.", no_args_is_help=True)
app.add_typer(story_app, name="story")
app.add_typer(feedback_app, name="feedback")

DayOption = Annotated[
    str | None, typer.Option("--day", help="The day it happened (YYYY-MM-DD; default today).")
]


def _guarded(
    owner: User, texts: dict[str, str], allow: list[str], use_rewrite: bool
) -> dict[str, str]:
    """The texts to store: with --use-rewrite, each flagged one replaced by the guard's
    rewrite (the service checks them again)."""
    if not use_rewrite:
        return texts
    from lorkit.journal.services import privacy_rewritten

    return privacy_rewritten(owner, texts, allow)


def _refused(error: Any) -> typer.Exit:
    """The error for a refused save: for the privacy guard, each finding and the rewrite."""
    from lorkit.validators import PrivacyFlags

    if isinstance(error, PrivacyFlags):
        return privacy_refusal(error.flagged)
    return fail(" ".join(error.messages))


def _today(owner: User, value: str | None, option: str = "--day") -> date:
    from lorkit.accounts.services import profile_for

    return parse_day(value, option) or profile_for(owner).today()


@app.command()
def checkin(
    responsibility: Annotated[
        bool | None,
        typer.Option(
            "--responsibility/--no-responsibility",
            help="Took clear charge of a patient or task.",
            show_default=False,
        ),
    ] = None,
    reasoning: Annotated[
        bool | None,
        typer.Option(
            "--reasoning/--no-reasoning",
            help="Showed clinical reasoning to a senior.",
            show_default=False,
        ),
    ] = None,
    communication: Annotated[
        bool | None,
        typer.Option(
            "--communication/--no-communication",
            help="Got something across clearly.",
            show_default=False,
        ),
    ] = None,
    learned: Annotated[
        bool | None,
        typer.Option(
            "--learned/--no-learned", help="Learned something and used it.", show_default=False
        ),
    ] = None,
    note: Annotated[str, typer.Option("--note", help="One optional line.")] = "",
    day: DayOption = None,
    allow: AllowOption = None,
    use_rewrite: RewriteFlag = False,
    user: UserOption = None,
) -> None:
    """Log the day's check-in: four yes/no questions (asked in turn for any not given)."""
    django_ready()
    from django.core.exceptions import ValidationError

    from lorkit.core.journal import CHECK_IN_QUESTIONS
    from lorkit.journal.models import CHECK_IN_CORE_FIELDS, CheckIn
    from lorkit.journal.services import check_in_save

    owner = resolve_user(user)
    today = _today(owner, None)
    when = parse_day(day, "--day") or today
    given = {
        "responsibility": responsibility,
        "reasoning": reasoning,
        "communication": communication,
        "learned": learned,
    }
    answers = {}
    for name, value in given.items():
        if value is None:
            value = typer.confirm(CHECK_IN_QUESTIONS[CHECK_IN_CORE_FIELDS[name]])
        answers[name] = value
    texts = _guarded(owner, {"note": note}, allow or [], use_rewrite)
    try:
        saved = check_in_save(
            owner=owner,
            check_in=CheckIn(owner=owner, day=when, note=texts["note"], **answers),
            today=today,
            allowed=allow or [],
        )
    except ValidationError as error:
        raise _refused(error) from None
    noes = [name for name in answers if not answers[name]]
    console.print(f"Check-in saved for {saved.day.isoformat()}: {4 - len(noes)} of 4 yes.")


def person_named(owner: User, name: str) -> Any:
    from lorkit.journal.models import Person

    matches = list(Person.objects.filter(owner=owner, name__iexact=name.strip())[:2])
    if len(matches) != 1:
        raise fail(f"no person named {name!r} in your journal (see `lorkit people`)")
    return matches[0]


@story_app.command("add")
def story_add(
    text: Annotated[str, typer.Argument(help="What you did, de-identified.")],
    day: DayOption = None,
    person: Annotated[
        list[str] | None, typer.Option("--person", help="Who saw it (repeatable).")
    ] = None,
    allow: AllowOption = None,
    use_rewrite: RewriteFlag = False,
    user: UserOption = None,
) -> None:
    """Write down a story: something you did that a writer saw."""
    django_ready()
    from django.core.exceptions import ValidationError

    from lorkit.journal.models import Story
    from lorkit.journal.services import evidence_save

    owner = resolve_user(user)
    today = _today(owner, None)
    witnesses = [person_named(owner, name).pk for name in person or []]
    texts = _guarded(owner, {"text": text}, allow or [], use_rewrite)
    story = Story(owner=owner, day=parse_day(day, "--day") or today, text=texts["text"])
    try:
        evidence_save(owner=owner, entry=story, today=today, people=witnesses, allowed=allow or [])
    except ValidationError as error:
        raise _refused(error) from None
    console.print(f"Story saved for {story.day.isoformat()}.")


@feedback_app.command("add")
def feedback_add(
    point: Annotated[str, typer.Argument(help="The point of the feedback.")],
    giver: Annotated[
        str, typer.Option("--from", help="Who gave it (a name from `lorkit people`).")
    ],
    change: Annotated[str, typer.Option("--change", help="The change you planned.")] = "",
    followup: Annotated[
        str | None, typer.Option("--followup", help="Day of the follow-up (closes the loop).")
    ] = None,
    outcome: Annotated[
        str, typer.Option("--outcome", help="What they said at the follow-up.")
    ] = "",
    day: DayOption = None,
    allow: AllowOption = None,
    use_rewrite: RewriteFlag = False,
    user: UserOption = None,
) -> None:
    """Record feedback you received (and, with --followup, its closed loop)."""
    django_ready()
    from django.core.exceptions import ValidationError

    from lorkit.journal.models import Feedback
    from lorkit.journal.services import evidence_save

    owner = resolve_user(user)
    today = _today(owner, None)
    texts = _guarded(
        owner,
        {"point": point, "planned_change": change, "outcome": outcome},
        allow or [],
        use_rewrite,
    )
    entry = Feedback(
        owner=owner,
        giver=person_named(owner, giver),
        day=parse_day(day, "--day") or today,
        followup_date=parse_day(followup, "--followup"),
        **texts,
    )
    try:
        evidence_save(owner=owner, entry=entry, today=today, allowed=allow or [])
    except ValidationError as error:
        raise _refused(error) from None
    state = "loop closed" if entry.followup_date else "follow-up still to come"
    console.print(
        f"Feedback from {shown(entry.giver.name if entry.giver else '')} saved ({state})."
    )


@app.command()
def people(user: UserOption = None, as_json: JsonFlag = False) -> None:
    """The people in your journal."""
    django_ready()
    from lorkit.journal.selectors import journal_for

    journal = journal_for(resolve_user(user))
    if as_json:
        rows = [
            {
                "id": p.id,
                "name": p.name,
                "role": p.role.value,
                "specialty": p.specialty,
                "rotation_ids": list(p.rotation_ids),
            }
            for p in journal.people
        ]
        console.print_json(json.dumps(rows))
        return
    table = Table("name", "role", "specialty", "rotations")
    for p in journal.people:
        table.add_row(shown(p.name), p.role.value, shown(p.specialty), str(len(p.rotation_ids)))
    console.print(table)


@app.command()
def writers(
    from_export: Annotated[
        Path | None,
        typer.Option(
            "--from-export", help="Rate the writers of an export file; no account needed."
        ),
    ] = None,
    user: UserOption = None,
    today: TodayOption = None,
    as_json: JsonFlag = False,
) -> None:
    """Who is ready to write you a strong letter, best first, with what is missing."""
    day = parse_day(today, "--today")
    if from_export is not None:
        ranked = _writers_from_export(from_export, day)
    else:
        django_ready()
        from lorkit.journal.selectors import writers_for

        owner = resolve_user(user)
        ranked, _, _ = writers_for(owner, _today(owner, today, "--today"))
    if as_json:
        console.print_json(json.dumps([w.as_dict() for w in ranked]))
        return
    table = Table("name", "status", "score", "next step")
    for w in ranked:
        table.add_row(shown(w.name), w.status.value, str(w.score), shown(w.next_step.text))
    console.print(table)


def _writers_from_export(path: Path, today: date | None) -> tuple[WriterReadiness, ...]:
    """The writers of an export file rated as the account would rate them; today defaults to
    today in the file's time zone. A file that does not import is refused with its problems."""
    from lorkit.core.export_format import (
        ExportError,
        journal_from_export,
        load_export_json,
        problems_shown,
    )
    from lorkit.core.readiness import rank_writers

    try:
        raw = sys.stdin.buffer.read() if str(path) == "-" else path.read_bytes()
    except OSError as error:
        raise fail(f"cannot read {path}: {error.strerror}") from None
    try:
        journal, profile = journal_from_export(load_export_json(raw))
    except ExportError as error:
        err.print("[bold red]This file cannot be read.[/] It has these problems:")
        for problem in problems_shown(error.problems):
            err.print(f"  - {shown(problem)}")
        raise typer.Exit(code=1) from None
    if today is None:
        today = datetime.now(ZoneInfo(profile.time_zone)).date()
    return rank_writers(journal, profile.specialty, today, profile.strengths)


def _read(path: Path) -> str:
    try:
        return sys.stdin.read() if str(path) == "-" else path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise fail(f"cannot read {path}: {error}") from None


@app.command("phi-check")
def phi_check(
    source: Annotated[str, typer.Argument(help="A text file, or - for standard input.")] = "-",
    as_json: JsonFlag = False,
) -> None:
    """Look for patient identifiers in a text before you store or share it (a warning, not a
    promise that the text is de-identified)."""
    from lorkit.core.phi import deidentify, find_identifiers

    text = _read(Path(source))
    findings = find_identifiers(text)
    rewrite = deidentify(text, findings)
    if as_json:
        document = {"findings": [f.as_dict() for f in findings], "rewrite": rewrite}
        console.print_json(json.dumps(document))
    else:
        for f in findings:
            console.print(f"{f.start}-{f.end} {f.type}: {shown(f.text)} ({shown(f.reason)})")
        console.print(f"Rewrite: {shown(rewrite)}" if findings else "Nothing flagged.")
    raise typer.Exit(code=1 if findings else 0)
