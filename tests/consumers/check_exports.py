#!/usr/bin/python3
"""Checks newsgraph exports with the tools that will consume them.

Usage: /usr/bin/python3 tests/consumers/check_exports.py [--fixture EXE] [--strict] DIR

DIR holds exports named STEM.graphml, STEM.rdf, STEM.jsonld and STEM.nt (any subset,
any number of stems). With --fixture, EXE is run first as `EXE DIR` to write them.
For every stem the script checks:
  graphml  xmllint --nonet --schema (GraphML 1.0 XSD in tests/data/graphml-schema),
           every <key> has for=node|edge and attr.type, no key id d3/d7,
           every <data> text parses as its key's attr.type;
  rdf      rapper -i rdfxml parses it (triple count reported);
  rdflib   parses .rdf, .jsonld and .nt; the three graphs are isomorphic; typed
           literals have valid lexical forms;
  ontology every ng: class and property used is declared in ontology/newsgraph.ttl;
  networkx read_graphml node/edge counts equal the entity nodes / reified edges of the RDF,
           and the GraphML iri values equal the RDF entity subjects;
  pyld     to_rdf of the JSON-LD (offline loader) gives the RDF graph's triple count;
  jsonld.js toRDF (safe mode, loader that throws) gives the same count
           (needs `npm ci --prefix tests/node`).
A checker whose tool is missing is skipped with a message (a failure with --strict).
Exit status: 0 when every check that ran passed, 1 otherwise, 2 on bad usage.
Run it with Debian's /usr/bin/python3: rdflib, networkx and pyld are Debian packages.
"""

import argparse
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCHEMA = os.path.join(ROOT, "tests", "data", "graphml-schema", "graphml.xsd")
ONTOLOGY = os.path.join(ROOT, "ontology", "newsgraph.ttl")
NG = "https://w3id.org/newsgraph/ontology#"
NODE_DIR = os.path.join(ROOT, "tests", "node")
GRAPHML_NS = "{http://graphml.graphdrawing.org/xmlns}"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
XSD = "http://www.w3.org/2001/XMLSchema#"

EXTENSIONS = ("graphml", "rdf", "jsonld", "nt", "ttl", "nq", "gexf")


class Report:
    def __init__(self, strict):
        self.strict = strict
        self.failures = 0
        self.skips = 0

    def ok(self, name, detail=""):
        print(f"PASS {name}" + (f": {detail}" if detail else ""))

    def fail(self, name, detail):
        self.failures += 1
        print(f"FAIL {name}: {detail}")

    def skip(self, name, detail):
        self.skips += 1
        if self.strict:
            self.failures += 1
        print(f"SKIP {name}: {detail}")

    def check(self, name, condition, detail):
        if condition:
            self.ok(name, detail)
        else:
            self.fail(name, detail)


def run(command, **kwargs):
    return subprocess.run(command, capture_output=True, text=True, **kwargs)


# ---------------------------------------------------------------- GraphML

def check_graphml(report, path):
    name = os.path.basename(path)
    if shutil.which("xmllint") is None:
        report.skip(f"{name} xmllint", "xmllint not found (apt-get install libxml2-utils)")
    else:
        result = run(["xmllint", "--nonet", "--noout", "--schema", SCHEMA, path])
        report.check(f"{name} xmllint --schema", result.returncode == 0,
                     "validates" if result.returncode == 0 else result.stderr.strip()[-2000:])

    tree = ET.parse(path)
    keys = {}
    problems = []
    for key in tree.getroot().iter(GRAPHML_NS + "key"):
        kid, domain, kind = key.get("id"), key.get("for"), key.get("attr.type")
        if domain not in ("node", "edge"):
            problems.append(f"key {kid} has for={domain!r}")
        if kind is None:
            problems.append(f"key {kid} has no attr.type")
        if kid in ("d3", "d7"):
            problems.append(f"key id {kid} is reserved for yEd labels by Gephi")
        keys[kid] = kind
    parsers = {"int": int, "long": int, "float": float, "double": float, "string": str,
               "boolean": lambda text: {"true": True, "false": False}[text]}
    values = 0
    for data in tree.getroot().iter(GRAPHML_NS + "data"):
        kind = keys.get(data.get("key"))
        text = data.text or ""
        try:
            parsers[kind](text)
            values += 1
        except (KeyError, ValueError):
            problems.append(f"<data key={data.get('key')!r}> value {text[:40]!r} is not {kind}")
    report.check(f"{name} key declarations and data types", not problems,
                 f"{len(keys)} keys, {values} typed values" if not problems else "; ".join(problems[:10]))


def graphml_counts(report, path):
    try:
        import networkx as nx
    except ImportError:
        report.skip(f"{os.path.basename(path)} networkx", "networkx not importable (apt-get install python3-networkx)")
        return None
    try:
        graph = nx.read_graphml(path, force_multigraph=True)
    except Exception as error:
        report.fail(f"{os.path.basename(path)} networkx read_graphml", f"{type(error).__name__}: {error}")
        return None
    iris = {data.get("iri") for _, data in graph.nodes(data=True)}
    return graph.number_of_nodes(), graph.number_of_edges(), iris


# ---------------------------------------------------------------- RDF

def check_rapper(report, path):
    name = os.path.basename(path)
    if shutil.which("rapper") is None:
        report.skip(f"{name} rapper", "rapper not found (apt-get install raptor2-utils)")
        return None
    result = run(["rapper", "-q", "-i", "rdfxml", "-o", "ntriples", path])
    lines = {line for line in result.stdout.splitlines() if line.strip()}
    good = result.returncode == 0 and not result.stderr.strip()
    report.check(f"{name} rapper -i rdfxml", good,
                 f"{len(lines)} distinct triples" if good else result.stderr.strip()[-2000:])
    return len(lines) if good else None


def load_rdflib(report, paths):
    try:
        import rdflib
    except ImportError:
        report.skip("rdflib", "rdflib not importable (apt-get install python3-rdflib)")
        return {}
    formats = {"rdf": "xml", "jsonld": "json-ld", "nt": "nt", "ttl": "turtle", "nq": "nquads"}
    graphs = {}
    for ext, path in paths.items():
        if ext not in formats:
            continue
        graph = rdflib.Graph()
        try:
            if ext == "nq":  # named graphs per article: compare the union of all graphs
                dataset = rdflib.ConjunctiveGraph()
                dataset.parse(path, format="nquads")
                for triple in dataset.triples((None, None, None)):
                    graph.add(triple)
            else:
                graph.parse(path, format=formats[ext])
        except Exception as error:  # any parser error is a failed check
            report.fail(f"{os.path.basename(path)} rdflib parse", f"{type(error).__name__}: {error}")
            continue
        ill_typed = [o for o in graph.objects() if isinstance(o, rdflib.Literal) and o.datatype is not None
                     and str(o.datatype).startswith(XSD) and str(o.datatype) not in (XSD + "string", XSD + "anyURI")
                     and o.value is None]
        report.check(f"{os.path.basename(path)} rdflib parse", not ill_typed,
                     f"{len(graph)} triples" if not ill_typed else f"ill-typed literals: {ill_typed[:5]}")
        graphs[ext] = graph
    return graphs


def check_isomorphic(report, stem, graphs):
    from rdflib.compare import isomorphic
    exts = sorted(graphs)
    for i, a in enumerate(exts):
        for b in exts[i + 1:]:
            same = isomorphic(graphs[a], graphs[b])
            report.check(f"{stem}.{a} ~ {stem}.{b} rdflib isomorphic", same,
                         f"{len(graphs[a])} = {len(graphs[b])} triples" if same
                         else f"{len(graphs[a])} vs {len(graphs[b])} triples; "
                              f"only in .{a}: {len(graphs[a] - graphs[b])}, only in .{b}: {len(graphs[b] - graphs[a])}")


def rdf_shape(graph):
    """Entity subjects and property-graph edges of the mapped RDF."""
    import rdflib
    rdf_type = rdflib.URIRef(RDF + "type")
    statement = rdflib.URIRef(RDF + "Statement")
    statements = set(graph.subjects(rdf_type, statement))
    entities = {s for s in graph.subjects(rdf_type, None) if s not in statements}
    ng_role = None
    for s in statements:
        for p in graph.predicates(s, None):
            if str(p).endswith("#role") or str(p).endswith("/role"):
                ng_role = p
    edges = set()
    for s in statements:
        key = (graph.value(s, rdflib.URIRef(RDF + "subject")), graph.value(s, rdflib.URIRef(RDF + "predicate")),
               graph.value(s, rdflib.URIRef(RDF + "object")), graph.value(s, ng_role) if ng_role else None)
        edges.add(key)
    return {str(e) for e in entities}, edges, len(statements)


def check_ontology(report, stem, graph):
    """Every ng: class and property the export uses is declared, with the right kind."""
    import rdflib
    owl = "http://www.w3.org/2002/07/owl#"
    ontology = rdflib.Graph()
    ontology.parse(ONTOLOGY, format="turtle")
    kinds = {}
    for term, kind in ontology.subject_objects(rdflib.URIRef(RDF + "type")):
        kinds.setdefault(str(term), set()).add(str(kind))
    problems = set()
    for s, p, o in graph:
        if str(p).startswith(NG):
            wanted = owl + ("ObjectProperty" if isinstance(o, rdflib.URIRef) else "DatatypeProperty")
            if wanted not in kinds.get(str(p), set()):
                problems.add(f"{p} is not declared an {wanted.split('#')[1]}")
        if str(p) == RDF + "type" and str(o).startswith(NG) and owl + "Class" not in kinds.get(str(o), set()):
            problems.add(f"{o} is not declared an owl:Class")
    report.check(f"{stem} terms declared in ontology/newsgraph.ttl", not problems,
                 "all declared" if not problems else "; ".join(sorted(problems)[:10]))


# ---------------------------------------------------------------- JSON-LD processors

def pyld_nquads(report, path):
    try:
        from pyld import jsonld
    except ImportError:
        report.skip(f"{os.path.basename(path)} pyld", "pyld not importable (apt-get install python3-pyld)")
        return None
    import json

    def refuse(url, options=None):
        raise RuntimeError(f"offline: refusing to load {url}")

    with open(path, encoding="utf-8") as handle:
        document = json.load(handle)
    try:
        nquads = jsonld.to_rdf(document, {"format": "application/n-quads", "documentLoader": refuse})
    except Exception as error:
        report.fail(f"{os.path.basename(path)} pyld to_rdf", f"{type(error).__name__}: {error}")
        return None
    return nquads


def jsonldjs_nquads(report, path):
    name = os.path.basename(path)
    if shutil.which("node") is None:
        report.skip(f"{name} jsonld.js", "node not found (apt-get install nodejs npm)")
        return None
    if not os.path.isdir(os.path.join(NODE_DIR, "node_modules", "jsonld")):
        report.skip(f"{name} jsonld.js", "jsonld not installed (npm ci --prefix tests/node)")
        return None
    result = run(["node", os.path.join(NODE_DIR, "jsonld_to_rdf.js"), path])
    if result.returncode != 0:
        report.fail(f"{name} jsonld.js toRDF", result.stderr.strip()[-2000:])
        return None
    return result.stdout


# ---------------------------------------------------------------- driver

def check_gexf(report, path, graphml):
    """GEXF 1.3: well-formed, and read by NetworkX (which knows GEXF only up to 1.2draft,
    so the version is relabelled) with the same nodes and edges as the GraphML."""
    name = os.path.basename(path)
    result = run(["xmllint", "--nonet", "--noout", path])
    report.check(f"{name} xmllint well-formed", result.returncode == 0, result.stderr.strip()[:200])
    try:
        import networkx as nx
    except ImportError:
        report.skip(f"{name} networkx", "networkx not importable")
        return
    text = open(path, encoding="utf-8").read()
    text = text.replace("http://gexf.net/1.3/viz", "http://www.gexf.net/1.2draft/viz")
    text = text.replace("http://gexf.net/1.3", "http://www.gexf.net/1.2draft").replace('version="1.3"', 'version="1.2"')
    import io
    try:
        graph = nx.read_gexf(io.BytesIO(text.encode("utf-8")))
    except Exception as error:
        report.fail(f"{name} networkx read_gexf", f"{type(error).__name__}: {error}")
        return
    colours = sum(1 for _, data in graph.nodes(data=True) if "viz" in data and "color" in data["viz"])
    report.check(f"{name} networkx read_gexf", colours == graph.number_of_nodes(),
                 f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges, {colours} coloured")
    if graphml:
        reference = nx.read_graphml(graphml)
        report.check(f"{name} nodes and edges = GraphML", (graph.number_of_nodes(), graph.number_of_edges()) ==
                     (reference.number_of_nodes(), reference.number_of_edges()),
                     f"{graph.number_of_nodes()}/{graph.number_of_edges()} vs "
                     f"{reference.number_of_nodes()}/{reference.number_of_edges()}")


def check_metrics(report, path):
    """Degree and betweenness in the GraphML equal NetworkX's on the entity network
    (edges between entities, articles and mentions left out, as the writer documents)."""
    import networkx as nx
    graph = nx.read_graphml(path)
    network = nx.Graph()
    network.add_nodes_from(n for n, d in graph.nodes(data=True) if d.get("type") != "Article")
    for a, b, d in graph.edges(data=True):
        if d.get("predicate") != "mentions" and a in network and b in network and a != b:
            network.add_edge(a, b)
    betweenness = nx.betweenness_centrality(network, normalized=True)
    bad = [n for n in network if graph.nodes[n].get("degree") != network.degree(n)
           or abs(graph.nodes[n].get("betweenness", 0.0) - betweenness[n]) > 1e-6]
    report.check(f"{os.path.basename(path)} degree and betweenness = NetworkX", not bad,
                 f"{network.number_of_nodes()} entities" if not bad else f"differ for {bad[:5]}")
    ranks = [graph.nodes[n].get("pagerank", 0.0) for n in network if network.degree(n) > 0]
    report.check(f"{os.path.basename(path)} pagerank sums to 1", not ranks or abs(sum(ranks) - 1) < 1e-6,
                 f"sum {sum(ranks):.6f}")


def check_igraph(report, path):
    try:
        import igraph
    except ImportError:
        report.skip(f"{os.path.basename(path)} igraph", "igraph not importable (apt-get install python3-igraph)")
        return
    import networkx as nx
    reference = nx.read_graphml(path)
    graph = igraph.Graph.Read_GraphML(path)
    same = (graph.vcount(), graph.ecount()) == (reference.number_of_nodes(), reference.number_of_edges())
    labels = set(graph.vs["label"]) == {d.get("label") for _, d in reference.nodes(data=True)}
    report.check(f"{os.path.basename(path)} igraph Read_GraphML", same and labels,
                 f"{graph.vcount()} nodes, {graph.ecount()} edges, labels {'equal' if labels else 'differ'}")


def check_canonical(report, stem, paths):
    """RDF/XML (through rapper) and JSON-LD canonicalize with RDFC-1.0 (URDNA2015, jsonld.js's
    rdf-canonize) to byte-identical N-Quads."""
    script = os.path.join(ROOT, "tests", "node", "canonize.js")
    if not os.path.isdir(os.path.join(ROOT, "tests", "node", "node_modules", "jsonld")):
        report.skip(f"{stem} canonical N-Quads", "npm ci --prefix tests/node first")
        return
    rapper = run(["rapper", "-q", "-i", "rdfxml", "-o", "ntriples", paths["rdf"]])
    from_xml = run(["node", script, "nquads", "-"], input=rapper.stdout)
    from_jsonld = run(["node", script, "jsonld", paths["jsonld"]])
    ok = from_xml.returncode == 0 and from_jsonld.returncode == 0 and from_xml.stdout == from_jsonld.stdout
    report.check(f"{stem} RDF/XML and JSON-LD canonical N-Quads (RDFC-1.0) identical", ok,
                 f"{len(from_xml.stdout.splitlines())} quads" if ok else (from_xml.stderr + from_jsonld.stderr)[:300])


def check_serdi(report, paths):
    for ext, syntax in (("ttl", "turtle"), ("nt", "ntriples")):
        if ext in paths:
            result = run(["serdi", "-i", syntax, "-o", "ntriples", paths[ext]])
            lines = len([l for l in result.stdout.splitlines() if l.strip()])
            report.check(f"{os.path.basename(paths[ext])} serdi", result.returncode == 0, f"{lines} triples" if
                         result.returncode == 0 else result.stderr.strip()[:200])


def check_stem(report, directory, stem):
    paths = {ext: os.path.join(directory, f"{stem}.{ext}") for ext in EXTENSIONS
             if os.path.isfile(os.path.join(directory, f"{stem}.{ext}"))}
    print(f"== {stem}: {', '.join(sorted(paths))}")
    if "graphml" in paths:
        check_graphml(report, paths["graphml"])
    rapper_triples = check_rapper(report, paths["rdf"]) if "rdf" in paths else None
    graphs = load_rdflib(report, paths)
    if len(graphs) > 1:
        check_isomorphic(report, stem, graphs)
    reference = graphs.get("rdf") or graphs.get("nt") or graphs.get("jsonld")
    if reference is not None and os.path.isfile(ONTOLOGY):
        check_ontology(report, stem, reference)
    if rapper_triples is not None and "rdf" in graphs:
        report.check(f"{stem}.rdf rapper = rdflib", rapper_triples == len(graphs["rdf"]),
                     f"{rapper_triples} vs {len(graphs['rdf'])} triples")

    if "gexf" in paths:
        check_gexf(report, paths["gexf"], paths.get("graphml"))
    if "graphml" in paths:
        check_metrics(report, paths["graphml"])
        check_igraph(report, paths["graphml"])
    if "rdf" in paths and "jsonld" in paths:
        check_canonical(report, stem, paths)
    check_serdi(report, paths)

    if "graphml" in paths and reference is not None:
        counts = graphml_counts(report, paths["graphml"])
        if counts is not None:
            nodes, edges, iris = counts
            entities, rdf_edges, statements = rdf_shape(reference)
            report.check(f"{stem}.graphml networkx nodes = RDF entities", nodes == len(entities),
                         f"{nodes} vs {len(entities)}")
            report.check(f"{stem}.graphml iri values = RDF entity subjects", iris == entities,
                         "same set" if iris == entities else
                         f"only in GraphML: {sorted(iris - entities)[:3]}, only in RDF: {sorted(entities - iris)[:3]}")
            if statements:
                report.check(f"{stem}.graphml networkx edges = RDF reified edges", edges == len(rdf_edges),
                             f"{edges} vs {len(rdf_edges)}")
            else:
                report.skip(f"{stem}.graphml edges", "the RDF carries no rdf:Statement (written without provenance)")

    if "jsonld" in paths:
        expected = len(graphs["jsonld"]) if "jsonld" in graphs else None
        for label, nquads in (("pyld to_rdf", pyld_nquads(report, paths["jsonld"])),
                              ("jsonld.js toRDF", jsonldjs_nquads(report, paths["jsonld"]))):
            if nquads is None:
                continue
            count = len({line for line in nquads.splitlines() if line.strip()})
            if expected is None:
                report.ok(f"{stem}.jsonld {label}", f"{count} quads")
                continue
            report.check(f"{stem}.jsonld {label}", count == expected, f"{count} quads vs {expected} rdflib triples")
            if reference is not None:
                import rdflib
                from rdflib.compare import isomorphic
                converted = rdflib.Graph()
                converted.parse(data=nquads, format="nt")  # default-graph N-Quads are N-Triples
                report.check(f"{stem}.jsonld {label} output ~ RDF graph", isomorphic(converted, reference),
                             "isomorphic" if isomorphic(converted, reference) else
                             f"only in {label}: {len(converted - reference)}, missing: {len(reference - converted)}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("directory")
    parser.add_argument("--fixture", help="program to run as `FIXTURE DIR` before checking")
    parser.add_argument("--strict", action="store_true", help="a skipped checker counts as a failure")
    args = parser.parse_args()

    os.makedirs(args.directory, exist_ok=True)
    if args.fixture:
        result = run([args.fixture, args.directory])
        if result.returncode != 0:
            print(f"FAIL fixture {args.fixture}: {result.stderr.strip()}")
            return 1
    stems = sorted({name.rsplit(".", 1)[0] for name in os.listdir(args.directory)
                    if "." in name and name.rsplit(".", 1)[1] in EXTENSIONS})
    if not stems:
        print(f"no .graphml/.rdf/.jsonld/.nt files in {args.directory}")
        return 2
    report = Report(args.strict)
    for stem in stems:
        check_stem(report, args.directory, stem)
    print(f"== {report.failures} failed, {report.skips} skipped")
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.exit(main())
