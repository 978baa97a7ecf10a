"""Language of a document and of each page, with py3langid restricted to the languages of the field.

py3langid is the costliest step of a short report's analysis, so a page's common words (listed
below for seven languages) are read first:
- a *strong* hint — at least STRONG_MIN_WORDS common words of one language, making at least
  STRONG_MIN_SHARE of the sample's words and STRONG_MARGIN times as many as of any other listed
  language — is the page's language;
- a weaker hint is taken only for a language the document has on a page with a strong hint, or
  on a page where py3langid said the same;
- every other page (another language, a language without a list, a page with letters of another
  script, a mixed or unclear page) is classified by py3langid.

The conditions and thresholds are those under which every hint agreed with py3langid on the
documents of ``bench/ingest.py --languages``; docs/ingestion.md has that measurement.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

from lantern.lib.text import NOT_WORD_CHARS, count_letters, replace_each

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
    "en": "the and of that with this have from which were been has their they will would should but its about "
    "who these there what when into than",
    "fr": "le les des du et est une dans pour par sur pas aux avec cette ces sont nous vous été leur leurs elle ils",
    "es": "el los las fue muy pero también sus han hay cuando puede están según",
    "pt": "os não uma um ao em são pela pelo foi às também seu sua isso nas pelos ainda",
    "de": "der die und ist nicht mit von auf sich dem ein eine zu für werden wird auch bei oder sind wurde",
    "it": "che della delle degli gli nel nella alla anche è dei essere questo questa sono",
    "nl": "het een van voor niet zijn dat aan worden wordt ook bij naar deze uit",
}
_LANGUAGE_OF_WORD = {word: code for code, listed in COMMON_WORDS.items() for word in listed.split()}
_WORD = re.compile(r"\w+")
# The same words split without the regex (far cheaper) where the sample is in Latin-1 once
# the frequent characters that are no part of a word are spaces: bytes.split after a table has made
# every byte \w does not take a space.
_WORD_BYTES = bytes(code if chr(code).isalnum() or code == 95 else 32 for code in range(256))
_LANGUAGE_OF_BYTES = {word.encode("latin-1"): code for word, code in _LANGUAGE_OF_WORD.items()}
# A hint: at least HINT_MIN_WORDS common words of one language, making at least HINT_MIN_SHARE
# of the sample's words, HINT_MARGIN times as many as of any other listed language (so a mixed page
# is classified), and no letter of another script: the listed languages are written in Latin
# letters (the ligatures ﬀ–ﬆ that PDFs keep included), so a line of English on a Russian page is
# no hint.
HINT_MIN_WORDS = 4
HINT_MIN_SHARE = 0.08
HINT_MARGIN = 4
NOT_LATIN = re.compile(r"[^\W\d_\x00-\u024f\ufb00-\ufb06]")
# A strong hint, taken without py3langid (thresholds chosen from the measurement above).
STRONG_MIN_WORDS = 10
STRONG_MIN_SHARE = 0.12
STRONG_MARGIN = 8


class Hint(NamedTuple):
    code: str  # the language the common words point to, or ""
    strong: bool  # clear enough to be the page's language without py3langid
    share: float = 0.0  # that language's common words, as a share of the sample's words


NO_HINT = Hint("", False)
_second = itemgetter(1)


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
    return read_hint(text).code


def read_hint(text: str) -> Hint:
    """The language a page's common words point to, and whether they point to it strongly."""
    sample = text[:SAMPLE_CHARS]
    found, languages = _words(sample.lower())
    hits = list(filter(None, map(languages.get, found)))
    if not hits:
        return NO_HINT
    counts = {code: hits.count(code) for code in set(hits)}  # a few languages: cheaper than a Counter
    code, top = max(counts.items(), key=_second)  # a tie is no hint (the margin), so its order is moot
    second = max((n for other, n in counts.items() if other != code), default=0)
    if top < max(HINT_MIN_WORDS, HINT_MIN_SHARE * len(found)) or top < HINT_MARGIN * second:
        return NO_HINT
    if not sample.isascii() and NOT_LATIN.search(sample):
        return NO_HINT
    strong = top >= max(STRONG_MIN_WORDS, STRONG_MIN_SHARE * len(found)) and top >= STRONG_MARGIN * second
    return Hint(code, strong, top / len(found))


def _words(lowered: str) -> tuple[list, dict]:
    """The words of a lower-cased text as ``_WORD`` finds them, and the common words' languages by
    word (bytes for words split on the text's Latin-1 bytes, str otherwise)."""
    spaced = lowered if lowered.isascii() else replace_each(lowered, NOT_WORD_CHARS, " ")
    try:
        raw = spaced.encode("latin-1")
    except UnicodeEncodeError:
        return _WORD.findall(lowered), _LANGUAGE_OF_WORD
    return raw.translate(_WORD_BYTES).split(), _LANGUAGE_OF_BYTES


def per_page(pages: list[str]) -> tuple[list[str], list[str]]:
    """(language of each page, languages of the document, main first)."""
    letters = [_letters(page) for page in pages]
    hints = [
        read_hint(page) if _sample_letters(page, n) >= MIN_LETTERS else NO_HINT
        for page, n in zip(pages, letters, strict=True)
    ]
    confirmed = {h.code for h in hints if h.strong}  # and, below, the hints py3langid agreed with
    found: list[str] = []
    for page, pointed in zip(pages, (h.code for h in hints), strict=True):
        if pointed in confirmed:
            found.append(pointed)
            continue
        code = detect(page)[0]
        if code and code == pointed:
            confirmed.add(code)
        found.append(code)
    weights: Counter[str] = Counter()
    for code, n in zip(found, letters, strict=True):
        if code:
            weights[code] += n
    if not weights:
        return found, []
    total = sum(weights.values())
    ranked = [code for code, weight in weights.most_common() if weight / total >= OTHER_SHARE]
    return found, ranked or [weights.most_common(1)[0][0]]


_letters = count_letters


def _sample_letters(page: str, letters: int) -> int:
    """The letters of the sample, from the page's when the sample is the whole page."""
    return letters if len(page) <= SAMPLE_CHARS else _letters(page[:SAMPLE_CHARS])
