from __future__ import annotations

import json
import sys
from html import unescape
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.html import strip_tags

from lantern.search.filters import PARAMS
from lantern.search.service import SORTS, SearchResults, search


def plain(html_text: str) -> str:
    """Snippet HTML as plain text (marks dropped, entities decoded)."""
    return " ".join(unescape(strip_tags(html_text)).split())


def as_json(results: SearchResults, raw_query: str) -> dict:
    """The CLI's JSON form of a result page: one line of the batch output."""
    return {
        "query": raw_query,
        "total": results.total,
        "results": [
            {
                "id": hit.resource.id,
                "slug": hit.resource.slug,
                "title": hit.resource.title,
                "source_url": hit.resource.source_url,
                "score": round(hit.score, 4),
                "snippet": plain(hit.snippet_html),
                "page": hit.page,
            }
            for hit in results.hits
        ],
        "warnings": results.warnings,
        "corrected_query": results.suggestion,
    }


class Command(BaseCommand):
    requires_system_checks: list[str] = []  # fast start; `lantern check` runs them
    help = "Search the hub's published resources (the same search as the site)."

    def add_arguments(self, parser):
        parser.add_argument("query", nargs="?", default="", help='words, "phrases", -exclusions, OR, field:value')
        parser.add_argument("--json", action="store_true", help="print one JSON object")
        parser.add_argument("--limit", type=int, default=10, help="results to show (1–100, default 10)")
        parser.add_argument("--sort", choices=SORTS)
        parser.add_argument("--as-typed", action="store_true", help="search the words as typed (no typo correction)")
        parser.add_argument(
            "--queries", type=Path, help="a file with one query a line (with --json: one JSON object a line out)"
        )
        for name in PARAMS:
            parser.add_argument(
                f"--{name}", action="append", default=[], metavar="VALUE", help=f"filter by {name} (repeatable)"
            )

    def handle(self, *args, query: str, limit: int, sort: str | None, queries: Path | None, **options):
        self.as_typed = options["as_typed"]
        if not 1 <= limit <= 100:
            raise CommandError("--limit must be between 1 and 100")
        filters = {name: options[name] for name in PARAMS if options.get(name)}
        if queries:
            try:
                lines = [line.strip() for line in queries.read_text(encoding="utf-8").splitlines()]
            except (OSError, UnicodeDecodeError) as exc:
                raise CommandError(f"cannot read {queries}: {exc}") from exc
            for line in filter(None, lines):
                self._one(line, filters, sort, limit, options["json"])
            return
        self._one(query, filters, sort, limit, options["json"])

    def _one(self, query: str, filters: dict, sort: str | None, limit: int, as_json_output: bool) -> None:
        results = search(query, _QueryDict(filters), sort, 1, per_page=limit, with_facets=False, as_typed=self.as_typed)
        if as_json_output:
            sys.stdout.write(json.dumps(as_json(results, query), ensure_ascii=False) + "\n")
            return
        if results.suggestion:
            self.stderr.write(
                f"Showing results for {results.suggestion!r}; search instead for {query!r} with --as-typed"
            )
        for warning in results.warnings:
            self.stderr.write(f"warning: {warning}")
        self.stdout.write(f"{results.total} result(s) for {query!r}")
        for rank, hit in enumerate(results.hits, start=1):
            resource = hit.resource
            publishers = ", ".join(p.name for p in resource.publishers.all())
            self.stdout.write(
                f"{rank:>3}. {resource.title} — {publishers or 'no publisher'}, {resource.year or 'n.d.'} [{resource.type}]"
            )
            snippet = plain(hit.snippet_html)
            if snippet:
                where = f"p. {hit.page}: " if hit.page else ""
                self.stdout.write(f"     {where}{snippet[:200]}")


class _QueryDict(dict):
    def getlist(self, key):
        return self.get(key, [])
