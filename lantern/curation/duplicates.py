"""Finding the same work twice, and telling it apart from editions, translations and parts.

Signals, strongest first: the same file (SHA-256), the same DOI or ISBN, the same source URL
once normalised, near-identical text (MinHash over word shingles), and a similar title with
the same publisher and year (rapidfuzz). Pairs already linked by a curator (translation_of,
series, superseded_by) are not proposed again. What differs decides the kind: another year of
a similar title is an *edition*, another language a *translation*, an "executive summary" of a
report a *part*; only what is the same work, in the same language and year, is a *duplicate*
to merge.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import combinations
from urllib.parse import urlsplit

from datasketch import MinHash, MinHashLSH
from rapidfuzz import fuzz

from lantern.catalog.models import Attachment, Identifier, Page, Resource

SHINGLE = 5
PERMUTATIONS = 64
TEXT_SIMILAR = 0.8  # estimated Jaccard of word shingles: near-identical text
TITLE_SIMILAR = 90  # rapidfuzz token_sort_ratio on normalised titles
MAX_TEXT_WORDS = 20_000
MAX_BLOCK = 200  # a title word shared by more resources than this does not block pairs
# Cosine of the multilingual record vectors (search.semantic) above which two records in
# different languages are proposed as translations: measured on the demo hub's translation
# pairs (0.76–0.91) against its closest other cross-language neighbours (at most 0.69).
TRANSLATION_SIMILAR = 0.74

_PART_WORDS = re.compile(
    r"\b(executive summary|summary report|summary|key findings|annex|appendix|chapter|briefing note|fact ?sheet|résumé|resumen)\b",
    re.I,
)
_NUMBERS = re.compile(r"\b(\d+(st|nd|rd|th)?|edition|édition|edición|version|update)\b", re.I)
_WORD = re.compile(r"\w+")
_STOP = {
    "the",
    "of",
    "and",
    "in",
    "on",
    "for",
    "a",
    "an",
    "to",
    "de",
    "la",
    "le",
    "les",
    "des",
    "el",
    "los",
    "y",
    "et",
    "en",
    "du",
}
_TRACKING = re.compile(r"^(utm_|fbclid|gclid)")


@dataclass
class Item:
    id: int
    title: str
    source_url: str
    publishers: frozenset[int]
    year: int | None
    languages: frozenset[str]
    hashes: frozenset[str]
    identifiers: frozenset[str]
    url_key: str
    series_id: int | None
    links: frozenset[int]  # resources a curator already linked to this one
    text_words: list[str] = field(default_factory=list)
    minhash: MinHash | None = None

    @property
    def norm_title(self) -> str:
        return normalise(self.title)

    @property
    def base_title(self) -> str:
        """The title without numbers (years, edition numbers): what editions share."""
        return " ".join(_NUMBERS.sub(" ", self.norm_title).split())


@dataclass
class Candidate:
    a: Item
    b: Item
    kind: str
    score: float
    reasons: list[str]

    def as_dict(self) -> dict:
        side = lambda i: {"id": i.id, "title": i.title, "source_url": i.source_url}  # noqa: E731
        return {
            "a": side(self.a),
            "b": side(self.b),
            "kind": self.kind,
            "score": round(self.score, 3),
            "reasons": self.reasons,
        }


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode().lower()
    return " ".join(_WORD.findall(text))


def url_key(url: str) -> str:
    """A URL with what mirrors and trackers change removed: scheme, www., trailing slash, utm_*."""
    if not url:
        return ""
    parts = urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.")
    query = "&".join(sorted(q for q in parts.query.split("&") if q and not _TRACKING.match(q)))
    return f"{host}{parts.path.rstrip('/').lower()}" + (f"?{query}" if query else "")


def _minhash(words: list[str]) -> MinHash | None:
    if len(words) < SHINGLE * 4:
        return None
    signature = MinHash(num_perm=PERMUTATIONS, seed=7)
    signature.update_batch(" ".join(words[i : i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1))
    return signature


def load_items(queryset=None) -> list[Item]:
    """Everything comparison needs, for every resource in ``queryset`` (default: all but withdrawn)."""
    queryset = queryset if queryset is not None else Resource.objects.exclude(status=Resource.Status.WITHDRAWN)
    resources = queryset.prefetch_related("publisher_links", "languages", "attachments", "identifiers")
    pages: dict[int, list[str]] = defaultdict(list)
    for resource_id, text in (
        Page.objects.filter(attachment__resource__in=queryset)
        .order_by("attachment_id", "number")
        .values_list("attachment__resource_id", "text")
    ):
        if len(pages[resource_id]) < MAX_TEXT_WORDS:
            pages[resource_id].extend(_WORD.findall(text.lower()))
    links: dict[int, set[int]] = defaultdict(set)
    for rid, *others in Resource.objects.values_list("id", "translation_of_id", "superseded_by_id", "part_of_id"):
        for other in others:
            if other:
                links[rid].add(other)
                links[other].add(rid)
    items = []
    for r in resources:
        words = pages.get(r.id) or _WORD.findall(f"{r.summary} {r.description}".lower())
        item = Item(
            id=r.id,
            title=r.title,
            source_url=r.source_url,
            publishers=frozenset(link.organisation_id for link in r.publisher_links.all()),
            year=r.published_date.year if r.published_date else None,
            languages=frozenset(lang.code for lang in r.languages.all()),
            hashes=frozenset(a.sha256 for a in r.attachments.all() if a.sha256),
            identifiers=frozenset(f"{i.scheme}:{i.value}" for i in r.identifiers.all() if i.scheme in {"doi", "isbn"}),
            url_key=url_key(r.source_url),
            series_id=r.series_id,
            links=frozenset(links.get(r.id, ())),
            text_words=words[:MAX_TEXT_WORDS],
        )
        item.minhash = _minhash(item.text_words)
        items.append(item)
    return items


def _candidate_pairs(items: list[Item]) -> Iterator[tuple[Item, Item]]:
    seen: set[tuple[int, int]] = set()

    def emit(group: Iterable[Item]) -> Iterator[tuple[Item, Item]]:
        for a, b in combinations(sorted(group, key=lambda i: i.id), 2):
            if (a.id, b.id) not in seen:
                seen.add((a.id, b.id))
                yield a, b

    blocks: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        for key in item.hashes | item.identifiers:
            blocks[f"k:{key}"].append(item)
        if item.url_key:
            blocks[f"u:{item.url_key}"].append(item)
        for word in set(item.base_title.split()) - _STOP:
            if len(word) > 2:
                blocks[f"t:{word}"].append(item)
    for key, group in blocks.items():
        if len(group) > 1 and (not key.startswith("t:") or len(group) <= MAX_BLOCK):
            yield from emit(group)
    lsh = MinHashLSH(threshold=TEXT_SIMILAR * 0.9, num_perm=PERMUTATIONS)
    by_id = {item.id: item for item in items}
    for item in items:
        if item.minhash is not None:
            for other_id in lsh.query(item.minhash):
                yield from emit([item, by_id[other_id]])
            lsh.insert(item.id, item.minhash)


def classify(a: Item, b: Item) -> Candidate | None:
    """The kind of relation between two resources, or None when they are simply different."""
    if b.id in a.links or (a.series_id and a.series_id == b.series_id):
        return None  # a curator already linked them
    reasons: list[str] = []
    score = 0.0
    if a.hashes & b.hashes:
        reasons.append("same file (SHA-256)")
        score = 1.0
    if a.identifiers & b.identifiers:
        reasons.append("same " + ", ".join(sorted(k.split(":", 1)[0].upper() for k in a.identifiers & b.identifiers)))
        score = max(score, 0.99)
    text = a.minhash.jaccard(b.minhash) if a.minhash is not None and b.minhash is not None else 0.0
    title = fuzz.token_sort_ratio(a.norm_title, b.norm_title)
    # A landing page often lists several documents: a shared URL counts only with a similar title.
    if a.url_key and a.url_key == b.url_key and (title >= 70 or text >= TEXT_SIMILAR):
        reasons.append("same source URL")
        score = max(score, 0.9)
    if text >= TEXT_SIMILAR:
        reasons.append(f"near-identical text ({text:.0%} of passages shared)")
        score = max(score, text)
    base = fuzz.token_sort_ratio(a.base_title, b.base_title)
    same_publisher = bool(a.publishers & b.publishers) or not (a.publishers and b.publishers)
    years_differ = a.year is not None and b.year is not None and a.year != b.year
    languages_differ = bool(a.languages and b.languages and not a.languages & b.languages)
    part = bool(_PART_WORDS.search(a.title)) != bool(_PART_WORDS.search(b.title))

    if title >= TITLE_SIMILAR and same_publisher:
        reasons.append(f"similar title ({title:.0f}%)" + (" and publisher" if a.publishers & b.publishers else ""))
        score = max(score, 0.6 + 0.3 * (title - TITLE_SIMILAR) / (100 - TITLE_SIMILAR))
    elif (
        same_publisher
        and years_differ
        and not part
        and (base >= TITLE_SIMILAR or (fuzz.token_set_ratio(a.base_title, b.base_title) >= 95 and base >= 75))
    ):
        reasons.append(f"same title but for its numbers ({base:.0f}%)")
        score = max(score, 0.7)
    if not reasons:
        if part and same_publisher and _part_base_similar(a, b):
            return Candidate(a, b, "part", 0.7, ["one is a summary or part of the other, by the same publisher"])
        return None
    if score >= 0.99 and not languages_differ:
        return Candidate(a, b, "duplicate", score, reasons)  # same file or identifier: the same work
    different_files = bool(a.hashes and b.hashes and not a.hashes & b.hashes)
    if different_files and text < TEXT_SIMILAR:
        if a.minhash is not None and b.minhash is not None and text < 0.3 and title < 100:
            return None  # different documents that happen to have generic, similar titles
        if not languages_differ and not part:
            # The same title over different files: versions of one document, to link, not merge.
            return Candidate(a, b, "edition", min(score, 0.75), [*reasons, "different files under the same title"])
    if languages_differ:
        return Candidate(a, b, "translation", score, [*reasons, "in different languages"])
    if years_differ and text < 0.95:
        return Candidate(
            a, b, "edition", score, [*reasons, f"published in {min(a.year, b.year)} and {max(a.year, b.year)}"]
        )
    if part:
        return Candidate(a, b, "part", score, [*reasons, "one is a summary or part of the other"])
    return Candidate(a, b, "duplicate", score, reasons)


def _part_base_similar(a: Item, b: Item) -> bool:
    """Titles equal once the part's own words ("Executive summary:") are taken out, years included."""
    if a.year is not None and b.year is not None and a.year != b.year:
        return False
    strip = lambda t: " ".join(_PART_WORDS.sub(" ", normalise(t)).split())  # noqa: E731
    return fuzz.token_sort_ratio(strip(a.title), strip(b.title)) >= TITLE_SIMILAR


def find(items: list[Item] | None = None) -> list[Candidate]:
    """Every candidate pair in the collection, strongest first."""
    items = load_items() if items is None else items
    found = [c for a, b in _candidate_pairs(items) if (c := classify(a, b))]
    found += _translations(items, {(c.a.id, c.b.id) for c in found})
    return sorted(found, key=lambda c: (-c.score, c.a.id, c.b.id))


def _translations(items: list[Item], known: set[tuple[int, int]]) -> list[Candidate]:
    """Records saying the same in different languages, found through the multilingual vectors
    that search keeps for published resources (no words in common are needed)."""
    from lantern.search import semantic

    if not semantic.enabled():
        return []
    by_id = {item.id: item for item in items}
    found = []
    for item in items:
        for other_id, cosine in semantic.similar_resources(item.id, 10):
            other = by_id.get(other_id)
            if other is None or cosine < TRANSLATION_SIMILAR:
                continue
            a, b = sorted((item, other), key=lambda i: i.id)
            if (
                (a.id, b.id) in known
                or b.id in a.links
                or not (a.languages and b.languages)
                or a.languages & b.languages
            ):
                continue
            known.add((a.id, b.id))
            reason = f"the same content in another language ({cosine:.0%} similar)"
            found.append(Candidate(a, b, "translation", float(cosine), [reason]))
    return found


def for_resource(resource: Resource) -> list[Candidate]:
    """Candidates involving one resource (on save and ingest), found through the database:
    the same file, identifier or source address, or a title sharing its rarer words."""
    (mine,) = load_items(Resource.objects.filter(pk=resource.pk)) or [None]
    if mine is None:
        return []
    ids: set[int] = set()
    ids |= set(Attachment.objects.filter(sha256__in=mine.hashes).values_list("resource_id", flat=True))
    values = [key.split(":", 1)[1] for key in mine.identifiers]
    ids |= set(Identifier.objects.filter(value__in=values).values_list("resource_id", flat=True))
    if mine.source_url:
        tail = urlsplit(mine.source_url).path.rstrip("/").rsplit("/", 1)[-1]
        if len(tail) >= 6:
            ids |= set(Resource.objects.filter(source_url__icontains=tail).values_list("id", flat=True)[:MAX_BLOCK])
    words = sorted((w for w in set(mine.base_title.split()) - _STOP if len(w) > 3), key=len, reverse=True)[:4]
    counts: Counter[int] = Counter()
    for word in words:
        counts.update(Resource.objects.filter(title__icontains=word).values_list("id", flat=True)[:MAX_BLOCK])
    ids |= {rid for rid, n in counts.items() if n >= min(2, len(words))}
    ids.discard(mine.id)
    others = load_items(Resource.objects.filter(id__in=ids).exclude(status=Resource.Status.WITHDRAWN))
    found = []
    for other in others:
        a, b = sorted((mine, other), key=lambda i: i.id)
        if candidate := classify(a, b):
            found.append(candidate)
    return found


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
