"""`newsgraph query GRAPH --neighbors/--path/--top/--said-by/--about` on the samples' outputs.

Usage: /usr/bin/python3 test_graph_cli.py NEWSGRAPH_BINARY SOURCE_DIR WORK_DIR
"""

import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import query_support as qs  # noqa: E402

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message)


def main():
    newsgraph, source, work = sys.argv[1:4]
    newsgraph = os.path.abspath(newsgraph)
    os.makedirs(work, exist_ok=True)
    graphs = qs.build_graphs(newsgraph, source, work)

    def ask(*args, graph="samples.nt"):
        done = subprocess.run([newsgraph, "query", graphs[graph], *args], capture_output=True, text=True)
        return done.returncode, done.stdout, done.stderr

    status, out, err = ask("--neighbors", "yury fedotov")
    check(status == 0, f"--neighbors exits 0: {err}")
    check("-[holdsPosition]-> United Nations Office on Drugs and Crime (Organization) role: Executive Director" in out,
          f"Fedotov's neighbours include his position:\n{out}")
    check("-[counters]-> cybercrime (Threat)" in out, "and the threat he counters")
    check(" -[mentions]" not in out and "<-[mentions]" not in out, "article mentions are left out")
    check(ask("--neighbors", "YURY FEDOTOV")[1] == out, "names match whatever the case")
    check(ask("--neighbors", "Fedotov")[1] == out, "a surname alone finds the person")
    check(ask("--neighbors", "UNODC")[0] == 0, "an alias finds the entity")

    status, out, err = ask("--said-by", "antonio guterres")
    check(status == 0, f"--said-by exits 0: {err}")
    check(re.search(r'"Cybercrime is an area in which there is much work to do and no time to waste"', out) is not None,
          f"Guterres's quote, accents ignored in the name:\n{out}")
    check("Mr. Guterres said." in out and "says UN chief" in out, "with the evidence sentence and the headline")

    status, out, err = ask("--relation", "leads")
    check(status == 0, f"--relation exits 0: {err}")
    check(out.startswith("leads: ") and "António Guterres -[leads]-> United Nations" in out
          and "Secretary-General" in out, f"--relation lists every edge of one type with its evidence:\n{out}")
    check(all(" -[leads]-> " in line for line in out.splitlines() if " -[" in line), "--relation lists no other type")
    status, out, err = ask("--relation", "bornIn", graph="people.nt")
    check(status == 0 and out.startswith("bornIn: ") and "Keiko Tanaka -[bornIn]-> Osaka" in out
          and "born in Osaka in 1979" in out, f"--relation bornIn lists where people were born:\n{out}")
    status, out, err = ask("--relation", "kills")
    check(status == 2 and "no relation named 'kills'" in err, f"--relation with an unknown name is a usage error: {err}")

    status, out, err = ask("--path", "Yury Fedotov", "United Nations")
    check(status == 0, f"--path exits 0: {err}")
    check(out.startswith("path 1 (") and re.search(r"Yury Fedotov -\[(holdsPosition|leads)\]-> United Nations Office on "
                                                   r"Drugs and Crime", out) is not None,
          f"the path runs through Fedotov's position:\n{out}")
    hops = [line for line in out.splitlines() if line.startswith("  ") and not line.startswith("      ")]
    evidence = [line for line in out.splitlines() if line.startswith("      ")]
    check(len(evidence) >= len(hops) > 0, "every hop shows its evidence")

    status, out, err = ask("--about", "cybercrime")
    check(status == 0, f"--about exits 0: {err}")
    check("Yury Fedotov -[counters]-> cybercrime" in out, f"who counters cybercrime:\n{out}")
    check("Yury Fedotov -[holdsPosition]-> United Nations Office on Drugs and Crime (role: Executive Director)" in out,
          "and for which organization")

    below = out.split("below cybercrime in the taxonomy:\n", 1)
    check(len(below) == 2 and below[1].startswith("ransomware (Threat)"),
          f"--about a threat also answers for the threats below it (ransomware):\n{out}")
    status, out, err = ask("--about", "ICCS 09")
    check(status == 0 and out.startswith("09: Acts against public safety and state security")
          and "ransomware (Threat)" in out and "cybercrime (Threat)" in out and "human trafficking" not in out,
          f"--about an ICCS section finds the threats below it:\n{out}{err}")
    status, out, err = ask("--about", "0204")
    check(status == 0 and "annual session -[counters]-> human trafficking" in out, f"--about an ICCS division:\n{out}{err}")
    status, out, err = ask("--about", "16.4", graph="sdg.nt")
    check(status == 0 and "<http://metadata.un.org/sdg/16.4>" in out
          and "United Nations Office on Drugs and Crime -[pursues]-> SDG target 16.4" in out,
          f"--about an SDG target:\n{out}{err}")
    status, out, err = ask("--about", "SDG 16", graph="sdg.nt")
    check(status == 0 and "SDG target 16.9 (Goal)" in out, f"--about a goal finds its targets:\n{out}{err}")

    status, out, err = ask("--top", "5", "--by", "degree")
    lines = out.splitlines()
    check(status == 0 and len(lines) == 5 and lines[0].startswith("1. "), f"--top 5 gives five lines:\n{out}{err}")
    scores = [float(line.rsplit(" ", 1)[1]) for line in lines]
    check(scores == sorted(scores, reverse=True), "ranked by degree")
    status, out, _ = ask("--top", "3", "--by", "mentions", graph="dated.nt")
    check(status == 0 and out.startswith("1. European Union Agency for Law Enforcement Cooperation (Organization)  3"),
          f"Europol is mentioned by all three dated articles:\n{out}")
    check(ask("--top", "3")[0] == 0, "pagerank is the default ranking")
    check(ask("--top", "3", "--by", "fame")[0] == 2, "an unknown ranking is a usage error")

    status, _, err = ask("--neighbors", "police")
    check(status == 1 and "ambiguous" in err and "Spanish National Police" in err and "Dutch National Police" in err,
          f"an ambiguous name lists the candidates and exits 1: {status} {err}")
    status, _, err = ask("--neighbors", "Nobody Atall")
    check(status == 1 and "no entity" in err, f"an unknown name exits 1: {err}")
    check(ask("--path", "Yury Fedotov")[0] == 2, "--path needs two entities")
    check(ask("--top", "3", "--about", "cybercrime")[0] == 2, "one question at a time")

    if failures:
        print(f"{len(failures)} failure(s)")
        return 1
    print("graph questions: all answers as expected")
    return 0


if __name__ == "__main__":
    sys.exit(main())
