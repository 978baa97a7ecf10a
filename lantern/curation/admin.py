"""Curation in the admin: quality flags to resolve or dismiss, and each resource's history."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join, linebreaks
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from lantern.catalog import permissions
from lantern.catalog.admin import ResourceAdmin
from lantern.catalog.models import Resource
from lantern.curation import history, links, relations
from lantern.curation import merge as merging
from lantern.curation.models import Flag, Merge, Revision, VisitorSuggestion


class MergeForm(forms.Form):
    """For each field that differs: keep the kept resource's value, or take the other's."""

    def __init__(self, kept: Resource, other: Resource, *args, **kwargs):
        super().__init__(*args, **kwargs)
        ours, theirs = history.snapshot(kept), history.snapshot(other)
        for name in merging.CHOOSABLE:
            if ours.get(name) != theirs.get(name):
                self.fields[name] = forms.ChoiceField(
                    label=name.replace("_", " ").capitalize(),
                    widget=forms.RadioSelect,
                    initial="kept",
                    choices=[("kept", str(ours.get(name) or "—")[:300]), ("other", str(theirs.get(name) or "—")[:300])],
                )

    def taken_from_other(self) -> list[str]:
        return [name for name, choice in self.cleaned_data.items() if choice == "other"]


@admin.register(Flag)
class FlagAdmin(admin.ModelAdmin):
    list_display = ["kind", "resource_link", "other_link", "score", "status", "created_at"]
    list_filter = ["status", "kind"]
    search_fields = ["resource__title", "other__title", "note"]
    readonly_fields = [
        "resource",
        "other",
        "kind",
        "score",
        "reasons",
        "merge_links",
        "created_at",
        "decided_at",
        "decided_by",
    ]
    fields = [
        "kind",
        "resource",
        "other",
        "score",
        "reasons",
        "merge_links",
        "status",
        "note",
        "created_at",
        "decided_at",
        "decided_by",
    ]
    actions = ["dismiss", "accept_links"]

    @admin.action(description=_("Link the selected pairs as proposed (edition, translation or part)"))
    def accept_links(self, request, queryset):
        if not permissions.can_publish(request.user):
            messages.error(request, _("Only editors can link resources."))
            return
        done = 0
        for flag in queryset.filter(status=Flag.Status.OPEN, kind__in=relations.KINDS, other__isnull=False):
            relations.link(flag.resource, flag.other, flag.kind, user=request.user)
            flag.decide(Flag.Status.RESOLVED, f"Linked as {flag.kind}", request.user)
            done += 1
        self.message_user(request, _("%(n)d pair(s) linked.") % {"n": done})

    def get_urls(self):
        merge = path(
            "<int:flag_id>/merge/<str:keep>/", self.admin_site.admin_view(self.merge_view), name="curation_flag_merge"
        )
        return [merge, *super().get_urls()]

    @admin.display(description=_("merge"))
    def merge_links(self, flag: Flag):
        if flag.kind != Flag.Kind.DUPLICATE or not flag.other_id or flag.status != Flag.Status.OPEN:
            return "—"
        return format_html(
            '<a href="{}">Keep “{}” and merge the other into it</a><br><a href="{}">Keep “{}” and merge the other into it</a>',
            reverse("admin:curation_flag_merge", args=[flag.pk, "first"]),
            flag.resource,
            reverse("admin:curation_flag_merge", args=[flag.pk, "second"]),
            flag.other,
        )

    def merge_view(self, request, flag_id: int, keep: str):
        flag = get_object_or_404(Flag, pk=flag_id, other__isnull=False)
        kept, other = (flag.resource, flag.other) if keep == "first" else (flag.other, flag.resource)
        if not (permissions.can_publish(request.user) and permissions.can_edit(request.user, kept)):
            messages.error(request, _("Only editors can merge resources."))
            return redirect("admin:curation_flag_change", flag.pk)
        form = MergeForm(kept, other, request.POST or None)
        if request.method == "POST" and form.is_valid():
            operation = merging.merge(kept, other, form.taken_from_other(), user=request.user)
            flag.decide(Flag.Status.RESOLVED, f"Merged into {kept.slug}", request.user)
            undo_url = reverse("admin:curation_merge_undo", args=[operation.pk])
            messages.success(request, format_html('Merged. <a href="{}">Undo this merge</a>.', undo_url))
            return redirect("admin:catalog_resource_change", kept.pk)
        title = _("Merge “%(other)s” into “%(kept)s”") % {"other": other, "kept": kept}
        context = {
            **self.admin_site.each_context(request),
            "form": form,
            "kept": kept,
            "other": other,
            "flag": flag,
            "title": title,
        }
        return TemplateResponse(request, "curation/merge.html", context)

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


class SuggestionInline(admin.TabularInline):
    """What ingestion guessed, marked as suggestions: "on record" ones are already applied; the
    others are accepted or rejected in bulk from the suggestions list."""

    from lantern.ingest.models import Suggestion as model  # curation reads from ingestion, never the reverse

    extra = 0
    can_delete = False
    fields = ["field", "label", "confidence_percent", "applied", "status", "evidence"]
    readonly_fields = fields
    verbose_name_plural = _("suggested by ingestion")

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    @admin.display(description=_("confidence"))
    def confidence_percent(self, suggestion) -> str:
        return f"{suggestion.confidence:.0%}"


admin.site.unregister(Resource)


@admin.register(Resource)
class CuratedResourceAdmin(ResourceAdmin):
    """The catalogue's resource admin with its history shown and restorable."""

    inlines = [*ResourceAdmin.inlines, SuggestionInline, RevisionInline]
    list_display = [*ResourceAdmin.list_display, "link_status"]

    @admin.display(description=_("source link"))
    def link_status(self, resource: Resource):
        since = links.broken_since(resource)
        if since is None:
            return "—" if not resource.source_url else _("ok or not checked")
        return format_html('<strong class="errornote">{} {}</strong>', _("broken since"), since.date().isoformat())

    def get_readonly_fields(self, request, obj=None):
        return [*super().get_readonly_fields(request, obj), "link_history", "visitor_note"]

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if not obj:
            return fieldsets
        sent = [(_("Sent by a visitor"), {"fields": ["visitor_note"]})] if _visitor_suggestion(obj) else []
        return [*sent, *fieldsets, (_("Link checks"), {"classes": ["collapse"], "fields": ["link_history"]})]

    @admin.display(description=_("the visitor's note"))
    def visitor_note(self, resource: Resource):
        return _visitor_note(_visitor_suggestion(resource))

    @admin.display(description=_("link history"))
    def link_history(self, resource: Resource):
        rows = resource.link_checks.all()[:20]
        if not rows:
            return _("Not checked yet (lantern check-links).")
        return format_html_join(
            "",
            "<div>{} — {} — {}</div>",
            ((c.checked_at.strftime("%Y-%m-%d %H:%M"), c.url, "ok" if c.ok else c.error) for c in rows),
        )

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
        changed = history.restore(revision, request.user)
        if changed:
            text = _("Revision %(n)d restored; changed: %(fields)s.") % {
                "n": revision.number,
                "fields": ", ".join(changed),
            }
        else:
            text = _("Revision %(n)d restored; the resource already matched it.") % {"n": revision.number}
        messages.success(request, text)
        return redirect(change_url)

    def _confirm_restore(self, request, revision, change_url):
        from django.template.response import TemplateResponse

        context = {
            **self.admin_site.each_context(request),
            "revision": revision,
            "changes": history.readable_changes(history.pending(revision.snapshot, revision.resource)),
            "change_url": change_url,
            "title": _("Restore revision %(n)d?") % {"n": revision.number},
        }
        return TemplateResponse(request, "curation/restore_confirm.html", context)


@admin.register(Merge)
class MergeAdmin(admin.ModelAdmin):
    list_display = ["merged", "kept", "user", "created_at", "undone_at", "undo_link"]
    readonly_fields = ["kept", "merged", "merged_status", "user", "created_at", "undone_at", "undo_link"]
    exclude = ["kept_before", "moved"]

    def has_add_permission(self, request) -> bool:
        return False

    @admin.display(description=_("undo"))
    def undo_link(self, operation: Merge):
        if operation.undone_at:
            return _("undone")
        return format_html(
            '<a href="{}">{}</a>', reverse("admin:curation_merge_undo", args=[operation.pk]), _("Undo this merge")
        )

    def get_urls(self):
        undo = path("<int:pk>/undo/", self.admin_site.admin_view(self.undo_view), name="curation_merge_undo")
        return [undo, *super().get_urls()]

    def undo_view(self, request, pk: int):
        operation = get_object_or_404(Merge, pk=pk)
        if not permissions.can_publish(request.user):
            messages.error(request, _("Only editors can undo a merge."))
            return redirect("admin:curation_merge_changelist")
        if request.method == "POST":
            try:
                merging.undo(operation, request.user)
            except merging.MergeError as exc:
                messages.error(request, str(exc))
            else:
                messages.success(request, _("Merge undone: both resources are back as they were."))
            return redirect("admin:catalog_resource_change", operation.kept_id)
        context = {**self.admin_site.each_context(request), "operation": operation, "title": _("Undo this merge?")}
        return TemplateResponse(request, "curation/undo_merge.html", context)


def _visitor_suggestion(resource: Resource) -> VisitorSuggestion | None:
    """The visitor's suggestion a draft came from (through its ingestion job), if any."""
    if resource.provenance != Resource.Provenance.SUGGESTION:
        return None
    from lantern.ingest.models import IngestJob  # curation reads from ingestion, never the reverse

    jobs = IngestJob.objects.filter(resource=resource).values_list("pk", flat=True)
    return VisitorSuggestion.objects.filter(job_id__in=list(jobs)).order_by("-created_at").first()


def _visitor_note(suggestion: VisitorSuggestion | None):
    if suggestion is None:
        return "—"
    contact = (
        format_html('<a href="mailto:{}">{}</a>', suggestion.contact, suggestion.contact)
        if suggestion.contact
        else _("no contact given")
    )
    return format_html(
        '<div class="visitor-note">{}</div><p>{} {}</p><p>{} {}</p>',
        mark_safe(linebreaks(suggestion.note, autoescape=True)),  # noqa: S308 - escaped by linebreaks
        _("Contact:"),
        contact,
        _("Sent on"),
        suggestion.created_at.strftime("%Y-%m-%d %H:%M"),
    )


@admin.register(VisitorSuggestion)
class VisitorSuggestionAdmin(admin.ModelAdmin):
    """What visitors sent: resources they suggest (their note and contact beside the draft each
    became) and problems they report (what is wrong with which resource)."""

    list_display = ["__str__", "kind", "about", "short_note", "contact", "status", "created_at"]
    list_filter = ["status", "kind", "problem"]
    search_fields = ["url", "filename", "note", "contact", "resource__title"]
    fields = ["kind", "about", "problem", "url", "filename", "note", "contact", "status", "created_at"]
    readonly_fields = ["kind", "about", "problem", "url", "filename", "note", "contact", "created_at"]
    list_select_related = ["resource"]

    def has_add_permission(self, request) -> bool:
        return False

    @admin.display(description=_("note"))
    def short_note(self, suggestion: VisitorSuggestion) -> str:
        return suggestion.note[:120]

    @admin.display(description=_("resource"))
    def about(self, suggestion: VisitorSuggestion):
        """The resource a report is about (its admin page, and its public page), or the draft a suggestion became."""
        if suggestion.kind == VisitorSuggestion.Kind.PROBLEM:
            if suggestion.resource is None:
                return _("deleted since")
            return format_html(
                '<a href="{}">{}</a> (<a href="{}">{}</a>)',
                reverse("admin:catalog_resource_change", args=[suggestion.resource_id]),
                suggestion.resource,
                suggestion.resource.get_absolute_url(),
                _("public page"),
            )
        return self.draft_link(suggestion)

    @admin.display(description=_("draft"))
    def draft_link(self, suggestion: VisitorSuggestion):
        from lantern.ingest.models import IngestJob

        job = IngestJob.objects.filter(pk=suggestion.job_id).select_related("resource").first()
        if job is None or job.resource is None:
            return "—"
        return format_html(
            '<a href="{}">{}</a>', reverse("admin:catalog_resource_change", args=[job.resource_id]), job.resource
        )
