"""Language of a document and of each page, with py3langid restricted to the languages of the field."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

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


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(LANGUAGES)
    return identifier


def detect(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, probability), or ("", 0) for too little text."""
    sample = text[:1500]  # plenty for a language; the model's time grows with the text
    if sum(c.isalpha() for c in sample) < MIN_LETTERS:
        return "", 0.0
    code, probability = _identifier().classify(sample)
    return str(code), float(probability)


def per_page(pages: list[str]) -> tuple[list[str], list[str]]:
    """(language of each page, languages of the document, main first)."""
    found = [detect(page)[0] for page in pages]
    weights: Counter[str] = Counter()
    for code, page in zip(found, pages, strict=True):
        if code:
            weights[code] += sum(c.isalpha() for c in page)
    if not weights:
        return found, []
    total = sum(weights.values())
    ranked = [code for code, weight in weights.most_common() if weight / total >= OTHER_SHARE]
    return found, ranked or [weights.most_common(1)[0][0]]
