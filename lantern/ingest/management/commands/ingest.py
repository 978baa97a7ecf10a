"""``lantern ingest PATH_OR_URL...``: documents (files, folders, URLs) become draft records."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from lantern.catalog.signals import arrival_notes, describe
from lantern.ingest import jobs
from lantern.ingest.models import IngestJob
from lantern.ingest.sources.url import is_url


class Command(BaseCommand):
    help = (
        "Ingest documents: files, folders (recursively) and URLs become draft records. Jobs go to the "
        "background worker (`lantern worker`); with --wait this command runs or waits for them and reports."
    )

    def add_arguments(self, parser):
        parser.add_argument("inputs", nargs="*", metavar="PATH_OR_URL")
        parser.add_argument(
            "--wait", action="store_true", help="wait for the jobs (running them here if no worker has)"
        )
        parser.add_argument("--json", action="store_true", help="one JSON object a line per input")
        parser.add_argument(
            "--status", nargs="*", type=int, metavar="JOB", help="show jobs (the latest 20 if none given)"
        )
        parser.add_argument("--no-progress", action="store_true", help="no progress bar")

    def handle(self, *args, **options):
        if options["status"] is not None:
            return self._status(options["status"], options["json"])
        if not options["inputs"]:
            raise CommandError("give at least one file, folder or URL (or --status)")
        created = [self._job(value) for value in self._expand(options["inputs"])]
        if not options["wait"]:
            for job in created:
                job.refresh_from_db()
                self._report(job, options["json"])
            return
        failed = 0
        from tqdm import tqdm

        bar = tqdm(total=len(created), unit="doc", file=sys.stderr, disable=options["no_progress"] or None)
        for job in created:
            job = self._wait(job)
            failed += job.status == IngestJob.Status.FAILED
            bar.update(1)
            bar.clear()
            self._report(job, options["json"])
            bar.refresh()
        bar.close()
        if failed:
            sys.exit(1)

    def _expand(self, inputs: list[str]) -> list[str]:
        found = []
        for value in inputs:
            if is_url(value):
                found.append(value.strip())
                continue
            path = Path(value).expanduser()
            if path.is_dir():
                found += sorted(str(p.resolve()) for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            else:
                found.append(str(path.resolve()) if path.exists() else value)
        return found

    def _job(self, value: str) -> IngestJob:
        if is_url(value):
            return jobs.create(value, url=value)
        return jobs.create(value, path=value)

    def _wait(self, job: IngestJob) -> IngestJob:
        worker = f"cli:{os.getpid()}"
        while True:
            job.refresh_from_db()
            if job.finished:
                return job
            jobs.run(job.pk, worker)  # runs it here unless a worker holds it
            job.refresh_from_db()
            if job.finished:
                return job
            time.sleep(0.5)

    def _report(self, job: IngestJob, as_json: bool) -> None:
        if as_json:
            self.stdout.write(json.dumps(jobs.report(job), ensure_ascii=False))
            return
        line = f"#{job.pk} {job.status:<9} {job.source}"
        if job.resource_id:
            line += f" → {job.resource.slug}"
        if job.error:
            line += f"\n    error: {job.error}"
        for warning in job.warnings:
            line += f"\n    warning: {warning}"
        if job.resource_id:  # what it may duplicate, flagged for review when it was saved
            for note in arrival_notes([job.resource_id], "ingest", check=False):
                line += f"\n    {describe(note)}"
        self.stdout.write(line)

    def _status(self, ids: list[int], as_json: bool) -> None:
        queryset = IngestJob.objects.select_related("resource")
        selected = queryset.filter(pk__in=ids).order_by("id") if ids else reversed(queryset.order_by("-id")[:20])
        for job in selected:
            self._report(job, as_json)
