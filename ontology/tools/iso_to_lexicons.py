#!/usr/bin/python3
"""Writes ontology/lexicons/{subdivisions,currencies,languages}.tsv from Debian's iso-codes JSON.

Usage: ontology/tools/iso_to_lexicons.py [ISO_CODES_JSON_DIR] [--out DIR] [--check]
The directory defaults to /usr/share/iso-codes/json (Debian package iso-codes; its data is LGPL-2.1+); the
files are written to ontology/lexicons, or DIR. The other lexicons the rules below use are read from ontology/lexicons.
With --check nothing is written: the exit status is 1 when a file differs from what would be written.

Subdivisions (ISO 3166-2) become places that the gazetteer matches, so only unambiguous names are kept:
  levels  the first level of every country with at most MAX_FIRST_LEVEL first-level subdivisions
          (larger first levels are municipalities: Slovenia's 212, Latvia's 119), and the second level of a
          country whose first level has at most FEW_PARTS entries (the United Kingdom's four nations: English
          counties and unitary authorities, Scottish council areas, Welsh unitary authorities, Northern Irish districts);
          types whose units are towns or parts of one (TOWN_TYPES: municipalities, communes, London boroughs,
          metropolitan districts) are left out;
  names   a bracketed or parenthesized note is dropped ("Ilocos (Region I)" -> "Ilocos"), " / " separates
          aliases, and inverted official names ("Murcia, Region de") are left out;
  skipped a name that is a common English word (lexicons/common_words.tsv), or its plural ("Rivers"), or a given name
          (lexicons/given_names.tsv); a name, alias or demonym of places.tsv or organizations.tsv (the existing
          entry stays: Lima the city, Georgia the country, Washington the city); an ISO 3166-1 or former (3166-3) country name; a name
          that two or more ISO 3166-2 subdivisions share, anywhere and at any level ("Central", "Limburg").
A subdivision's parent is its parent subdivision when that is a place here or in places.tsv (England for Devon),
else its country.
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LEXICONS = os.path.join(HERE, "..", "lexicons")
MAX_FIRST_LEVEL = 60
FEW_PARTS = 4
# Subdivision types whose units are single towns or parts of one: news names the town, a city lexicon's job.
TOWN_TYPES = {"municipality", "city municipality", "district municipality", "special municipality", "commune",
              "local council", "quarter", "city corporation", "london borough", "metropolitan district"}
LICENCE = "# Source: Debian iso-codes {version} (ISO {standard}), data licensed LGPL-2.1-or-later.\n"


def fold(text):
    text = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).casefold().split())


def read_tsv(name):
    with open(os.path.join(LEXICONS, name), encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f if line.strip() and not line.startswith("#")]


def bars(cell):
    return [part.strip() for part in cell.split("|") if part.strip()]


def known_names():
    """Folded names of existing places (to their key); of organizations and given names; common words."""
    places, taken = {}, set()
    for row in read_tsv("places.tsv"):
        for name in [row[1]] + sum((bars(row[i]) for i in (3, 4) if i < len(row)), []):
            places.setdefault(fold(name), row[0])
    for row in read_tsv("organizations.tsv"):
        taken.update(fold(n) for n in [row[1]] + (bars(row[2]) if len(row) > 2 else []))
    taken.update(fold(row[0]) for row in read_tsv("given_names.tsv"))
    words = {fold(row[0]) for row in read_tsv("common_words.tsv")}
    return places, taken, words


def common(name, words):
    """True for a common word, or a plural whose singular is one ("Rivers")."""
    return name in words or any(name.endswith(end) and name[: -len(end)] in words for end in ("s", "es"))


def names_of(raw):
    """The English-usable names of one ISO name: notes dropped, ' / ' split; [] for an inverted official name."""
    name = re.sub(r"\s*[\[(][^\])]*[\])]", "", raw).strip()
    if "," in name or ";" in name or name.startswith("/"):
        return []
    return [part.strip() for part in name.split(" / ") if part.strip()]


def parent_code(s):
    """The full ISO code of a subdivision's parent ("GB-ENG"; iso-codes writes some as "ENG"), or None."""
    if "parent" not in s:
        return None
    return s["parent"] if "-" in s["parent"] else s["code"].split("-")[0] + "-" + s["parent"]


def kept_levels(subdivisions):
    """The subdivisions to keep by level (see the module comment)."""
    first = {}
    for s in subdivisions:
        if "parent" not in s:
            first.setdefault(s["code"].split("-")[0], []).append(s["code"])
    few = {code for country, codes in first.items() if len(codes) <= FEW_PARTS for code in codes}
    kept = []
    for s in subdivisions:
        country = s["code"].split("-")[0]
        top = "parent" not in s and len(first[country]) <= MAX_FIRST_LEVEL
        second = parent_code(s) in few
        if (top or second) and s["type"].lower() not in TOWN_TYPES:
            kept.append(s)
    return kept


def subdivision_rows(source, country_keys, country_names):
    with open(os.path.join(source, "iso_3166-2.json"), encoding="utf-8") as f:
        subdivisions = json.load(f)["3166-2"]
    places, taken, words = known_names()
    uses = {}
    for s in subdivisions:
        for name in set(fold(n) for n in names_of(s["name"])):
            uses[name] = uses.get(name, 0) + 1
    keys = {s["code"]: "iso_" + s["code"].lower().replace("-", "_") for s in subdivisions}
    for s in subdivisions:  # a subdivision already in places.tsv is its own entry there
        existing = [places[fold(n)] for n in names_of(s["name"]) if fold(n) in places]
        if existing:
            keys[s["code"]] = existing[0]
    named = {}
    for s in kept_levels(subdivisions):
        names = [n for n in names_of(s["name"]) if fold(n) not in places and fold(n) not in taken
                 and not common(fold(n), words) and fold(n) not in country_names and uses[fold(n)] == 1]
        if names:
            named[s["code"]] = (s, names)
    rows, skipped = [], len(kept_levels(subdivisions)) - len(named)
    for code, (s, names) in named.items():
        # The parent subdivision when it is a place (here or in places.tsv), else the country.
        up = parent_code(s)
        parent = keys[up] if up in named or (up in keys and not keys[up].startswith("iso_")) else None
        parent = parent or country_keys.get(code.split("-")[0])
        if not parent:
            skipped += 1
            continue
        rows.append([keys[code], names[0], s["type"].lower(), "|".join(names[1:]), "", parent, code])
    return rows, skipped


def countries(source):
    with open(os.path.join(source, "iso_3166-1.json"), encoding="utf-8") as f:
        entries = json.load(f)["3166-1"]
    keys = {row[2]: row[0] for row in read_tsv("place_codes.tsv")}
    with open(os.path.join(source, "iso_3166-3.json"), encoding="utf-8") as f:
        entries += json.load(f)["3166-3"]  # former countries ("Zaire")
    names = {fold(c[field].split(",")[0]) for c in entries for field in ("name", "common_name", "official_name")
             if field in c}
    return keys, names


def currency_rows(source):
    with open(os.path.join(source, "iso_4217.json"), encoding="utf-8") as f:
        entries = json.load(f)["4217"]
    return [[c["alpha_3"], c["name"], c["numeric"]] for c in sorted(entries, key=lambda c: c["alpha_3"])]


def language_rows(source):
    with open(os.path.join(source, "iso_639-2.json"), encoding="utf-8") as f:
        entries = json.load(f)["639-2"]
    rows = []
    for lang in sorted(entries, key=lambda e: e["alpha_3"]):
        if "alpha_2" not in lang:
            continue
        names = [n.strip() for n in lang["name"].split(";") if n.strip()]
        rows.append([lang["alpha_3"], names[0], lang["alpha_2"], "|".join(names[1:])])
    return rows


def render(header, rows):
    return header + "".join("\t".join(row) + "\n" for row in rows)


def version(source):
    try:
        with open("/usr/share/doc/iso-codes/changelog.Debian.gz", "rb") as f:
            import gzip
            first = gzip.decompress(f.read()).decode().split("\n", 1)[0]
        return re.search(r"\(([^)]+)\)", first).group(1)
    except OSError:
        return "(version unknown)"


def main():
    args = [a for a in sys.argv[1:] if a != "--check"]
    out_dir = LEXICONS
    if "--out" in args:
        out_dir = args.pop(args.index("--out") + 1)
        args.remove("--out")
    source = args[0] if args else "/usr/share/iso-codes/json"
    v = version(source)
    country_keys, country_names = countries(source)
    subdivisions, skipped = subdivision_rows(source, country_keys, country_names)
    files = {
        "subdivisions.tsv": render(
            "# Generated by ontology/tools/iso_to_lexicons.py; do not edit. Which subdivisions and names are kept: see the tool.\n"
            + LICENCE.format(version=v, standard="3166-2")
            + "# Places: key\tcanonical name\tkind (ISO subdivision type)\taliases (|)\tdemonyms (|)\tparent key\tISO 3166-2 code\n",
            subdivisions),
        "currencies.tsv": render(
            "# Generated by ontology/tools/iso_to_lexicons.py; do not edit.\n" + LICENCE.format(version=v, standard="4217")
            + "# Currencies: ISO 4217 code\tEnglish name\tnumeric code\n", currency_rows(source)),
        "languages.tsv": render(
            "# Generated by ontology/tools/iso_to_lexicons.py; do not edit. Languages with an ISO 639-1 code.\n"
            + LICENCE.format(version=v, standard="639-2")
            + "# Languages: ISO 639-2 code\tEnglish name\tISO 639-1 code\tother English names (|)\n", language_rows(source)),
    }
    changed = []
    for name, text in files.items():
        path = os.path.join(out_dir, name)
        old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
        if old != text:
            changed.append(name)
            if "--check" not in sys.argv:
                with open(path, "w", encoding="utf-8", newline="\n") as out:
                    out.write(text)
    print(f"{len(subdivisions)} subdivisions ({skipped} left out as ambiguous), "
          f"{files['currencies.tsv'].count(chr(10)) - 3} currencies, {files['languages.tsv'].count(chr(10)) - 3} languages; "
          f"{'differs' if '--check' in sys.argv else 'written'}: {', '.join(changed) or 'none'}")
    return 1 if changed and "--check" in sys.argv else 0


if __name__ == "__main__":
    sys.exit(main())
