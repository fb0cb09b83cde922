#!/usr/bin/python3
"""Cross-validation of the name recognizer over the GUM news articles of the
evaluation set: the articles (names from splits.json) are cut into FOLDS folds;
each fold's recognizer is trained by models/train_ner.sh with that fold's GUM
documents (GUM_news_NAME) left out of training and dev, then `newsgraph build
--models FOLD_DIR` turns each of the fold's texts into a graph, scored against its
gold file by the evaluation set's scorer (score.py, as run_gold.py does). Prints
one line per article and per fold, then the micro-averaged entity scores over all
folds. Exits 77 when the corpora or the evaluation set are absent.

usage: ner_cross_validation.py NEWSGRAPH CORPORA_DIR EVAL_GUM_DIR [--folds 5] [--work DIR]
(EVAL_GUM_DIR holds texts/, gold/ and splits.json; run from the project root.)"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile


def fold_models(newsgraph, corpora, names, work):
    """A model directory: the shipped tagger and parser, a recognizer trained without `names`."""
    os.makedirs(work, exist_ok=True)
    for model in ("tagger.ngm", "parser.ngm"):
        shutil.copy(os.path.join("models", model), work)
    excluded = ",".join("GUM_news_" + name for name in names)
    subprocess.run(["models/train_ner.sh", corpora, newsgraph, "--exclude-docs", excluded,
                    "-o", os.path.join(work, "ner.ngm")], check=True, capture_output=True)
    return work


def score_article(newsgraph, models, eval_dir, name, work, evaluate, load):
    output = os.path.join(work, name + ".rdf")
    subprocess.run([newsgraph, "build", "--models", models, os.path.join(eval_dir, "texts", name + ".txt"),
                    "-o", output, "-q"], check=True, capture_output=True)
    with open(os.path.join(eval_dir, "gold", name + ".json"), encoding="utf-8") as handle:
        return evaluate(json.load(handle), load(output))


def summary(totals):
    recall = totals.get("n_found", 0) / totals["n_required"] if totals.get("n_required") else 0.0
    precision = 1 - totals.get("n_fp", 0) / totals["n_pred"] if totals.get("n_pred") else 0.0
    f1 = 2 * recall * precision / (recall + precision) if recall + precision else 0.0
    return f"entity R={recall:.3f} P={precision:.3f} F1={f1:.3f}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("newsgraph")
    parser.add_argument("corpora")
    parser.add_argument("eval_dir")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--work", default=None)
    args = parser.parse_args()
    splits = os.path.join(args.eval_dir, "splits.json")
    if not os.path.isfile(splits) or not os.path.isdir(os.path.join(args.corpora, "gum")):
        print(f"skipped: no {splits} or {args.corpora}/gum")
        return 77
    sys.path.insert(0, os.path.dirname(os.path.abspath(splits)) + "/..")
    from score import evaluate, load  # the evaluation set's own scorer
    with open(splits, encoding="utf-8") as handle:
        names = sorted(json.load(handle))
    work = args.work or tempfile.mkdtemp(prefix="ner-cv-")
    newsgraph = os.path.abspath(args.newsgraph)
    totals = {}
    for fold in range(args.folds):
        held_out = names[fold::args.folds]
        models = fold_models(newsgraph, args.corpora, held_out, os.path.join(work, f"fold{fold}"))
        fold_totals = {}
        for name in held_out:
            result = score_article(newsgraph, models, args.eval_dir, name, models, evaluate, load)
            print(f"  {name:16s} entR={result['entity_recall']:.2f} entP={result['entity_precision']:.2f}")
            for key, value in result.items():
                if key.startswith("n_"):
                    fold_totals[key] = fold_totals.get(key, 0) + value
                    totals[key] = totals.get(key, 0) + value
        print(f"fold {fold + 1}/{args.folds} ({len(held_out)} articles): {summary(fold_totals)}", flush=True)
    print(f"all folds ({len(names)} articles): {summary(totals)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
