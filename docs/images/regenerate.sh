#!/bin/sh
# Regenerates the README picture from the seed article with newsgraph itself.
# Usage: docs/images/regenerate.sh [NEWSGRAPH_BINARY]   (default: build/cli/newsgraph)
# Run it whenever samples/un-cybercrime.md or the extractors change, and commit the result.
set -eu
root="$(cd "$(dirname "$0")/../.." && pwd)"
newsgraph="${1:-$root/build/cli/newsgraph}"
cd "$root"
"$newsgraph" build samples/un-cybercrime.md -o docs/images/un-cybercrime.svg -q
echo "wrote docs/images/un-cybercrime.svg"
