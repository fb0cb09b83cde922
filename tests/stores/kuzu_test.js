// Loads newsgraph's Neo4j CSV output (`-o DIR.neo4j`) of the samples into Kuzu,
// an embedded Cypher engine from npm, and checks real Cypher answers.
// Exit 77 (skip) when kuzu is not installed: npm ci --prefix tests/stores/node
//
// Usage: node kuzu_test.js NEWSGRAPH_BINARY SOURCE_DIR
'use strict';

const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

let kuzu;
try {
  kuzu = require(path.join(__dirname, 'node', 'node_modules', 'kuzu'));
} catch (error) {
  console.log(`SKIP: kuzu is not installed (npm ci --prefix tests/stores/node): ${error.message.split('\n')[0]}`);
  process.exit(77);
}

const [newsgraph, source] = process.argv.slice(2);
const samples = ['samples/europol-ransomware-takedown.md', 'samples/ireland-climate-adaptation-fund.md',
  'samples/salford-procurement-laundering-trial.txt', 'samples/un-cybercrime.md', 'samples/who-cholera-mozambique.txt'];

let failures = 0;
function check(condition, message) {
  if (!condition) {
    failures += 1;
    console.log(`FAIL: ${message}`);
  }
}

// Physical lines of a file without the header: equals the record count when no field holds a newline.
function dataLines(file) {
  return fs.readFileSync(file, 'utf8').split('\n').filter((line) => line.length > 0).length - 1;
}

async function rows(conn, cypher) {
  const result = await conn.query(cypher);
  return result.getAll();
}

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-kuzu-'));
  try {
    const out = path.join(work, 'kg.neo4j');
    execFileSync(newsgraph, ['build', '-q', ...samples, '-o', out], { cwd: source, stdio: 'inherit' });
    const nodesCsv = path.join(out, 'nodes.csv');
    const relsCsv = path.join(out, 'relationships.csv');

    const started = Date.now();
    const db = new kuzu.Database(path.join(work, 'kg.kuzu'));
    const conn = new kuzu.Connection(db);
    // Columns in the CSV order; Kuzu maps them by position (the header names carry Neo4j types).
    await rows(conn, 'CREATE NODE TABLE Entity(iri STRING, labels STRING, name STRING, aliases STRING, confidence DOUBLE, ' +
      'text STRING, value DOUBLE, currency STRING, headline STRING, date_published STRING, url STRING, ' +
      'source_path STRING, start_date STRING, PRIMARY KEY(iri))');
    await rows(conn, 'CREATE REL TABLE Rel(FROM Entity TO Entity, type STRING, predicate STRING, role STRING, ' +
      'weight DOUBLE, confidence DOUBLE, evidence STRING, evidence_count INT64, start_offset INT64, end_offset INT64, ' +
      'source_doc STRING, extractor STRING, rule STRING)');
    // newsgraph writes no line breaks inside fields, so the default parallel reader is used.
    await rows(conn, `COPY Entity FROM '${nodesCsv}' (HEADER=true)`);
    await rows(conn, `COPY Rel FROM '${relsCsv}' (HEADER=true)`);
    const loadSeconds = (Date.now() - started) / 1000;

    const [nodeCount] = await rows(conn, 'MATCH (n:Entity) RETURN count(n) AS n');
    const [relCount] = await rows(conn, 'MATCH ()-[r:Rel]->() RETURN count(r) AS n');
    check(Number(nodeCount.n) === dataLines(nodesCsv), `every node row loaded (${nodeCount.n} vs ${dataLines(nodesCsv)})`);
    check(Number(relCount.n) === dataLines(relsCsv), `every relationship row loaded (${relCount.n} vs ${dataLines(relsCsv)})`);

    const positions = await rows(conn, "MATCH (p:Entity)-[r:Rel]->(o:Entity) WHERE r.type = 'HOLDS_POSITION' " +
      "AND p.name = 'Yury Fedotov' RETURN o.name AS org, r.role AS role, r.evidence AS evidence, r.start_offset AS s, r.end_offset AS e");
    check(positions.some((r) => r.org === 'United Nations Office on Drugs and Crime' && r.role === 'Executive Director'),
      `Fedotov holds a position in UNODC: ${JSON.stringify(positions)}`);
    check(positions.every((r) => Number(r.s) < Number(r.e) && r.evidence.includes('Fedotov')), 'evidence and offsets');

    // The Cypher form of docs/queries/01: organizations countering a threat, directly or through their people.
    const counters = await rows(conn, "MATCH (t:Entity {name: 'cybercrime'})<-[c:Rel {type: 'COUNTERS'}]-(p:Entity)" +
      "-[h:Rel {type: 'HOLDS_POSITION'}]->(o:Entity) RETURN o.name AS org, p.name AS person, h.role AS role");
    check(counters.some((r) => r.org === 'United Nations Office on Drugs and Crime' && r.person === 'Yury Fedotov'),
      `UNODC counters cybercrime through Fedotov: ${JSON.stringify(counters)}`);

    // Quotes with double quotes inside survive RFC 4180 quoting.
    const said = await rows(conn, "MATCH (p:Entity {name: 'António Guterres'})-[r:Rel {type: 'SAID'}]->(q:Entity) " +
      'RETURN q.text AS quote, r.evidence AS evidence ORDER BY r.start_offset');
    check(said.some((r) => r.quote.includes('no time to waste') && r.evidence.includes('"Cybercrime is an area')),
      `Guterres said "...no time to waste" (with the quotation marks kept): ${JSON.stringify(said.slice(0, 2))}`);

    const labels = await rows(conn, "MATCH (n:Entity) WHERE n.labels = 'Entity;Person' RETURN count(n) AS n");
    check(Number(labels[0].n) > 5, 'labels column holds Entity;Person');

    const top = await rows(conn, "MATCH (a:Entity)-[r:Rel {type: 'CO_OCCURS_WITH'}]-(b:Entity) " +
      'RETURN a.name AS name, sum(r.weight) AS weight ORDER BY weight DESC, name LIMIT 3');
    check(top.length === 3 && top[0].weight >= top[2].weight, 'co-occurrence ranking by weight');

    console.log(`kuzu: ${nodeCount.n} nodes and ${relCount.n} relationships loaded in ${loadSeconds.toFixed(2)} s; ` +
      `top co-occurring: ${top.map((r) => `${r.name} (${r.weight})`).join(', ')}`);
    await conn.close?.();
    await db.close?.();
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  if (failures) {
    console.log(`${failures} failure(s)`);
    process.exit(1);
  }
  console.log('kuzu: all Cypher answers as expected');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
