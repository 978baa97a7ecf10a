from __future__ import annotations

import json

from django.core.management.base import BaseCommand

from lantern.curation import duplicates, mismatch
from lantern.curation.models import Flag


class Command(BaseCommand):
    requires_system_checks: list[str] = []
    help = "Look for duplicates, editions, translations, parts and mismatched descriptions; raise flags for curators."

    def add_arguments(self, parser):
        parser.add_argument(
            "--json", action="store_true", help="one JSON object a finding, then one with the totals (kind 'summary')"
        )

    def handle(self, *args, json: bool = False, **options):
        problems = mismatch.find()
        raised = mismatch.raise_flags(problems)
        pairs = duplicates.find()
        for candidate in pairs:
            _, created = Flag.objects.get_or_create(
                resource_id=candidate.a.id,
                other_id=candidate.b.id,
                kind=candidate.kind,
                defaults={"score": candidate.score, "reasons": candidate.reasons},
            )
            raised += created
        open_flags = Flag.objects.filter(status=Flag.Status.OPEN).count()
        if json:
            self._write_json(problems, pairs, raised, open_flags)
            return
        for problem in problems:
            self.stdout.write(f"mismatch: {problem.resource.title[:70]} — {problem.reason}")
        self.stdout.write(
            f"{len(problems)} mismatch(es), {len(pairs)} related pair(s); {raised} new flag(s), {open_flags} open in all"
        )

    def _write_json(self, problems, pairs, raised: int, open_flags: int) -> None:
        for problem in problems:
            self.stdout.write(
                _dumps(
                    {
                        "kind": Flag.Kind.MISMATCH.value,
                        "resource": problem.resource.slug,
                        "other": problem.other.slug if problem.other else None,
                        "score": round(problem.score, 3),
                        "reasons": [problem.reason],
                    }
                )
            )
        for candidate in pairs:
            self.stdout.write(
                _dumps(
                    {
                        "kind": str(candidate.kind),
                        "resource": candidate.a.slug,
                        "other": candidate.b.slug,
                        "score": round(candidate.score, 3),
                        "reasons": list(candidate.reasons),
                    }
                )
            )
        totals = {"mismatches": len(problems), "pairs": len(pairs), "new_flags": raised, "open_flags": open_flags}
        self.stdout.write(_dumps({"kind": "summary", **totals}))


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False)
