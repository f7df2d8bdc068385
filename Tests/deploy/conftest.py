"""The deployment under test: the project's image built from its Dockerfile, the stack of
compose.yaml + compose.local.yaml (+ compose.test.yaml for the test's stand-ins) started by
docker-compose, and what the tests need to drive it as an operator and a user would.

Started once for the module by the `stack` fixture, stopped and removed (volumes included) at the
end, whatever happened. Tests/deploy/run starts the container engine first (Tests/deploy/engine).
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Callable
from zoneinfo import ZoneInfo

import pytest
import requests

ROOT = Path(__file__).resolve().parents[2]
PROJECT = "rpc-export-deploy-test"
COMPOSE_FILES = [ROOT / "compose.yaml", ROOT / "compose.local.yaml", ROOT / "Tests/deploy/compose.test.yaml"]
PARIS = ZoneInfo("Europe/Paris")


def wait_for(what: str, condition: Callable[[], object], timeout: float, interval: float = 0.5) -> object:
    """Polls `condition` until it returns a true value (returned), or fails after `timeout` s."""
    deadline = time.monotonic() + timeout
    last_error: Exception | None = None
    while time.monotonic() < deadline:
        try:
            value = condition()
            if value:
                return value
        except Exception as error:  # noqa: BLE001 (kept for the failure message)
            last_error = error
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}" + (f" (last error: {last_error})" if last_error else ""))


def loopback_port() -> int:
    """A TCP port free on 127.0.0.1 now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def export_month() -> tuple[str, str, str]:
    """The latest month an export may cover (ended at least 5 days ago, Paris): (YYYY-MM, start, end)."""
    today = datetime.now(PARIS).date() - timedelta(days=5)
    first = date(today.year, today.month, 1)
    previous = (first - timedelta(days=1)).replace(day=1)
    start = datetime(previous.year, previous.month, 1, tzinfo=PARIS)
    end = datetime(first.year, first.month, 1, tzinfo=PARIS)
    return previous.strftime("%Y-%m"), start.isoformat(), end.isoformat()


@dataclass
class Stack:
    """The running deployment: compose commands, the API, the database, the stand-ins."""

    env_file: Path
    smtp_dir: Path
    api_url: str
    s3_url: str
    datagouv_url: str
    postgres_port: int
    postgres_password: str
    settings: dict[str, str]
    timings: dict[str, float] = field(default_factory=dict)

    # -- compose and the engine -------------------------------------------------------------

    def compose(self, *arguments: str, check: bool = True, timeout: float = 600) -> subprocess.CompletedProcess:
        """Runs `docker-compose` on the test's project and files; fails with its output."""
        command = ["docker-compose", "--project-name", PROJECT, "--env-file", str(self.env_file)]
        for file in COMPOSE_FILES:
            command += ["-f", str(file)]
        result = subprocess.run(command + list(arguments), cwd=ROOT, capture_output=True, text=True,
                                timeout=timeout, check=False)
        if check and result.returncode != 0:
            raise AssertionError(f"docker-compose {' '.join(arguments)} failed:\n{result.stdout}\n{result.stderr}")
        return result

    def containers(self, service: str) -> list[dict]:
        """The running containers of `service` (podman's view: Id, Names, State…)."""
        result = subprocess.run(
            ["podman", "ps", "--format", "json", "--filter", f"label=com.docker.compose.project={PROJECT}",
             "--filter", f"label=com.docker.compose.service={service}"],
            capture_output=True, text=True, check=True)
        return json.loads(result.stdout or "[]")

    def container_for_host(self, hostname_prefix: str) -> str:
        """The id of the container whose host name (the start of its id) is `hostname_prefix`."""
        result = subprocess.run(["podman", "ps", "-q", "--no-trunc"], capture_output=True, text=True, check=True)
        for container_id in result.stdout.split():
            if container_id.startswith(hostname_prefix):
                return container_id
        raise AssertionError(f"no running container has host name {hostname_prefix}")

    def exec(self, service: str, *command: str) -> str:
        """Runs a command in the first container of `service`; returns its output."""
        return self.compose("exec", "-T", service, *command).stdout

    # -- the database ------------------------------------------------------------------------

    def psql_command(self) -> list[str]:
        return ["psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p",
                str(self.postgres_port), "-U", "rpc_export", "-d", "rpc_export"]

    def sql(self, statement: str) -> str:
        """One statement's result, as psql prints it unaligned (fields separated by |)."""
        result = subprocess.run(self.psql_command() + ["-c", statement], capture_output=True, text=True,
                                env={**os.environ, "PGPASSWORD": self.postgres_password}, timeout=60, check=False)
        if result.returncode != 0:
            raise AssertionError(f"psql failed: {result.stderr}")
        return result.stdout.strip()

    def lock_trips(self) -> subprocess.Popen:
        """A session that holds an exclusive lock on the trips until `release_trips` (builds wait)."""
        session = subprocess.Popen(self.psql_command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                   stderr=subprocess.STDOUT, text=True,
                                   env={**os.environ, "PGPASSWORD": self.postgres_password})
        session.stdin.write("BEGIN;\nLOCK TABLE carpool_v2.carpools IN ACCESS EXCLUSIVE MODE;\n"
                            "SELECT 'locked';\n")
        session.stdin.flush()
        assert session.stdout.readline().strip() == "locked"
        return session

    @staticmethod
    def release_trips(session: subprocess.Popen) -> None:
        session.stdin.write("COMMIT;\n")
        session.stdin.close()
        session.wait(timeout=30)

    # -- the API, as a user ------------------------------------------------------------------

    def token(self, sub: str, role: str, *options: str) -> str:
        """A bearer token minted by `export-api token` in the api container."""
        return self.exec("api", "export-api", "token", "--sub", sub, "--role", role, "--ttl", "7200",
                         *options).strip()

    def order(self, token: str, recipient: str, **fields: object) -> str:
        """POST /v1/exports for the test month; returns the new export's uuid."""
        _, start, end = export_month()
        body = {"start_at": start, "end_at": end, "recipients": [recipient], **fields}
        response = requests.post(f"{self.api_url}/v1/exports", json=body, timeout=30,
                                 headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 201, response.text
        return response.json()["uuid"]

    def status(self, token: str, uuid: str) -> dict:
        response = requests.get(f"{self.api_url}/v1/exports/{uuid}", timeout=30,
                                headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 200, response.text
        return response.json()

    def wait_status(self, token: str, uuid: str, wanted: str, timeout: float = 180) -> dict:
        """Waits until the export reaches `wanted`; fails at once on another final status."""
        def reached() -> dict | None:
            export = self.status(token, uuid)
            if export["status"] in {"success", "error", "canceled", "expired"} - {wanted}:
                raise AssertionError(f"export {uuid} ended in {export['status']}: {export.get('error')}")
            return export if export["status"] == wanted else None
        return wait_for(f"export {uuid} to reach {wanted}", reached, timeout)

    def ready(self, port_path: str = "") -> bool:
        try:
            return requests.get(f"{self.api_url}/ready", timeout=5).status_code == 200
        except requests.RequestException:
            return False

    # -- the e-mails ---------------------------------------------------------------------------

    def mails(self) -> list[dict]:
        """The SMTP capture's index: one entry per message received (sender, recipients, Message-ID…)."""
        index = self.smtp_dir / "index.json"
        return json.loads(index.read_text()) if index.exists() else []


class HealthChecks(threading.Thread):
    """Runs the containers' health checks every two seconds, as Docker does by itself (podman needs
    systemd timers for that, which the test machines lack); `depends_on: service_healthy` waits on
    their results."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.wait(2):
            listing = subprocess.run(["podman", "ps", "-q", "--filter", f"label=com.docker.compose.project={PROJECT}"],
                                     capture_output=True, text=True, check=False)
            for container_id in listing.stdout.split():
                subprocess.run(["podman", "healthcheck", "run", container_id], capture_output=True, check=False)


@pytest.fixture(scope="session")
def stack():
    """The deployment, built and started; stopped and removed at the end."""
    for tool in ("docker-compose", "podman", "psql"):
        assert shutil.which(tool), f"{tool} is installed by scripts/setup"
    assert os.environ.get("DOCKER_HOST"), "Tests/deploy/run starts the engine and sets DOCKER_HOST"
    work = Path(tempfile.mkdtemp(prefix="rpc-export-deploy-"))
    smtp_dir = work / "smtp"
    smtp_dir.mkdir()
    api_port, s3_port, datagouv_port, postgres_port = (loopback_port() for _ in range(4))
    password = secrets.token_hex(16)
    settings = {
        "RPC_EXPORT_IMAGE": "localhost/rpc-export:local",
        "POSTGRES_PASSWORD": password,
        "S3_ENDPOINT": "http://s3:5000",
        "S3_PUBLIC_ENDPOINT": f"http://127.0.0.1:{s3_port}",
        "S3_REGION": "us-east-1",
        "S3_BUCKET": "rpc-export",
        "S3_ACCESS_KEY_ID": "local",
        "S3_SECRET_ACCESS_KEY": "local-secret",
        "PUBLIC_URL": f"http://127.0.0.1:{api_port}",
        "API_PUBLISHED_PORT": f"127.0.0.1:{api_port}",
        "S3_PUBLISHED_PORT": f"127.0.0.1:{s3_port}",
        "MAIL_UI_PUBLISHED_PORT": f"127.0.0.1:{loopback_port()}",
        "JWT_SECRET": secrets.token_urlsafe(48),
        "DOWNLOAD_TOKEN_SECRET": secrets.token_urlsafe(48),
        "INTERNAL_TOKEN": secrets.token_hex(32),
        "OPENDATA_SALT": secrets.token_hex(32),
        "SMTP_URL": "smtp://mail:1025",
        "SMTP_STARTTLS": "never",
        "SUPPORT_EMAIL": "support@example.org",
        "DATAGOUV_URL": "http://datagouv:8090/api/1",
        "DATAGOUV_API_KEY": "deploy-test-key",
        "DATAGOUV_DATASET": "covoiturage-deploy-test",
        "EXPORT_MAX_PENDING_PER_USER": "50",
        "BUILDER_LEASE_TIMEOUT": "15",
        "DEPLOY_POSTGRES_PORT": str(postgres_port),
        "DEPLOY_DATAGOUV_PORT": str(datagouv_port),
        "DEPLOY_SMTP_DIR": str(smtp_dir),
        "DEPLOY_SMTP_DELAY": "0.5",
        "LOG_LEVEL": "info",
    }
    env_file = work / "deploy.env"
    env_file.write_text("".join(f"{name}={value}\n" for name, value in settings.items()))
    deployment = Stack(env_file=env_file, smtp_dir=smtp_dir, api_url=f"http://127.0.0.1:{api_port}",
                       s3_url=f"http://127.0.0.1:{s3_port}", datagouv_url=f"http://127.0.0.1:{datagouv_port}",
                       postgres_port=postgres_port, postgres_password=password, settings=settings)
    health = HealthChecks()
    health.start()
    try:
        started = time.monotonic()
        deployment.compose("up", "-d", "--no-build", timeout=900)
        wait_for("the API's /ready", deployment.ready, 180)
        deployment.timings["up until the API is ready"] = time.monotonic() - started
        yield deployment
    finally:
        health.stopped.set()
        logs = deployment.compose("logs", "--no-color", "--tail", "200", check=False)
        (ROOT / "var/log").mkdir(parents=True, exist_ok=True)
        (ROOT / "var/log/deploy-compose.log").write_text(logs.stdout + logs.stderr)
        deployment.compose("down", "--volumes", "--remove-orphans", "--timeout", "20", check=False, timeout=600)
        timings = ROOT / "var/log/deploy-timings.json"
        timings.write_text(json.dumps(deployment.timings, indent=1))
        shutil.rmtree(work, ignore_errors=True)
