#!/usr/bin/python3
"""Builds the taxonomy test article and checks, with rdflib and NetworkX, that goals and targets named by
number and by phrase link to the right UN SDG IRI, that threats carry their ICCS codes, and that the
hierarchy (target > goal, ransomware > cybercrime > ICCS 0903 > section 09) is in the RDF and GraphML.

Usage: check_taxonomy.py NEWSGRAPH ARTICLE WORK_DIR
"""
import os
import subprocess
import sys

import networkx
import rdflib
from rdflib.namespace import RDF, SKOS

NG = rdflib.Namespace("https://w3id.org/newsgraph/ontology#")
ID = "https://w3id.org/newsgraph/id/"
SDG = "http://metadata.un.org/sdg/"

# name in the graph -> UN IRI it must match, for goals and targets the article names by number or phrase
EXPECTED_GOALS = {
    "SDG 16: Peace, Justice and Strong Institutions": "16",  # "SDG 16"
    "SDG target 16.4": "16.4",  # "SDG target 16.4", "illicit arms flows"
    "SDG target 16.9": "16.9",  # "birth registration", "target 16.9"
    "SDG 3: Good Health and Well-being": "3",  # "Goal 3"
    "SDG target 3.8": "3.8",  # "universal health coverage"
    "SDG target 5.2": "5.2",  # "SDG5.2"
    "SDG 14: Life Below Water": "14",  # "Sustainable Development Goal 14"
    "SDG target 14.4": "14.4",  # "overfishing"
}
# threat -> (ICCS codes, parent threat name)
EXPECTED_THREATS = {
    "ransomware": ({"0903", "0205"}, "cybercrime"),
    "cybercrime": ({"0903"}, "Acts against computer systems"),
    "human trafficking": ({"0204"}, "Trafficking in persons"),
    "Coercion": ({"0205"}, "Acts causing harm or intending to cause harm to the person"),
}

failures = []


def check(what, ok):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)


def node(graph, cls, name):
    for subject in graph.subjects(RDF.type, NG[cls]):
        if str(graph.value(subject, rdflib.URIRef("http://schema.org/name"))) == name:
            return subject
    return None


def check_rdf(path):
    graph = rdflib.Graph()
    graph.parse(path, format="nt")
    for name, code in EXPECTED_GOALS.items():
        goal = node(graph, "Goal", name)
        check(f"goal {name} found", goal is not None)
        if goal is None:
            continue
        check(f"{name} skos:exactMatch {SDG}{code}", (goal, SKOS.exactMatch, rdflib.URIRef(SDG + code)) in graph)
        check(f"{name} skos:notation {code}", str(graph.value(goal, SKOS.notation)) == code)
        if "." in code:
            parent = graph.value(goal, SKOS.broader)
            check(f"{name} skos:broader is its goal", parent is not None and str(parent).startswith(ID + "goal/sdg-" + code.split(".")[0] + "-"))
    for name, (codes, parent_name) in EXPECTED_THREATS.items():
        threat = node(graph, "Threat", name)
        check(f"threat {name} found", threat is not None)
        if threat is None:
            continue
        found = {str(o) for o in graph.objects(threat, SKOS.notation)}
        check(f"{name} skos:notation {sorted(codes)} (found {sorted(found)})", found == codes)
        parent = graph.value(threat, SKOS.broader)
        check(f"{name} skos:broader {parent_name}", parent is not None and str(parent).endswith("/" + slug(parent_name)))
    check("ransomware is cyber-related", (node(graph, "Threat", "ransomware"), NG.cyberRelated, rdflib.Literal(True)) in graph)
    kenya = node(graph, "Place", "Kenya")
    check("Kenya has ng:isoCode KE", kenya is not None and str(graph.value(kenya, NG.isoCode)) == "KE")
    # the SPARQL a user would write: threats by ICCS section, through the notation
    rows = graph.query(
        """PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX ng: <https://w3id.org/newsgraph/ontology#>
           SELECT DISTINCT ?name WHERE { ?t a ng:Threat ; <http://schema.org/name> ?name ; skos:notation ?code .
           FILTER(STRSTARTS(?code, "09")) }"""
    )
    check("SPARQL: section 09 holds ransomware and cybercrime", {"ransomware", "cybercrime"} <= {str(r[0]) for r in rows})
    # the hierarchy in full: broader concepts no node stands for are described too, up to the ICCS section
    rows = graph.query(
        """PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX ng: <https://w3id.org/newsgraph/ontology#>
           SELECT DISTINCT ?name ?label WHERE { ?t a ng:Threat ; <http://schema.org/name> ?name ; skos:broader+ ?s .
           ?s skos:notation "09" ; skos:prefLabel ?label }"""
    )
    below = {str(r[0]) for r in rows}
    check(f"SPARQL skos:broader+ from section 09 finds ransomware, cybercrime (found {sorted(below)})",
          {"ransomware", "cybercrime"} <= below and "human trafficking" not in below)
    check("section 09 carries its official name",
          {str(r[1]) for r in rows} == {"Acts against public safety and state security"})
    top = graph.value(predicate=SKOS.notation, object=rdflib.Literal("16"))
    check("goal 16 carries its UN IRI",
          top is not None and (top, SKOS.exactMatch, rdflib.URIRef(SDG + "16")) in graph)


def slug(name):
    out, dash = "", False
    for c in name.lower():
        if c.isalnum():
            out += c
            dash = False
        elif not dash and out:
            out += "-"
            dash = True
    return out.strip("-")


def check_graphml(path):
    graph = networkx.read_graphml(path)
    by_name = {data.get("label"): data for _, data in graph.nodes(data=True)}
    for name, code in EXPECTED_GOALS.items():
        data = by_name.get(name, {})
        check(f"GraphML {name} sdg_code {code}", data.get("sdg_code") == code)
    ransomware, cybercrime = by_name.get("ransomware", {}), by_name.get("cybercrime", {})
    check("GraphML ransomware parent is the cybercrime node", ransomware.get("parent") == cybercrime.get("iri"))
    check("GraphML cybercrime iccs_code 0903", cybercrime.get("iccs_code") == "0903")
    check("GraphML ransomware iccs_code '0903 0205'", ransomware.get("iccs_code") == "0903 0205")
    check("GraphML Kenya iso_code KE", by_name.get("Kenya", {}).get("iso_code") == "KE")
    # walking the parent attribute up from a target reaches its goal node
    target = by_name.get("SDG target 16.4", {})
    goal = by_name.get("SDG 16: Peace, Justice and Strong Institutions", {})
    check("GraphML SDG target 16.4 parent is the SDG 16 node", target.get("parent") == goal.get("iri") != None)


def main():
    newsgraph, article, work = sys.argv[1:4]
    os.makedirs(work, exist_ok=True)
    nt, graphml = os.path.join(work, "taxonomy.nt"), os.path.join(work, "taxonomy.graphml")
    subprocess.run([newsgraph, "build", article, "-o", nt, "-o", graphml], check=True)
    check_rdf(nt)
    check_graphml(graphml)
    if failures:
        print(f"{len(failures)} check(s) failed", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
