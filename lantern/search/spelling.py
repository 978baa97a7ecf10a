"""Typo tolerance from the index's own vocabulary: corrections and "did you mean".

A query word the index has never seen ("traficking") gets the closest frequent word the index
does know ("trafficking") as an alternative. Words with digits are never bent ("2001" stays
2001), nor are short words, where one letter changes the meaning.

The vocabulary is mostly English, so the nearest known word to a Spanish or French word is often
its English look-alike ("doméstico" → "domestic"): that is a translation, not a correction. A
query that reads as Spanish or French (``foreign``) is therefore not corrected, nor is a word
the thesaurus knows in any language (it has its own equivalents), nor a word known with other
accents ("trafico" for "tráfico").
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter as _Counter
from collections.abc import Iterable
from functools import lru_cache

from django.db.models import Max

from lantern.search.models import SearchTerm

WORD = re.compile(r"[^\W\d_]{3,40}")
MIN_LENGTH = 4  # shorter words are never corrected
# The query's language as py3langid says (among the hub's three): below this probability, as
# for most one- or two-word English queries, it is taken to be English.
FOREIGN_LANGUAGES = ("es", "fr")
FOREIGN_MIN_PROBABILITY = 0.95
SUFFIXES = {"", "s", "es", "ed", "d", "ing", "er", "ers", "ion", "ions", "e", "y", "ies", "ly", "al"}
_cache: dict = {"key": None, "known": {}, "by_length": {}, "folded": {}}


def words(text: str) -> Iterable[str]:
    return (w.lower() for w in WORD.findall(text))


class Counter:
    """Document frequencies of words, built during a full rebuild."""

    def __init__(self) -> None:
        self.counts: _Counter[str] = _Counter()

    def add(self, texts: Iterable[str]) -> None:
        self.counts.update(set(w for text in texts for w in words(text)))

    def save(self) -> None:
        SearchTerm.objects.all().delete()
        SearchTerm.objects.bulk_create(
            (SearchTerm(word=w, documents=n) for w, n in self.counts.items()), batch_size=2000
        )


def add_words(texts: Iterable[str]) -> None:
    """Make new words of one saved resource known at once (counts are refreshed by a rebuild)."""
    new = {w for text in texts for w in words(text)}
    if new:
        SearchTerm.objects.bulk_create((SearchTerm(word=w) for w in new), ignore_conflicts=True, batch_size=2000)


_queries = itertools.count()
_query = [next(_queries)]  # the query being understood (any thread's latest)


def new_query() -> None:
    """A new query is being understood: look at the vocabulary's (and the thesaurus's) state
    again, once, not once per word: every look-up of every word used to ask the database."""
    _query[0] = next(_queries)


def current_query() -> int:
    return _query[0]


def _vocabulary() -> tuple[dict[str, int], dict[int, list[str]]]:
    # Words are only ever added (new ids) or replaced wholesale by a rebuild (new ids again): the
    # highest id tells whether the vocabulary changed, from the primary key alone (no count).
    if _cache.get("query") == _query[0]:
        return _cache["known"], _cache["by_length"]
    _cache["query"] = _query[0]
    state = SearchTerm.objects.aggregate(n=Max("id"))["n"]
    if _cache["key"] != state:
        known = dict(SearchTerm.objects.values_list("word", "documents"))
        by_length: dict[int, list[str]] = {}
        for word in known:
            by_length.setdefault(len(word), []).append(word)
        folded: dict[str, str] = {}
        for word in sorted(known, key=known.__getitem__):
            folded[fold(word)] = word  # the most frequent spelling last, so kept
        _cache.update(key=state, known=known, by_length=by_length, folded=folded, documents=None)
    return _cache["known"], _cache["by_length"]


def share(word: str) -> float:
    """The share of indexed resources whose text has ``word`` (as counted at the last rebuild)."""
    from lantern.search.models import SearchDocument

    known, _ = _vocabulary()
    if _cache.get("documents") is None:
        _cache["documents"] = SearchDocument.objects.count()
    return known.get(word.lower(), 0) / max(1, _cache["documents"])


def fold(word: str) -> str:
    """Lower case without accents ("Tráfico" → "trafico"), as the engines match."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(["en", *FOREIGN_LANGUAGES])
    return identifier


def foreign(text: str) -> bool:
    """Whether a query reads clearly as Spanish or French (not English, not unsure)."""
    if not WORD.search(text):
        return False
    code, probability = _identifier().classify(text)
    return code in FOREIGN_LANGUAGES and probability >= FOREIGN_MIN_PROBABILITY


def _max_edits(word: str) -> int:
    return 1 if len(word) < 8 else 2


def _same_root(a: str, b: str) -> bool:
    """Inflections of one word (trafficked / trafficking) are not typos of each other."""
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return common >= 4 and a[common:] in SUFFIXES and b[common:] in SUFFIXES


def accent_variant(word: str) -> str | None:
    """The hub's own spelling of a word it only has with other accents ("trafico" for "tráfico").

    Not a correction (no "did you mean"): tantivy and FTS5 fold accents anyway, PostgreSQL's
    English configuration does not, and this makes the three find the same."""
    lower = word.lower()
    known, _ = _vocabulary()
    if lower in known or not lower.isalpha():
        return None
    return _cache["folded"].get(fold(lower))


def correct(word: str, protected: frozenset[str] | set[str] = frozenset()) -> str | None:
    """The index's best replacement for a word it does not know, or None.

    ``protected``: words (folded) never corrected, such as the thesaurus's own.
    """
    from rapidfuzz.distance import Levenshtein
    from rapidfuzz.process import extract

    lower = word.lower()
    if len(lower) < MIN_LENGTH or not lower.isalpha():
        return None
    known, by_length = _vocabulary()
    folded = fold(lower)
    if lower in known or folded in protected or folded in _cache["folded"]:
        return None
    limit = _max_edits(lower)
    candidates = [w for n in range(len(lower) - limit, len(lower) + limit + 1) for w in by_length.get(n, ())]
    found = extract(lower, candidates, scorer=Levenshtein.distance, score_cutoff=limit, limit=20)
    found = [(w, d) for w, d, _ in found if not _same_root(w, lower)]
    if not found:
        return None
    best = min(d for _, d in found)
    return max((w for w, d in found if d == best), key=lambda w: (known[w], w))
