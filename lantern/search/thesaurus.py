"""The field's thesaurus applied to a query: a word or phrase also finds its equivalents.

Entries (``ThesaurusEntry``, shipped in data/thesaurus.json and edited in the admin) are groups
of equivalent words or phrases. Expansion rewrites the parsed query before any engine sees it
(``labour`` → ``labour OR labor``; ``NRM`` → ``NRM OR "National Referral Mechanism"``), so
SQLite and PostgreSQL apply it identically. Spelling variants (kind "spelling") are also
applied inside the phrases of other entries. Translations (kind "translation") tie the field's
Spanish and French terms to the English ones, so "trabajo forzoso" also finds "forced labour".

An equivalent found through the thesaurus is an ``Alternative``: it matches like the words
typed, but the embedded engine ranks it below them by its kind's ``WEIGHTS`` (what the user
typed is the surest sign of what they want; a synonym or a translation is a step away). The
database engines match the same alternatives and rank them like typed words.
"""

from __future__ import annotations

from dataclasses import dataclass

from lantern.catalog import versions
from lantern.lib.query import ParsedQuery, Term
from lantern.search.models import ThesaurusEntry

MAX_SPAN = 5  # longest phrase, in words, looked up in the thesaurus
MAX_ALTERNATIVES = 8
# Rank weight of an equivalent by the kind of entry that gave it (1 = as if typed); the best
# kind wins when several entries give the same one. Chosen with bench/relevance.py.
WEIGHTS = {"acronym": 1.0, "spelling": 1.0, "synonym": 0.5, "translation": 0.5}


@dataclass(frozen=True)
class Alternative(Term):
    """A word or phrase the query did not contain, found equivalent by the thesaurus."""

    weight: float = 1.0


def _key(text: str) -> str:
    return " ".join(text.lower().replace("-", " ").split())


def _spelling_variants(phrase: str, spellings: dict[str, set[str]]) -> set[str]:
    variants = {phrase}
    for i, word in enumerate(phrase.split()):
        for other in spellings.get(word, ()):
            variants |= {" ".join([*v.split()[:i], other, *v.split()[i + 1 :]]) for v in list(variants)}
    return variants


@dataclass(frozen=True)
class Table:
    groups: dict[str, list[tuple[str, float]]]  # see ``groups()``
    words: frozenset[str]  # see ``words()``


def _table() -> Table:
    return versions.cached("search.thesaurus", _read_table, "thesaurus")


def _read_table() -> Table:
    from lantern.search.spelling import fold

    entries = [(e.kind, [_key(t) for t in e.term_list]) for e in ThesaurusEntry.objects.all()]
    spellings: dict[str, set[str]] = {}
    for kind, terms in entries:
        if kind == ThesaurusEntry.Kind.SPELLING:
            for term in terms:
                spellings.setdefault(term, set()).update(t for t in terms if t != term)
    result: dict[str, dict[str, float]] = {}
    for kind, terms in entries:
        expanded = set().union(*(_spelling_variants(t, spellings) for t in terms)) if terms else set()
        for term in expanded:
            others = result.setdefault(term, {})
            same = _spelling_variants(term, spellings)  # "forced labor" is "forced labour" as typed
            for other in expanded - {term}:
                weight = 1.0 if other in same else WEIGHTS.get(kind, 1.0)
                others[other] = max(weight, others.get(other, 0.0))
    groups = {
        term: sorted(others.items(), key=lambda o: (-o[1], len(o[0].split()), o[0]))[:MAX_ALTERNATIVES]
        for term, others in result.items()
    }
    return Table(groups, frozenset(fold(w) for term in groups for w in term.split()))


def groups() -> dict[str, list[tuple[str, float]]]:
    """Each known word or phrase (normalised) → its equivalents and their weights, spelling
    variants included."""
    return _table().groups


def words() -> frozenset[str]:
    """Every word of every entry, in every language, folded (the typo corrector leaves them be)."""
    return _table().words


def _term(text: str, weight: float) -> Alternative:
    return Alternative(text, phrase=" " in text, weight=weight)


def expand(query: ParsedQuery, common=None) -> ParsedQuery:
    """The query with each run of words found in the thesaurus OR-ed with its equivalents.

    ``common(word)``: whether a word is in so many texts that its synonyms and translations add
    nothing but a way for a weak document to match it (spelling variants and acronyms are the
    same word and stay).
    """
    table = groups()
    if not table or not query.must:
        return query

    def equivalents(phrase: str, span: int) -> list[Alternative]:
        found = table[phrase]
        if span == 1 and common is not None and common(phrase):
            found = [(o, w) for o, w in found if w >= 1.0]
        return [_term(o, w) for o, w in found]

    must: list[list[Term]] = []
    i = 0
    while i < len(query.must):
        group = query.must[i]
        matched = False
        if len(group) == 1 and not group[0].phrase:
            for span in range(min(MAX_SPAN, len(query.must) - i), 0, -1):
                window = query.must[i : i + span]
                if any(len(g) != 1 or g[0].phrase for g in window):
                    continue
                phrase = _key(" ".join(g[0].text for g in window))
                if phrase in table:
                    original = Term(" ".join(g[0].text for g in window), phrase=span > 1)
                    must.append([original, *equivalents(phrase, span)])
                    i += span
                    matched = True
                    break
        elif len(group) == 1 and group[0].phrase and _key(group[0].text) in table:
            must.append([group[0], *equivalents(_key(group[0].text), 1 + group[0].text.count(" "))])
            i += 1
            matched = True
        if not matched:
            must.append(group)
            i += 1
    return ParsedQuery(raw=query.raw, must=must, exclude=list(query.exclude), fields=list(query.fields))
