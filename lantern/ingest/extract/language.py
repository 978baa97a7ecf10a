"""Language of a document and of each page, with py3langid restricted to the languages of the field.

py3langid takes about a millisecond a page, most of a short report's analysis, so a page is
given a language without it only when its common words clearly say a language that py3langid
has already found, in this document, on a page whose common words said the same. Every other
page (another language, a language without a list below, a mixed or unclear page) is classified.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from lantern.lib.text import count_letters

# The languages a hub of the field meets; restricting the model makes short texts far more reliable.
LANGUAGES = [
    "en",
    "fr",
    "es",
    "pt",
    "de",
    "it",
    "nl",
    "ru",
    "uk",
    "pl",
    "ro",
    "bg",
    "el",
    "tr",
    "ar",
    "fa",
    "ur",
    "hi",
    "bn",
    "ne",
    "zh",
    "ja",
    "ko",
    "vi",
    "th",
    "id",
    "ms",
    "tl",
    "sw",
    "am",
    "sq",
    "cs",
    "sk",
    "hu",
    "sv",
    "da",
    "no",
    "fi",
    "lt",
    "lv",
    "et",
    "sr",
    "hr",
    "sl",
    "he",
]
MIN_LETTERS = 80
OTHER_SHARE = 0.2  # a second language on at least this share of the text is a language of the document
SAMPLE_CHARS = 1500  # plenty for a language; the model's time grows with the text

# Frequent words that belong to one of these languages only (no "de", "la", "en", "a", "con"…),
# so that a page's counts point to one language or, when they do not clearly, to none.
COMMON_WORDS = {
    "en": "the and of that with are this have from which were been has their they will would should but its "
    "who these there what when into",
    "fr": "le les des du et est une dans pour par sur pas aux avec cette ces sont nous vous été leur leurs elle ils",
    "es": "el los las fue muy pero también sus han hay cuando puede están según",
    "pt": "os não uma um ao em são pela pelo foi às também seu sua isso nas pelos ainda",
    "de": "der die und ist nicht mit von auf sich dem ein eine zu für werden wird auch bei oder sind wurde",
    "it": "che della delle degli gli nel nella alla anche è dei essere questo questa sono",
    "nl": "het een van voor niet zijn dat aan worden wordt ook bij naar deze uit",
}
_LANGUAGE_OF_WORD = {word: code for code, listed in COMMON_WORDS.items() for word in listed.split()}
_WORD = re.compile(r"\w+")
# A clear hint: at least HINT_MIN_WORDS common words of one language, making at least HINT_MIN_SHARE
# of the sample's words (so a line of English on a Russian page is no hint), and HINT_MARGIN times
# as many as of any other listed language (so a mixed page is classified).
HINT_MIN_WORDS = 4
HINT_MIN_SHARE = 0.06
HINT_MARGIN = 4


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(LANGUAGES)
    return identifier


def detect(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, probability), or ("", 0) for too little text."""
    sample = text[:SAMPLE_CHARS]
    if _letters(sample) < MIN_LETTERS:
        return "", 0.0
    code, probability = _identifier().classify(sample)
    return str(code), float(probability)


def hint(text: str) -> str:
    """The language a page's common words clearly point to, or "" (unclear, or a language not listed)."""
    sample = _WORD.findall(text[:SAMPLE_CHARS].lower())
    counts = Counter(map(_LANGUAGE_OF_WORD.get, sample))
    del counts[None]
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < max(HINT_MIN_WORDS, HINT_MIN_SHARE * len(sample)):
        return ""
    if len(ranked) == 2 and ranked[0][1] < HINT_MARGIN * ranked[1][1]:
        return ""
    return ranked[0][0]


def per_page(pages: list[str]) -> tuple[list[str], list[str]]:
    """(language of each page, languages of the document, main first)."""
    found: list[str] = []
    confirmed: set[str] = set()  # hints py3langid agreed with on a page of this document
    for page in pages:
        pointed = hint(page)
        if pointed in confirmed and _letters(page[:SAMPLE_CHARS]) >= MIN_LETTERS:
            found.append(pointed)
            continue
        code = detect(page)[0]
        if code and code == pointed:
            confirmed.add(code)
        found.append(code)
    weights: Counter[str] = Counter()
    for code, page in zip(found, pages, strict=True):
        if code:
            weights[code] += _letters(page)
    if not weights:
        return found, []
    total = sum(weights.values())
    ranked = [code for code, weight in weights.most_common() if weight / total >= OTHER_SHARE]
    return found, ranked or [weights.most_common(1)[0][0]]


_letters = count_letters
