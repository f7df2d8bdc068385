"""Schemathesis, a tool no one here wrote, against the live API with its OpenAPI document
(docs/api.md §13): every check, the stateful phase following the create's links, clean. The
run's output is kept in var/log/schemathesis.txt.

Every check but `use_after_free`, whose premise (a DELETE removes the resource) this API does not
share: `DELETE /v1/exports/{uuid}` removes the file and scrambles the recipients, and the export
stays readable as `expired` for its audit trail (docs/queue.md §11, docs/api.md §4)."""

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def test_schemathesis_finds_nothing_with_every_check_and_the_stateful_phase(live_api):
    env = dict(os.environ, SCHEMATHESIS_TOKEN=live_api.admin_token, SCHEMATHESIS_HOOKS=str(HERE / "schemathesis_hooks.py"),
               SCHEMATHESIS_START_AT=live_api.start_at, SCHEMATHESIS_END_AT=live_api.end_at, NO_COLOR="1",
               COLUMNS="120")
    result = subprocess.run(
        [str(Path(sys.executable).parent / "schemathesis"),
         "--config-file", str(HERE / "schemathesis.toml"), "run", f"{live_api.url}/openapi.json",
         "--checks", "all", "--exclude-checks", "use_after_free", "--phases", "examples,coverage,fuzzing,stateful"],
        env=env, capture_output=True, text=True, timeout=600)
    output = result.stdout + result.stderr
    log = ROOT / "var/log/schemathesis.txt"
    log.parent.mkdir(parents=True, exist_ok=True)
    log.write_text(output.replace(live_api.admin_token, "<jeton>"))
    assert result.returncode == 0, output[-6000:]
