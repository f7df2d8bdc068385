"""The deployment files agree with the code: compose.yaml is valid for docker-compose, every
variable the Swift code reads is documented in docs/configuration.md, and every documented
variable without a default is set in .env.example."""

import re
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
KEY = re.compile(r'(?:forKey|urlKey|key)\s*:\s*"([a-z0-9]+(?:\.[a-z0-9]+)+)"')


def variables_read_by_code():
    """Environment variables named by configuration keys in the services and shared code."""
    found = set()
    for folder in ("Services", "Shared"):
        for source in (ROOT / folder).rglob("*.swift"):
            for key in KEY.findall(source.read_text(encoding="utf-8")):
                found.add(key.replace(".", "_").upper())
    return found


def documented_variables():
    """Variable name → default column, from the table of docs/configuration.md."""
    table = {}
    for line in (ROOT / "docs/configuration.md").read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) != 4 or not cells[0].startswith("`"):
            continue
        for name in re.findall(r"`([A-Z0-9_]+)`", cells[0]):
            table[name] = cells[2]
    return table


def example_variables():
    """Names set in .env.example (with or without a value)."""
    names = set()
    for line in (ROOT / ".env.example").read_text(encoding="utf-8").splitlines():
        match = re.match(r"^([A-Z0-9_]+)=", line)
        if match:
            names.add(match.group(1))
    return names


def test_code_reads_some_variables():
    assert {"DATABASE_POOL_SIZE", "LOG_FORMAT", "HEALTH_PORT", "S3_ENDPOINT"} <= variables_read_by_code()


def test_every_variable_the_code_reads_is_documented():
    missing = variables_read_by_code() - set(documented_variables())
    assert not missing, f"read by the code but not in docs/configuration.md: {sorted(missing)}"


def test_every_variable_without_default_is_in_env_example():
    required = {name for name, default in documented_variables().items() if default.startswith("required")}
    assert "JWT_SECRET" in required
    missing = required - example_variables()
    assert not missing, f"required but not in .env.example: {sorted(missing)}"


def test_compose_files_are_valid_once_the_env_file_is_filled(tmp_path):
    assert shutil.which("docker-compose"), "docker-compose is installed by scripts/setup"
    for name in ("compose.yaml", "compose.local.yaml"):
        shutil.copy(ROOT / name, tmp_path / name)
    env = (ROOT / ".env.example").read_text(encoding="utf-8")
    (tmp_path / ".env").write_text(re.sub(r"(?m)^([A-Z0-9_]+)=$", r"\1=placeholder", env), encoding="utf-8")
    for files in (["compose.yaml"], ["compose.yaml", "compose.local.yaml"]):
        arguments = [part for name in files for part in ("-f", str(tmp_path / name))]
        result = subprocess.run(
            ["docker-compose", *arguments, "config", "-q"], cwd=tmp_path, capture_output=True, text=True, check=False,
        )
        assert result.returncode == 0, f"{files}: {result.stderr}"


def test_compose_runs_every_service_with_a_health_check():
    text = (ROOT / "compose.yaml").read_text(encoding="utf-8")
    for service, binary in [("api", "export-api"), ("builder", "export-builder"), ("notifier", "export-notifier"),
                            ("janitor", "export-janitor"), ("opendata", "export-opendata")]:
        block = text.split(f"\n  {service}:\n", 1)[1].split("\n\n", 1)[0]
        assert f'"{binary}", "probe"' in block, f"{service} has no health check through its binary"


def compose_files():
    """The operator's compose files, as text."""
    return {name: (ROOT / name).read_text(encoding="utf-8") for name in ("compose.yaml", "compose.local.yaml")}


def test_every_image_is_pinned_to_a_version():
    for name, text in compose_files().items():
        for image in re.findall(r"(?m)^\s*image:\s*(\S+)$", text):
            if image.startswith("${RPC_EXPORT_IMAGE"):
                continue
            tag = image.rsplit(":", 1)[1] if ":" in image else ""
            assert tag and tag != "latest" and re.search(r"\d", tag), f"{name}: {image} is not pinned to a version"


def test_published_ports_are_on_loopback_unless_the_operator_says_otherwise():
    for name, text in compose_files().items():
        for port in re.findall(r'(?m)^\s*-\s*"([^"]+:\d+)"$', text):
            assert port.startswith("127.0.0.1:") or port.startswith("${"), f"{name}: {port} is published on every interface"
            if port.startswith("${"):
                assert ":-127.0.0.1:" in port, f"{name}: {port} does not default to 127.0.0.1"


def test_every_secret_is_required_by_compose():
    text = compose_files()["compose.yaml"]
    for secret in ("POSTGRES_PASSWORD", "JWT_SECRET", "DOWNLOAD_TOKEN_SECRET", "INTERNAL_TOKEN", "OPENDATA_SALT",
                   "S3_SECRET_ACCESS_KEY", "DATAGOUV_API_KEY"):
        assert re.search(r"\$\{" + secret + r":\?", text), f"compose.yaml does not refuse an empty {secret}"


def test_compose_refuses_to_start_without_the_secrets(tmp_path):
    for name in ("compose.yaml",):
        shutil.copy(ROOT / name, tmp_path / name)
    (tmp_path / ".env").write_text((ROOT / ".env.example").read_text(encoding="utf-8"), encoding="utf-8")
    result = subprocess.run(["docker-compose", "-f", str(tmp_path / "compose.yaml"), "config", "-q"],
                            cwd=tmp_path, capture_output=True, text=True, check=False)
    assert result.returncode != 0
    assert "set POSTGRES_PASSWORD in .env" in result.stderr or "in .env" in result.stderr, result.stderr


def test_the_notifier_gets_no_bearer_token_secret():
    text = compose_files()["compose.yaml"]
    notifier = text.split("\n  notifier:\n", 1)[1].split("\n\n", 1)[0]
    assert "JWT_SECRET" not in notifier
    assert "env_file" not in text, "a shared env_file would hand every secret to every service"
