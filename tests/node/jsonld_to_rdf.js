// Converts a JSON-LD file to N-Quads with jsonld.js in safe mode and with a
// document loader that refuses every URL (the file must be self-contained).
// Usage: node tests/node/jsonld_to_rdf.js FILE.jsonld   -> N-Quads on stdout
'use strict';
const fs = require('fs');
const jsonld = require('jsonld');

async function main() {
  const file = process.argv[2];
  const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
  const documentLoader = async (url) => {
    throw new Error(`offline: refusing to load ${url}`);
  };
  const nquads = await jsonld.toRDF(doc, {format: 'application/n-quads', safe: true, documentLoader});
  process.stdout.write(nquads);
}

main().catch((error) => {
  process.stderr.write(`jsonld.js: ${error && error.stack ? error.stack : error}\n`);
  process.exit(1);
});
