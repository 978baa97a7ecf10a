"""The curators' admin for the catalogue."""

from __future__ import annotations

from django.contrib import admin
from django.db import models as db_models
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from lantern.catalog import models

# URLs typed without a scheme are taken as https (Django 6's default; 5.2 still assumes http).
URL_HTTPS = {db_models.URLField: {"assume_scheme": "https"}}


class PublisherInline(admin.TabularInline):
    model = models.ResourcePublisher
    extra = 1
    autocomplete_fields = ["organisation"]
    fields = ["organisation", "position"]


class AuthorInline(admin.TabularInline):
    model = models.ResourceAuthor
    extra = 1
    autocomplete_fields = ["person"]
    fields = ["person", "position"]


class AttachmentInline(admin.StackedInline):
    formfield_overrides = URL_HTTPS
    model = models.Attachment
    extra = 0
    fields = [("file", "url"), ("label", "filename"), ("media_type", "size", "page_count"), "sha256", "position"]
    readonly_fields = ["sha256"]


class IdentifierInline(admin.TabularInline):
    model = models.Identifier
    extra = 1


@admin.register(models.Resource)
class ResourceAdmin(admin.ModelAdmin):
    formfield_overrides = URL_HTTPS
    list_display = ["title", "type", "status", "date_display", "featured", "updated_at"]
    list_filter = ["status", "type", "featured", "provenance", "languages", "collections", "topics"]
    search_fields = ["title", "teaser", "summary", "slug", "source_url", "identifiers__value"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["translation_of", "superseded_by", "series"]
    filter_horizontal = ["topics", "countries", "languages", "collections"]
    inlines = [PublisherInline, AuthorInline, AttachmentInline, IdentifierInline]
    readonly_fields = ["created_at", "updated_at", "first_published_at"]
    list_per_page = 50
    date_hierarchy = "published_date"
    actions = ["publish", "unpublish_to_draft"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "type", "teaser", "summary", "description"]}),
        (_("Date"), {"fields": [("published_date", "date_precision")]}),
        (_("Subjects and places"), {"fields": ["topics", "countries", "languages", "collections"]}),
        (_("Source and rights"), {"fields": ["source_url", "licence"]}),
        (_("Versions"), {"fields": ["translation_of", ("series", "edition"), "superseded_by"]}),
        (_("Status"), {"fields": ["status", "withdrawn_reason", "featured"]}),
        (
            _("Provenance"),
            {
                "classes": ["collapse"],
                "fields": ["provenance", "provenance_detail", "created_at", "updated_at", "first_published_at"],
            },
        ),
    ]

    @admin.display(description=_("date"), ordering="published_date")
    def date_display(self, obj: models.Resource) -> str:
        return obj.date_display

    @admin.action(description=_("Publish the selected resources"))
    def publish(self, request, queryset):
        count = 0
        for resource in queryset.exclude(status=models.Resource.Status.PUBLISHED):
            resource.status = models.Resource.Status.PUBLISHED
            resource.save()
            count += 1
        self.message_user(request, _("%(count)d resource(s) published.") % {"count": count})

    @admin.action(description=_("Move the selected resources back to draft"))
    def unpublish_to_draft(self, request, queryset):
        count = 0
        for resource in queryset.exclude(status=models.Resource.Status.DRAFT):
            resource.status = models.Resource.Status.DRAFT
            resource.save()
            count += 1
        self.message_user(request, _("%(count)d resource(s) moved to draft.") % {"count": count})


@admin.register(models.Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    formfield_overrides = URL_HTTPS
    list_display = ["name", "acronym", "kind", "country", "resource_count"]
    list_filter = ["kind"]
    search_fields = ["name", "acronym", "aliases"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["country"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(n=Count("resources"))

    @admin.display(description=_("resources"), ordering="n")
    def resource_count(self, obj) -> int:
        return obj.n


@admin.register(models.Person)
class PersonAdmin(admin.ModelAdmin):
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(models.Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "parent", "position"]
    list_filter = ["parent"]
    search_fields = ["name", "slug", "synonyms", "name_fr", "name_es"]
    prepopulated_fields = {"slug": ["name"]}
    list_editable = ["position"]


@admin.register(models.Collection)
class CollectionAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(models.Series)
class SeriesAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(models.Country)
class CountryAdmin(admin.ModelAdmin):
    list_display = ["name", "code", "region", "subregion"]
    list_filter = ["region"]
    search_fields = ["name", "code"]


@admin.register(models.Language)
class LanguageAdmin(admin.ModelAdmin):
    list_display = ["name", "code"]
    search_fields = ["name", "code"]
