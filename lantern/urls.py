from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "Lantern curation"
admin.site.site_title = "Lantern"
admin.site.index_title = "Catalogue"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("lantern.api.urls")),  # JSON API, OAI-PMH, feeds, sitemap
]
# The public site in English at /, and in French and Spanish under /fr/ and /es/: the language
# lives in the URL, so a visitor's choice is shareable and needs no cookie.
urlpatterns += i18n_patterns(path("", include("lantern.public.urls")), prefix_default_language=False)

handler404 = "lantern.public.views.page_not_found"
handler500 = "lantern.public.views.server_error"
