#!/usr/bin/env python3
"""Checks that every source file of a layer includes headers only from the layers it may use.

The table below is the same as the target_link_libraries lines of the layers' CMakeLists.txt:
a file in `extractors/` may include "core/..." and "language/..." headers, never "graph/...".
Usage: check_layers.py SOURCE_DIR. Prints each wrong include as file:line and exits 1 if there is one.
"""
import pathlib
import re
import sys

# Each layer and the layers below it that it may include (besides itself).
ALLOWED = {
    "core": set(),
    "language": {"core"},
    "readers": {"core"},
    "extractors": {"core", "language"},
    "graph": {"core"},
    "exporters": {"core", "graph"},
    "query": {"core", "graph", "readers"},
    "corpus": {"core", "readers", "graph"},
    "cli": {"core", "language", "readers", "extractors", "graph", "exporters", "query", "corpus"},
}
INCLUDE = re.compile(r'^\s*#\s*include\s+"([A-Za-z_]+)/')
SOURCE_SUFFIXES = {".cpp", ".hpp", ".h", ".cc"}


def wrong_includes(root: pathlib.Path):
    for layer, allowed in ALLOWED.items():
        for path in sorted((root / layer).rglob("*")):
            if path.suffix not in SOURCE_SUFFIXES or not path.is_file():
                continue
            lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
            for number, line in enumerate(lines, 1):
                match = INCLUDE.match(line)
                if not match:
                    continue
                target = match.group(1)
                if target != layer and target in ALLOWED and target not in allowed:
                    yield f"{path.relative_to(root)}:{number}: layer '{layer}' may not include '{target}/' ({line.strip()})"


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: check_layers.py SOURCE_DIR", file=sys.stderr)
        return 2
    root = pathlib.Path(sys.argv[1])
    if not (root / "core").is_dir():
        print(f"check_layers.py: {root} has no core/ directory", file=sys.stderr)
        return 2
    problems = list(wrong_includes(root))
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} include(s) cross the layers in the wrong direction", file=sys.stderr)
        return 1
    print(f"layers: every #include of {', '.join(ALLOWED)} follows the table")
    return 0


if __name__ == "__main__":
    sys.exit(main())
