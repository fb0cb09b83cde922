#!/usr/bin/env bash
# Language layer benchmarks on real text, one core: model load time, tagging +
# parsing words/s (EWT test words as given), the annotator on raw text, the whole
# `build` (file -> GraphML + JSON-LD + RDF/XML) in words/s per core with the
# language annotator and its ratio to spaCy's CPU pipeline (about 10,000 words/s),
# and the peak memory of a one-article run. Uses UD English-EWT test and the GUM
# news texts when NEWSGRAPH_CORPORA_DIR (default ../shared/corpora) and
# ../shared/eval/gum exist, else the samples.
# Usage: bench/language.sh [--models DIR]   (default: the models built into the program)
set -euo pipefail
cd "$(dirname "$0")/.."
models_arg=()
[ "${1:-}" = --models ] && models_arg=(--models "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build --target newsgraph newsgraph_bench_language >/dev/null
ng=build/cli/newsgraph
corpora=${NEWSGRAPH_CORPORA_DIR:-../shared/corpora}
gum=${NEWSGRAPH_GUM_DIR:-../shared/eval/gum}
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); one thread throughout"

texts=()
treebanks=()
if [ -f "$corpora/ud-english-ewt/en_ewt-ud-test.conllu" ]; then
  treebanks+=("$corpora/ud-english-ewt/en_ewt-ud-test.conllu")
  python3 tests/eval/conllu_text.py "$corpora/ud-english-ewt/en_ewt-ud-test.conllu" "$work/ewt-test.txt"
  texts+=("$work/ewt-test.txt")
fi
if [ -d "$gum/texts" ]; then
  cat "$gum"/texts/*.txt >"$work/gum-news.txt"
  texts+=("$work/gum-news.txt")
fi
[ ${#texts[@]} -eq 0 ] && texts=(samples/*.md)

echo
echo "## Language layer alone (words/s on one thread, CPU time)"
taskset -c 0 build/bench/newsgraph_bench_language "${models_arg[@]}" "${treebanks[@]}" "${texts[@]}" | tee "$work/layer"
load=$(awk '/^model load/ {print $(NF-1) / 1000}' "$work/layer")
# All texts as one corpus, so the one-off model load weighs less.
cat "${texts[@]}" >"$work/all.txt"
texts+=("$work/all.txt")

# Runs a command three times under /usr/bin/time; prints the least "cpu_seconds peak_MB" (the machine may be shared).
measure() {
  for _ in 1 2 3; do
    /usr/bin/time -f '%U %S %M' -o "$work/time" "$@" >/dev/null 2>&1
    awk '{printf "%.2f %.0f\n", $1 + $2, $3/1024}' "$work/time"
  done | sort -n | head -1
}

echo
echo "## Whole build, -j 1: file -> GraphML + JSON-LD + RDF/XML (words = UD words of the text)"
printf '%-14s %9s %9s %12s %13s %17s %9s\n' text words cpu_s words/s vs_spaCy words/s_after_load peak_MB
for text in "${texts[@]}"; do
  words=$("$ng" parse "${models_arg[@]}" "$text" -o - | grep -c -P '^\d+\t')
  read -r secs peak < <(measure taskset -c 0 "$ng" build "$text" -q -j 1 "${models_arg[@]}" -o "$work/g.graphml" -o "$work/g.jsonld" -o "$work/g.rdf")
  awk -v n="$(basename "$text" .txt)" -v s="$secs" -v w="$words" -v p="$peak" -v l="$load" 'BEGIN {
    printf "%-14s %9d %9.2f %12.0f %12.1fx %17.0f %9s\n", n, w, s, w/s, w/s/10000, w/(s-l), p }'
done

echo
echo "## One article (samples/un-cybercrime.md): peak memory and time"
read -r secs peak < <(measure "$ng" build samples/un-cybercrime.md -q -j 1 "${models_arg[@]}" -o "$work/one.graphml")
echo "cpu ${secs} s, peak ${peak} MB"
