#!/usr/bin/python3
"""Tests of iob2_eval.py on small hand-made gold and predicted IOB2 pairs: identical
files, a wrong type, a wrong boundary, a missed and a spurious span, I- tags after O,
the micro average over chosen types, and malformed or mismatching input."""
import os
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import iob2_eval  # noqa: E402


def iob2(*sentences):
    """IOB2 text from sentences given as lists of (form, tag)."""
    out = []
    for rows in sentences:
        out.extend(f"{i}\t{form}\t{tag}\t-\t-" for i, (form, tag) in enumerate(rows, 1))
        out.append("")
    return "\n".join(out) + "\n"


GOLD = iob2([("John", "B-PER"), ("Smith", "I-PER"), ("visited", "O"), ("New", "B-LOC"), ("York", "I-LOC")],
            [("IBM", "B-ORG"), ("and", "O"), ("Apple", "B-ORG"), ("met", "O"), ("Paris", "B-LOC")])


def run(gold, prediction, *options):
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for name, text in (("gold", gold), ("pred", prediction)):
            paths.append(os.path.join(folder, name + ".iob2"))
            with open(paths[-1], "w", encoding="utf-8") as out:
                out.write(text)
        result = subprocess.run([sys.executable, os.path.join(HERE, "iob2_eval.py"), *paths, *options],
                                capture_output=True, text=True)
        return result, paths


class Iob2EvalTest(unittest.TestCase):
    def counts(self, prediction):
        with tempfile.TemporaryDirectory() as folder:
            gold_path, pred_path = os.path.join(folder, "g.iob2"), os.path.join(folder, "p.iob2")
            for path, text in ((gold_path, GOLD), (pred_path, prediction)):
                with open(path, "w", encoding="utf-8") as out:
                    out.write(text)
            return iob2_eval.score(gold_path, pred_path)

    def test_identical(self):
        counts = self.counts(GOLD)
        self.assertEqual(counts, {"PER": [1, 1, 1], "LOC": [2, 2, 2], "ORG": [2, 2, 2]})

    def test_errors_of_each_kind(self):
        prediction = iob2(
            [("John", "B-ORG"), ("Smith", "I-ORG"), ("visited", "O"), ("New", "O"), ("York", "B-LOC")],
            [("IBM", "B-ORG"), ("and", "O"), ("Apple", "O"), ("met", "B-PER"), ("Paris", "B-LOC")])
        counts = self.counts(prediction)
        self.assertEqual(counts["PER"], [1, 1, 0])  # missed (typed ORG) and one spurious
        self.assertEqual(counts["ORG"], [2, 2, 1])
        self.assertEqual(counts["LOC"], [2, 2, 1])  # "York" alone is a boundary error

    def test_i_after_o_starts_a_span(self):
        prediction = GOLD.replace("1\tJohn\tB-PER", "1\tJohn\tI-PER")
        self.assertEqual(self.counts(prediction)["PER"], [1, 1, 1])

    def test_micro_over_chosen_types(self):
        prediction = GOLD.replace("B-PER", "B-MISC").replace("I-PER", "I-MISC")
        result, _ = run(GOLD, prediction, "--json", "--types", "ORG,LOC")
        self.assertEqual(result.returncode, 0, result.stderr)
        import json
        scores = json.loads(result.stdout)
        self.assertAlmostEqual(scores["micro"]["f1"], 1.0)
        result, _ = run(GOLD, prediction, "--json")
        self.assertAlmostEqual(json.loads(result.stdout)["micro"]["f1"], 8 / 9)
        result, _ = run(GOLD, prediction, "--min-f1", "0.95")
        self.assertEqual(result.returncode, 1)

    def test_bad_input_names_file_and_line(self):
        result, paths = run(GOLD, GOLD.replace("B-LOC", "LOC", 1))
        self.assertEqual(result.returncode, 2)
        self.assertIn(paths[1] + ":4:", result.stderr)
        result, paths = run(GOLD, GOLD.replace("Paris", "Rome"))
        self.assertEqual(result.returncode, 2)
        self.assertIn("words differ", result.stderr)
        result, paths = run(GOLD, iob2([("John", "O")]))
        self.assertEqual(result.returncode, 2)


if __name__ == "__main__":
    unittest.main()
