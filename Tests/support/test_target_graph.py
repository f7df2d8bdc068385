"""The README's target graph is the package's: scripts/target-graph draws it from Package.swift
and compares it with the README's copy; and no target uses a service's target (services are on
top, shared code lives in Shared/)."""

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SERVICES = {"ExportAPI", "ExportBuilder", "ExportJanitor", "ExportNotifier", "ExportOpendata"}


def target_graph(*arguments):
    """Runs scripts/target-graph with Swift on the PATH."""
    environment = {**os.environ, "PATH": "/opt/swift/usr/bin:" + os.environ.get("PATH", "")}
    return subprocess.run([str(ROOT / "scripts/target-graph"), *arguments], cwd=ROOT, capture_output=True,
                          text=True, env=environment, timeout=300)


def test_readme_graph_matches_the_package():
    result = target_graph("--check")
    assert result.returncode == 0, result.stderr or result.stdout


def test_no_target_uses_a_service():
    result = target_graph()
    assert result.returncode == 0, result.stderr
    edges = [line.strip().split(" --> ") for line in result.stdout.splitlines() if " --> " in line]
    assert len(edges) > 20
    assert not [edge for edge in edges if edge[1] in SERVICES]
