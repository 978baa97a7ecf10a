"""Helpers for writing the held-out duplicate evaluation set.

Each record is written as a different hub would catalogue the publication.
`k` is an internal key only used to build labels; the exported slug is opaque.
`tt` lists how the title deviates from the publication's real title
(subtitle, acronym, leading-the, ampersand, translated-title, truncated, reworded,
case-punct, series-prefix ...).
"""

CLUSTERS = []     # list of (cluster_key, [records])
NEAR = []         # list of (key_a, key_b, kind, note)
EXTRA = []        # near-miss records that are not in any duplicate cluster


def R(k, title, teaser, summary, type, topics, countries, languages, publishers,
      date, url, authors=None, tt=None):
    return dict(k=k, title=title, teaser=teaser, summary=" ".join(summary.split()),
                type=type, topics=topics, countries=countries, languages=languages,
                publishers=publishers, authors=authors or [], date=date,
                source_url=url, tt=tt or [])


def C(key, *records):
    CLUSTERS.append((key, list(records)))


def X(*records):
    EXTRA.extend(records)


def N(a, b, kind, note=""):
    NEAR.append((a, b, kind, note))


def A(cluster_key, record):
    """Add one more hub's copy to an existing duplicate cluster."""
    for key, recs in CLUSTERS:
        if key == cluster_key:
            recs.append(record)
            return
    raise KeyError(cluster_key)
