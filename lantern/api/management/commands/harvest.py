from __future__ import annotations

import json

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from lantern.api.harvest import HarvestError, harvest
from lantern.catalog import signals


class Command(BaseCommand):
    help = "Harvest an OAI-PMH repository (oai_dc) into draft resources, incrementally and idempotently."

    def add_arguments(self, parser):
        parser.add_argument("url", help="the repository's base URL, e.g. https://hub.example.org/oai")
        parser.add_argument("--set", default="", help="only this set (setSpec)")
        parser.add_argument(
            "--from",
            dest="from_date",
            default="",
            help="only records changed since YYYY-MM-DD (default: since the last run)",
        )
        parser.add_argument("--json", action="store_true", help="print the report as JSON")

    def handle(self, *args, url: str, set: str, from_date: str, json: bool, **options):
        with tqdm(
            desc="Harvesting", unit=" records", disable=json or options["verbosity"] < 1, file=self.stderr._out
        ) as bar:
            try:
                with signals.written() as ids:
                    report = harvest(url, set_spec=set, from_date=from_date, progress=bar.update)
            except HarvestError as exc:
                raise CommandError(str(exc)) from exc
        from lantern.search import index

        # Every record written is fully searchable when the command returns, by meaning too.
        vectors = index.embed_now(show_progress=not json and options["verbosity"] >= 1, stream=self.stderr._out)
        # Then compared with the hub: likely duplicates are flagged for review and listed here.
        related = signals.arrival_notes(ids, "harvest")
        if json:
            self.stdout.write(_dumps({**report.as_dict(), "vectors": vectors, "duplicates": related}))
            return
        self.stdout.write(
            f"{report.created} created, {report.updated} updated, {report.withdrawn} withdrawn, "
            f"{len(report.skipped)} skipped, {len(report.errors)} rejected"
            + (f", {vectors} passage vector(s) computed" if vectors else "")
        )
        for note in related:
            self.stdout.write(signals.describe(note))
        for line in report.skipped:
            self.stderr.write(f"skipped: {line}")
        for line in report.errors:
            self.stderr.write(f"error: {line}")
        for line in report.warnings:
            self.stderr.write(f"warning: {line}")


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False)
