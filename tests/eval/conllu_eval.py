#!/usr/bin/python3
"""Scores a predicted CoNLL-U file against a gold one with the CoNLL 2018 shared
task definitions: Tokens, Sentences and Words F1 over character spans
(whitespace ignored, multiword tokens aligned by their words), then UPOS, XPOS,
Lemmas, UAS and LAS (universal part of the relation) as F1 over aligned words.

usage: conllu_eval.py GOLD.conllu PRED.conllu [--min METRIC=F1 ...] [--json]
Exit 0, or 1 when a --min is not reached, 2 on unreadable or mismatching input."""
import argparse
import json
import sys
import unicodedata

METRICS = ["Tokens", "Sentences", "Words", "UPOS", "XPOS", "Lemmas", "UAS", "LAS"]


class InputError(Exception):
    pass


class Word:
    __slots__ = ("start", "end", "multiword", "form", "lemma", "upos", "xpos", "head", "deprel", "parent")

    def __init__(self, start, end, multiword, columns):
        self.start, self.end, self.multiword = start, end, multiword
        self.form, self.lemma, self.upos, self.xpos = columns[1], columns[2], columns[3], columns[4]
        self.head, self.deprel = columns[6], columns[7].split(":")[0]
        self.parent = None


class Treebank:
    def __init__(self):
        self.chars, self.tokens, self.sentences, self.words = [], [], [], []


def strip_spaces(text):
    return "".join(c for c in text if not unicodedata.category(c).startswith("Z") and not c.isspace())


def load(path):
    """Reads a CoNLL-U file into characters, token, sentence and word spans."""
    bank = Treebank()
    try:
        with open(path, encoding="utf-8", errors="replace") as conllu:
            lines = conllu.read().split("\n")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{path}: cannot read: {error}")
    sentence, sentence_start, mwt_end, mwt_span = [], None, 0, None
    for number, line in enumerate(lines, 1):
        line = line.rstrip("\r")
        if line.startswith("#"):
            continue
        if not line:
            if sentence:
                finish_sentence(bank, sentence, sentence_start, path, number)
            sentence, sentence_start = [], None
            continue
        columns = line.split("\t")
        if len(columns) != 10:
            raise InputError(f"{path}:{number}: expected 10 tab-separated columns, found {len(columns)}")
        if "." in columns[0]:
            continue
        if sentence_start is None:
            sentence_start = len(bank.chars)
        form = strip_spaces(columns[1])
        if not form:
            raise InputError(f"{path}:{number}: empty form")
        if "-" in columns[0]:
            first, last = columns[0].split("-")
            start = len(bank.chars)
            bank.chars.extend(form)
            mwt_span, mwt_end = (start, len(bank.chars)), int(last)
            bank.tokens.append(mwt_span)
            continue
        word_id = int(columns[0]) if columns[0].isdigit() else None
        if word_id is None:
            raise InputError(f"{path}:{number}: bad word id {columns[0]!r}")
        if mwt_span and word_id <= mwt_end:
            word = Word(mwt_span[0], mwt_span[1], True, columns)
        else:
            mwt_span = None
            start = len(bank.chars)
            bank.chars.extend(form)
            word = Word(start, len(bank.chars), False, columns)
            bank.tokens.append((word.start, word.end))
        sentence.append(word)
    if sentence:
        finish_sentence(bank, sentence, sentence_start, path, len(lines))
    return bank


def finish_sentence(bank, sentence, start, path, number):
    for word in sentence:
        if word.head in ("_", ""):
            word.parent = None
            continue
        if not word.head.isdigit() or int(word.head) > len(sentence):
            raise InputError(f"{path}:{number}: bad head {word.head!r} in the sentence ending here")
        head = int(word.head)
        word.parent = "root" if head == 0 else sentence[head - 1]
    bank.sentences.append((start, len(bank.chars)))
    bank.words.extend(sentence)


def spans_f1(gold, system):
    system_set = set(system)
    correct = sum(1 for span in gold if span in system_set)
    return correct, len(gold), len(system)


def fold(text):
    return text.casefold()


def beyond_end(words, i, end):
    if i >= len(words):
        return True
    if words[i].multiword:
        return words[i].start >= end
    return words[i].end > end


def extend_end(word, end):
    return word.end if word.multiword and word.end > end else end


def multiword_span(gold, system, gi, si):
    """The minimal stretch of gold and system words around a multiword token."""
    if gold[gi].multiword:
        end = gold[gi].end
        if not system[si].multiword and system[si].start < gold[gi].start:
            si += 1
    else:
        end = system[si].end
        if not gold[gi].multiword and gold[gi].start < system[si].start:
            gi += 1
    gs, ss = gi, si
    while not beyond_end(gold, gi, end) or not beyond_end(system, si, end):
        if gi < len(gold) and (si >= len(system) or gold[gi].start <= system[si].start):
            end = extend_end(gold[gi], end)
            gi += 1
        else:
            end = extend_end(system[si], end)
            si += 1
    return gs, ss, gi, si


def align_lcs(gold, system, gs, ss, gi, si, pairs):
    """Aligns the words of a multiword stretch by the longest common subsequence of their forms."""
    n, m = gi - gs, si - ss
    lcs = [[0] * (m + 1) for _ in range(n + 1)]
    for g in reversed(range(n)):
        for s in reversed(range(m)):
            same = fold(gold[gs + g].form) == fold(system[ss + s].form)
            lcs[g][s] = max(lcs[g + 1][s + 1] + 1 if same else 0, lcs[g + 1][s], lcs[g][s + 1])
    g = s = 0
    while g < n and s < m:
        if fold(gold[gs + g].form) == fold(system[ss + s].form):
            pairs.append((gold[gs + g], system[ss + s]))
            g, s = g + 1, s + 1
        elif lcs[g][s] == lcs[g + 1][s]:
            g += 1
        else:
            s += 1


def align_words(gold, system):
    pairs, gi, si = [], 0, 0
    while gi < len(gold) and si < len(system):
        if gold[gi].multiword or system[si].multiword:
            gs, ss, gi, si = multiword_span(gold, system, gi, si)
            if gi > gs and si > ss:
                align_lcs(gold, system, gs, ss, gi, si, pairs)
        elif (gold[gi].start, gold[gi].end) == (system[si].start, system[si].end):
            pairs.append((gold[gi], system[si]))
            gi, si = gi + 1, si + 1
        elif gold[gi].start <= system[si].start:
            gi += 1
        else:
            si += 1
    return pairs


def evaluate(gold, system):
    if gold.chars != system.chars:
        at = next((i for i, (a, b) in enumerate(zip(gold.chars, system.chars)) if a != b),
                  min(len(gold.chars), len(system.chars)))
        raise InputError("the texts differ (whitespace ignored) at character %d: gold %r, prediction %r" % (
            at, "".join(gold.chars[at:at + 20]), "".join(system.chars[at:at + 20])))
    pairs = align_words(gold.words, system.words)
    to_gold = {id(s): g for g, s in pairs}
    gold_total, system_total = len(gold.words), len(system.words)

    def aligned_parent(word):
        if word.parent is None or word.parent == "root":
            return word.parent
        return to_gold.get(id(word.parent), "unaligned")

    keys = {
        "UPOS": lambda g, s: g.upos == s.upos,
        "XPOS": lambda g, s: g.xpos == s.xpos,
        "Lemmas": lambda g, s: g.lemma == "_" or g.lemma == s.lemma,
        "UAS": lambda g, s: g.parent is aligned_parent(s) or g.parent == aligned_parent(s),
        "LAS": lambda g, s: (g.parent is aligned_parent(s) or g.parent == aligned_parent(s)) and g.deprel == s.deprel,
    }
    counts = {
        "Tokens": spans_f1(gold.tokens, system.tokens),
        "Sentences": spans_f1(gold.sentences, system.sentences),
        "Words": (len(pairs), gold_total, system_total),
    }
    for name, same in keys.items():
        counts[name] = (sum(1 for g, s in pairs if same(g, s)), gold_total, system_total)
    scores = {}
    for name in METRICS:
        correct, gold_count, system_count = counts[name]
        scores[name] = {
            "precision": correct / system_count if system_count else 0.0,
            "recall": correct / gold_count if gold_count else 0.0,
            "f1": 2 * correct / (gold_count + system_count) if gold_count + system_count else 0.0,
            "aligned_accuracy": correct / len(pairs) if pairs and name not in ("Tokens", "Sentences") else None,
        }
    return scores


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold")
    parser.add_argument("prediction")
    parser.add_argument("--min", action="append", default=[], metavar="METRIC=F1",
                        help="fail (exit 1) when METRIC's F1 (in percent) is below the value")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args()
    try:
        scores = evaluate(load(args.gold), load(args.prediction))
    except InputError as error:
        print(f"conllu_eval: {error}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(scores, indent=1, sort_keys=True))
    else:
        print("Metric     | Precision |    Recall |  F1 Score | AligndAcc")
        print("-----------+-----------+-----------+-----------+-----------")
        for name in METRICS:
            s = scores[name]
            aligned = "" if s["aligned_accuracy"] is None else "%9.2f" % (100 * s["aligned_accuracy"])
            print("%-11s|%10.2f |%10.2f |%10.2f |%10s" % (name, 100 * s["precision"], 100 * s["recall"],
                                                           100 * s["f1"], aligned))
    failed = False
    for bound in args.min:
        name, _, value = bound.partition("=")
        if name not in scores:
            print(f"conllu_eval: unknown metric {name!r} in --min", file=sys.stderr)
            return 2
        if 100 * scores[name]["f1"] < float(value):
            print(f"conllu_eval: {name} F1 {100 * scores[name]['f1']:.2f} is below {value}", file=sys.stderr)
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
