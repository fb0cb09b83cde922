#!/usr/bin/python3
"""Hardening cases of the command line, one function each: what a careless or
hostile user can do no longer crashes newsgraph, loses a graph or mixes runs.

Usage: /usr/bin/python3 tests/cli/hardening_test.py NEWSGRAPH WORK_DIR [CASE...]

Each case runs newsgraph on small generated inputs and checks the exit status
(never a signal), the message on stderr and what is left on disk.
Exit status: 0 when every case passed, 1 otherwise.
"""

import os
import re
import shutil
import subprocess
import sys
import time

SAMPLES = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "samples")
GOOD = "Justice ministers meet in Geneva\n\nMinister of Justice Jean Dupont said on Monday that talks went well.\n"


def run(newsgraph, *args, timeout=120, cwd=None):
    """(exit status or -signal, stdout, stderr) of newsgraph ARGS."""
    result = subprocess.run([newsgraph, *args], capture_output=True, timeout=timeout, cwd=cwd,
                            stdin=subprocess.DEVNULL)
    return result.returncode, result.stdout.decode("utf-8", "replace"), result.stderr.decode("utf-8", "replace")


def write(path, content):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(content.encode() if isinstance(content, str) else content)


def read(path):
    with open(path, "rb") as f:
        return f.read()


def expect(failures, status, stderr, expected_status, pattern=None):
    if status < 0:
        failures.append(f"killed by signal {-status}")
    elif status != expected_status:
        failures.append(f"exit status {status}, expected {expected_status}")
    if pattern and not re.search(pattern, stderr):
        failures.append(f"stderr lacks /{pattern}/; it was: {stderr.strip()[-400:]}")


def articles(nt_path):
    with open(nt_path, encoding="utf-8") as f:
        return sorted(set(re.findall(r"<https://w3id.org/newsgraph/id/article/([^>]*)>", f.read())))


def case_all_inputs_failed(ng, work):
    """(1) Every input failed: the previous outputs stay; some failed: the rest is written, exit 1."""
    failures = []
    out = os.path.join(work, "kg.graphml")
    write(out, "yesterday's graph\n")
    status, _, err = run(ng, "build", os.path.join(work, "typo.txt"), "-o", out)
    expect(failures, status, err, 1, r"no input could be read; the outputs are left as they were")
    if read(out) != b"yesterday's graph\n":
        failures.append("kg.graphml was replaced although no input could be read")
    write(os.path.join(work, "good.txt"), GOOD)
    status, _, err = run(ng, "build", os.path.join(work, "typo.txt"), os.path.join(work, "good.txt"), "-o", out)
    expect(failures, status, err, 1, r"typo\.txt: no such file")
    if b"Jean Dupont" not in read(out):
        failures.append("with one good input, the outputs were not written")
    return failures


def deep_jsonl(depth_lists, depth_objects):
    return ('{"id":"ok","text":"Minister Anna Berg said in Oslo that talks went well."}\n' + "[" * depth_lists + "\n" +
            '{"a":' * depth_objects + "\n")


def case_deep_json(ng, work):
    """(2) JSON nested 150,000 and 300,000 deep: a clear error naming file and line, the rest still read."""
    failures = []
    write(os.path.join(work, "in", "good.txt"), GOOD)
    write(os.path.join(work, "in", "deep.jsonl"), deep_jsonl(150_000, 300_000))
    write(os.path.join(work, "in", "page.html"), '<html><head><script type="application/ld+json">' + "[" * 150_000 +
          "</script></head><body><p>Minister Karl Weber said so.</p></body></html>\n")
    out = os.path.join(work, "out.nt")
    status, _, err = run(ng, "build", os.path.join(work, "in"), "-o", out)
    expect(failures, status, err, 1, r"deep\.jsonl:2: JSON nested too deeply \(limit 1000 levels\)")
    expect(failures, status, err, 1, r"deep\.jsonl:3: JSON nested too deeply")
    expect(failures, status, err, 1, r"page\.html: embedded JSON-LD \(<script> at line 1\): JSON nested too deeply")
    if os.path.exists(out) and (b"Jean Dupont" not in read(out) or b"Anna Berg" not in read(out)):
        failures.append("the good inputs are not in the output")
    jsonld = os.path.join(work, "deep.jsonld")
    write(jsonld, '{"@context":{},"@graph":[' + "[" * 200_000 + "]" * 200_000 + "]}\n")
    status, _, err = run(ng, "merge", jsonld, "-o", os.path.join(work, "merged.nt"))
    expect(failures, status, err, 1, r"deep\.jsonld: JSON nested too deeply")
    status, _, err = run(ng, "query", jsonld, "ASK { ?s ?p ?o }")
    expect(failures, status, err, 1, r"deep\.jsonld: JSON nested too deeply")
    return failures


def case_iri_collisions(ng, work):
    """(3) Distinct inputs that fold to one article IRI stay apart, with a warning; --strict refuses the later one."""
    failures = []
    pairs = [("a.txt", "a!.txt"), ("a.txt", "A.txt"), ("story!.txt", "d1/story.txt")]
    for n, (first, second) in enumerate(pairs):
        folder = os.path.join(work, f"pair{n}")
        write(os.path.join(folder, first), GOOD)
        write(os.path.join(folder, second), GOOD.replace("Jean", "Paul"))
        out = os.path.join(folder, "out.nt")
        status, _, err = run(ng, "build", os.path.join(folder, first), os.path.join(folder, second), "-o", out)
        expect(failures, status, err, 0, r"warning: .*gives the same IRI as the earlier .*; renamed")
        if os.path.exists(out) and len(articles(out)) != 2:
            failures.append(f"{first} and {second}: articles {articles(out)}, expected two")
        status, _, err = run(ng, "build", os.path.join(folder, first), os.path.join(folder, second), "--strict", "-o",
                             out)
        expect(failures, status, err, 1, r"error: .*gives the same IRI as the earlier .*\(--strict\); skipped")
    jsonl = os.path.join(work, "ids.jsonl")
    write(jsonl, '{"id":"a1","text":"Minister Anna Berg spoke in Oslo."}\n'
                 '{"id":"A1!","text":"Minister Karl Weber spoke in Bonn."}\n')
    out = os.path.join(work, "ids.nt")
    status, _, err = run(ng, "build", jsonl, "-o", out)
    expect(failures, status, err, 0, r"ids\.jsonl:2: article id 'A1!' gives the same IRI as the earlier 'a1'")
    if os.path.exists(out) and len(articles(out)) != 2:
        failures.append(f"JSON Lines ids a1 and A1!: articles {articles(out)}, expected two")
    return failures


def neo4j_set(directory):
    """The run each file of a Neo4j directory comes from (by the article named in it)."""
    runs = set()
    for name in ("nodes.csv", "relationships.csv", "import.cypher"):
        found = re.findall(rb"article/(run\d+)", read(os.path.join(directory, name)))
        runs.add(found[0] if found else None)
    return runs


def case_neo4j_unit(ng, work):
    """(4) A .neo4j directory is replaced as a unit: concurrent writers and kills never leave a mixed set."""
    failures = []
    inputs = []
    for n in range(2):
        path = os.path.join(work, f"run{n}.txt")
        # Different sizes, so the two runs take different times and their writes interleave.
        write(path, GOOD.replace("Jean", "Paul" if n else "Jean") * (1 + 30 * n))
        inputs.append(path)
    target = os.path.join(work, "graph.neo4j")
    for attempt in range(12):
        processes = [subprocess.Popen([ng, "build", inputs[(attempt + k) % 2], "-q", "-j", "1", "-o", target],
                                      stderr=subprocess.PIPE) for k in range(2)]
        for process in processes:
            _, err = process.communicate(timeout=120)
            if process.returncode != 0:
                failures.append(f"concurrent writer exited {process.returncode}: {err.decode()[-300:]}")
        runs = neo4j_set(target)
        if len(runs) != 1:
            failures.append(f"attempt {attempt}: the directory mixes runs {sorted(map(str, runs))}")
            break
    for delay in (0.005, 0.02, 0.05):
        before = neo4j_set(target)
        process = subprocess.Popen([ng, "build", inputs[1], "-q", "-o", target])
        time.sleep(delay)
        process.kill()
        process.wait()
        after = neo4j_set(target)
        if len(after) != 1:
            failures.append(f"killed after {delay} s: the directory mixes runs {sorted(map(str, after))}")
    for delay in (0.01, 0.03, 0.08):
        for name in os.listdir(work):  # what a SIGKILL above may have left
            if name.startswith("graph.neo4j."):
                shutil.rmtree(os.path.join(work, name))
        process = subprocess.Popen([ng, "build", inputs[1], "-q", "-o", target])
        time.sleep(delay)
        process.terminate()  # SIGTERM: the staging directory goes with the process
        process.wait()
        left = [name for name in os.listdir(work) if name.startswith("graph.neo4j.")]
        if left or len(neo4j_set(target)) != 1:
            failures.append(f"SIGTERM after {delay} s left {left} or a mixed set {sorted(map(str, neo4j_set(target)))}")
    mine = os.path.join(work, "mine")
    write(os.path.join(mine, "notes.txt"), "my own file\n")
    status, _, err = run(ng, "build", inputs[0], "--format", "neo4j", "-o", mine)
    expect(failures, status, err, 1, r"the directory holds other files \(notes\.txt\); not replaced")
    if read(os.path.join(mine, "notes.txt")) != b"my own file\n":
        failures.append("a user's file in the output directory was touched")
    return failures


def case_threads(ng, work):
    """(5) -j out of range is a usage error; -j 0 means one thread per core."""
    failures = []
    good = os.path.join(work, "good.txt")
    write(good, GOOD)
    for value in ("-1", "100000"):
        status, _, err = run(ng, "build", good, "-j", value, "-o", os.path.join(work, "out.nt"), timeout=30)
        expect(failures, status, err, 2, rf"-j {value} is out of range: 1 to 256 threads, or 0 for one per core")
    status, _, err = run(ng, "build", good, "-j", "0", "-o", os.path.join(work, "out.nt"))
    expect(failures, status, err, 0)
    return failures


def case_query_limits(ng, work):
    """(6) query: --max-rows and --timeout stop a cartesian product; SERVICE is refused."""
    failures = []
    good = os.path.join(work, "good.txt")
    write(good, GOOD)
    graph = os.path.join(work, "graph.nt")
    status, _, err = run(ng, "build", good, "-o", graph)
    expect(failures, status, err, 0)
    cartesian = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    status, out, err = run(ng, "query", graph, cartesian, "--max-rows", "100")
    expect(failures, status, err, 1, r"more than --max-rows 100 results; nothing printed")
    if out:
        failures.append("rows were printed although the limit was hit")
    # The samples give a few thousand triples: a three-way product has some 10^10 rows to try.
    samples_graph = os.path.join(work, "samples.nt")
    status, _, err = run(ng, "build", SAMPLES, "-q", "-o", samples_graph)
    expect(failures, status, err, 0)
    start = time.monotonic()
    status, _, err = run(ng, "query", samples_graph, "ASK { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i FILTER(?a = <x:none>) }",
                         "--timeout", "1", timeout=60)
    expect(failures, status, err, 1, r"ran longer than --timeout 1 s; stopped")
    if time.monotonic() - start > 10:
        failures.append(f"--timeout 1 took {time.monotonic() - start:.1f} s")
    service = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    status, _, err = run(ng, "query", graph, service)
    expect(failures, status, err, 1, r"uses SERVICE.*refused \(allow it with --allow-service\)")
    status, _, err = run(ng, "query", graph, "SELECT ?service WHERE { ?service ?p <x:SERVICE> } LIMIT 1")
    expect(failures, status, err, 0)
    return failures


def case_small_ones(ng, work):
    """(7) output equal to input, -o - twice, --top 0, our own outputs in an input folder, control characters."""
    failures = []
    corpus = os.path.join(work, "corpus")
    good = os.path.join(corpus, "good.txt")
    write(good, GOOD)
    status, _, err = run(ng, "build", good, "--format", "ntriples", "-o", good)
    expect(failures, status, err, 2, r"output '.*good\.txt' is also an input")
    if read(good) != GOOD.encode():
        failures.append("the input was overwritten")
    status, _, err = run(ng, "build", good, "--format", "ntriples", "-o", "-", "-o", "-")
    expect(failures, status, err, 2, r"-o - is given more than once")
    graph = os.path.join(work, "graph.nt")
    run(ng, "build", good, "-o", graph)
    status, _, err = run(ng, "query", graph, "--top", "0")
    expect(failures, status, err, 2, r"--top 0 asks for no entity")
    # A run's own outputs inside its input folder are not read back as articles.
    outputs = [os.path.join(corpus, "graph." + ext) for ext in ("html", "graphml", "nt", "jsonld", "svg")]
    outputs.append(os.path.join(corpus, "graph.neo4j"))
    args = ["build", corpus] + [a for o in outputs for a in ("-o", o)]
    first = run(ng, *args)
    second = run(ng, *args)
    expect(failures, second[0], second[2], 0, r"1 document\(s\)")
    if first[2] != second[2]:
        failures.append(f"the second run read its own outputs: {second[2].strip()}")
    # File names are printed with control characters escaped.
    odd = os.path.join(work, "odd", "evil\x1b[31mname\nx.txt")
    write(odd, b"")
    status, _, err = run(ng, "build", odd, good, "-o", os.path.join(work, "odd.nt"))
    expect(failures, status, err, 1, r"evil\\x1b\[31mname\\x0ax\.txt: empty input")
    if "\x1b" in err:
        failures.append("an escape character reached the terminal")
    return failures


def case_out_of_memory(ng, work):
    """(7) Out of memory (address space limited with prlimit): a clear message and status 1, never an abort."""
    if not shutil.which("prlimit"):
        return []
    # AddressSanitizer reserves terabytes of shadow address space at start, so under an
    # address-space limit a sanitized program cannot start at all: the case says nothing there.
    with open(ng, "rb") as program:
        if b"AddressSanitizer" in program.read():
            print("SKIP out_of_memory: the program is built with AddressSanitizer")
            return []
    failures = []
    big = os.path.join(work, "big.txt")
    paragraph = ("Minister Anna Berg said the ministry in Oslo would publish its report on Friday. "
                 "Officials from the European Union met delegates in Brussels.\n\n")
    write(big, paragraph * 200_000)
    out = os.path.join(work, "big.nt")
    write(out, "previous\n")
    result = subprocess.run(["prlimit", "--as=600000000", ng, "build", big, "--max-document-size", "0", "-j", "1",
                             "-o", out], capture_output=True, text=True, timeout=300)
    expect(failures, result.returncode, result.stderr, 1, r"out of memory")
    if read(out) != b"previous\n":
        failures.append("the previous output was replaced")
    return failures


def case_merge_foreign_rdf(ng, work):
    """(7) merge given RDF newsgraph did not write says it kept nothing, exits 1 and writes nothing."""
    failures = []
    foreign = os.path.join(work, "foreign.nt")
    write(foreign, '_:b1 <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://xmlns.com/foaf/0.1/Person> .\n'
                   '_:b1 <http://xmlns.com/foaf/0.1/name> "Alice"@en .\n')
    out = os.path.join(work, "merged.nt")
    write(out, "previous\n")
    status, _, err = run(ng, "merge", foreign, "-o", out)
    expect(failures, status, err, 1, r"foreign\.nt: kept nothing")
    if read(out) != b"previous\n":
        failures.append("an empty graph replaced the previous output")
    return failures


CASES = {name[len("case_"):]: function for name, function in globals().items() if name.startswith("case_")}


def main():
    if len(sys.argv) < 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    newsgraph, work = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    chosen = sys.argv[3:] or list(CASES)
    failed = 0
    for name in chosen:
        case_dir = os.path.join(work, name)
        shutil.rmtree(case_dir, ignore_errors=True)
        os.makedirs(case_dir)
        failures = CASES[name](newsgraph, case_dir)
        if failures:
            failed += 1
            print(f"FAIL {name}:\n  " + "\n  ".join(failures))
        else:
            print(f"PASS {name}")
            shutil.rmtree(case_dir, ignore_errors=True)
        sys.stdout.flush()
    print(f"{failed} case(s) failed" if failed else "all cases passed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
