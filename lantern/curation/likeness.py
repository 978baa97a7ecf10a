"""Records' titles, publishers and addresses made comparable, as different hubs write them.

A title's words that carry meaning (accents, case, punctuation, "&", articles and British or
American spellings set aside), its acronyms, numbers, years, and the marks of an edition or a part;
an organisation's names, acronyms and initials; an address without what mirrors and trackers
change. Plain text in, plain values out: lantern.curation.duplicates weighs them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from urllib.parse import urlsplit

from lantern.lib import spellings


# --- words -----------------------------------------------------------------------------------
def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_STOP = _set(
    """a an and as at by for from in into its of on or the their to with within
    au aux d de des du en et l la le les par pour sur un une dans contre
    al con del e el la las los o para por su sus un una y
    der die das den dem des und von zu zur zum fur im gegen
    edition edicion"""
)
_MONTHS = _set(
    """january february march april may june july august september october november december
    janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
    enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
    janeiro fevereiro marco maio junho julho setembro outubro novembro dezembro
    januar februar marz juni juli oktober dezember"""
)
# Words of one title only that make it a part of the other (folded: no accents, lower case).
_PART = re.compile(
    r"\b(executive summary|summary|resume executif|resume|resumen ejecutivo|resumen|synthese|sintesis"
    r"|key findings|highlights|annex|annexe|anexo|appendix|chapter|chapitre|capitulo|fact ?sheet|module"
    r"|booklet|volume|tome|tomo|country (?:narrative|profile|chapter)s?)\b"
)
_LAW_WORDS = _set(
    """law act ley loi lei gesetz decree decreto decret convention convenio protocol protocolo
    resolution resolucion directive ordinance ordonnance statute code codigo"""
)
_NUMBERED_SHEET = re.compile(r"\bfact ?sheet (?:no |n |number )?\d")
# An edition after the first named in the title ("second edition", "2e édition", "revised").
_EDITION = re.compile(
    r"\b((second|third|fourth|fifth|sixth|2nd|3rd|[4-9]th|[2-9]e|deuxieme|troisieme|segunda|tercera)"
    r" (edition|ed|version|edicion|revision)|revised|updated|update)\b"
)
_BRACKETED = re.compile(r"[(\[]\s*([^\W\d_][^\W\d_.]*)\s*[)\]]")
_SEGMENT = re.compile(r"[:|()\[\]]| [-\u2013\u2014] ")
_TOKEN = re.compile(r"[a-z]+|\d+(?:[.,\-/]\d+)*(?:st|nd|rd|th|e|er|eme)?")
_THOUSANDS = re.compile(r"^\d{1,3}(?:[.,]\d{3})+$")
_ACRONYM = re.compile(r"\b[A-Z][A-Z.]*[A-Z]s?\b")
_YEAR = re.compile(r"^(19|20)\d\d$")
_SLASHED_DATE = re.compile(r"^\d{1,2}/\d{1,2}/((?:19|20)\d\d)$")
_RANGE = re.compile(r"^((?:19|20)\d\d)-((?:19|20)?\d\d)$")
_ORDINAL = re.compile(r"^(\d+)(st|nd|rd|th|e|er|eme)$")
FILE = re.compile(r"\.(pdf|docx?|odt|rtf|epub|xlsx?|pptx?)$")
_TRACKING = re.compile(r"^(utm_|fbclid|gclid)")


def fold(text: str) -> str:
    """Lower case, without accents, "&" as "and", every apostrophe and dash as a space."""
    text = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode().lower()
    return text.replace("&", " and ")


def normalise(text: str) -> str:
    """Words of ``text`` folded and separated by single spaces (also used to name series)."""
    return " ".join(re.findall(r"\w+", fold(text)))


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """One form of a word for comparison: American spelling, no plural "s", no ordinal suffix."""
    if word[0].isdigit():
        match = _ORDINAL.match(word)
        return match.group(1) if match else word
    if len(word) >= 5:
        american = spellings.american(word)
        word = min(american) if american else word
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return word


def initials(words: Iterable[str]) -> str:
    return "".join(w[0] for w in words if w)


# --- titles ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Title:
    """What a title says, made comparable: content words, numbers, years and marks."""

    words: tuple[str, ...]  # stems of the words that carry meaning, in order
    all_words: tuple[str, ...]  # every folded word, in order (for acronyms of "Trafficking in Persons")
    acronyms: frozenset[str]  # words written in capitals, lower case, without a plural "s"
    years: frozenset[int]
    numbers: frozenset[str]  # other numbers: editions, parts, laws, quarters
    part: str  # "executive summary", "annex"... or ""
    edition: str  # "second edition", "revised"... or ""
    segments: tuple[frozenset[str], ...]  # the words of each part between colons, dashes and brackets
    text: str
    place: str = ""  # a country's code when a part after the first is only its name ("…: Thailand")

    @cached_property
    def numerals(self) -> frozenset[str]:
        return self.numbers | {str(year) for year in self.years}

    @cached_property
    def names_law(self) -> bool:
        """Whether the title is a legal text's own ("Ley N° 4788…", "Brazil – Law 13,344…",
        "Trafficking Victims Protection Act"): a word for one among its first words, or its last."""
        words = [w for w in self.words if not country_named(w)]
        return bool(words) and bool(_LAW_WORDS & {*words[:3], words[-1]})

    @cached_property
    def terms(self) -> frozenset[str]:
        """Its words and numbers, as a set."""
        return frozenset(self.words) | self.numerals

    @classmethod
    def of(cls, title: str) -> Title:
        """The title made comparable; the same object for the same text (a title is read by the
        hub's copy of every title and again by each comparison that loads its record)."""
        return _title_of(title or "")

    @classmethod
    def _parse(cls, title: str) -> Title:
        acronyms = _acronyms_in(title or "")
        folded = fold(title)
        tokens = _numbers_split(_TOKEN.findall(folded))
        years: set[int] = set()
        numbers: set[str] = set()
        for i, token in enumerate(tokens):
            if not token[0].isdigit():
                continue
            after = tokens[i + 1] if i + 1 < len(tokens) else ""
            if after == "de" and i + 2 < len(tokens):  # "6 de outubro de 2016", "5 de mayo"
                after = tokens[i + 2]
            before = tokens[i - 1] if i else ""
            if _YEAR.match(token):
                years.add(int(token))
            elif match := _SLASHED_DATE.match(token):
                years.add(int(match.group(1)))
            elif match := _RANGE.match(token):
                start, end = match.groups()
                years.update({int(start), int(start[:2] + end[-2:])})
            elif after in _MONTHS or before in _MONTHS:
                continue  # the day of a date ("du 13 avril 2016") names no edition
            else:
                numbers.add(stem(token))
        # An acronym alone in brackets ("(UNGPs)", "(TiCC)", "(UK)") is a label a hub adds, not what
        # the title says: left out of its words (it may still spell out the other title's words).
        labels = {fold(label) for label in _BRACKETED.findall(title or "") if sum(c.isupper() for c in label) >= 2}
        labels = {label for label in labels if tokens.count(label) == 1}
        words = tuple(stem(t) for t in tokens if _is_content(t, acronyms) and t not in labels)
        all_words = tuple(t for t in tokens if not t[0].isdigit())
        spelled_out = {a for a in acronyms if spelled_in(a, all_words)}  # "(UNGPs)" after its words
        pieces = _SEGMENT.split(title or "")
        segments = tuple(
            frozenset(stem(t) for t in _TOKEN.findall(fold(piece)) if _is_content(t, acronyms))
            - spelled_out
            - {stem(label) for label in labels}
            for piece in pieces
        )
        joined = " ".join(tokens)
        part = _PART.search(joined)
        if part and _NUMBERED_SHEET.search(joined):
            part = None  # "Fact Sheet No. 36": the name of a series of whole publications
        edition = _EDITION.search(joined)
        place = next((code for piece in pieces[1:] if (code := country_named(normalise(piece)))), "")
        return cls(
            words=words,
            all_words=all_words,
            acronyms=acronyms,
            years=frozenset(years),
            numbers=frozenset(numbers),
            part=part.group(0) if part else "",
            edition=edition.group(0) if edition else "",
            segments=tuple(s for s in segments if s),
            text=title or "",
            place=place,
        )

    @cached_property
    def language(self) -> str:
        """The language the title is written in: "en", "fr" or "es" (asked only when needed)."""
        from lantern.search.spelling import language_of

        return language_of(self.text)


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Countries' names (short, common and official, folded) → ISO 3166 code."""
    import pycountry

    names: dict[str, str] = {}
    for country in pycountry.countries:
        for name in (country.name, getattr(country, "common_name", ""), getattr(country, "official_name", "")):
            if name:
                names[normalise(name)] = country.alpha_2
    names.update({"uk": "GB", "united kingdom": "GB", "usa": "US", "us": "US", "united states": "US"})
    return names


def country_named(text: str) -> str:
    """The code of the country ``text`` (normalised) names and nothing else, or ""."""
    return _country_names().get(text, "")


def _numbers_split(tokens: list[str]) -> list[str]:
    """Numbers as every hub writes them: "13.344", "13,344" and "13344" are one number (a law's);
    "13.344/2016" and "4788/12" are the number and its year, the year's last two digits left out."""
    result: list[str] = []
    for token in tokens:
        if not token[0].isdigit() or _SLASHED_DATE.match(token):
            result.append(token)
            continue
        parts = token.split("/")
        for i, part in enumerate(parts):
            if i and len(part) == 2 and len(parts[i - 1].replace(".", "").replace(",", "")) >= 3:
                continue  # "4788/12": the law of 2012
            result += [re.sub(r"[.,]", "", part)] if _THOUSANDS.match(part) else part.split(",")
    return [token for token in result if token]


def _acronyms_in(title: str) -> frozenset[str]:
    """Words in capitals ("TIP", "UNGPs"), lower case and without a plural "s"; none in a title
    written all in capitals ("COLLABORATING FOR FREEDOM")."""
    words = re.findall(r"[^\W\d_][^\W\d_.]*(?:\.[^\W\d_]+)*\.?", title)
    found, run = set(), []
    for word in [*words, ""]:
        if _ACRONYM.fullmatch(word):
            run.append(word)
            continue
        if len(run) < 3:  # three words in capitals in a row are a title in capitals, not acronyms
            found.update(w.replace(".", "").lower().removesuffix("s") for w in run if len(w) <= 10)
        run = []
    return frozenset(found)


def _is_content(token: str, acronyms: frozenset[str] = frozenset()) -> bool:
    """A word that carries meaning: not a short word of English, French, Spanish or German (but
    "UN" in capitals is one), not a month, not a number."""
    if token[0].isdigit() or len(token) < 2:
        return False
    return token in acronyms or (token not in _STOP and token not in _MONTHS)


def expand(mine: Title, other: Title, drop: frozenset[str]) -> set[str]:
    """My title's words as the other would write them: an acronym of mine that stands for words of
    the other title ("TIP" and "Trafficking in Persons") becomes those words; an acronym or word
    that names a publisher ("UNODC Global Report") or that my own title spells out ("UN Guiding
    Principles (UNGPs)") is left out."""
    words = set(mine.words)
    for acronym in mine.acronyms:
        if acronym not in words:
            continue
        if acronym in drop or spelled_in(acronym, mine.all_words):
            words.discard(acronym)
        elif run := spelled_in(acronym, other.all_words):
            words.discard(acronym)
            words.update(stem(w) for w in run if w not in _STOP)
    return words - drop


def spelled_in(acronym: str, words: tuple[str, ...]) -> tuple[str, ...]:
    """The run of ``words`` whose initials spell ``acronym``, counting short words or not."""
    if len(acronym) < 2:
        return ()
    for start in range(len(words)):
        for skip_stop in (True, False):
            letters, run = "", []
            for word in words[start:]:
                if skip_stop and word in _STOP and run:
                    run.append(word)
                    continue
                letters += word[0] if len(word) > 1 or not skip_stop else word
                run.append(word)
                if not acronym.startswith(letters):
                    break
                if letters == acronym:
                    return tuple(run)
    return ()


# --- publishers -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Publisher:
    """The forms one organisation goes by: its name, acronym and aliases, folded."""

    id: int
    names: frozenset[str]  # folded full forms
    short: frozenset[str]  # acronyms: given, in brackets in a name, or a word in capitals ("CNDH Mexico")
    spelled: frozenset[str]  # acronyms its names make ("UN Office on Drugs and Crime": unodc)
    words: tuple[frozenset[str], ...]  # content words of each name

    @classmethod
    def of(cls, id: int, name: str, acronym: str = "", aliases: Iterable[str] = ()) -> Publisher:
        names, short, spelled, words = set(), set(), set(), []
        for form in [name, *aliases, *([acronym] if acronym else [])]:
            for inner in re.findall(r"\(([^)]+)\)", form):
                if _ACRONYM.fullmatch(inner.strip()):
                    short.add(fold(inner).replace(".", "").strip())
            plain = re.sub(r"\([^)]*\)", " ", form).replace(".", "")
            folded = normalise(plain)
            if not folded:
                continue
            names.add(folded)
            tokens = folded.split()
            words.append(frozenset(stem(t) for t in tokens if t not in _STOP))
            if len(tokens) == 1 and (plain.strip().isupper() or len(tokens[0]) <= 6):
                short.add(tokens[0])
            short.update(t.lower() for t in re.findall(r"\b[A-Z]{2,8}\b", plain))
            spelled.update(_acronyms_of(plain))
        return cls(
            id=id,
            names=frozenset(names),
            short=frozenset(short),
            spelled=frozenset(spelled - names),
            words=tuple(words),
        )

    def same_as(self, other: Publisher) -> bool:
        if self.id == other.id or self.names & other.names:
            return True
        if (self.short | self.names) & other.spelled or (other.short | other.names) & self.spelled:
            return True
        if self.short & other.short:
            return True
        # One name's words all in the other's ("Walk Free", "Walk Free Initiative of the Minderoo Foundation").
        return any(a and b and (a <= b or b <= a) for a in self.words for b in other.words)


def _acronyms_of(name: str) -> set[str]:
    """Initials of a name, with and without its short words; a word in capitals counts whole and a
    hyphenated word once ("UN Office on Drugs and Crime": unodc; "Co-operation": c)."""
    words = [w for w in fold(name.replace("-", "")).split() if w.isalnum()]
    capitals = {w.lower() for w in name.replace("-", "").split() if w.isupper() and w.isalpha()}
    found = set()
    for skip in (True, False):
        kept = [w for w in words if not (skip and w in _STOP and w not in capitals)]
        found.add("".join(w if w in capitals else w[0] for w in kept))
    return {f for f in found if len(f) >= 2}


# --- addresses ------------------------------------------------------------------------------
def url_key(url: str) -> str:
    """A URL with what mirrors and trackers change removed: scheme, www., trailing slash, utm_*."""
    if not url:
        return ""
    parts = urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.")
    query = "&".join(sorted(q for q in parts.query.split("&") if q and not _TRACKING.match(q)))
    return f"{host}{parts.path.rstrip('/').lower()}" + (f"?{query}" if query else "")


def host_of(url: str) -> str:
    """The registered part of a host, roughly: the last two labels, three under a country's gov/org/co."""
    labels = urlsplit(url.strip()).netloc.lower().split(":")[0].split(".") if url else []
    if len(labels) >= 3 and labels[-2] in {"gov", "org", "co", "ac", "gob", "gouv", "govt", "com", "int", "admin"}:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def spelled_out(a: Title, b: Title) -> list[str]:
    """For a reason: the acronyms of one title that the other spells out ("NRM for national referral mechanism")."""
    found = []
    for mine, other in ((a, b), (b, a)):
        for acronym in sorted(mine.acronyms & set(mine.words)):
            if not spelled_in(acronym, mine.all_words) and (run := spelled_in(acronym, other.all_words)):
                found.append(f"{acronym.upper()} for \u201c{' '.join(run)}\u201d")
    return found


@lru_cache(maxsize=50_000)
def _title_of(title: str) -> Title:
    return Title._parse(title)
