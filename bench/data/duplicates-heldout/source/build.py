"""Build records.jsonl and labels.jsonl for the held-out duplicate set, then validate.

Run: python3 build.py   (from this directory)
"""
import hashlib
import json
import random
import re
import sys
from itertools import combinations
from pathlib import Path
from urllib.parse import urlparse

import common
import part1, part2, part3, part4, part5, part6  # noqa: F401  (they register data)

OUT = Path(__file__).resolve().parent.parent
TOPICS = {l.split(" - ")[0].strip() for l in Path("/work/notes/blind/topics.txt").read_text().splitlines() if l.strip()}
TYPES = {"report", "research", "guidance", "toolkit", "briefing", "data", "legislation", "policy",
         "training", "factsheet", "multimedia"}


def slug(k):
    return "dup-" + hashlib.sha1(k.encode()).hexdigest()[:10]


def host(u):
    return urlparse(u).netloc.lower().removeprefix("www.")


def norm_title(t):
    return re.sub(r"[^\w]+", " ", t.lower()).strip()


TAG_MAP = {"acronym-prefix": "acronym", "acronym-added": "acronym",
           "prefix": "title-affix", "series-prefix": "title-affix", "country-prefix": "title-affix",
           "suffix": "title-affix", "series-suffix": "title-affix", "country-suffix": "title-affix",
           "year-added": "title-affix", "doc-symbol": "title-affix", "no-number": "title-affix",
           "no-year-in-title": "title-affix", "leading-article": "leading-the",
           "reordered": "reworded", "subtitle-variant": "reworded"}


def tags(r):
    return {TAG_MAP.get(t, t) for t in r["tt"]}


def pair_kinds(a, b):
    kinds = tags(a) ^ tags(b)
    if a["title"] != b["title"]:
        if "case-punct" in tags(a) | tags(b) or norm_title(a["title"]) == norm_title(b["title"]):
            kinds.add("case-punct")
        if not kinds:
            kinds.add("title-variant")
    else:
        kinds -= {"case-punct"}
    da, db = a["date"], b["date"]
    if (da is None) != (db is None):
        kinds.add("no-year")
    elif da and db:
        if da[:4] != db[:4]:
            kinds.add("year-off")
        elif da != db:
            kinds.add("date-precision")
    pa = {p.lower() for p in a["publishers"]}
    pb = {p.lower() for p in b["publishers"]}
    if bool(pa) != bool(pb):
        kinds.add("no-publisher")
    elif pa != pb:
        kinds.add("publisher-form")
    ua, ub = a["source_url"], b["source_url"]
    if host(ua) != host(ub):
        kinds.add("url-host")
    pdf_a, pdf_b = ua.lower().endswith(".pdf"), ub.lower().endswith(".pdf")
    if pdf_a != pdf_b:
        kinds.add("landing-vs-pdf")
    if host(ua) == host(ub) and pdf_a == pdf_b:
        kinds.add("url-path")
    if a["type"] != b["type"]:
        kinds.add("type")
    return sorted(kinds)


def export(r):
    out = {"slug": slug(r["k"]), "title": r["title"], "teaser": r["teaser"], "summary": r["summary"],
           "type": r["type"], "topics": r["topics"], "countries": r["countries"], "languages": r["languages"],
           "publishers": r["publishers"], "authors": r["authors"]}
    if r["date"]:
        out["date"] = r["date"]
    out["source_url"] = r["source_url"]
    return out


def main():
    errors = []
    recs = {}
    for _, rs in common.CLUSTERS:
        for r in rs:
            if r["k"] in recs:
                errors.append(f"duplicate key {r['k']}")
            recs[r["k"]] = r
    for r in common.EXTRA:
        if r["k"] in recs:
            errors.append(f"duplicate key {r['k']}")
        recs[r["k"]] = r

    # field checks
    short = []
    for r in recs.values():
        n = len(r["summary"].split())
        if not 60 <= n <= 140:
            short.append((r["k"], n))
        if len(r["teaser"]) > 280:
            errors.append(f"teaser too long {r['k']}")
        if r["type"] not in TYPES:
            errors.append(f"bad type {r['k']} {r['type']}")
        for t in r["topics"]:
            if t not in TOPICS:
                errors.append(f"bad topic {r['k']} {t}")
        if r["date"] and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", r["date"]):
            errors.append(f"bad date {r['k']}")
    if short:
        errors.append(f"summary length out of 60-140 words: {short}")

    urls = [r["source_url"] for r in recs.values()]
    dup_urls = {u for u in urls if urls.count(u) > 1}
    if dup_urls:
        errors.append(f"source_url used twice: {dup_urls}")
    slugs = [slug(k) for k in recs]
    if len(set(slugs)) != len(slugs):
        errors.append("slug collision")

    labels = []
    for ci, (ckey, rs) in enumerate(common.CLUSTERS, 1):
        if len(rs) < 2:
            errors.append(f"cluster {ckey} has <2 records")
        if len({r["source_url"] for r in rs}) != len(rs):
            errors.append(f"cluster {ckey} repeats a source_url")
        for a, b in combinations(rs, 2):
            labels.append({"a": slug(a["k"]), "b": slug(b["k"]), "label": "duplicate",
                           "cluster": f"c{ci:02d}", "kind": pair_kinds(a, b)})
    near_kinds = {"edition", "version", "summary", "translation", "lookalike", "part"}
    cluster_of = {r["k"]: ckey for ckey, rs in common.CLUSTERS for r in rs}
    for a, b, kind, note in common.NEAR:
        for k in (a, b):
            if k not in recs:
                errors.append(f"near-miss refers to unknown record {k}")
        if kind not in near_kinds:
            errors.append(f"bad near-miss kind {kind}")
        if a in cluster_of and cluster_of.get(a) == cluster_of.get(b):
            errors.append(f"near-miss pair inside one duplicate cluster {a} {b}")
        labels.append({"a": slug(a), "b": slug(b), "label": "near-miss", "kind": kind, "note": note})

    # every extra record must be used by a near-miss pair
    used = {k for a, b, _, _ in common.NEAR for k in (a, b)}
    for r in common.EXTRA:
        if r["k"] not in used:
            errors.append(f"unused near-miss record {r['k']}")

    if errors:
        print("\n".join(errors))
        sys.exit(1)

    order = list(recs.values())
    random.Random(20240607).shuffle(order)
    with open(OUT / "records.jsonl", "w", encoding="utf-8") as f:
        for r in order:
            f.write(json.dumps(export(r), ensure_ascii=False) + "\n")
    with open(OUT / "labels.jsonl", "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(f"records {len(order)}  clusters {len(common.CLUSTERS)}  labels {len(labels)}")


if __name__ == "__main__":
    main()
