"""Visitors suggest resources: a URL or a file, and a note. Each becomes a draft through
ingestion and waits for a curator; nothing a visitor sends is ever published without review.

Abuse is kept down without cookies or third parties: a honeypot field, a size limit, and a
rate limit per sender — counted on a keyed hash of the address, never the address itself, and
the hash emptied once the hour has passed — that holds under parallel posts and across web
processes (the count and the insert are one turn at the ``SuggestionGate``, in the database).
"""

from __future__ import annotations

import hashlib
import hmac
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from lantern.curation.models import SuggestionGate, VisitorSuggestion
from lantern.lib.netguard import NetError, check_address

MAX_NOTE = 2000


class Refused(Exception):
    """The suggestion cannot be taken; the message says why, in words for the visitor."""


class TooMany(Refused):
    """This sender has sent as many as an hour allows."""


class Paused(Refused):
    """The whole hub has had as many as an hour allows, from every sender together."""


class Spam(Exception):
    """A bot filled in the honeypot: answer as if all went well, keep nothing."""


def sender_key(address: str) -> str:
    return hmac.new(settings.SECRET_KEY.encode(), (address or "").encode(), hashlib.sha256).hexdigest()


def submit(
    *, url: str = "", upload=None, note: str, contact: str = "", address: str = "", honeypot: str = ""
) -> VisitorSuggestion:
    if honeypot.strip():
        raise Spam()
    url, note = (url or "").strip(), (note or "").strip()
    if not url and upload is None:
        raise Refused("Give the address of the resource or attach its file.")
    if url and upload is not None:
        raise Refused("Give an address or a file, not both.")
    if len(note) > MAX_NOTE:
        raise Refused(f"The note is too long (at most {MAX_NOTE} characters).")
    if upload is not None and upload.size > settings.LANTERN_SUGGEST_MAX_MB * 1024 * 1024:
        raise Refused(f"The file is too large (at most {settings.LANTERN_SUGGEST_MAX_MB} MB).")
    if url:
        _check_url(url)
    key = sender_key(address)
    from lantern.ingest import jobs  # curation reads from ingestion; ingestion never imports curation

    with transaction.atomic():
        take_turn()
        check_limits(key, VisitorSuggestion.Kind.SUGGESTION)
        suggestion = VisitorSuggestion.objects.create(
            url=url[:1000],
            filename=(upload.name if upload is not None else "")[:255],
            note=note,
            contact=contact[:254],
            sender=key,
        )
        job = jobs.create(f"suggestion {suggestion.pk}: {url or upload.name}", url=url, upload=upload, review_only=True)
        suggestion.job_id = job.pk
        suggestion.save(update_fields=["job_id"])
    return suggestion


def take_turn() -> None:
    """Waits until no other suggestion or report is being counted and added, and holds the turn
    until this transaction ends (call it inside ``transaction.atomic()``). It must come before the counts: a count read first would let parallel posts
    all see room under the limit and all be kept."""
    if not SuggestionGate.objects.filter(pk=1).update(passed=F("passed") + 1):
        SuggestionGate.objects.get_or_create(pk=1)
        SuggestionGate.objects.filter(pk=1).update(passed=F("passed") + 1)


def check_limits(key: str, kind: str) -> None:
    """``TooMany`` or ``Paused`` if the last hour already holds as many of this kind (suggestions,
    or problem reports) as the limits allow; take the turn first."""
    hour_ago = timezone.now() - timedelta(hours=1)
    # The sender's hash is kept for the limit's hour only: after it, nothing ties a suggestion or
    # a report to the others of the same visitor.
    VisitorSuggestion.objects.filter(created_at__lt=hour_ago).exclude(sender="").update(sender="")
    recent = VisitorSuggestion.objects.filter(created_at__gte=hour_ago, kind=kind)
    if recent.filter(sender=key).count() >= settings.LANTERN_SUGGEST_PER_HOUR:
        raise TooMany("Thank you — you have sent several suggestions in the last hour. Please try again later.")
    if recent.count() >= settings.LANTERN_SUGGEST_PER_HOUR * 20:
        raise Paused("Suggestions are paused for a while. Please try again later.")


def _check_url(url: str) -> None:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise Refused("The address must start with http:// or https://.")
    try:
        # A first look before a job is made; the ingestion job's fetch checks again, at every redirect.
        check_address(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80))
    except NetError as exc:
        raise Refused("That address cannot be used: " + str(exc)) from exc
    except ValueError as exc:
        raise Refused("That address is not valid.") from exc
