"""The code's comments point to rules the repository itself holds: every `docs/<file>.md §<n>`
cited in the Swift sources, scripts and deployment files names a file of docs/ and one of its
numbered sections, and no source sends its reader to a document outside the repository."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CITATION = re.compile(r"docs/([a-z0-9-]+\.md)(?: §(\d+(?:\.\d+)*))?")
SECTION = re.compile(r"^#+\s+(\d+(?:\.\d+)*)\.?\s")
OUTSIDE = re.compile(r"\b(?:contract|rules|data|style|performance)\.md\b|shared/spec|contract §|rules §")


def sources():
    """The files whose comments cite rules: Swift code, scripts, deployment files."""
    for folder in ("Services", "Shared", "Benchmarks", "Tests", "scripts"):
        for path in (ROOT / folder).rglob("*"):
            if path.is_file() and path.suffix in {".swift", ".py", ".sh", ".sql", ".yaml", ".yml", ""}:
                if "__pycache__" not in path.parts:
                    yield path
    for name in ("Dockerfile", "compose.yaml", "Makefile", "Package.swift"):
        yield ROOT / name


def sections(document):
    """The numbers of the numbered headings of one file of docs/."""
    found = set()
    for line in (ROOT / "docs" / document).read_text(encoding="utf-8").splitlines():
        match = SECTION.match(line)
        if match:
            found.add(match.group(1))
    return found


def test_every_cited_section_exists():
    cited = 0
    missing = []
    for path in sources():
        text = path.read_text(encoding="utf-8", errors="replace")
        for number, line in enumerate(text.splitlines(), start=1):
            for document, section in CITATION.findall(line):
                cited += 1
                where = f"{path.relative_to(ROOT)}:{number}"
                if not (ROOT / "docs" / document).is_file():
                    missing.append(f"{where}: docs/{document} does not exist")
                elif section and section not in sections(document):
                    missing.append(f"{where}: docs/{document} has no section {section}")
    assert cited > 100, f"only {cited} citations found: is the pattern still right?"
    assert not missing, "\n".join(missing)


def test_no_source_cites_a_document_outside_the_repository():
    found = []
    for path in sources():
        if path == Path(__file__).resolve():
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), start=1):
            if OUTSIDE.search(line):
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not found, "\n".join(found)
