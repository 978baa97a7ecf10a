"""What a query asks for: typos corrected from the hub's own words, equivalents from the
thesaurus and the other English spelling, function words set aside, and the text the meaning
model reads. ``plan()`` is done once per search; every engine matches the plan's query."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from lantern.catalog import versions
from lantern.lib import query as query_syntax
from lantern.lib.query import ParsedQuery, Term
from lantern.search import spelling, thesaurus
from lantern.search.thesaurus import Alternative

YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# Function words of English, French and Spanish (question words included): never required in a
# text match while the query has other words. Words of meaning in this field ("against",
# "contra", "not") are not among them.
_STOPWORDS = """a an and are as at be been being by can could did do does doing for from had has have
    he her his how i if in into is it its me my of on or our she should so than that the their them
    then there these they this those to us was we were what when where which who whom why will with
    would you your
    à au aux ce ces cette comment d de des du elle elles en est et il ils la le les leur leurs l
    ou où par pour quel quelle quels quelles qui que quoi sa se ses son sont sur un une y dans
    al como cómo cuál cuáles cuándo cuántos cuántas dónde del e el ella ellos en es esta este estos
    hay la las lo los o para por qué que quién se son su sus un una uno unos unas y"""
STOPWORDS = frozenset(_STOPWORDS.split())


@dataclass(frozen=True)
class Options:
    """How a query is understood and ranked. The defaults were chosen with bench/relevance.py."""

    lexical: bool = True
    semantic: bool = True  # also needs LANTERN_SEARCH_SEMANTIC
    thesaurus: bool = True
    typos: bool = True
    lexical_weight: float = 1.0
    semantic_weight: float = 0.5
    passage_weight: float = 0.5  # the best single passage matching every word: a third fused list
    passage_candidates: int = 100  # best lexical matches whose passages are looked at
    common_share: float = 0.5  # in a long query, a word in this share of documents is not widened
    common_min_words: int = 3  # what a long query is
    rrf_k: int = 60
    semantic_min: float = 0.20  # cosine below which a passage is not a match on its own
    semantic_pool: int = 30  # nearest resources considered
    lexical_pool: int = 200  # best lexical matches fused (more pages fall back to lexical order)
    relax_pool: int = 30  # when no resource has every word: the best ones having some
    coverage_pool: int = 100  # ...chosen among this many by how many of the words they have
    partial_min_words: int = 3  # a query of this many words also finds resources missing some
    partial_share: float = 0.6  # ...having at least this share of its words
    title_weight: float = 1.0  # the share of the query's words in a title, in units of a top rank
    superseded_factor: float = 0.6  # superseded editions sink unless the query names a year


DEFAULT = Options()


@dataclass
class QueryPlan:
    parsed: ParsedQuery  # as typed
    lexical: ParsedQuery  # corrected and expanded: what the engines match
    semantic_text: str  # what the embedding model reads
    suggestion: str  # corrected query text, or "" when nothing was corrected
    names_year: bool


def plan(parsed: ParsedQuery, options: Options = DEFAULT, as_typed: bool = False) -> QueryPlan:
    """Understand the query: correct unknown words from the index vocabulary (unless ``as_typed``),
    expand with the thesaurus and with British and American spellings."""
    with versions.reading():  # whether the vocabulary and the thesaurus changed: asked once, not per word
        return _plan(parsed, options, as_typed)


def _plan(parsed: ParsedQuery, options: Options, as_typed: bool) -> QueryPlan:
    corrected = parsed
    replacements: dict[str, str] = {}
    if options.typos and not as_typed:
        # Real words of any of the hub's languages are never corrected; a query that reads as
        # Spanish or French prefers corrections in that language.
        language = spelling.language_of(parsed.raw)
        protected = thesaurus.words() if options.thesaurus else frozenset()
        must = []
        for group in parsed.must:
            new_group = []
            for term in group:
                fix = None if term.phrase else spelling.correct(term.text, protected, language)
                if fix:
                    replacements[term.text] = fix
                new_group.append(Term(fix, False) if fix else term)
            must.append(new_group)
        corrected = replace(parsed, must=must)
    expanded = thesaurus.expand(corrected, _common_in(corrected, options)) if options.thesaurus else corrected
    if options.typos:
        expanded = _with_accent_variants(expanded)
    expanded = _with_other_spellings(expanded)
    expanded = _without_stopwords(expanded)
    text = query_syntax.strip_field_words(parsed.raw)
    meaning = query_syntax.wanted_text(parsed.raw)
    suggestion = ""
    if replacements:
        text = " ".join(replacements.get(word, word) for word in text.split())
        meaning = " ".join(replacements.get(word, word) for word in meaning.split())
        suggestion = text
    meaning = spelling.american_text(meaning)
    return QueryPlan(parsed, expanded, meaning, suggestion, bool(YEAR.search(parsed.raw)))


def _with_accent_variants(query: ParsedQuery) -> ParsedQuery:
    """Each unknown word OR-ed with the hub's own spelling of it with other accents."""
    must = []
    for group in query.must:
        extra = [
            Term(variant) for t in group if not t.phrase and (variant := spelling.accent_variant(t.text)) is not None
        ]
        must.append([*group, *extra] if extra else group)
    return replace(query, must=must)


def _with_other_spellings(query: ParsedQuery) -> ParsedQuery:
    """Each word or phrase OR-ed with its British or American spellings that the hub uses
    ("organised crime" finds "organized crime"), as equivalent as the words typed."""
    must = []
    for group in query.must:
        seen = {t.text.lower() for t in group}
        extra = []
        for term in group:
            words = term.text.split()
            for i, word in enumerate(words):
                for other in spelling.other_spellings(word):
                    text = " ".join([*words[:i], other, *words[i + 1 :]])
                    if text.lower() not in seen:
                        seen.add(text.lower())
                        extra.append(Alternative(text, phrase=term.phrase, weight=getattr(term, "weight", 1.0)))
        must.append([*group, *extra] if extra else group)
    return replace(query, must=must)


def _common_in(query: ParsedQuery, options: Options):
    """In a query of several words: the words too common to widen with synonyms or translations.

    Each equivalent is another way for a document to meet a required word: in a long query
    the widened words of a weak document can all be met that way, and it then outranks the
    documents having the words typed. A word most documents have needs no widening to be found.
    """
    meaningful = [g for g in query.must if not is_stopword(g)]
    if not options.common_share or len(meaningful) < options.common_min_words:
        return None
    return lambda word: spelling.share(word) >= options.common_share


def is_stopword(group: list[Term]) -> bool:
    return len(group) == 1 and not group[0].phrase and group[0].text.lower() in STOPWORDS


def _without_stopwords(query: ParsedQuery) -> ParsedQuery:
    """The query without its lone function words ("how", "de", "les"), unless nothing else is left.

    A word every text has says nothing of what is wanted, and requiring it keeps out every
    document in another language ("trabajo forzoso en las cadenas" never matched an English text
    for want of "en" and "las"). Words inside phrases and thesaurus phrases stay.
    """
    kept = [g for g in query.must if not is_stopword(g)]
    if not kept or len(kept) == len(query.must):
        return query
    return replace(query, must=kept)
