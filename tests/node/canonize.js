// Canonical N-Quads (RDFC-1.0 / URDNA2015, rdf-canonize through jsonld.js) of a
// JSON-LD file or of N-Quads/N-Triples, so two serializations can be compared byte for byte.
// Usage: node tests/node/canonize.js jsonld FILE | nquads FILE|-
'use strict';
const fs = require('fs');
const jsonld = require('jsonld');

async function main() {
  const [kind, file] = process.argv.slice(2);
  const text = fs.readFileSync(file === '-' ? 0 : file, 'utf8');
  const documentLoader = async (url) => {
    throw new Error(`offline: refusing to load ${url}`);
  };
  const options = {algorithm: 'URDNA2015', format: 'application/n-quads', safe: true, documentLoader};
  const canonical = kind === 'jsonld'
    ? await jsonld.canonize(JSON.parse(text), options)
    : await jsonld.canonize(text, {...options, inputFormat: 'application/n-quads'});
  // Duplicate input triples survive canonicalization; a set of lines is what RDF means.
  process.stdout.write([...new Set(canonical.split('\n').filter(Boolean))].sort().join('\n') + '\n');
}

main().catch((error) => {
  process.stderr.write(`canonize: ${error && error.stack ? error.stack : error}\n`);
  process.exit(1);
});
