#!/usr/bin/env python3
"""Scores the whole newsgraph pipeline (not the recognizer alone) on Universal NER data.

Usage: uner_pipeline_eval.py NEWSGRAPH GOLD.iob2 [--json] [--keep DIR] [--min-f1 F] [--models DIR]

Each UNER document (`# newdoc id`) becomes one article of a JSON Lines corpus, its sentences
(`# text`) as paragraphs; `newsgraph inspect` lists the entities it finds in each. Scoring is by
document and by name, as the evaluation set's scorer does: a gold entity (a PER, ORG or LOC span;
the same name and type twice in a document count once) is found when an entity of the matching
class (Person, Organization, Place) has that name among its name and aliases after lower-casing,
removing accents and punctuation and a leading article. A predicted Person, Organization or Place
whose names match no gold name of its class is a false positive. Prints precision, recall and F1
per type and micro-averaged; --models DIR passes newsgraph's models (tagger.ngm, parser.ngm,
ner.ngm) from DIR instead of the built-in ones; exits 1 when micro F1 is under --min-f1, 77 when the gold file is missing.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
from name_norm import norm  # noqa: E402

CLASS_OF = {"PER": "Person", "ORG": "Organization", "LOC": "Place"}
TYPES = ["PER", "ORG", "LOC"]




def read_iob2(path):
    """Documents in order: [(doc_id, [sentence text], {(type, normalized name)})]."""
    docs = []
    tokens, tags = [], []

    def close_sentence():
        span, kind = [], None
        for token, tag in list(zip(tokens, tags)) + [("", "O")]:
            if tag.startswith("I-") and kind == tag[2:]:
                span.append(token)
                continue
            if kind in CLASS_OF and span:
                docs[-1][2].add((kind, norm(" ".join(span))))
            span, kind = ([token], tag[2:]) if tag[:2] in ("B-", "I-") else ([], None)
        tokens.clear()
        tags.clear()

    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            line = line.rstrip("\n")
            if line.startswith("# newdoc id = ") or (not docs and line.startswith("# sent_id")):
                docs.append((line.split("= ", 1)[-1], [], set()))
            elif line.startswith("# text = "):
                docs[-1][1].append(line[len("# text = "):])
            elif not line:
                close_sentence()
            elif not line.startswith("#"):
                columns = line.split("\t")
                if len(columns) < 3:
                    sys.exit(f"{path}:{number}: expected at least 3 tab-separated columns")
                tokens.append(columns[1])
                tags.append(columns[2])
    close_sentence()
    return docs


def predicted_entities(newsgraph, docs, keep, models=None):
    """{doc_id: [(class, {normalized names})]} from `newsgraph inspect` over the documents as JSON Lines."""
    corpus = os.path.join(keep, "uner.jsonl")
    with open(corpus, "w", encoding="utf-8") as out:
        for doc_id, sentences, _ in docs:
            out.write(json.dumps({"id": doc_id, "text": "\n\n".join(sentences)}) + "\n")
    command = [newsgraph, "inspect", "-j", "1"] + (["--models", models] if models else []) + [corpus]
    listing = subprocess.run(command, capture_output=True, text=True)
    if listing.returncode != 0:
        sys.exit(f"newsgraph inspect failed: {listing.stderr.strip()}")
    found, current = {}, None
    for line in listing.stdout.splitlines():
        if line.startswith("# "):
            current = found.setdefault(line[2:].split(" (", 1)[0], [])
        elif line.startswith("entity\t") and current is not None:
            columns = line.split("\t")
            names = {norm(columns[2])} | {norm(c[6:]) for c in columns[4:] if c.startswith("alias=")}
            current.append((columns[1], names))
    return found


def score(docs, found):
    counts = {t: {"gold": 0, "hit": 0, "pred": 0, "fp": 0} for t in TYPES}
    for doc_id, _, gold in docs:
        for kind, name in gold:
            counts[kind]["gold"] += 1
            counts[kind]["hit"] += any(cls == CLASS_OF[kind] and name in names for cls, names in found.get(doc_id, []))
        for cls, names in found.get(doc_id, []):
            kind = next((k for k, c in CLASS_OF.items() if c == cls), None)
            if kind is None:
                continue
            counts[kind]["pred"] += 1
            counts[kind]["fp"] += not any((kind, name) in gold for name in names)
    return counts


def figures(c):
    precision = (c["pred"] - c["fp"]) / c["pred"] if c["pred"] else 0.0
    recall = c["hit"] / c["gold"] if c["gold"] else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4), **c}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("newsgraph")
    parser.add_argument("gold")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--keep", help="folder for the corpus file (default: a temporary folder)")
    parser.add_argument("--models", help="folder of tagger.ngm, parser.ngm and ner.ngm (default: the built-in models)")
    parser.add_argument("--min-f1", type=float, default=0.0, help="fail when micro F1 is lower")
    args = parser.parse_args()
    if not os.path.exists(args.gold):
        print(f"{args.gold}: not found, skipped")
        return 77
    docs = read_iob2(args.gold)
    with tempfile.TemporaryDirectory() as temp:
        found = predicted_entities(args.newsgraph, docs, args.keep or temp, args.models)
    counts = score(docs, found)
    total = {k: sum(counts[t][k] for t in TYPES) for k in ("gold", "hit", "pred", "fp")}
    result = {t: figures(counts[t]) for t in TYPES}
    result["micro"] = figures(total)
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        print(f"{len(docs)} documents")
        for name, r in result.items():
            print(f"{name:6} P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}"
                  f"  (gold {r['gold']}, predicted {r['pred']})")
    if result["micro"]["f1"] < args.min_f1:
        print(f"micro F1 {result['micro']['f1']:.3f} is under {args.min_f1}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
