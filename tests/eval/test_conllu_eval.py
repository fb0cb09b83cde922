#!/usr/bin/python3
"""Tests of conllu_eval.py on small hand-made gold and predicted CoNLL-U pairs:
identical files, wrong tags and heads, a different tokenization, multiword tokens,
different sentence boundaries, and mismatching texts."""
import os
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import conllu_eval  # noqa: E402


def conllu(*sentences):
    """CoNLL-U from sentences given as lists of (id, form, upos, head, deprel) rows."""
    out = []
    for rows in sentences:
        for id_, form, upos, head, deprel in rows:
            if "-" in str(id_):
                out.append(f"{id_}\t{form}\t_\t_\t_\t_\t_\t_\t_\t_")
            else:
                out.append(f"{id_}\t{form}\t{form.lower()}\t{upos}\t{upos}\t_\t{head}\t{deprel}\t_\t_")
        out.append("")
    return "\n".join(out) + "\n"


GOLD = conllu([(1, "I", "PRON", 4, "nsubj"), ("2-3", "don't", 0, 0, 0), (2, "do", "AUX", 4, "aux"),
               (3, "n't", "PART", 4, "advmod"), (4, "know", "VERB", 0, "root"), (5, ".", "PUNCT", 4, "punct")],
              [(1, "Go", "VERB", 0, "root"), (2, "home", "ADV", 1, "advmod:lmod")])


def scores(gold, prediction):
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for name, text in (("gold", gold), ("pred", prediction)):
            paths.append(os.path.join(folder, name + ".conllu"))
            with open(paths[-1], "w", encoding="utf-8") as out:
                out.write(text)
        result = conllu_eval.evaluate(conllu_eval.load(paths[0]), conllu_eval.load(paths[1]))
    return {name: round(100 * value["f1"], 2) for name, value in result.items()}


class ConlluEvalTest(unittest.TestCase):
    def test_identical_files_score_100(self):
        self.assertEqual(set(scores(GOLD, GOLD).values()), {100.0})

    def test_wrong_tag_head_and_label_count_once_each(self):
        wrong = GOLD.replace("5\t.\t.\tPUNCT\tPUNCT\t_\t4\tpunct", "5\t.\t.\tSYM\tSYM\t_\t1\tpunct")
        wrong = wrong.replace("2\thome\thome\tADV\tADV\t_\t1\tadvmod:lmod", "2\thome\thome\tADV\tADV\t_\t1\tobj")
        s = scores(GOLD, wrong)
        self.assertEqual((s["Tokens"], s["Words"]), (100.0, 100.0))
        self.assertEqual(s["UPOS"], round(100 * 6 / 7, 2))
        self.assertEqual(s["UAS"], round(100 * 6 / 7, 2))
        self.assertEqual(s["LAS"], round(100 * 5 / 7, 2))

    def test_universal_part_of_the_relation_is_compared(self):
        subtype = GOLD.replace("advmod:lmod", "advmod:tmod")
        self.assertEqual(scores(GOLD, subtype)["LAS"], 100.0)

    def test_unsplit_multiword_token_loses_its_words(self):
        # "don't" as a single word: one token matches in span, the words do and n't are not found
        pred = conllu([(1, "I", "PRON", 3, "nsubj"), (2, "don't", "AUX", 3, "aux"), (3, "know", "VERB", 0, "root"),
                       (4, ".", "PUNCT", 3, "punct")],
                      [(1, "Go", "VERB", 0, "root"), (2, "home", "ADV", 1, "advmod")])
        s = scores(GOLD, pred)
        self.assertEqual(s["Tokens"], 100.0)
        self.assertEqual(s["Words"], round(100 * 2 * 5 / (7 + 6), 2))
        # aligned: I, know, ., Go, home; I's head "know" is aligned, so UAS counts I, know, ., Go, home
        self.assertEqual(s["UAS"], round(100 * 2 * 5 / (7 + 6), 2))

    def test_different_tokenization_and_sentence_split(self):
        # "Go home" glued to the first sentence and "know." as one token
        pred = conllu([(1, "I", "PRON", 4, "nsubj"), ("2-3", "don't", 0, 0, 0), (2, "do", "AUX", 4, "aux"),
                       (3, "n't", "PART", 4, "advmod"), (4, "know.", "VERB", 0, "root"), (5, "Go", "VERB", 4, "conj"),
                       (6, "home", "ADV", 5, "advmod")])
        s = scores(GOLD, pred)
        self.assertEqual(s["Sentences"], 0.0)
        self.assertEqual(s["Tokens"], round(100 * 2 * 4 / (6 + 5), 2))
        self.assertEqual(s["Words"], round(100 * 2 * 5 / (7 + 6), 2))
        self.assertEqual(s["UPOS"], round(100 * 2 * 5 / (7 + 6), 2))
        # heads: I, do, n't attach to an unaligned word in the prediction; Go's head is wrong; home right
        self.assertEqual(s["UAS"], round(100 * 2 * 1 / (7 + 6), 2))

    def test_mismatching_text_is_an_error_naming_the_place(self):
        other = GOLD.replace("\thome\thome\t", "\tHOME!\thome\t")
        with self.assertRaises(conllu_eval.InputError) as raised:
            scores(GOLD, other)
        self.assertIn("texts differ", str(raised.exception))

    def test_command_line_exit_codes(self):
        with tempfile.TemporaryDirectory() as folder:
            gold = os.path.join(folder, "g.conllu")
            with open(gold, "w", encoding="utf-8") as out:
                out.write(GOLD)
            bad = os.path.join(folder, "bad.conllu")
            with open(bad, "w", encoding="utf-8") as out:
                out.write("1\tI\n")
            script = os.path.join(HERE, "conllu_eval.py")
            ok = subprocess.run([sys.executable, script, gold, gold, "--min", "LAS=99"], capture_output=True)
            self.assertEqual(ok.returncode, 0)
            broken = subprocess.run([sys.executable, script, gold, bad], capture_output=True, text=True)
            self.assertEqual(broken.returncode, 2)
            self.assertIn("bad.conllu:1:", broken.stderr)


if __name__ == "__main__":
    unittest.main()
