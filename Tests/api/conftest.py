"""The live API the contract tests talk to: a fresh database with the upstream schemas and a
month of synthetic trips, then `export-api serve` and `export-builder run` on it (local storage,
JSON logs), stopped once the tests are done. Needs the private PostgreSQL cluster
(scripts/pg start) and TEST_BIN_DIR, the folder of the built executables (scripts/test sets it)."""

import datetime
import json
import os
import secrets
import socket
import subprocess
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATABASE = "rpc_export_api_contract"


@dataclass
class LiveAPI:
    """A running API: its base URL, tokens of an admin and of a registry user, the month seeded
    (`start_at`/`end_at` of an export that passes the period's limits) and its log file."""

    url: str
    admin_token: str
    registry_token: str
    start_at: str
    end_at: str
    log: Path
    env: dict


def free_port() -> int:
    """A TCP port nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def seeded_month() -> str:
    """The calendar month before the one of five days ago: inside the default period's limits."""
    recent = datetime.date.today() - datetime.timedelta(days=5)
    return (recent.replace(day=1) - datetime.timedelta(days=1)).strftime("%Y-%m")


def pg(*args: str) -> str:
    """Runs scripts/pg with `args`, returns its output."""
    return subprocess.run([str(ROOT / "scripts/pg"), *args], check=True, capture_output=True, text=True).stdout


def wait_ready(url: str, process: subprocess.Popen, seconds: float = 60) -> None:
    """Waits until `url`/ready answers 200; fails when the process dies or time runs out."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server stopped with status {process.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/ready", timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.2)
    raise RuntimeError("the server did not become ready")


@pytest.fixture(scope="session")
def live_api():
    """Starts the API and a builder on a fresh database; yields a `LiveAPI`."""
    binaries = Path(os.environ["TEST_BIN_DIR"])
    pg("psql", "-d", "postgres", "-q", "-v", "ON_ERROR_STOP=1", "-c", "SET client_min_messages = warning",
       "-c", f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)", "-c", f"CREATE DATABASE {DATABASE}")
    work = Path(tempfile.mkdtemp(prefix="api-contract-"))
    port = free_port()
    env = dict(os.environ)
    env.update({
        "DATABASE_URL": pg("url", DATABASE).strip(), "API_HOST": "127.0.0.1", "API_PORT": str(port),
        "METRICS_PORT": "0", "HEALTH_PORT": "0", "STORAGE_DIR": str(work / "storage"), "WORK_DIR": str(work / "work"),
        "PUBLIC_URL": f"http://127.0.0.1:{port}", "NOTIFIER_URL": f"http://127.0.0.1:{free_port()}",
        "JWT_SECRET": secrets.token_hex(32), "DOWNLOAD_TOKEN_SECRET": secrets.token_hex(32),
        "BUILDER_POLL_INTERVAL": "1", "LOG_LEVEL": "info", "LOG_FORMAT": "json",
        "API_RATE_LIMIT": "100000", "EXPORT_MAX_PENDING_PER_USER": "100000",
    })
    for folder in ("storage", "work"):
        (work / folder).mkdir()
    month = seeded_month()
    subprocess.run([binaries / "export-api", "migrate", "--with-upstream"], env=env, check=True, capture_output=True)
    subprocess.run([binaries / "export-api", "seed", "--wipe-database", DATABASE, "--trips", "2000", "--month", month],
                   env=env, check=True, capture_output=True)
    log = work / "api.log"
    with open(log, "w") as api_log, open(work / "builder.log", "w") as builder_log:
        api = subprocess.Popen([binaries / "export-api", "serve"], env=env, stdout=api_log, stderr=subprocess.STDOUT)
        builder = subprocess.Popen([binaries / "export-builder", "run"], env=env, stdout=builder_log,
                                   stderr=subprocess.STDOUT)
    try:
        url = f"http://127.0.0.1:{port}"
        wait_ready(url, api)

        def token(*args: str) -> str:
            """A bearer token minted by `export-api token` with `args`."""
            return subprocess.run([binaries / "export-api", "token", *args, "--ttl", "7200"], env=env, check=True,
                                  capture_output=True, text=True).stdout.strip()

        start = datetime.date.fromisoformat(month + "-01")
        end = (start + datetime.timedelta(days=32)).replace(day=1)
        yield LiveAPI(
            url=url, admin_token=token("--sub", "contrat-admin", "--role", "admin", "--email", "admin@example.org"),
            registry_token=token("--sub", "contrat-registre", "--role", "registry", "--email", "registre@example.org"),
            start_at=f"{start.isoformat()}T00:00:00Z", end_at=f"{end.isoformat()}T00:00:00Z", log=log, env=env)
    finally:
        for process in (api, builder):
            process.terminate()
        for process in (api, builder):
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()


def log_lines(path: Path) -> list[dict]:
    """The JSON lines of a service's log."""
    lines = []
    for line in path.read_text().splitlines():
        try:
            lines.append(json.loads(line))
        except ValueError:
            continue
    return lines
