"""Visitors report a problem with a published resource: what is wrong (a broken link or file,
wrong or outdated information, a duplicate, harmful or unsafe content, something else), a note
and, if they like, an address for an answer. Each report waits for a curator among the visitors'
suggestions (``VisitorSuggestion`` of kind ``problem``), naming the resource.

The same guards as suggestions (``curation/suggestions.py``): a honeypot, bounded fields, and a
rate limit per sender counted on a keyed hash of the address, in turn at the ``SuggestionGate``
so that parallel posts cannot all pass it. Reports are counted apart from suggestions: a visitor
who reports a broken link can still suggest a resource.
"""

from __future__ import annotations

from django.db import transaction

from lantern.catalog.models import Resource
from lantern.curation.models import VisitorSuggestion
from lantern.curation.suggestions import Refused, Spam, check_limits, sender_key, take_turn

MAX_NOTE = 2000
MAX_CONTACT = 254
PROBLEMS = VisitorSuggestion.Problem


def report(
    resource: Resource, *, problem: str, note: str = "", contact: str = "", address: str = "", honeypot: str = ""
) -> VisitorSuggestion:
    """Keep a visitor's report on ``resource``; ``Spam`` for a filled honeypot (keep nothing),
    ``Refused`` (``TooMany``, ``Paused``) when it cannot be taken. The caller validates the
    visitor's input for the visitor; this checks it again for any other caller."""
    if honeypot.strip():
        raise Spam()
    note, contact = (note or "").strip(), (contact or "").strip()
    if problem not in PROBLEMS.values:
        raise Refused(f"Unknown problem: {problem!r}.")
    if len(note) > MAX_NOTE or len(contact) > MAX_CONTACT:
        raise Refused(f"The note is too long (at most {MAX_NOTE} characters).")
    key = sender_key(address)
    with transaction.atomic():
        take_turn()
        check_limits(key, VisitorSuggestion.Kind.PROBLEM)
        return VisitorSuggestion.objects.create(
            kind=VisitorSuggestion.Kind.PROBLEM,
            resource=resource,
            problem=problem,
            note=note,
            contact=contact,
            sender=key,
        )
