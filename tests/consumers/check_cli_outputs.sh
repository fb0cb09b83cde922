#!/bin/sh
# Builds INPUT with the newsgraph command line in every output format, then
# runs check_exports.py over the results.
# Usage: check_cli_outputs.sh NEWSGRAPH PYTHON INPUT OUTPUT_DIR [--strict]
set -eu
newsgraph=$1 python=$2 input=$3 out=$4
shift 4
stem=$(basename "$input"); stem=${stem%.*}
mkdir -p "$out"
set -- "$@"
"$newsgraph" build "$input" -q -o "$out/$stem.graphml" -o "$out/$stem.rdf" -o "$out/$stem.jsonld" \
  -o "$out/$stem.nt" -o "$out/$stem.ttl" -o "$out/$stem.nq" -o "$out/$stem.gexf"
exec "$python" "$(dirname "$0")/check_exports.py" "$@" "$out"
