#!/usr/bin/python3
"""Tests ontology/tools/given_names_to_lexicon.py on a hand-made name list and treebank: which names it keeps.

Usage: given_names_to_lexicon_test.py PROJECT_DIR. Exit 0 on success, 1 on a failure.
"""
import os
import subprocess
import sys
import tempfile

NAMES = ["Abraham", "Grant", "Hope", "Mary", "Paris", "Al", "Zebedee", "Commission", "Abraham"]
# "grant" and "hope" are written in lower case by the treebank; "Zebedee" only capitalized
TREEBANK = """# text = Grant Zebedee hope for a grant.
1\tGrant\tGrant\tPROPN\tNNP\t_\t0\troot\t_\t_
2\tZebedee\tZebedee\tPROPN\tNNP\t_\t1\tflat\t_\t_
3\thope\thope\tVERB\tVBP\t_\t1\tdep\t_\t_
4\tfor\tfor\tADP\tIN\t_\t6\tcase\t_\t_
5\ta\ta\tDET\tDT\t_\t6\tdet\t_\t_
6\tgrant\tgrant\tNOUN\tNN\t_\t3\tobl\t_\t_

"""


def main():
    project = sys.argv[1]
    tool = os.path.join(project, "ontology", "tools", "given_names_to_lexicon.py")
    with tempfile.TemporaryDirectory() as temp:
        names = os.path.join(temp, "names.txt")
        treebank = os.path.join(temp, "tb.conllu")
        output = os.path.join(temp, "out.tsv")
        with open(names, "w", encoding="utf-8") as out:
            out.write("\n".join(NAMES) + "\n")
        with open(treebank, "w", encoding="utf-8") as out:
            out.write(TREEBANK)
        subprocess.run([sys.executable, tool, names, "--treebank", treebank, "-o", output], check=True)
        with open(output, encoding="utf-8") as rows:
            kept = [row.strip() for row in rows if row.strip() and not row.startswith("#")]
    # Mary is on the curated list already, Paris is a place, Commission a head word, Al too short
    expected = ["Abraham", "Zebedee"]
    if kept != expected:
        print(f"kept {kept}, expected {expected}")
        return 1
    print("given_names_to_lexicon: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
