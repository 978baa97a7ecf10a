"""Resource cards: what one shows, worked out once per card, and its markup.

A card is written here, not by a template included per card: a result page has twenty, and
rendering an included template costs far more than building the same markup (``bench/pages.py``
measures a result page). Every value is escaped below; highlighted titles and passages come
escaped from the search. Labels are in the active language (types, topics).
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from functools import lru_cache

from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from lantern.catalog.models import Resource
from lantern.lib.text import truncate_words
from lantern.public import labels

TEASER_CHARS = 250
TYPE_LABELS = dict(Resource.Type.choices)
_escape = html.escape  # Django's escape() is this behind a check for lazy strings, which cards never hold


@lru_cache(maxsize=16)
def _labels(_language: str | None) -> dict[str, str]:
    """A card's fixed words in one language, escaped (every card of a page asks for them)."""
    return {
        "page": _escape(_("p. %(number)s")),
        "read_more": _escape(_("Read more")),
        "about": _escape(_("about")),
        "topics": _escape(_("Topics")),
        "also_in": _escape(_("Also in")),
        "versions": _escape(_("Other versions")),
        "earlier": _escape(_("earlier edition")),
    }


@dataclass
class Card:
    url: str
    title: str  # plain text
    lang: str  # the resource's one language (for lang=""), else ""
    type_label: str
    publishers: str
    year: int | None
    text: str = ""  # the teaser, plain text
    topics: list[str] = field(default_factory=list)
    title_html: str = ""  # a search's highlighted title (safe HTML), else the title escaped
    snippet_html: str = ""  # a search's matching passage (safe HTML)
    page: int | None = None  # the page of that passage
    edition: str = ""  # the record's edition label ("2nd edition", "2023")
    superseded: bool = False  # a newer edition exists
    also_in: list[tuple[str, str, str]] = field(default_factory=list)  # other languages: (code, label, url)
    editions: int = 0  # editions of its series, itself included; shown from 2

    def html(self) -> SafeString:
        """The card of result lists, the home page and the topic, organisation and country pages."""
        lang, labels_ = self._lang(), _labels(get_language())
        if self.snippet_html:
            page = f'<span class="page-ref">{labels_["page"] % {"number": self.page}}</span> '
            text = f'<p class="card-text snippet"{lang}>{page if self.page else ""}{self.snippet_html}</p>'
        else:
            teaser = f"<span{lang}>{_escape(self.text)}</span> " if self.text else ""
            text = (
                f'<p class="card-text">{teaser}<a class="read-more" href="{_escape(self.url)}">{labels_["read_more"]}'
                f'<span class="visually-hidden"> {labels_["about"]} <span{lang}>{_escape(self.title)}</span></span></a></p>'
            )
        topics = "".join(f"<li>{_escape(topic)}</li>" for topic in self.topics)
        if topics:
            topics = f'\n  <ul class="tags" aria-label="{labels_["topics"]}">{topics}</ul>'
        return mark_safe(  # noqa: S308 - every value escaped above or already safe
            f'<article class="card">\n  <h3 class="card-title"><a href="{_escape(self.url)}"{lang}>{self.title_html}</a></h3>'
            f"\n  {self._meta()}{self._versions(labels_)}\n  {text}{topics}\n</article>"
        )

    def small_html(self) -> SafeString:
        """The small card of a detail page's related resources."""
        return mark_safe(  # noqa: S308 - every value escaped
            f'<article class="card card--small">\n  <h3 class="card-title"><a href="{_escape(self.url)}"{self._lang()}>'
            f"{_escape(self.title)}</a></h3>\n  {self._meta()}\n</article>"
        )

    def _lang(self) -> str:
        return f' lang="{_escape(self.lang)}"' if self.lang else ""

    def _meta(self) -> str:
        publishers = f' <span class="publishers">{_escape(self.publishers)}</span>' if self.publishers else ""
        year = f' <span class="year">{self.year}</span>' if self.year else ""
        edition = f' <span class="edition">{_escape(self.edition)}</span>' if self.edition else ""
        if self.superseded:
            edition += f' <span class="edition">{_labels(get_language())["earlier"]}</span>'
        badge = f'<span class="badge">{_escape(self.type_label)}</span>'
        return f'<p class="card-meta">{badge}{publishers}{year}{edition}</p>'

    def _versions(self, labels_: dict[str, str]) -> str:
        """ "Also in French, Spanish · 3 editions": the other versions of the work, as links."""
        parts = []
        if self.also_in:
            links = ", ".join(
                f'<a href="{_escape(url)}" hreflang="{_escape(code)}">{_escape(label)}</a>'
                for code, label, url in self.also_in
            )
            parts.append(f"{labels_['also_in']} {links}")
        if self.editions > 1:
            count = _escape(
                ngettext("%(count)s edition", "%(count)s editions", self.editions) % {"count": self.editions}
            )
            parts.append(f'<a href="{_escape(self.url.split("?")[0])}#editions-heading">{count}</a>')
        if not parts:
            return ""
        joined = ' <span aria-hidden="true">·</span> '.join(parts)
        return f'\n  <p class="card-versions" aria-label="{labels_["versions"]}">{joined}</p>'


def single_language(languages) -> str:
    """The code of a resource's language when it has exactly one (for ``lang=""``), else ""."""
    return languages[0].code if len(languages) == 1 else ""


def card(resource: Resource, back_state: str = "", hit=None, passage: bool = True, versions=None) -> Card:
    """One resource's card; ``hit`` (a search hit) brings highlights and, with ``passage`` (a
    search with words), the passage and its page; ``back_state`` (a search's query string) is
    carried by the link, for "Back to results"."""
    listed = resource.listed
    url = resource.get_absolute_url()
    return Card(
        url=f"{url}?{back_state}" if back_state else url,
        title=resource.title,
        lang=single_language(listed.languages),
        type_label=str(TYPE_LABELS.get(resource.type, resource.type)),
        publishers=", ".join(org.name for org in listed.publishers),
        year=resource.year,
        text=truncate_words(resource.teaser or resource.summary, TEASER_CHARS),
        topics=[labels.topic_name(topic) for topic in listed.topics],
        title_html=hit.title_html if hit is not None else _escape(resource.title),
        snippet_html=(hit.snippet_html or "") if hit is not None and passage else "",
        page=hit.page if hit is not None and passage else None,
        edition=resource.edition,
        superseded=bool(resource.superseded_by_id),
        also_in=[(code, labels.language_name(name), url) for code, name, url in versions.languages] if versions else [],
        editions=versions.editions if versions else 0,
    )


def cards(resources, back_state: str = "") -> list[Card]:
    return [card(resource, back_state) for resource in resources]


def result_cards(hits, back_state: str = "", has_text: bool = True, versions: dict | None = None) -> list[Card]:
    """The cards of search hits; a passage is quoted only for a search with words; ``versions``
    (``works.versions``) adds each work's other languages and editions."""
    versions = versions or {}
    return [card(hit.resource, back_state, hit, has_text, versions.get(hit.resource.id)) for hit in hits]
