from __future__ import annotations

from django.core.management.base import BaseCommand
from tqdm import tqdm

from lantern.catalog.models import Resource
from lantern.search import index


class Command(BaseCommand):
    requires_system_checks: list[str] = []  # fast start; `lantern check` runs them
    help = "Rebuild the search index from the catalogue, or with --check report drift (exit 1 if any)."

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true", help="only report differences")
        parser.add_argument(
            "--no-vectors", action="store_true", help="skip computing missing passage vectors (semantic search)"
        )

    def handle(self, *args, check: bool, **options):
        if check:
            problems = index.drift()
            if problems:
                for problem in problems:
                    self.stdout.write(f"drift: {problem}")
                raise SystemExit(1)
            self.stdout.write("The search index matches the catalogue.")
            if pending := index.pending_vectors():
                self.stdout.write(f"{pending} passage(s) still wait for a vector (run lantern reindex).")
            return
        total = Resource.objects.published().count()
        with tqdm(
            total=total, desc="Indexing", unit=" resources", disable=options["verbosity"] < 1, file=self.stderr._out
        ) as bar:
            count = index.rebuild(progress=lambda n: bar.update(n - bar.n))
        self.stdout.write(f"Indexed {count} published resource(s).")
        from lantern.search import semantic

        if options["no_vectors"] or not semantic.enabled():
            return
        pending = index.pending_vectors()
        with tqdm(
            total=pending, desc="Vectors", unit=" passages", disable=options["verbosity"] < 1, file=self.stderr._out
        ) as bar:
            done = index.embed_pending(progress=lambda n, total: bar.update(n - bar.n))
        self.stdout.write(f"Computed {done} passage vector(s).")
        with tqdm(
            desc="Vector index", unit=" passages", disable=options["verbosity"] < 1, file=self.stderr._out
        ) as bar:

            def advance(n: int, total: int) -> None:
                bar.total = total
                bar.update(n - bar.n)

            held = semantic.rebuild_ann(progress=advance)
        if held:
            self.stdout.write(f"Built the approximate vector index of {held} passage(s).")
        else:
            self.stdout.write(f"Semantic search is exact (fewer than {semantic.ANN_THRESHOLD} passages).")
