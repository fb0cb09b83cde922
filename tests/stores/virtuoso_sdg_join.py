"""Asks a running Virtuoso, holding newsgraph's N-Quads of tests/stores/data/sdg-articles.jsonl and the UN SDG
vocabulary (tests/data/sdg), the join in docs/queries/joins/sdg-labels-fr.rq, and checks that organizations
found in English articles come back with the French labels of the SDG targets they pursue.

Usage: /usr/bin/python3 virtuoso_sdg_join.py SOURCE_DIR ENDPOINT
"""

import csv
import io
import os
import sys
import urllib.parse
import urllib.request


def main():
    source, endpoint = sys.argv[1:3]
    with open(os.path.join(source, "docs", "queries", "joins", "sdg-labels-fr.rq"), encoding="utf-8") as f:
        query = f.read()
    data = urllib.parse.urlencode({"query": query}).encode("utf-8")
    request = urllib.request.Request(endpoint, data=data, headers={"Accept": "text/csv"})
    with urllib.request.urlopen(request, timeout=60) as response:
        rows = list(csv.reader(io.StringIO(response.read().decode("utf-8"))))
    print(f"SDG join: {len(rows) - 1} row(s)")
    for row in rows[1:]:
        print("  " + " | ".join(cell[:90] for cell in row))
    answers = {(row[0], row[1]): row[2] for row in rows[1:]}
    failures = []
    unodc = answers.get(("United Nations Office on Drugs and Crime", "16.4"), "")
    if "flux financiers illicites" not in unodc:
        failures.append(f"UNODC pursues 16.4, whose French label speaks of 'flux financiers illicites': got {unodc!r}")
    unicef = answers.get(("United Nations Children's Fund", "16.9"), "")
    if "enregistrement des naissances" not in unicef:
        failures.append(f"UNICEF pursues 16.9, whose French label speaks of 'enregistrement des naissances': got {unicef!r}")
    for failure in failures:
        print("FAIL " + failure)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
