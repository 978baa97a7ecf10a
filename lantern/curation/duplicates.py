"""Finding the same publication described twice, and telling it apart from editions, translations and parts.

The same report reaches a hub several times: harvested from one hub, imported from another,
added by a curator who found it. Each copy was described by someone else: its own summary, the
title cased, cut or prefixed differently, the publisher by acronym or full name (or not at all),
sometimes no year, a landing page in one and the PDF's address in the other. So no field is
trusted alone; each pair is weighed on what its records hold:

- the same file (SHA-256), DOI or ISBN, or the same address once mirrors and trackers are
  stripped: the same publication, whatever the titles say;
- the titles, compared as words that carry meaning: accents, case, punctuation, "&"/"and",
  articles and British/American spellings do not count; a subtitle or series name one hub left
  out counts little (the shorter title contained in the longer); an acronym matches the words it
  stands for ("TIP" for "Trafficking in Persons"); the publisher's name in a title is not part of
  it. Rare words weigh more than common ones (inverse document frequency over the hub's titles);
- what the records say about the document: the cosine of their multilingual vectors (title,
  teaser, summary, topics; lantern.search.semantic), high for two summaries of one report even
  in other words or another language;
- the publishers, matched by organisation, or by name, acronym, initials or alias however written
  ("UNODC", "UN Office on Drugs and Crime"); names sharing a word few organisations have are
  related, not different (a parliament and its republic); the years (one missing says nothing,
  one apart is a catalogue's rounding); the countries; the site the addresses are on; a law and a
  document about it.

Each signal adds or takes away points (``WEIGHTS``), and a pair with ``DUPLICATE_POINTS`` or more,
whose titles are alike, is the same publication unless something says it is a different one, which
makes it a related pair instead (``_differences``): other numbers or years in the titles, "second
edition" in one, records published years apart, or two files whose texts differ are an *edition*;
another language is a *translation* (a hub keeps those as linked records); "executive summary",
"annex" or "chapter" in one title only is a *part*. The same series name with other subjects
after it ("Issue Paper: Consent", "Issue Paper: Exploitation") is no pair. Pairs a curator
already linked are not proposed again. Every pair carries its reasons, in a curator's words.

Candidate pairs come from blocks, never from all pairs: records sharing a file, identifier or
address, records sharing their rarest title words, and each record's nearest neighbours by
vector; pairs plainly different (``_unlike``) are set aside before anything is weighed.
``find`` checks the whole collection (``lantern duplicates``); ``for_resources`` checks records
as they arrive (a save, an import, a harvest, an ingestion) with the same blocking and weighing.
"""

from __future__ import annotations

import threading
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator

import numpy as np
from datasketch import MinHashLSH
from django.db import connection
from django.db.models import Count, Max

from lantern.catalog.models import Attachment, Identifier, Resource
from lantern.curation.duplicate_records import (
    PERMUTATIONS,
    TEXT_SIMILAR,
    Candidate,
    Context,
    Item,
    load_items,
    organisation_words,
)
from lantern.curation.duplicate_rules import (
    classify,
    worth_comparing,
)
from lantern.curation.likeness import Title, url_key

MAX_POSTING = 300  # a title word in more titles than this is too common to pair records by
NEIGHBOURS = 10  # per record: nearest by title words, and nearest by vector
RAREST_WORDS = 4  # title words per record looked up to find the records sharing them
# Below this many records, vector neighbours are found exactly (one matrix product per block);
# above it, through an approximate graph (usearch), which is far cheaper at 100,000 records.
EXACT_NEIGHBOURS_UP_TO = 20_000


# --- blocking -------------------------------------------------------------------------------------
def _candidate_pairs(items: list[Item], context: Context, only: set[int] | None = None) -> Iterator[tuple[Item, Item]]:
    """Pairs worth comparing: sharing a file, identifier or address; sharing rare title words (each
    record's NEIGHBOURS best by the weight of the words shared); nearest by vector; near-identical
    text. With ``only``, just the pairs that involve one of those records."""
    seen: set[tuple[int, int]] = set()
    by_id = {item.id: item for item in items}

    def emit(x: Item, y: Item) -> Iterator[tuple[Item, Item]]:
        if x.id == y.id or (only is not None and x.id not in only and y.id not in only):
            return
        a, b = (x, y) if x.id < y.id else (y, x)
        if (a.id, b.id) not in seen:
            seen.add((a.id, b.id))
            yield a, b

    keys: dict[str, list[Item]] = defaultdict(list)
    postings: dict[str, list[int]] = defaultdict(list)  # title word: the records whose titles have it
    for item in items:
        for key in item.hashes | item.identifiers | item.url_keys:
            keys[key].append(item)
        for word in item.form.terms:  # numbers too, as Catalogue keeps them: "Law 19,643" and "Ley N° 19.643"
            postings[word].append(item.id)
    for group in keys.values():
        for i, x in enumerate(group[:MAX_POSTING]):
            for y in group[i + 1 : MAX_POSTING]:
                yield from emit(x, y)
    for item in items if only is None else [by_id[i] for i in only if i in by_id]:
        for other in _title_neighbours(item, postings, context):
            yield from emit(item, by_id[other])
    for x, y in _vector_neighbours(items, only):
        yield from emit(x, y)
    lsh = MinHashLSH(threshold=TEXT_SIMILAR * 0.9, num_perm=PERMUTATIONS)
    for item in items:
        if item.minhash is not None:
            for other_id in lsh.query(item.minhash):
                yield from emit(item, by_id[other_id])
            lsh.insert(item.id, item.minhash)


def _vector_neighbours(items: list[Item], only: set[int] | None) -> Iterator[tuple[Item, Item]]:
    with_vector = [item for item in items if item.vector is not None]
    if len(with_vector) < 2:
        return
    matrix = np.vstack([item.vector for item in with_vector]).astype(np.float32)
    asking = [i for i, item in enumerate(with_vector) if only is None or item.id in only]
    k = min(NEIGHBOURS + 1, len(with_vector))
    if len(with_vector) <= EXACT_NEIGHBOURS_UP_TO:
        for start in range(0, len(asking), 1024):
            rows = asking[start : start + 1024]
            scores = matrix[rows] @ matrix.T
            nearest = np.argpartition(-scores, k - 1, axis=1)[:, :k]
            for row, found in zip(rows, nearest, strict=True):
                for column in found:
                    yield with_vector[row], with_vector[int(column)]
        return
    from usearch.index import Index

    index = Index(ndim=matrix.shape[1], metric="cos", dtype="i8", connectivity=16)
    index.add(np.arange(len(with_vector)), matrix)
    found = index.search(matrix[asking], k)
    for row, keys in zip(asking, found.keys, strict=True):
        for column in keys:
            yield with_vector[row], with_vector[int(column)]


# --- the collection -------------------------------------------------------------------------------
def find(items: list[Item] | None = None) -> list[Candidate]:
    """Every candidate pair in the collection, strongest first."""
    items = load_items() if items is None else items
    context = Context.build(items)
    pairs = worth_comparing(_candidate_pairs(items, context))
    context.prepare(pairs)
    found = [c for a, b in pairs if (c := classify(a, b, context))]
    return sorted(found, key=lambda c: (-c.score, c.a.id, c.b.id))


class Catalogue:
    """Every record's title, made comparable, kept between calls in a long-lived process (the site,
    a worker) and brought up to date from what changed since: so checking one record on save
    compares it with the whole hub without reading every title again."""

    _current: dict[str, Catalogue] = {}  # by database
    _lock = threading.Lock()

    def __init__(self) -> None:
        self.forms: dict[int, Title] = {}
        self.postings: dict[str, set[int]] = defaultdict(set)
        self.seen = None  # the latest updated_at read
        self._vectors: tuple | None = None  # (state of the passages, ids, matrix)

    @classmethod
    def current(cls) -> Catalogue:
        database = str(connection.settings_dict["NAME"])
        with cls._lock:
            catalogue = cls._current.setdefault(database, cls())
            catalogue.refresh()
            return catalogue

    def refresh(self) -> None:
        rows = Resource.objects.exclude(status=Resource.Status.WITHDRAWN)
        shape = rows.aggregate(n=Count("id"), top=Max("id"))
        if self.seen is not None:
            changed = Resource.objects.filter(updated_at__gte=self.seen)
            for rid, title, status, stamp in changed.values_list("id", "title", "status", "updated_at"):
                self._forget(rid)
                if status != Resource.Status.WITHDRAWN:
                    self._add(rid, title)
                self.seen = max(self.seen, stamp)
            if (len(self.forms), max(self.forms, default=0)) == (shape["n"], shape["top"] or 0):
                return
            self.__init__()  # a record was deleted: read them all again
        for rid, title, stamp in rows.values_list("id", "title", "updated_at").iterator(chunk_size=5000):
            self._add(rid, title)
            self.seen = stamp if self.seen is None else max(self.seen, stamp)

    def _add(self, rid: int, title: str) -> None:
        form = Title.of(title)
        self.forms[rid] = form
        for word in set(form.words) | form.numerals:
            self.postings[word].add(rid)

    def _forget(self, rid: int) -> None:
        form = self.forms.pop(rid, None)
        if form is not None:
            for word in set(form.words) | form.numerals:
                self.postings[word].discard(rid)

    def vectors(self) -> tuple[np.ndarray, np.ndarray]:
        """(resource ids, their metadata vectors) as search stored them, read again only when
        passages have changed since."""
        from lantern.search import semantic
        from lantern.search.models import SearchChunk

        if not semantic.enabled():
            return np.zeros(0, dtype=np.int64), np.zeros((0, 1), dtype=np.float32)
        rows = SearchChunk.objects.filter(page=None, attachment_id=None).exclude(vector=None)
        state = tuple(rows.aggregate(n=Count("id"), top=Max("id")).values())
        if self._vectors is None or self._vectors[0] != state:
            found = list(rows.values_list("resource_id", "vector").iterator(chunk_size=5000))
            ids = np.array([rid for rid, _ in found], dtype=np.int64)
            matrix = np.vstack([semantic.from_bytes(v) for _, v in found]) if found else np.zeros((0, 1))
            self._vectors = (state, ids, matrix.astype(np.float32))
        return self._vectors[1], self._vectors[2]

    @property
    def context(self) -> Context:
        words = Counter({word: len(ids) for word, ids in self.postings.items() if ids})
        return Context(words, len(self.forms), *organisation_words())


def for_resources(ids: Iterable[int]) -> list[Candidate]:
    """Candidates involving these resources, found with the same blocking and the same comparison as
    ``find`` without reading the whole collection: for a record saved, imported, harvested or
    ingested."""
    ids = set(ids)
    arrivals = load_items(Resource.objects.filter(id__in=ids).exclude(status=Resource.Status.WITHDRAWN))
    if not arrivals:
        return []
    catalogue = Catalogue.current()
    context = catalogue.context
    near: dict[int, set[int]] = {item.id: set() for item in arrivals}
    for item in arrivals:
        near[item.id] |= _title_neighbours(item, catalogue.postings, context)
    for key_ids in _sharing_keys(arrivals).values():
        for rid in key_ids & ids:
            near[rid] |= key_ids
    near_by_vector = _stored_vector_neighbours(arrivals, catalogue)
    for rid, others in near_by_vector.items():
        near[rid] |= others
    wanted = set().union(*near.values()) - ids
    others = (
        {
            item.id: item
            for item in load_items(Resource.objects.filter(id__in=wanted).exclude(status=Resource.Status.WITHDRAWN))
        }
        if wanted
        else {}
    )
    others.update({item.id: item for item in arrivals})
    pairs, seen = [], set()
    for item in arrivals:
        for other_id in near[item.id] - {item.id}:
            other = others.get(other_id)
            key = (min(item.id, other_id), max(item.id, other_id))
            if other is not None and key not in seen:
                seen.add(key)
                pairs.append((item, other) if item.id < other_id else (other, item))
    pairs = worth_comparing(pairs)
    context.prepare(pairs)
    return [c for a, b in pairs if (c := classify(a, b, context))]


def for_resource(resource: Resource) -> list[Candidate]:
    return for_resources([resource.pk])


def _title_neighbours(item: Item, postings, context: Context) -> set[int]:
    """The NEIGHBOURS records sharing the most weight of this record's rarest title words.

    Only the RAREST_WORDS rarest words that another title has are looked up, and none in more than
    MAX_POSTING titles: a duplicate's title shares the rare words of the shorter of the two, and
    common words would make every record a candidate."""
    counts = [(len(postings.get(word, ())), word) for word in item.form.terms]
    shared: Counter = Counter()
    for _count, word in [(c, w) for c, w in sorted(counts) if 1 < c <= MAX_POSTING][:RAREST_WORDS]:
        weight = context.weight(word)
        for other in postings[word]:
            shared[other] += weight
    shared.pop(item.id, None)
    return {other for other, _ in shared.most_common(NEIGHBOURS)}


def _sharing_keys(items: list[Item]) -> dict[str, set[int]]:
    """For each file hash, identifier and address of these records: every record that has it."""
    found: dict[str, set[int]] = defaultdict(set)
    hashes = {h for item in items for h in item.hashes}
    for rid, sha in Attachment.objects.filter(sha256__in=hashes).values_list("resource_id", "sha256"):
        found[sha].add(rid)
    values = {key.split(":", 1)[1] for item in items for key in item.identifiers}
    for rid, scheme, value in Identifier.objects.filter(value__in=values).values_list("resource_id", "scheme", "value"):
        found[f"{scheme}:{value}"].add(rid)
    # Addresses are stored as written: look up the last part of the path, then compare normalised.
    tails = {key.rsplit("/", 1)[-1] for item in items for key in item.url_keys if len(key.rsplit("/", 1)[-1]) >= 6}
    for tail in tails:
        for rid, url in Resource.objects.filter(source_url__icontains=tail).values_list("id", "source_url")[
            :MAX_POSTING
        ]:
            found[url_key(url)].add(rid)
        for rid, url in Attachment.objects.filter(url__icontains=tail).values_list("resource_id", "url")[:MAX_POSTING]:
            found[url_key(url)].add(rid)
    for item in items:
        for key in item.hashes | item.identifiers | item.url_keys:
            found[key].add(item.id)
    return {key: ids for key, ids in found.items() if len(ids) > 1}


def _stored_vector_neighbours(items: list[Item], catalogue: Catalogue) -> dict[int, set[int]]:
    """Each record's NEIGHBOURS nearest records by the vectors search keeps (metadata passages)
    and by each other's, compared exactly: a few records against all (one matrix product)."""
    asking = [item for item in items if item.vector is not None]
    if not asking:
        return {}
    stored_ids, stored = catalogue.vectors()
    # The new records too: drafts have no stored vector, theirs was computed on loading.
    keep = ~np.isin(stored_ids, [item.id for item in asking])
    ids = np.concatenate([stored_ids[keep], np.array([item.id for item in asking], dtype=np.int64)])
    mine = np.vstack([item.vector for item in asking]).astype(np.float32)
    matrix = np.vstack([stored[keep], mine]) if keep.any() else mine
    scores = mine @ matrix.T
    k = min(NEIGHBOURS + 1, len(ids))
    nearest = np.argpartition(-scores, k - 1, axis=1)[:, :k]
    return {item.id: {int(ids[j]) for j in row} - {item.id} for item, row in zip(asking, nearest, strict=True)}


def flag(candidates: list[Candidate]) -> int:
    """Raise an open flag for each candidate not flagged before; returns how many are new."""
    from lantern.curation.models import Flag

    created = 0
    for c in candidates:
        _, new = Flag.objects.get_or_create(
            resource_id=c.a.id, other_id=c.b.id, kind=c.kind, defaults={"score": c.score, "reasons": c.reasons}
        )
        created += new
    return created


def on_arrival(sender, ids: list[int], source: str = "", check: bool = True, **kwargs) -> list[dict]:
    """Receiver of ``resources_arrived``: with ``check``, find what the new resources may duplicate
    and flag it for review; then the open flags about them, as notes for the writer's report."""
    from django.db.models import Q

    from lantern.curation.models import Flag

    if check:
        flag(for_resources(ids))
    flags = (
        Flag.objects.filter(status=Flag.Status.OPEN, other__isnull=False)
        .filter(Q(resource_id__in=ids) | Q(other_id__in=ids))
        .exclude(kind=Flag.Kind.MISMATCH)
        .select_related("resource", "other")
        .order_by("-score", "id")
    )
    new = set(ids)
    notes = []
    for found in flags:
        mine, theirs = (found.resource, found.other) if found.resource_id in new else (found.other, found.resource)
        notes.append(
            {
                "kind": found.kind,
                "score": round(found.score, 3),
                "reasons": found.reasons,
                "resource": {"id": mine.id, "slug": mine.slug, "title": mine.title},
                "other": {"id": theirs.id, "slug": theirs.slug, "title": theirs.title},
            }
        )
    return notes
