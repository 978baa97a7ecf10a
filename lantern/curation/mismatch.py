"""Descriptions that do not describe their document, and titles, years or publishers that
disagree with the document's own front page.

The seed hub's page is the case to catch: a record whose title belongs to the 2017 UK Annual
Report on Modern Slavery, while its abstract belongs to another publication (the IASC and
University of Nottingham partnership research), and the same description shown twice.

Description check (lexical, no model): the distinctive words of a summary — weighted by how
rare they are across the collection's documents — should mostly occur in its own document.
When they hardly do, and another document holds them far better, the description is said to
belong to that document. Front-page checks reuse ingestion's extractors on the stored page
text (curation reads from ingestion; ingestion never imports curation).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from lantern.catalog.models import Page, Resource
from lantern.curation.models import Flag
from lantern.ingest.extract import dates
from lantern.ingest.extract import publisher as publishers
from lantern.ingest.extract import title as titles
from lantern.lib.text import html_to_text

_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
_STOP = set(
    [
        "the",
        "and",
        "for",
        "with",
        "that",
        "this",
        "from",
        "are",
        "was",
        "were",
        "have",
        "has",
        "had",
        "not",
        "but",
        "its",
        "their",
        "they",
        "them",
        "these",
        "those",
        "which",
        "who",
        "whom",
        "into",
        "over",
        "under",
        "about",
        "after",
        "before",
        "between",
        "during",
        "within",
        "without",
        "also",
        "more",
        "most",
        "other",
        "some",
        "such",
        "than",
        "then",
        "there",
        "where",
        "when",
        "what",
        "while",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
        "must",
        "our",
        "your",
        "his",
        "her",
        "him",
        "she",
        "hers",
        "been",
        "being",
        "each",
        "report",
        "reports",
        "guidance",
        "paper",
        "document",
        "publication",
        "page",
        "pages",
    ]
)
OWN_COVERAGE = 0.45  # below this share of the summary's weight found in its own document: suspicious
OTHER_MARGIN = 0.25  # another document covers the summary this much better: it probably belongs there
FIRST_PAGES = 3


@dataclass
class Problem:
    resource: Resource
    reason: str
    score: float
    other: Resource | None = None


def _terms(text: str) -> set[str]:
    return {w for w in (m.lower() for m in _WORD.findall(text)) if w not in _STOP}


def _documents() -> dict[int, tuple[list[str], set[str]]]:
    """Resource id → (page texts in order, set of terms of the whole document)."""
    pages: dict[int, list[str]] = {}
    for rid, text in Page.objects.order_by("attachment__resource_id", "attachment_id", "number").values_list(
        "attachment__resource_id", "text"
    ):
        pages.setdefault(rid, []).append(text)
    return {rid: (texts, _terms(" ".join(texts))) for rid, texts in pages.items()}


def coverage(summary_terms: set[str], document_terms: set[str], idf: dict[str, float], unseen: float = 0.0) -> float:
    """The share of the summary's weight found in the document; ``unseen`` weighs a term no document holds."""
    total = sum(idf.get(t, unseen) for t in summary_terms)
    if not total:
        return 1.0
    return sum(idf.get(t, unseen) for t in summary_terms & document_terms) / total


def check_descriptions(documents: dict[int, tuple[list[str], set[str]]]) -> list[Problem]:
    if not documents:
        return []
    frequency = Counter(t for _, terms in documents.values() for t in terms)
    n = len(documents)
    # A word no document holds is as distinctive as a word can be: a summary made of such words
    # (a cake recipe on a prompt sheet) describes nothing here, least of all its own document.
    idf = {t: math.log((n + 1) / (df + 0.5)) for t, df in frequency.items()}
    unseen = math.log((n + 1) / 0.5)
    problems = []
    for resource in Resource.objects.filter(id__in=documents).exclude(status=Resource.Status.WITHDRAWN):
        text = " ".join(filter(None, [resource.summary, html_to_text(resource.description)])) or resource.teaser
        wanted = _terms(text)
        if len(wanted) < 8:
            continue  # too short to judge
        own = coverage(wanted, documents[resource.id][1], idf, unseen)
        if own >= OWN_COVERAGE:
            continue
        others = [
            (rid, coverage(wanted, terms, idf, unseen)) for rid, (_, terms) in documents.items() if rid != resource.id
        ]
        best_id, best = max(others, key=lambda pair: pair[1], default=(None, 0.0))
        if best - own >= OTHER_MARGIN:
            other = Resource.objects.get(pk=best_id)
            problems.append(
                Problem(
                    resource,
                    f"The summary seems to describe “{other.title}” ({best:.0%} of its distinctive "
                    f"words are there, {own:.0%} in this resource's own document).",
                    1 - own,
                    other,
                )
            )
        else:
            problems.append(
                Problem(resource, f"Only {own:.0%} of the summary's distinctive words occur in the document.", 1 - own)
            )
    return problems


def check_front_page(documents: dict[int, tuple[list[str], set[str]]]) -> list[Problem]:
    problems = []
    resources = (
        Resource.objects.filter(id__in=documents)
        .exclude(status=Resource.Status.WITHDRAWN)
        .prefetch_related("publisher_links__organisation")
    )
    for resource in resources:
        pages = documents[resource.id][0]
        front = "\n".join(pages[:FIRST_PAGES])
        if front.strip() and not titles.borne_out(resource.title, front):
            problems.append(
                Problem(resource, f"The title “{resource.title}” is not on the document's first pages.", 0.6)
            )
        found = dates.find(pages)
        if found and resource.published_date and found.date.year != resource.published_date.year and found.score >= 4:
            problems.append(
                Problem(
                    resource,
                    f"The record says {resource.published_date.year}; the document says "
                    f"{found.date.year} (“{found.evidence[:80]}”).",
                    0.7,
                )
            )
        stated = publishers.find(pages, {})
        named = {link.organisation_id for link in resource.publisher_links.all()}
        if (
            stated
            and stated.organisation
            and named
            and stated.organisation.pk not in named
            and stated.confidence >= 0.7
        ):
            problems.append(
                Problem(
                    resource,
                    f"The document names {stated.organisation.name} as its publisher (“{stated.evidence[:80]}”), "
                    "the record does not.",
                    0.6,
                )
            )
    return problems


def check_repeated_descriptions() -> list[Problem]:
    """The same summary on two different resources: at least one of them is wrong."""
    seen: dict[str, Resource] = {}
    problems = []
    for resource in Resource.objects.exclude(status=Resource.Status.WITHDRAWN).exclude(summary="").order_by("id"):
        key = " ".join(resource.summary.lower().split())
        if len(key) < 80:
            continue
        if key in seen:
            problems.append(Problem(resource, f"The same summary is on “{seen[key].title}”.", 0.9, seen[key]))
        else:
            seen[key] = resource
    return problems


def find() -> list[Problem]:
    documents = _documents()
    return check_descriptions(documents) + check_front_page(documents) + check_repeated_descriptions()


def raise_flags(problems: list[Problem]) -> int:
    """Record open mismatch flags (one per resource and other resource; reasons accumulate)."""
    created = 0
    for problem in problems:
        flag, new = Flag.objects.get_or_create(
            resource=problem.resource,
            other=problem.other,
            kind=Flag.Kind.MISMATCH,
            defaults={"score": problem.score, "reasons": [problem.reason]},
        )
        if not new and problem.reason not in flag.reasons and flag.status == Flag.Status.OPEN:
            flag.reasons = [*flag.reasons, problem.reason]
            flag.score = max(flag.score, problem.score)
            flag.save(update_fields=["reasons", "score"])
        created += new
    return created
