"""``lantern export-site DIR``: the public hub as a static site (see ``lantern.public.offline``)."""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand, CommandError

from lantern.public.offline import export_site
from lantern.public.offline_options import ExportError, Options, human_size, parse_files, parse_size


def _list(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split(",") if part.strip()]


class Command(BaseCommand):
    requires_system_checks: list[str] = []
    help = (
        "Write the public hub as a static site that works from a folder, a USB stick or any static web "
        "server, with search. Running it again on the same folder writes only what changed."
    )

    def add_arguments(self, parser):
        parser.add_argument("dir", help="the folder to write (new, empty, or an earlier copy to bring up to date)")
        parser.add_argument(
            "--files", default="all", help="files to include: all (default), none, or under-N-MB (e.g. under-10-MB)"
        )
        parser.add_argument(
            "--language",
            help="resources in these languages only, and the interface in those of them the site has "
            "(comma-separated ISO 639-1 codes: en,fr,es); default: everything, in every interface language",
        )
        parser.add_argument("--collection", help="resources of these collections only (comma-separated slugs)")
        parser.add_argument("--topic", help="resources of these topics or narrower ones only (comma-separated slugs)")
        parser.add_argument("--max-size", help="refuse to write a copy larger than this (e.g. 700MB, 4GB)")
        parser.add_argument("--zip", action="store_true", help="also write the copy as one archive, DIR.zip")

    def handle(self, *args, dir: str, **opts):
        try:
            files, largest = parse_files(opts["files"])
            options = Options(
                files=files,
                max_file_bytes=largest,
                languages=_list(opts["language"]),
                collections=_list(opts["collection"]),
                topics=_list(opts["topic"]),
                max_size=parse_size(opts["max_size"]) if opts["max_size"] else None,
                zip=opts["zip"],
            )
            started = time.perf_counter()
            report = export_site(dir, options, progress=lambda message: self.stderr.write(f"  {message}"))
        except ExportError as exc:
            raise CommandError(str(exc)) from exc
        seconds = time.perf_counter() - started
        if report.skipped:
            self.stdout.write(f"{report.path}: already up to date with the catalogue; nothing written.")
        else:
            self.stdout.write(
                f"{report.path}: {report.resources} resources, {report.pages} pages, {report.files} files "
                f"({', '.join(report.interface)}); {report.written} written, {report.unchanged} unchanged, "
                f"{report.removed} removed, in {seconds:.1f} s."
            )
        self.stdout.write(f"Size: {human_size(report.size)} ({report.size} bytes).")
        if report.zip_path:
            self.stdout.write(f"Archive: {report.zip_path} ({human_size(report.zip_size)}).")
        self.stdout.write(f"Open {report.path}/index.html in a browser, or serve the folder with any web server.")
