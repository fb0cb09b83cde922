#!/usr/bin/env python3
"""Deterministic synthetic news corpus for benchmarks, as JSON Lines.

Usage: generate_corpus.py MEGABYTES OUTPUT.jsonl
Articles are assembled from news-style sentence templates filled with invented
people, organizations, places, threats and goals, with quotes and amounts, so the
whole pipeline (names, titles, quotes, relations) is exercised. Same size, same bytes.
"""
import json, random, sys

GIVEN = ["Amina", "Lars", "Mei", "Carlos", "Fatima", "Jonas", "Priya", "Kwame", "Elena", "Tomás", "Yuki", "Omar",
         "Ingrid", "Rafael", "Zoë", "Dmitri", "Nadia", "Samuel", "Leila", "Henrik", "Ana", "Kofi", "Sofia", "Arjun"]
SURNAMES = ["Okoro", "Lindqvist", "Zhang", "Herrera", "Haddad", "Becker", "Raman", "Mensah", "Petrova", "Silva",
            "Tanaka", "Farouk", "Solberg", "Duarte", "Marchetti", "Volkov", "Benali", "Adeyemi", "Nasser", "Holm"]
TITLES = ["Minister of Justice", "Executive Director", "Director-General", "police chief", "spokesperson",
          "Secretary-General", "Ambassador", "chief prosecutor", "Prime Minister", "regional director"]
ORG_HEADS = ["Agency", "Commission", "Ministry of Interior", "Institute", "Council", "Office", "Fund", "Authority"]
ORG_TOPICS = ["Cyber Security", "Public Health", "Water Management", "Financial Crime", "Border Protection",
              "Climate Resilience", "Digital Affairs", "Food Safety", "Maritime Safety", "Anti-Corruption"]
PLACES = ["Vienna", "Nairobi", "Lisbon", "Jakarta", "Bogotá", "Oslo", "Accra", "Manila", "Warsaw", "Lima",
          "Geneva", "Dakar", "Hanoi", "Tbilisi", "Montevideo", "Kigali"]
THREATS = ["cybercrime", "ransomware", "money laundering", "human trafficking", "corruption", "drug trafficking",
           "terrorism", "fraud", "migrant smuggling", "cholera", "climate change", "organized crime"]
GOALS = ["the Sustainable Development Goals", "the 2030 Agenda for Sustainable Development", "the Paris Agreement",
         "universal health coverage", "zero hunger", "clean water and sanitation"]
VERBS = ["counter", "combat", "fight", "tackle", "prevent"]


def person(rng):
    return f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)}"


def organization(rng):
    return f"{rng.choice(ORG_TOPICS)} {rng.choice(ORG_HEADS)}"


def article(rng, n):
    p1, p2 = person(rng), person(rng)
    o1, o2 = organization(rng), organization(rng)
    place, threat, goal = rng.choice(PLACES), rng.choice(THREATS), rng.choice(GOALS)
    amount = f"${rng.randint(2, 900)} million"
    title = f"{o1} steps up efforts against {threat} in {place}"
    paragraphs = [
        f"The {o1} on Tuesday announced {amount} in new funding to {rng.choice(VERBS)} {threat} across the region, "
        f"officials said at a meeting in {place}.",
        f"{p1}, {rng.choice(TITLES)} of the {o1}, said the programme would help achieve {goal}.",
        f"\"We cannot allow {threat} to undermine the trust of our citizens,\" {p1.split()[1]} said. "
        f"\"Every country has a part to play.\"",
        f"The {o1} and the {o2} have agreed to work in partnership with local authorities, according to a statement.",
        f"{rng.choice(TITLES).capitalize()} {p2} told reporters that the {o2} would share data with partners in "
        f"{rng.choice(PLACES)}. \"This is only the beginning,\" she added.",
        f"Experts warned that {threat} costs the region more than {amount} every year, and that progress towards "
        f"{goal} depends on stronger cooperation.",
    ]
    tail = paragraphs[3:]
    rng.shuffle(tail)
    paragraphs[3:] = tail
    return {"id": f"synthetic-{n:07d}", "title": title, "url": f"https://news.example/{n}",
            "published": f"2026-{1 + n % 12:02d}-{1 + n % 28:02d}", "text": "\n\n".join(paragraphs)}


def main():
    megabytes, output = float(sys.argv[1]), sys.argv[2]
    rng = random.Random(1129)
    limit = int(megabytes * 1024 * 1024)
    written = n = 0
    with open(output, "w", encoding="utf-8") as out:
        while written < limit:
            line = json.dumps(article(rng, n), ensure_ascii=False) + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))
            n += 1
    print(f"{output}: {n} articles, {written / 1048576:.1f} MB", file=sys.stderr)


if __name__ == "__main__":
    main()
