"""`lorkit serve` on a port another program holds: one plain sentence naming the port and a
free one to try, exit code 1, never "running at" followed by a traceback."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lorkit.cli import app
from lorkit.cli import server as serve_module

runner = CliRunner(env={"LORKIT_USER": None})
HOST = "127.0.0.1"
SCRIPT = Path(sys.executable).parent / "lorkit"


def one_line(text: str) -> str:
    """Rich wraps messages at 80 columns; read them as one line."""
    return " ".join(text.split())


def listening_socket(port: int = 0) -> socket.socket:
    """A socket listening on `port` (0: any free one), as another server would hold it."""
    holder = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    holder.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    holder.bind((HOST, port))
    holder.listen()
    return holder


@pytest.fixture
def busy_port() -> Iterator[int]:
    """A port another program is listening on for the length of the test."""
    with listening_socket() as holder:
        yield holder.getsockname()[1]


def busy_message(port: int) -> str:
    return (
        f"Error: Port {port} on {HOST} is already in use (by another lorkit or another program). "
        "Try: lorkit serve --port "
    )


@pytest.mark.parametrize(
    "options", [[], ["--demo"], ["--workers", "2"]], ids=["plain", "demo", "workers"]
)
def test_a_busy_port_is_named_in_one_sentence_before_anything_starts(
    busy_port: int, options: list[str]
) -> None:
    result = runner.invoke(app, ["serve", "--host", HOST, "--port", str(busy_port), *options])

    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit)
    assert one_line(result.stderr).startswith(busy_message(busy_port))
    assert "running at" not in result.output
    assert "Traceback" not in result.output
    assert result.stdout == ""


def test_the_port_suggested_instead_is_one_the_server_can_listen_on(busy_port: int) -> None:
    result = runner.invoke(app, ["serve", "--host", HOST, "--port", str(busy_port)])

    suggested = int(one_line(result.stderr).rsplit("--port ", 1)[1])
    assert busy_port < suggested <= busy_port + serve_module.PORTS_TRIED_AFTER_A_BUSY_ONE
    listening_socket(suggested).close()  # would raise OSError were it taken


def test_a_port_taken_between_the_check_and_the_start_gets_the_same_sentence(
    db: None, busy_port: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(serve_module, "address_problem", lambda host, port: None)

    result = runner.invoke(app, ["serve", "--host", HOST, "--port", str(busy_port)])

    assert result.exit_code == 1
    assert one_line(result.stderr).startswith(busy_message(busy_port))
    assert "Press Ctrl+C" not in result.output
    assert "Traceback" not in result.output


def test_a_port_left_waiting_by_a_server_just_stopped_counts_as_free() -> None:
    # The side that closes a connection first keeps its address in TIME_WAIT for a minute;
    # servers bind with SO_REUSEADDR so that a restarted lorkit can reuse the port at once.
    with listening_socket() as holder:
        port = holder.getsockname()[1]
        with socket.create_connection((HOST, port)) as client:
            accepted, _ = holder.accept()
            accepted.close()  # the server's side closes first: its port enters TIME_WAIT
            client.recv(1)

    assert serve_module.address_problem(HOST, port) is None


def test_an_address_that_is_not_this_computers_is_refused_plainly() -> None:
    result = runner.invoke(app, ["serve", "--host", "nowhere.invalid", "--port", "8000"])

    assert result.exit_code == 1
    assert "cannot find the address 'nowhere.invalid'" in one_line(result.stderr)
    assert "Traceback" not in result.output


@pytest.mark.parametrize("port", ["0", "65536"])
def test_a_port_outside_1_to_65535_is_a_usage_error(port: str) -> None:
    result = runner.invoke(app, ["serve", "--port", port])

    assert result.exit_code == 2
    assert "Invalid value for '--port'" in one_line(result.output)


@pytest.mark.skipif(not SCRIPT.exists(), reason="needs the installed console script")
def test_the_real_command_on_a_busy_port_prints_one_sentence_and_exits_1(
    busy_port: int, tmp_path: Path
) -> None:
    env = {**os.environ, "LORKIT_DATA_DIR": str(tmp_path)}
    env.pop("LORKIT_USER", None)

    finished = subprocess.run(
        [str(SCRIPT), "serve", "--host", HOST, "--port", str(busy_port)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )

    assert finished.returncode == 1
    assert finished.stdout == ""
    assert one_line(finished.stderr).startswith(busy_message(busy_port))
    assert len(finished.stderr.splitlines()) <= 2  # one sentence, wrapped at 80 columns
