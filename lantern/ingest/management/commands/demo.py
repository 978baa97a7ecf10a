from __future__ import annotations

from django.core.management.base import BaseCommand
from tqdm import tqdm

from lantern.catalog.models import Resource
from lantern.ingest import demo


class Command(BaseCommand):
    requires_system_checks: list[str] = []  # fast start; `lantern check` runs them
    help = "Load the demo hub into the data directory (running it again changes nothing)."

    def handle(self, *args, **options):
        with tqdm(
            desc="Loading the demo hub", unit=" resources", disable=options["verbosity"] < 1, file=self.stderr._out
        ) as bar:
            report = demo.load(progress=bar.update)
        for problem in report.errors:
            self.stderr.write(f"demo line {problem.line}: {problem.message}")
        total = Resource.objects.published().count()
        vectors = self._vectors(options["verbosity"])
        self.stdout.write(f"Demo hub ready: {report.created} resource(s) added, {total} published in all{vectors}.")

    def _vectors(self, verbosity: int) -> str:
        """Semantic search needs passage vectors; compute the missing ones now (a few seconds)."""
        from lantern.search import index

        done = index.embed_now(show_progress=verbosity >= 1, stream=self.stderr._out)
        return f", {done} passage vector(s) computed" if done else ""
