#!/usr/bin/python3
"""Tests models/tools/glove_from_wink.py on a hand-made wink embeddings file: GloVe text lines, the most
frequent words first, the package's two trailing numbers dropped, a word count cap, and a clear error for a
file that is not one.

Usage: glove_from_wink_test.py PROJECT_DIR. Exit 0 on success, 1 on a failure.
"""
import json
import os
import subprocess
import sys
import tempfile

WINK = {
    "precision": 8, "l2NormIndex": 3, "wordIndex": 4, "size": 4, "dimensions": 3,
    "words": ["the", "paris", "two words", "kowalczyk"],
    "vectors": {
        "the": [0.5, -1.0, 0.25, 1.1, 0],
        "paris": [1.0, 2.0, 3.0, 3.7, 1],
        "two words": [0.0, 0.0, 1.0, 1.0, 2],
        "kowalczyk": [3.0, 0.0, -2.0, 3.6, 3],
    },
    "unkVector": [0, 0, 0, 0, -1],
}


def run(tool, *args):
    return subprocess.run([sys.executable, tool, *args], capture_output=True, text=True, check=False)


def main():
    tool = os.path.join(sys.argv[1], "models", "tools", "glove_from_wink.py")
    failures = []
    with tempfile.TemporaryDirectory() as temp:
        path = os.path.join(temp, "wink.json")
        with open(path, "w", encoding="utf-8") as out:
            json.dump(WINK, out)
        done = run(tool, path, "3")
        lines = done.stdout.splitlines()
        if done.returncode != 0:
            failures.append(f"exit {done.returncode}: {done.stderr}")
        # the first three words, "two words" skipped (a space would split it), numbers without norm and rank
        if lines != ["the 0.5 -1.0 0.25", "paris 1.0 2.0 3.0"]:
            failures.append(f"unexpected lines: {lines}")
        bad = os.path.join(temp, "bad.json")
        with open(bad, "w", encoding="utf-8") as out:
            out.write('{"words": []}')
        done = run(tool, bad, "10")
        if done.returncode == 0 or "bad.json" not in done.stderr:
            failures.append(f"a file without vectors should fail naming it: {done.returncode} {done.stderr}")
    for failure in failures:
        print("FAIL:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
