from __future__ import annotations

import json
from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from tqdm import tqdm

from lantern.curation import links


class Command(BaseCommand):
    requires_system_checks: list[str] = []
    help = "Check every source link and linked file; record the results (run it from cron or a timer)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--due", action="store_true", help="only links not checked for LANTERN_LINKS_RECHECK_DAYS days"
        )
        parser.add_argument(
            "--concurrency", type=int, help="links checked at the same time (default LANTERN_LINKS_CONCURRENCY)"
        )
        parser.add_argument("--json", action="store_true", help="one JSON object a link")

    def handle(self, *args, due: bool, concurrency: int | None, json: bool, **options):
        older = timedelta(days=settings.LANTERN_LINKS_RECHECK_DAYS) if due else None
        work = links.due(older_than=older)
        with tqdm(
            total=len(work),
            desc="Checking links",
            unit=" links",
            disable=json or options["verbosity"] < 1,
            file=self.stderr._out,
        ) as bar:
            results = links.check_all(work, concurrency, progress=lambda _check: bar.update(1))
        broken = [r for r in results if not r.ok]
        for check in results if json else broken:
            if json:
                self.stdout.write(
                    _dumps(
                        {
                            "resource": check.resource.slug,
                            "url": check.url,
                            "kind": check.kind,
                            "ok": check.ok,
                            "status": check.status_code,
                            "error": check.error,
                            "final_url": check.final_url,
                        }
                    )
                )
            else:
                self.stdout.write(f"broken: {check.url} ({check.error}) — {check.resource.title}")
        if not json:
            self.stdout.write(f"{len(results)} link(s) checked, {len(broken)} broken")


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False)
