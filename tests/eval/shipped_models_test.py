#!/usr/bin/python3
"""The shipped models on UD English-EWT dev with gold tokenization: re-tags and
re-parses the dev treebank with `newsgraph parse` (the models built into the
program) and requires the scores of the model card (models/README.md) minus
about one point: UPOS >= 94.5, UAS >= 84.0, LAS >= 81.0. A change that loses
accuracy fails here; the layer's targets (UPOS 95, UAS 86.5, LAS 83.5 on test)
are tracked in the model card, not asserted. Exits 77 (skipped) when the corpora
(NEWSGRAPH_CORPORA_DIR, default ../shared/corpora from the project) or the
built-in models are absent.

usage: shipped_models_test.py NEWSGRAPH SOURCE_DIR WORK_DIR"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import conllu_eval  # noqa: E402

MINIMUM = {"UPOS": 94.5, "UAS": 84.0, "LAS": 81.0}


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
