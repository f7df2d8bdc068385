"""The services of the project run for real by the pytest suites (Tests/api, Tests/web): a fresh
database of the private cluster, migrated and seeded with a month of synthetic trips, the built
executables started on it and stopped at the end. Needs the private PostgreSQL cluster
(scripts/pg start) and TEST_BIN_DIR, the folder of the built executables (scripts/test sets it)."""

from __future__ import annotations

import datetime as dt
import os
import signal
import socket
import subprocess
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[2]


def binaries() -> Path:
    """The folder of the built executables (TEST_BIN_DIR)."""
    folder = os.environ.get("TEST_BIN_DIR")
    if not folder:
        raise RuntimeError("TEST_BIN_DIR is not set: run through scripts/test")
    return Path(folder)


def free_port() -> int:
    """A TCP port of 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def seeded_month() -> str:
    """The last complete month that ended at least five days ago: inside the period's default
    limits (docs/validation.md)."""
    first = (dt.date.today() - dt.timedelta(days=5)).replace(day=1)
    return (first - dt.timedelta(days=1)).strftime("%Y-%m")


def month_instants(month: str) -> tuple[str, str]:
    """The first instant of `month` (`YYYY-MM`) and the first instant after it, in RFC 3339."""
    start = dt.date.fromisoformat(month + "-01")
    end = (start + dt.timedelta(days=32)).replace(day=1)
    return f"{start.isoformat()}T00:00:00Z", f"{end.isoformat()}T00:00:00Z"


def psql(*arguments: str) -> str:
    """psql on the private cluster (scripts/pg), unaligned; its output."""
    command = [str(ROOT / "scripts" / "pg"), "psql", "-v", "ON_ERROR_STOP=1", "-At", *arguments]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout.strip()


def fresh_database(name: str) -> str:
    """Drops and creates the database `name` on the private cluster; its URL."""
    psql("-d", "postgres", "-c", "SET client_min_messages = warning",
         "-c", f"DROP DATABASE IF EXISTS {name} WITH (FORCE)", "-c", f"CREATE DATABASE {name}")
    return subprocess.run([str(ROOT / "scripts" / "pg"), "url", name], check=True, capture_output=True,
                          text=True).stdout.strip()


def migrate_and_seed(environment: dict[str, str], database: str, trips: int, month: str) -> None:
    """Migrates the database of `environment` with the upstream schemas and seeds `trips`
    journeys in `month`."""
    api = str(binaries() / "export-api")
    subprocess.run([api, "migrate", "--with-upstream"], env=environment, check=True, capture_output=True)
    subprocess.run([api, "seed", "--wipe-database", database, "--trips", str(trips), "--month", month],
                   env=environment, check=True, capture_output=True)


def token(environment: dict[str, str], *options: str) -> str:
    """A bearer token minted by `export-api token` with `options`."""
    return subprocess.run([str(binaries() / "export-api"), "token", *options], env=environment, check=True,
                          capture_output=True, text=True).stdout.strip()


def answers_200(url: str) -> bool:
    """True when `url` answers 200."""
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def wait_ready(url: str, process: subprocess.Popen, seconds: float = 60) -> None:
    """Waits until `url` answers 200; fails as soon as `process` dies, or when time runs out."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args[0]} stopped with status {process.returncode}")
        if answers_200(url):
            return
        time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer 200 within {seconds} s")


@contextmanager
def running(services: list[tuple[str, list[str], dict[str, str], Path]]) -> Iterator[dict[str, subprocess.Popen]]:
    """Starts each (name, arguments after the executable, environment, log file) of `services`
    (the executable is `binaries() / name`), yields the processes by name, and stops them all at
    the end: SIGCONT first, for a test that paused one, then SIGTERM, and SIGKILL after 20 s."""
    processes: dict[str, subprocess.Popen] = {}
    try:
        for name, arguments, environment, log in services:
            with open(log, "wb") as output:
                processes[name] = subprocess.Popen([str(binaries() / name), *arguments], env=environment,
                                                   stdout=output, stderr=subprocess.STDOUT)
        yield processes
    finally:
        for process in processes.values():
            process.send_signal(signal.SIGCONT)
            process.terminate()
        for process in processes.values():
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
