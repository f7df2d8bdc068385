"""The bench of the « Mes exports » browser tests (docs/web.md): a database of its own, seeded,
with export-api serve, export-builder run and export-notifier serve started on it, files in the
S3 stand-in and e-mails in the SMTP capture of the test bench (scripts/services, test.env), and
Debian's chromium driven by Playwright.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import secrets
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

import boto3
import pytest
from playwright.sync_api import Browser, Page, sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "support"))
import live_services  # noqa: E402

ROOT = live_services.ROOT
SCREENSHOTS = ROOT / "var" / "screenshots" / "web"
DATABASE = "rpc_export_web"
BUCKET = "rpc-export-web"


def env(name: str) -> str:
    """A variable of var/run/test.env; the tests fail, never skip, when the bench is not running."""
    value = os.environ.get(name)
    if not value:
        raise RuntimeError(f"{name} is not set: run through scripts/test, or source var/run/test.env")
    return value


def wait_until(condition: Callable[[], object], seconds: float = 60, what: str = "condition") -> object:
    """Polls `condition` every 0.1 s until it returns something truthy, which it returns."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


@dataclass
class Bench:
    """The running services and what the tests need to drive them."""

    url: str
    environment: dict[str, str]
    smtp_dir: Path
    operator: int
    territory: int
    month: str
    processes: dict[str, subprocess.Popen] = field(default_factory=dict)

    def token(self, sub: str, role: str, *options: str, secret: str | None = None) -> str:
        """A bearer token minted by `export-api token`."""
        environment = dict(self.environment, JWT_SECRET=secret or self.environment["JWT_SECRET"])
        return live_services.token(environment, "--sub", sub, "--role", role, "--ttl", "3600", *options)

    def mails(self) -> list[dict]:
        """The messages the SMTP capture received, in arrival order."""
        try:
            return json.loads((self.smtp_dir / "index.json").read_text())
        except (OSError, ValueError):
            return []


@pytest.fixture(scope="session")
def bench(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bench]:
    """Migrates and seeds the database, starts the three services, stops them at the end."""
    s3 = env("TEST_S3_ENDPOINT")
    smtp = f"smtp://{env('TEST_SMTP_HOST')}:{env('TEST_SMTP_PORT')}"
    smtp_dir = Path(env("TEST_SMTP_DIR"))
    database_url = live_services.fresh_database(DATABASE)
    boto3.client(
        "s3", endpoint_url=s3, aws_access_key_id="test", aws_secret_access_key="test", region_name="us-east-1"
    ).create_bucket(Bucket=BUCKET)
    api_port, notifier_port = live_services.free_port(), live_services.free_port()
    work = tmp_path_factory.mktemp("services")
    environment = dict(
        os.environ,
        DATABASE_URL=database_url, API_HOST="127.0.0.1", API_PORT=str(api_port), NOTIFIER_HOST="127.0.0.1",
        NOTIFIER_PORT=str(notifier_port), METRICS_PORT="0", HEALTH_PORT="0", LOG_LEVEL="notice",
        PUBLIC_URL=f"http://127.0.0.1:{api_port}", NOTIFIER_URL=f"http://127.0.0.1:{notifier_port}",
        JWT_SECRET=secrets.token_hex(32), DOWNLOAD_TOKEN_SECRET=secrets.token_hex(32),
        S3_ENDPOINT=s3, S3_BUCKET=BUCKET, S3_ACCESS_KEY_ID="test", S3_SECRET_ACCESS_KEY="test",
        SMTP_URL=smtp, SMTP_STARTTLS="never", WORK_DIR=str(work), BUILDER_POLL_INTERVAL="1",
    )
    month = live_services.seeded_month()
    live_services.migrate_and_seed(environment, DATABASE, 3000, month)
    operator = int(live_services.psql(
        "-d", DATABASE, "-c", "SELECT operator_id FROM carpool_v2.carpools GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"))
    territory = int(live_services.psql(
        "-d", DATABASE, "-c", "SELECT min(territory_group_id) FROM territory.territory_group_selector"))
    logs = ROOT / "var" / "log"
    logs.mkdir(parents=True, exist_ok=True)
    # Only the API holds the bearer secret (docs/configuration.md §1).
    without_jwt = {key: value for key, value in environment.items() if key != "JWT_SECRET"}
    services = [
        ("export-api", ["serve"], environment, logs / "web-api.log"),
        ("export-builder", ["run"], without_jwt, logs / "web-builder.log"),
        ("export-notifier", ["serve"], without_jwt, logs / "web-notifier.log"),
    ]
    with live_services.running(services) as processes:
        bench = Bench(f"http://127.0.0.1:{api_port}", environment, smtp_dir, operator, territory, month)
        bench.processes = {"api": processes["export-api"], "builder": processes["export-builder"],
                           "notifier": processes["export-notifier"]}
        live_services.wait_ready(bench.url + "/ready", bench.processes["api"])
        live_services.wait_ready(environment["NOTIFIER_URL"] + "/ready", bench.processes["notifier"])
        yield bench


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Debian's chromium, headless; Playwright downloads no browser of its own."""
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--lang=fr-FR"])
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A fresh tab in a fresh context (a new session: nothing in sessionStorage), with downloads."""
    context = browser.new_context(accept_downloads=True, locale="fr-FR", timezone_id="Europe/Paris")
    context.set_default_timeout(30_000)
    yield context.new_page()
    context.close()


def screenshot(page: Page, name: str, full_page: bool = True) -> None:
    """Saves the whole page (or what the screen shows) as var/screenshots/web/<name>.png."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=full_page)


def sign_in(page: Page, bench: Bench, token: str) -> None:
    """Opens the page as the dashboard does, the token in the fragment, and waits for the form."""
    page.goto(f"{bench.url}/app/#token={token}")
    page.locator("#commande").wait_for()


def month_bounds(month: str) -> tuple[str, str]:
    """The first and last days (`YYYY-MM-DD`) of `month` (`YYYY-MM`)."""
    first = dt.date.fromisoformat(month + "-01")
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    return first.isoformat(), last.isoformat()
