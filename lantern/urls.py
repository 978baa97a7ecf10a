from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "Lantern curation"
admin.site.site_title = "Lantern"
admin.site.index_title = "Catalogue"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("lantern.public.urls")),
]

handler404 = "lantern.public.views.page_not_found"
handler500 = "lantern.public.views.server_error"
