from __future__ import annotations

from django.core.management.base import BaseCommand

from lantern.curation import duplicates, mismatch
from lantern.curation.models import Flag


class Command(BaseCommand):
    requires_system_checks: list[str] = []
    help = "Look for duplicates, editions, translations, parts and mismatched descriptions; raise flags for curators."

    def handle(self, *args, **options):
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
        for problem in problems:
            self.stdout.write(f"mismatch: {problem.resource.title[:70]} — {problem.reason}")
        open_flags = Flag.objects.filter(status=Flag.Status.OPEN).count()
        self.stdout.write(
            f"{len(problems)} mismatch(es), {len(pairs)} related pair(s); {raised} new flag(s), {open_flags} open in all"
        )
