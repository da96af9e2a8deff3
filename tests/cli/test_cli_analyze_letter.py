"""`lorkit analyze-letter PATH... [--json]`: letter drafts read with no account and no
database; one JSON object for one file, JSON Lines for several, a progress bar on stderr."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console
from typer.testing import CliRunner

from lorkit.cli import app
from lorkit.cli.analyze import check_all

runner = CliRunner()
SET = Path(__file__).resolve().parents[1] / "core" / "letters_set"
SAMPLES = SET / "samples"
STRONG_TXT = SAMPLES / "strong-letter.txt"
STABLE_KEYS = {"file", "tier", "findings", "agentic", "communal", "words", "suggestions"}


def one_line(text: str) -> str:
    for border in "│╭╮╰╯─┃┏┓┗┛━┡┩╇┳┻┴┬└┘":
        text = text.replace(border, " ")
    return " ".join(text.split())


def run(*arguments: str) -> Any:
    return runner.invoke(app, ["analyze-letter", *arguments])


def test_one_file_with_json_prints_one_object_with_the_stable_keys() -> None:
    result = run(str(STRONG_TXT), "--json")

    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report.keys() >= STABLE_KEYS
    assert report["tier"] == "strong"
    assert report["file"] == str(STRONG_TXT)
    assert len(report["suggestions"]) >= 3
    text = STRONG_TXT.read_text(encoding="utf-8")
    for finding in report["findings"]:
        assert {"type", "start", "end", "text"} <= finding.keys()
        assert text[finding["start"] : finding["end"]] == finding["text"]


def test_several_files_with_json_print_one_object_per_line() -> None:
    files = [SAMPLES / "strong-letter.txt", SAMPLES / "strong-letter.docx"]

    result = run(*map(str, files), "--json")

    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    reports = [json.loads(line) for line in lines]
    assert [r["file"] for r in reports] == [str(f) for f in files]
    assert all(r.keys() >= STABLE_KEYS for r in reports)


def test_a_folder_is_read_for_its_letter_files_in_order(tmp_path: Path) -> None:
    for name in ("b.pdf", "a.txt", "notes.md"):
        source = SAMPLES / f"strong-letter{Path(name).suffix}"
        (tmp_path / name).write_bytes(source.read_bytes() if source.exists() else b"# notes")
    (tmp_path / "inner").mkdir()
    shutil.copy(SAMPLES / "strong-letter.docx", tmp_path / "inner" / "c.DOCX")

    result = run(str(tmp_path), "--json")

    files = [json.loads(line)["file"] for line in result.stdout.splitlines()]
    assert [Path(f).name for f in files] == ["a.txt", "b.pdf", "c.DOCX"]


def test_the_labelled_letters_folder_gives_one_line_per_letter() -> None:
    result = run(str(SET / "letters"), "--json")

    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == len(list((SET / "letters").glob("*.txt")))


def test_without_json_one_file_shows_its_tier_phrases_and_suggestions() -> None:
    result = run(str(STRONG_TXT))

    output = one_line(result.stdout)
    assert result.exit_code == 0
    assert "strong-letter.txt: Strong" in output
    assert "Phrases that decided it" in output
    assert "without reservation" in output
    assert "How to make it stronger" in output
    assert " 3. " in result.stdout


def test_without_json_several_files_show_a_table() -> None:
    result = run(str(STRONG_TXT), str(SAMPLES / "strong-letter.pdf"))

    output = one_line(result.stdout)
    assert result.exit_code == 0
    assert "file tier words stories doubts warnings" in output
    assert output.count("strong") >= 2


def test_an_unreadable_file_is_reported_and_the_others_still_read(tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 nothing here")

    result = run(str(broken), str(STRONG_TXT), "--json")

    assert result.exit_code == 1
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert first == {"file": str(broken), "error": first["error"]}
    assert "cannot be read" in first["error"]
    assert second["tier"] == "strong"


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (lambda tmp: tmp / "missing.txt", "is not a file or folder"),
        (lambda tmp: tmp, "no letter files"),
    ],
    ids=["missing", "empty folder"],
)
def test_a_path_with_no_letter_is_refused_as_a_bad_parameter(
    tmp_path: Path, make: Any, says: str
) -> None:
    result = run(str(make(tmp_path)))

    assert result.exit_code == 2
    assert says in one_line(result.output)


def test_a_file_name_with_terminal_controls_is_printed_harmlessly(tmp_path: Path) -> None:
    hostile = tmp_path / "evil\x1b[31mred.txt"
    hostile.write_bytes(STRONG_TXT.read_bytes())

    result = run(str(hostile))

    assert result.exit_code == 0
    assert "\x1b" not in result.stdout


def test_many_files_show_a_progress_bar_on_standard_error() -> None:
    stream = io.StringIO()
    progress = Console(file=stream, force_terminal=True, width=80)

    checked = check_all([STRONG_TXT, SAMPLES / "strong-letter.docx"], progress)

    assert [item.analysis.tier.value for item in checked if item.analysis] == ["strong", "strong"]
    assert "Reading letters" in stream.getvalue()


def test_one_file_shows_no_progress_bar() -> None:
    stream = io.StringIO()

    check_all([STRONG_TXT], Console(file=stream, force_terminal=True))

    assert stream.getvalue() == ""


def test_json_lines_stay_clean_of_progress_output() -> None:
    result = run(str(SET / "letters"), "--json")

    assert all(line.startswith('{"file": ') for line in result.stdout.splitlines())


def test_the_command_loads_no_django() -> None:
    probe = (
        "import sys, json\n"
        "from typer.testing import CliRunner\n"
        "from lorkit.cli import app\n"
        "r = CliRunner().invoke(app, ['analyze-letter', sys.argv[1], '--json'])\n"
        "print(json.dumps([r.exit_code, sorted(m for m in sys.modules if m.startswith('django'))]))"
    )
    completed = subprocess.run(
        [sys.executable, "-c", probe, str(STRONG_TXT)], capture_output=True, text=True, check=True
    )

    assert json.loads(completed.stdout.splitlines()[-1]) == [0, []]
