"""An extractive teaser and summary: the document's own sentences, chosen by how central they are."""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import NamedTuple

from lantern.ingest.extract.text import paragraphs, sentences, words
from lantern.lib.text import truncate_words

TEASER_LIMIT = 280
STOPWORDS = set(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "if",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "their",
        "they",
        "them",
        "he",
        "she",
        "we",
        "you",
        "your",
        "our",
        "not",
        "no",
        "can",
        "could",
        "should",
        "would",
        "will",
        "may",
        "might",
        "must",
        "do",
        "does",
        "did",
        "has",
        "have",
        "had",
        "which",
        "who",
        "whom",
        "whose",
        "what",
        "when",
        "where",
        "why",
        "how",
        "all",
        "any",
        "each",
        "other",
        "such",
        "than",
        "then",
        "there",
        "here",
        "also",
        "into",
        "about",
        "over",
        "under",
        "more",
        "most",
        "some",
        "only",
        "very",
        "so",
        "up",
        "out",
        "one",
        "two",
        "le",
        "la",
        "les",
        "un",
        "une",
        "des",
        "du",
        "de",
        "et",
        "ou",
        "en",
        "dans",
        "sur",
        "pour",
        "par",
        "avec",
        "est",
        "sont",
        "qui",
        "que",
        "ne",
        "pas",
        "plus",
        "au",
        "aux",
        "ce",
        "cette",
        "ces",
        "il",
        "elle",
        "ils",
        "elles",
        "nous",
        "vous",
        "son",
        "sa",
        "ses",
        "leur",
        "leurs",
        "el",
        "los",
        "las",
        "del",
        "y",
        "o",
        "en",
        "por",
        "para",
        "con",
        "es",
        "son",
        "que",
        "se",
        "lo",
        "su",
        "sus",
        "al",
        "como",
        "más",
        "una",
        "unos",
        "unas",
    ]
)
# Not prose: links, addresses, imprint lines, leader dots; looked for in the lower-cased sentence.
_SKIP = ("http://", "https://", "www.", "@", "©", "copyright", "all rights reserved", "isbn", "doi:", "....", "……")
_SKIP_ANY = re.compile("|".join(map(re.escape, _SKIP)))
SUMMARY_SENTENCES = (3, 5)
# A form's section heading run into the text around it ("… more space Section 3 - Exploitation details If …").
_INNER_SECTION = re.compile(r"\w \b(?:Section|Part|Partie|Sección) \d{1,2} ?[–-] [A-Z]")


class Sentence(NamedTuple):
    """A candidate sentence, its page number and its words (found once, used by every step)."""

    page: int
    text: str
    words: list[str]


def candidate_sentences(pages: list[str], limit_pages: int = 40) -> list[Sentence]:
    """Well-formed prose sentences of the first pages."""
    found = []
    for number, page in enumerate(pages[:limit_pages], start=1):
        for paragraph in paragraphs(page):
            for sentence in sentences(paragraph):
                if (found_words := _good(sentence)) is not None:
                    found.append(Sentence(number, sentence, found_words))
    return found


def _good(sentence: str) -> list[str] | None:
    """The sentence's words if it reads as prose, else None."""
    # The cheap tests first: most lines of a document fail them.
    if len(sentence) > 400 or not sentence[:1].isupper() or not sentence.endswith((".", "!", "?")):
        return None
    if _digits(sentence) / len(sentence) >= 0.08:
        return None
    if _SKIP_ANY.search(sentence.lower()) or _INNER_SECTION.search(sentence):
        return None
    found = words(sentence)
    return found if 8 <= len(found) <= 60 else None


def _digits(text: str) -> int:
    """How many characters are digits (``str.isdigit``); ASCII text counted without a Python step each."""
    if text.isascii():
        raw = text.encode("ascii")
        return len(raw) - len(raw.translate(None, b"0123456789"))
    return sum(map(str.isdigit, text))


def summarise(found: list[Sentence], title: str = "") -> list[str]:
    """Three to five sentences (fewer if the document has fewer), in the document's order."""
    if not found:
        return []
    content = [[w for w in s.words if w not in STOPWORDS and len(w) > 2] for s in found]
    frequency = Counter(w for terms in content for w in terms)
    title_words = {w for w in words(title) if w not in STOPWORDS}
    scored = []
    seen: set[str] = set()
    for index, ((page, sentence, _words), terms) in enumerate(zip(found, content, strict=True)):
        key = sentence.lower()
        if key in seen:
            continue
        seen.add(key)
        if not terms:
            continue
        centrality = sum(math.log1p(frequency[w]) for w in set(terms)) / math.sqrt(len(terms))
        position = 1.0 + 0.5 / page  # early pages say what a document is
        overlap = 1.0 + 0.3 * len(title_words & set(terms))
        scored.append((centrality * position * overlap, index, sentence))
    low, high = SUMMARY_SENTENCES
    size = high if len(found) > 60 else low if len(found) < 20 else 4
    chosen = sorted(sorted(scored, reverse=True)[:size], key=lambda item: item[1])
    return [sentence for _, _, sentence in chosen]


def teaser(found: list[Sentence], description: str = "", title: str = "", pages: list[str] | None = None) -> str:
    """One line: a description the document gives itself, else what a form is for, else its first telling sentence."""
    if description and len(words(description)) >= 6:
        return truncate_words(description, TEASER_LIMIT)
    if pages and is_form(pages):
        return truncate_words(form_teaser(found, title, pages), TEASER_LIMIT)
    for sentence in found[:15]:
        if len(sentence.words) >= 10 and not sentence.text.endswith("?"):
            return truncate_words(sentence.text, TEASER_LIMIT)
    return truncate_words(found[0].text, TEASER_LIMIT) if found else ""


# A form: answer options on a line of their own, numbered sections, and mostly short label lines.
_OPTIONS = re.compile(r"^(?:(?:yes|no|not sure|don't know|oui|non|ne sait pas|sí|si|no sé|n/a)\s*){2,}$", re.I)
_SECTION = re.compile(
    r"^(?:section|part|partie|rubrique|secci[oó]n|parte|apartado)\s+\w{1,3}\s*[–—:.-]\s*(.{3,80})$", re.I
)
_PURPOSE = re.compile(
    r"\b(?:use this|this (?:form|sheet|prompt sheet|template|checklist)|(?:ce|le présent) formulaire|"
    r"utilisez ce|(?:este|el presente) formulario|utilice este|sirve para|permet de)\b",
    re.I,
)
_SECTIONS_WORD = {"fr": "Formulaire en rubriques", "es": "Formulario por secciones"}


def is_form(pages: list[str]) -> bool:
    """Answer options or numbered sections, among lines that are mostly labels rather than sentences."""
    lines = [ln.strip() for page in pages[:6] for ln in page.splitlines() if ln.strip()]
    if len(lines) < 15:
        return False
    marks = sum(1 for ln in lines if _OPTIONS.match(ln) or _SECTION.match(ln))
    labels = sum(1 for ln in lines if len(ln) < 60 and not ln.endswith((".", "!")))
    return marks >= 3 and labels / len(lines) >= 0.5


def form_teaser(found: list[Sentence], title: str, pages: list[str], language: str = "en") -> str:
    """The form's own sentence on what it is for, else its title and the names of its sections."""
    for sentence in found[:30]:
        if _PURPOSE.search(sentence.text):
            return sentence.text
    sections: list[str] = []
    for page in pages[:20]:
        for line in page.splitlines():
            if match := _SECTION.match(line.strip()):
                name = re.sub(r"\s*:\s*(?:contin\w*|suite|continuación)$", "", match.group(1).strip(), flags=re.I)
                if name.lower() not in {s.lower() for s in sections}:
                    sections.append(name)
    if not sections:
        return title
    label = _SECTIONS_WORD.get(language, "A form in sections")
    return f"{title.rstrip('.')}. {label}: {'; '.join(sections[:8])}."
