"""Typo tolerance from the index's own vocabulary: corrections and "did you mean".

A query word the index has never seen ("traficking") gets the closest frequent word the index
does know ("trafficking") as an alternative. Words with digits are never bent ("2001" stays
2001), nor are short words, where one letter changes the meaning.
"""

from __future__ import annotations

import re
from collections import Counter as _Counter
from collections.abc import Iterable

from django.db.models import Max

from lantern.search.models import SearchTerm

WORD = re.compile(r"[^\W\d_]{3,40}")
MIN_LENGTH = 4  # shorter words are never corrected
SUFFIXES = {"", "s", "es", "ed", "d", "ing", "er", "ers", "ion", "ions", "e", "y", "ies", "ly", "al"}
_cache: dict = {"key": None, "known": {}, "by_length": {}}


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


def _vocabulary() -> tuple[dict[str, int], dict[int, list[str]]]:
    # Words are only ever added (new ids) or replaced wholesale by a rebuild (new ids again): the
    # highest id tells whether the vocabulary changed, from the primary key alone (no count).
    state = SearchTerm.objects.aggregate(n=Max("id"))["n"]
    if _cache["key"] != state:
        known = dict(SearchTerm.objects.values_list("word", "documents"))
        by_length: dict[int, list[str]] = {}
        for word in known:
            by_length.setdefault(len(word), []).append(word)
        _cache.update(key=state, known=known, by_length=by_length)
    return _cache["known"], _cache["by_length"]


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


def correct(word: str) -> str | None:
    """The index's best replacement for a word it does not know, or None."""
    from rapidfuzz.distance import Levenshtein
    from rapidfuzz.process import extract

    lower = word.lower()
    if len(lower) < MIN_LENGTH or not lower.isalpha():
        return None
    known, by_length = _vocabulary()
    if lower in known:
        return None
    limit = _max_edits(lower)
    candidates = [w for n in range(len(lower) - limit, len(lower) + limit + 1) for w in by_length.get(n, ())]
    found = extract(lower, candidates, scorer=Levenshtein.distance, score_cutoff=limit, limit=20)
    found = [(w, d) for w, d, _ in found if not _same_root(w, lower)]
    if not found:
        return None
    best = min(d for _, d in found)
    return max((w for w, d in found if d == best), key=lambda w: (known[w], w))
