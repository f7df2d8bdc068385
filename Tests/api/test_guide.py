"""The `bash` blocks of docs/guide-client.md, run in order in one shell against the live API,
as a client developer would paste them: each block checks its own answer (`grep`, `jq -e`,
`test`), so the guide fails here the day it stops being true."""

import os
import re
import subprocess
import tempfile
from pathlib import Path

GUIDE = Path(__file__).resolve().parents[2] / "docs/guide-client.md"


def bash_blocks(text: str) -> list[str]:
    """The code of the guide's ```bash blocks (```sh blocks are shown, not run)."""
    return re.findall(r"^```bash\n(.*?)^```$", text, flags=re.S | re.M)


def test_the_guide_has_examples_for_every_step():
    assert len(bash_blocks(GUIDE.read_text())) >= 9


def test_the_guides_examples_run_against_the_live_api(live_api):
    script = "set -euo pipefail\n" + "\n".join(bash_blocks(GUIDE.read_text()))
    env = dict(os.environ, API=live_api.url, TOKEN=live_api.registry_token)
    with tempfile.TemporaryDirectory(prefix="guide-") as folder:
        result = subprocess.run(["bash", "-c", script], cwd=folder, env=env, capture_output=True, text=True,
                                timeout=300)
    assert result.returncode == 0, f"{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
