"""Runs every docs/queries question against a running Virtuoso's /sparql endpoint,
once per named graph the data was loaded into (RDF/XML and N-Triples), and checks
each answer equals what `newsgraph query` gives over the same file.

Usage: /usr/bin/python3 virtuoso_compare.py NEWSGRAPH SOURCE_DIR WORK_DIR ENDPOINT
(WORK_DIR holds the graphs virtuoso_test.sh built: samples, dated, sdg and people, each .nt and .rdf)
"""

import csv
import io
import os
import sys
import time
import urllib.parse
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import query_support as qs  # noqa: E402

# Named graph each file was bulk-loaded into (see virtuoso_test.sh).
GRAPHS = {
    "samples.rdf": "urn:newsgraph:test:samples-rdfxml",
    "samples.nt": "urn:newsgraph:test:samples-ntriples",
    "dated.rdf": "urn:newsgraph:test:dated-rdfxml",
    "dated.nt": "urn:newsgraph:test:dated-ntriples",
    "sdg.rdf": "urn:newsgraph:test:sdg-rdfxml",
    "sdg.nt": "urn:newsgraph:test:sdg-ntriples",
    "people.rdf": "urn:newsgraph:test:people-rdfxml",
    "people.nt": "urn:newsgraph:test:people-ntriples",
}


def virtuoso_csv(endpoint, graph, query_text):
    data = urllib.parse.urlencode({"query": query_text, "default-graph-uri": graph}).encode("utf-8")
    request = urllib.request.Request(endpoint, data=data, headers={"Accept": "text/csv"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return list(csv.reader(io.StringIO(response.read().decode("utf-8"))))


def main():
    newsgraph, source, work, endpoint = sys.argv[1:5]
    newsgraph = os.path.abspath(newsgraph)
    failures = 0
    started = time.monotonic()
    asked = 0
    virtuoso_seconds = 0.0
    for query in qs.query_files(source):
        name = os.path.basename(query)
        with open(query, encoding="utf-8") as f:
            text = f.read()
        # Rasqal has no property paths: the reference answer comes from the portable twin.
        reference_query = query.replace(".rq", "-portable.rq") if qs.needs_property_paths(query) else query
        for fmt in ("nt", "rdf"):
            key = qs.graph_key(query, fmt)
            expected = qs.newsgraph_csv(newsgraph, os.path.join(work, key), reference_query)
            asked_at = time.monotonic()
            got = virtuoso_csv(endpoint, GRAPHS[key], text)
            virtuoso_seconds += time.monotonic() - asked_at
            asked += 1
            same = got[:1] == expected[:1] and qs.normalized(got) == qs.normalized(expected)
            if not same or len(expected) < 2:
                failures += 1
                print(f"FAIL {name} over {key}: Virtuoso {got} != newsgraph {expected}")
            else:
                print(f"ok   {name} over {key}: {len(got) - 1} row(s) equal")
    print(f"virtuoso: {asked} queries answered in {virtuoso_seconds:.2f} s "
          f"({time.monotonic() - started:.2f} s with newsgraph's reference runs)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
