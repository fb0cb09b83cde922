"""Runs every documented SPARQL question in docs/queries through `newsgraph query`
over the samples' outputs (and a small dated JSON Lines corpus) and checks real answers.

Usage: /usr/bin/python3 test_queries.py NEWSGRAPH_BINARY SOURCE_DIR WORK_DIR
"""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import query_support as qs  # noqa: E402

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message)


def by_header(rows):
    return [dict(zip(rows[0], row)) for row in rows[1:]]


def expect_01(rows):
    check(rows[0] == ["organization", "person", "role"], f"01 header {rows[0]}")
    check(["United Nations Office on Drugs and Crime", "Yury Fedotov", "Executive Director"] in rows,
          "01: Fedotov holds a position (Executive Director) in UNODC, which counters cybercrime")


def expect_02(rows):
    answers = by_header(rows)
    check(len(answers) >= 2, f"02: Guterres has several quotes, got {len(answers)}")
    check(any("no time to waste" in a["quote"] and "Guterres said" in a["evidence"] and "cybercrime fight" in a["headline"]
              for a in answers), "02: Guterres said '...no time to waste' with its sentence and headline")
    check(all(a["quote"] and a["evidence"] for a in answers), "02: every quote has its evidence sentence")


def expect_03(rows):
    check(["United Nations Office on Drugs and Crime", "Sustainable Development Goals", "Yury Fedotov"] in rows,
          "03: UNODC pursues the SDGs through Fedotov")


def expect_04(rows):
    names = {row[0] for row in rows[1:]}
    for name in ("United Nations Office on Drugs and Crime", "cybercrime", "Sustainable Development Goals"):
        check(name in names, f"04: {name} is one hop from Fedotov")
    check("United Nations" in names, "04: the United Nations is two hops from Fedotov (through UNODC)")
    check("Yury Fedotov" not in names, "04: the start is not its own neighbour")
    check("António Guterres" not in names, "04: co-occurrence and quotes are not typed links")


def expect_05(rows):
    answers = by_header(rows)
    check(len(answers) >= 1, "05: the Fedotov-UNODC edge has evidence")
    for a in answers:
        check("Office on Drugs and Crime" in a["evidence"], f"05: evidence sentence names UNODC: {a['evidence']}")
        check(int(a["start"]) < int(a["end"]), "05: offsets are a non-empty span")
        check(a["article"].endswith("/article/un-cybercrime"), f"05: derived from the article: {a['article']}")
        check(a["role"] == "Executive Director" and a["extractor"] != "", "05: role and extractor are given")
        check(0 < float(a["confidence"]) <= 1 and float(a["weight"]) >= 1, "05: confidence and weight")


def expect_06(rows):
    answers = by_header(rows)
    check(len(answers) >= 3, f"06: Europol has co-occurrence neighbours, got {len(answers)}")
    weights = [float(a["weight"]) for a in answers]
    check(weights == sorted(weights, reverse=True), "06: ranked by weight")
    check(any(a["neighbour"] == "ransomware" and float(a["weight"]) >= 2 for a in answers),
          "06: ransomware is named with Europol in several sentences")


def expect_07(rows):
    answers = by_header(rows)
    months = {a["month"] for a in answers}
    check(months == {"2026-03", "2026-04"}, f"07: months of the dated corpus, got {months}")
    count = {(a["month"], a["name"]): int(a["articles"]) for a in answers}
    check(count.get(("2026-03", "European Union Agency for Law Enforcement Cooperation")) == 2,
          "07: Europol is mentioned by both March articles")
    check(count.get(("2026-04", "European Union Agency for Law Enforcement Cooperation")) == 1,
          "07: and by the April one (a dateTime is grouped by its month)")
    check(all(1 <= n <= 2 for n in count.values()), "07: at most two articles a month")


def expect_08(rows):
    answers = by_header(rows)
    found = {(a["organization"], a["code"], a["sdg"]) for a in answers}
    check(("United Nations Office on Drugs and Crime", "16.4", "http://metadata.un.org/sdg/16.4") in found,
          f"08: UNODC pursues SDG target 16.4 (UN IRI), got {found}")
    check(("United Nations Children's Fund", "16.9", "http://metadata.un.org/sdg/16.9") in found,
          "08: UNICEF pursues target 16.9")
    check(all("achieve" in a["evidence"] and a["headline"] for a in answers), "08: every answer has its sentence and headline")


def expect_09(rows):
    answers = by_header(rows)
    found = {(a["month"], a["section"], a["threat"]) for a in answers}
    for expected in [("2026-03", "09", "ransomware"), ("2026-03", "02", "ransomware"), ("2026-04", "07", "money laundering"),
                     ("2026-04", "10", "wildlife crime"), ("2026-04", "09", "identity theft")]:
        check(expected in found, f"09: {expected} in {sorted(found)}")
    check(all(a["section"].isdigit() and len(a["section"]) == 2 for a in answers), "09: sections are ICCS codes (NC left out)")
    check(not any(a["threat"] == "cholera" for a in answers), "09: cholera is no crime")


def expect_10(rows):
    answers = by_header(rows)
    found = {(a["organization"], a["person"], a["relation"].rsplit("#", 1)[-1], a["role"]) for a in answers}
    check(("United Nations Office on Drugs and Crime", "Yury Fedotov", "holdsPosition", "Executive Director") in found,
          f"10: Fedotov is UNODC's Executive Director, got {sorted(found)}")
    check(("United Nations Office on Drugs and Crime", "Yury Fedotov", "leads", "") in found, "10: and so leads it")
    check(all(a["evidence"] for a in answers), "10: every answer has its evidence sentence")


def expect_11(rows):
    answers = by_header(rows)
    found = {(a["thing"], a["relation"].rsplit("#", 1)[-1], a["place"]) for a in answers}
    check(("Henri Coandă International Airport", "locatedIn", "Bucharest") in found,
          f"11: the airport lies in Bucharest, got {sorted(found)}")
    check(all(a["relation"].endswith(("basedIn", "locatedIn")) for a in answers), "11: only the two place relations")


def expect_12(rows):
    check(rows[0] == ["person", "birthplace", "within", "evidence"], f"12 header {rows[0]}")
    answers = by_header(rows)
    found = {(a["person"], a["birthplace"], a["within"]) for a in answers}
    check(("Thomas Reinholt", "Dayton", "Ohio") in found,
          f"12: Reinholt was born in Dayton, which lies in Ohio, got {sorted(found)}")
    for person, place in (("Keiko Tanaka", "Osaka"), ("Rafael Montoya", "Bogotá"), ("Aoife Brennan", "Dublin")):
        check(any(a["person"] == person and a["birthplace"] == place for a in answers), f"12: {person} born in {place}")
    check(not any(a["person"] == "Ingrid Solberg" for a in answers), "12: where she lives is no birthplace")
    check(all("born" in a["evidence"] for a in answers), "12: every answer has the sentence that says so")


EXPECTATIONS = {
    "01-threat-counters.rq": expect_01,
    "02-person-said.rq": expect_02,
    "03-organization-goals.rq": expect_03,
    "04-two-hops-portable.rq": expect_04,
    "05-edge-evidence.rq": expect_05,
    "06-cooccurrence-neighbours.rq": expect_06,
    "07-mentions-over-time.rq": expect_07,
    "08-organization-sdg-targets.rq": expect_08,
    "09-threats-by-iccs-section.rq": expect_09,
    "10-people-in-organizations.rq": expect_10,
    "11-organizations-by-place.rq": expect_11,
    "12-birthplaces.rq": expect_12,
}


def main():
    newsgraph, source, work = sys.argv[1:4]
    newsgraph = os.path.abspath(newsgraph)
    os.makedirs(work, exist_ok=True)
    graphs = qs.build_graphs(newsgraph, source, work)
    queries = qs.query_files(source)
    with open(os.path.join(source, "docs", "queries", "README.md"), encoding="utf-8") as f:
        readme = f.read()
    names = [os.path.basename(q) for q in queries]
    check(sorted(EXPECTATIONS) == sorted(n for n in names if not qs.needs_property_paths(os.path.join(source, "docs", "queries", n))),
          f"every question has expectations: {names}")
    for query in queries:
        name = os.path.basename(query)
        with open(query, encoding="utf-8") as f:
            text = f.read()
        check(re.match(r"# Question: \S", text) is not None, f"{name}: opens with a '# Question:' comment")
        check(name in readme, f"{name}: listed in docs/queries/README.md")
        if qs.needs_property_paths(query):
            continue  # Rasqal has no property paths; virtuoso_test.sh runs it
        rows = qs.newsgraph_csv(newsgraph, graphs[qs.graph_key(query, "nt")], query)
        print(f"{name}: {len(rows) - 1} row(s)")
        EXPECTATIONS[name](rows)
        # The RDF/XML output answers exactly as the N-Triples one does.
        again = qs.newsgraph_csv(newsgraph, graphs[qs.graph_key(query, "rdf")], query)
        check(qs.normalized(again) == qs.normalized(rows), f"{name}: same answer from .rdf and .nt")
    if failures:
        print(f"{len(failures)} failure(s)")
        return 1
    print(f"all {len(queries)} questions answered as expected")
    return 0


if __name__ == "__main__":
    sys.exit(main())
