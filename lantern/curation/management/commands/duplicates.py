from __future__ import annotations

import json

from django.core.management.base import BaseCommand

from lantern.curation import duplicates
from lantern.curation.models import Flag


class Command(BaseCommand):
    requires_system_checks: list[str] = []
    help = "List candidate duplicates, editions, translations and parts across the collection."

    def add_arguments(self, parser):
        parser.add_argument("--json", action="store_true", help="one JSON object a line")
        parser.add_argument("--kind", choices=[k for k in Flag.Kind.values if k != Flag.Kind.MISMATCH], action="append")
        parser.add_argument("--flag", action="store_true", help="also raise open quality flags for curators")

    def handle(self, *args, json: bool, kind: list[str] | None, flag: bool, **options):
        found = [c for c in duplicates.find() if not kind or c.kind in kind]
        for candidate in found:
            if json:
                self.stdout.write(_dumps(candidate.as_dict()))
            else:
                self.stdout.write(
                    f"{candidate.kind:<11} {candidate.score:.2f}  #{candidate.a.id} {candidate.a.title[:60]}\n"
                    f"{'':<17}#{candidate.b.id} {candidate.b.title[:60]}\n{'':<17}{'; '.join(candidate.reasons)}"
                )
        if flag:
            self.stderr.write(f"{duplicates.flag(found)} new flag(s) raised")
        if not json:
            self.stdout.write(f"{len(found)} candidate pair(s)")


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False)
