"""The catalogue's version: numbers in the database that every per-process copy and cache keys on."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class CatalogueVersion(models.Model):
    """One counter per name, raised after every committed change (``lantern.catalog.versions``).

    The row named ``catalogue`` goes up with every change to what the public can see; the other
    rows (``topics``, ``organisations``, ``titles``, ``vocabulary``…) go up with it when that part
    changed, so a copy of one part can outlive changes to the rest. In the database, so that every
    process (web, worker, ``lantern import``, on one machine or several) agrees on them.
    """

    name = models.CharField(_("name"), max_length=20, primary_key=True)
    number = models.BigIntegerField(_("number"), default=0)

    class Meta:
        verbose_name = _("catalogue version")

    def __str__(self) -> str:
        return f"{self.name} {self.number}"
