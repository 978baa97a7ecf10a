"""The public site keeps one number: the catalogue's version, which keys the page cache."""

from __future__ import annotations

from django.db import models


class CatalogueVersion(models.Model):
    """A single row whose number goes up after every committed change to what the public sees.

    It lives in the database so that every process (web workers, the ingestion worker,
    ``lantern import``, on one machine or several) agrees on it; see ``lantern.public.pagecache``.
    """

    number = models.BigIntegerField(default=0)

    class Meta:
        verbose_name = "catalogue version"

    def __str__(self) -> str:
        return str(self.number)
