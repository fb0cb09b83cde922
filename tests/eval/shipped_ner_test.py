#!/usr/bin/python3
"""The shipped name recognizer on Universal NER English-EWT with gold tokenization:
tags the dev and test files' words with `newsgraph tag-names` (the models built
into the program) and requires the model card's scores minus about two points
(strict spans, micro F1 over PER, ORG, LOC): test >= 0.65; dev, which the model was
trained on, >= 0.95. Exits 77 (skipped) when the corpora (NEWSGRAPH_CORPORA_DIR,
default ../shared/corpora from the project) or the built-in recognizer are absent.

usage: shipped_ner_test.py NEWSGRAPH SOURCE_DIR WORK_DIR"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import iob2_eval  # noqa: E402

MINIMUM = {"dev": 0.95, "test": 0.65}


def micro_f1(counts):
    total = [sum(counts.get(t, [0, 0, 0])[k] for t in ("PER", "ORG", "LOC")) for k in range(3)]
    return iob2_eval.prf(*total)[2]


def main():
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    binary, source, work = sys.argv[1:]
    corpora = os.environ.get("NEWSGRAPH_CORPORA_DIR") or os.path.join(source, "..", "shared", "corpora")
    os.makedirs(work, exist_ok=True)
    failed = False
    for split, bound in MINIMUM.items():
        gold = os.path.join(corpora, "uner-ewt", f"en_ewt-ud-{split}.iob2")
        if not os.path.isfile(gold):
            print(f"skipped: no {gold}")
            return 77
        predicted = os.path.join(work, f"uner-{split}.iob2")
        result = subprocess.run([binary, "tag-names", gold, "-o", predicted], capture_output=True, text=True)
        if result.returncode == 1 and "no name recognizer model" in result.stderr:
            print("skipped: the program was built without a recognizer model")
            return 77
        if result.returncode != 0:
            print(f"FAIL: newsgraph tag-names exited {result.returncode}: {result.stderr}")
            return 1
        f1 = micro_f1(iob2_eval.score(gold, predicted))
        ok = f1 >= bound
        failed |= not ok
        print(f"UNER {split:5s} PER/ORG/LOC F1 {f1:.4f}  (at least {bound})" + ("" if ok else "  FAIL"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
