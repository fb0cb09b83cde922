#!/bin/sh
# Scores the language models (built in, or --models DIR) on UD English-EWT dev and
# test and GUM dev, with gold tokenization (the treebank's words re-tagged and
# re-parsed) and from raw text (the "# text" lines through our tokenizer and
# sentence splitter), with the CoNLL 2018 evaluator; prints one row per run.
# Usage: models/evaluate.sh [CORPORA_DIR] [--models DIR]   (CORPORA_DIR default ../shared/corpora)
set -eu
cd "$(dirname "$0")/.."
corpora=../shared/corpora
case "${1:-}" in --models | "") ;; *) corpora=$1; shift ;; esac
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
newsgraph=build/cli/newsgraph
printf '%-10s %-6s %7s %7s %7s %7s %7s %7s %7s %7s\n' treebank input Tokens Sents Words UPOS XPOS Lemmas UAS LAS
for gold in "$corpora/ud-english-ewt/en_ewt-ud-dev.conllu" "$corpora/ud-english-ewt/en_ewt-ud-test.conllu" \
            "$corpora/gum/gum-permissive-dev.conllu"; do
  name=$(basename "$gold" .conllu | sed 's/en_ewt-ud-/ewt-/; s/gum-permissive-/gum-/')
  python3 tests/eval/conllu_text.py "$gold" "$work/$name.txt"
  "$newsgraph" parse "$gold" -o "$work/$name-gold.conllu" "$@"
  "$newsgraph" parse "$work/$name.txt" -o "$work/$name-raw.conllu" "$@"
  for input in gold raw; do
    python3 tests/eval/conllu_eval.py "$gold" "$work/$name-$input.conllu" --json | python3 -c '
import json, sys
s = json.load(sys.stdin)
print("%-10s %-6s" % (sys.argv[1], sys.argv[2]) + "".join(" %7.2f" % (100 * s[m]["f1"]) for m in
      ["Tokens", "Sentences", "Words", "UPOS", "XPOS", "Lemmas", "UAS", "LAS"]))' "$name" "$input"
  done
done
