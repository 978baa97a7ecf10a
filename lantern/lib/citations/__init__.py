"""Citation formats, model-free: canonical record dicts in, BibTeX / RIS / CSL-JSON / formatted text out, and back.

Contracts
---------
Every writer takes canonical records as ``lantern.catalog.records.to_record`` makes them (plain
dicts; missing keys are treated as empty) and returns ``str``:

- ``to_csl(record) -> dict`` — one CSL-JSON item (``id`` is the slug, also kept as
  ``custom.lantern_slug`` so that Lantern's own files update the same resources on import).
- ``to_csl_json(records) -> str`` — a JSON array of CSL items (ids unique within the file).
- ``to_bibtex(records) -> str`` — ``@techreport`` for reports/research/guidance/…, ``@misc``
  otherwise; the key is the slug (unique within the file); the Lantern type travels in ``type``.
- ``to_ris(records) -> str`` — RIS (``TY  - RPRT`` …), readable by Zotero, EndNote, Mendeley.
- ``format_citation(record, style="apa"|"harvard", output="text"|"html") -> str`` — one
  formatted bibliography entry via citeproc-py with the CSL styles shipped in ``lib/data``
  (no network).
- ``EXPORT_FORMATS`` — name → (function, media type, file extension) for the writers.

Names. Records hold "Given Family" names. A person's name is split as BibTeX splits "First von
Last": the last word is the family name, and lower-case words before it ("van der", "de la",
"von") are particles that stay with it, so "Ludwig van der Berg" is "van der Berg, Ludwig" in
BibTeX, RIS and ``citation_author`` and ``{"given": "Ludwig", "non-dropping-particle": "van der",
"family": "Berg"}`` in CSL. A work with no personal author is authored by its publishers, written
as each format writes an organisation: ``{Home Office}`` (braced, so BibTeX never splits it),
``AU  - Home Office,`` (the trailing comma is how EndNote and Zotero keep a name whole) and
``{"literal": "Home Office"}``. Readers turn organisations that merely repeat the publishers (or
stand in for missing ones) back into publishers, so a record comes back as it went out.

Text. CSL-JSON carries text exactly. BibTeX and RIS carry a title (and every other one-line
field) on one line, its runs of spaces as one (pybtex reads names so), and a summary as lines:
line breaks survive, runs of blank lines become one, each line loses the whitespace around it, and control characters (other than line breaks and
tabs) are dropped — ``carried_text`` and ``carried_line`` give exactly what comes back. BibTeX escapes every character TeX would read
(``{ } \\ & % # _ $ ~ ^``) and breaks TeX ligatures (``--``, ````` ``, ``''`` …); a RIS
continuation line that could pass for a tag line (``ER  - ``) starts with a zero-width space,
which Lantern's reader removes.

Every reader takes text and returns a list of ``(position, record | None, error)`` rows — the
same shape as ``lantern.ingest.records.read_rows`` — where ``position`` counts entries from 1 and
``record`` is a partial canonical record (only the keys the source gave: ``title``, ``authors``,
``publishers``, ``date``, ``type``, ``source_url``, ``doi``, ``isbn``, ``summary``, ``topics``
(keywords, unresolved), ``languages``, ``files`` (URLs), ``slug`` when the source carries
Lantern's own key: a BibTeX key, a RIS ``ID`` or a CSL ``custom.lantern_slug``; a CSL item's
``id`` is the other tool's own reference and never becomes a slug):

- ``read_bibtex(text)``, ``read_ris(text)``, ``read_csl_json(text)``.

Readers never raise on bad input: a whole-file problem comes back as a single row
``(0, None, message)``, a bad entry as its own row with Lantern's message (the parsers' own
log output is silenced).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from lantern.lib.citations.bibtex import read_bibtex, to_bibtex
from lantern.lib.citations.common import (
    _DATA as _DATA,
)
from lantern.lib.citations.common import (
    LANTERN_TYPES,
    STYLES,
    Row,
    carried_line,
    carried_text,
    join_name,
    sort_name,
    split_name,
)
from lantern.lib.citations.csl import from_csl, read_csl_json, to_csl, to_csl_json
from lantern.lib.citations.ris import read_ris, to_ris
from lantern.lib.citations.styles import format_citation

EXPORT_FORMATS: dict[str, tuple[Callable[[Iterable[dict]], str], str, str]] = {
    "bibtex": (to_bibtex, "application/x-bibtex; charset=utf-8", "bib"),
    "ris": (to_ris, "application/x-research-info-systems; charset=utf-8", "ris"),
    "csl-json": (to_csl_json, "application/vnd.citationstyles.csl+json; charset=utf-8", "json"),
}
READERS: dict[str, Callable[[str], list[Row]]] = {
    "bibtex": read_bibtex,
    "ris": read_ris,
    "csl-json": read_csl_json,
}

__all__ = [
    "EXPORT_FORMATS",
    "LANTERN_TYPES",
    "READERS",
    "Row",
    "STYLES",
    "carried_line",
    "carried_text",
    "format_citation",
    "from_csl",
    "join_name",
    "read_bibtex",
    "read_csl_json",
    "read_ris",
    "sort_name",
    "split_name",
    "to_bibtex",
    "to_csl",
    "to_csl_json",
    "to_ris",
]
