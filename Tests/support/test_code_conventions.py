"""Two conventions of the Swift code that a reviewer would otherwise check by hand: nothing is
`public` (the package's targets have no outside users: `package` is the widest access, so that
the compiler keeps each target's insides to itself), and each file declares at most one
top-level type visible outside it, the one it is named after (a file named `Type+Topic.swift`
extends it; a private helper type may sit beside the type it serves)."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = ("Shared", "Services", "Benchmarks")
PUBLIC = re.compile(r"(?:^|[\s)])public\s+(?:import|struct|enum|class|actor|protocol|extension|func|var|let|init|"
                    r"static|typealias|subscript|final|nonisolated|convenience|required|override|mutating|lazy|"
                    r"private|indirect)\b")
TYPE = re.compile(r"^(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:package|internal|final)\s+)*"
                  r"(?:struct|enum|class|actor|protocol)\s+(\w+)", re.M)


def swift_files():
    """The Swift sources of the services, the shared targets and the benchmarks."""
    for folder in FOLDERS:
        yield from sorted((ROOT / folder).rglob("*.swift"))


def test_nothing_is_public():
    found = []
    for path in swift_files():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            code = line.split("//", 1)[0]
            if PUBLIC.search(code):
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not found, "use package, not public:\n" + "\n".join(found)


def test_one_top_level_type_per_file_named_after_it():
    found = []
    checked = 0
    for path in swift_files():
        types = TYPE.findall(path.read_text(encoding="utf-8"))
        checked += len(types)
        if len(types) > 1:
            found.append(f"{path.relative_to(ROOT)}: {', '.join(types)}")
        elif types and types[0] != path.stem.split("+")[0] and path.name != "main.swift":
            found.append(f"{path.relative_to(ROOT)}: declares {types[0]}")
    assert checked > 300
    assert not found, "one type per file, named after it:\n" + "\n".join(found)
