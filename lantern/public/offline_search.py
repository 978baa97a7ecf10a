"""Search in an offline copy: what its search page needs (filter labels, its words) and the two
indexes of the same records, Pagefind's (``pagefind/``, used over HTTP) and the copy's own
(``search-index/``, classic scripts that load from ``file://``)."""

from __future__ import annotations

import asyncio
import html
import json
import re
import tempfile
import unicodedata
from collections import defaultdict
from pathlib import Path

from django.conf import settings
from django.utils.translation import gettext as _

from lantern.catalog.models import Collection, Country, Language, Organisation, Page, Resource, Topic
from lantern.public import labels
from lantern.public.results import FILTER_NAMES

FILTERS = ("type", "topic", "country", "year", "language", "publisher", "collection")
DOC_CHUNK = 200
MAX_TEXT = 200_000  # characters of a resource's files that are searched in the copy
MAX_TERM = 40


def filter_labels() -> dict[str, dict[str, str]]:
    """Readable names of every filter value, in the active language, for the copy's search page."""
    topics = {t.slug: labels.topic_name(t) for t in Topic.objects.all()}
    return {
        "type": {value: str(label) for value, label in Resource.Type.choices},
        "topic": topics,
        "country": {c.code: labels.country_name(c.name) for c in Country.objects.all()},
        "language": {lang.code: labels.language_name(lang.name) for lang in Language.objects.all()},
        "publisher": dict(Organisation.objects.public().values_list("slug", "name")),
        "collection": dict(Collection.objects.public().values_list("slug", "name")),
    }


def search_strings() -> dict:
    """The words of the copy's search page that its script writes, in the active language."""
    return {
        "filters": {name: str(FILTER_NAMES[name]) for name in FILTERS},
        "selected": _("Selected:"),
        "clear": _("Clear all filters"),
        "previous": _("Previous"),
        "next": _("Next"),
        "page": _("Page"),
        "none": _("No resource matches this search."),
        "one": _("1 resource"),
        "many": _("%s resources"),
    }


def search_records(ids: list[int], included: set[int]) -> list[dict]:
    """One record per resource of the copy (``ids``): what is searched, shown and filtered on,
    with the text of the files copied (the attachments ``included``)."""
    texts: dict[int, list[str]] = defaultdict(list)
    sizes: dict[int, int] = defaultdict(int)
    for resource_id, text in (
        Page.objects.filter(attachment_id__in=included)
        .order_by("attachment_id", "number")
        .values_list("attachment__resource_id", "text")
    ):
        if sizes[resource_id] < MAX_TEXT:
            texts[resource_id].append(text[: MAX_TEXT - sizes[resource_id]])
            sizes[resource_id] += len(text)
    records = []
    queryset = (
        Resource.objects.filter(id__in=ids)
        .prefetch_related("topics", "countries", "languages", "collections", "publisher_links__organisation")
        .order_by("id")
    )
    for item in queryset.iterator(chunk_size=500):
        publishers = [link.organisation for link in item.publisher_links.all()]
        topics = list(item.topics.all())
        year = str(item.published_date.year) if item.published_date else ""
        records.append(
            {
                "url": f"resources/{item.slug}/",
                "title": item.title,
                "teaser": item.teaser or item.summary[:250],
                "publisher": ", ".join(p.name for p in publishers),
                "year": year,
                "date": item.published_date.isoformat() if item.published_date else "",
                "type": item.type,
                "filters": {
                    "type": [item.type],
                    "topic": [t.slug for t in topics],
                    "country": [c.code for c in item.countries.all()],
                    "year": [year] if year else [],
                    "language": [lang.code for lang in item.languages.all()],
                    "publisher": [p.slug for p in publishers if p.slug],
                    "collection": [c.slug for c in item.collections.all()],
                },
                "fields": [
                    (item.title, 10),
                    (" ".join([item.teaser, item.summary]), 3),
                    (" ".join(p.name + " " + (p.acronym or "") for p in publishers), 3),
                    (" ".join(t.name for t in topics), 3),
                    ("\n".join(texts.get(item.id, [])), 1),
                ],
            }
        )
    # Newest first: the copy's own index lists documents in this order when nothing is typed.
    records.sort(key=lambda record: record["date"], reverse=True)
    return records


def write_pagefind(stage: Path, records: list[dict]) -> None:
    """Pagefind's index of the records in ``stage/pagefind`` (used over HTTP).

    Each record is written as a small HTML page that Pagefind reads from a folder, in one request to
    its indexer: added one by one, each record waits for the Python wrapper's reply loop, which
    checks for a reply every tenth of a second (ten records a second at best).
    """
    with tempfile.TemporaryDirectory(prefix="lantern-pagefind-") as tmp:
        site = Path(tmp)
        for record in records:
            page = site / record["url"] / "index.html"
            page.parent.mkdir(parents=True, exist_ok=True)
            page.write_text(pagefind_page(record), encoding="utf-8")
        asyncio.run(_pagefind(site, stage / "pagefind"))


def pagefind_page(record: dict) -> str:
    """A record as the page Pagefind indexes: its words in the body; meta, filters and sort from attributes.

    Values are read from an attribute (``name[data-value]``), so a comma or colon in a title or a
    publisher's name is kept as it is, and the empty elements add no words to what is searched.
    """

    def value(kind: str, name: str, text: str) -> str:
        return f'<span data-pagefind-{kind}="{name}[data-value]" data-value="{html.escape(text)}"></span>'

    meta = {**{key: record[key] for key in ("title", "publisher", "year", "type")}, "teaser": record["teaser"][:300]}
    tags = [value("meta", key, text) for key, text in meta.items() if text]
    tags += [value("filter", name, item) for name, values in record["filters"].items() for item in values]
    tags.append(value("sort", "date", record["date"] or "0000"))
    (title, _weight), *rest = record["fields"]
    body = f"<h1>{html.escape(title)}</h1>" + "".join(f"<p>{html.escape(text)}</p>" for text, _w in rest if text)
    return (
        f'<!doctype html><html lang="{settings.LANGUAGE_CODE}"><head><meta charset="utf-8"></head>'
        f"<body>{''.join(tags)}<main data-pagefind-body>{body}</main></body></html>"
    )


async def _pagefind(site: Path, output: Path) -> None:
    from pagefind.index import IndexConfig, PagefindIndex

    config = IndexConfig(output_path=str(output), force_language=settings.LANGUAGE_CODE)
    async with PagefindIndex(config=config) as index:
        await index.add_directory(str(site))
        await index.write_files(output_path=str(output))


def fold(text: str) -> list[str]:
    """The words of a text as the copy's own index keeps them: lower case, accents removed."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return [w for w in re.findall(r"[^\W_]+", plain) if 2 <= len(w) <= MAX_TERM]


def shard_key(word: str) -> str:
    """The file a word's entry lives in: its first two characters, spelled safely for a file name."""
    return "".join(c if "a" <= c <= "z" or "0" <= c <= "9" else f"_{ord(c):x}" for c in word[:2])


def write_script_index(stage: Path, records: list[dict]) -> None:
    """The copy's own index in ``stage/search-index``, as classic scripts (they load from ``file://``).

    ``index.js`` holds the filters (value -> document numbers) and the list of word files;
    ``t/KEY.js`` maps each word to ``[document, weight, …]``; ``d/N.js`` holds what a result
    shows for documents ``N*DOC_CHUNK`` onwards.
    """
    out = stage / "search-index"
    (out / "t").mkdir(parents=True, exist_ok=True)
    (out / "d").mkdir(parents=True, exist_ok=True)
    shards: dict[str, dict[str, list[int]]] = defaultdict(dict)
    filters: dict[str, dict[str, list[int]]] = {name: defaultdict(list) for name in FILTERS}
    for number, record in enumerate(records):
        weights: dict[str, int] = defaultdict(int)
        for text, weight in record["fields"]:
            for word in fold(text):
                weights[word] = min(weights[word] + weight, 30)
        for word, weight in weights.items():
            shards[shard_key(word)].setdefault(word, []).extend((number, weight))
        for name, values in record["filters"].items():
            for value in values:
                filters[name][value].append(number)
    for key, entries in shards.items():
        _script(out / "t" / f"{key}.js", f"t/{key}", entries)
    for start in range(0, len(records), DOC_CHUNK):
        rows = [
            [r["url"], r["title"], r["teaser"][:300], r["publisher"], r["year"], r["type"], r["date"]]
            for r in records[start : start + DOC_CHUNK]
        ]
        _script(out / "d" / f"{start // DOC_CHUNK}.js", f"d/{start // DOC_CHUNK}", rows)
    _script(
        out / "index.js",
        "index",
        {"count": len(records), "chunk": DOC_CHUNK, "shards": sorted(shards), "filters": filters},
    )


def _script(path: Path, name: str, data) -> None:
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    path.write_text(f"LanternIndex.loaded({json.dumps(name)},{payload});\n", encoding="utf-8")
