"""`lorkit classify-reply TEXT|- [--json]`: an attending's answer read with no account and no
database: the label, the deciding phrases, the reason and the next step with its draft."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest
from typer.testing import CliRunner

from lorkit.cli import app
from lorkit.core import defaults

runner = CliRunner()
STABLE_KEYS = {"label", "evidence", "reason", "next_step"}


def run(*arguments: str, stdin: str | bytes | None = None) -> Any:
    return runner.invoke(app, ["classify-reply", *arguments], input=stdin)


def one_line(text: str) -> str:
    return " ".join(text.split())


def no_controls(output: str) -> bool:
    return not any(
        (ord(char) < 32 and char not in "\n\t") or 0x7F <= ord(char) <= 0x9F for char in output
    )


def test_json_prints_the_reading_with_its_stable_keys() -> None:
    text = "Happy to write you a strong letter — you were one of the best!"

    result = run(text, "--json")

    assert result.exit_code == 0, result.output
    reading = json.loads(result.stdout)
    assert reading.keys() >= STABLE_KEYS
    assert reading["label"] == "strong_yes"
    assert reading["next_step"]["action"] == "send_packet"
    assert set(reading["next_step"]) == {"action", "title", "text", "draft"}
    assert {s["meaning"] for s in reading["evidence"]} >= {"strong_yes", "praise"}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Dr. Patel knew your work better.", "polite_no"),
        ("Sure, I can write something.", "lukewarm"),
        ("When do you need it by?", "unclear"),
        ("I’d be glad to — you were one of the best.", "strong_yes"),
    ],
)
def test_each_evidence_offset_slices_the_reply_given(text: str, label: str) -> None:
    result = run(text, "--json")

    reading = json.loads(result.stdout)
    assert reading["label"] == label
    assert reading["evidence"]
    for signal in reading["evidence"]:
        assert {"text", "start", "end", "meaning"} <= signal.keys()
        assert text[signal["start"] : signal["end"]] == signal["text"]


def test_a_dash_reads_the_reply_from_standard_input() -> None:
    text = "Hi,\n\nI only worked with you briefly, so I'm not the best person.\n\nBest,\n"

    result = run("-", "--json", stdin=text)

    assert result.exit_code == 0, result.output
    reading = json.loads(result.stdout)
    assert reading["label"] == "polite_no"
    for signal in reading["evidence"]:
        assert text[signal["start"] : signal["end"]] == signal["text"]


def test_bytes_that_are_not_utf8_on_standard_input_are_replaced_not_fatal() -> None:
    result = run("-", "--json", stdin=b"Sure, I can write you a letter \xff\xfe.")

    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["label"] == "lukewarm"


@pytest.mark.parametrize(
    ("arguments", "stdin"),
    [(["", "--json"], None), (["   \n\t"], None), (["-"], ""), (["-", "--json"], " \n\n ")],
)
def test_an_empty_reply_is_refused_with_exit_1(arguments: list[str], stdin: str | None) -> None:
    result = run(*arguments, stdin=stdin)

    assert result.exit_code == 1
    assert "the reply is empty" in one_line(result.output)
    assert "{" not in result.stdout


def test_a_reply_longer_than_the_form_takes_is_refused() -> None:
    result = run("-", stdin="Sure. " * (defaults.REPLY_MAX_LENGTH // 6 + 1))

    assert result.exit_code == 1
    assert "longer than 4,000 characters" in one_line(result.output)


def test_the_rendering_shows_the_label_phrases_reason_and_next_step() -> None:
    result = run("Dr. Patel knew your work better, so I'm not the right person.")

    assert result.exit_code == 0, result.output
    output = one_line(result.stdout)
    assert output.startswith("Polite no (polite_no)")
    assert "redirect: Dr. Patel knew your work better" in output
    assert "They pointed you to someone better placed to write" in output
    assert "Next step: Thank them and move on" in output
    assert "Thank you for letting me know" in output


def test_an_unclear_reply_renders_the_clarifying_question() -> None:
    result = run("Can we talk about it on Friday?")

    assert result.exit_code == 0, result.output
    output = one_line(result.stdout)
    assert output.startswith("Unclear (unclear)")
    assert "would you feel comfortable writing a strong letter" in output


def test_rich_markup_in_the_reply_is_shown_literally() -> None:
    text = "[bold red]Sure[/bold red], I can write [link=http://x]something[/link]."

    result = run(text)

    assert result.exit_code == 0, result.output
    assert "[bold red]Sure[/bold red]" in result.stdout
    assert "[link=http://x]something[/link]" in result.stdout
    assert json.loads(run(text, "--json").stdout)["label"] == "lukewarm"


@pytest.mark.parametrize("as_json", [False, True])
def test_nul_bytes_and_escape_sequences_never_crash_or_reach_the_terminal(as_json: bool) -> None:
    hostile = "I only worked\x00 with you briefly \x1b[2J\x1b]0;owned\x07\x9b31m [/] [bold"
    arguments = ["-", "--json"] if as_json else ["-"]

    result = run(*arguments, stdin=hostile)

    assert result.exit_code == 0, result.output
    assert no_controls(result.stdout)
    if as_json:
        reading = json.loads(result.stdout)
        assert reading["label"] == "polite_no"
        for signal in reading["evidence"]:
            assert hostile[signal["start"] : signal["end"]] == signal["text"]
    else:
        assert "Polite no" in result.stdout


def test_a_lone_surrogate_from_the_command_line_is_printed_as_a_replacement() -> None:
    result = run("Sure\udcff, I can write you a letter.", "--json")

    assert result.exit_code == 0, result.output
    reading = json.loads(result.stdout)
    assert reading["label"] == "lukewarm"
    assert "\udcff" not in result.stdout
    assert reading["evidence"][0] == {"text": "Sure", "start": 0, "end": 4, "meaning": "willing"}


def test_the_command_loads_no_django() -> None:
    probe = (
        "import json, sys\n"
        "from typer.testing import CliRunner\n"
        "from lorkit.cli import app\n"
        "result = CliRunner().invoke(app, ['classify-reply', 'Sure, happy to.', '--json'])\n"
        "loaded = [m for m in sys.modules if m == 'django' or m.startswith('django.')]\n"
        "print(json.dumps({'code': result.exit_code, 'django': loaded}))\n"
    )

    completed = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )

    assert json.loads(completed.stdout) == {"code": 0, "django": []}
