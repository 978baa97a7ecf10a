from django.urls import path

from lantern.public import directories, downloads, report, suggest, views

app_name = "public"

urlpatterns = [
    path("", views.home, name="home"),
    path("search/", views.search, name="search"),
    path("about/", views.about, name="about"),
    path("suggest/", suggest.suggest, name="suggest"),
    path("resources/<slug:slug>/", views.resource, name="resource"),
    path("resources/<slug:slug>/report/", report.report, name="report"),
    path("resources/<slug:slug>/files/<int:pk>/", downloads.download, name="download"),
    path("resources/<slug:slug>/cite.<str:fmt>", views.citation, name="citation"),
    path("organisations/", directories.organisations, name="organisations"),
    path("collections/", directories.collections, name="collections"),
    path("topics/", directories.topics, name="topics"),
    path("countries/", directories.countries, name="countries"),
    path("organisations/<slug:slug>/", views.organisation, name="organisation"),
    path("collections/<slug:slug>/", views.collection, name="collection"),
    path("topics/<slug:slug>/", views.topic, name="topic"),
    path("countries/<str:code>/", views.country, name="country"),
]
