"""The live API the contract tests talk to: a fresh database with the upstream schemas and a
month of synthetic trips, then `export-api serve` and `export-builder run` on it (local storage,
JSON logs), stopped once the tests are done. Needs the private PostgreSQL cluster
(scripts/pg start) and TEST_BIN_DIR, the folder of the built executables (scripts/test sets it)."""

import json
import os
import secrets
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "support"))
import live_services  # noqa: E402

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


@pytest.fixture(scope="session")
def live_api():
    """Starts the API and a builder on a fresh database; yields a `LiveAPI`."""
    work = Path(tempfile.mkdtemp(prefix="api-contract-"))
    port = live_services.free_port()
    env = dict(os.environ)
    env.update({
        "DATABASE_URL": live_services.fresh_database(DATABASE), "API_HOST": "127.0.0.1", "API_PORT": str(port),
        "METRICS_PORT": "0", "HEALTH_PORT": "0", "STORAGE_DIR": str(work / "storage"), "WORK_DIR": str(work / "work"),
        "PUBLIC_URL": f"http://127.0.0.1:{port}", "NOTIFIER_URL": f"http://127.0.0.1:{live_services.free_port()}",
        "JWT_SECRET": secrets.token_hex(32), "DOWNLOAD_TOKEN_SECRET": secrets.token_hex(32),
        "BUILDER_POLL_INTERVAL": "1", "LOG_LEVEL": "info", "LOG_FORMAT": "json",
        "API_RATE_LIMIT": "100000", "EXPORT_MAX_PENDING_PER_USER": "100000",
    })
    for folder in ("storage", "work"):
        (work / folder).mkdir()
    month = live_services.seeded_month()
    live_services.migrate_and_seed(env, DATABASE, 2000, month)
    log = work / "api.log"
    services = [("export-api", ["serve"], env, log), ("export-builder", ["run"], env, work / "builder.log")]
    with live_services.running(services) as processes:
        url = f"http://127.0.0.1:{port}"
        live_services.wait_ready(f"{url}/ready", processes["export-api"])

        def token(*args: str) -> str:
            """A bearer token minted by `export-api token` with `args`."""
            return live_services.token(env, *args, "--ttl", "7200")

        start_at, end_at = live_services.month_instants(month)
        yield LiveAPI(
            url=url, admin_token=token("--sub", "contrat-admin", "--role", "admin", "--email", "admin@example.org"),
            registry_token=token("--sub", "contrat-registre", "--role", "registry", "--email", "registre@example.org"),
            start_at=start_at, end_at=end_at, log=log, env=env)


def log_lines(path: Path) -> list[dict]:
    """The JSON lines of a service's log."""
    lines = []
    for line in path.read_text().splitlines():
        try:
            lines.append(json.loads(line))
        except ValueError:
            continue
    return lines
