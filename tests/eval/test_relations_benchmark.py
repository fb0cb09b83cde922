#!/usr/bin/python3
"""Tests of the relation benchmark on a hand-made gold file and a hand-made graph (no newsgraph
run): name and type matching, hits and false relations per type, unmatched ends, inverse and
symmetric predicates, roles, quote attribution, gold checks and the command line."""
import json
import os
import subprocess
import sys
import tempfile
import unittest

from rdflib import Graph

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import relations_benchmark  # noqa: E402
from relations_scoring import evaluate  # noqa: E402

TEXT = ("Alice Smith, chief executive of the Acme Corp., which is based in Paris, said: \"We will grow "
        "the company.\" Bob Jones of Acme said there was \"nothing to add here today\". Acme works with Beta. "
        "\"Rumours are not facts at all,\" one insider said.\n")

GOLD = {
    "split": "dev", "text": "doc.txt",
    "entities": [
        {"id": "alice", "type": "Person", "name": "Alice Smith", "aliases": ["Alice"]},
        {"id": "bob", "type": "Person", "name": "Bob Jones", "aliases": []},
        {"id": "acme", "type": "Organization", "name": "Acme Corp", "aliases": ["Acme"]},
        {"id": "paris", "type": "Place", "name": "Paris", "aliases": []},
    ],
    "optional_entities": [{"id": "beta", "types": ["Organization"], "names": ["Beta"]}],
    "relations": [
        {"s": ["alice"], "p": "holdsPosition", "o": ["acme"], "role": "chief executive", "evidence": "Alice Smith, chief executive of the Acme Corp."},
        {"s": ["alice"], "p": "leads", "o": ["acme"], "evidence": "chief executive of the Acme Corp."},
        {"s": ["acme"], "p": "basedIn", "o": ["paris"], "evidence": "which is based in Paris"},
        {"s": ["bob"], "p": "memberOf", "o": ["acme"], "evidence": "Bob Jones of Acme"},
        {"s": ["acme"], "p": "partnerOf", "o": ["beta"], "evidence": "Acme works with Beta"},
    ],
    "quotes": [
        {"speaker": "alice", "contains": "We will grow the company"},
        {"speaker": "bob", "contains": "nothing to add here today"},
        {"speaker": None, "contains": "Rumours are not facts at all"},
    ],
}

GRAPH = """
@prefix ng: <http://example.org/ng#> . @prefix schema: <http://schema.org/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix e: <http://example.org/e/> .
e:alice a schema:Person ; schema:name "Alice Smith" .
e:bob a schema:Person ; rdfs:label "Bob JONES" .
e:acme a schema:Organization ; schema:name "The Acme Corp." .
e:acmeplace a schema:Place ; schema:name "Acme" .
e:paris a schema:Place ; schema:name "Paris" .
e:beta a schema:Organization ; schema:name "Beta" .
e:carol a schema:Person ; schema:name "Carol" .
e:s1 a rdf:Statement ; rdf:subject e:alice ; rdf:predicate ng:holdsPosition ; rdf:object e:acme ; ng:role "Chief Executive" .
e:alice ng:holdsPosition e:acme .
e:acme ng:locatedIn e:paris .
e:beta ng:partnerOf e:acme .
e:bob ng:memberOf e:paris .
e:carol ng:memberOf e:acme .
e:bob ng:memberOf e:acmeplace .
e:acme schema:foundedBy e:alice .
e:alice ng:mentions e:paris .
e:q1 a ng:Quote ; ng:text "We will  grow the company." .
e:q2 a ng:Quote ; ng:text "nothing to add here today" .
e:q3 a ng:Quote ; ng:text "\u201cRumours are not facts at all\u201d" .
e:alice ng:said e:q1 , e:q2 .
e:q3 schema:creator e:bob .
"""


def graph():
    g = Graph()
    g.parse(data=GRAPH, format="turtle")
    return g


class ScoringTest(unittest.TestCase):
    def setUp(self):
        self.res = evaluate(GOLD, graph())
        self.rel = self.res["relations"]

    def row(self, t):
        return self.rel.get(t, {"gold": 0, "hit": 0, "pred": 0, "fp": 0, "unmatched": 0})

    def test_found_relations(self):
        self.assertEqual(self.row("holdsPosition"), {"gold": 1, "hit": 1, "pred": 1, "fp": 0, "unmatched": 0})
        # partnerOf is symmetric: Beta partnerOf Acme finds Acme partnerOf Beta
        self.assertEqual(self.row("partnerOf"), {"gold": 1, "hit": 1, "pred": 1, "fp": 0, "unmatched": 0})

    def test_missed_relations(self):
        self.assertEqual(self.row("leads")["hit"], 0)
        self.assertEqual(self.row("basedIn"), {"gold": 1, "hit": 0, "pred": 0, "fp": 0, "unmatched": 0})
        self.assertEqual(sorted(self.res["missed"]), ["acme basedIn paris", "alice leads acme", "bob memberOf acme"])

    def test_false_relations(self):
        # locatedIn where the gold says basedIn; memberOf of Paris; foundedBy turned round to founded
        self.assertEqual(self.row("locatedIn"), {"gold": 0, "hit": 0, "pred": 1, "fp": 1, "unmatched": 0})
        self.assertEqual(self.row("founded"), {"gold": 0, "hit": 0, "pred": 1, "fp": 1, "unmatched": 0})
        self.assertIn("alice founded acme", self.res["false"])

    def test_unmatched_ends_are_not_scored(self):
        # Carol matches no entity; the Place named Acme has the wrong type for the organization
        self.assertEqual(self.row("memberOf"), {"gold": 1, "hit": 0, "pred": 1, "fp": 1, "unmatched": 2})
        self.assertNotIn("mentions", self.rel)

    def test_roles(self):
        self.assertEqual(self.res["roles"], {"found": 1, "total": 1})

    def test_quotes(self):
        q = self.res["quotes"]
        self.assertEqual(q, {"named": 2, "named_found": 2, "named_correct": 1, "named_wrong": 1,
                             "unnamed": 1, "unnamed_found": 1, "unnamed_wrong": 1})

    def test_totals(self):
        total = relations_benchmark.empty_total()
        relations_benchmark.add_counts(total, self.res)
        relations_benchmark.add_counts(total, self.res)
        s = relations_benchmark.summarize(total)
        self.assertEqual(s["relations_all"]["gold"], 10)
        self.assertEqual(s["relations_all"]["hit"], 4)
        self.assertEqual(s["relations_all"]["recall"], 0.4)
        self.assertEqual(s["relations_all"]["precision"], 0.4)  # 10 scored, 6 false
        self.assertEqual(s["quotes"]["attribution_accuracy"], 0.5)
        self.assertEqual(s["quotes"]["wrong_speaker_rate"], 0.667)


class GoldCheckTest(unittest.TestCase):
    def test_good_gold(self):
        self.assertEqual(relations_benchmark.check_gold("doc.json", GOLD, TEXT), [])

    def test_bad_gold(self):
        bad = json.loads(json.dumps(GOLD))
        bad["relations"][0]["evidence"] = "Alice Smith, chief of Acme"
        bad["relations"][1]["o"] = ["acne"]
        bad["relations"][2]["p"] = "basedAt"
        bad["quotes"][0]["contains"] = "We shall grow"
        problems = relations_benchmark.check_gold("doc.json", bad, TEXT)
        self.assertEqual(problems, ["doc.json: relation 1: evidence not found in the text",
                                    "doc.json: relation 2: unknown entity id 'acne'",
                                    "doc.json: relation 3: unknown relation type 'basedAt'",
                                    "doc.json: quote 1: fragment not found in the text"])


class CommandLineTest(unittest.TestCase):
    """The benchmark run with a stand-in program that writes the hand-made graph."""

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        d = self.tmp.name
        for sub in ("texts", "gold"):
            os.mkdir(os.path.join(d, sub))
        with open(os.path.join(d, "texts", "doc.txt"), "w", encoding="utf-8") as f:
            f.write(TEXT)
        with open(os.path.join(d, "gold", "doc.json"), "w", encoding="utf-8") as f:
            json.dump(GOLD, f)
        graph().serialize(os.path.join(d, "graph.rdf"), format="xml")
        self.program = os.path.join(d, "fake-newsgraph")
        with open(self.program, "w", encoding="utf-8") as f:
            f.write("#!/bin/sh\n[ \"$1\" = build ] && [ \"$3\" = -o ] || exit 3\n"
                    f"cp '{d}/graph.rdf' \"$4\"\n")
        os.chmod(self.program, 0o755)

    def tearDown(self):
        self.tmp.cleanup()

    def bench(self, *extra):
        d = self.tmp.name
        cmd = [sys.executable, os.path.join(HERE, "relations_benchmark.py"), self.program,
               "--texts", os.path.join(d, "texts"), "--gold", os.path.join(d, "gold")] + list(extra)
        return subprocess.run(cmd, capture_output=True, text=True)

    def test_json_report(self):
        proc = self.bench("--json")
        self.assertEqual(proc.returncode, 0, proc.stderr)
        out = json.loads(proc.stdout)
        self.assertEqual(out["groups"]["dev"]["documents"], ["doc"])
        self.assertEqual(out["groups"]["train"]["documents"], [])
        self.assertEqual(out["groups"]["all"]["relations_all"]["hit"], 2)
        self.assertEqual(out["groups"]["all"]["quotes"]["attribution_accuracy"], 0.5)

    def test_text_report(self):
        proc = self.bench("--verbose")
        self.assertEqual(proc.returncode, 0, proc.stderr)
        self.assertIn("doc          relations 2/5 found, 3/5 false; quotes 1/2 correct, 2 wrong", proc.stdout)
        self.assertIn("  missed alice leads acme", proc.stdout)

    def test_missing_texts_skip(self):
        proc = self.bench("--texts", os.path.join(self.tmp.name, "absent"))
        self.assertEqual(proc.returncode, 77)

    def test_program_failure(self):
        os.remove(os.path.join(self.tmp.name, "graph.rdf"))
        proc = self.bench()
        self.assertEqual(proc.returncode, 1)
        self.assertIn("doc.txt: newsgraph exited", proc.stderr)

    def test_bad_gold_names_the_file(self):
        with open(os.path.join(self.tmp.name, "texts", "doc.txt"), "w", encoding="utf-8") as f:
            f.write("another text\n")
        proc = self.bench()
        self.assertEqual(proc.returncode, 1)
        self.assertIn("doc.json: relation 1: evidence not found in the text", proc.stderr)


if __name__ == "__main__":
    unittest.main()
