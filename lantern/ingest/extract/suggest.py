"""Suggested type, topics and countries, with confidences, for the curator to accept or edit.

Evidence: the vocabulary's names and synonyms counted in the text (the title counts five
times over), the document's structure (a title saying "toolkit", a table of questions), and
the labels curators gave to resources whose titles resemble this one.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from lantern.catalog import versions
from lantern.catalog.models import Country, Resource, Topic
from lantern.ingest.extract.summary import STOPWORDS
from lantern.ingest.extract.text import words

MAX_TOPICS = 5
MAX_COUNTRIES = 5
MIN_CONFIDENCE = 0.3
TITLE_WEIGHT = 5
NEIGHBOURS = 5

TYPE_WORDS = {
    Resource.Type.TOOLKIT: ["toolkit", "tool kit", "toolbox", "boîte à outils", "caja de herramientas"],
    Resource.Type.GUIDANCE: [
        "guidance",
        "guide",
        "guidelines",
        "prompt sheet",
        "how to",
        "handbook",
        "manual",
        "manuel",
        "guía",
        "directrices",
        "lignes directrices",
        # Protocols and the forms practitioners fill in are tools for doing the work.
        "protocol",
        "protocole",
        "protocolo",
        "referral form",
        "reporting form",
        "formulaire",
        "formulario",
        "ficha de derivación",
    ],
    Resource.Type.RESEARCH: [
        "research",
        "study",
        "survey",
        "findings",
        "methodology",
        "étude",
        "recherche",
        "estudio",
        "investigación",
        "literature review",
    ],
    Resource.Type.BRIEFING: ["briefing", "policy brief", "brief", "note d'information", "nota informativa"],
    Resource.Type.DATA: ["statistics", "statistical", "data", "figures", "statistiques", "estadísticas"],
    Resource.Type.LEGISLATION: ["act", "regulations", "statute", "directive", "law", "loi", "ley", "bill"],
    Resource.Type.POLICY: [
        "policy",
        "strategy",
        "action plan",
        "plan d'action",
        "estrategia",
        "política",
        # What organisations publish on the steps they take (the UK's Modern Slavery Act, section 54).
        "slavery statement",
        "human trafficking statement",
        "transparency statement",
    ],
    Resource.Type.TRAINING: ["training", "course", "curriculum", "module", "e-learning", "formation", "capacitación"],
    Resource.Type.FACTSHEET: [
        "factsheet",
        "fact sheet",
        "fiche",
        "ficha",
        "infographic",
        "leaflet",
        "dépliant",
        "folleto",
    ],
    Resource.Type.REPORT: ["report", "annual report", "review", "evaluation", "assessment", "rapport", "informe"],
    Resource.Type.MULTIMEDIA: ["video", "podcast", "webinar", "film"],
}
# A document of this many pages or fewer (a leaflet) is a factsheet when nothing else says what it is.
SHORT_PAGES = 2
COUNTRY_ALIASES = {
    "GB": [
        "UK",
        "U.K.",
        "Britain",
        "Great Britain",
        "England",
        "Wales",
        "Scotland",
        "Northern Ireland",
        "Royaume-Uni",
        "Reino Unido",
    ],
    "US": ["USA", "U.S.", "United States of America", "États-Unis", "Estados Unidos"],
    "FR": ["France"],
    "ES": ["Spain", "España", "Espagne"],
    "DE": ["Germany", "Allemagne", "Alemania"],
}


@dataclass
class Suggestion:
    field: str  # type, topic, country
    value: str  # type value, topic slug, country code
    label: str
    confidence: float
    evidence: str


class Terms:
    """Many terms counted in one pass over the words: the longest term wins where terms overlap, so
    "Northern Ireland" is not also "Ireland". Acronyms (short, all capitals) must be written as such."""

    def __init__(self, terms: dict[str, str]):
        self.exact: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
        self.folded: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
        for term, key in terms.items():
            term = " ".join(term.split())
            acronym = term.isupper() and len(term) <= 6
            tokens = tuple(_TOKEN.findall(term if acronym else term.lower()))
            if not tokens or len(term) < 2:
                continue
            index = self.exact if acronym else self.folded
            index.setdefault(tokens[0], []).append((tokens, key, term))
        for index in (self.exact, self.folded):
            for entries in index.values():
                entries.sort(key=lambda entry: -len(entry[0]))

    def count(self, title: str, text: str) -> dict[str, tuple[float, str]]:
        """key → (score, most frequent term); the title counts TITLE_WEIGHT times."""
        hits: Counter[tuple[str, str]] = Counter()
        for weight, body in ((TITLE_WEIGHT, title), (1, text)):
            if not body:
                continue
            tokens = _tokens(body)
            for index, found in ((self.exact, tokens.exact), (self.folded, tokens.folded)):
                if index:
                    for key_term in _scan(index, found):
                        hits[key_term] += weight
        result: dict[str, tuple[float, str]] = {}
        for (key, term), n in hits.most_common():
            score, best = result.get(key, (0.0, term))
            result[key] = (score + n, best)
        return result


_TOKEN = re.compile(r"\w+")


class Tokens:
    """A text's words as written (``exact``) and lower-cased (``folded``): one text is counted
    against several vocabularies, tokenised once."""

    __slots__ = ("exact", "folded")

    def __init__(self, body: str):
        tokens = _TOKEN.findall(body)
        self.exact = _Words(tokens)
        # Lower-casing the text keeps every word's bounds but for "İ" (its lower case, "i" and a
        # combining dot, is not all \w): the words of the lower-cased text, found in one pass.
        self.folded = _Words(_TOKEN.findall(body.lower()) if "İ" not in body else [t.lower() for t in tokens])


class _Words:
    __slots__ = ("tokens", "_distinct")

    def __init__(self, tokens: list[str]):
        self.tokens = tokens
        self._distinct: set[str] | None = None

    def among(self, firsts) -> set[str]:
        """The keys of ``firsts`` that occur in the text (a set intersection, no pass in Python)."""
        if self._distinct is None:
            self._distinct = set(self.tokens)
        return self._distinct & firsts.keys()


@lru_cache(maxsize=4)
def _tokens(body: str) -> Tokens:
    """Callers must not change the lists."""
    return Tokens(body)


def _scan(index: dict, found: _Words):
    """(key, term) of each match, left to right; a match's tokens start no other match."""
    firsts = found.among(index)
    if not firsts:  # most vocabularies against most texts: nothing to walk
        return
    tokens = found.tokens
    free = 0  # the first position not inside the previous match
    for position in [i for i, token in enumerate(tokens) if token in firsts]:
        if position < free:
            continue
        for phrase, key, term in index[tokens[position]]:
            if tuple(tokens[position : position + len(phrase)]) == phrase:
                yield key, term
                free = position + len(phrase)
                break


def _confidence(score: float, scale: float) -> float:
    return round(1 - math.exp(-score / scale), 2)


def _title_words(title: str) -> frozenset[str]:
    return frozenset(w for w in words(title) if w not in STOPWORDS and len(w) > 2)


class Titles:
    """The title words of the resources curators labelled (all but ingested drafts), indexed by word.

    Kept in the process (``lantern.catalog.versions``, part ``titles``): built again when a
    resource's title, type, status or provenance changes, extended with the rows created since
    when only the rest of the catalogue changed.
    """

    NEW_ROWS_MARGIN = 100  # ids below the highest seen that may commit late (PostgreSQL sequences)

    def __init__(self):
        self.rows: dict[int, tuple] = {}  # id -> (updated_at, title, type, number of words)
        self.postings: dict[str, set[int]] = {}
        self.max_id = 0

    @staticmethod
    def labelled():
        return Resource.objects.exclude(provenance=Resource.Provenance.INGEST, status=Resource.Status.DRAFT)

    def add(self, queryset) -> None:
        for pk, title, kind, updated in queryset.order_by().values_list("id", "title", "type", "updated_at"):
            self.remove(pk)
            found = _title_words(title)
            self.rows[pk] = (updated, title, kind, len(found))
            for word in found:
                self.postings.setdefault(word, set()).add(pk)
            self.max_id = max(self.max_id, pk)

    def remove(self, pk: int) -> None:
        if (row := self.rows.pop(pk, None)) is not None:
            for word in _title_words(row[1]):
                self.postings[word].discard(pk)

    def close_to(self, mine: frozenset[str]) -> list[tuple[float, Resource]]:
        """Jaccard similarity of title words ≥ 0.3, best first, then the most recently updated."""
        shared: Counter[int] = Counter()
        for word in mine:
            shared.update(self.postings.get(word, ()))
        found = []
        for pk, n in shared.items():
            updated, title, kind, theirs = self.rows[pk]
            similarity = n / (len(mine) + theirs - n)
            if similarity >= 0.3:
                found.append((similarity, updated, pk))
        found.sort(reverse=True)
        return [
            (similarity, Resource(pk=pk, title=self.rows[pk][1], type=self.rows[pk][2]))
            for similarity, _u, pk in found[:NEIGHBOURS]
        ]

    def read_new(self) -> None:
        """Add the resources created since the index was built or last brought up to date."""
        low = self.max_id - self.NEW_ROWS_MARGIN
        present = [pk for pk in range(low + 1, self.max_id + 1) if pk in self.rows]
        self.add(self.labelled().filter(id__gt=low).exclude(id__in=present))


def _all_titles() -> Titles:
    index = Titles()
    index.add(Titles.labelled())
    return index


def titles() -> Titles:
    """The title index, up to date with the catalogue."""
    return versions.cached("ingest.titles", _all_titles, "titles", refresh=Titles.read_new)


def neighbours(title: str) -> list[tuple[float, Resource]]:
    """Resources curators labelled whose titles share most words with this one (Jaccard)."""
    mine = _title_words(title)
    if not mine:
        return []
    return titles().close_to(mine)


def suggest(
    title: str, text: str, close: list[tuple[float, Resource]] | None = None, pages: int | None = None
) -> list[Suggestion]:
    """Type, topics and countries for a document; ``pages``, when known, tells a leaflet of a page
    or two (a factsheet, when no word says otherwise) from a report."""
    text = text[:300_000]  # the first ~150 pages say what a document is about; bounded time on long ones
    close = neighbours(title) if close is None else close
    return [*_type(title, text, close, pages), *_topics(title, text, close), *_countries(title, text)]


def _type(title: str, text: str, close, pages: int | None = None) -> list[Suggestion]:
    scores: Counter[str] = Counter()
    evidence: dict[str, str] = {}
    head = text[:20_000]
    terms = _type_terms()
    in_title, in_text = terms.count(title, ""), terms.count("", head)
    for kind in TYPE_WORDS:
        title_score, term = in_title.get(kind, (0.0, ""))
        body, body_term = in_text.get(kind, (0.0, ""))
        score = title_score * 3 + min(body, 10) * 0.2  # the title says what a document is
        if score:
            scores[kind] = score
            evidence[kind] = f"“{term or body_term}” in the {'title' if term else 'text'}"
    for similarity, resource in close:
        scores[resource.type] += 3 * similarity
        evidence.setdefault(resource.type, f"like “{resource.title[:80]}”")
    if not scores and pages is not None and pages <= SHORT_PAGES:
        return [Suggestion("type", Resource.Type.FACTSHEET, "Factsheet", 0.2, "no clue; a page or two of text")]
    if not scores:
        return [Suggestion("type", Resource.Type.REPORT, "Report", 0.2, "no clue; the default")]
    total = sum(scores.values())
    ranked = scores.most_common(3)
    return [
        Suggestion("type", kind, str(Resource.Type(kind).label), round(min(0.95, score / total), 2), evidence[kind])
        for kind, score in ranked
        if score / total >= 0.15 or kind == ranked[0][0]
    ]


def _topics(title: str, text: str, close) -> list[Suggestion]:
    found = []
    votes: Counter[int] = Counter()
    labels: dict[int, list[int]] = {}
    if close:  # one query for the neighbours' topics
        through = Resource.topics.through.objects.filter(resource_id__in=[r.pk for _s, r in close])
        for resource_id, topic_id in through.values_list("resource_id", "topic_id"):
            labels.setdefault(resource_id, []).append(topic_id)
    for similarity, resource in close:
        for topic_id in labels.get(resource.pk, ()):
            votes[topic_id] += similarity
    topics, terms = versions.cached("ingest.topic_terms", _topic_terms, "topics")
    counted = terms.count(title, text)
    for topic in topics:
        score, term = counted.get(topic.slug, (0.0, ""))
        score += 4 * votes.get(topic.pk, 0)
        if score:
            evidence = f"“{term}”" if term else "like similar resources"
            found.append(Suggestion("topic", topic.slug, topic.name, _confidence(score, 6), evidence))
    found = [s for s in found if s.confidence >= MIN_CONFIDENCE]
    return sorted(found, key=lambda s: -s.confidence)[:MAX_TOPICS]


def _countries(title: str, text: str) -> list[Suggestion]:
    found = []
    countries, terms = versions.cached("ingest.country_terms", _country_terms, "countries")
    for code, (score, term) in terms.count(title, text).items():
        found.append(Suggestion("country", code, countries[code].name, _confidence(score, 5), f"“{term}”"))
    found = [s for s in found if s.confidence >= MIN_CONFIDENCE]
    return sorted(found, key=lambda s: -s.confidence)[:MAX_COUNTRIES]


@lru_cache(maxsize=1)
def _type_terms() -> Terms:
    return Terms({term: kind for kind, names in TYPE_WORDS.items() for term in names})


def _topic_terms():
    topics = list(Topic.objects.all())
    return topics, Terms({term: topic.slug for topic in topics for term in [topic.name, *topic.synonym_list]})


def _country_terms():
    countries = {c.code: c for c in Country.objects.all()}
    names = {c.name: code for code, c in countries.items()}
    names.update({alias: code for code, aliases in COUNTRY_ALIASES.items() for alias in aliases if code in countries})
    return countries, Terms(names)
