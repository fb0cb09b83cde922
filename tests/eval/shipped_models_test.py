#!/usr/bin/python3
"""The shipped models on UD English-EWT dev with gold tokenization: re-tags and
re-parses the dev treebank with `newsgraph parse` (the models built into the
program) and requires UPOS >= 94.0, UAS >= 85.5 and LAS >= 82.5 (the targets of
the language layer minus one point). Exits 77 (skipped) when the corpora
(NEWSGRAPH_CORPORA_DIR, default ../shared/corpora from the project) or the
built-in models are absent.

usage: shipped_models_test.py NEWSGRAPH SOURCE_DIR WORK_DIR"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import conllu_eval  # noqa: E402

MINIMUM = {"UPOS": 94.0, "UAS": 85.5, "LAS": 82.5}


def main():
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    binary, source, work = sys.argv[1:]
    corpora = os.environ.get("NEWSGRAPH_CORPORA_DIR") or os.path.join(source, "..", "shared", "corpora")
    gold = os.path.join(corpora, "ud-english-ewt", "en_ewt-ud-dev.conllu")
    if not os.path.isfile(gold):
        print(f"skipped: no {gold}")
        return 77
    os.makedirs(work, exist_ok=True)
    predicted = os.path.join(work, "ewt-dev.conllu")
    result = subprocess.run([binary, "parse", gold, "-o", predicted], capture_output=True, text=True)
    if result.returncode == 1 and "no language model" in result.stderr:
        print("skipped: the program was built without models")
        return 77
    if result.returncode != 0:
        print(f"FAIL: newsgraph parse exited {result.returncode}: {result.stderr}")
        return 1
    scores = conllu_eval.evaluate(conllu_eval.load(gold), conllu_eval.load(predicted))
    failed = False
    for name in ("UPOS", "XPOS", "Lemmas", "UAS", "LAS"):
        value = 100 * scores[name]["f1"]
        bound = MINIMUM.get(name)
        ok = bound is None or value >= bound
        failed |= not ok
        print(f"{name:7s} {value:6.2f}" + ("" if bound is None else f"  (at least {bound})") + ("" if ok else "  FAIL"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
