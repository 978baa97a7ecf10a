from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from lantern.curation.partnerships import MembershipFileError, import_memberships


class Command(BaseCommand):
    requires_system_checks: list[str] = []
    help = (
        "Import memberships of partnerships from a CSV file with the columns partnership, member and "
        "(optionally) role; organisations are found by name, acronym or alias."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="CSV file (UTF-8) with a header row")
        parser.add_argument("--json", action="store_true", help="print the report as JSON")

    def handle(self, *args, **options):
        try:
            report = import_memberships(Path(options["file"]))
        except MembershipFileError as exc:
            raise CommandError(str(exc)) from exc
        if options["json"]:
            self.stdout.write(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
        else:
            for name in report.kinds_set:
                self.stdout.write(f"kind set to partnership: {name}")
            for error in report.errors:
                self.stderr.write(error)
            self.stdout.write(
                f"{report.created} membership(s) added, {report.updated} updated, {report.unchanged} unchanged, "
                f"{len(report.errors)} error(s)"
            )
        if report.errors:
            raise SystemExit(1)
