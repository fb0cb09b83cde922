#!/usr/bin/env python3
"""Two-fold cross-validation of the name recognizer over UNER English-EWT dev.

Usage: ner_dev_folds.py NEWSGRAPH CORPORA_DIR [--epochs N] [--json] [--per-epoch] [--seed N]
                        [--silver FILE [--silver-named-only] [--silver-by pipeline]] [TRAIN NER OPTIONS]

UNER dev is training data of the shipped recognizer, so changes to the recognizer
are tuned here instead of on UNER test: dev is split by document (# newdoc id,
alternating) into halves A and B; a model is trained on GUM train + A three times
(as models/train_ner.sh does) and scored on B with tag-names and iob2_eval.py
(strict spans, PER/ORG/LOC), and the other way round. Prints each fold's scores,
their mean, and the GUM dev F1 the trainer reported for its chosen epoch. With
--per-epoch the held-out half is scored after every epoch (the trainer's dev data)
and the mean of epochs 3-8 over both folds is printed: less noisy than one epoch
chosen on GUM dev, and nothing is chosen on the scored half. --silver FILE (a CoNLL-U
such as UD English-EWT train) first trains each fold's model on its own training data,
names FILE's sentences with it and adds them to that fold's training data (with --silver-by
pipeline the names are those of the whole pipeline with that model: models/tools/silver_names.py,
FILE a CoNLL-U). Unknown
options go to `newsgraph train ner`. Run from the project root after a build (it reads
models/tagger.ngm and models/parser.ngm).
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
EXTRA_TRAIN_ARGS = []  # further options of train ner, given after the known ones
SILVER = []  # files whose sentences are named by the fold's model and added to its training data
SILVER_NAMED_ONLY = [False]  # keep only the silver sentences that hold a name
SILVER_BY = ["recognizer"]  # who names the silver sentences: the recognizer alone or the whole pipeline
SEED = [1]  # seed of the trainer's shuffling
ROOT = os.path.dirname(os.path.dirname(HERE))


def split_documents(path):
    """Returns the file's documents (lists of lines), a document starting at each # newdoc."""
    docs, current = [], []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("# newdoc") and current:
                docs.append(current)
                current = []
            current.append(line)
    if current:
        docs.append(current)
    return docs


def write(path, docs):
    with open(path, "w", encoding="utf-8") as handle:
        for doc in docs:
            handle.writelines(doc)


def score(gold, pred):
    out = subprocess.run([sys.executable, os.path.join(HERE, "iob2_eval.py"), "--json", gold, pred],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def summary(scores):
    return " ".join("%s %.4f" % (name, scores[name]["f1"]) for name in ("micro", "PER", "ORG", "LOC") if name in scores)


def epoch_scores(newsgraph, corpora, train_half, test_half, work, epochs):
    """Trains with the held-out half as the trainer's dev data; returns its F1 after every epoch."""
    models = copy_language_models(work)
    command = train_command(newsgraph, corpora, train_half, test_half, models, epochs)
    if SILVER:
        command += silver_data(newsgraph, corpora, train_half, models, work)
    log = subprocess.run(command, check=True, capture_output=True, text=True)
    return [float(f1) for f1 in re.findall(r"epoch +\d+ +dev P [\d.]+ R [\d.]+ F1 ([\d.]+)", log.stderr)]


def keep_named_sentences(path):
    """Rewrites an IOB2 file keeping only its sentences that hold a name."""
    with open(path, encoding="utf-8") as handle:
        sentences = handle.read().split("\n\n")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("\n\n".join(s for s in sentences if "\tB-" in s) + "\n\n")


def silver_data(newsgraph, corpora, train_half, models, work):
    """Trainer options adding SILVER's sentences named by a model trained on this fold's training data alone."""
    gum_dev = os.path.join(corpora, "gum", "gum-permissive-dev.conllu")
    subprocess.run(train_command(newsgraph, corpora, train_half, gum_dev, models, 10), check=True, capture_output=True)
    options = []
    for k, path in enumerate(SILVER):
        out = os.path.join(work, "silver%d.iob2" % k)
        if SILVER_BY[0] == "pipeline":
            subprocess.run([sys.executable, os.path.join(ROOT, "models", "tools", "silver_names.py"), newsgraph, path,
                            out, "--models", models], check=True)
        else:
            subprocess.run([newsgraph, "tag-names", path, "--models", models, "-o", out], check=True)
        if SILVER_NAMED_ONLY[0]:
            keep_named_sentences(out)
        options += ["--train-iob2", out]
    return options


def copy_language_models(work):
    models = os.path.join(work, "models")
    os.makedirs(models, exist_ok=True)
    for name in ("tagger.ngm", "parser.ngm"):
        shutil.copy(os.path.join(ROOT, "models", name), models)
    return models


def train_command(newsgraph, corpora, train_half, dev, models, epochs):
    gum = os.path.join(corpora, "gum")
    command = [newsgraph, "train", "ner", "--train-gum", os.path.join(gum, "gum-permissive-train.conllu")]
    command += ["--train-iob2", train_half] * 3
    command += ["--dev", dev, "--models", models, "--lowercase-every", "4", "--epochs", str(epochs),
                "--seed", str(SEED[0]), "-o", os.path.join(models, "ner.ngm")]
    return command + EXTRA_TRAIN_ARGS


def run_fold(newsgraph, corpora, train_half, test_half, work, epochs):
    models = copy_language_models(work)
    command = train_command(newsgraph, corpora, train_half, os.path.join(corpora, "gum", "gum-permissive-dev.conllu"),
                            models, epochs)
    log = subprocess.run(command, check=True, capture_output=True, text=True)
    text = log.stdout + log.stderr
    best = re.findall(r"[^\n]*\(best\)", text)
    pred = os.path.join(work, "pred.iob2")
    subprocess.run([newsgraph, "tag-names", test_half, "--models", models, "-o", pred], check=True)
    return score(test_half, pred), (best[-1] if best else text.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("newsgraph")
    parser.add_argument("corpora")
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--silver", action="append", default=[],
                        help="(with --per-epoch) CoNLL-U or IOB2 file named by each fold's model and added as training")
    parser.add_argument("--silver-named-only", action="store_true",
                        help="keep only the silver sentences in which the fold's model found a name")
    parser.add_argument("--silver-by", choices=["recognizer", "pipeline"], default="recognizer",
                        help="name the silver sentences by the fold's recognizer alone or by the whole pipeline")
    parser.add_argument("--seed", type=int, default=1, help="seed of the trainer's shuffling")
    parser.add_argument("--per-epoch", action="store_true",
                        help="score the held-out half after every epoch instead (mean of epochs 3-8, no epoch choice)")
    args, extra = parser.parse_known_args()
    EXTRA_TRAIN_ARGS.extend(extra)
    SEED[0] = args.seed
    SILVER.extend(args.silver)
    SILVER_NAMED_ONLY[0] = args.silver_named_only
    SILVER_BY[0] = args.silver_by
    docs = split_documents(os.path.join(args.corpora, "uner-ewt", "en_ewt-ud-dev.iob2"))
    work = tempfile.mkdtemp(prefix="ner_folds_")
    try:
        halves = [os.path.join(work, "a.iob2"), os.path.join(work, "b.iob2")]
        write(halves[0], docs[0::2])
        write(halves[1], docs[1::2])
        if args.per_epoch:
            means = []
            for k in range(2):
                fold = os.path.join(work, "fold%d" % k)
                scores = epoch_scores(os.path.abspath(args.newsgraph), args.corpora, halves[k], halves[1 - k], fold,
                                      max(args.epochs, 8))
                means.append(sum(scores[2:8]) / 6)
                print("fold %d: F1 by epoch %s; epochs 3-8 %.2f" % (k, " ".join("%.1f" % f for f in scores), means[-1]))
            print("mean F1 of epochs 3-8: %.2f" % (sum(means) / 2))
            return
        results = []
        for k in range(2):
            fold = os.path.join(work, "fold%d" % k)
            os.makedirs(fold)
            scores, dev = run_fold(os.path.abspath(args.newsgraph), args.corpora, halves[k], halves[1 - k],
                                   fold, args.epochs)
            results.append(scores)
            print("fold %d: F1 %s | trainer, best on GUM dev: %s" % (k, summary(scores), dev.replace("newsgraph: ", "")))
        mean = sum(r["micro"]["f1"] for r in results) / 2 if all("micro" in r for r in results) else None
        print("mean F1: %s" % mean)
        if args.json:
            print(json.dumps(results))
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
