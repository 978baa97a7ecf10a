from django.contrib import admin

from lantern.catalog.admin import SharedNamesAdmin
from lantern.search.models import ThesaurusEntry


@admin.register(ThesaurusEntry)
class ThesaurusEntryAdmin(SharedNamesAdmin):
    """Curators keep the field's words here; a search uses a change at once (no reindex)."""

    list_display = ("__str__", "kind", "note", "updated_at")
    list_filter = ("kind",)
    search_fields = ("terms", "note")
