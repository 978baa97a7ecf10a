"""Memberships of partnerships from a CSV file: ``partnership,member,role`` (role optional).

Organisations are found by name, acronym or alias (``Organisation.objects.named``); none is
created, so a misspelt name is an error to fix rather than a new organisation. A partnership
without a kind becomes of kind ``partnership``; one of another kind is refused. Rows are
applied one by one: the good ones are kept, each bad one is reported with its line number.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction

from lantern.catalog.models import Membership, Organisation

COLUMNS = ("partnership", "member")
MAX_BYTES = 5 * 1024 * 1024


class MembershipFileError(ValueError):
    """The file as a whole cannot be read as a memberships CSV."""


@dataclass
class MembershipReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    kinds_set: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "kinds_set": self.kinds_set,
            "errors": self.errors,
        }


def read_rows(path: Path) -> list[tuple[int, dict]]:
    """The CSV's rows with their line numbers; a missing column or an unreadable file is an error."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise MembershipFileError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    if len(raw) > MAX_BYTES:
        raise MembershipFileError(f"{path}: larger than {MAX_BYTES // (1024 * 1024)} MB")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise MembershipFileError(f"{path}: not UTF-8 text") from exc
    reader = csv.DictReader(io.StringIO(text))
    headers = [(name or "").strip().lower() for name in reader.fieldnames or []]
    missing = [name for name in COLUMNS if name not in headers]
    if missing:
        raise MembershipFileError(
            f"{path}: the header must name the columns partnership, member (and optionally role); missing: {', '.join(missing)}"
        )
    reader.fieldnames = headers
    try:
        return [(reader.line_num, row) for row in reader]
    except csv.Error as exc:
        raise MembershipFileError(f"{path}: not a CSV file ({exc})") from exc


def import_memberships(path: Path) -> MembershipReport:
    report = MembershipReport()
    for line, row in read_rows(path):
        error = _apply(row, report)
        if error:
            report.errors.append(f"line {line}: {error}")
    return report


def _apply(row: dict, report: MembershipReport) -> str:
    """Apply one row; the reason it was not applied, or an empty string."""
    names = {key: " ".join(str(row.get(key) or "").split()) for key in (*COLUMNS, "role")}
    if not names["partnership"] or not names["member"]:
        return "a partnership and a member are both needed"
    partnership = Organisation.objects.named(names["partnership"])
    member = Organisation.objects.named(names["member"])
    for key, found in (("partnership", partnership), ("member", member)):
        if found is None:
            return f"no organisation is called “{names[key]}” (add it first, or use its name, acronym or alias)"
    if partnership.pk == member.pk:
        return f"“{partnership.name}” cannot be a member of itself"
    if partnership.kind not in ("", Organisation.Kind.PARTNERSHIP):
        return f"“{partnership.name}” is of kind “{partnership.get_kind_display()}”, not a partnership"
    role = names["role"][:100]
    with transaction.atomic():
        if not partnership.kind:
            partnership.kind = Organisation.Kind.PARTNERSHIP
            partnership.save(update_fields=["kind"])
            report.kinds_set.append(partnership.name)
        link, created = Membership.objects.get_or_create(
            partnership=partnership, member=member, defaults={"role": role}
        )
        if created:
            report.created += 1
        elif role and link.role != role:
            link.role = role
            link.save(update_fields=["role"])
            report.updated += 1
        else:
            report.unchanged += 1
    return ""
