"""Weighing two records: are they the same publication, an edition, a translation, a part, or
unrelated? Each signal adds or takes away points (``WEIGHTS``); explicit rules make a near-miss
an edition, part or translation instead (``_differences``). Every pair carries its reasons in a
curator's words. See ``lantern.curation.duplicates`` for how pairs are found.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np

from lantern.curation.duplicate_records import (
    TEXT_SIMILAR,
    TRANSLATED_TITLE_SIMILAR,
    Candidate,
    Context,
    Item,
    publisher_relation,
)
from lantern.curation.likeness import FILE, Title, expand, spelled_out

# Points for and against "the same publication". Positive points are evidence for it,
# negative against; DUPLICATE_POINTS or more proposes the pair. Shaped on the tune half of
# bench/data/duplicates-heldout (bench/dedupe_heldout.py), never on its report half.
WEIGHTS = {
    "title": 6.0,  # times (likeness - 0.5) times what the title says: an identical specific title +3
    "title_unlike": 4.0,  # times (0.5 - likeness): titles sharing nothing -2
    "vector": 4.0,  # times (cosine - VECTOR_PIVOT): two summaries of one report +1, of two topics -1
    "publisher_same": 0.5,
    "publisher_differs": -1.5,
    "year_same": 1.0,
    "countries_differ": -2.5,
    "law_and_not_law": -3.0,
    "same_address": 4.0,
    "same_host": 1.0,
    "same_text": 6.0,
    "same_number": 2.5,  # a number of three digits or more both titles give: a law's, a document's
    "same_law": 1.5,  # and more when both are that law of one country, however each hub wrote its title
}
TITLE_PIVOT = 0.5
VECTOR_PIVOT = 0.6
DUPLICATE_POINTS = 1.0
RELATED_POINTS = 0.0  # an edition, part or translation needs less: the pair is shown, not merged


# --- comparing two records ----------------------------------------------------------------------
@dataclass
class Comparison:
    """Two records side by side: each signal, the points it gave, and the reasons in words."""

    title: float  # 0..1
    title_how: str  # "same", "contained", "similar", "translated", "series" or ""
    information: float  # 0..1: how much the shorter title says (rare words), so how much a match means
    cosine: float | None
    publishers: str  # "same", "differs" or "missing"
    years: tuple[int, int] | None
    points: float = 0.0
    identical: bool = False  # the same address or near-identical text
    same_law: bool = False  # one law of one country, by its number ("Lei nº 13.344", "Law 13,344")
    reasons: list[str] = field(default_factory=list)

    def short(self) -> str:
        cosine = "  -  " if self.cosine is None else f"{self.cosine:.2f}"
        return (
            f"t={self.title:.2f}{self.title_how[:2]} i={self.information:.2f} v={cosine} "
            f"p={self.publishers[:4]} pts={self.points:5.1f}"
        )


def title_likeness(a: Item, b: Item, context: Context) -> tuple[float, str, float]:
    """How alike two titles are (0..1), how, and how much the shorter one says (0..1).

    Words are weighed by rarity. "contained": one title is the other's without a subtitle or a
    series name, worth what the shorter title says ("Reducing modern slavery" inside a longer
    title means less than "Heading back to harm"). "series": the same series name before the
    colon, other subjects after it ("Base Code Guidance: Child labour"). "translated": titles in
    two languages, compared by meaning (multilingual vectors of the titles alone).
    """
    drop = frozenset(s for p in (*a.publishers, *b.publishers) for s in (p.short | p.names) if " " not in s)
    words_a, words_b = expand(a.form, b.form, drop), expand(b.form, a.form, drop)
    # A number or year both titles carry is among their rarest words ("n° 2005-06"); one that only
    # one title has says nothing here (editions are told apart by _differences).
    shared_numerals = a.form.numerals & b.form.numerals
    words_a, words_b = words_a | shared_numerals, words_b | shared_numerals
    if not words_a or not words_b:
        return 0.0, "", 0.0
    weight = context.weight
    shared = sum(weight(w) for w in words_a & words_b)
    union = sum(weight(w) for w in words_a | words_b)
    small = min(sum(weight(w) for w in words_a), sum(weight(w) for w in words_b))
    information = min(1.0, small / context.informative)
    jaccard = shared / union
    if _series(a.form, b.form, context):
        return jaccard, "series", information
    if jaccard >= 0.999:
        return 1.0, "same", information
    contained = shared / small if small else 0.0
    likeness, how = jaccard, "similar"
    if contained >= 0.85 and (inside := contained * (0.55 + 0.4 * information)) > jaccard:
        likeness, how = inside, "contained"
    cosine = context.title_cosine(a.form.text, b.form.text) if likeness < 0.5 else None
    if cosine is not None and (crossed := min(1.0, max(0.0, (cosine - 0.55) / 0.35))) > likeness:
        return crossed, "translated", information
    return likeness, how, information


def _series(a: Title, b: Title, context: Context) -> bool:
    """The same first part ("Base Code Guidance:", "Issue Paper:"), then other subjects: what
    follows shares little, even measured against the shorter of the two."""
    if len(a.segments) < 2 or len(b.segments) < 2 or a.segments[0] != b.segments[0]:
        return False
    rest_a, rest_b = frozenset().union(*a.segments[1:]), frozenset().union(*b.segments[1:])
    smaller = min(sum(context.weight(w) for w in rest_a), sum(context.weight(w) for w in rest_b))
    return bool(smaller) and sum(context.weight(w) for w in rest_a & rest_b) / smaller < 0.34


def compare(a: Item, b: Item, context: Context) -> Comparison:
    """Every signal of a pair, weighed in points (``WEIGHTS``), with reasons a curator can check."""
    title, how, information = title_likeness(a, b, context)
    cosine = float(a.vector @ b.vector) if a.vector is not None and b.vector is not None else None
    years = (a.year, b.year) if a.year and b.year else None
    found = Comparison(title, how, information, cosine, publisher_relation(a.publishers, b.publishers, context), years)
    reasons = found.reasons
    if title >= TITLE_PIVOT:
        found.points = WEIGHTS["title"] * (title - TITLE_PIVOT) * information
    else:
        found.points = -WEIGHTS["title_unlike"] * (TITLE_PIVOT - title)
    if how == "same":
        reasons.append("the same title" + ("" if a.form.numerals == b.form.numerals else " but for its numbers"))
    elif how == "translated":
        reasons.append("the same title in another language")
    elif title >= 0.6 and how != "series":
        reasons.append(
            "one title is the other's with a subtitle or series name more"
            if how == "contained"
            else f"similar titles ({title:.0%} of their words, rare words counting more)"
        )
    if title >= 0.6 and how in {"same", "contained", "similar"} and (spelled := spelled_out(a.form, b.form)):
        reasons[-1] += f" ({'; '.join(spelled)})"
    if cosine is not None:
        found.points += WEIGHTS["vector"] * (cosine - VECTOR_PIVOT)
        if cosine >= VECTOR_PIVOT + 0.1:
            reasons.append(f"their titles and summaries say the same ({cosine:.0%} alike)")
    if found.publishers == "same":
        found.points += WEIGHTS["publisher_same"]
        reasons.append("the same publisher")
    elif found.publishers == "differs" and not _same_law(a, b):  # a parliament, a ministry: one state
        found.points += WEIGHTS["publisher_differs"]
    if years and years[0] == years[1]:
        found.points += WEIGHTS["year_same"]
        reasons.append(f"both from {years[0]}")
    if shared := distinctive_numbers(a.form) & distinctive_numbers(b.form):
        found.points += WEIGHTS["same_number"]
        if _same_law(a, b):
            found.same_law = True
            found.points += WEIGHTS["same_law"]
            reasons.append(f"the same law of {_listed(a.countries & b.countries)} by its number ({_listed(shared)})")
        else:
            reasons.append(f"the same number in both titles ({_listed(shared)})")
    if a.countries and b.countries and not a.countries & b.countries:
        found.points += WEIGHTS["countries_differ"]
    if a.is_law != b.is_law and how != "same" and not (a if b.is_law else b).form.names_law:
        # A law, and a report or guidance about it; not a law's own title that a hub typed otherwise.
        found.points += WEIGHTS["law_and_not_law"]
    if a.url_keys & b.url_keys:
        found.points += WEIGHTS["same_address"]
        # The same file's address is the same publication; a landing page may list several.
        found.identical = any(FILE.search(key) for key in a.url_keys & b.url_keys)
        reasons.append("the same web address")
    elif a.hosts & b.hosts:
        found.points += WEIGHTS["same_host"]
        reasons.append(f"on the same site ({sorted(a.hosts & b.hosts)[0]})")
    if a.minhash is not None and b.minhash is not None and (text := a.minhash.jaccard(b.minhash)) >= TEXT_SIMILAR:
        found.points += WEIGHTS["same_text"]
        found.identical = True
        reasons.append(f"near-identical text ({text:.0%} of passages shared)")
    return found


def _same_law(a: Item, b: Item) -> bool:
    """Two records of one law: both laws (by type or by title), of a country in common, whose titles
    give the same numbers of three digits or more; in any language or word order. A decree that
    applies a law gives its own number as well, so it is not the law."""
    return (
        all(item.is_law or item.form.names_law for item in (a, b))
        and bool(a.countries & b.countries)
        and distinctive_numbers(a.form) == distinctive_numbers(b.form)
    )


def _differences(a: Item, b: Item) -> tuple[str, str] | None:
    """What makes two look-alike records different publications: (kind, reason) or None."""
    fa, fb = a.form, b.form
    if a.languages and b.languages and not a.languages & b.languages:
        return (
            "translation",
            f"in different languages ({', '.join(sorted(a.languages))}; {', '.join(sorted(b.languages))})",
        )
    # One title may leave a year or number out; two that name different ones are two works.
    if fa.years and fb.years and not (fa.years <= fb.years or fb.years <= fa.years):
        return "edition", f"other years in the titles ({_listed(fa.years)}; {_listed(fb.years)})"
    if fa.numbers and fb.numbers and not (fa.numbers <= fb.numbers or fb.numbers <= fa.numbers):
        return "edition", f"other numbers in the titles ({_listed(fa.numbers)}; {_listed(fb.numbers)})"
    if bool(fa.edition) != bool(fb.edition):
        return "edition", f"only one title says \u201c{fa.edition or fb.edition}\u201d"
    if a.year and b.year and abs(a.year - b.year) >= 2 and not fa.years & fb.years:
        # A catalogue's date can be when a hub listed it; years the titles share are the work's.
        return "edition", f"published in {min(a.year, b.year)} and {max(a.year, b.year)}"
    if bool(fa.part) != bool(fb.part):
        return "part", f"only one title says \u201c{fa.part or fb.part}\u201d: a part or summary of the other"
    if (chapter := _country_chapter(a, b) or _country_chapter(b, a)) is not None:
        return "part", f"only one title names a country ({chapter}): that country's part of the other"
    read = a.hashes and b.hashes and a.minhash is not None and b.minhash is not None
    if read and a.minhash.jaccard(b.minhash) < TEXT_SIMILAR:  # both files read, and their texts differ
        return "edition", "different files under a similar title (versions of one document)"
    return None


def _country_chapter(a: Item, b: Item) -> str | None:
    """The country ``a``'s title names after its first part ("2021 TIP Report: Thailand") when
    ``b``'s names none and ``b`` is not about that country alone, nor a law (else a hub only added
    the country a law or a report is about)."""
    place = a.form.place
    if not place or b.form.place or b.countries == {place} or a.is_law or b.is_law:
        return None
    return a.form.text.rsplit(":", 1)[-1].strip() if ":" in a.form.text else place


# Words of a title saying it is a guide to a law, not the law.
ABOUT_A_LAW = frozenset(("guide", "guidance", "toolkit", "handbook", "manual", "commentary", "explanatory", "guia"))


def about_law(law: Item, other: Item) -> bool:
    """Whether ``other`` is a work about the law ``law``: its title says what kind of work with a
    word the law's title does not have ("…Act of 2000: A Guide for Service Providers")."""
    return law.is_law and not other.is_law and bool(ABOUT_A_LAW & (set(other.form.words) - set(law.form.words)))


def distinctive_numbers(title: Title) -> frozenset[str]:
    """The numbers of a title that name one document: three digits or more, years aside
    ("Law 13,344", "n° 2015-031", "A/RES/64/293"), not "Chapter 2"."""
    return frozenset(n for n in title.numbers if sum(c.isdigit() for c in n) >= 3)


def _listed(values: Iterable) -> str:
    return ", ".join(str(v) for v in sorted(values))


def classify(a: Item, b: Item, context: Context) -> Candidate | None:
    """The kind of relation between two resources, or None when they are simply different."""
    if b.id in a.links or a.id in b.links or (a.series_id and a.series_id == b.series_id):
        return None  # a curator already linked them
    languages_differ = bool(a.languages and b.languages and not a.languages & b.languages)
    same = []
    if a.hashes & b.hashes:
        same.append("the same file (SHA-256)")
    if a.identifiers & b.identifiers:
        same.append("the same " + ", ".join(sorted(k.split(":", 1)[0].upper() for k in a.identifiers & b.identifiers)))
    if same and not languages_differ:
        return Candidate(a, b, "duplicate", 1.0, same)
    if about_law(a, b) or about_law(b, a):
        return None  # a guide, commentary or review of a law is another work than the law
    found = compare(a, b, context)
    if found.points < RELATED_POINTS or found.title_how == "series":
        return None  # "Issue Paper: Consent" and "Issue Paper: Exploitation" are two papers of a series
    score = 1 / (1 + math.exp(-(found.points - DUPLICATE_POINTS)))
    different = _differences(a, b)
    if different:
        kind, reason = different
        if kind == "translation" or found.title >= 0.6:
            return Candidate(a, b, kind, score, [*found.reasons, reason])
        return None
    if found.points < DUPLICATE_POINTS or (found.title < TITLE_PIVOT and not (found.identical or found.same_law)):
        return None  # unlike titles name different works, unless the address, the text or the law is the same
    return Candidate(a, b, "duplicate", score, found.reasons)


def unlike(a: Item, b: Item, cosine: float | None) -> bool:
    """Plainly different, without weighing anything: no file, identifier or address in common, and
    titles sharing under a third of their words (numbers included), unless the records say the same
    (``cosine`` of their vectors) with titles in two languages, or in two languages altogether.
    Most candidate pairs end here, cheaply."""
    if a.url_keys & b.url_keys or a.hashes & b.hashes or a.identifiers & b.identifiers:
        return False
    close = cosine is not None and cosine >= TRANSLATED_TITLE_SIMILAR
    if a.languages and b.languages and not a.languages & b.languages:
        return not close  # a translation says the same, in words the other does not share
    if distinctive_numbers(a.form) & distinctive_numbers(b.form):
        return False
    terms_a, terms_b = a.form.terms, b.form.terms
    if 3 * len(terms_a & terms_b) >= min(len(terms_a), len(terms_b)):
        return False
    return not (close and a.form.language != b.form.language)  # one title may be a translation


def worth_comparing(pairs: Iterable[tuple[Item, Item]]) -> list[tuple[Item, Item]]:
    """The candidate pairs that are not plainly different (cosines computed a batch at a time)."""
    pairs = list(pairs)
    rows: dict[int, int] = {}
    vectors = []
    for pair in pairs:
        for item in pair:
            if item.vector is not None and item.id not in rows:
                rows[item.id] = len(vectors)
                vectors.append(item.vector)
    matrix = np.vstack(vectors) if vectors else np.zeros((0, 1), dtype=np.float32)
    kept = []
    for start in range(0, len(pairs), 20_000):
        batch = pairs[start : start + 20_000]
        left = np.array([rows.get(a.id, -1) for a, _ in batch], dtype=np.int64)
        right = np.array([rows.get(b.id, -1) for _, b in batch], dtype=np.int64)
        known = (left >= 0) & (right >= 0)
        cosines = np.full(len(batch), np.nan, dtype=np.float32)
        if known.any():
            cosines[known] = np.einsum("ij,ij->i", matrix[left[known]], matrix[right[known]])
        for (a, b), cosine in zip(batch, cosines.tolist(), strict=True):
            if not unlike(a, b, None if math.isnan(cosine) else cosine):
                kept.append((a, b))
    return kept
