#!/bin/sh
# Runs clang-tidy with the checks kept in .clang-tidy over every source of the library layers and
# the program; any finding fails (WarningsAsErrors). Usage: check_tidy.sh SOURCE_DIR BUILD_DIR RUN_CLANG_TIDY JOBS.
# Exits 77 (skipped) when RUN_CLANG_TIDY is not installed.
set -eu
root=$1
build=$2
run_clang_tidy=$3
jobs=$4
if ! command -v "$run_clang_tidy" >/dev/null 2>&1; then
    echo "check_tidy.sh: $run_clang_tidy not installed (Debian clang-tidy-14): skipped"
    exit 77
fi
if [ ! -f "$build/compile_commands.json" ]; then
    echo "check_tidy.sh: $build/compile_commands.json missing (configure with CMAKE_EXPORT_COMPILE_COMMANDS)" >&2
    exit 1
fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
"$run_clang_tidy" -p "$build" -quiet -j "$jobs" \
    "^$root/(core|language|readers|extractors|graph|exporters|query|cli)/" >"$log" 2>&1 || status=$?
# Findings only, without the per-file command lines and "N warnings generated" counts.
findings=$(grep -E "(warning|error):" "$log" || true)
if [ "$status" -ne 0 ] || [ -n "$findings" ]; then
    printf '%s\n' "${findings:-$(tail -n 40 "$log")}"
    echo "clang-tidy: findings above (checks kept in .clang-tidy)" >&2
    exit 1
fi
echo "clang-tidy: no findings in $(grep -c '^clang-tidy' "$log") files"
