from django.urls import path

from lantern.public import views

app_name = "public"

urlpatterns = [
    path("", views.home, name="home"),
    path("search/", views.search, name="search"),
    path("resources/<slug:slug>/", views.resource, name="resource"),
    path("resources/<slug:slug>/files/<int:pk>/", views.download, name="download"),
    path("organisations/<slug:slug>/", views.organisation, name="organisation"),
    path("collections/<slug:slug>/", views.collection, name="collection"),
]
