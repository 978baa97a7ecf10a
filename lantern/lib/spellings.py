"""British and American spellings of one English word: ``organised`` is ``organized``.

The field writes both (UK government guidance, US State Department reports, UN bodies in
either), so a search must treat them as the same word. The rules below cover the regular
differences; each is anchored to a word ending and a minimum stem, because a looser rule turns
one real word into another (``four``/``for``, ``filling``/``filing``, ``prise``/``prize``).
Callers keep only variants their vocabulary has, so a rule that yields a non-word costs nothing.
"""

from __future__ import annotations

import re

# Words whose British "-re" is American "-er" (centre, theatre, metre…): a list, because most
# words ending in "-er" have no "-re" form and "-re" is common in French (ordre, membre, lettre).
_RE_ROOTS = "cent|theat|met|lit|fib|somb|lust|spect|calib|sab|meag|goit|lite"
# (British pattern, American replacement), each applied to the whole lower-case word.
_UK_TO_US = [
    (re.compile(r"^(\w{3,})our(s|ed|ing|ite|ites|able|ably|er|ers|ful|less|hood|hoods|ism)?$"), r"\1or\2"),
    (re.compile(r"^(\w{3,})is(e|es|ed|ing|ation|ations|er|ers)$"), r"\1iz\2"),
    (re.compile(r"^(\w{2,})ys(e|es|ed|ing)$"), r"\1yz\2"),
    (re.compile(rf"^(\w*(?:{_RE_ROOTS}))re(s)?$"), r"\1er\2"),
    (re.compile(rf"^(\w*(?:{_RE_ROOTS}))red$"), r"\1ered"),
    (re.compile(r"^(\w{3,})mme(s)?$"), r"\1m\2"),
    (re.compile(r"^(\w{3,})ogue(s)?$"), r"\1og\2"),
    (re.compile(r"^(\w{3,}[ae])ll(ing|ed|er|ers|or|ors)$"), r"\1l\2"),
    (re.compile(r"^(\w*[dg])ement(s)?$"), r"\1ment\2"),
]
_ENCE = re.compile(r"^(\w{2,})(fen|cen|ten)ce(s)?$")  # defence, licence, pretence → defense…
_AE = re.compile(r"(pae|hae|anae)")  # paediatric, haemorrhage, anaemia → pediatric…

_US_TO_UK = [
    (re.compile(r"^(\w{3,})or(s|ed|ing|ite|ites|able|ably|er|ers|ful|less|hood|hoods|ism)?$"), r"\1our\2"),
    (re.compile(r"^(\w{3,})iz(e|es|ed|ing|ation|ations|er|ers)$"), r"\1is\2"),
    (re.compile(r"^(\w{2,})yz(e|es|ed|ing)$"), r"\1ys\2"),
    (re.compile(rf"^(\w*(?:{_RE_ROOTS}))er(s)?$"), r"\1re\2"),
    (re.compile(rf"^(\w*(?:{_RE_ROOTS}))ered$"), r"\1red"),
    (re.compile(r"^(\w{2,})(fen|cen|ten)se(s)?$"), r"\1\2ce\3"),
    (re.compile(r"^(pro)(gram)(s)?$"), r"\1\2me\3"),
    (re.compile(r"^(\w{3,})og(s)?$"), r"\1ogue\2"),
    (re.compile(r"^(\w{3,}[ae])l(ing|ed|er|ers|or|ors)$"), r"\1ll\2"),
    (re.compile(r"^(\w*[dg])ment(s)?$"), r"\1ement\2"),
]
_UK_AE = {"pe": "pae", "he": "hae", "ane": "anae"}


def american(word: str) -> set[str]:
    """The American spellings a British spelling of this word may have (lower case)."""
    lower = word.lower()
    if len(lower) < 5 or not lower.isalpha():
        return set()
    found = {pattern.sub(replacement, lower) for pattern, replacement in _UK_TO_US if pattern.match(lower)}
    if match := _ENCE.match(lower):
        found.add(f"{match.group(1)}{match.group(2)}se{match.group(3) or ''}")
    if _AE.search(lower):
        found.add(_AE.sub(lambda m: m.group(1).replace("ae", "e"), lower))
    if lower == "ageing":
        found.add("aging")
    found.discard(lower)
    return found


def variants(word: str) -> set[str]:
    """The other spellings this word may have in British or American English (lower case)."""
    lower = word.lower()
    if len(lower) < 5 or not lower.isalpha():
        return set()
    found = american(lower)
    for pattern, replacement in _US_TO_UK:
        if pattern.match(lower):
            found.add(pattern.sub(replacement, lower))
    for us, uk in _UK_AE.items():
        if lower.startswith(("pediatr", "hemo", "hema", "anem")) and lower.startswith(us):
            found.add(uk + lower[len(us) :])
    if lower == "aging":
        found.add("ageing")
    found.discard(lower)
    return found
