#!/usr/bin/env bash
# newsgraph benchmarks, one command: extraction throughput (1 and all threads,
# words/s, MB/s, peak memory) on synthetic corpora, export throughput per format,
# and the same graph written by NetworkX, igraph and rapper, as ratios.
# Usage: bench/run.sh [--full]   (--full adds the 100 MB corpus and the 1M-edge graph)
set -euo pipefail
cd "$(dirname "$0")/.."
full=${1:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build --target newsgraph newsgraph_bench_export >/dev/null
ng=build/cli/newsgraph
threads=$(nproc)
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"

# Runs a command under /usr/bin/time; prints "seconds peak_MB".
measure() { /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null; awk '{printf "%s %.0f\n", $1, $2/1024}' "$work/time"; }

echo
echo "## Extraction: file -> GraphML + JSON-LD + RDF/XML"
printf '%-8s %-8s %10s %10s %12s %12s %10s\n' corpus threads seconds MB/s words/s words/s/core peak_MB
sizes="1 10"; [ "$full" = --full ] && sizes="1 10 100"
for mb in $sizes; do
  corpus="$work/corpus-$mb.jsonl"
  python3 bench/generate_corpus.py "$mb" "$corpus" 2>/dev/null
  words=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].split()) for l in open(sys.argv[1])))" "$corpus")
  bytes=$(stat -c %s "$corpus")
  for t in 1 "$threads"; do
    read -r secs peak < <(measure "$ng" build "$corpus" -q -j "$t" -o "$work/g.graphml" -o "$work/g.jsonld" -o "$work/g.rdf")
    awk -v mb="$mb" -v t="$t" -v s="$secs" -v w="$words" -v b="$bytes" -v p="$peak" 'BEGIN {
      printf "%-8s %-8s %10.2f %10.2f %12.0f %12.0f %10s\n", mb "MB", t, s, b/1048576/s, w/s, w/s/t, p }'
  done
done

echo
echo "## Merge: two shards of the 10 MB corpus, built apart, merged"
printf '%-10s %10s %10s %10s %14s %10s\n' format quads seconds cpu_s quads/s peak_MB
shards="$work/shards"; mkdir -p "$shards"
# The first and second half of the corpus: shards that share entities, as parts of one corpus do.
half=$(( $(wc -l < "$work/corpus-10.jsonl") / 2 ))
head -n "$half" "$work/corpus-10.jsonl" >"$shards/a.jsonl"
tail -n +"$((half + 1))" "$work/corpus-10.jsonl" >"$shards/b.jsonl"
for f in nq jsonld; do
  for s in a b; do "$ng" build "$shards/$s.jsonl" -q -j "$threads" -o "$shards/$s.$f"; done
  quads=$(( $(wc -l < "$shards/a.nq" 2>/dev/null || echo 0) + $(wc -l < "$shards/b.nq" 2>/dev/null || echo 0) ))
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$ng" merge "$shards/a.$f" "$shards/b.$f" -q -o "$shards/merged.$f"
  read -r secs user sys peak <"$work/time"
  awk -v f="$f" -v q="$quads" -v s="$secs" -v u="$user" -v y="$sys" -v p="$peak" \
    'BEGIN { printf "%-10s %10s %10.2f %10.2f %14.0f %10.0f\n", f, q, s, u + y, q/s, p/1024 }'
done
echo "(quads = statements in both shards' N-Quads; the JSON-LD shards hold the same statements)"

echo
echo "## Export of a synthetic graph (body formatted on 1 and on $threads threads)"
printf '%-10s %10s %8s %10s %10s %14s %14s %10s\n' format edges threads seconds cpu_s edges/s triples/s peak_MB
edge_counts="100000"; [ "$full" = --full ] && edge_counts="100000 1000000"
for n in $edge_counts; do
  declare -A lines=()
  for f in ntriples graphml rdfxml jsonld; do
    lines[$f]=""
    for t in 1 "$threads"; do
      # The previous file's writeback to disk would slow this run down: wait for it first.
      rm -f "$work/big.$f"; sync
      out=$(/usr/bin/time -f '%M' -o "$work/time" build/bench/newsgraph_bench_export "$n" "$f" "$work/big.$f" "$t")
      secs=$(echo "$out" | sed -E 's/.*write_s=([0-9.]+).*/\1/')
      cpu=$(echo "$out" | sed -E 's/.*write_cpu_s=([0-9.]+).*/\1/')
      eps=$(echo "$out" | sed -E 's/.*edges_per_s=([0-9]+).*/\1/')
      # Every RDF format carries the same triples: the N-Triples file (written first) counts them.
      [ "$f" = ntriples ] && triples=$(wc -l < "$work/big.ntriples")
      tps=$([ "$f" = graphml ] && echo - || awk -v t="$triples" -v s="$secs" 'BEGIN { printf "%.0f", t / s }')
      lines[$f]+=$(printf '%-10s %10s %8s %10s %10s %14s %14s %10.0f' "$f" "$n" "$t" "$secs" "$cpu" "$eps" "$tps" "$(($(cat "$work/time") / 1024))")$'\n'
    done
  done
  for f in graphml rdfxml jsonld ntriples; do printf '%s' "${lines[$f]}"; done
  echo "($n edges = $triples RDF triples; seconds include the final fsync, cpu_s is the write's CPU time)"
  echo
  echo "## Peers writing the same graph ($n edges; newsgraph on one thread, as the peers)"
  ours=$(build/bench/newsgraph_bench_export "$n" graphml "$work/ours.graphml" 1 | sed -E 's/.*write_s=([0-9.]+).*/\1/')
  for peer in networkx igraph; do
    if /usr/bin/python3 -c "import $peer" 2>/dev/null; then
      read -r _ secs < <(/usr/bin/python3 bench/peer_write.py "$peer" "$work/ours.graphml" "$work/$peer.graphml")
      awk -v p="$peer" -v s="$secs" -v o="$ours" 'BEGIN { printf "%-10s GraphML write %8.2f s   newsgraph %6.2f s   newsgraph is %.1fx faster\n", p, s, o, s/o }'
    else
      echo "$peer: not installed (apt-get install python3-$peer)"
    fi
  done
  if command -v rapper >/dev/null; then
    ours_rdf=$(build/bench/newsgraph_bench_export "$n" rdfxml "$work/ours.rdf" 1 | sed -E 's/.*write_s=([0-9.]+).*/\1/')
    secs=$( { /usr/bin/time -f '%e' rapper -q -i ntriples -o rdfxml "$work/big.ntriples" >"$work/rapper.rdf"; } 2>&1 )
    awk -v s="$secs" -v o="$ours_rdf" 'BEGIN { printf "%-10s RDF/XML write %8.2f s   newsgraph %6.2f s   newsgraph is %.1fx faster (rapper time includes parsing N-Triples)\n", "rapper", s, o, s/o }'
  fi
done
