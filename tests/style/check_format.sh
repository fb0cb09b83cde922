#!/bin/sh
# Checks that every C++ file of the project follows .clang-format (clang-format --dry-run -Werror).
# Usage: check_format.sh SOURCE_DIR CLANG_FORMAT. Exits 77 (skipped) when CLANG_FORMAT is not installed.
set -eu
root=$1
clang_format=$2
if ! command -v "$clang_format" >/dev/null 2>&1; then
    echo "check_format.sh: $clang_format not installed (Debian clang-format-14): skipped"
    exit 77
fi
cd "$root"
# The tracked files in a git checkout, else every C++ file outside build and dependency folders.
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    list=$(git ls-files -- '*.cpp' '*.hpp' '*.h' '*.cc')
else
    list=$(find . \( -name build -o -name node_modules -o -name vendor -o -name '.*' ! -name . \) -prune -o \
        -type f \( -name '*.cpp' -o -name '*.hpp' -o -name '*.h' -o -name '*.cc' \) -print | sort)
fi
count=$(printf '%s\n' "$list" | grep -c .)
# shellcheck disable=SC2086
printf '%s\n' "$list" | xargs "$clang_format" --dry-run -Werror
echo "format: $count C++ files follow .clang-format"
