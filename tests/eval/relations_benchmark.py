#!/usr/bin/python3
"""Relation and quote-attribution benchmark on annotated GUM news documents.

Usage: relations_benchmark.py NEWSGRAPH [--texts DIR] [--gold DIR] [--json] [--verbose] [--keep DIR]
For each GOLD/NAME.json (default tests/data/gum-relations) runs `NEWSGRAPH build TEXTS/NAME.txt
-o NAME.rdf` and reports, for the dev documents, the train documents and all of them: relation
precision and recall per type, roles, quote attribution accuracy (correct / quotes with a named
speaker) and the wrong-speaker rate (quotes given a wrong speaker / all quotes). Predicted
relations with an end that matches no gold entity are not scored (counted as "unmatched").
The texts (GUM, Wikinews) are not in the repository: without them the benchmark exits 77.
Exits 1 when a gold file does not fit its text or the program fails. Needs rdflib.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

from rdflib import Graph

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from relations_scoring import TYPES, evaluate  # noqa: E402

PROJECT_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SKIP = 77


def parse_args(argv):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("newsgraph", help="the newsgraph program")
    ap.add_argument("--texts", default=os.path.join(PROJECT_ROOT, "..", "shared", "eval", "gum", "texts"),
                    help="folder of the GUM texts (NAME.txt)")
    ap.add_argument("--gold", default=os.path.join(PROJECT_ROOT, "tests", "data", "gum-relations"))
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    ap.add_argument("--verbose", action="store_true", help="list missed and false relations, quote problems")
    ap.add_argument("--keep", help="write the graphs into this folder instead of a temporary one")
    return ap.parse_args(argv)


def check_gold(path, gold, text):
    """Problems in a gold file: unknown ids, evidence or quote fragments not in its text."""
    ids = {e["id"] for e in gold["entities"]} | {e["id"] for e in gold.get("optional_entities", [])}
    name = os.path.basename(path)
    problems = []
    for i, r in enumerate(gold["relations"]):
        for gid in r["s"] + r["o"]:
            if gid not in ids:
                problems.append(f"{name}: relation {i + 1}: unknown entity id '{gid}'")
        if r["p"] not in TYPES:
            problems.append(f"{name}: relation {i + 1}: unknown relation type '{r['p']}'")
        if r.get("evidence", "") not in text:
            problems.append(f"{name}: relation {i + 1}: evidence not found in the text")
    for i, q in enumerate(gold.get("quotes", [])):
        if q["speaker"] is not None and q["speaker"] not in ids:
            problems.append(f"{name}: quote {i + 1}: unknown speaker id '{q['speaker']}'")
        if q["contains"] not in text:
            problems.append(f"{name}: quote {i + 1}: fragment not found in the text")
    return problems


def run_program(newsgraph, text_path, out_path):
    """Builds the graph of one text; raises RuntimeError naming the text when the program fails."""
    proc = subprocess.run([newsgraph, "build", text_path, "-o", out_path], capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"{text_path}: newsgraph exited {proc.returncode}: {proc.stderr.strip()[:500]}")
    g = Graph()
    g.parse(out_path, format="xml")
    return g


def add_counts(total, doc):
    """Adds one document's counts into a running total (same shape as evaluate's result)."""
    for t, c in doc["relations"].items():
        row = total["relations"].setdefault(t, {k: 0 for k in c})
        for k, v in c.items():
            row[k] += v
    for k in ("found", "total"):
        total["roles"][k] += doc["roles"][k]
    for k, v in doc["quotes"].items():
        total["quotes"][k] = total["quotes"].get(k, 0) + v


def ratio(a, b):
    return round(a / b, 3) if b else None


def summarize(total):
    """Adds precision, recall, accuracy and rates to a total."""
    rows = total["relations"]
    all_row = {k: sum(r[k] for r in rows.values()) for k in ("gold", "hit", "pred", "fp", "unmatched")}
    for row in list(rows.values()) + [all_row]:
        row["recall"] = ratio(row["hit"], row["gold"])
        row["precision"] = ratio(row["pred"] - row["fp"], row["pred"])
    total["relations_all"] = all_row
    q = total["quotes"]
    q["attribution_accuracy"] = ratio(q.get("named_correct", 0), q.get("named", 0))
    q["wrong_speaker_rate"] = ratio(q.get("named_wrong", 0) + q.get("unnamed_wrong", 0),
                                    q.get("named", 0) + q.get("unnamed", 0))
    return total


def empty_total():
    return {"documents": [], "relations": {}, "roles": {"found": 0, "total": 0}, "quotes": {}}


def fmt(x):
    return "  -  " if x is None else f"{x:.3f}"


def print_group(label, total):
    """One group's table: a line per relation type, then all types, roles and quotes."""
    print(f"\n== {label}: {len(total['documents'])} documents ({', '.join(total['documents'])})")
    print(f"{'type':<14}{'gold':>5}{'found':>6}{'recall':>8}{'pred':>6}{'false':>6}{'precision':>10}{'unmatched':>10}")
    rows = sorted(total["relations"].items()) + [("ALL", total["relations_all"])]
    for t, r in rows:
        print(f"{t:<14}{r['gold']:>5}{r['hit']:>6}{fmt(r['recall']):>8}{r['pred']:>6}{r['fp']:>6}"
              f"{fmt(r['precision']):>10}{r['unmatched']:>10}")
    print("(unmatched: predicted relations with an end that matches no gold entity; not scored)")
    ro, q = total["roles"], total["quotes"]
    print(f"roles {ro['found']}/{ro['total']}")
    print(f"quotes with a named speaker: {q.get('named', 0)}, found {q.get('named_found', 0)}, "
          f"correct {q.get('named_correct', 0)} (accuracy {fmt(q['attribution_accuracy'])}), "
          f"wrong speaker {q.get('named_wrong', 0)}")
    print(f"quotes without a named speaker: {q.get('unnamed', 0)}, given a speaker {q.get('unnamed_wrong', 0)}; "
          f"wrong-speaker rate over all quotes {fmt(q['wrong_speaker_rate'])}")


def load_documents(gold_dir, texts_dir):
    """(name, gold path, gold, text path) of every gold file; exits 1 listing gold problems."""
    docs, problems = [], []
    for name in sorted(f[:-5] for f in os.listdir(gold_dir) if f.endswith(".json")):
        path = os.path.join(gold_dir, name + ".json")
        with open(path, encoding="utf-8") as f:
            gold = json.load(f)
        text_path = os.path.join(texts_dir, gold.get("text", name + ".txt"))
        if not os.path.isfile(text_path):
            problems.append(f"{path}: text {text_path} not found")
            continue
        with open(text_path, encoding="utf-8") as f:
            problems += check_gold(path, gold, f.read())
        docs.append((name, path, gold, text_path))
    if problems:
        sys.exit("gold problems:\n" + "\n".join(problems))
    return docs


def run(args, out_dir):
    """Scores every document; returns the totals per group (dev, train, all) and per document."""
    groups = {k: empty_total() for k in ("dev", "train", "all")}
    per_doc = {}
    for name, _, gold, text_path in load_documents(args.gold, args.texts):
        g = run_program(args.newsgraph, text_path, os.path.join(out_dir, name + ".rdf"))
        res = evaluate(gold, g)
        per_doc[name] = res
        for key in (gold.get("split", "train"), "all"):
            groups[key]["documents"].append(name)
            add_counts(groups[key], res)
    return {k: summarize(v) for k, v in groups.items()}, per_doc


def print_report(groups, per_doc, verbose):
    for name, res in per_doc.items():
        rel = res["relations"]
        hit, gold = sum(r["hit"] for r in rel.values()), sum(r["gold"] for r in rel.values())
        pred, fp = sum(r["pred"] for r in rel.values()), sum(r["fp"] for r in rel.values())
        q = res["quotes"]
        print(f"{name:<12} relations {hit}/{gold} found, {fp}/{pred} false; "
              f"quotes {q['named_correct']}/{q['named']} correct, {q['named_wrong'] + q['unnamed_wrong']} wrong")
        if verbose:
            for line in [f"  missed {m}" for m in res["missed"]] + [f"  false  {f}" for f in res["false"]]:
                print(line)
            for line in res["quote_problems"]:
                print("  " + line)
    for key, label in (("dev", "dev split"), ("train", "train split"), ("all", "all")):
        print_group(label, groups[key])


def main(argv):
    args = parse_args(argv)
    if not os.path.isdir(args.texts):
        print(f"skipped: GUM texts folder {args.texts} not found", file=sys.stderr)
        return SKIP
    try:
        if args.keep:
            os.makedirs(args.keep, exist_ok=True)
            groups, per_doc = run(args, args.keep)
        else:
            with tempfile.TemporaryDirectory() as tmp:
                groups, per_doc = run(args, tmp)
    except RuntimeError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps({"groups": groups, "documents": per_doc}, indent=1, sort_keys=True))
    else:
        print_report(groups, per_doc, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
