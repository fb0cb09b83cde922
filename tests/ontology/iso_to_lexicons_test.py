#!/usr/bin/python3
"""Tests ontology/tools/iso_to_lexicons.py: its rules on a small hand-made iso-codes folder, and, when Debian's
iso-codes package of the version the committed files name is installed, that they are what the tool writes.

Usage: iso_to_lexicons_test.py PROJECT_DIR. Exit 0 on success, 1 on a failure. The first part always runs; the
second is left out (with a note) when that iso-codes version is not installed.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

FIXTURE = {
    "iso_3166-1.json": {"3166-1": [
        {"alpha_2": "GB", "alpha_3": "GBR", "name": "United Kingdom"},
        {"alpha_2": "PE", "alpha_3": "PER", "name": "Peru"},
        {"alpha_2": "FR", "alpha_3": "FRA", "name": "France"},
        {"alpha_2": "BE", "alpha_3": "BEL", "name": "Belgium"},
        {"alpha_2": "NL", "alpha_3": "NLD", "name": "Netherlands"},
        {"alpha_2": "SI", "alpha_3": "SVN", "name": "Slovenia"}]},
    "iso_3166-3.json": {"3166-3": [{"alpha_3": "ZAR", "name": "Zaire, Republic of"}]},
    "iso_3166-2.json": {"3166-2": [
        {"code": "GB-ENG", "name": "England", "type": "Country"},
        {"code": "GB-SCT", "name": "Scotland", "type": "Country"},
        {"code": "GB-DEV", "name": "Devon", "parent": "GB-ENG", "type": "Two-tier county"},
        {"code": "GB-CON", "name": "Cornwall", "parent": "ENG", "type": "Unitary authority"},
        {"code": "GB-BOL", "name": "Bolton", "parent": "GB-ENG", "type": "Metropolitan district"},
        {"code": "PE-LIM", "name": "Lima", "type": "Region"},
        {"code": "PE-ARE", "name": "Arequipa", "type": "Region"},
        {"code": "PE-CEN", "name": "Centre", "type": "Region"},
        {"code": "PE-NOR", "name": "North", "type": "Region"},
        {"code": "PE-RIV", "name": "Rivers", "type": "Region"},
        {"code": "PE-ZAI", "name": "Zaire", "type": "Region"},
        {"code": "PE-ILO", "name": "Ilocos (Region I)", "type": "Region"},
        {"code": "PE-MUR", "name": "Murcia, Region de", "type": "Region"},
        {"code": "FR-CEN", "name": "Centre", "type": "Metropolitan region"},
        {"code": "FR-75", "name": "Paris", "parent": "IDF", "type": "Metropolitan department"},
        {"code": "FR-29", "name": "Finistère", "parent": "BRE", "type": "Metropolitan department"},
        {"code": "BE-VLI", "name": "Limburg", "type": "Province"},
        {"code": "BE-WAL", "name": "wallonne, Region", "type": "Region"},
        {"code": "BE-WHT", "name": "Hainaut", "parent": "WAL", "type": "Province"},
        {"code": "NL-LI", "name": "Limburg", "type": "Province"},
        {"code": "NL-AA", "name": "Haute-Sangha / Mambere", "type": "Province"}]
        + [{"code": f"SI-{i:03d}", "name": f"Obcina{i}", "type": "Region"} for i in range(61)]},
    "iso_4217.json": {"4217": [{"alpha_3": "KES", "name": "Kenyan Shilling", "numeric": "404"},
                               {"alpha_3": "EUR", "name": "Euro", "numeric": "978"}]},
    "iso_639-2.json": {"639-2": [{"alpha_3": "fre", "alpha_2": "fr", "name": "French"},
                                 {"alpha_3": "ang", "name": "English, Old (ca.450-1100)"},
                                 {"alpha_3": "spa", "alpha_2": "es", "name": "Spanish; Castilian"}]},
}

failures = []


def check(condition, what):
    if not condition:
        failures.append(what)
        print("FAILED:", what)


def rows(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f if not line.startswith("#")]


def fixture_run(tool):
    with tempfile.TemporaryDirectory() as source, tempfile.TemporaryDirectory() as out:
        for name, data in FIXTURE.items():
            with open(os.path.join(source, name), "w", encoding="utf-8") as f:
                json.dump(data, f)
        subprocess.run([sys.executable, tool, source, "--out", out], check=True, capture_output=True)
        subdivisions = {row[1]: row for row in rows(os.path.join(out, "subdivisions.tsv"))}
        currencies = rows(os.path.join(out, "currencies.tsv"))
        languages = rows(os.path.join(out, "languages.tsv"))
        header = open(os.path.join(out, "subdivisions.tsv"), encoding="utf-8").read()
    check(subdivisions.get("Devon") == ["iso_gb_dev", "Devon", "two-tier county", "", "", "england", "GB-DEV"],
          "an English county is a place under England, with its ISO code")
    check(subdivisions.get("Cornwall", [""] * 7)[5] == "england", "a short parent code (ENG) is the country's")
    check(subdivisions.get("Hainaut", [""] * 7)[5] == "belgium", "a parent that is not a place gives way to the country")
    check("Bolton" not in subdivisions, "town-level types (metropolitan districts) are left out")
    check("Arequipa" in subdivisions and subdivisions["Arequipa"][5] == "peru", "a first-level region under its country")
    check("Lima" not in subdivisions, "a name of places.tsv (Lima the city) keeps its entry")
    check("North" not in subdivisions, "a common word is not a place")
    check("Rivers" not in subdivisions, "the plural of a common word is not a place")
    check("Zaire" not in subdivisions, "a former country's name is not a subdivision")
    check("Centre" not in subdivisions and "Limburg" not in subdivisions, "a name two subdivisions share is left out")
    check("Ilocos" in subdivisions, "a parenthesized note is dropped from the name")
    check(not any(name.startswith("Murcia") for name in subdivisions), "an inverted official name is left out")
    check(subdivisions.get("Haute-Sangha", [""] * 4)[3] == "Mambere", "' / ' gives an alias")
    check("Finistère" not in subdivisions and "Paris" not in subdivisions,
          "the second level of a country with many first-level parts is left out")
    check(not any(name.startswith("Obcina") for name in subdivisions),
          "a first level of more than 60 parts (municipalities) is left out")
    check("LGPL-2.1-or-later" in header, "the header names the data licence")
    check(["EUR", "Euro", "978"] in currencies and ["KES", "Kenyan Shilling", "404"] in currencies, "currencies")
    check(["fre", "French", "fr", ""] in languages and ["spa", "Spanish", "es", "Castilian"] in languages
          and not any(row[0] == "ang" for row in languages), "languages with an ISO 639-1 code, other names as aliases")


def shipped_run(tool, lexicons):
    installed = "/usr/share/iso-codes/json"
    header = open(os.path.join(lexicons, "subdivisions.tsv"), encoding="utf-8").read(400)
    wanted = re.search(r"iso-codes (\S+)", header).group(1)
    try:
        log = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "iso-codes"], capture_output=True, text=True)
        version = log.stdout.strip()
    except OSError:
        version = ""
    if not os.path.isdir(installed) or version != wanted:
        print(f"shipped files not checked: iso-codes {wanted} is not installed (found '{version}')")
        return
    result = subprocess.run([sys.executable, tool, "--check"], capture_output=True, text=True)
    check(result.returncode == 0, "the committed lexicons are what the tool writes: " + result.stdout.strip())


def main():
    project = sys.argv[1]
    tool = os.path.join(project, "ontology", "tools", "iso_to_lexicons.py")
    fixture_run(tool)
    shipped_run(tool, os.path.join(project, "ontology", "lexicons"))
    print(f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
