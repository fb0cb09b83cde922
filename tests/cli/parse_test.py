#!/usr/bin/python3
"""`newsgraph parse`: trains tiny models on a hand-written treebank, then checks the
CoNLL-U written from raw text and from a .conllu input, and the errors for missing
or corrupt models and bad input.

usage: parse_test.py NEWSGRAPH SOURCE_DIR WORK_DIR"""
import os
import shutil
import subprocess
import sys


def run(binary, *args):
    return subprocess.run([binary, *args], capture_output=True, text=True)


def check(condition, what, result=None):
    if not condition:
        detail = f"\nstdout: {result.stdout[:2000]}\nstderr: {result.stderr[:2000]}" if result else ""
        print(f"FAIL: {what}{detail}")
        sys.exit(1)


def sentences(conllu):
    return [block for block in conllu.strip("\n").split("\n\n") if block]


def train_models(binary, treebank, models):
    for kind in ("tagger", "parser"):
        result = run(binary, "train", kind, "--train", treebank, "--dev", treebank, "-o",
                     os.path.join(models, kind + ".ngm"), "--epochs", "2")
        check(result.returncode == 0, f"train {kind}", result)


def test_raw_text(binary, models, work):
    text = os.path.join(work, "article.txt")
    with open(text, "w", encoding="utf-8") as out:
        out.write("The council met on Monday. They don't agree with the city's plan.\n")
    result = run(binary, "parse", text, "-o", "-", "--models", models)
    check(result.returncode == 0, "parse raw text", result)
    blocks = sentences(result.stdout)
    check(len(blocks) == 2, "two sentences", result)
    check(blocks[0].startswith("# sent_id = article-1\n# text = The council met on Monday.\n"), "comments", result)
    lines = [line for line in blocks[1].split("\n") if not line.startswith("#")]
    check(all(len(line.split("\t")) == 10 for line in lines), "10 columns", result)
    check("2-3\tdon't\t" in blocks[1] and "\n2\tdo\t" in blocks[1] and "\n3\tn't\t" in blocks[1], "don't", result)
    check("7-8\tcity's\t" in blocks[1], "possessive as a multiword token", result)
    check("\tplan\t" in blocks[1] and "SpaceAfter=No" in blocks[1], "SpaceAfter=No before the stop", result)
    heads = [line.split("\t")[6] for line in lines if "-" not in line.split("\t")[0]]
    check(heads.count("0") == 1, "one root per sentence", result)
    # written atomically to a file, the same bytes as on stdout
    out_path = os.path.join(work, "article.conllu")
    written = run(binary, "parse", text, "-o", out_path, "--models", models)
    check(written.returncode == 0 and open(out_path, encoding="utf-8").read() == result.stdout, "file output", written)


def test_conllu_input(binary, models, treebank):
    result = run(binary, "parse", treebank, "-o", "-", "--models", models)
    check(result.returncode == 0, "parse a .conllu input", result)
    gold, predicted = sentences(open(treebank, encoding="utf-8").read()), sentences(result.stdout)
    check(len(gold) == len(predicted), "same sentences", result)
    for g, p in zip(gold, predicted):
        g_lines, p_lines = g.split("\n"), p.split("\n")
        check(len(g_lines) == len(p_lines), "same lines", result)
        for gl, pl in zip(g_lines, p_lines):
            if gl.startswith("#"):
                check(gl == pl, "comments kept", result)
            else:
                gc, pc = gl.split("\t"), pl.split("\t")
                check(gc[:2] == pc[:2] and gc[9] == pc[9], "ids, forms and MISC kept", result)
                check("-" in gc[0] or (pc[3] != "_" and pc[6] != "_"), "tagged and parsed", result)


def test_errors(binary, models, treebank, work):
    text = os.path.join(work, "article.txt")
    half = os.path.join(work, "half")
    os.makedirs(half, exist_ok=True)
    shutil.copy(os.path.join(models, "tagger.ngm"), half)
    result = run(binary, "parse", text, "-o", "-", "--models", half)
    check(result.returncode == 1 and "parser.ngm" in result.stderr and "missing" in result.stderr,
          "missing model named", result)
    with open(os.path.join(half, "parser.ngm"), "wb") as out:
        out.write(open(os.path.join(models, "parser.ngm"), "rb").read()[:100])
    result = run(binary, "parse", text, "-o", "-", "--models", half)
    check(result.returncode == 1 and "parser.ngm" in result.stderr, "corrupt model named", result)
    bad = os.path.join(work, "bad.conllu")
    with open(bad, "w", encoding="utf-8") as out:
        out.write("1\tWord\tword\n\n")
    result = run(binary, "parse", bad, text, "-o", "-", "--models", models)
    check(result.returncode == 1 and "bad.conllu:1" in result.stderr, "bad CoNLL-U line named", result)
    check("# sent_id = article-1" in result.stdout, "the other input still parsed", result)
    result = run(binary, "parse", os.path.join(work, "absent.txt"), "-o", "-", "--models", models)
    check(result.returncode == 1 and "absent.txt" in result.stderr, "missing input named", result)
    result = run(binary, "parse", text, "--models", models)
    check(result.returncode == 2, "-o is required", result)
    result = run(binary, "parse", text, "-o", "-")
    check(result.returncode == 0 or (result.returncode == 1 and "no language model" in result.stderr),
          "built-in models, or a clear message without them", result)


def main():
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    binary, source, work = sys.argv[1:]
    shutil.rmtree(work, ignore_errors=True)
    models = os.path.join(work, "models")
    os.makedirs(models)
    treebank = os.path.join(source, "tests", "data", "conllu", "tiny.conllu")
    train_models(binary, treebank, models)
    test_raw_text(binary, models, work)
    test_conllu_input(binary, models, treebank)
    test_errors(binary, models, treebank, work)
    print("parse: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
