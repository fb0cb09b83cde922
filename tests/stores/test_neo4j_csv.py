"""Checks newsgraph's Neo4j output (`-o DIR.neo4j` and `--format neo4j`): the
neo4j-admin headers, RFC 4180 quoting read back with Python's csv module, no line
break inside any field, ids that resolve, and the same graph as the RDF output.

Usage: /usr/bin/python3 test_neo4j_csv.py NEWSGRAPH_BINARY SOURCE_DIR WORK_DIR
"""

import csv
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import query_support as qs  # noqa: E402

NODE_HEADER = ["iri:ID", ":LABEL", "name", "aliases:string[]", "confidence:double", "text", "value:double", "currency",
               "headline", "date_published", "url", "source_path", "start_date"]
REL_HEADER = [":START_ID", ":END_ID", ":TYPE", "predicate", "role", "weight:double", "confidence:double", "evidence",
              "evidence_count:int", "start_offset:long", "end_offset:long", "source_doc", "extractor", "rule"]
TYPES = set()  # relationship types of core/predicate.hpp, read in main()
CLASSES = {"Person", "Organization", "Place", "Goal", "Threat", "Event", "Quote", "Amount", "Article"}

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message)


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        raw = f.read()
    rows = list(csv.reader(raw.splitlines(keepends=True), strict=True))
    # One record per physical line: no field holds a raw line break.
    check(len(rows) == raw.count("\n"), f"{path}: {len(rows)} records on {raw.count(chr(10))} lines")
    check("\r" not in raw, f"{path}: no carriage return")
    return rows


def check_directory(directory, node_total=None, edge_total=None):
    nodes = read(os.path.join(directory, "nodes.csv"))
    rels = read(os.path.join(directory, "relationships.csv"))
    check(nodes[0] == NODE_HEADER, f"node header {nodes[0]}")
    check(rels[0] == REL_HEADER, f"relationship header {rels[0]}")
    check(all(len(r) == len(NODE_HEADER) for r in nodes), "every node row has every column")
    check(all(len(r) == len(REL_HEADER) for r in rels), "every relationship row has every column")
    ids = [r[0] for r in nodes[1:]]
    check(len(ids) == len(set(ids)), "node ids are unique")
    check(all(r[1].split(";")[0] == "Entity" and r[1].split(";")[1] in CLASSES for r in nodes[1:]), "labels Entity;Class")
    for r in nodes[1:]:
        float(r[4])
        if r[6]:
            float(r[6])
    known = set(ids)
    check(all(r[0] in known and r[1] in known for r in rels[1:]), "every relationship joins two nodes")
    check({r[2] for r in rels[1:]} <= TYPES, "relationship types come from the predicate table")
    for r in rels[1:]:
        float(r[5]), float(r[6]), int(r[8])
        if r[9]:
            check(int(r[9]) < int(r[10]), f"offsets {r[9]}..{r[10]}")
    if node_total is not None:
        check(len(nodes) - 1 == node_total, f"{len(nodes) - 1} nodes, build reported {node_total}")
        check(len(rels) - 1 == edge_total, f"{len(rels) - 1} relationships, build reported {edge_total}")
    return nodes, rels


def build(newsgraph, cwd, *args):
    done = subprocess.run([newsgraph, "build", *args], capture_output=True, text=True, cwd=cwd)
    if done.returncode != 0:
        raise RuntimeError(done.stderr)
    counts = re.search(r"(\d+) nodes, (\d+) edges", done.stderr)
    return int(counts.group(1)), int(counts.group(2))


def main():
    newsgraph, source, work = sys.argv[1:4]
    with open(os.path.join(source, "core", "predicate.hpp"), encoding="utf-8") as f:
        TYPES.update(re.findall(r'\{Predicate::\w+, "\w+", "(\w+)"', f.read()))
    check(len(TYPES) >= 13, f"relationship types read from the predicate table: {sorted(TYPES)}")
    newsgraph = os.path.abspath(newsgraph)
    os.makedirs(work, exist_ok=True)
    out = os.path.join(work, "kg.neo4j")
    node_total, edge_total = build(newsgraph, source, *qs.SAMPLES, "-o", out, "-o", os.path.join(work, "kg.nt"))
    nodes, rels = check_directory(out, node_total, edge_total)
    by_iri = {r[0]: r for r in nodes[1:]}
    name = lambda iri: by_iri[iri][2]  # noqa: E731
    check(any(r[2] == "HOLDS_POSITION" and name(r[0]) == "Yury Fedotov" and
              name(r[1]) == "United Nations Office on Drugs and Crime" and r[4] == "Executive Director" and
              r[11].endswith("/article/un-cybercrime") for r in rels[1:]),
          "Fedotov -HOLDS_POSITION-> UNODC with role and source_doc")
    check(any('"' in r[7] and r[2] == "SAID" for r in rels[1:]), "quotation marks survive in evidence")
    # The same edges as the N-Triples output's direct triples (one per edge, roles merged there).
    with open(os.path.join(work, "kg.nt"), encoding="utf-8") as f:
        direct = {tuple(line.split(" ")[:3]) for line in f if "/id/statement/" not in line.split(" ")[0]
                  and "ontology#" in line.split(" ")[1] and line.split(" ")[2].startswith("<https://w3id.org/newsgraph/id/")}
    predicates = {t: "".join(w.capitalize() if i else w for i, w in enumerate(t.lower().split("_"))) for t in TYPES}
    from_csv = {(f"<{r[0]}>", f"<https://w3id.org/newsgraph/ontology#{predicates[r[2]]}>", f"<{r[1]}>") for r in rels[1:]}
    check(from_csv == direct, f"edges equal the RDF direct triples ({len(from_csv)} vs {len(direct)})")
    cypher = open(os.path.join(out, "import.cypher"), encoding="utf-8").read().splitlines()
    check(len(cypher) == 1 + node_total + edge_total, "import.cypher: one statement per line, per node and edge")
    check(all(line.endswith(";") for line in cypher), "import.cypher statements end with ;")

    # Hard text: commas, quotes, semicolons and a sentence broken across lines.
    article = os.path.join(work, "hard.txt")
    with open(article, "w", encoding="utf-8") as f:
        f.write('Agency names "Ana; Lopez" chief, again\n\nMaria Lopez, Director of the\nUnited Nations Office on Drugs '
                'and Crime, said "we will, at last; act now" on Monday in Vienna.\n')
    hard = os.path.join(work, "hard")
    counts = build(newsgraph, work, "hard.txt", "--format", "neo4j", "-o", hard)
    hard_nodes, hard_rels = check_directory(hard, *counts)
    evidence = [r[7] for r in hard_rels[1:] if r[7]]
    check(any("Director of the United Nations" in e for e in evidence), f"line break inside a sentence became a space: {evidence}")
    check(any('"we will, at last; act now"' in e for e in evidence), "commas, semicolons and quotes kept in evidence")

    if failures:
        print(f"{len(failures)} failure(s)")
        return 1
    print(f"neo4j csv: {node_total} nodes, {edge_total} relationships, headers and quoting as expected")
    return 0


if __name__ == "__main__":
    sys.exit(main())
