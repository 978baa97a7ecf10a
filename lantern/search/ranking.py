"""How the candidates of a search are found and ordered: the strict match, the near matches
that have most of a long query's words, the resources near in meaning, the best single passage,
fused by reciprocal rank, then the field's rules (an exact title first, superseded editions lower).

Every function here works through the engine interface (``backends.base.Backend``).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from django.utils.translation import gettext_noop

from lantern.catalog.models import Resource, published_sql
from lantern.lib.query import ParsedQuery, Term
from lantern.lib.sql import placeholders, table
from lantern.search import engine, semantic, spelling
from lantern.search.backends.base import Backend
from lantern.search.understanding import STOPWORDS, Options, QueryPlan, is_stopword

# Marked for the catalogues; translated where it is shown (``gettext(RELAXED_WARNING)``).
RELAXED_WARNING = gettext_noop("No resource has every word you searched for; these have some of them.")


@dataclass
class Candidates:
    """What a search found before fusion. ``lexical``: the strict matches ranked (or, when no
    resource has every word, the relaxed ones by coverage), then the partial matches;
    ``strict_count``: how many resources match every word under the filters; ``extra``: the ids
    listed besides the strict matches (near in meaning, relaxed, partial), all within the filters."""

    query: ParsedQuery  # the words as matched (the relaxed query when relaxed)
    lexical: list[tuple[int, float]] = field(default_factory=list)
    strict_count: int = 0
    relaxed_ids: list[int] = field(default_factory=list)
    partial: list[tuple[int, float]] = field(default_factory=list)
    semantic: dict[int, tuple[float, int]] = field(default_factory=dict)

    @property
    def extra(self) -> set[int]:
        return set(self.semantic) | set(self.relaxed_ids) | {rid for rid, _ in self.partial}


def candidates(backend: Backend, query_plan: QueryPlan, filters, options: Options, pool: int) -> Candidates:
    """The strict, relaxed, partial and semantic candidates of a query with words."""
    query = query_plan.lexical
    found = Candidates(query=query)
    found.semantic = semantic_candidates(backend, query_plan, filters, options)
    if not options.lexical:
        return found
    found.lexical, found.strict_count = backend.ranked(query, filters, pool)
    if not found.strict_count and (relaxed := relaxed_query(query)) is not None:
        found.query = relaxed
        ranked, _ = backend.ranked(relaxed, filters, max(pool, options.relax_pool))
        found.lexical = by_coverage(ranked, query, backend, options)
        found.relaxed_ids = [rid for rid, _ in found.lexical[: options.relax_pool]]
        return found
    found.partial = partial_matches({rid for rid, _ in found.lexical}, query, backend, filters, options)
    found.lexical += found.partial
    return found


def by_coverage(
    ranked: list[tuple[int, float]], query: ParsedQuery, backend: Backend, options: Options
) -> list[tuple[int, float]]:
    """The best of a ranking by any of the words, reordered by how much of the query each has.

    Without every word, a resource having three of four beats one having a single word many
    times or in its title (which a sum of per-word scores can prefer). The engine is asked once
    per word, over a bounded head.
    """
    head = ranked[: options.coverage_pool]
    groups = [g for g in query.must if not is_stopword(g)]
    if not options.coverage_pool or len(groups) < 2 or len(head) < 2:
        return ranked
    covered = _coverage([rid for rid, _ in head], groups, backend)
    order = {rid: i for i, (rid, _) in enumerate(head)}
    return sorted(head, key=lambda r: (-covered[r[0]][1], order[r[0]])) + ranked[len(head) :]


def _coverage(ids: list[int], groups: list[list[Term]], backend: Backend) -> dict[int, tuple[int, float]]:
    """For each id: how many of the query's word groups it has, and their summed rarity.

    Rarity is the words' inverse document frequency: in "how do I report suspected trafficking
    in a hotel", having "hotel" says more than having "report" or "trafficking", which most
    resources of the hub have."""
    counts = dict.fromkeys(ids, 0)
    weights = dict.fromkeys(ids, 0.0)
    for group in groups:
        weight = _rarity(group)
        for rid in backend.among(ParsedQuery(must=[group]), ids):
            counts[rid] += 1
            weights[rid] += weight
    return {rid: (counts[rid], weights[rid]) for rid in ids}


def _rarity(group: list[Term]) -> float:
    """How rare the typed word (or the rarest word of a typed phrase) is among the resources."""
    words = [w for w in group[0].text.split() if w.lower() not in STOPWORDS] or group[0].text.split()
    share = min(spelling.share(w) for w in words)
    return math.log(1.0 + 1.0 / max(share, 0.001))


def relaxed_query(query: ParsedQuery) -> ParsedQuery | None:
    """Any of the query's meaningful words (for when no resource has all of them).

    Numbers stay required: "hotline 2001" never falls back to any hotline.
    """
    numbers = [g for g in query.must if any(any(c.isdigit() for c in t.text) for t in g)]
    terms = [t for g in query.must if g not in numbers for t in g if t.phrase or t.text.lower() not in STOPWORDS]
    if len(query.must) < 2 or not terms:
        return None
    return ParsedQuery(raw=query.raw, must=[terms, *numbers], exclude=list(query.exclude))


def partial_matches(
    ranked: set[int], query: ParsedQuery, backend: Backend, filters, options: Options
) -> list[tuple[int, float]]:
    """Resources having most of a long query's words but not all, best covered first.

    "long term support after the safe house" should not stop at the two records that have all
    six words: a record missing one of them is usually as good an answer. Only for queries of
    ``partial_min_words`` meaningful words or more, and only resources having at least
    ``partial_share`` of them, within ``filters``. ``ranked`` are ids the caller has ranked already.
    """
    groups = [g for g in query.must if not is_stopword(g)]
    if not options.partial_share or len(groups) < options.partial_min_words:
        return []
    # Any of the words, a year or number among them: "global report on trafficking in persons
    # 2016" also lists the report's other editions, after the one it names.
    relaxed = ParsedQuery(raw=query.raw, must=[[t for g in groups for t in g]], exclude=list(query.exclude))
    head = [item for item in backend.ranked(relaxed, filters, options.coverage_pool)[0] if item[0] not in ranked]
    if not head:
        return []
    covered = _coverage([rid for rid, _ in head], groups, backend)
    needed = math.ceil(options.partial_share * len(groups))
    order = {rid: i for i, (rid, _) in enumerate(head)}
    # All the words: a strict match, ranked as one already (or beyond the ranked pool).
    kept = [item for item in head if needed <= covered[item[0]][0] < len(groups)]
    return sorted(kept, key=lambda item: (-covered[item[0]][1], order[item[0]]))


def semantic_candidates(
    backend: Backend, query_plan: QueryPlan, filters, options: Options
) -> dict[int, tuple[float, int]]:
    """Resources near the query in meaning: id → (cosine, best passage id), best first.

    Skipped for exact phrases; a number in the query must appear in the resource (2001 is not 2000);
    exclusions and ``filters`` apply.
    """
    parsed = query_plan.parsed
    if not (options.semantic and semantic.enabled()) or any(t.phrase for t in parsed.terms()):
        return {}
    found = semantic.search(query_plan.semantic_text, limit=options.semantic_pool)
    hits = {rid: (score, chunk) for rid, score, chunk in found if score >= options.semantic_min}
    numbers = [t for t in parsed.terms() if any(c.isdigit() for c in t.text)]
    if hits and numbers:
        keep = backend.among(ParsedQuery(must=[[t] for t in numbers]), list(hits))
        hits = {rid: v for rid, v in hits.items() if rid in keep}
    if hits and parsed.exclude:
        drop = backend.among(ParsedQuery(must=[list(parsed.exclude)]), list(hits))
        hits = {rid: v for rid, v in hits.items() if rid not in drop}
    if hits:
        allowed = backend.among(None, list(hits), filters)
        hits = {rid: v for rid, v in hits.items() if rid in allowed}
    return hits


def passage_ranking(backend: Backend, found: Candidates, query_plan: QueryPlan, options: Options):
    """The candidates ranked by their best passage matching every word of the query by itself.

    A resource whose words are together on one page (or in its own record) is a better answer
    than one that has them scattered over three hundred pages. Only the best lexical matches and
    the semantic ones are looked at; nothing when the query has one word (no proximity to see)
    or when no resource has every word."""
    query = query_plan.lexical
    if not (options.lexical and options.passage_weight) or found.relaxed_ids or len(query.must) < 2:
        return []
    ids = [rid for rid, _ in found.lexical[: options.passage_candidates]]
    ids += sorted(set(found.semantic) - set(ids))
    if not ids:
        return []
    return backend.best_passages(query, ids)


def _normal(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _is_title(title: str, wanted: str) -> bool:
    """Whether ``title`` is the query ``wanted`` (normal form), in either British or American
    spelling. American forms change words, never their number: titles of another length are
    told apart before spellings are looked up."""
    normal = _normal(title)
    if normal == wanted:
        return True
    if normal.count(" ") != wanted.count(" "):
        return False
    return _normal(spelling.american_text(title)) == wanted


def fuse(
    lexical: list[tuple[int, float]],
    semantic_ranked: list[tuple[int, float]],
    query_plan: QueryPlan,
    options: Options,
    passage_ranked: list[tuple[int, float]] = (),
) -> list[tuple[int, float]]:
    """Reciprocal rank fusion, then the field's rules: exact title first, superseded editions lower."""
    fused: dict[int, float] = {}
    for ranking, weight in (
        (lexical, options.lexical_weight),
        (semantic_ranked, options.semantic_weight),
        (passage_ranked, options.passage_weight),
    ):
        for rank, (rid, _) in enumerate(ranking):
            fused[rid] = fused.get(rid, 0.0) + weight / (options.rrf_k + rank + 1)
    if not fused:
        return []
    wanted = _normal(query_plan.semantic_text or query_plan.parsed.raw)
    rows = _fusion_rows(list(fused))
    in_title = _title_coverage(query_plan.lexical)
    top = options.title_weight / (options.rrf_k + 1)
    for rid, title, superseded_by, date, latest in rows:
        if wanted and _is_title(title, wanted):
            fused[rid] += 1.0
        fused[rid] += top * in_title(title) ** 2
        older = bool(date and latest and str(date) < str(latest))  # ISO dates (SQLite gives MAX() as text)
        if (superseded_by or older) and not query_plan.names_year:
            fused[rid] *= options.superseded_factor
    return sorted(fused.items(), key=lambda item: (-item[1], item[0]))


def _title_coverage(query: ParsedQuery):
    """``share(title)``: the share of the query's meaningful words (or an equivalent of each) that
    a title has, each word counted by its rarity. A title with every word of the query is the
    surest sign of the document sought, whatever the passages nearest in meaning say."""
    groups = []
    for group in query.must:
        forms = [set(words) for term in group if (words := engine.words_of(term.text))]
        if forms and not is_stopword(group):
            groups.append((forms, _rarity(group)))
    total = sum(weight for _, weight in groups)

    def share(title: str) -> float:
        if not total:
            return 0.0
        have = set(engine.words_of(title))
        return sum(weight for forms, weight in groups if any(words <= have for words in forms)) / total

    return share


def _fusion_rows(ids: list[int]) -> list[tuple]:
    """(id, title, superseded_by_id, date, latest date of its series) for each of ``ids``, in
    plain SQL (ORM queries cost a noticeable share of a search): the rows, then the series'
    latest dates, only for the series among them (a correlated subquery per row makes SQLite scan
    the table for each row without a series)."""
    from django.db import connection

    resources = table(Resource)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT id, title, superseded_by_id, published_date, series_id FROM {resources}"  # noqa: S608 - the model's table, values bound
            f" WHERE id IN ({placeholders(len(ids))})",
            ids,
        )
        rows = cursor.fetchall()
        series = sorted({row[4] for row in rows if row[4] is not None})
        latest = {}
        if series:
            public, params = published_sql(resources)
            cursor.execute(
                # The rule inside MAX(), so that only the series index can serve the WHERE clause.
                f"SELECT series_id, MAX(CASE WHEN {public} THEN published_date END) FROM {resources}"  # noqa: S608 - the model's table, values bound
                f" WHERE series_id IN ({placeholders(len(series))}) GROUP BY series_id",
                [*params, *series],
            )
            latest = dict(cursor.fetchall())
    return [(rid, title, superseded, date, latest.get(series_id)) for rid, title, superseded, date, series_id in rows]
