#!/bin/bash
# Loads newsgraph's outputs of the samples into a throw-away Virtuoso (RDF/XML and
# N-Triples, each into its own named graph, through the bulk loader), runs every
# docs/queries question on its /sparql endpoint and checks the answers equal
# `newsgraph query`; then loads N-Quads beside the UN SDG vocabulary (tests/data/sdg)
# and checks the join that gives French target labels (docs/queries/joins). Exit 77 (skip) when Virtuoso is not installed
# (Debian/Ubuntu: apt-get install virtuoso-opensource).
# The server listens on loopback only, may read only its temporary directory, and
# is shut down (killed if need be) by the EXIT trap even when a step fails.
#
# Usage: virtuoso_test.sh NEWSGRAPH_BINARY SOURCE_DIR
set -euo pipefail

for tool in virtuoso-t isql-vt; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "SKIP: $tool not found (apt-get install virtuoso-opensource)"
        exit 77
    fi
done

NEWSGRAPH=$1
SOURCE=$2
HERE=$(cd "$(dirname "$0")" && pwd)
PYTHON=${PYTHON:-/usr/bin/python3}

WORK=$(mktemp -d "${TMPDIR:-/tmp}/newsgraph-virtuoso.XXXXXX")
SERVER_PID=
ISQL_PORT=
cleanup() {
    local status=$?
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        isql-vt "127.0.0.1:$ISQL_PORT" dba dba exec="shutdown;" >/dev/null 2>&1 || true
        for _ in $(seq 1 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.2; done
        if kill -0 "$SERVER_PID" 2>/dev/null; then
            kill -TERM "$SERVER_PID" 2>/dev/null || true
            sleep 1
            kill -KILL "$SERVER_PID" 2>/dev/null || true
        fi
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    if [ "$status" -ne 0 ] && [ -f "$WORK/virtuoso.log" ]; then
        echo "--- virtuoso.log (last lines) ---"
        tail -n 20 "$WORK/virtuoso.log" || true
    fi
    rm -rf "$WORK"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# First free loopback port from $1 on.
free_port() {
    "$PYTHON" - "$1" <<'EOF'
import socket, sys
for port in range(int(sys.argv[1]), int(sys.argv[1]) + 50):
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            continue
        print(port)
        sys.exit(0)
sys.exit("no free port")
EOF
}
# From a random start, so that test servers started at the same time on one machine do not race for a port.
ISQL_PORT=$(free_port $((21111 + RANDOM % 4000)))
HTTP_PORT=$(free_port $((28890 + RANDOM % 4000)))
now() { date +%s.%N; }
elapsed() { "$PYTHON" -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$1" "$2"; }

mkdir -p "$WORK/data"
"$PYTHON" - "$NEWSGRAPH" "$SOURCE" "$WORK/data" <<EOF
import sys
sys.path.insert(0, "$HERE")
import query_support
query_support.build_graphs(*sys.argv[1:4])
EOF
# For the join with the UN SDG vocabulary: newsgraph's N-Quads of the SDG corpus, and the vocabulary.
(cd "$SOURCE" && "$NEWSGRAPH" build -q tests/stores/data/sdg-articles.jsonl -o "$WORK/data/sdg.nq")
cp "$SOURCE/tests/data/sdg/sdg-goals-targets.nt" "$WORK/data/un-sdg.nt"

cat >"$WORK/virtuoso.ini" <<EOF
[Database]
DatabaseFile = $WORK/virtuoso.db
ErrorLogFile = $WORK/virtuoso.log
LockFile = $WORK/virtuoso.lck
TransactionFile = $WORK/virtuoso.trx
xa_persistent_file = $WORK/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = $WORK/virtuoso-temp.db
TransactionFile = $WORK/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:$ISQL_PORT
DisableUnixSocket = 1
ServerThreads = 4
CheckpointInterval = 0
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
ThreadsPerQuery = 2
DirsAllowed = $WORK
DefaultIsolation = 2

[HTTPServer]
ServerPort = 127.0.0.1:$HTTP_PORT
ServerRoot = $WORK
ServerThreads = 2
MaxKeepAlives = 4
EnabledDavVSP = 0

[SPARQL]
ResultSetMaxRows = 10000
MaxQueryExecutionTime = 60
MaxQueryCostEstimationTime = 60
DefaultQuery = SELECT * WHERE { ?s ?p ?o } LIMIT 1
EOF

ISQL=(isql-vt "127.0.0.1:$ISQL_PORT" dba dba)
t0=$(now)
# In the foreground (in our background) so the trap knows the PID to stop.
(cd "$WORK" && exec virtuoso-t +configfile "$WORK/virtuoso.ini" +foreground >"$WORK/stdout.log" 2>&1) &
SERVER_PID=$!
for _ in $(seq 1 300); do
    if "${ISQL[@]}" exec="status();" >/dev/null 2>&1; then break; fi
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "virtuoso-t exited during start"; exit 1; }
    sleep 0.2
done
"${ISQL[@]}" exec="status();" >/dev/null
t1=$(now)

# Bulk loader: one ld_dir per file so that each lands in its own named graph.
"${ISQL[@]}" exec="
ld_dir('$WORK/data', 'samples.rdf', 'urn:newsgraph:test:samples-rdfxml');
ld_dir('$WORK/data', 'samples.nt', 'urn:newsgraph:test:samples-ntriples');
ld_dir('$WORK/data', 'dated.rdf', 'urn:newsgraph:test:dated-rdfxml');
ld_dir('$WORK/data', 'dated.nt', 'urn:newsgraph:test:dated-ntriples');
ld_dir('$WORK/data', 'sdg.rdf', 'urn:newsgraph:test:sdg-rdfxml');
ld_dir('$WORK/data', 'sdg.nt', 'urn:newsgraph:test:sdg-ntriples');
ld_dir('$WORK/data', 'sdg.nq', 'urn:newsgraph:test:sdg-nquads');
ld_dir('$WORK/data', 'people.rdf', 'urn:newsgraph:test:people-rdfxml');
ld_dir('$WORK/data', 'people.nt', 'urn:newsgraph:test:people-ntriples');
ld_dir('$WORK/data', 'un-sdg.nt', 'urn:newsgraph:test:un-sdg');
rdf_loader_run();
checkpoint;" >"$WORK/load.log"
t2=$(now)
problems=$("${ISQL[@]}" exec="SELECT COUNT(*) FROM DB.DBA.LOAD_LIST WHERE ll_state <> 2 OR ll_error IS NOT NULL;" |
           awk '/^[0-9]+$/ {print; exit}')
if [ "$problems" != "0" ]; then
    echo "bulk load failed:"
    "${ISQL[@]}" exec="SELECT ll_file, ll_state, ll_error FROM DB.DBA.LOAD_LIST;"
    exit 1
fi
"${ISQL[@]}" exec="SPARQL SELECT ?g (COUNT(*) AS ?triples) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), 'urn:newsgraph:test:')) } GROUP BY ?g ORDER BY ?g;" |
    grep 'urn:newsgraph' || { echo "no triples loaded"; exit 1; }
nt_lines=$(grep -c . "$WORK/data/samples.nt")
loaded=$("${ISQL[@]}" exec="SPARQL SELECT COUNT(*) FROM <urn:newsgraph:test:samples-ntriples> WHERE { ?s ?p ?o };" |
         awk '/^[0-9]+$/ {print; exit}')
if [ "$loaded" != "$nt_lines" ]; then
    echo "samples.nt has $nt_lines triples but Virtuoso holds $loaded"
    exit 1
fi

"$PYTHON" "$HERE/virtuoso_compare.py" "$NEWSGRAPH" "$SOURCE" "$WORK/data" "http://127.0.0.1:$HTTP_PORT/sparql"
"$PYTHON" "$HERE/virtuoso_sdg_join.py" "$SOURCE" "http://127.0.0.1:$HTTP_PORT/sparql"
t3=$(now)

"${ISQL[@]}" exec="shutdown;" >/dev/null 2>&1 || true
for _ in $(seq 1 100); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$SERVER_PID" 2>/dev/null; then
    echo "virtuoso-t did not stop after shutdown"
    exit 1
fi
wait "$SERVER_PID" 2>/dev/null || true
SERVER_PID=
t4=$(now)
echo "virtuoso: start $(elapsed "$t0" "$t1") s, bulk load $(elapsed "$t1" "$t2") s ($loaded sample triples)," \
     "queries $(elapsed "$t2" "$t3") s, shutdown $(elapsed "$t3" "$t4") s"
