"""Plain-text helpers: cutting at word boundaries, sanitising rich text, slugs."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import nh3
from django.utils.text import slugify

ELLIPSIS = "…"

# Rich text a curator may use in descriptions: structure and links, nothing executable.
ALLOWED_TAGS = {
    "p",
    "br",
    "strong",
    "b",
    "em",
    "i",
    "u",
    "ul",
    "ol",
    "li",
    "a",
    "blockquote",
    "h2",
    "h3",
    "h4",
    "code",
    "pre",
    "sub",
    "sup",
    "abbr",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}, "th": {"scope"}}

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ue000-\uf8ff]")


def sanitize_html(value: str) -> str:
    """Return rich text with only safe tags; links get rel="noopener noreferrer"."""
    if not value:
        return ""
    return nh3.clean(
        value,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
    ).strip()


def html_to_text(value: str) -> str:
    """Text content of (sanitised) rich text, for search and teasers."""
    if not value:
        return ""
    if "<" not in value and "&" not in value:  # plain text: nothing to strip or unescape
        return normalize_space(value)
    text = nh3.clean(value.replace("<", " <"), tags=set())
    return normalize_space(unescape_entities(text))


def unescape_entities(value: str) -> str:
    import html

    return html.unescape(value)


def clean_text(value: str) -> str:
    """Strip control and private-use characters (the latter mark search highlights)."""
    return _CONTROL.sub("", unicodedata.normalize("NFC", value or ""))


def normalize_space(value: str) -> str:
    """Runs of whitespace as one space, none at the ends (``str.split`` knows the same spaces
    as a regular expression's ``\\s``, and is quicker)."""
    return " ".join((value or "").split())


# Characters frequent in documents that are outside Latin-1 and no part of a word (not a letter,
# digit or "_": not \w): quotes, dashes, bullets, the euro sign, thin and zero-width spaces. Taken
# out, they leave most text of the Latin-alphabet languages in Latin-1, one byte a character.
NOT_WORD_CHARS = "’‘‚“”„–—•…€\u200b\u202f\uf0a8"
_LATIN1_LETTERS = bytes(code for code in range(256) if chr(code).isalpha())


def replace_each(text: str, chars: str, by: str = "") -> str:
    """``text`` with each of ``chars`` replaced by ``by`` (a pass for each one present)."""
    for char in chars:
        if char in text:
            text = text.replace(char, by)
    return text


def count_letters(text: str) -> int:
    """How many characters of ``text`` are letters (``str.isalpha``), without a Python step per
    character: bytes.translate for text in Latin-1 (once NOT_WORD_CHARS are out), a table lookup
    with numpy for the rest."""
    if not text.isascii():
        text = replace_each(text, NOT_WORD_CHARS)
    try:
        raw = text.encode("latin-1")
    except UnicodeEncodeError:
        return _count_letters_beyond_latin1(text)
    return len(raw) - len(raw.translate(None, _LATIN1_LETTERS))


def _count_letters_beyond_latin1(text: str) -> int:
    import numpy as np

    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    basic = codes < 0x10000
    found = int(np.count_nonzero(_basic_letters()[codes[basic]]))
    if not basic.all():  # beyond the Basic Multilingual Plane: rare, asked one by one
        found += sum(chr(code).isalpha() for code in codes[~basic].tolist())
    return found


@lru_cache(maxsize=1)
def _basic_letters():
    """For each code point below U+10000, whether it is a letter (built once per process)."""
    import numpy as np

    return np.char.isalpha(np.arange(0x10000, dtype=np.uint32).view("<U1"))


def truncate_words(value: str, limit: int, ellipsis: str = ELLIPSIS) -> str:
    """Cut ``value`` to at most ``limit`` characters at a word boundary, adding an ellipsis.

    The result, ellipsis included, never exceeds ``limit``. A text that fits is returned as is.
    """
    value = normalize_space(value)
    if len(value) <= limit:
        return value
    room = limit - len(ellipsis)
    cut = value[: room + 1]
    space = cut.rfind(" ")
    cut = cut[:space] if space > room // 2 else value[:room]
    return cut.rstrip(" ,;:.-–—") + ellipsis


def unique_slug(text: str, exists, max_length: int = 80) -> str:
    """A slug for ``text`` that ``exists(slug)`` says is free, suffixed -2, -3… if needed."""
    base = slugify(text, allow_unicode=False)[:max_length].strip("-") or "item"
    slug, n = base, 2
    while exists(slug):
        suffix = f"-{n}"
        slug = base[: max_length - len(suffix)].rstrip("-") + suffix
        n += 1
    return slug
