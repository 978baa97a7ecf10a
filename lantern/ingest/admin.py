"""Curators' admin for ingestion: upload files or paste URLs, follow jobs, accept or reject suggestions."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from lantern.catalog import permissions
from lantern.catalog.lookups import Lookups
from lantern.catalog.models import Country, Language, ResourcePublisher, Topic
from lantern.catalog.records import parse_date
from lantern.ingest import jobs
from lantern.ingest.models import IngestJob, Suggestion
from lantern.ingest.sources.url import is_url

MAX_URLS = 100


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(item, initial) for item in data if item]
        return [single(data, initial)] if data else []


class UploadForm(forms.Form):
    files = MultipleFileField(label=_("Files (PDF, Word, HTML, text)"), required=False)
    urls = forms.CharField(
        label=_("URLs, one a line"), required=False, widget=forms.Textarea(attrs={"rows": 6, "cols": 80})
    )

    def clean_urls(self) -> list[str]:
        lines = [line.strip() for line in self.cleaned_data["urls"].splitlines() if line.strip()]
        bad = [line for line in lines if not is_url(line)]
        if bad:
            raise forms.ValidationError(_("Not an http(s) address: %(urls)s"), params={"urls": ", ".join(bad[:5])})
        if len(lines) > MAX_URLS:
            raise forms.ValidationError(_("At most %(n)d URLs at a time."), params={"n": MAX_URLS})
        return lines

    def clean(self):
        data = super().clean()
        if not data.get("files") and not data.get("urls") and not self.errors:
            raise forms.ValidationError(_("Choose files or paste URLs."))
        return data


@admin.register(IngestJob)
class IngestJobAdmin(admin.ModelAdmin):
    list_display = [
        "id",
        "source_short",
        "status",
        "source_type",
        "progress",
        "attempts",
        "resource_link",
        "created_at",
    ]
    list_filter = ["status", "source_type"]
    search_fields = ["source", "sha256", "error"]
    readonly_fields = [f.name for f in IngestJob._meta.fields] + ["steps_table"]
    exclude = ["steps"]
    list_per_page = 50

    def has_add_permission(self, request):
        return permissions.at_least(request.user, permissions.CONTRIBUTOR)

    def has_change_permission(self, request, obj=None):
        return False

    def has_view_permission(self, request, obj=None):
        return permissions.at_least(request.user, permissions.CONTRIBUTOR)

    def has_module_permission(self, request):
        return self.has_view_permission(request)

    def get_urls(self):
        upload = self.admin_site.admin_view(self.upload_view)
        return [path("upload/", upload, name="ingest_ingestjob_upload"), *super().get_urls()]

    def add_view(self, request, form_url="", extra_context=None):
        return redirect("admin:ingest_ingestjob_upload")

    def upload_view(self, request):
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = UploadForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            created = []
            with transaction.atomic():
                for upload in form.cleaned_data["files"]:
                    created.append(jobs.create(upload.name, upload=upload, user=request.user))
                for address in form.cleaned_data["urls"]:
                    created.append(jobs.create(address, url=address, user=request.user))
            messages.success(request, _("%(n)d document(s) queued for ingestion.") % {"n": len(created)})
            return redirect("admin:ingest_ingestjob_changelist")
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "form": form,
            "title": _("Add documents: upload files or paste URLs"),
        }
        return TemplateResponse(request, "admin/ingest/upload.html", context)

    @admin.display(description=_("source"))
    def source_short(self, obj: IngestJob) -> str:
        return obj.source if len(obj.source) < 70 else "…" + obj.source[-68:]

    @admin.display(description=_("resource"))
    def resource_link(self, obj: IngestJob):
        if not obj.resource_id:
            return obj.error[:80] if obj.error else ""
        url = reverse("admin:catalog_resource_change", args=[obj.resource_id])
        return format_html('<a href="{}">{}</a>', url, obj.resource.title[:60])

    @admin.display(description=_("steps"))
    def steps_table(self, obj: IngestJob) -> str:
        return ", ".join(f"{s['step']} {s['seconds']:.2f} s" for s in obj.steps) or "—"


@admin.register(Suggestion)
class SuggestionAdmin(admin.ModelAdmin):
    list_display = ["resource", "field", "label", "confidence_percent", "evidence", "applied", "status"]
    list_filter = ["status", "field", "applied"]
    search_fields = ["resource__title", "label", "value"]
    readonly_fields = ["resource", "job", "field", "value", "label", "confidence", "evidence", "applied", "created_at"]
    actions = ["accept", "reject"]

    def has_add_permission(self, request):
        return False

    def has_view_permission(self, request, obj=None):
        return permissions.at_least(request.user, permissions.CONTRIBUTOR)

    def has_change_permission(self, request, obj=None):
        return permissions.can_edit(request.user, obj.resource if obj else None)

    def has_module_permission(self, request):
        return self.has_view_permission(request)

    @admin.display(description=_("confidence"), ordering="confidence")
    def confidence_percent(self, obj: Suggestion) -> str:
        return f"{obj.confidence:.0%}"

    @admin.action(description=_("Accept: put the selected suggestions on their resources"))
    def accept(self, request, queryset):
        done = 0
        for suggestion in queryset.select_related("resource"):
            if not permissions.can_edit(request.user, suggestion.resource):
                continue
            with transaction.atomic():
                apply(suggestion)
                suggestion.status, suggestion.applied = Suggestion.Status.ACCEPTED, True
                suggestion.save(update_fields=["status", "applied"])
            done += 1
        messages.success(request, _("%(n)d suggestion(s) accepted.") % {"n": done})

    @admin.action(description=_("Reject the selected suggestions"))
    def reject(self, request, queryset):
        count = queryset.update(status=Suggestion.Status.REJECTED)
        messages.success(request, _("%(n)d suggestion(s) rejected.") % {"n": count})


def apply(suggestion: Suggestion) -> None:
    """Put an accepted suggestion on its resource."""
    resource = suggestion.resource
    if suggestion.field == Suggestion.Field.TYPE:
        resource.type = suggestion.value
        resource.save(update_fields=["type", "updated_at"])
    elif suggestion.field == Suggestion.Field.TOPIC:
        resource.topics.add(*Topic.objects.filter(slug=suggestion.value))
    elif suggestion.field == Suggestion.Field.COUNTRY:
        resource.countries.add(*Country.objects.filter(code=suggestion.value))
    elif suggestion.field == Suggestion.Field.LANGUAGE:
        resource.languages.add(*Language.objects.filter(code=suggestion.value))
    elif suggestion.field == Suggestion.Field.PUBLISHER:
        organisation = Lookups.organisation(suggestion.value)
        ResourcePublisher.objects.get_or_create(
            resource=resource, organisation=organisation, defaults={"position": resource.publisher_links.count()}
        )
    elif suggestion.field == Suggestion.Field.DATE:
        resource.published_date, resource.date_precision = parse_date(suggestion.value)
        resource.save(update_fields=["published_date", "date_precision", "updated_at"])
