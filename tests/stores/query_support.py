"""Shared helpers for the store tests: build the sample graphs once, run the
documented SPARQL questions through `newsgraph query`, and compare result tables."""

import csv
import io
import os
import subprocess

SAMPLES = [
    "samples/europol-ransomware-takedown.md",
    "samples/ireland-climate-adaptation-fund.md",
    "samples/salford-procurement-laundering-trial.txt",
    "samples/un-cybercrime.md",
    "samples/who-cholera-mozambique.txt",
]
DATED = "tests/stores/data/dated-articles.jsonl"
# Questions over article dates run on the dated corpus (the samples carry no dates).
DATED_QUERIES = {"07-mentions-over-time.rq"}
# Questions over SDG targets and ICCS sections run on a dated corpus that names them.
SDG = "tests/stores/data/sdg-articles.jsonl"
SDG_QUERIES = {"08-organization-sdg-targets.rq", "09-threats-by-iccs-section.rq"}
# Questions about people's lives (where they were born) run on a corpus of profiles that says so.
PEOPLE = "tests/stores/data/people-articles.jsonl"
PEOPLE_QUERIES = {"12-birthplaces.rq"}


def run(cmd, **kw):
    """Runs a command, returning stdout; raises with stderr on failure."""
    done = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited {done.returncode}:\n{done.stderr}")
    return done.stdout


def build_graphs(newsgraph, source, work):
    """Writes samples, dated, sdg and people graphs (.nt and .rdf) into `work`; returns their paths."""
    paths = {
        "samples.nt": os.path.join(work, "samples.nt"),
        "samples.rdf": os.path.join(work, "samples.rdf"),
        "dated.nt": os.path.join(work, "dated.nt"),
        "dated.rdf": os.path.join(work, "dated.rdf"),
        "sdg.nt": os.path.join(work, "sdg.nt"),
        "sdg.rdf": os.path.join(work, "sdg.rdf"),
        "people.nt": os.path.join(work, "people.nt"),
        "people.rdf": os.path.join(work, "people.rdf"),
    }
    run([newsgraph, "build", "-q", *SAMPLES, "-o", paths["samples.nt"], "-o", paths["samples.rdf"]], cwd=source)
    run([newsgraph, "build", "-q", DATED, "-o", paths["dated.nt"], "-o", paths["dated.rdf"]], cwd=source)
    run([newsgraph, "build", "-q", SDG, "-o", paths["sdg.nt"], "-o", paths["sdg.rdf"]], cwd=source)
    run([newsgraph, "build", "-q", PEOPLE, "-o", paths["people.nt"], "-o", paths["people.rdf"]], cwd=source)
    return paths


def query_files(source):
    """Every documented question, sorted by file name."""
    folder = os.path.join(source, "docs", "queries")
    return sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".rq"))


def needs_property_paths(path):
    with open(path, encoding="utf-8") as f:
        return "# requires: property-paths" in f.read()


def graph_key(path, fmt="nt"):
    """Which built graph a question runs over."""
    name = os.path.basename(path)
    if name in DATED_QUERIES:
        return "dated." + fmt
    if name in SDG_QUERIES:
        return "sdg." + fmt
    return ("people." if name in PEOPLE_QUERIES else "samples.") + fmt


def newsgraph_csv(newsgraph, graph, query):
    """The rows (header first) `newsgraph query --format csv` gives."""
    return list(csv.reader(io.StringIO(run([newsgraph, "query", graph, "-f", query, "--format", "csv"]))))


def normalized(rows):
    """Body rows in a canonical order, numbers compared by value ("1.0" == "1"), for comparing engines."""
    def cell(value):
        try:
            number = float(value)
            return repr(int(number)) if number == int(number) else repr(number)
        except ValueError:
            return value
    return sorted(tuple(cell(v) for v in row) for row in rows[1:] if any(row))
