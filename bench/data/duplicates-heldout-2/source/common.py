"""Registry and helpers for the second held-out duplicate set.

Each data module calls cluster(), extra() and near() at import time.
A record's internal id is "<cluster>/<n>" for the n-th copy of a cluster,
or the extra's own key; the public slug is derived from that id by hashing.
"""
import hashlib

CLUSTERS = []   # list of (cluster_key, [record, ...])
EXTRAS = {}     # key -> record
NEAR = []       # (id_a, id_b, kind, note)

TITLE_KINDS = {"subtitle", "acronym", "title-affix", "reworded", "truncated",
               "case-punct", "ampersand", "leading-the", "translated-title"}


def R(title, tk, typ, topics, countries, langs, pubs, date, url, teaser, summary,
      authors=()):
    """One catalogue record as a hub would write it.

    tk: title variation relative to the publication's canonical title, as
        "tag tag=value ..."; two copies differ on a tag when their values
        differ (absent = unchanged), which gives the title kinds of a pair.
    topics, countries, langs: space-separated; pubs: ';'-separated.
    """
    tags = {}
    for part in tk.split():
        k, _, v = part.partition("=")
        if k not in TITLE_KINDS:
            raise ValueError("unknown title kind %r in %r" % (k, title))
        tags[k] = v or "x"
    rec = {
        "title": title,
        "teaser": teaser,
        "summary": " ".join(summary.split()),
        "type": typ,
        "topics": topics.split(),
        "countries": countries.split(),
        "languages": langs.split(),
        "publishers": [p.strip() for p in pubs.split(";") if p.strip()],
        "authors": list(authors),
    }
    if date:
        rec["date"] = date
    rec["source_url"] = url
    return {"rec": rec, "tk": tags}


def cluster(key, copies):
    if len(copies) < 2:
        raise ValueError("cluster %s needs 2+ copies" % key)
    CLUSTERS.append((key, copies))


def extra(key, r):
    if key in EXTRAS:
        raise ValueError("duplicate extra key %s" % key)
    EXTRAS[key] = r


def near(a, b, kind, note):
    NEAR.append((a, b, kind, note))


def slug_for(internal_id):
    return "dup2-" + hashlib.sha256(("heldout-2:" + internal_id).encode()).hexdigest()[:10]
