#!/bin/sh
# Refreshes vendor/ from the version pinned in package.json / package-lock.json.
# The build never runs npm: it embeds vendor/cytoscape.min.js (MIT, see vendor/cytoscape.LICENSE).
set -eu
cd "$(dirname "$0")"
npm ci --no-audit --no-fund
cp node_modules/cytoscape/dist/cytoscape.min.js vendor/cytoscape.min.js
cp node_modules/cytoscape/LICENSE vendor/cytoscape.LICENSE
rm -rf node_modules
echo "vendor/ updated to cytoscape $(node -p "require('./package-lock.json').packages['node_modules/cytoscape'].version")"
