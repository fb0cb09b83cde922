#!/usr/bin/python3
"""Writes the raw text of a CoNLL-U file (its "# text" comments): the sentences of a
paragraph joined by a space, paragraphs ("# newpar") and documents ("# newdoc")
apart by a blank line. The text a raw-text evaluation starts from.

usage: conllu_text.py IN.conllu OUT.txt"""
import sys


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    paragraphs, current = [], []
    with open(sys.argv[1], encoding="utf-8") as conllu:
        for number, line in enumerate(conllu, 1):
            if line.startswith("# newdoc") or line.startswith("# newpar"):
                if current:
                    paragraphs.append(" ".join(current))
                current = []
            elif line.startswith("# text = "):
                current.append(line[len("# text = "):].rstrip("\n"))
    if current:
        paragraphs.append(" ".join(current))
    if not paragraphs:
        print(f"conllu_text: {sys.argv[1]}: no '# text' comment", file=sys.stderr)
        return 1
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        out.write("\n\n".join(paragraphs) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
