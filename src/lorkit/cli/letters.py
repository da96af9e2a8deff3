"""Letters from the command line: `lorkit classify-reply` (how an attending's answer to "would
you feel comfortable writing me a strong letter?" reads, domain.md §7, with no account: like
`plan` it imports no Django), `lorkit ask PERSON` and `lorkit packet PERSON`."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.text import Text

from lorkit.cli.journal import person_named
from lorkit.cli.shared import (
    TERMINAL_CONTROLS,
    JsonFlag,
    TodayOption,
    UserOption,
    app,
    console,
    django_ready,
    err,
    fail,
    parse_day,
    resolve_user,
    shown,
)
from lorkit.core import defaults
from lorkit.core.replies import (
    HOLD_BACK,
    REPLY_LABELS,
    UNDERMINE,
    ReplyLabel,
    ReplyReading,
    classify_reply,
)

if TYPE_CHECKING:
    pass

LABEL_STYLES = {
    ReplyLabel.STRONG_YES: "bold green",
    ReplyLabel.LUKEWARM: "bold yellow",
    ReplyLabel.POLITE_NO: "bold red",
    ReplyLabel.UNCLEAR: "bold blue",
}
# A lone surrogate (from a command line that was not UTF-8) cannot be printed; one character
# for one keeps every offset of the reading on the text the applicant gave.
_UNPRINTABLE = re.compile("[\ud800-\udfff]")


@app.command("classify-reply")
def classify_reply_command(
    text: Annotated[
        str, typer.Argument(help="The attending's answer in quotes, or - to read it from stdin.")
    ],
    as_json: JsonFlag = False,
) -> None:
    """Read an attending's answer to "would you feel comfortable writing me a strong letter?":
    strong yes, lukewarm, polite no or unclear, with the next step (no account needed)."""
    reply = reply_text(text)
    reading = classify_reply(reply)
    if as_json:
        typer.echo(json.dumps(reading.as_dict(), indent=2, ensure_ascii=False))
    else:
        render_reading(reply, reading)


def reply_text(argument: str) -> str:
    """The answer given, or standard input for `-`, refused when empty or longer than the web
    form takes (REPLY_MAX_LENGTH)."""
    if argument == "-":
        # Bytes, so that a stray byte that is not UTF-8 is replaced rather than fatal.
        argument = sys.stdin.buffer.read().decode("utf-8", errors="replace")
    text = _UNPRINTABLE.sub("\ufffd", argument)
    if not text.strip():
        raise fail("the reply is empty: give its text in quotes, or - to read it from stdin")
    if len(text) > defaults.REPLY_MAX_LENGTH:
        raise fail(
            f"the reply is longer than {defaults.REPLY_MAX_LENGTH:,} characters: paste the "
            "answer alone, without the earlier messages quoted below it"
        )
    return text


def style_of(meaning: str) -> str:
    if meaning in HOLD_BACK or meaning in ("negation", "brief_contact"):
        return "bold red"
    if meaning in UNDERMINE:
        return "bold yellow"
    if meaning in ("strong_yes", "strength", "praise", "willing"):
        return "bold green"
    return "bold cyan"


def highlighted(reply: str, reading: ReplyReading) -> Text:
    """The reply with its deciding phrases coloured. Rich's Text reads no markup, and each
    terminal control becomes one visible character, so the offsets still fit."""
    text = Text(TERMINAL_CONTROLS.sub("\ufffd", reply))
    for signal in reading.evidence:
        text.stylize(style_of(signal.meaning), signal.start, signal.end)
    return text


def render_reading(reply: str, reading: ReplyReading) -> None:
    label = reading.label
    console.print(f"[{LABEL_STYLES[label]}]{REPLY_LABELS[label.value]}[/] ({label.value})")
    console.print(highlighted(reply, reading))
    console.print(f"\n[bold]Why[/] {shown(reading.reason)}")
    if reading.evidence:
        console.print("[bold]Phrases that decided it[/]")
        for signal in reading.evidence:
            where = f"{signal.start}–{signal.end}"
            console.print(f"  {where} {signal.meaning}: {shown(' '.join(signal.text.split()))}")
    step = reading.next_step
    console.print(f"\n[bold]Next step: {shown(step.title)}[/]")
    console.print(shown(step.text))
    console.print("\n[bold]A reply you could send[/]")
    for line in step.draft.splitlines():
        console.print(f"  {shown(line)}")


@app.command()
def ask(
    person: Annotated[str, typer.Argument(help="The writer's name, as in `lorkit people`.")],
    user: UserOption = None,
    today: TodayOption = None,
    as_json: JsonFlag = False,
) -> None:
    """How ready PERSON is, whether today is inside the ask window, and the ask script."""
    django_ready()
    from lorkit.accounts.services import profile_for
    from lorkit.letters.selectors import ask_page

    owner = resolve_user(user)
    day = parse_day(today, "--today") or profile_for(owner).today()
    page = ask_page(owner, person_named(owner, person), day)
    if as_json:
        console.print_json(json.dumps(ask_json(page)))
        return
    console.print(f"[bold]{shown(page.readiness.name)}[/]: {page.readiness.status.value}")
    console.print(shown(page.readiness.explanation))
    console.print(f"\n[bold]When:[/] {shown(page.window.text)}")
    if page.script.caution:
        console.print(f"\n[yellow]Before you ask:[/] {shown(page.script.caution)}")
    console.print(f"\n[bold]In person:[/]\n{shown(page.script.in_person)}")
    console.print(
        f"\n[bold]By email[/] — {shown(page.script.email_subject)}\n{shown(page.script.email)}"
    )


def ask_json(page: Any) -> dict[str, object]:
    window = page.window
    return {
        "readiness": page.readiness.as_dict(),
        "window": {
            "inside": window.inside,
            "opens": window.opens.isoformat() if window.opens else None,
            "closes": window.closes.isoformat() if window.closes else None,
            "next_good_day": window.next_good_day.isoformat() if window.next_good_day else None,
            "text": window.text,
        },
        "script": {
            "in_person": page.script.in_person,
            "email_subject": page.script.email_subject,
            "email": page.script.email,
            "caution": page.script.caution,
        },
    }


@app.command()
def packet(
    person: Annotated[str, typer.Argument(help="The writer's name, as in `lorkit people`.")],
    pdf: Annotated[
        Path | None, typer.Option("--pdf", help="Write the letter helper as PDF.")
    ] = None,
    docx: Annotated[Path | None, typer.Option("--docx", help="Write it as Word (.docx).")] = None,
    eml: Annotated[
        Path | None, typer.Option("--eml", help="Write the email draft with attachments (.eml).")
    ] = None,
    user: UserOption = None,
    today: TodayOption = None,
) -> None:
    """The packet for PERSON's letter: the email and the one-page letter helper, as saved on
    the web (or lorkit's draft when nothing is saved yet), printed or written to files."""
    django_ready()
    from lorkit.accounts.services import profile_for
    from lorkit.letters.models import LetterRequest
    from lorkit.letters.packet_files import packet_eml_bytes
    from lorkit.letters.render import helper_docx, helper_pdf
    from lorkit.letters.selectors import helper_of, packet_drafts
    from lorkit.letters.services import open_request

    owner = resolve_user(user)
    day = parse_day(today, "--today") or profile_for(owner).today()
    who = person_named(owner, person)
    # Nothing is saved by a read: without a request yet, lorkit's drafts for an unsaved one.
    letter = open_request(owner, who) or LetterRequest(owner=owner, person=who, author=who.name)
    drafts = packet_drafts(owner, letter, day)
    helper = helper_of(letter, drafts)
    outputs: list[tuple[Path, Callable[[], bytes]]] = [
        (path, make)
        for path, make in (
            (pdf, lambda: helper_pdf(helper).data),
            (docx, lambda: helper_docx(helper)),
            (eml, lambda: packet_eml_bytes(owner, letter, drafts)),
        )
        if path is not None
    ]
    for path, make in outputs:
        _write(path, make())
        err.print(f"Wrote {shown(str(path))}")
    if not outputs:
        console.print(f"[bold]Subject:[/] {shown(letter.email_subject or drafts.email.subject)}\n")
        console.print(shown(letter.email_body or drafts.email.body))
        console.print("\n[bold]Letter helper[/]\n")
        console.print(shown(letter.helper_text or drafts.helper))


def _write(path: Path, data: bytes) -> None:
    try:
        path.write_bytes(data)
    except OSError as error:
        raise fail(f"cannot write {path}: {error.strerror or error}") from None


# `lorkit remind`: the daily digest of letter follow-ups (domain.md §8), run from cron or
# systemd. Each run claims what it lists (letters/reminder_services.py), so two runs that
# overlap never send an item twice.


@app.command()
def remind(
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Print what would be sent; send and claim nothing.")
    ] = False,
    today: TodayOption = None,
    loop: Annotated[
        bool,
        typer.Option("--loop", help="Keep running: now, then each time the date changes."),
    ] = False,
    interval: Annotated[
        int,
        typer.Option("--interval", min=1, help="With --loop: seconds between looks at the date."),
    ] = defaults.REMIND_LOOP_INTERVAL_SECONDS,
) -> None:
    """Email each applicant one digest of their letter follow-ups due today (to the applicant,
    never to a writer). Without SMTP (LORKIT_EMAIL_HOST) it prints what it would send."""
    if parse_day(today, "--today") and loop:
        raise fail("--loop follows the clock: leave out --today")
    django_ready()
    if loop:
        _remind_loop(dry_run, interval)
    elif not _remind_once(today, dry_run):
        raise typer.Exit(code=1)


def _remind_once(today: str | None, dry_run: bool) -> bool:
    """One run on `today` (each account's own today when None), printed; False when a digest
    could not be sent (its items stay for the next run)."""
    from lorkit.letters.reminder_selectors import smtp_configured
    from lorkit.letters.reminder_services import remind_run

    smtp = smtp_configured()
    report = remind_run(today=parse_day(today, "--today"), send=smtp and not dry_run)
    if not smtp:
        console.print("SMTP is not configured (set LORKIT_EMAIL_HOST): nothing was sent.")
    for verb, digests in (("Sent", report.sent), ("Would send", report.pending)):
        for digest in digests:
            _print_digest(verb, digest)
    if not (report.sent or report.pending):
        console.print("No letter follow-ups due.")
    for error in report.errors:
        err.print(f"[bold red]Error:[/] {shown(error)}")
    return not report.errors


def _print_digest(verb: str, digest: Any) -> None:
    console.print(f"[bold]{verb} to {shown(digest.to)}:[/] {shown(digest.subject)}")
    for item in digest.items:
        due = item.due.isoformat()
        console.print(
            f"  - {shown(item.label)}: {shown(item.writer)} (due {due}): {shown(item.reason)}"
        )


def _remind_loop(dry_run: bool, interval: int) -> None:
    """Run now, then again whenever the date (UTC) has changed, looking every `interval`
    seconds, until Ctrl-C. An item already listed is never claimed again, so an extra run
    sends nothing twice."""
    import time

    from django.db import close_old_connections
    from django.utils import timezone

    ran_on = None
    try:
        while True:
            close_old_connections()  # a database restarted overnight is reconnected
            current = timezone.now().date()
            if current != ran_on:
                _remind_once(None, dry_run)
                ran_on = current
            time.sleep(interval)
    except KeyboardInterrupt:
        console.print("Stopped.")
