#!/usr/bin/python3
"""Kill test: newsgraph interrupted (SIGINT, SIGTERM) at many points of a
corpus run leaves the previous outputs byte-identical and no temporary file.

Usage: interrupt_test.py NEWSGRAPH WORK_DIR
"""
import os, shutil, signal, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def main():
    newsgraph, work = sys.argv[1], sys.argv[2]
    shutil.rmtree(work, ignore_errors=True)  # a file left by an earlier failed run is not this run's
    os.makedirs(work)
    corpus = os.path.join(work, "corpus.jsonl")
    subprocess.run([sys.executable, os.path.join(ROOT, "bench", "generate_corpus.py"), "1", corpus], check=True,
                   capture_output=True)
    outputs = [os.path.join(work, "graph" + ext) for ext in (".graphml", ".rdf", ".jsonld")]
    previous = {}
    for path in outputs:
        with open(path, "w") as f:
            f.write("previous output of " + os.path.basename(path) + "\n")
        previous[path] = open(path, "rb").read()
    args = [newsgraph, "build", corpus, "-q"] + [a for p in outputs for a in ("-o", p)]

    # One complete run first, to learn how long a run takes.
    start = time.monotonic()
    subprocess.run(args[:3] + ["-q", "-o", os.path.join(work, "full.graphml")], check=True)
    full = time.monotonic() - start
    failures = 0
    kills = 0
    for fraction in (0.1, 0.5, 0.8, 0.9, 0.95, 0.99):
        for sig in (signal.SIGINT, signal.SIGTERM):
            process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(full * fraction)
            if process.poll() is None:
                process.send_signal(sig)
                kills += 1
            status = process.wait()
            leftovers = [n for n in os.listdir(work) if ".tmp-" in n]
            if status == 0:
                # The run finished before the signal: every output is complete (an earlier
                # finished run may already have written the same bytes: output is deterministic).
                complete = all(open(p, "rb").read().rstrip().endswith((b"</graphml>", b"</rdf:RDF>", b"]}")) for p in outputs)
                ok = complete and not leftovers
                for p in outputs:
                    previous[p] = open(p, "rb").read()
            else:
                # Interrupted: each output is either untouched or completely written (renamed), never partial.
                ok = not leftovers and all(
                    open(p, "rb").read() == previous[p] or open(p, "rb").read().rstrip().endswith((b"</graphml>", b"</rdf:RDF>", b"]}"))
                    for p in outputs)
                for p in outputs:
                    previous[p] = open(p, "rb").read()
            print(f"{sig.name:8s} at {fraction:4.2f} of {full:.2f}s: exit {status:4d}, "
                  f"leftover temporary files {len(leftovers)}: {'ok' if ok else 'FAIL'}")
            failures += not ok
    print(f"{kills} runs interrupted, {failures} failed")
    return 1 if failures or kills == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
