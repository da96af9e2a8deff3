"""Many people at once: clients mixing reads and writes against `lorkit serve`, on SQLite and
PostgreSQL, with one process (waitress, the laptop default) and with `--workers N` (gunicorn).

    .venv/bin/python benchmarks/bench_load.py [--database sqlite|postgres|both] [--workers 2]
        [--clients 50] [--seconds 20] [--requests 20000] [--threads 4]

Each configuration gets a fresh dataset (a throwaway data folder and, on PostgreSQL, the
database `lorkit_load`, created here and dropped afterwards) seeded through the services: one
user per client, each with four rotations around today. The server is the real command, bound
to 127.0.0.1 on a free port. Each client logs in as its own user through the login form (its
own session and CSRF cookie on one kept-alive connection), then, once all are in, requests
until the time or the request budget runs out: Today, This week, the rotation list, a rotation
page and the .ics (75%), and marking a milestone done or open again or editing its note as the
page's HTMX form does (25%). Prints, per configuration: requests, requests/s, p50/p95/p99 ms,
errors (an answer other than 2xx/3xx, or an exception, with the first few reasons) and what the
server logged. Loopback only; every wait is bounded, and the server is stopped in any case.

The clients run on the same machine as the server, and so does the database server: compare
configurations within one run, and read the CPU line under each (on Linux): the CPUs kept busy
on average by the clients, by the lorkit server and by everything else (PostgreSQL, and any
other work on the machine, which makes the figures unreliable).
"""

from __future__ import annotations

import argparse
import http.client
import os
import random
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

HOST = "127.0.0.1"  # loopback only: this script never talks to another machine
LORKIT = Path(sys.executable).parent / "lorkit"
PASSWORD = "load-test-password-1"
POSTGRES_DATABASE = "lorkit_load"
ROTATION_STARTS = (-62, -9, 33, 75)  # days from today: one done, one under way, two ahead
ROTATION_DAYS = 28
REQUEST_TIMEOUT = 30.0
START_TIMEOUT = 90.0
STOP_TIMEOUT = 20.0
LOGIN_TIMEOUT = 180.0
SHOWN_REASONS = 5
CLOCK_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100

# (weight, kind) of each request a client makes once logged in
MIX = (
    (30, "today"),
    (15, "week"),
    (10, "rotations"),
    (10, "rotation page"),
    (10, "ics"),
    (15, "toggle milestone"),
    (10, "edit note"),
)
SERVER_LOG_MARKS = ("Traceback", "database is locked", "Task queue depth", "WORKER TIMEOUT")


@dataclass
class Tally:
    """What every client saw, gathered under one lock."""

    latencies_ms: list[float] = field(default_factory=list)
    errors: int = 0
    reasons: list[str] = field(default_factory=list)
    budget: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def take_one(self) -> bool:
        """Claim one request of the budget; False once it is spent."""
        with self.lock:
            if self.budget <= 0:
                return False
            self.budget -= 1
            return True

    def record(self, milliseconds: float, problem: str | None) -> None:
        with self.lock:
            self.latencies_ms.append(milliseconds)
            if problem is not None:
                self.errors += 1
                if len(self.reasons) < SHOWN_REASONS:
                    self.reasons.append(problem)


class Session:
    """One client: a kept-alive connection and its cookies (session and CSRF)."""

    def __init__(self, port: int) -> None:
        self.connection = http.client.HTTPConnection(HOST, port, timeout=REQUEST_TIMEOUT)
        self.cookies: dict[str, str] = {}

    def send(
        self, method: str, path: str, form: dict[str, str] | None = None, htmx: bool = False
    ) -> tuple[int, str]:
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        body = None if form is None else urlencode(form)
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["X-CSRFToken"] = self.cookies.get("csrftoken", "")
        if htmx:
            headers["HX-Request"] = "true"
        try:
            self.connection.request(method, path, body=body, headers=headers)
            response = self.connection.getresponse()
            text = response.read().decode("utf-8", "replace")
        except Exception:
            self.connection.close()  # the next request opens a fresh connection
            raise
        for header in response.headers.get_all("Set-Cookie") or []:
            cookie: SimpleCookie = SimpleCookie(header)
            self.cookies.update({name: morsel.value for name, morsel in cookie.items()})
        return response.status, text

    def log_in(self, username: str) -> None:
        status, page = self.send("GET", "/login/")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
        if status != 200 or token is None:
            raise RuntimeError(f"login page answered {status}")
        form = {"username": username, "password": PASSWORD, "csrfmiddlewaretoken": token[1]}
        status, _ = self.send("POST", "/login/", form)
        if status != 302 or "sessionid" not in self.cookies:
            raise RuntimeError(f"login as {username} answered {status}")


@dataclass
class Applicant:
    """A logged-in client and the ids its pages showed it."""

    session: Session
    rotations: list[int]
    milestones: dict[int, str]  # id -> the status this client last set
    random: random.Random
    writes: int = 0

    def request(self) -> tuple[str, str, int]:
        """Make one request of the mix; (method, path, status)."""
        kind = self.random.choices([k for _, k in MIX], weights=[w for w, _ in MIX])[0]
        if kind in ("toggle milestone", "edit note"):
            return self.write(kind)
        path = {
            "today": "/",
            "week": "/week/",
            "rotations": "/rotations/",
            "rotation page": f"/rotations/{self.random.choice(self.rotations)}/",
            "ics": "/calendar/plan.ics",
        }[kind]
        return "GET", path, self.session.send("GET", path)[0]

    def write(self, kind: str) -> tuple[str, str, int]:
        milestone = self.random.choice(list(self.milestones))
        status = self.milestones[milestone]
        if kind == "toggle milestone":
            status = "open" if status == "done" else "done"
        self.writes += 1
        form = {"status": status, "note": f"Load note {self.writes}"}
        path = f"/milestones/{milestone}/status/"
        answer = self.session.send("POST", path, form, htmx=True)[0]
        if answer == 200:
            self.milestones[milestone] = status
        return "POST", path, answer


def applicant_ready(port: int, index: int) -> Applicant:
    """Log in as user `index` and read its rotation and milestone ids from its pages."""
    session = Session(port)
    session.log_in(username_of(index))
    _, rotation_list = session.send("GET", "/rotations/")
    rotations = sorted({int(i) for i in re.findall(r'href="/rotations/(\d+)/"', rotation_list)})
    milestones: dict[int, str] = {}
    for rotation in rotations:
        _, page = session.send("GET", f"/rotations/{rotation}/")
        milestones.update({int(i): "open" for i in re.findall(r"/milestones/(\d+)/status/", page)})
    if not rotations or not milestones:
        raise RuntimeError(f"{username_of(index)} sees no rotations or milestones")
    session.connection.close()  # idle while the others log in: start afresh afterwards
    return Applicant(session, rotations, milestones, random.Random(index))


def username_of(index: int) -> str:
    return f"load{index:03d}"


def client_loop(
    port: int, index: int, start: threading.Barrier, deadline: list[float], tally: Tally
) -> None:
    try:
        applicant = applicant_ready(port, index)
    except Exception as error:
        tally.record(0.0, f"login of {username_of(index)}: {error!r}")
        start.abort()
        return
    try:
        start.wait(timeout=LOGIN_TIMEOUT)
    except threading.BrokenBarrierError:
        return  # another client could not log in: its reason is recorded
    while time.monotonic() < deadline[0] and tally.take_one():
        began = time.perf_counter()
        try:
            method, path, status = applicant.request()
            problem = None if 200 <= status < 400 else f"{method} {path}: HTTP {status}"
        except Exception as error:
            problem = f"{type(error).__name__}: {error}"
        tally.record((time.perf_counter() - began) * 1000, problem)


@dataclass
class Load:
    """One configuration's run: what the clients saw and what it cost in CPU."""

    tally: Tally
    began: float = 0.0
    seconds: float = 0.0
    cpu_at_start: CpuSample | None = None
    cpu_at_end: CpuSample | None = None


def run_clients(server_pid: int, port: int, options: argparse.Namespace) -> Load:
    """All clients log in, then load the server together until the time or budget is spent."""
    clients, seconds = options.clients, options.seconds
    load = Load(Tally(budget=options.requests))
    tally = load.tally
    deadline = [float("inf")]

    def open_the_gates() -> None:  # runs once, when the last client has logged in
        load.cpu_at_start = cpu_sample(server_pid)
        load.began = time.monotonic()
        deadline[0] = load.began + seconds

    start = threading.Barrier(clients, action=open_the_gates)
    threads = [
        threading.Thread(target=client_loop, args=(port, i, start, deadline, tally), daemon=True)
        for i in range(clients)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=LOGIN_TIMEOUT + seconds + REQUEST_TIMEOUT)
    if load.began:
        load.seconds = time.monotonic() - load.began
        load.cpu_at_end = cpu_sample(server_pid)
    return load


@dataclass(frozen=True)
class CpuSample:
    """CPU seconds used so far by the clients (this process), the server (its process and
    workers) and the whole machine (the database server and anything else running)."""

    clients: float
    server: float
    machine: float


def cpu_sample(server_pid: int) -> CpuSample | None:
    """None where there is no /proc (the CPU line is then left out)."""
    if not Path("/proc/stat").exists():
        return None
    server = [server_pid, *child_pids(server_pid)]
    return CpuSample(time.process_time(), sum(map(process_cpu, server)), machine_cpu())


def process_stat(pid: int) -> list[str]:
    """The fields of /proc/<pid>/stat after the command name (state first), or []."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return []


def child_pids(parent: int) -> list[int]:
    stats = Path("/proc").glob("[0-9]*/stat")
    return [
        int(s.parent.name) for s in stats if process_stat(int(s.parent.name))[1:2] == [str(parent)]
    ]


def process_cpu(pid: int) -> float:
    fields = process_stat(pid)
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS if fields else 0.0


def machine_cpu() -> float:
    """Busy seconds of all CPUs: user, nice, system, irq, softirq and steal."""
    ticks = [int(t) for t in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
    user, nice, system, _idle, _iowait, irq, softirq, steal = ticks
    return (user + nice + system + irq + softirq + steal) / CLOCK_TICKS


# -- the server and its database ------------------------------------------------------------


@contextmanager
def fresh_database(database: str, postgres: str) -> Iterator[dict[str, str]]:
    """The environment of a server on a new, empty database; removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="lorkit-load-") as data_dir:
        env = {**os.environ, "LORKIT_DATA_DIR": data_dir}
        env.pop("LORKIT_DATABASE_URL", None)
        env.pop("LORKIT_USER", None)
        if database == "sqlite":
            yield env
            return
        recreate_postgres_database(postgres, drop_only=False)
        try:
            yield {**env, "LORKIT_DATABASE_URL": f"{postgres}/{POSTGRES_DATABASE}"}
        finally:
            recreate_postgres_database(postgres, drop_only=True)


def recreate_postgres_database(postgres: str, *, drop_only: bool) -> None:
    import psycopg

    with psycopg.connect(f"{postgres}/postgres", autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {POSTGRES_DATABASE} WITH (FORCE)")
        if not drop_only:
            admin.execute(f"CREATE DATABASE {POSTGRES_DATABASE}")


def seed(env: dict[str, str], users: int) -> None:
    """Create the users in a fresh interpreter on the configuration's database."""
    command = [sys.executable, __file__, "--seed-users", str(users)]
    subprocess.run(command, env=env, check=True, timeout=600)


def seed_users(count: int) -> None:
    """(Runs in the seeding interpreter.) `count` users, four rotations each, with the
    milestones of the finished rotation done, through the services as the web app would."""
    from lorkit.cli.shared import django_ready

    django_ready()
    from lorkit.accounts.services import user_create
    from lorkit.plans.models import Rotation
    from lorkit.plans.services import milestone_set_status, rotation_save

    today = date.today()
    for index in range(count):
        user = user_create(username=username_of(index), password=PASSWORD, today=today)
        for number, offset in enumerate(ROTATION_STARTS):
            start = today + timedelta(days=offset)
            rotation = Rotation(
                site=f"Teaching Hospital {number + 1}",
                start=start,
                end=start + timedelta(days=ROTATION_DAYS - 1),
                attending_name=f"Dr. Attending {number + 1}",
            )
            rotation_save(owner=user, rotation=rotation)
        finished = user.rotations.get(start=today + timedelta(days=ROTATION_STARTS[0]))
        for milestone in finished.milestones.all():
            milestone_set_status(milestone=milestone, status="done", today=today)


@contextmanager
def running_server(
    env: dict[str, str], workers: int, threads: int, log: Path
) -> Iterator[tuple[int, int]]:
    """`lorkit serve` on a free loopback port until the block ends; yields (pid, port)."""
    port = free_port()
    command = [str(LORKIT), "serve", "--host", HOST, "--port", str(port), "--threads", str(threads)]
    if workers > 1:
        command += ["--workers", str(workers)]
    with log.open("w") as output:
        server = subprocess.Popen(command, env=env, stdout=output, stderr=subprocess.STDOUT)
        try:
            wait_until_answering(server, port)
            yield server.pid, port
        finally:
            stop(server)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


def wait_until_answering(server: subprocess.Popen[bytes], port: int) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"the server exited with code {server.returncode}")
        try:
            connection = http.client.HTTPConnection(HOST, port, timeout=2)
            connection.request("GET", "/login/")
            if connection.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"the server did not answer within {START_TIMEOUT:.0f} s")


def stop(server: subprocess.Popen[bytes]) -> None:
    """SIGTERM (gunicorn stops gracefully), then kill if it is still there."""
    if server.poll() is None:
        server.send_signal(signal.SIGTERM)
    try:
        server.wait(timeout=STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait(timeout=STOP_TIMEOUT)


# -- report ---------------------------------------------------------------------------------


def percentile(ordered: list[float], share: float) -> float:
    """The value below which `share` of the sorted sample lies (nearest rank)."""
    if not ordered:
        return 0.0
    rank = max(1, round(share * len(ordered) + 0.5 - 1e-9))
    return ordered[min(rank, len(ordered)) - 1]


def report_line(label: str, tally: Tally, seconds: float) -> str:
    ordered = sorted(tally.latencies_ms)
    rate = len(ordered) / seconds if seconds else 0.0
    p50, p95, p99 = (percentile(ordered, share) for share in (0.50, 0.95, 0.99))
    return (
        f"{label:34} {len(ordered):>8} {rate:>7.1f} {p50:>7.0f} {p95:>7.0f} {p99:>7.0f} "
        f"{tally.errors:>6}"
    )


def server_log_summary(log: Path, label: str) -> str:
    """Counts of the marks in the server's log; one with a traceback is kept for reading."""
    text = log.read_text(errors="replace")
    counts = [f"{text.count(mark)} × {mark!r}" for mark in SERVER_LOG_MARKS]
    summary = f"{'':34} server log: {len(text.splitlines())} lines; " + ", ".join(counts)
    exceptions = first_exceptions(text)
    if exceptions:
        slug = re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-")
        kept = Path(tempfile.gettempdir()) / f"bench_load-{slug}.log"
        kept.write_text(text)
        summary += f" (kept as {kept})"
    return summary + "".join(f"\n{'':34} logged: {line}" for line in exceptions)


def first_exceptions(text: str) -> list[str]:
    """The exception line (the first unindented line) after each of the first tracebacks."""
    found: list[str] = []
    for traceback in text.split("Traceback (most recent call last):")[1:]:
        lines = [line for line in traceback.splitlines()[1:] if line and line[0] != " "]
        if lines and lines[0] not in found:
            found.append(lines[0][:200])
        if len(found) == SHOWN_REASONS:
            break
    return found


def run_configuration(database: str, workers: int, options: argparse.Namespace) -> None:
    server = f"{workers} workers (gunicorn)" if workers > 1 else "1 process (waitress)"
    label = f"{database}, {server}"
    with fresh_database(database, options.postgres) as env:
        seed(env, options.clients)
        log = Path(env["LORKIT_DATA_DIR"]) / "server.log"
        with running_server(env, workers, options.threads, log) as (server_pid, port):
            load = run_clients(server_pid, port, options)
        print(report_line(label, load.tally, load.seconds), flush=True)
        for reason in load.tally.reasons:
            print(f"{'':34} error: {reason}")
        if load.cpu_at_start and load.cpu_at_end:
            print(cpu_line(load.cpu_at_start, load.cpu_at_end, load.seconds))
        print(server_log_summary(log, label), flush=True)


def cpu_line(start: CpuSample, end: CpuSample, seconds: float) -> str:
    clients, server = end.clients - start.clients, end.server - start.server
    rest = end.machine - start.machine - clients - server
    shares = ", ".join(
        f"{name} {used / seconds:.1f}"
        for name, used in (("clients", clients), ("server", server), ("everything else", rest))
    )
    return f"{'':34} CPUs busy on average: {shares} (of {os.cpu_count()})"


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", choices=("sqlite", "postgres", "both"), default="both")
    parser.add_argument("--workers", type=int, default=2, help="processes of the second run")
    parser.add_argument("--threads", type=int, default=4, help="threads per server process")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=20.0, help="at most this long")
    parser.add_argument("--requests", type=int, default=20_000, help="at most this many")
    parser.add_argument("--postgres", default="postgres://postgres@127.0.0.1:5432")
    parser.add_argument("--seed-users", type=int, help=argparse.SUPPRESS)
    return parser.parse_args()


def main() -> None:
    options = arguments()
    if options.seed_users is not None:
        seed_users(options.seed_users)
        return
    databases = ("sqlite", "postgres") if options.database == "both" else (options.database,)
    print(
        f"{options.clients} clients, at most {options.seconds:.0f} s or {options.requests} "
        f"requests each run; {options.threads} threads per server process; "
        f"{os.cpu_count()} CPUs shared with the clients"
    )
    print(
        f"{'configuration':34} {'requests':>8} {'req/s':>7} {'p50 ms':>7} {'p95 ms':>7} "
        f"{'p99 ms':>7} {'errors':>6}"
    )
    for database in databases:
        for workers in dict.fromkeys((1, options.workers)):
            run_configuration(database, workers, options)


if __name__ == "__main__":
    main()
