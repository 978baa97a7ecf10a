"""Typo tolerance from the index's own vocabulary: corrections, said as such.

A query word that is neither in the index nor a word of English, French or Spanish
("traficking") gets the closest frequent word the index does know ("trafficking"), words of the
query's language first. Words with digits are never bent ("2001" stays 2001), nor are short
words, where one letter changes the meaning, nor a word the thesaurus knows in any language, nor
a word known with other accents ("trafico" for "tráfico"): those find their equivalents anyway.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter as _Counter
from collections.abc import Iterable
from functools import lru_cache

from django.db import connection
from django.db.models import F
from django.db.models.functions import Greatest

from lantern.catalog import versions
from lantern.lib import spellings
from lantern.search.models import SearchTerm

WORD = re.compile(r"[^\W\d_]{3,40}")
MIN_LENGTH = 4  # shorter words are never corrected
# The query's language as py3langid says (among the hub's three): below this probability, as
# for most one- or two-word English queries, it is taken to be English.
FOREIGN_LANGUAGES = ("es", "fr")
FOREIGN_MIN_PROBABILITY = 0.95
LEXICONS = ("en", "fr", "es")  # the languages whose common words are never "corrected"
SUFFIXES = {"", "s", "es", "ed", "d", "ing", "er", "ers", "ion", "ions", "e", "y", "ies", "ly", "al"}


def words(text: str) -> list[str]:
    """The words of ``text``, lower-cased."""
    lowered = text.lower()
    if len(lowered) == len(text):  # lower-cased whole, as word by word, unless a letter grew ("İ")
        return WORD.findall(lowered)
    return [w.lower() for w in WORD.findall(text)]


class Counter:
    """Document frequencies of words, built during a full rebuild."""

    def __init__(self) -> None:
        self.counts: _Counter[str] = _Counter()

    def add(self, texts: Iterable[str]) -> None:
        self.counts.update(word_set(texts))

    def save(self) -> None:
        SearchTerm.objects.all().delete()
        SearchTerm.objects.bulk_create(
            (SearchTerm(word=w, documents=n) for w, n in self.counts.items()), batch_size=2000
        )


def word_set(texts: Iterable[str]) -> set[str]:
    found: set[str] = set()
    for text in texts:
        found.update(words(text))
    return found


def count_changes(changes: _Counter[str]) -> None:
    """Apply changes of document counts (word → +n or -n) as resources are indexed or removed,
    so that how rare a word is stays right between rebuilds (ranking weighs words by it)."""
    grown = [(word, delta) for word, delta in changes.items() if delta > 0]
    if grown:  # one upsert a word: created at its count, or its count raised
        table = connection.ops.quote_name(SearchTerm._meta.db_table)
        upsert = f"INSERT INTO {table} (word, documents) VALUES (%s, %s) ON CONFLICT (word) DO UPDATE SET documents = {table}.documents + excluded.documents"  # noqa: S608, E501 - the model's table
        with connection.cursor() as cursor:
            cursor.executemany(upsert, grown)
    by_delta: dict[int, list[str]] = {}
    for word, delta in changes.items():
        if delta < 0:
            by_delta.setdefault(delta, []).append(word)
    for delta, changed in by_delta.items():
        for start in range(0, len(changed), 500):
            SearchTerm.objects.filter(word__in=changed[start : start + 500]).update(
                documents=Greatest(F("documents") + delta, 0)
            )


class Vocabulary:
    """The index's words and their document counts, kept per process (``vocabulary()``)."""

    def __init__(self) -> None:
        self.known: dict[str, int] = {}
        self.by_length: dict[int, list[str]] = {}
        self.folded: dict[str, str] = {}  # folded form -> the most frequent spelling of it
        self.max_id = 0
        self.documents: int | None = None  # how many resources are indexed, read when first asked

    def add(self, rows: Iterable[tuple[int, str, int]]) -> None:
        for pk, word, count in rows:
            if word not in self.known:
                self.by_length.setdefault(len(word), []).append(word)
            self.known[word] = count
            folded = fold(word)
            if folded not in self.folded or count >= self.known.get(self.folded[folded], 0):
                self.folded[folded] = word
            self.max_id = max(self.max_id, pk)

    def read_new(self) -> None:
        """Add the words written since (ids only grow; a rebuild writes all of them again under the
        ``vocabulary`` part, which builds a new copy)."""
        self.add(SearchTerm.objects.filter(id__gt=self.max_id).values_list("id", "word", "documents"))
        self.documents = None


def _read_vocabulary() -> Vocabulary:
    vocabulary = Vocabulary()
    vocabulary.add(SearchTerm.objects.values_list("id", "word", "documents"))
    return vocabulary


def vocabulary() -> Vocabulary:
    """The index's vocabulary: read again after a rebuild, new words added when the catalogue
    changes (counts of known words follow at the next rebuild)."""
    return versions.cached("search.vocabulary", _read_vocabulary, "vocabulary", refresh=Vocabulary.read_new)


def share(word: str) -> float:
    """The share of indexed resources whose text has ``word`` (as counted at the last rebuild)."""
    from lantern.search.models import SearchDocument

    words = vocabulary()
    if words.documents is None:
        words.documents = SearchDocument.objects.count()
    return words.known.get(word.lower(), 0) / max(1, words.documents)


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


def language_of(text: str) -> str:
    """The query's language among the hub's three: "es" or "fr" when it reads clearly so, else "en"."""
    if not WORD.search(text):
        return "en"
    code, probability = _identifier().classify(text)
    return code if code in FOREIGN_LANGUAGES and probability >= FOREIGN_MIN_PROBABILITY else "en"


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
    words = vocabulary()
    if lower in words.known or not lower.isalpha():
        return None
    return words.folded.get(fold(lower))


@lru_cache(maxsize=1)
def _lexicons() -> dict[str, frozenset[str]]:
    """The common words of each of the hub's languages (pyspellchecker's frequency lists, which
    leave out words seen fewer than 50 times, so the usual misspellings are not among them)."""
    from spellchecker import SpellChecker

    return {code: frozenset(SpellChecker(language=code, distance=1).word_frequency.keys()) for code in LEXICONS}


def is_word(word: str, language: str | None = None) -> bool:
    """Whether ``word`` is a word of English, French or Spanish (or of ``language``), in either
    British or American spelling."""
    lexicons = _lexicons()
    chosen = [lexicons[language]] if language in lexicons else list(lexicons.values())
    forms = {word.lower(), *spellings.variants(word)}
    return any(form in lexicon for lexicon in chosen for form in forms)


_LETTERS = re.compile(r"[^\W\d_]+")


def american_text(text: str) -> str:
    """``text`` with British spellings in American form where English has that form: one
    spelling of every word, so that "organised crime" and "organized crime" read the same."""
    english = _lexicons()["en"]

    def one(match: re.Match) -> str:
        word = match.group(0)
        return next((v for v in sorted(spellings.american(word)) if v in english), word)

    return _LETTERS.sub(one, text)


def other_spellings(word: str) -> list[str]:
    """The British or American spellings of ``word`` that the hub's texts use."""
    known = vocabulary().known
    return sorted(v for v in spellings.variants(word) if v in known)


def correct(word: str, protected: frozenset[str] | set[str] = frozenset(), language: str = "en") -> str | None:
    """The index's best replacement for a word it does not know, or None.

    A word of the hub, or a word of any of its languages, is never corrected ("fish" is a word
    even in a hub with no fishing report). ``protected``: words (folded) never corrected, such
    as the thesaurus's own. Among equally close candidates, words of the query's ``language``
    come first ("forcd" is "forced" in English, not French "forcé"), then the hub's most frequent.
    """
    from rapidfuzz.distance import OSA
    from rapidfuzz.process import extract

    lower = word.lower()
    if len(lower) < MIN_LENGTH or not lower.isalpha():
        return None
    words = vocabulary()
    known, by_length = words.known, words.by_length
    folded = fold(lower)
    if lower in known or folded in protected or folded in words.folded or is_word(lower):
        return None
    if any(v in known for v in spellings.variants(lower)):
        return None  # the other spelling of a word the hub has: found by the spelling variants
    limit = _max_edits(lower)
    candidates = [w for n in range(len(lower) - limit, len(lower) + limit + 1) for w in by_length.get(n, ())]
    found = extract(lower, candidates, scorer=OSA.distance, score_cutoff=limit, limit=20)
    found = [(w, d) for w, d, _ in found]
    if not found:
        return None
    best = min(d for _, d in found)
    return max((w for w, d in found if d == best), key=lambda w: (is_word(w, language), known[w], w))
