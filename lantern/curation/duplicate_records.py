"""The records the duplicate detector compares (``Item``), the pairs it proposes (``Candidate``) and
what comparing needs from the whole collection (``Context``): loaded in plain rows, a few queries
for any number of records. See ``lantern.curation.duplicates`` for how pairs are found and weighed.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
from datasketch import MinHash

from lantern.catalog.models import Attachment, Identifier, Page, Resource, ResourcePublisher
from lantern.curation.likeness import Publisher, Title, host_of, url_key

SHINGLE = 5
PERMUTATIONS = 64
TEXT_SIMILAR = 0.8  # estimated Jaccard of word shingles: near-identical text
MAX_TEXT_WORDS = 20_000
MAX_ENCODED = 2_000  # records without a stored vector (drafts) encoded on the spot (slow); beyond, none
# Cosine of two records' vectors from which titles in two languages are compared by meaning.
TRANSLATED_TITLE_SIMILAR = 0.7


def publisher_relation(a: tuple[Publisher, ...], b: tuple[Publisher, ...], context: Context) -> str:
    """ "same"; "related": names sharing a word few organisations have ("Assemblée nationale du
    Sénégal", "République du Sénégal"), as a body and its government or parent do; "missing" (one
    side names none); or "differs"."""
    if not a or not b:
        return "missing"
    if any(x.same_as(y) for x in a for y in b):
        return "same"
    shared = frozenset().union(*(w for p in a for w in p.words)) & frozenset().union(*(w for p in b for w in p.words))
    limit = max(2, context.organisations // 200)
    return "related" if any(context.publisher_words.get(w, 0) <= limit for w in shared) else "differs"


def organisation_words() -> tuple[Counter, int]:
    """How many organisations have each word (of their names and aliases) in their names."""
    from lantern.catalog.models import Organisation

    counts: Counter = Counter()
    total = 0
    for oid, name, acronym, aliases in Organisation.objects.values_list("id", "name", "acronym", "aliases"):
        found = Publisher.of(oid, name, acronym, aliases.splitlines())
        counts.update(frozenset().union(*found.words) if found.words else ())
        total += 1
    return counts, total


# --- records ---------------------------------------------------------------------------------
@dataclass
class Item:
    id: int
    title: str
    slug: str
    source_url: str
    publishers: tuple[Publisher, ...]
    year: int | None
    languages: frozenset[str]
    countries: frozenset[str]
    hashes: frozenset[str]
    identifiers: frozenset[str]
    url_keys: frozenset[str]  # the source URL's and the files' addresses
    hosts: frozenset[str]
    series_id: int | None
    links: frozenset[int]  # resources a curator already linked to this one
    form: Title
    is_law: bool = False
    vector: np.ndarray | None = None
    minhash: MinHash | None = None

    @property
    def url_key(self) -> str:
        return url_key(self.source_url)


@dataclass
class Candidate:
    a: Item
    b: Item
    kind: str
    score: float
    reasons: list[str]

    def as_dict(self) -> dict:
        side = lambda i: {"id": i.id, "slug": i.slug, "title": i.title, "source_url": i.source_url}  # noqa: E731
        return {
            "a": side(self.a),
            "b": side(self.b),
            "kind": self.kind,
            "score": round(self.score, 3),
            "reasons": self.reasons,
        }


@dataclass
class Context:
    """What comparing needs from the whole collection: how common each title word is, and each
    word of the organisations' names."""

    document_frequency: Counter
    total: int
    publisher_words: Counter = field(default_factory=Counter)  # organisations with each word in their names
    organisations: int = 0
    title_vectors: dict[str, np.ndarray] = field(default_factory=dict)
    weights: dict[str, float] = field(default_factory=dict)

    @classmethod
    def build(cls, items: Iterable[Item]) -> Context:
        counts: Counter = Counter()
        total = 0
        for item in items:
            counts.update(item.form.terms)
            total += 1
        return cls(counts, total, *organisation_words())

    def weight(self, word: str) -> float:
        """Inverse document frequency of a title word: rare words weigh more."""
        found = self.weights.get(word)
        if found is None:
            found = self.weights[word] = math.log((self.total + 1) / (self.document_frequency.get(word, 0) + 1)) + 1.0
        return found

    @property
    def informative(self) -> float:
        """What a title of three rare words weighs: a title saying this much or more is specific."""
        return 3 * (math.log(self.total + 1) + 1.0)

    def title_cosine(self, a: str, b: str) -> float | None:
        """Cosine of two titles' multilingual vectors, if ``prepare`` found them worth encoding."""
        if a in self.title_vectors and b in self.title_vectors:
            return float(self.title_vectors[a] @ self.title_vectors[b])
        return None

    def prepare(self, pairs: list[tuple[Item, Item]]) -> None:
        """Encode, in batches, the titles of pairs that may be one title in two languages: records
        saying the same (cosine of their vectors at least TRANSLATED_TITLE_SIMILAR) under titles
        sharing few words, written in other languages. Encoding is slow, so only these are."""
        from lantern.search import semantic

        wanted: set[str] = set()
        for a, b in pairs:
            if a.vector is None or b.vector is None or float(a.vector @ b.vector) < TRANSLATED_TITLE_SIMILAR:
                continue
            words_a, words_b = set(a.form.words), set(b.form.words)
            if len(words_a & words_b) * 2 < len(words_a | words_b) and a.form.language != b.form.language:
                wanted.update((a.form.text, b.form.text))
        wanted -= set(self.title_vectors)
        if wanted and semantic.enabled():
            texts = sorted(wanted)
            for start in range(0, len(texts), 64):
                batch = texts[start : start + 64]
                self.title_vectors.update(zip(batch, semantic.encode(batch), strict=True))


def _minhash(words: list[str]) -> MinHash | None:
    if len(words) < SHINGLE * 4:
        return None
    signature = MinHash(num_perm=PERMUTATIONS, seed=7)
    signature.update_batch(" ".join(words[i : i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1))
    return signature


def load_items(queryset=None, vectors: bool = True) -> list[Item]:
    """Everything comparison needs, for every resource in ``queryset`` (default: all but withdrawn).

    Read as plain rows, one query per relation (no model instances), so a large catalogue loads
    quickly."""
    queryset = queryset if queryset is not None else Resource.objects.exclude(status=Resource.Status.WITHDRAWN)
    related = _related_rows(queryset)
    items = []
    for rid, title, slug, source_url, published, series_id, kind in queryset.values_list(
        "id", "title", "slug", "source_url", "published_date", "series_id", "type"
    ).iterator(chunk_size=5000):
        files = related["files"].get(rid, [])
        urls = [source_url, *(url for _sha, url in files)]
        item = Item(
            id=rid,
            title=title,
            slug=slug,
            source_url=source_url,
            publishers=tuple(related["publishers"].get(rid, ())),
            year=published.year if published else None,
            languages=frozenset(related["languages"].get(rid, ())),
            countries=frozenset(related["countries"].get(rid, ())),
            hashes=frozenset(sha for sha, _url in files if sha),
            identifiers=frozenset(related["identifiers"].get(rid, ())),
            url_keys=frozenset(url_key(u) for u in urls if u),
            hosts=frozenset(host_of(u) for u in urls if u),
            series_id=series_id,
            links=frozenset(related["links"].get(rid, ())),
            form=Title.of(title),
            is_law=kind == Resource.Type.LEGISLATION,
        )
        item.minhash = _minhash(related["pages"].get(rid, []))
        items.append(item)
    if vectors:
        _attach_vectors(items)
    return items


def _related_rows(queryset) -> dict[str, dict[int, list]]:
    """Publishers, languages, countries, files, identifiers, curators' links and page words of the
    resources in ``queryset``, by resource id."""
    found: dict[str, dict[int, list]] = {name: defaultdict(list) for name in ("publishers", "languages", "countries")}
    organisations = {}
    links = ResourcePublisher.objects.filter(resource__in=queryset).order_by("resource_id", "position", "id")
    for rid, oid, name, acronym, aliases in links.values_list(
        "resource_id", "organisation_id", "organisation__name", "organisation__acronym", "organisation__aliases"
    ).iterator(chunk_size=5000):
        if oid not in organisations:
            organisations[oid] = Publisher.of(
                oid, name, acronym, [a.strip() for a in aliases.splitlines() if a.strip()]
            )
        found["publishers"][rid].append(organisations[oid])
    for name, through, column in (
        ("languages", Resource.languages.through, "language_id"),
        ("countries", Resource.countries.through, "country_id"),
    ):
        for rid, code in through.objects.filter(resource__in=queryset).values_list("resource_id", column).iterator():
            found[name][rid].append(code)
    found["files"] = defaultdict(list)
    for rid, sha, url in Attachment.objects.filter(resource__in=queryset).values_list("resource_id", "sha256", "url"):
        found["files"][rid].append((sha, url))
    found["identifiers"] = defaultdict(list)
    for rid, scheme, value in Identifier.objects.filter(resource__in=queryset, scheme__in=["doi", "isbn"]).values_list(
        "resource_id", "scheme", "value"
    ):
        found["identifiers"][rid].append(f"{scheme}:{value}")
    found["links"] = defaultdict(list)
    for rid, *others in Resource.objects.exclude(translation_of=None, superseded_by=None, part_of=None).values_list(
        "id", "translation_of_id", "superseded_by_id", "part_of_id"
    ):
        for other in others:
            if other:
                found["links"][rid].append(other)
                found["links"][other].append(rid)
    found["pages"] = defaultdict(list)
    pages = Page.objects.filter(attachment__resource__in=queryset).order_by("attachment_id", "number")
    for rid, text in pages.values_list("attachment__resource_id", "text").iterator(chunk_size=2000):
        if len(found["pages"][rid]) < MAX_TEXT_WORDS:
            found["pages"][rid].extend(re.findall(r"\w+", text.lower())[:MAX_TEXT_WORDS])
    return found


def _attach_vectors(items: list[Item]) -> None:
    """Each record's multilingual vector: the one search stored for its metadata, else (drafts)
    computed now from the same text, for up to MAX_ENCODED records."""
    from lantern.search import semantic

    if not semantic.enabled() or not items:
        return
    from lantern.search.models import SearchChunk

    by_id = {item.id: item for item in items}
    ids = list(by_id)
    for start in range(0, len(ids), 5000):
        rows = (
            SearchChunk.objects.filter(resource_id__in=ids[start : start + 5000], page=None, attachment_id=None)
            .exclude(vector=None)
            .values_list("resource_id", "vector")
        )
        for rid, vector in rows.iterator(chunk_size=2000):
            by_id[rid].vector = semantic.from_bytes(vector)
    missing = [item for item in items if item.vector is None][:MAX_ENCODED]
    if missing:
        from lantern.search.passages import metadata_text

        texts = {
            r.id: metadata_text(r)
            for r in Resource.objects.filter(id__in=[i.id for i in missing]).prefetch_related("topics")
        }
        vectors = semantic.encode([texts[i.id] for i in missing])
        for item, vector in zip(missing, vectors, strict=True):
            item.vector = vector
