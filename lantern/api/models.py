"""API tokens: how editors' scripts authenticate to the write endpoints.

Only a SHA-256 hash of each token is stored; the token itself is shown once, when made.
"""

from __future__ import annotations

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

PREFIX = "lt_"


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class ApiToken(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(_("name"), max_length=100, help_text=_("What the token is for."))
    key_hash = models.CharField(_("key hash"), max_length=64, unique=True, editable=False)
    key_start = models.CharField(_("key starts with"), max_length=12, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("API token")

    def __str__(self) -> str:
        return f"{self.name} ({self.key_start}…)"

    @classmethod
    def issue(cls, user, name: str) -> tuple[ApiToken, str]:
        """Create a token for ``user``; returns (row, the token text — shown only now)."""
        token = PREFIX + secrets.token_urlsafe(32)
        row = cls.objects.create(user=user, name=name[:100], key_hash=hash_token(token), key_start=token[:10])
        return row, token

    @classmethod
    def authenticate(cls, token: str):
        """The active user a token belongs to, or None."""
        if not token or not token.startswith(PREFIX) or len(token) > 200:
            return None
        row = cls.objects.select_related("user").filter(key_hash=hash_token(token)).first()
        if row is None or not row.user.is_active:
            return None
        if row.last_used_at is None or (timezone.now() - row.last_used_at).total_seconds() > 60:
            cls.objects.filter(pk=row.pk).update(last_used_at=timezone.now())
        return row.user


class HarvestSource(models.Model):
    """An OAI-PMH repository (and set) that ``lantern harvest`` has read, for incremental runs."""

    base_url = models.URLField(_("base URL"), max_length=500)
    set_spec = models.CharField(_("set"), max_length=200, blank=True)
    last_response_date = models.CharField(
        _("last response date"), max_length=20, blank=True, help_text=_("The repository's clock at the last full run.")
    )
    last_run_at = models.DateTimeField(_("last run"), null=True, blank=True)
    last_report = models.JSONField(_("last report"), default=dict, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["base_url", "set_spec"], name="unique_harvest_source")]
        verbose_name = _("harvest source")

    def __str__(self) -> str:
        return f"{self.base_url} [{self.set_spec}]" if self.set_spec else self.base_url


class RateCount(models.Model):
    """How many requests one client made in one window of a rate limit (``lantern.api.limits``).

    Counted in the database so that every web process on it shares one count. ``bucket`` is a
    keyed hash of the limit's name and the client (a token or an address, never kept as such);
    a row is deleted once its window has passed.
    """

    bucket = models.CharField(max_length=64)
    window_start = models.BigIntegerField()  # seconds since the epoch
    ends = models.BigIntegerField(db_index=True)  # seconds since the epoch: purged from then on
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["bucket", "window_start"], name="unique_rate_window")]

    def __str__(self) -> str:
        return f"{self.bucket[:8]}… {self.count} from {self.window_start}"
