from django.contrib import admin

from lantern.api.models import ApiToken


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ("name", "user", "key_start", "created_at", "last_used_at")
    readonly_fields = ("key_start", "created_at", "last_used_at")
    fields = ("user", "name", "key_start", "created_at", "last_used_at")

    def has_add_permission(self, request) -> bool:
        return False  # tokens are made with `lantern apitoken`, which shows the token once
