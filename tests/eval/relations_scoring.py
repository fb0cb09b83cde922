"""Scores one exported graph against one relation gold file (tests/data/gum-relations):
relation hits and false positives per type, roles, and quote attribution.

Nodes match gold entities as the shared GUM scorer matches them: one of the node's names
equals one of the entity's names after lower-casing, removing accents, punctuation and a
leading article, and one of its classes is one of the entity's types. Predicates and classes
are compared by local name, whatever their namespace.
"""
import re
from collections import defaultdict

from rdflib import RDF, Literal, URIRef
from name_norm import norm  # noqa: E402

NAME_PREDS = {"name", "label", "prefLabel", "altLabel", "alternateName", "alias", "title", "canonicalName"}
TEXT_PREDS = {"text", "quoteText", "value", "label", "name", "quote"}
ROLE_PREDS = {"role", "roleTitle", "roleName", "position", "title", "jobTitle"}
QUOTE_CLASSES = {"Quote", "Quotation"}
SAID_PREDS = {"said", "stated", "quoted", "spoke", "utters"}
SPEAKER_PREDS = {"speaker", "creator", "spokenBy", "saidBy", "author", "attributedTo"}

# The benchmark's relation types, each with the predicate local names that count as it.
TYPES = {
    "holdsPosition": {"holdsPosition", "hasPosition", "holdsPositionAt"},
    "memberOf": {"memberOf", "member", "affiliation", "worksFor", "employeeOf"},
    "leads": {"leads", "heads", "leaderOf"},
    "basedIn": {"basedIn", "headquarteredIn", "headquarters"},
    "locatedIn": {"locatedIn", "containedInPlace", "location", "heldIn", "takesPlaceIn"},
    "nationality": {"nationality", "citizenOf"},
    "residentOf": {"residentOf", "livesIn", "homeLocation"},
    "founded": {"founded", "founder", "foundedBy"},
    "partnerOf": {"partnerOf", "partnersWith", "cooperatesWith"},
    "funds": {"funds", "funder", "fundedBy", "sponsors"},
    "arrested": {"arrested"},
    "charged": {"charged"},
    "convicted": {"convicted"},
    "sentenced": {"sentenced"},
    "extradited": {"extradited"},
    "raided": {"raided"},
    "attacked": {"attacked"},
    "killed": {"killed"},
    "injured": {"injured"},
    "signed": {"signed"},
    "adopted": {"adopted"},
    "ratified": {"ratified"},
}
# Predicates whose subject and object are the other way round from the type's direction.
INVERSE = {"founder", "foundedBy", "funder", "fundedBy"}
SYMMETRIC = {"partnerOf"}
PRED_TYPE = {p: t for t, ps in TYPES.items() for p in ps}


def local(term):
    """The local name of an IRI: what follows the last '#', '/' or ':'."""
    return re.split(r"[#/:]", str(term))[-1]




def norm_quote(text):
    """Quote text for fragment search: lower case, straight quotes, single spaces."""
    text = str(text).lower()
    for curly, straight in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"')):
        text = text.replace(curly, straight)
    return re.sub(r"\s+", " ", text).strip()


def gold_names(gold):
    """gold id -> (normalized names, types), required and optional entities alike."""
    out = {}
    for e in gold["entities"]:
        out[e["id"]] = ({norm(e["name"])} | {norm(a) for a in e.get("aliases", [])}, {e["type"]})
    for e in gold.get("optional_entities", []):
        out[e["id"]] = ({norm(n) for n in e["names"]}, set(e["types"]))
    return out


def node_matches(g, gold):
    """node -> set of gold ids it matches (a name and a type in common)."""
    types, names = defaultdict(set), defaultdict(set)
    for s, o in g.subject_objects(RDF.type):
        types[s].add(local(o))
    for s, p, o in g:
        if isinstance(o, Literal) and local(p) in NAME_PREDS:
            names[s].add(norm(o))
    lookup = gold_names(gold)
    return {n: {gid for gid, (ns, ts) in lookup.items() if names[n] & ns and ts_ & ts}
            for n, ts_ in types.items()}


def predicted_relations(g):
    """Distinct (subject, type, object) of every edge whose predicate counts as a benchmark type,
    read from plain triples and from reified rdf:Statements, turned to the type's direction."""
    edges = {(s, local(p), o) for s, p, o in g if isinstance(o, URIRef) and local(p) in PRED_TYPE}
    for st in g.subjects(RDF.type, RDF.Statement):
        s, p, o = g.value(st, RDF.subject), g.value(st, RDF.predicate), g.value(st, RDF.object)
        if s is not None and isinstance(o, URIRef) and p is not None and local(p) in PRED_TYPE:
            edges.add((s, local(p), o))
    out = set()
    for s, p, o in edges:
        out.add((o, PRED_TYPE[p], s) if p in INVERSE else (s, PRED_TYPE[p], o))
    return out


def allowed_pairs(gold):
    """(subject id, type, object id) of every gold relation, both ways for symmetric ones."""
    allowed = set()
    for r in gold["relations"]:
        both = r.get("symmetric") or r["p"] in SYMMETRIC
        for s in r["s"]:
            for o in r["o"]:
                allowed.add((s, r["p"], o))
                if both:
                    allowed.add((o, r["p"], s))
    return allowed


def score_relations(gold, predicted, matches):
    """Per type: gold relations, gold relations found, predicted relations scored, false ones and
    predicted relations left unscored because an end matches no gold entity."""
    counts = defaultdict(lambda: {"gold": 0, "hit": 0, "pred": 0, "fp": 0, "unmatched": 0})
    missed, false = [], []
    for r in gold["relations"]:
        c = counts[r["p"]]
        c["gold"] += 1
        pairs = {(s, o) for s in r["s"] for o in r["o"]}
        if r.get("symmetric") or r["p"] in SYMMETRIC:
            pairs |= {(o, s) for s, o in pairs}
        if any(t == r["p"] and (a, b) in pairs for s, t, o in predicted
               for a in matches.get(s, ()) for b in matches.get(o, ())):
            c["hit"] += 1
        else:
            missed.append(f'{r["s"][0]} {r["p"]} {r["o"][0]}')
    allowed = allowed_pairs(gold)
    for s, t, o in sorted(predicted):
        gs, go = matches.get(s, set()), matches.get(o, set())
        if not gs or not go:
            counts[t]["unmatched"] += 1
            continue
        counts[t]["pred"] += 1
        if not any((a, t, b) in allowed for a in gs for b in go):
            counts[t]["fp"] += 1
            false.append(f"{sorted(gs)[0]} {t} {sorted(go)[0]}")
    return {t: dict(c) for t, c in counts.items()}, missed, false


def score_roles(g, gold, matches):
    """(roles found, roles in the gold): a gold role is found when a statement between the two
    matched ends carries a role literal containing it."""
    want = [r for r in gold["relations"] if "role" in r]
    found = 0
    stmts = list(g.subjects(RDF.type, RDF.Statement))
    for r in want:
        role = norm(r["role"])
        for st in stmts:
            s, o = g.value(st, RDF.subject), g.value(st, RDF.object)
            if not (matches.get(s, set()) & set(r["s"]) and matches.get(o, set()) & set(r["o"])):
                continue
            if any(isinstance(v, Literal) and local(p) in ROLE_PREDS and role in norm(v)
                   for p, v in g.predicate_objects(st)):
                found += 1
                break
    return found, len(want)


def quote_speakers(g):
    """Quote node -> (normalized text, set of speaker nodes)."""
    quotes = {q for q, c in g.subject_objects(RDF.type) if local(c) in QUOTE_CLASSES}
    out = {}
    for q in quotes:
        text = " ".join(str(v) for p, v in g.predicate_objects(q) if isinstance(v, Literal) and local(p) in TEXT_PREDS)
        out[q] = (norm_quote(text), set())
    for s, p, o in g:
        if local(p) in SAID_PREDS and o in out:
            out[o][1].add(s)
        if local(p) in SPEAKER_PREDS and s in out and isinstance(o, URIRef):
            out[s][1].add(o)
    return out


def score_quotes(g, gold, matches):
    """Counts for named and unnamed gold quotes: found (a Quote node contains the fragment),
    correct (one such node has exactly the gold speaker) and wrong (one such node has a speaker
    that is not the gold speaker; for an unnamed quote, any speaker)."""
    quotes = quote_speakers(g)
    c = {"named": 0, "named_found": 0, "named_correct": 0, "named_wrong": 0,
         "unnamed": 0, "unnamed_found": 0, "unnamed_wrong": 0}
    problems = []
    for gq in gold.get("quotes", []):
        kind = "named" if gq["speaker"] else "unnamed"
        c[kind] += 1
        fragment = norm_quote(gq["contains"])
        cands = [speakers for text, speakers in quotes.values() if fragment in text]
        c[kind + "_found"] += bool(cands)
        want = {n for n, ids in matches.items() if gq["speaker"] in ids} if gq["speaker"] else set()
        if kind == "named" and any(sp and sp <= want for sp in cands):
            c["named_correct"] += 1
        if any(sp - want for sp in cands):
            c[kind + "_wrong"] += 1
            problems.append(f'wrong speaker: "{gq["contains"]}"')
        elif kind == "named" and not any(sp and sp <= want for sp in cands):
            problems.append(f'{"unattributed" if cands else "not found"}: "{gq["contains"]}"')
    return c, problems


def evaluate(gold, g):
    """All counts for one document: relations per type, roles, quotes, and the lists behind them."""
    matches = node_matches(g, gold)
    rel, missed, false = score_relations(gold, predicted_relations(g), matches)
    roles_found, roles_total = score_roles(g, gold, matches)
    quotes, quote_problems = score_quotes(g, gold, matches)
    return {"relations": rel, "roles": {"found": roles_found, "total": roles_total}, "quotes": quotes,
            "missed": missed, "false": false, "quote_problems": quote_problems}
