"""Hostile text on the command line: `lorkit import` refuses documents built to crash it or
poison the account with exit code 1 and the Backup page's words, never a traceback; `lorkit
done --note` refuses a note that cannot be stored. Nothing changes in the account either way."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from lorkit.accounts.models import Profile, User
from lorkit.backup.services import workspace_export
from lorkit.cli import app
from lorkit.plans.models import Milestone, Rotation

runner = CliRunner(env={"LORKIT_USER": None})
Document = dict[str, Any]
SURROGATE = "\ud800"


def one_line(text: str) -> str:
    """Rich wraps messages at 80 columns; read them as one line."""
    return " ".join(text.split())


def account_state(owner: User) -> tuple[object, ...]:
    return (
        tuple(Profile.objects.filter(user=owner).values_list()),
        tuple(Rotation.objects.filter(owner=owner).order_by("pk").values_list()),
        tuple(Milestone.objects.filter(rotation__owner=owner).order_by("pk").values_list()),
    )


def ask_index(document: Document) -> int:
    return next(i for i, m in enumerate(document["milestones"]) if m["key"] == "ask")


def written(document: Document, placeholder_for: bytes = b"") -> bytes:
    """The document as a file; `placeholder_for` replaces "PLACEHOLDER" with what json.dumps
    will not write (a 5,000-digit number, NaN, a stray byte)."""
    return json.dumps(document).encode("utf-8").replace(b'"PLACEHOLDER"', placeholder_for)


def in_profile(name: str, raw: bytes) -> Callable[[Document], bytes]:
    def spoil(document: Document) -> bytes:
        document["profile"][name] = "PLACEHOLDER"
        return written(document, raw)

    return spoil


def in_rotation(name: str, value: object, raw: bytes = b"") -> Callable[[Document], bytes]:
    def spoil(document: Document) -> bytes:
        document["rotations"][0][name] = value
        return written(document, raw)

    return spoil


def in_ask(name: str, value: object) -> Callable[[Document], bytes]:
    def spoil(document: Document) -> bytes:
        document["milestones"][ask_index(document)][name] = value
        return written(document)

    return spoil


# What standard error holds, read as one line: the file's one problem under the Backup page's
# heading, whether the file cannot be read as JSON or its document is refused.
def not_json(reason: str) -> Callable[[Path, Document], str]:
    return found(f"This file is not a lorkit export: {reason}.")


def at_ask(problem: str) -> Callable[[Path, Document], str]:
    return lambda path, document: found(f"Milestone {ask_index(document) + 1}, {problem}")(
        path, document
    )


def found(problem: str) -> Callable[[Path, Document], str]:
    return lambda path, document: f"Nothing was imported. The file has these problems: - {problem}"


HOSTILE_DOCUMENTS: list[
    tuple[str, Callable[[Document], bytes], Callable[[Path, Document], str]]
] = [
    (
        "deep_nesting",
        in_profile("strengths", b"[" * 100_000 + b"]" * 100_000),
        not_json("its lists and objects nest too deeply to read"),
    ),
    (
        "long_season",
        in_profile("season", b"9" * 5000),
        not_json("it holds a number 5,000 digits long"),
    ),
    (
        "long_date",
        in_rotation("start", "PLACEHOLDER", b"2" * 5000),
        not_json("it holds a number 5,000 digits long"),
    ),
    (
        "surrogate_in_site",
        in_rotation("site", f"Mercy {SURROGATE}"),
        found(
            "Rotation 1, Site: this text contains a lone surrogate (U+D800) at position 7, "
            "which is not valid UTF-8."
        ),
    ),
    (
        "surrogate_in_script",
        in_ask("script", ["Ask", f"{SURROGATE} now"]),
        at_ask(
            "Script line 2: this text contains a lone surrogate (U+D800) at position 1, "
            "which is not valid UTF-8."
        ),
    ),
    (
        "nul_in_script",
        in_ask("script", ["Ask\x00"]),
        at_ask("Script line 1: this text contains a NUL character (U+0000) at position 4."),
    ),
    (
        "nul_in_note",
        in_ask("note", "Asked\x00"),
        at_ask("Note: this text contains a NUL character (U+0000) at position 6."),
    ),
    (
        "escape_in_title",
        in_ask("title", "\x1b]0;owned\x07Ask"),
        at_ask("Title: this text contains a control character (U+001B) at position 1."),
    ),
    (
        "nan_season",
        in_profile("season", b"NaN"),
        not_json("it holds NaN, which JSON does not allow"),
    ),
    (
        "two_megabyte_site",
        in_rotation("site", "M" * 2_000_000),
        found("Rotation 1, Site: this is 2,000,000 characters long; it can hold at most 200."),
    ),
    (
        "top_level_array",
        lambda document: json.dumps([document]).encode("utf-8"),
        not_json('it does not say "format": "lorkit-export"'),
    ),
    ("empty_file", lambda document: b"", not_json("it is empty")),
]


@pytest.mark.parametrize(
    ("spoil", "message"),
    [(spoil, message) for _, spoil, message in HOSTILE_DOCUMENTS],
    ids=[name for name, _, _ in HOSTILE_DOCUMENTS],
)
def test_a_hostile_import_exits_1_with_its_reason_and_changes_nothing(
    tmp_path: Path,
    owner: User,
    rotation: Rotation,
    spoil: Callable[[Document], bytes],
    message: Callable[[Path, Document], str],
) -> None:
    path = tmp_path / "hostile.json"
    path.write_bytes(spoil(workspace_export(owner)))
    expected = message(path, workspace_export(owner))
    before = account_state(owner)

    result = runner.invoke(app, ["import", str(path), "--user", "alice", "--replace"])

    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    assert one_line(result.stderr) == expected
    assert account_state(owner) == before


def test_an_invalid_byte_on_standard_input_is_refused_as_not_utf8(
    owner: User, rotation: Rotation
) -> None:
    raw = json.dumps(workspace_export(owner)).encode("utf-8").replace(b"Example", b"Ex\xe3mple")
    before = account_state(owner)

    result = runner.invoke(app, ["import", "-", "--user", "alice", "--replace"], input=raw)

    assert result.exit_code == 1
    byte = raw.index(b"\xe3") + 1
    assert one_line(result.stderr) == (
        "Nothing was imported. The file has these problems: - This file is not a lorkit export: "
        f"it is not UTF-8 text (byte {byte:,} cannot be read as UTF-8)."
    )
    assert account_state(owner) == before


@pytest.mark.parametrize(
    ("note", "message"),
    [
        ("Asked\x00", "Error: The note contains a NUL character (U+0000) at position 6."),
        (
            # What Python makes of an invalid byte in a command-line argument (surrogateescape).
            "Asked \udcff",
            "Error: The note contains a lone surrogate (U+DCFF) at position 7, "
            "which is not valid UTF-8.",
        ),
        ("\x1b[2JAsked", "Error: The note contains a control character (U+001B) at position 1."),
    ],
)
def test_done_refuses_a_note_that_cannot_be_stored(
    rotation: Rotation, note: str, message: str
) -> None:
    ask_milestone = rotation.milestones.get(key="ask")

    result = runner.invoke(app, ["done", str(ask_milestone.pk), "--note", note])

    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert one_line(result.stderr) == message
    ask_milestone.refresh_from_db()
    assert (ask_milestone.status, ask_milestone.note) == ("open", "")
