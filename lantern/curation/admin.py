"""Curation in the admin: quality flags to resolve or dismiss, and each resource's history."""

from __future__ import annotations

from django.contrib import admin, messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from lantern.catalog import permissions
from lantern.catalog.admin import ResourceAdmin
from lantern.catalog.models import Resource
from lantern.curation import history
from lantern.curation.models import Flag, Revision


@admin.register(Flag)
class FlagAdmin(admin.ModelAdmin):
    list_display = ["kind", "resource_link", "other_link", "score", "status", "created_at"]
    list_filter = ["status", "kind"]
    search_fields = ["resource__title", "other__title", "note"]
    readonly_fields = ["resource", "other", "kind", "score", "reasons", "created_at", "decided_at", "decided_by"]
    fields = [
        "kind",
        "resource",
        "other",
        "score",
        "reasons",
        "status",
        "note",
        "created_at",
        "decided_at",
        "decided_by",
    ]
    actions = ["dismiss"]

    @admin.display(description=_("resource"))
    def resource_link(self, flag: Flag):
        return format_html(
            '<a href="{}">{}</a>', reverse("admin:catalog_resource_change", args=[flag.resource_id]), flag.resource
        )

    @admin.display(description=_("other resource"))
    def other_link(self, flag: Flag):
        if not flag.other_id:
            return "—"
        return format_html(
            '<a href="{}">{}</a>', reverse("admin:catalog_resource_change", args=[flag.other_id]), flag.other
        )

    def save_model(self, request, obj: Flag, form, change) -> None:
        if "status" in form.changed_data and obj.status != Flag.Status.OPEN:
            obj.decide(obj.status, obj.note, request.user)
        else:
            super().save_model(request, obj, form, change)

    @admin.action(description=_("Dismiss the selected flags (not a problem)"))
    def dismiss(self, request, queryset):
        for flag in queryset.filter(status=Flag.Status.OPEN):
            flag.decide(Flag.Status.DISMISSED, flag.note or "Dismissed from the list", request.user)


class RevisionInline(admin.TabularInline):
    model = Revision
    extra = 0
    can_delete = False
    fields = ["number", "created_at", "user", "source", "what_changed", "restore_link"]
    readonly_fields = fields
    ordering = ["-number"]
    verbose_name_plural = _("history")

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    @admin.display(description=_("changes"))
    def what_changed(self, revision: Revision):
        return history.readable(revision)

    @admin.display(description="")
    def restore_link(self, revision: Revision):
        if revision.number == revision.resource.revisions.order_by("-number").values_list("number", flat=True).first():
            return _("current")
        return format_html(
            '<a href="{}">{}</a>', reverse("admin:curation_restore", args=[revision.pk]), _("Restore this version")
        )


admin.site.unregister(Resource)


@admin.register(Resource)
class CuratedResourceAdmin(ResourceAdmin):
    """The catalogue's resource admin with its history shown and restorable."""

    inlines = [*ResourceAdmin.inlines, RevisionInline]

    def get_urls(self):
        restore = path(
            "revision/<int:pk>/restore/", self.admin_site.admin_view(self.restore_view), name="curation_restore"
        )
        return [restore, *super().get_urls()]

    def restore_view(self, request, pk: int):
        revision = get_object_or_404(Revision, pk=pk)
        change_url = reverse("admin:catalog_resource_change", args=[revision.resource_id])
        if request.method != "POST":
            return self._confirm_restore(request, revision, change_url)
        status = revision.snapshot.get("status", revision.resource.status)
        problem = permissions.check_status_change(request.user, revision.resource, status)
        if problem or not permissions.can_edit(request.user, revision.resource):
            messages.error(request, problem or _("You may not edit this resource."))
            return redirect(change_url)
        history.restore(revision, request.user)
        messages.success(request, _("Revision %(n)d restored.") % {"n": revision.number})
        return redirect(change_url)

    def _confirm_restore(self, request, revision, change_url):
        from django.template.response import TemplateResponse

        context = {
            **self.admin_site.each_context(request),
            "revision": revision,
            "changes": history.readable(revision),
            "change_url": change_url,
            "title": _("Restore revision %(n)d?") % {"n": revision.number},
        }
        return TemplateResponse(request, "curation/restore_confirm.html", context)
