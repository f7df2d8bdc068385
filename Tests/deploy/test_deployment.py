"""The compose deployment, run for real and used as its operators and users would: trips loaded,
exports ordered over the published API port, files downloaded through the presigned redirect and
opened, e-mails found at the SMTP server, a janitor pass, an open-data publication; then builders
scaled, restarted and killed, PostgreSQL and the notifier restarted. The tests run in file order
on one stack (conftest.py); each leaves it running and healthy for the next.
"""

from __future__ import annotations

import email
import email.policy
import io
import os
import signal
import subprocess
import time
import zipfile
from collections import Counter
from pathlib import Path

import boto3
import openpyxl
import requests

from conftest import Stack, export_month, wait_for

TRIPS = 3000


def operator_and_territory(stack: Stack) -> tuple[int, int]:
    """The operator with the most trips and the first territory with a perimeter."""
    operator = int(stack.sql("SELECT operator_id FROM carpool_v2.carpools GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1"))
    territory = int(stack.sql("SELECT territory_group_id FROM territory.territory_group_selector ORDER BY 1 LIMIT 1"))
    return operator, territory


def s3_keys(stack: Stack) -> list[str]:
    """Every object of the bucket, through the S3 port published on the host."""
    s3 = boto3.client("s3", endpoint_url=stack.s3_url, region_name="us-east-1",
                      aws_access_key_id="local", aws_secret_access_key="local-secret")
    keys, token = [], None
    while True:
        page = s3.list_objects_v2(Bucket="rpc-export", **({"ContinuationToken": token} if token else {}))
        keys += [item["Key"] for item in page.get("Contents", [])]
        if not page.get("IsTruncated"):
            return keys
        token = page["NextContinuationToken"]


def mails_to(stack: Stack, address: str) -> list[dict]:
    return [mail for mail in stack.mails() if address in mail["rcpt_tos"]]


def test_the_image_runs_every_entry_point_as_a_user_without_privileges(stack: Stack):
    for binary in ("export-api", "export-builder", "export-notifier", "export-janitor", "export-opendata"):
        result = subprocess.run(["podman", "run", "--rm", "--entrypoint", "sh", stack.settings["RPC_EXPORT_IMAGE"], "-c",
                                 f"id -u && {binary} --help >/dev/null"], capture_output=True, text=True, check=False)
        assert result.returncode == 0, f"{binary}: {result.stderr}"
        assert result.stdout.strip() == "10001"
    # --version names the commit the image was built from (Tests/deploy/engine passes it).
    commit = subprocess.run(["git", "-C", str(Path(__file__).resolve().parents[2]), "rev-parse", "HEAD"],
                            capture_output=True, text=True, check=True).stdout.strip()
    version = subprocess.run(["podman", "run", "--rm", stack.settings["RPC_EXPORT_IMAGE"], "export-api", "--version"],
                             capture_output=True, text=True, check=False)
    assert version.stdout.strip() == f"export-api (commit {commit})", version.stdout + version.stderr


def test_trips_are_loaded_by_the_one_off_commands(stack: Stack):
    month, _, _ = export_month()
    stack.exec("api", "export-api", "migrate", "--with-upstream")
    stack.exec("api", "export-api", "seed", "--wipe-database", "rpc_export", "--trips", str(TRIPS), "--month", month)
    assert int(stack.sql("SELECT count(*) FROM carpool_v2.carpools")) >= TRIPS


def test_operator_and_territory_exports_are_built_downloaded_and_mailed(stack: Stack):
    operator, territory = operator_and_territory(stack)
    operator_token = stack.token("deploy-operateur", "operator", "--operator", str(operator))
    territory_token = stack.token("deploy-territoire", "territory", "--territory", str(territory))
    ordered = time.monotonic()
    operator_export = stack.order(operator_token, "Jeanne Martin <jeanne.martin@example.org>")
    territory_export = stack.order(territory_token, "Paul Durand <paul.durand@example.org>")

    done = stack.wait_status(operator_token, operator_export, "success")
    stack.timings["order until the first success"] = time.monotonic() - ordered
    stack.wait_status(territory_token, territory_export, "success")
    assert done["stats"]["rows"] > 0

    # The download: the API answers 302 to a presigned URL that works from the host.
    redirect = requests.get(f"{stack.api_url}/v1/exports/{operator_export}/download", allow_redirects=False,
                            headers={"Authorization": f"Bearer {operator_token}"}, timeout=30)
    assert redirect.status_code == 302, redirect.text
    location = redirect.headers["Location"]
    assert location.startswith(stack.s3_url + "/"), location
    archive = zipfile.ZipFile(io.BytesIO(requests.get(location, timeout=60).content))
    workbook_name = next(name for name in archive.namelist() if name.endswith(".xlsx"))
    book = openpyxl.load_workbook(io.BytesIO(archive.read(workbook_name)), read_only=True)
    sheet = book[book.sheetnames[0]]
    rows = list(sheet.iter_rows(values_only=True))
    # Every row the export counted, and only the operator's: fewer than all the trips.
    assert len(rows) - 1 == done["stats"]["rows"] > 0
    assert done["stats"]["rows"] < int(stack.sql("SELECT count(*) FROM carpool_v2.carpools"))

    # The e-mails: one each, delivered within seconds of the success (the notifier is woken up).
    for address in ("jeanne.martin@example.org", "paul.durand@example.org"):
        wait_for(f"the e-mail to {address}", lambda: mails_to(stack, address), 20, interval=0.2)
    stack.timings["success until both e-mails"] = time.monotonic() - ordered
    mail = mails_to(stack, "jeanne.martin@example.org")[0]
    message = email.message_from_bytes((stack.smtp_dir / mail["file"]).read_bytes(), policy=email.policy.default)
    assert stack.settings["PUBLIC_URL"] in message.get_body(("plain",)).get_content()


def test_a_janitor_pass_and_an_open_data_publication(stack: Stack):
    report = stack.exec("janitor", "export-janitor", "once")
    assert report is not None
    # The publisher created the month's export when it started; the command publishes it, or
    # says that the running publisher is already building it, which then uploads it.
    month, _, _ = export_month()
    outcome = stack.exec("opendata", "export-opendata", "opendata:publish", "--month", month)
    assert outcome.startswith(("published", "skipped: being built")), outcome

    def resources() -> list[dict]:
        dataset = requests.get(f"{stack.datagouv_url}/api/1/datasets/{stack.settings['DATAGOUV_DATASET']}/", timeout=30)
        assert dataset.status_code == 200
        return dataset.json()["resources"]
    published = wait_for(f"the open data of {month} on data.gouv.fr", resources, 180)
    assert len(published) == 1, published
    assert month in published[0]["title"], published[0]["title"]


def test_three_builders_build_thirty_exports_each_exactly_once(stack: Stack):
    stack.compose("up", "-d", "--no-build", "--no-recreate", "--scale", "builder=3", "builder")
    wait_for("three builders", lambda: len(stack.containers("builder")) == 3, 120)
    before = set(s3_keys(stack))
    tokens = [stack.token(f"deploy-registre-{n}", "registry") for n in range(3)]
    exports = [(token, stack.order(token, f"Agent {n} <agent{n}@example.org>", format="csv" if n % 2 else "xlsx"))
               for n, token in enumerate(tokens * 10)]
    started = time.monotonic()
    for token, uuid in exports:
        stack.wait_status(token, uuid, "success", timeout=300)
    stack.timings["30 exports on 3 builders"] = time.monotonic() - started
    uuids = "','".join(uuid for _, uuid in exports)
    attempts = stack.sql(f"SELECT attempts, count(*) FROM export.exports WHERE uuid IN ('{uuids}') GROUP BY 1")
    assert attempts == "1|30", attempts
    new_objects = set(s3_keys(stack)) - before
    per_export = Counter(key.split("/")[1] for key in new_objects)
    assert sorted(per_export) == sorted(uuid for _, uuid in exports)
    assert set(per_export.values()) == {1}
    builders = stack.sql(f"SELECT count(DISTINCT l.actor) FROM export.logs l JOIN export.exports e ON e._id = l.export_id"
                         f" WHERE e.uuid IN ('{uuids}') AND l.type = 'status' AND l.message = 'success'")
    stack.timings["builders that took part in the 30 exports"] = int(builders)


def status_logs(stack: Stack, uuid: str) -> list[str]:
    """The export's status log messages, oldest first."""
    return stack.sql(f"SELECT l.message FROM export.logs l JOIN export.exports e ON e._id = l.export_id"
                     f" WHERE e.uuid = '{uuid}' AND l.type = 'status' ORDER BY l._id").splitlines()


def locked_build(stack: Stack, token: str, recipient: str):
    """An export that a builder has claimed and that waits on the locked trips table."""
    stack.compose("stop", "builder")
    uuid = stack.order(token, recipient)
    lock = stack.lock_trips()
    stack.compose("start", "builder")
    holder = wait_for("a builder to claim the export", lambda: stack.sql(
        f"SELECT locked_by FROM export.exports WHERE uuid = '{uuid}' AND status = 'processing'"), 120)
    return uuid, lock, holder


def test_a_builder_restarted_mid_build_gives_its_export_back(stack: Stack):
    token = stack.token("deploy-redemarrage", "registry")
    uuid, lock, holder = locked_build(stack, token, "Redemarrage <redemarrage@example.org>")
    container = stack.container_for_host(holder.split("@", 1)[1].split(":", 1)[0])
    started = time.monotonic()
    subprocess.run(["podman", "restart", "--time", "30", container], check=True, capture_output=True)
    stack.timings["restart of the builder holding the export"] = time.monotonic() - started
    stack.release_trips(lock)
    stack.wait_status(token, uuid, "success")
    assert status_logs(stack, uuid)[:3] == [
        "processing (attempt 1)", "pending (released at shutdown)", "processing (attempt 1)"]
    assert stack.sql(f"SELECT attempts FROM export.exports WHERE uuid = '{uuid}'") == "1"


def test_a_builder_killed_mid_build_is_rescued_after_the_lease_timeout(stack: Stack):
    token = stack.token("deploy-arret-brutal", "registry")
    uuid, lock, holder = locked_build(stack, token, "Arret <arret@example.org>")
    container = stack.container_for_host(holder.split("@", 1)[1].split(":", 1)[0])
    # A crash, as the kernel's OOM killer would make it: SIGKILL to the container's process from
    # outside the engine (an engine's own kill counts as a stop, which no restart policy undoes).
    process = int(subprocess.run(["podman", "inspect", "--format", "{{.State.Pid}}", container],
                                 capture_output=True, text=True, check=True).stdout)
    killed = time.monotonic()
    os.kill(process, signal.SIGKILL)
    stack.release_trips(lock)
    stack.wait_status(token, uuid, "success", timeout=240)
    stack.timings["kill until the rescued export succeeded"] = time.monotonic() - killed
    # The lease ran out: the export was taken back (one attempt spent) and built again.
    assert stack.sql(f"SELECT attempts FROM export.exports WHERE uuid = '{uuid}'") == "2"
    assert status_logs(stack, uuid)[-1] == "success"
    wait_for("the killed builder to be restarted by its policy", lambda: len(stack.containers("builder")) == 3, 120)


def test_every_service_recovers_from_a_postgres_restart(stack: Stack):
    started = time.monotonic()
    stack.compose("restart", "postgres")
    wait_for("the API's /ready", stack.ready, 120)
    for service, port in (("builder", 8082), ("notifier", 8081), ("janitor", 8083), ("opendata", 8084)):
        wait_for(f"{service} /ready", lambda: all(
            subprocess.run(["podman", "exec", c["Id"], f"export-{service}", "probe", "--port", str(port)],
                           capture_output=True, check=False).returncode == 0
            for c in stack.containers(service)), 120)
    stack.timings["postgres restart until every service is ready"] = time.monotonic() - started
    token = stack.token("deploy-apres-redemarrage", "registry")
    uuid = stack.order(token, "Apres <apres@example.org>")
    stack.wait_status(token, uuid, "success")
    wait_for("the e-mail after the restart", lambda: mails_to(stack, "apres@example.org"), 30)


def test_a_notifier_restarted_while_emails_wait_delivers_each_once(stack: Stack):
    stack.compose("stop", "notifier")
    token = stack.token("deploy-notifier", "registry")
    recipients = [f"file{n}@example.org" for n in range(6)]
    exports = [stack.order(token, f"File {n} <{address}>") for n, address in enumerate(recipients)]
    for uuid in exports:
        stack.wait_status(token, uuid, "success")
    stack.compose("start", "notifier")
    wait_for("the first queued e-mail", lambda: any(mails_to(stack, a) for a in recipients), 60, interval=0.1)
    stack.compose("restart", "notifier")
    wait_for("every queued e-mail", lambda: all(mails_to(stack, a) for a in recipients), 120)
    counts = {address: len(mails_to(stack, address)) for address in recipients}
    assert set(counts.values()) == {1}, counts
