#!/usr/bin/python3
"""Tests ontology/tools/cities_to_lexicon.py on a hand-made cities file, treebank and cluster table: which cities it
keeps, and how it writes them.

Usage: cities_to_lexicon_test.py PROJECT_DIR. Exit 0 on success, 1 on a failure.
"""
import os
import subprocess
import sys
import tempfile

# (id, name, country, ASCII name, feature code, population)
CITIES = [
    (1, "Porto Alegre", "BR", "", "PPLA", 1372741),
    (2, "Zbrovna", "UA", "", "PPL", 150000),
    (3, "Zbrovna", "PL", "", "PPL", 120000),       # a smaller namesake
    (4, "Tinyville", "BR", "", "PPL", 5000),        # too small
    (5, "Mobile", "US", "", "PPL", 190000),         # written in lower case by the treebank
    (6, "Paris", "FR", "", "PPLC", 2138551),        # in places.tsv already
    (7, "Batmanor", "TR", "", "PPL", 400000),       # frequent, in a cluster of no places
    (8, "Kelstonia", "US", "", "PPL", 300000),      # frequent, in a cluster of places
    (9, "Eastgrove", "GB", "", "PPLX", 300000),     # a district of another city
    (10, "Dà Lạt", "VN", "Da Lat", "PPLA", 197000),
]
TREEBANK = "1\tmobile\tmobile\tADJ\tJJ\t_\t0\troot\t_\t_\n\n"
# "batmanor" shares its cluster with words, "kelstonia" with places of places.tsv
CLUSTERS = "batmanor\t1\t1\t1\nhero\t1\t1\t1\nmask\t1\t1\t1\nkelstonia\t2\t2\t2\nparis\t2\t2\t2\nlondon\t2\t2\t2\n"


def varint(value):
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)


def message(city):
    number, name, country, ascii_name, code, population = city
    fields = [(1, number), (2, name), (3, country), (4, ascii_name), (7, code), (9, population)]
    body = bytearray()
    for tag, value in fields:
        if isinstance(value, int):
            body += varint(tag << 3) + varint(value)
        elif value:
            data = value.encode("utf-8")
            body += varint(tag << 3 | 2) + varint(len(data)) + data
    return varint(len(body)) + bytes(body)


def main():
    project = sys.argv[1]
    tool = os.path.join(project, "ontology", "tools", "cities_to_lexicon.py")
    with tempfile.TemporaryDirectory() as temp:
        paths = {name: os.path.join(temp, name) for name in ("cities.pbf", "tb.conllu", "clusters.tsv", "out.tsv")}
        with open(paths["cities.pbf"], "wb") as out:
            out.write(b"".join(message(c) for c in CITIES))
        with open(paths["tb.conllu"], "w", encoding="utf-8") as out:
            out.write(TREEBANK)
        with open(paths["clusters.tsv"], "w", encoding="utf-8") as out:
            out.write(CLUSTERS)
        subprocess.run([sys.executable, tool, paths["cities.pbf"], "--treebank", paths["tb.conllu"], "--clusters",
                        paths["clusters.tsv"], "-o", paths["out.tsv"]], check=True, stdout=subprocess.DEVNULL)
        with open(paths["out.tsv"], encoding="utf-8") as rows:
            kept = [row.rstrip("\n").split("\t") for row in rows if row.strip() and not row.startswith("#")]
    expected = [
        ["city_da_lat_vn", "Dà Lạt", "city", "Da Lat", "", "vietnam"],
        ["city_kelstonia_us", "Kelstonia", "city", "", "", "united_states"],
        ["city_porto_alegre_br", "Porto Alegre", "city", "", "", "brazil"],
        ["city_zbrovna_ua", "Zbrovna", "city", "", "", "ukraine"],
    ]
    if kept != expected:
        print(f"kept {kept},\nexpected {expected}")
        return 1
    print("cities_to_lexicon: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
