#!/usr/bin/python3
"""Silver name annotation: the words of a CoNLL-U treebank named by the whole newsgraph pipeline.

usage: silver_names.py NEWSGRAPH TREEBANK.conllu OUT.iob2 [--models DIR] [--exclude-docs ID,ID...]

Each document of TREEBANK (from `# newdoc id`) goes through `newsgraph inspect --mentions` as
one article, its sentences the `# text` lines; the texts of the mentions of every person,
organization and place found are then marked wherever their words occur in that document
(longest first, at least one capital letter), as UNER-style IOB2 (PER, ORG, LOC) over the
treebank's own words. The pipeline's lexicons, rules and resolution make these names better
than the recognizer's alone, which is why models/train_ner.sh trains on them (model card:
"Silver names"). Documents whose id is in --exclude-docs are left out. Deterministic.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

CLASSES = {"Person": "PER", "Organization": "ORG", "Place": "LOC"}
LONGEST_NAME = 12  # words


def read_documents(path, excluded):
    """[(doc_id, [(sent_id, text, [words])])] of the CoNLL-U file, without the excluded documents."""
    docs = []
    sent_id, text, words = "", "", []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line.startswith("# newdoc id = ") or not docs:
                docs.append((line[len("# newdoc id = "):] if line.startswith("# newdoc") else "doc", []))
            if line.startswith("# sent_id = "):
                sent_id = line[len("# sent_id = "):]
            elif line.startswith("# text = "):
                text = line[len("# text = "):]
            elif not line and words:
                docs[-1][1].append((sent_id, text or " ".join(words), words))
                sent_id, text, words = "", "", []
            elif line and not line.startswith("#"):
                columns = line.split("\t")
                if columns[0].isdigit():
                    words.append(columns[1])
    if words:
        docs[-1][1].append((sent_id, text or " ".join(words), words))
    return [(doc_id, sentences) for doc_id, sentences in docs if sentences and doc_id not in excluded]


def pipeline_mentions(newsgraph, docs, models):
    """{document number: {mention text without spaces: class}} from `newsgraph inspect --mentions`."""
    with tempfile.TemporaryDirectory() as work:
        corpus = os.path.join(work, "silver.jsonl")
        with open(corpus, "w", encoding="utf-8") as out:
            for number, (_, sentences) in enumerate(docs):
                text = "\n\n".join(text for _, text, _ in sentences)
                out.write(json.dumps({"id": "d%06d" % number, "text": text}) + "\n")
        command = [newsgraph, "inspect", "--mentions", "-j", "2", "-q"] + (["--models", models] if models else [])
        listing = subprocess.run(command + [corpus], capture_output=True, text=True)
    if listing.returncode != 0:
        sys.exit("silver_names.py: newsgraph inspect failed: " + listing.stderr.strip())
    found, current, kind = {}, None, None
    for line in listing.stdout.splitlines():
        columns = line.split("\t")
        if line.startswith("# d"):
            current = found.setdefault(int(line[3:].split(" ", 1)[0]), {})
        elif columns[0] == "entity":
            kind = CLASSES.get(columns[1])
        elif columns[0] == "mention" and kind and current is not None:
            current.setdefault(columns[1].replace(" ", ""), kind)
    return found


def tags_of(words, mentions):
    """IOB2 tags of the words: the longest mention text starting at each word, left to right."""
    tags = ["O"] * len(words)
    i = 0
    while i < len(words):
        match, joined = None, ""
        for j in range(i, min(len(words), i + LONGEST_NAME)):
            joined += words[j]
            if joined in mentions and any(c.isupper() for c in joined):
                match = j
        if match is None:
            i += 1
            continue
        kind = mentions["".join(words[i:match + 1])]
        tags[i:match + 1] = ["B-" + kind] + ["I-" + kind] * (match - i)
        i = match + 1
    return tags


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("newsgraph")
    parser.add_argument("treebank")
    parser.add_argument("output")
    parser.add_argument("--models")
    parser.add_argument("--exclude-docs", default="")
    args = parser.parse_args()
    docs = read_documents(args.treebank, set(filter(None, args.exclude_docs.split(","))))
    found = pipeline_mentions(args.newsgraph, docs, args.models)
    with open(args.output, "w", encoding="utf-8") as out:
        for number, (doc_id, sentences) in enumerate(docs):
            out.write("# newdoc id = %s\n" % doc_id)
            for sent_id, text, words in sentences:
                out.write("# sent_id = %s\n# text = %s\n" % (sent_id, text))
                for n, (word, tag) in enumerate(zip(words, tags_of(words, found.get(number, {}))), 1):
                    out.write("%d\t%s\t%s\t-\t-\n" % (n, word, tag))
                out.write("\n")


if __name__ == "__main__":
    main()
