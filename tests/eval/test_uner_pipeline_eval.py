#!/usr/bin/env python3
"""Checks the pipeline-level UNER scorer on a hand-made IOB2 file and hand-made predictions."""
import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import uner_pipeline_eval as uner  # noqa: E402

GOLD = """# newdoc id = d1
# sent_id = d1-0001
# text = Mr. Ban met the U.N. in New York.
1\tMr.\tO\t-\t-
2\tBan\tB-PER\t-\t-
3\tmet\tO\t-\t-
4\tthe\tO\t-\t-
5\tU.N.\tB-ORG\t-\t-
6\tin\tO\t-\t-
7\tNew\tB-LOC\t-\t-
8\tYork\tI-LOC\t-\t-
9\t.\tO\t-\t-

# sent_id = d1-0002
# text = Ban left New York.
1\tBan\tB-PER\t-\t-
2\tleft\tO\t-\t-
3\tNew\tB-LOC\t-\t-
4\tYork\tI-LOC\t-\t-
5\t.\tO\t-\t-

# newdoc id = d2
# sent_id = d2-0001
# text = Paris
1\tParis\tB-LOC\t-\t-
"""


class UnerPipelineEvalTest(unittest.TestCase):
    def setUp(self):
        handle, self.path = tempfile.mkstemp(suffix=".iob2")
        with os.fdopen(handle, "w") as out:
            out.write(GOLD)

    def tearDown(self):
        os.unlink(self.path)

    def test_reads_documents_sentences_and_unique_spans(self):
        docs = uner.read_iob2(self.path)
        self.assertEqual([d[0] for d in docs], ["d1", "d2"])
        self.assertEqual(docs[0][1], ["Mr. Ban met the U.N. in New York.", "Ban left New York."])
        self.assertEqual(docs[0][2], {("PER", "ban"), ("ORG", "u n"), ("LOC", "new york")})
        self.assertEqual(docs[1][2], {("LOC", "paris")})

    def test_counts_hits_by_alias_and_false_positives_by_class(self):
        docs = uner.read_iob2(self.path)
        found = {
            "d1": [("Person", {"ban ki moon", "ban"}), ("Place", {"u n"}), ("Place", {"new york"})],
            "d2": [("Organization", {"paris"})],
        }
        counts = uner.score(docs, found)
        self.assertEqual(counts["PER"], {"gold": 1, "hit": 1, "pred": 1, "fp": 0})
        self.assertEqual(counts["ORG"], {"gold": 1, "hit": 0, "pred": 1, "fp": 1})
        self.assertEqual(counts["LOC"], {"gold": 2, "hit": 1, "pred": 2, "fp": 1})
        self.assertEqual(uner.figures(counts["LOC"])["f1"], 0.5)

    def test_passes_the_models_folder_to_newsgraph(self):
        docs = uner.read_iob2(self.path)
        with tempfile.TemporaryDirectory() as work:
            fake = os.path.join(work, "newsgraph")
            with open(fake, "w") as out:  # names a place after its arguments but the corpus
                out.write('#!/bin/sh\nprintf "# d1 (x)\\nentity\\tPlace\\t%s\\n" "$(echo $@ | sed "s| [^ ]*$||")"\n')
            os.chmod(fake, 0o755)
            with_models = uner.predicted_entities(fake, docs, work, "/models/dir")
            built_in = uner.predicted_entities(fake, docs, work)
        self.assertEqual(with_models["d1"], [("Place", {"inspect j 1 models models dir"})])
        self.assertEqual(built_in["d1"], [("Place", {"inspect j 1"})])

    def test_normalizes_accents_case_punctuation_and_articles(self):
        self.assertEqual(uner.norm("The  Société-Générale"), "societe generale")


if __name__ == "__main__":
    unittest.main()
