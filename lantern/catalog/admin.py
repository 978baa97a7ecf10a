"""The curators' admin for the catalogue."""

from __future__ import annotations

from django.contrib import admin
from django.db import models as db_models
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from lantern.catalog import models, permissions
from lantern.catalog.signals import resource_changed

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
    autocomplete_fields = ["translation_of", "superseded_by", "part_of", "series"]
    filter_horizontal = ["topics", "countries", "languages", "collections"]
    inlines = [PublisherInline, AuthorInline, AttachmentInline, IdentifierInline]
    readonly_fields = ["created_at", "updated_at", "first_published_at"]
    list_per_page = 50
    date_hierarchy = "published_date"
    actions = ["publish", "submit_for_review", "unpublish_to_draft"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "type", "teaser", "summary", "description"]}),
        (_("Date"), {"fields": [("published_date", "date_precision")]}),
        (_("Subjects and places"), {"fields": ["topics", "countries", "languages", "collections"]}),
        (_("Source and rights"), {"fields": ["source_url", "licence"]}),
        (_("Versions"), {"fields": ["translation_of", ("series", "edition"), "superseded_by", "part_of"]}),
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

    # Roles: every rule comes from lantern.catalog.permissions.
    def has_change_permission(self, request, obj=None) -> bool:
        return super().has_change_permission(request, obj) and permissions.can_edit(request.user, obj)

    def has_delete_permission(self, request, obj=None) -> bool:
        return super().has_delete_permission(request, obj) and permissions.can_delete(request.user, obj)

    def has_publish_permission(self, request) -> bool:
        return permissions.can_publish(request.user)

    def has_submit_permission(self, request) -> bool:
        return permissions.at_least(request.user, permissions.CONTRIBUTOR)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        allowed = permissions.allowed_statuses(request.user)
        if "status" in form.base_fields:
            field = form.base_fields["status"]
            field.choices = [c for c in field.choices if c[0] in allowed]
            if not change and models.Resource.Status.DRAFT in allowed:
                field.initial = models.Resource.Status.DRAFT
        return form

    def save_related(self, request, form, formsets, change) -> None:
        super().save_related(request, form, formsets, change)
        resource_changed.send(sender=models.Resource, resource=form.instance, user=request.user, source="admin")

    def _set_status(self, request, queryset, status: str, verb: str) -> None:
        count = 0
        for resource in queryset.exclude(status=status):
            if permissions.check_status_change(request.user, resource, status):
                continue
            resource.status = status
            resource.save()
            resource_changed.send(sender=models.Resource, resource=resource, user=request.user, source="admin")
            count += 1
        self.message_user(request, _("%(count)d resource(s) %(verb)s.") % {"count": count, "verb": verb})

    @admin.action(description=_("Publish the selected resources"), permissions=["publish"])
    def publish(self, request, queryset):
        self._set_status(request, queryset, models.Resource.Status.PUBLISHED, _("published"))

    @admin.action(description=_("Submit the selected resources for review"), permissions=["submit"])
    def submit_for_review(self, request, queryset):
        self._set_status(request, queryset, models.Resource.Status.REVIEW, _("submitted for review"))

    @admin.action(description=_("Reject: send the selected resources back to draft"), permissions=["publish"])
    def unpublish_to_draft(self, request, queryset):
        self._set_status(request, queryset, models.Resource.Status.DRAFT, _("moved to draft"))


class SharedNamesAdmin(admin.ModelAdmin):
    """The admin of names shared by many resources: who may change them is ``permissions.can_manage_names``.

    Others with the view permission (contributors, who pick them for their drafts) see them read-only.
    """

    def has_add_permission(self, request) -> bool:
        return super().has_add_permission(request) and permissions.can_manage_names(request.user)

    def has_change_permission(self, request, obj=None) -> bool:
        return super().has_change_permission(request, obj) and permissions.can_manage_names(request.user)

    def has_delete_permission(self, request, obj=None) -> bool:
        return super().has_delete_permission(request, obj) and permissions.can_manage_names(request.user)


class MemberInline(admin.TabularInline):
    """On a partnership's page: its members."""

    model = models.Membership
    fk_name = "partnership"
    extra = 0
    autocomplete_fields = ["member"]
    fields = ["member", "role"]
    verbose_name = _("member")
    verbose_name_plural = _("members (when this organisation is a partnership)")


class PartnershipInline(admin.TabularInline):
    """On any organisation's page: the partnerships it belongs to."""

    model = models.Membership
    fk_name = "member"
    extra = 0
    autocomplete_fields = ["partnership"]
    fields = ["partnership", "role"]
    verbose_name = _("partnership")
    verbose_name_plural = _("partnerships it belongs to")


@admin.register(models.Organisation)
class OrganisationAdmin(SharedNamesAdmin):
    formfield_overrides = URL_HTTPS
    list_display = ["name", "acronym", "kind", "country", "resource_count"]
    list_filter = ["kind"]
    search_fields = ["name", "acronym", "aliases"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["country"]
    inlines = [MemberInline, PartnershipInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(n=Count("resources"))

    @admin.display(description=_("resources"), ordering="n")
    def resource_count(self, obj) -> int:
        return obj.n


@admin.register(models.Person)
class PersonAdmin(SharedNamesAdmin):
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(models.Topic)
class TopicAdmin(SharedNamesAdmin):
    list_display = ["name", "slug", "parent", "position"]
    list_filter = ["parent"]
    search_fields = ["name", "slug", "synonyms", "name_fr", "name_es"]
    prepopulated_fields = {"slug": ["name"]}
    list_editable = ["position"]


@admin.register(models.Collection)
class CollectionAdmin(SharedNamesAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(models.Series)
class SeriesAdmin(SharedNamesAdmin):
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
