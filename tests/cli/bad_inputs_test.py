#!/usr/bin/python3
"""Bad inputs, one case each: newsgraph reports them and goes on.

Usage: /usr/bin/python3 tests/cli/bad_inputs_test.py NEWSGRAPH WORK_DIR [CASE...]

For every case the script writes a corpus folder under WORK_DIR holding a good
article (good.txt) and the bad input (generated here: nothing large is kept in
the repository), runs `newsgraph build FOLDER -o out.graphml -o out.gexf -o
out.rdf -o out.jsonld -o out.ttl -o out.nt -o out.nq` and checks that
  - newsgraph exits with the documented status (0, or 1 when some input
    failed or an output could not be written), never by a signal;
  - stderr names the bad file and says what is wrong (a regular expression per
    case; cases that are not errors, such as CRLF line ends, must print no
    error at all);
  - the good article's entities are in the output, so one bad file spoils
    nothing else;
  - every output parses: xmllint for GraphML, GEXF and RDF/XML, json for
    JSON-LD, rapper for Turtle, N-Triples and N-Quads (when installed).
Timed cases (the 100 MB article, the 1,000,000-token sentence) print their
wall time and peak memory. Exit status: 0 when every case passed, 1 otherwise.
"""

import json
import os
import re
import shutil
import stat
import subprocess
import sys
import time
import xml.etree.ElementTree as ET

FORMATS = ("graphml", "gexf", "rdf", "jsonld", "ttl", "nt", "nq")
RAPPER_SYNTAX = {"ttl": "turtle", "nt": "ntriples", "nq": "nquads"}
NOBODY = 65534

GOOD_ARTICLE = (
    "Justice ministers meet in Geneva\n\n"
    "Minister of Justice Jean Dupont said on Monday that the United Nations Office on Drugs and Crime "
    "would help the Commission fight cybercrime.\n"
)
# What the good article must contribute to every run.
GOOD_NAMES = ("Jean Dupont", "United Nations Office on Drugs and Crime")
# Looks like markup, JSON and an IRI: must come back as the same string, never as structure.
INJECTION = '<script>alert(1)</script> "]} http://x/> ]]> --> \\u0022'


class Case:
    def __init__(self, name, files, status, messages=(), args=(), quiet_ok=False, present=(), absent=(),
                 outputs=None, timed=False, timeout=300, setup=None, skip=None, check=None, run_as=None):
        self.name = name
        self.files = files          # path under the corpus folder -> bytes, or a function(path) that writes it
        self.status = status        # expected exit status
        self.messages = messages    # regular expressions stderr must match ({dir} is the corpus folder)
        self.args = list(args)
        self.quiet_ok = quiet_ok    # True: stderr must hold no "error:" line
        self.present = present      # strings some output value must equal (besides GOOD_NAMES)
        self.absent = absent        # strings no output may contain
        self.outputs = outputs      # function(case_dir) -> list of extra -o arguments, or None
        self.timed = timed
        self.timeout = timeout
        self.setup = setup          # function(case_dir) run after the files are written
        self.skip = skip            # function() -> reason to skip, or None
        self.check = check          # function(case_dir, stderr) -> failure text or None
        self.run_as = run_as        # uid to run newsgraph as (root cannot be refused a read)


def utf16(text, encoding):
    return text.encode(encoding)


def write_huge(path, size=100 * 1024 * 1024):
    """A 100 MB article of ordinary sentences, written in a few large blocks."""
    paragraph = ("Minister Anna Berg said the ministry in Oslo would publish its report on Friday. "
                 "Officials from the European Union met delegates in Brussels to discuss the budget.\n\n")
    block = (paragraph * (4 * 1024 * 1024 // len(paragraph) + 1)).encode()
    with open(path, "wb") as out:
        out.write(GOOD_ARTICLE.encode() + b"\n")
        written = 0
        while written < size:
            chunk = block[: size - written]
            out.write(chunk)
            written += len(chunk)


def write_long_sentence(path, tokens=1_000_000):
    """One sentence of a million tokens: prose with commas and semicolons, a name every 50 tokens, one full stop."""
    prose = ("the minister said that officials in the capital would meet again next week , and delegates from several "
             "countries agreed that the talks on trade and security had gone well , although critics warned that the "
             "plan had not yet answered questions about the budget or the timetable ;").split()
    words = []
    while len(words) < tokens:
        for word in prose:
            words.append(word)
            if len(words) % 50 == 0:
                words += ["Jean", "Dupont"]
    with open(path, "w", encoding="utf-8") as out:
        out.write(" ".join(words[:tokens]) + " .\n")


def write_many_names(path, count=3000):
    """An article naming thousands of distinct people, to reach --max-entities-per-document."""
    given = ["Anna", "Karl", "Maria", "Pierre", "Sofia", "Omar", "Lena", "Ivan"]
    lines = []
    for i in range(count):
        surname = "".join(chr(ord("a") + int(d)) for d in str(i)).capitalize() + "son"
        lines.append(f"Minister {given[i % len(given)]} {surname} said the talks went well.")
    with open(path, "w", encoding="utf-8") as out:
        out.write("\n\n".join(lines) + "\n")


def deep_html(depth):
    return ("<html><body>" + "<div>" * depth + "<p>Minister Karl Weber said the talks went well.</p>").encode()


NOISY_HTML = b"""<!DOCTYPE html [
  <!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY ext SYSTEM "file:///etc/passwd">
]>
<html><head><title>Talks in Vienna</title>
<script>document.write("Minister Fake Scriptname said");</script>
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Talks in Vienna"}</script>
<style>p { color: red }</style></head>
<body><!-- Minister Hidden Commentname said nothing -->
<article><p>Minister Karl Weber said &eacute;l &amp; &lt;b&gt; &#x41;&#66; &lol2; &ext; the talks went well.</p>
<script>var x = "<p>Minister Other Scriptname</p>";</script>
<!-- <p>Minister Second Commentname</p> -->
""" + b"<p>More entities: &hellip; &nbsp; &#0; &#xFFFE; &#1114112; &bogus; done.</p>\n" * 2000 + b"</article></body></html>"

JSONL = "\n".join([
    json.dumps({"id": "j1", "title": "Talks in Rome", "text": "Minister Luca Bianchi said the talks in Rome went well."}),
    "{not json at all",
    json.dumps({"id": "j3", "title": "No body"}),
    json.dumps({"id": "j4", "text": 42}),
    json.dumps({"id": {"nested": True}, "text": "Minister Paolo Rossi spoke."}),
    json.dumps({"id": "j1", "text": "Minister Marco Verdi said the talks went well."}),
    "[1, 2, 3]",
    "",
]).encode()


def no_unreadable_as_root():
    if os.geteuid() != 0:
        return None
    if not shutil.which("setpriv"):
        return "running as root without setpriv: chmod 000 cannot refuse root a read"
    return None


def as_nobody_if_root():
    return NOBODY if os.geteuid() == 0 else None


def open_up(case_dir):
    """Lets the unprivileged user newsgraph runs as (under root) reach the case folder."""
    for root, dirs, files in os.walk(case_dir):
        os.chmod(root, 0o777)
        for name in files:
            os.chmod(os.path.join(root, name), 0o666)


def make_unreadable_file(case_dir):
    open_up(case_dir)
    os.chmod(os.path.join(case_dir, "corpus", "secret.txt"), 0)


def make_unreadable_directory(case_dir):
    open_up(case_dir)
    os.chmod(os.path.join(case_dir, "corpus", "locked"), 0)


def full_disk_output(case_dir):
    link = os.path.join(case_dir, "out", "full.nt")
    os.symlink("/dev/full", link)
    return ["-o", link]


def check_missing_output_dir_not_created(case_dir, stderr):
    if os.path.exists(os.path.join(case_dir, "out", "missing")):
        return "a directory was created for the failed output"
    return None


def check_injection_round_trip(case_dir, stderr):
    """The look-alike names come back from every format as text, byte for byte."""
    out = os.path.join(case_dir, "out")
    found = {}
    with open(os.path.join(out, "out.jsonld"), encoding="utf-8") as f:
        found["jsonld"] = any(INJECTION in value for value in json_strings(json.load(f)))
    for fmt in ("graphml", "gexf", "rdf"):
        root = ET.parse(os.path.join(out, "out." + fmt)).getroot()
        found[fmt] = any(INJECTION in (element.text or "") or any(INJECTION in v for v in element.attrib.values())
                         for element in root.iter())
    if shutil.which("rapper"):
        for fmt, syntax in RAPPER_SYNTAX.items():
            result = subprocess.run(["rapper", "-q", "-i", syntax, "-o", "ntriples", os.path.join(out, "out." + fmt)],
                                    capture_output=True, text=True)
            escaped = INJECTION.replace("\\", "\\\\").replace('"', '\\"')
            found[fmt] = escaped in result.stdout
    missing = [fmt for fmt, ok in found.items() if not ok]
    return f"the quoted look-alike text is not intact in {', '.join(missing)}" if missing else None


def json_strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from json_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from json_strings(item)


def cases():
    return [
        Case("empty-file", {"empty.txt": b""}, 1, [r"{dir}/empty\.txt: empty input"]),
        Case("blank-file", {"blank.md": b"  \n\n\t\n"}, 1, [r"{dir}/blank\.md: empty input"]),
        Case("empty-jsonl", {"empty.jsonl": b"\n\n"}, 1, [r"{dir}/empty\.jsonl: empty input"]),
        Case("binary-nul-bytes", {"data.txt": bytes(range(256)) * 64}, 1,
             [r"{dir}/data\.txt: binary content \(NUL bytes\)"]),
        Case("png-image", {"photo.md": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(2000)}, 1,
             [r"{dir}/photo\.md: binary content \(a PNG image\)"]),
        Case("jpeg-image-in-jsonl", {"pictures.jsonl": b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(500)}, 1,
             [r"{dir}/pictures\.jsonl: binary content \(a JPEG image\)"]),
        Case("invalid-utf8", {"latin1.txt": "Minister Ren\xe9 M\xfcller said the caf\xe9 was closed.\n".encode("latin-1")},
             0, [r"warning: {dir}/latin1\.txt: 3 invalid UTF-8 sequence\(s\) replaced with U\+FFFD"]),
        Case("invalid-utf8-strict", {"latin1.txt": "Minister Ren\xe9 M\xfcller said so.\n".encode("latin-1")}, 1,
             [r"error: {dir}/latin1\.txt: 2 invalid UTF-8 sequence\(s\) replaced with U\+FFFD \(--strict\)"],
             args=["--strict"], absent=["M\ufffd"]),
        Case("utf16-with-bom", {"utf16.txt": utf16(GOOD_ARTICLE.replace("Jean", "Paul"), "utf-16")}, 1,
             [r"{dir}/utf16\.txt: UTF-16 text is not supported; convert it to UTF-8"]),
        Case("utf16-le-without-bom", {"utf16le.txt": utf16(GOOD_ARTICLE, "utf-16-le")}, 1,
             [r"{dir}/utf16le\.txt: UTF-16 \(little-endian\) text without a byte order mark"]),
        Case("utf16-be-without-bom", {"utf16be.md": utf16(GOOD_ARTICLE, "utf-16-be")}, 1,
             [r"{dir}/utf16be\.md: UTF-16 \(big-endian\) text without a byte order mark"]),
        Case("crlf-line-ends", {"crlf.txt": b"Talks in Oslo\r\n\r\nMinister Sofia Lind said the talks went well.\r\n"}, 0,
             quiet_ok=True, present=["Sofia Lind"]),
        Case("lone-cr-line-ends", {"cr.txt": b"Talks in Oslo\r\rMinister Sofia Lind said the talks went well.\r"}, 0,
             quiet_ok=True, present=["Sofia Lind"]),
        Case("crlf-jsonl", {"crlf.jsonl": JSONL.split(b"\n")[0] + b"\r\n" + JSONL.split(b"\n")[0].replace(b"j1", b"j9") + b"\r"},
             0, quiet_ok=True, present=["Luca Bianchi"]),
        Case("100mb-article", {"huge.txt": write_huge}, 1,
             [r"error: {dir}/huge\.txt: 10\d{7} bytes, over --max-document-size \(67108864 bytes\); skipped"],
             timed=True, timeout=120),
        Case("oversized-jsonl-line", {"big.jsonl": JSONL.split(b"\n")[0] + b"\n" +
                                      json.dumps({"id": "big", "text": "word " * 300_000}).encode() + b"\n"},
             1, [r"error: {dir}/big\.jsonl:2: line of 1500\d+ bytes, over --max-document-size \(1048576 bytes\); skipped"],
             args=["--max-document-size", "1M"], present=["Luca Bianchi"]),
        Case("million-token-sentence", {"sentence.txt": write_long_sentence}, 0, present=["Jean Dupont"],
             timed=True, timeout=300),
        Case("too-many-entities", {"names.txt": write_many_names}, 0,
             [r"warning: {dir}/names\.txt: \d+ entity mentions, more than --max-entities-per-document \(500\); the first 500 kept"],
             args=["--max-entities-per-document", "500"]),
        Case("too-many-entities-strict", {"names.txt": write_many_names}, 1,
             [r"error: {dir}/names\.txt: \d+ entity mentions, more than --max-entities-per-document \(500\) \(--strict\); skipped"],
             args=["--max-entities-per-document", "500", "--strict"], absent=["Anna Ason"]),
        Case("jsonl-bad-lines", {"corpus.jsonl": JSONL}, 1, [
            r"error: {dir}/corpus\.jsonl:2: malformed JSON \(",
            r"error: {dir}/corpus\.jsonl:3: no \"text\" or \"html\" field",
            r"error: {dir}/corpus\.jsonl:4: field \"text\" must be a string",
            r"error: {dir}/corpus\.jsonl:5: field \"id\" must be a string",
            r"warning: {dir}/corpus\.jsonl:6: duplicate id \"j1\"; the article is kept under a numbered id",
            r"error: {dir}/corpus\.jsonl:7: a line must hold one JSON object",
        ], present=["Luca Bianchi", "Marco Verdi"]),
        Case("jsonl-duplicate-id-strict", {"corpus.jsonl": JSONL}, 1,
             [r"error: {dir}/corpus\.jsonl:6: duplicate id \"j1\" \(--strict\)"], args=["--strict"],
             present=["Luca Bianchi"], absent=["Marco Verdi"]),
        Case("html-truncated", {"cut.html": b"<html><head><title>Talks</title></head><body><article><p>Minister Karl Weber "
                                            b"said the talks went well.</p><p>Then the <b>minis"}, 0,
             quiet_ok=True, present=["Karl Weber"]),
        Case("html-10000-levels", {"deep.html": deep_html(10_000)}, 1,
             [r"error: {dir}/deep\.html: HTML parser stopped at line 1: elements nested more than 256 levels deep; "
              r"the page is not read"]),
        Case("html-200-levels", {"nested.html": deep_html(200)}, 0, quiet_ok=True, present=["Karl Weber"]),
        Case("html-scripts-entities-comments", {"noisy.html": NOISY_HTML}, 0, quiet_ok=True, present=["Karl Weber"],
             absent=["Scriptname", "Commentname", "root:x:0"]),
        Case("markdown-raw-html", {"raw.md": b"# Talks in Oslo\n\n<div class=\"ad\"><script>alert('Minister Evil Scriptname')"
                                             b"</script></div>\n\nMinister Sofia Lind said <b>the talks</b> went "
                                             b"<span onclick=\"x()\">well</span>.\n\n<!-- Minister Hidden Commentname -->\n"},
             0, quiet_ok=True, present=["Sofia Lind"], absent=["Scriptname", "Commentname", "onclick"]),
        Case("control-characters", {"controls.txt": "Talks in Oslo\n\nMinister Sofia\x01 Lind said\x1b[31m the talks "
                                                    "went\x7f well \ufffe\uffff.\x0c\n".encode()},
             0, [r"warning: {dir}/controls\.txt: 4 control character\(s\) or U\+FFFE/U\+FFFF removed"]),
        Case("control-characters-strict", {"controls.txt": "Minister Sofia\x01 Lind said so \ufffe.\n".encode()}, 1,
             [r"error: {dir}/controls\.txt: 2 control character\(s\) or U\+FFFE/U\+FFFF removed \(--strict\)"],
             args=["--strict"]),
        Case("unterminated-quotation", {"quote.txt": b"Talks in Oslo\n\nMinister Sofia Lind said: \"We will never stop "
                                                     b"working\n\nThe talks went on. \xe2\x80\x9cAnother one\n"},
             0, quiet_ok=True, present=["Sofia Lind"]),
        Case("names-like-xml-iri-json", {'<script>"]} http:x>.txt':
                                         ("Talks in Oslo\n\nMinister Sofia Lind said: \u201c" + INJECTION +
                                          "\u201d\n").encode()},
             0, quiet_ok=True, present=["Sofia Lind"], check=check_injection_round_trip),
        Case("unreadable-file", {"secret.txt": GOOD_ARTICLE.replace("Jean", "Paul").encode()}, 1,
             [r"error: {dir}/secret\.txt: cannot open: Permission denied"], setup=make_unreadable_file,
             skip=no_unreadable_as_root, run_as=as_nobody_if_root(), absent=["Paul Dupont"]),
        Case("unreadable-directory", {"locked/inside.txt": GOOD_ARTICLE.replace("Jean", "Paul").encode()}, 1,
             [r"error: {dir}/locked: cannot list directory: Permission denied; skipped"], setup=make_unreadable_directory,
             skip=no_unreadable_as_root, run_as=as_nobody_if_root(), absent=["Paul Dupont"]),
        Case("output-in-missing-directory", {}, 1, [r"error: .*/out/missing/dir/out2\.rdf: "],
             outputs=lambda d: ["-o", os.path.join(d, "out", "missing", "dir", "out2.rdf")],
             check=check_missing_output_dir_not_created),
        Case("output-on-full-disk", {}, 1, [r"error: .*/out/full\.nt: .*No space left on device"], outputs=full_disk_output),
    ]


def write_files(corpus, files):
    os.makedirs(corpus, exist_ok=True)
    with open(os.path.join(corpus, "good.txt"), "w", encoding="utf-8") as f:
        f.write(GOOD_ARTICLE)
    for name, content in files.items():
        path = os.path.join(corpus, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if callable(content):
            content(path)
        else:
            with open(path, "wb") as f:
                f.write(content)


def parse_failure(path, fmt):
    """Why the output at `path` does not parse, or None."""
    if fmt == "jsonld":
        try:
            with open(path, encoding="utf-8") as f:
                json.load(f)
        except ValueError as error:
            return f"JSON-LD does not parse: {error}"
        return None
    if fmt in ("graphml", "gexf", "rdf"):
        if shutil.which("xmllint"):
            result = subprocess.run(["xmllint", "--noout", "--nonet", path], capture_output=True, text=True)
            return f"xmllint: {result.stderr.strip()[:300]}" if result.returncode else None
        try:
            ET.parse(path)
        except ET.ParseError as error:
            return f"XML does not parse: {error}"
        return None
    if shutil.which("rapper"):
        result = subprocess.run(["rapper", "-q", "-c", "-i", RAPPER_SYNTAX[fmt], path], capture_output=True, text=True)
        return f"rapper: {result.stderr.strip()[:300]}" if result.returncode else None
    return None


def output_values(out_dir):
    """Every name-like value of the JSON-LD and every text of the GraphML."""
    values = set()
    with open(os.path.join(out_dir, "out.jsonld"), encoding="utf-8") as f:
        values.update(json_strings(json.load(f)))
    for element in ET.parse(os.path.join(out_dir, "out.graphml")).getroot().iter():
        if element.text:
            values.add(element.text)
    return values


def run_measured(command, case_dir, timeout):
    """Runs `command`; returns (exit status or -signal, stderr, seconds, peak RSS in KiB), status None on timeout."""
    err_path = os.path.join(case_dir, "stderr.txt")
    with open(err_path, "wb") as err:
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err)
        start = time.monotonic()
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - start > timeout:
                process.kill()
                process.wait()
                return None, "", timeout, 0
            time.sleep(0.05)
        elapsed = time.monotonic() - start
        process.returncode = os.waitstatus_to_exitcode(status)
    with open(err_path, encoding="utf-8", errors="replace") as err:
        stderr = err.read()
    return process.returncode, stderr, elapsed, usage.ru_maxrss


def run_case(newsgraph, work, case):
    case_dir = os.path.join(work, case.name)
    if os.path.exists(case_dir):
        subprocess.run(["chmod", "-R", "u+rwx", case_dir], check=False)
        shutil.rmtree(case_dir)
    corpus = os.path.join(case_dir, "corpus")
    out = os.path.join(case_dir, "out")
    write_files(corpus, case.files)
    os.makedirs(out)
    extra_outputs = case.outputs(case_dir) if case.outputs else []
    if case.setup:
        case.setup(case_dir)
    command = [newsgraph, "build", corpus, "-j", "2"] + [a for f in FORMATS for a in ("-o", os.path.join(out, "out." + f))]
    command += extra_outputs + case.args
    if case.run_as is not None:
        command = ["setpriv", f"--reuid={case.run_as}", f"--regid={case.run_as}", "--clear-groups"] + command
    returncode, stderr, elapsed, peak_kib = run_measured(command, case_dir, case.timeout)
    if returncode is None:
        return [f"did not finish within {case.timeout} s"], ""
    failures = []
    if returncode < 0:
        failures.append(f"killed by signal {-returncode}")
    elif returncode != case.status:
        failures.append(f"exit status {returncode}, expected {case.status}")
    for pattern in case.messages:
        regex = pattern.replace("{dir}", re.escape(corpus))
        if not re.search(regex, stderr):
            failures.append(f"stderr lacks /{regex}/")
    if case.quiet_ok and re.search(r"(error|warning): ", stderr):
        failures.append("unexpected diagnostics")
    for fmt in FORMATS:
        path = os.path.join(out, "out." + fmt)
        if not os.path.exists(path):
            failures.append(f"out.{fmt} was not written")
            continue
        problem = parse_failure(path, fmt)
        if problem:
            failures.append(f"out.{fmt}: {problem}")
    if not failures:
        values = output_values(out)
        for name in GOOD_NAMES + tuple(case.present):
            if name not in values:
                failures.append(f"'{name}' is not in the output")
        for fmt in FORMATS:
            with open(os.path.join(out, "out." + fmt), encoding="utf-8", errors="replace") as f:
                text = f.read()
            for word in case.absent:
                if word in text:
                    failures.append(f"'{word}' should not be in out.{fmt}")
    if case.check and not failures:
        problem = case.check(case_dir, stderr)
        if problem:
            failures.append(problem)
    timing = ""
    if case.timed:
        timing = f"{elapsed:.1f} s, peak RSS {peak_kib // 1024} MiB"
    if failures:
        failures.append("stderr was:\n" + "\n".join("    " + line for line in stderr.splitlines()[-15:]))
    return failures, timing


XXE_RDF = """<?xml version="1.0"?>
<!DOCTYPE rdf:RDF [ <!ENTITY xxe SYSTEM "file://{secret}"> ]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:schema="https://schema.org/">
  <rdf:Description rdf:about="https://w3id.org/newsgraph/id/person/x">
    <rdf:type rdf:resource="https://w3id.org/newsgraph/ontology#Person"/>
    <schema:name>Name &xxe;</schema:name>
  </rdf:Description>
</rdf:RDF>
"""


def merge_ignores_external_entities(newsgraph, work):
    """`newsgraph merge` reads RDF/XML without loading external entities: the secret stays out."""
    case_dir = os.path.join(work, "merge-external-entity")
    shutil.rmtree(case_dir, ignore_errors=True)
    os.makedirs(case_dir)
    secret = os.path.join(case_dir, "secret.txt")
    with open(secret, "w") as f:
        f.write("SECRET-CONTENT\n")
    with open(os.path.join(case_dir, "in.rdf"), "w") as f:
        f.write(XXE_RDF.format(secret=secret))
    out = os.path.join(case_dir, "out.nt")
    result = subprocess.run([newsgraph, "merge", os.path.join(case_dir, "in.rdf"), "-o", out], capture_output=True, text=True)
    failures = []
    if result.returncode < 0:
        failures.append(f"killed by signal {-result.returncode}")
    if os.path.exists(out):
        with open(out, encoding="utf-8") as f:
            if "SECRET-CONTENT" in f.read():
                failures.append("the external entity was loaded into the merged graph")
    shutil.rmtree(case_dir, ignore_errors=True)
    return failures


def main():
    if len(sys.argv) < 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    newsgraph, work = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    chosen = set(sys.argv[3:])
    os.makedirs(work, exist_ok=True)
    failed = 0
    for case in cases():
        if chosen and case.name not in chosen:
            continue
        reason = case.skip() if case.skip else None
        if reason:
            print(f"SKIP {case.name}: {reason}")
            continue
        failures, timing = run_case(newsgraph, work, case)
        if failures:
            failed += 1
            print(f"FAIL {case.name}:\n  " + "\n  ".join(failures))
        else:
            print(f"PASS {case.name}" + (f" ({timing})" if timing else ""))
        sys.stdout.flush()
        shutil.rmtree(os.path.join(work, case.name), ignore_errors=True)
    if not chosen or "merge-external-entity" in chosen:
        failures = merge_ignores_external_entities(newsgraph, work)
        failed += bool(failures)
        print("FAIL merge-external-entity: " + "; ".join(failures) if failures else "PASS merge-external-entity")
    print(f"{failed} case(s) failed" if failed else "all cases passed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
