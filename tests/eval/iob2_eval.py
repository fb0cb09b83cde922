#!/usr/bin/python3
"""Span-level scores of IOB2 named-entity files (Universal NER layout: id, form, tag, ...).

Strict match: a predicted span counts when its first word, last word and type equal a gold
span's. Prints precision, recall and F1 per type and the micro average over the types given
with --types (default PER, ORG, LOC). Both files must hold the same sentences and words.
An I- tag that continues no span of its type starts one (conlleval's reading).

Usage: iob2_eval.py GOLD.iob2 PRED.iob2 [--types PER,ORG,LOC] [--min-f1 F] [--json]
Exit status: 0 ok, 1 below --min-f1, 2 bad input (the message names file and line).
"""
import argparse
import json
import sys


class InputError(Exception):
    pass


def read_sentences(path):
    """Sentences as lists of (form, tag), with the line number of each word."""
    sentences, current = [], []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\r\n")
            if not line:
                if current:
                    sentences.append(current)
                current = []
                continue
            if line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) < 3:
                raise InputError(f"{path}:{number}: expected at least 3 tab-separated fields")
            tag = fields[2]
            if tag != "O" and not (len(tag) > 2 and tag[0] in "BI" and tag[1] == "-"):
                raise InputError(f"{path}:{number}: tag '{tag}' is neither O nor B-TYPE or I-TYPE")
            current.append((fields[1], tag, number))
    if current:
        sentences.append(current)
    return sentences


def spans(sentence):
    """The (first, last, type) spans of one sentence's tags."""
    out, start, kind = [], None, None
    for i, (_, tag, _) in enumerate(sentence + [("", "O", 0)]):
        continues = tag.startswith("I-") and kind == tag[2:]
        if start is not None and not continues:
            out.append((start, i - 1, kind))
            start, kind = None, None
        if tag != "O" and not continues:
            start, kind = i, tag[2:]
    return out


def score(gold_path, pred_path):
    gold, pred = read_sentences(gold_path), read_sentences(pred_path)
    if len(gold) != len(pred):
        raise InputError(f"{pred_path}: {len(pred)} sentences, {gold_path} has {len(gold)}")
    counts = {}
    for g, p in zip(gold, pred):
        if [w[0] for w in g] != [w[0] for w in p]:
            raise InputError(f"{pred_path}:{p[0][2]}: the words differ from {gold_path}:{g[0][2]}")
        gold_spans, pred_spans = set(spans(g)), set(spans(p))
        for s in gold_spans:
            counts.setdefault(s[2], [0, 0, 0])[0] += 1
        for s in pred_spans:
            c = counts.setdefault(s[2], [0, 0, 0])
            c[1] += 1
            c[2] += s in gold_spans
    return counts


def prf(gold, predicted, correct):
    p = correct / predicted if predicted else 0.0
    r = correct / gold if gold else 0.0
    f = 2 * correct / (gold + predicted) if gold + predicted else 0.0
    return p, r, f


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold")
    parser.add_argument("pred")
    parser.add_argument("--types", default="PER,ORG,LOC")
    parser.add_argument("--min-f1", type=float, default=None)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    try:
        counts = score(args.gold, args.pred)
    except (InputError, OSError, UnicodeDecodeError) as error:
        print(f"iob2_eval: {error}", file=sys.stderr)
        return 2
    types = [t for t in args.types.split(",") if t]
    total = [sum(counts.get(t, [0, 0, 0])[k] for t in types) for k in range(3)]
    result = {t: dict(zip(("precision", "recall", "f1"), prf(*counts[t]))) for t in sorted(counts)}
    result["micro"] = dict(zip(("precision", "recall", "f1"), prf(*total)))
    if args.json:
        print(json.dumps(result, sort_keys=True))
    else:
        print(f"{'type':8} {'gold':>6} {'pred':>6} {'P':>7} {'R':>7} {'F1':>7}")
        for t in sorted(counts):
            p, r, f = prf(*counts[t])
            print(f"{t:8} {counts[t][0]:6d} {counts[t][1]:6d} {100*p:7.2f} {100*r:7.2f} {100*f:7.2f}")
        p, r, f = prf(*total)
        print(f"{'micro':8} {total[0]:6d} {total[1]:6d} {100*p:7.2f} {100*r:7.2f} {100*f:7.2f}  ({','.join(types)})")
    if args.min_f1 is not None and result["micro"]["f1"] < args.min_f1:
        print(f"iob2_eval: micro F1 {result['micro']['f1']:.4f} is below {args.min_f1}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
