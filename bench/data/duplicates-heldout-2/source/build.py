#!/usr/bin/env python3
"""Build and validate the second held-out duplicate set.

Usage: python3 build.py   (from any directory)

Writes ../records.jsonl, ../labels.jsonl and ../split.json next to this
source/ directory, then re-reads them and checks:
  unique slugs and source_urls; every label's slugs exist; every pair inside
  each cluster is labelled as a duplicate; near-miss pairs cross clusters;
  split.json covers exactly the labelled clusters and near-miss pairs; field
  values (types, topics, dates, languages, teaser length, summary length).
Exits non-zero on any failure.
"""
import itertools
import json
import os
import random
import re
import sys
from collections import Counter
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import common  # noqa: E402
import part_a, part_b, part_c, part_d, part_e, part_f, part_g, part_h  # noqa: E402,F401

SEED = 20240917
KEYS = ["slug", "title", "teaser", "summary", "type", "topics", "countries", "languages",
        "publishers", "authors", "date", "source_url"]
TYPES = {"report", "research", "guidance", "toolkit", "briefing", "data", "legislation",
         "policy", "training", "factsheet", "multimedia"}
TOPICS = {"legislation-policy", "migration", "data-research", "survivor-support",
          "child-trafficking", "labour-exploitation", "prosecution", "supply-chains",
          "identification", "sexual-exploitation", "remedy", "referral", "prevention", "gender",
          "partnership-working", "forced-marriage", "fishing", "conflict-crisis", "debt-bondage",
          "agriculture", "criminal-exploitation", "health", "covid-19", "forms-of-exploitation",
          "construction", "lived-experience", "manufacturing", "technology", "hospitality",
          "mining", "domestic-servitude"}
LANGS = {"en", "fr", "es", "pt", "de"}
DUP_KINDS = {"subtitle", "acronym", "title-affix", "reworded", "truncated", "case-punct",
             "ampersand", "leading-the", "translated-title", "publisher-form", "no-publisher",
             "no-year", "year-off", "date-precision", "url-host", "landing-vs-pdf", "url-path",
             "type"}
NEAR_KINDS = {"edition", "version", "summary", "translation", "lookalike", "part"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def host(url):
    h = urlparse(url).netloc.lower()
    return h[4:] if h.startswith("www.") else h


def is_pdf(url):
    return urlparse(url).path.lower().endswith(".pdf")


def field_kinds(a, b):
    """Kinds that follow mechanically from the non-title fields."""
    k = set()
    pa, pb = set(a["publishers"]), set(b["publishers"])
    if bool(pa) != bool(pb):
        k.add("no-publisher")
    elif pa != pb:                       # order alone is not a difference
        k.add("publisher-form")
    da, db = a.get("date"), b.get("date")
    if bool(da) != bool(db):
        k.add("no-year")
    elif da and db:
        if da[:4] != db[:4]:
            k.add("year-off")
        elif len(da) != len(db):         # precision only counted within the same year
            k.add("date-precision")
    ua, ub = a["source_url"], b["source_url"]
    if host(ua) != host(ub):
        k.add("url-host")
    if is_pdf(ua) != is_pdf(ub):
        k.add("landing-vs-pdf")
    if host(ua) == host(ub) and is_pdf(ua) == is_pdf(ub):
        k.add("url-path")
    if a["type"] != b["type"]:
        k.add("type")
    return k


def title_kinds(ta, tb):
    return {t for t in set(ta) | set(tb) if ta.get(t) != tb.get(t)}


def norm_title(t):
    t = t.lower().replace("&", " and ")
    t = re.sub(r"^(the|a)\s+", "", t.strip())
    return re.sub(r"[\W_]+", "", t)


def main():
    errors, warnings = [], []
    recs = {}       # internal id -> record (with slug)
    tks = {}
    cluster_of = {}
    clusters = []   # (cid, key, [internal ids])
    for n, (key, copies) in enumerate(common.CLUSTERS, 1):
        cid = "c%02d" % n
        ids = []
        for i, c in enumerate(copies):
            iid = "%s/%d" % (key, i)
            ids.append(iid)
            recs[iid] = c["rec"]
            tks[iid] = c["tk"]
            cluster_of[iid] = cid
        clusters.append((cid, key, ids))
    for key, c in common.EXTRAS.items():
        if key in recs:
            errors.append("extra key clashes with a copy id: " + key)
        recs[key] = c["rec"]
        tks[key] = c["tk"]

    slug = {iid: common.slug_for(iid) for iid in recs}
    if len(set(slug.values())) != len(slug):
        errors.append("slug collision")

    # ---- records
    out_recs = []
    for iid, r in recs.items():
        o = {"slug": slug[iid]}
        o.update(r)
        o = {k: o[k] for k in KEYS if k in o}
        out_recs.append(o)
    random.Random(SEED).shuffle(out_recs)

    # ---- labels
    labels = []
    for cid, key, ids in clusters:
        for x, y in itertools.combinations(ids, 2):
            a, b = recs[x], recs[y]
            tk = title_kinds(tks[x], tks[y])
            if a["title"] == b["title"] and tk:
                errors.append("%s %s/%s: identical titles but title kinds %s" % (cid, x, y, tk))
            if a["title"] != b["title"] and not tk:
                errors.append("%s %s/%s: titles differ but no title kind" % (cid, x, y))
            if a["title"] != b["title"] and norm_title(a["title"]) == norm_title(b["title"]):
                if not tk <= {"case-punct", "ampersand", "leading-the"}:
                    errors.append("%s %s/%s: titles differ only in case/punct but kinds %s" % (cid, x, y, tk))
            if ("&" in a["title"]) != ("&" in b["title"]) and "ampersand" not in tk \
                    and not tk & {"reworded", "translated-title", "acronym"}:
                warnings.append("%s %s/%s: '&' differs but no ampersand kind" % (cid, x, y))
            kinds = sorted(tk | field_kinds(a, b))
            if not kinds:
                errors.append("%s %s/%s: no difference at all" % (cid, x, y))
            labels.append({"a": slug[x], "b": slug[y], "label": "duplicate", "cluster": cid,
                           "kind": kinds})
    seen_pairs = set()
    for x, y, kind, note in common.NEAR:
        for z in (x, y):
            if z not in recs:
                errors.append("near-miss refers to unknown record " + z)
        if x in recs and y in recs:
            if cluster_of.get(x) and cluster_of.get(x) == cluster_of.get(y):
                errors.append("near-miss inside one cluster: %s %s" % (x, y))
            if kind not in NEAR_KINDS:
                errors.append("bad near-miss kind %s" % kind)
            p = tuple(sorted((slug[x], slug[y])))
            if p in seen_pairs:
                errors.append("near-miss pair twice: %s %s" % (x, y))
            seen_pairs.add(p)
            labels.append({"a": slug[x], "b": slug[y], "label": "near-miss", "kind": kind,
                           "note": note})

    # ---- split
    split = {"clusters": {cid: "report" for cid, _, _ in clusters},
             "near_misses": {"|".join(sorted((l["a"], l["b"]))): "report"
                             for l in labels if l["label"] == "near-miss"}}
    split["near_misses"] = dict(sorted(split["near_misses"].items()))

    with open(os.path.join(OUT, "records.jsonl"), "w", encoding="utf-8") as f:
        for o in out_recs:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "split.json"), "w", encoding="utf-8") as f:
        json.dump(split, f, ensure_ascii=False, indent=2)
        f.write("\n")

    errors += validate_files(warnings)
    report(out_recs, labels, clusters, warnings)
    for w in warnings:
        print("warning:", w)
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    print("OK")


def validate_files(warnings):
    """Re-read the written files and check them independently of the generator state."""
    errors = []
    R = [json.loads(l) for l in open(os.path.join(OUT, "records.jsonl"), encoding="utf-8")]
    L = [json.loads(l) for l in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8")]
    S = json.load(open(os.path.join(OUT, "split.json"), encoding="utf-8"))
    slugs = [r["slug"] for r in R]
    if len(set(slugs)) != len(slugs):
        errors.append("duplicate slugs in records.jsonl")
    urls = [r["source_url"] for r in R]
    dup_urls = [u for u, n in Counter(urls).items() if n > 1]
    if dup_urls:
        errors.append("source_url used twice: %s" % dup_urls)
    for r in R:
        s = r["slug"]
        if not re.fullmatch(r"dup2-[0-9a-f]{10}", s):
            errors.append("bad slug " + s)
        for k in r:
            if k not in KEYS:
                errors.append("%s: unexpected key %s" % (s, k))
        for k in KEYS:
            if k != "date" and k not in r:
                errors.append("%s: missing key %s" % (s, k))
        if not r["title"].strip():
            errors.append(s + ": empty title")
        if len(r["teaser"]) > 280:
            errors.append(s + ": teaser over 280 characters")
        nw = len(r["summary"].split())
        if not 40 <= nw <= 120:
            errors.append("%s: summary has %d words (%s)" % (s, nw, r["title"][:50]))
        if r["type"] not in TYPES:
            errors.append(s + ": bad type " + r["type"])
        for t in r["topics"]:
            if t not in TOPICS:
                errors.append(s + ": bad topic " + t)
        if not r["topics"]:
            errors.append(s + ": no topics")
        for c in r["countries"]:
            if not re.fullmatch(r"[A-Z]{2}", c):
                errors.append(s + ": bad country " + c)
        for lg in r["languages"]:
            if lg not in LANGS:
                errors.append(s + ": bad language " + lg)
        if "date" in r and not DATE_RE.match(r["date"]):
            errors.append(s + ": bad date " + r["date"])
        u = urlparse(r["source_url"])
        if u.scheme not in ("http", "https") or not u.netloc:
            errors.append(s + ": bad url " + r["source_url"])
    # identical summaries or teasers would betray copy-paste between "independent" hubs
    for fld in ("summary", "teaser"):
        for v, n in Counter(r[fld] for r in R).items():
            if n > 1:
                errors.append("identical %s used %d times: %s" % (fld, n, v[:60]))
    sset = set(slugs)
    by_cluster = {}
    pairs_labelled = set()
    for l in L:
        for z in (l["a"], l["b"]):
            if z not in sset:
                errors.append("label refers to missing slug " + z)
        if l["a"] == l["b"]:
            errors.append("label pairs a record with itself")
        p = tuple(sorted((l["a"], l["b"])))
        if p in pairs_labelled:
            errors.append("pair labelled twice: %s" % (p,))
        pairs_labelled.add(p)
        if l["label"] == "duplicate":
            if set(l) != {"a", "b", "label", "cluster", "kind"}:
                errors.append("duplicate label keys: %s" % sorted(l))
            if not l["kind"] or not set(l["kind"]) <= DUP_KINDS:
                errors.append("bad duplicate kinds %s" % l["kind"])
            by_cluster.setdefault(l["cluster"], set()).update((l["a"], l["b"]))
        elif l["label"] == "near-miss":
            if set(l) != {"a", "b", "label", "kind", "note"}:
                errors.append("near-miss label keys: %s" % sorted(l))
            if l["kind"] not in NEAR_KINDS:
                errors.append("bad near-miss kind " + l["kind"])
        else:
            errors.append("bad label " + l["label"])
    # every pair inside each cluster labelled; clusters disjoint
    member = {}
    for cid, members in by_cluster.items():
        for m in members:
            if m in member:
                errors.append("%s in two clusters" % m)
            member[m] = cid
        if len(members) < 2:
            errors.append(cid + ": fewer than two members")
        for x, y in itertools.combinations(sorted(members), 2):
            if (x, y) not in pairs_labelled:
                errors.append("%s: pair %s %s not labelled" % (cid, x, y))
    for l in L:
        if l["label"] == "near-miss" and member.get(l["a"]) and member.get(l["a"]) == member.get(l["b"]):
            errors.append("near-miss inside a cluster: %s %s" % (l["a"], l["b"]))
    # split covers exactly the labels
    if set(S) != {"clusters", "near_misses"}:
        errors.append("split.json keys %s" % sorted(S))
    if set(S["clusters"]) != set(by_cluster):
        errors.append("split clusters differ from labelled clusters")
    nm_keys = {"|".join(sorted((l["a"], l["b"]))) for l in L if l["label"] == "near-miss"}
    if set(S["near_misses"]) != nm_keys:
        errors.append("split near_misses differ from near-miss labels")
    for v in list(S["clusters"].values()) + list(S["near_misses"].values()):
        if v != "report":
            errors.append("split value %r is not 'report'" % v)
    # a near-miss label should pair records whose titles look alike
    title = {r["slug"]: r["title"] for r in R}
    for l in L:
        if l["label"] == "near-miss" and title[l["a"]] == title[l["b"]] \
                and l["kind"] not in ("edition", "version"):
            warnings.append("near-miss with identical titles (intended?): %s" % title[l["a"]][:70])
    return errors


def report(out_recs, labels, clusters, warnings):
    dup = [l for l in labels if l["label"] == "duplicate"]
    nm = [l for l in labels if l["label"] == "near-miss"]
    sizes = Counter(len(ids) for _, _, ids in clusters)
    print("records:", len(out_recs))
    print("clusters:", len(clusters), dict(sorted(sizes.items())),
          "-> records in clusters:", sum(len(ids) for _, _, ids in clusters))
    print("duplicate pairs:", len(dup))
    print("near-miss pairs:", len(nm), dict(Counter(l["kind"] for l in nm)))
    print("duplicate kinds:", dict(Counter(k for l in dup for k in l["kind"]).most_common()))
    print("kinds per pair:", dict(sorted(Counter(len(l["kind"]) for l in dup).items())))
    print("languages:", dict(Counter(x for r in out_recs for x in r["languages"])))
    print("types:", dict(Counter(r["type"] for r in out_recs)))
    print("records without date:", sum("date" not in r for r in out_recs))


if __name__ == "__main__":
    main()
