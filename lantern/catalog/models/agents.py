"""Who makes resources: organisations (with the partnerships they form) and people."""

from __future__ import annotations

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from lantern.catalog.models.vocabulary import Country, lines
from lantern.lib.text import unique_slug


class OrganisationQuerySet(models.QuerySet):
    def public(self) -> OrganisationQuerySet:
        """Organisations that publish at least one published resource: the only ones a public place
        (pages, lists, API, OAI-PMH, sitemap, feeds) may name. A draft's new publisher stays unseen."""
        from lantern.catalog.models.resources import Resource  # which itself names organisations

        return self.filter(models.Exists(Resource.objects.published().filter(publishers=models.OuterRef("pk"))))

    def named(self, name: str) -> Organisation | None:
        """The organisation called ``name`` by its name, acronym or one of its aliases (any case)."""
        name = " ".join((name or "").split())
        if not name:
            return None
        # One query: the name/acronym matches (compared by the database, as before) and the
        # organisations that may have the name as an alias (compared here, in any case). The
        # database's contains is case-blind for ASCII only, so other names check every alias.
        exact = models.Q(name__iexact=name) | models.Q(acronym__iexact=name)
        maybe_alias = models.Q(aliases__icontains=name) if name.isascii() else ~models.Q(aliases="")
        rows = self.filter(exact | maybe_alias).annotate(
            is_exact=models.ExpressionWrapper(exact, output_field=models.BooleanField())
        )
        if not rows.ordered:
            rows = rows.order_by("pk")  # as .first() would
        lowered, by_alias = name.lower(), None
        for org in rows:
            if org.is_exact:
                return org
            if by_alias is None and lowered in (a.lower() for a in org.alias_list):
                by_alias = org
        return by_alias

    def named_many(self, names: Iterable[str]) -> dict[str, Organisation]:
        """``named`` for many names at once, in two queries: each name found → its organisation.

        The same rules: a name or acronym first, else an alias, the oldest organisation of each
        kind first; names in any case (names the database cannot lower-case, outside ASCII, are
        looked up one by one as ``named`` does)."""
        wanted = {" ".join((name or "").split()) for name in names} - {""}
        keys = {name.lower() for name in wanted}
        found: dict[str, Organisation] = {}
        if not keys:
            return {}
        exact = self.annotate(_name=Lower("name"), _acronym=Lower("acronym"))
        for org in exact.filter(models.Q(_name__in=keys) | models.Q(_acronym__in=keys)).order_by("pk"):
            for key in (org.name.lower(), org.acronym.lower()):
                if key in keys:
                    found.setdefault(key, org)
        if keys - found.keys():
            for org in self.exclude(aliases="").order_by("pk"):
                for alias in org.alias_list:
                    if (key := alias.lower()) in keys and key not in found:
                        found[key] = org
        result = {name: found[name.lower()] for name in wanted if name.lower() in found}
        for name in wanted - result.keys():
            if not name.isascii() and (org := self.named(name)) is not None:
                result[name] = org
        return result


class Organisation(models.Model):
    class Kind(models.TextChoices):
        NGO = "ngo", _("NGO")
        GOVERNMENT = "government", _("Government")
        INTERGOVERNMENTAL = "intergovernmental", _("Intergovernmental")
        ACADEMIC = "academic", _("Academic")
        BUSINESS = "business", _("Business")
        PARTNERSHIP = "partnership", _("Partnership")

    name = models.CharField(_("name"), max_length=200, unique=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True, blank=True)
    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    aliases = models.TextField(_("aliases"), blank=True, help_text=_("Other names, one per line."))
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, blank=True)
    country = models.ForeignKey(Country, verbose_name=_("country"), null=True, blank=True, on_delete=models.PROTECT)
    website = models.URLField(_("website"), max_length=500, blank=True)
    description = models.TextField(_("description"), blank=True)

    objects = OrganisationQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")

    def __str__(self) -> str:
        return self.name

    @property
    def alias_list(self) -> list[str]:
        return lines(self.aliases)

    def save(self, *args, **kwargs) -> None:
        if not self.slug:
            others = Organisation.objects.exclude(pk=self.pk)
            self.slug = unique_slug(self.name, lambda s: others.filter(slug=s).exists())
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("public:organisation", args=[self.slug])


class Person(models.Model):
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=80, unique=True, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        if not self.slug:
            others = Person.objects.exclude(pk=self.pk)
            self.slug = unique_slug(self.name, lambda s: others.filter(slug=s).exists())
        super().save(*args, **kwargs)


class Membership(models.Model):
    """An organisation's place in a partnership: an organisation of kind ``partnership`` (a
    network, alliance or coalition) with another organisation as one of its members."""

    partnership = models.ForeignKey(
        Organisation,
        verbose_name=_("partnership"),
        on_delete=models.CASCADE,
        related_name="member_links",
        limit_choices_to={"kind": Organisation.Kind.PARTNERSHIP},
    )
    member = models.ForeignKey(
        Organisation, verbose_name=_("member"), on_delete=models.CASCADE, related_name="partnership_links"
    )
    role = models.CharField(_("role"), max_length=100, blank=True, help_text=_("For example: founding member, chair."))

    class Meta:
        ordering = ["partnership__name", "member__name"]
        constraints = [
            models.UniqueConstraint(fields=["partnership", "member"], name="unique_membership"),
            models.CheckConstraint(condition=~models.Q(partnership=models.F("member")), name="membership_not_self"),
        ]
        verbose_name = _("membership")

    def __str__(self) -> str:
        return f"{self.member} in {self.partnership}"

    def clean(self) -> None:
        if self.partnership_id and self.partnership.kind != Organisation.Kind.PARTNERSHIP:
            raise ValidationError({"partnership": _("Only an organisation of kind “Partnership” has members.")})
        if self.partnership_id and self.partnership_id == self.member_id:
            raise ValidationError({"member": _("A partnership cannot be its own member.")})
