"""`lorkit serve --workers 2` as an organisation runs it: the real command in a subprocess,
over real HTTP, on the database the suite runs on (SQLite in a temporary data folder, or a
PostgreSQL database created and dropped here, never the suite's own).

Which process answered is learnt from the operating system, not from the app: all workers but
one are stopped (SIGSTOP) and a request on a new connection can then be accepted only by the
one left running."""

from __future__ import annotations

import http.client
import logging
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import pytest
from typer.testing import CliRunner

from lorkit.cli import app
from lorkit.core import defaults

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/stat").exists(), reason="finds worker processes through /proc"
)

SCRIPT = Path(sys.executable).parent / "lorkit"
HOST = "127.0.0.1"
WORKERS = 2
START_SECONDS, STOP_SECONDS, REQUEST_SECONDS = 60.0, 15.0, 10.0


@dataclass
class Server:
    process: subprocess.Popen[bytes]
    port: int
    log: Path

    def output(self) -> str:
        return " ".join(self.log.read_text(errors="replace").split())  # undo line wrapping


# -- the database, the server and its processes ----------------------------------------------


@pytest.fixture(scope="module")
def server_env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """The environment of a server on a fresh database of the kind the suite runs on."""
    env = {**os.environ, "LORKIT_DATA_DIR": str(tmp_path_factory.mktemp("workers"))}
    env.pop("LORKIT_USER", None)
    url = env.pop("LORKIT_DATABASE_URL", "")
    if not url.startswith("postgres"):
        yield env
        return
    server = urlsplit(url)._replace(path="").geturl()
    name = f"lorkit_workers_test_{os.getpid()}"  # a run of its own, beside any other
    postgres_admin(server, f"CREATE DATABASE {name}")
    try:
        yield {**env, "LORKIT_DATABASE_URL": f"{server}/{name}"}
    finally:
        postgres_admin(server, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def postgres_admin(server: str, statement: str) -> None:
    import psycopg

    with psycopg.connect(f"{server}/postgres", autocommit=True, connect_timeout=10) as admin:
        admin.execute(statement)


@contextmanager
def started_server(env: dict[str, str], log_dir: Path, *options: str) -> Iterator[Server]:
    """`lorkit serve --workers 2` on a free port, answering, until the block ends."""
    port = free_port()
    log = log_dir / f"serve-{port}.log"
    command = [str(SCRIPT), "serve", "--workers", str(WORKERS), "--port", str(port), *options]
    with log.open("wb") as output:
        process = subprocess.Popen(command, env=env, stdout=output, stderr=subprocess.STDOUT)
    try:
        wait_until_answering(process, port, log)
        yield Server(process, port, log)
    finally:
        stop(process)


@pytest.fixture(scope="module")
def server(
    server_env: dict[str, str], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Server]:
    with started_server(server_env, tmp_path_factory.mktemp("logs"), "--demo") as running:
        yield running


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


def wait_until_answering(process: subprocess.Popen[bytes], port: int, log: Path) -> None:
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        assert process.poll() is None, f"lorkit serve exited: {log.read_text()}"
        try:
            if get(port, "/login/").status == 200:
                return
        except OSError:
            time.sleep(0.2)
    pytest.fail(f"lorkit serve did not answer within {START_SECONDS:.0f} s: {log.read_text()}")


def stop(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM and wait; if that fails, kill the parent and any worker it left."""
    workers = child_pids(process.pid)
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=STOP_SECONDS)
    except subprocess.TimeoutExpired:
        for pid in (*workers, process.pid):
            signal_if_alive(pid, signal.SIGKILL)
        process.wait(timeout=STOP_SECONDS)


def child_pids(parent: int) -> set[int]:
    """The processes whose parent is `parent`, from /proc/<pid>/stat."""
    children = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            state_and_parent = stat.read_text().rsplit(")", 1)[1].split()[:2]
        except (OSError, IndexError):
            continue  # gone meanwhile
        if int(state_and_parent[1]) == parent:
            children.add(int(stat.parent.name))
    return children


def workers_of(server: Server) -> set[int]:
    deadline = time.monotonic() + START_SECONDS
    while len(children := child_pids(server.process.pid)) < WORKERS:
        assert time.monotonic() < deadline, f"workers never all started: {children}"
        time.sleep(0.1)
    return children


def process_state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return "gone"


def signal_if_alive(pid: int, signal_number: signal.Signals) -> None:
    with suppress(ProcessLookupError):
        os.kill(pid, signal_number)


@contextmanager
def only_running(worker: int, workers: set[int]) -> Iterator[None]:
    """Every worker but `worker` stopped for the block, so that only it accepts connections."""
    others = workers - {worker}
    try:
        for pid in others:
            os.kill(pid, signal.SIGSTOP)
        deadline = time.monotonic() + REQUEST_SECONDS
        while any(process_state(pid) != "T" for pid in others):  # stopped, not just signalled
            assert time.monotonic() < deadline, "a worker would not stop"
            time.sleep(0.01)
        yield
    finally:
        for pid in others:
            signal_if_alive(pid, signal.SIGCONT)


# -- HTTP, each request on a new connection --------------------------------------------------


@dataclass
class Answer:
    status: int
    headers: http.client.HTTPMessage
    text: str


def get(port: int, path: str, cookies: dict[str, str] | None = None) -> Answer:
    return send(port, "GET", path, cookies=cookies)


def send(
    port: int,
    method: str,
    path: str,
    form: dict[str, str] | None = None,
    cookies: dict[str, str] | None = None,
) -> Answer:
    connection = http.client.HTTPConnection(HOST, port, timeout=REQUEST_SECONDS)
    headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in (cookies or {}).items())}
    if form is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    try:
        connection.request(
            method, path, body=None if form is None else urlencode(form), headers=headers
        )
        response = connection.getresponse()
        return Answer(response.status, response.headers, response.read().decode())
    finally:
        connection.close()


def cookies_set(answer: Answer) -> dict[str, str]:
    jar: dict[str, str] = {}
    for header in answer.headers.get_all("Set-Cookie") or []:
        jar.update({name: morsel.value for name, morsel in SimpleCookie(header).items()})
    return jar


def log_in_as_demo(port: int) -> dict[str, str]:
    """The cookies of a demo session, logged in through the form."""
    page = get(port, "/login/")
    cookies = cookies_set(page)
    token = page.text.split('name="csrfmiddlewaretoken" value="', 1)[1].split('"', 1)[0]
    form = {"username": "demo", "password": "lorkit-demo", "csrfmiddlewaretoken": token}
    answer = send(port, "POST", "/login/", form=form, cookies=cookies)
    assert answer.status == 302, answer.text
    return {**cookies, **cookies_set(answer)}


# -- the tests --------------------------------------------------------------------------------


def test_zero_workers_is_refused() -> None:
    result = CliRunner().invoke(app, ["serve", "--workers", "0"])

    assert result.exit_code == 2
    assert "--workers" in result.output
    assert "greater than or equal to 1" in result.output


def test_the_laptop_server_does_not_load_gunicorn() -> None:
    probe = "import sys, lorkit.cli, lorkit.cli.server; print('gunicorn' in sys.modules)"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )

    assert done.stdout.strip() == "False"


def test_waitress_queue_warnings_are_quiet_but_its_errors_are_not() -> None:
    assert not logging.getLogger("waitress.queue").isEnabledFor(logging.WARNING)
    assert logging.getLogger("waitress.queue").isEnabledFor(logging.ERROR)
    assert logging.getLogger("waitress").isEnabledFor(logging.WARNING)


def test_the_parent_runs_two_worker_processes(server: Server) -> None:
    workers = workers_of(server)

    assert len(workers) == WORKERS
    assert server.process.pid not in workers


def test_each_worker_process_answers_on_its_own(server: Server) -> None:
    workers = workers_of(server)
    answered = {}
    for worker in workers:
        with only_running(worker, workers):
            answered[worker] = get(server.port, "/login/").status

    assert answered == dict.fromkeys(workers, 200)


def test_a_session_opened_by_one_worker_is_known_to_the_other(server: Server) -> None:
    first, second = sorted(workers_of(server))
    with only_running(first, {first, second}):
        cookies = log_in_as_demo(server.port)
    with only_running(second, {first, second}):
        today = get(server.port, "/", cookies=cookies)

    assert today.status == 200
    assert "Riverbend Family Clinic" in today.text  # the demo's rotation under way


def test_the_server_does_not_name_its_software(server: Server) -> None:
    answer = get(server.port, "/login/")

    assert answer.status == 200
    assert answer.headers["Server"] is None
    assert "Log in" in answer.text


def test_a_body_over_the_limit_is_refused_before_it_is_read(server: Server) -> None:
    declared = defaults.SERVER_BODY_MAX_BYTES + 1
    request = (
        f"POST /backup/ HTTP/1.1\r\nHost: {HOST}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {declared}\r\n\r\n"
    ).encode()
    with socket.create_connection((HOST, server.port), timeout=REQUEST_SECONDS) as connection:
        connection.sendall(request + b"{" * 1024)  # the rest is never sent
        status_line = connection.recv(4096).split(b"\r\n", 1)[0]

    assert status_line.startswith(b"HTTP/1.1 413 ")


def test_the_start_message_gives_the_database_advice(
    server: Server, server_env: dict[str, str]
) -> None:
    output = server.output()

    assert f"{WORKERS} worker processes" in output
    assert "Log in as demo / lorkit-demo" in output
    on_sqlite = "LORKIT_DATABASE_URL" not in server_env
    assert ("SQLite lets one process write at a time" in output) is on_sqlite


def test_sigterm_stops_the_parent_and_its_workers(
    server_env: dict[str, str], tmp_path: Path
) -> None:
    with started_server(server_env, tmp_path) as running:
        workers = workers_of(running)
        running.process.send_signal(signal.SIGTERM)
        code = running.process.wait(timeout=STOP_SECONDS)

    assert code == 0
    assert {process_state(pid) for pid in workers} == {"gone"}
