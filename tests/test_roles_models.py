"""Names every resource shows (organisations, people, topics, collections, series, the thesaurus)
are kept by editors and admins; a contributor picks them for drafts but cannot add, rename or
delete one, in the admin's pages or by posting to them."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from factories import make_organisation, make_resource

from lantern.catalog.models import Collection, Organisation, Person, Series, Topic
from lantern.search.models import ThesaurusEntry

pytestmark = pytest.mark.django_db

# Each model: its admin URL name, a way to make one, and the admin form's POST data for a given name.
MODELS = {
    "organisation": (
        "catalog_organisation",
        lambda: Organisation.objects.update_or_create(name="Home Office", defaults={"slug": "home-office"})[0],
        lambda name, slug: {
            "name": name,
            "slug": slug,
            "acronym": "",
            "aliases": "",
            "kind": "",
            "country": "",
            "website": "",
            "description": "",
            # The two membership inlines (members of a partnership, partnerships it belongs to), empty.
            **{
                f"{prefix}-{field}": "0"
                for prefix in ("member_links", "partnership_links")
                for field in ("TOTAL_FORMS", "INITIAL_FORMS")
            },
        },
    ),
    "person": (
        "catalog_person",
        lambda: Person.objects.create(name="Ada Example", slug="ada-example"),
        lambda name, slug: {"name": name, "slug": slug},
    ),
    "topic": (
        "catalog_topic",
        lambda: Topic.objects.create(name="Hotels", slug="hotels-test"),
        lambda name, slug: {
            "name": name,
            "slug": slug,
            "parent": "",
            "synonyms": "",
            "description": "",
            "name_fr": "",
            "name_es": "",
            "position": "0",
        },
    ),
    "collection": (
        "catalog_collection",
        lambda: Collection.objects.create(name="COVID-19", slug="covid-19"),
        lambda name, slug: {"name": name, "slug": slug, "description": ""},
    ),
    "series": (
        "catalog_series",
        lambda: Series.objects.create(name="Annual report", slug="annual-report"),
        lambda name, slug: {"name": name, "slug": slug},
    ),
    "thesaurus": (
        "search_thesaurusentry",
        lambda: ThesaurusEntry.objects.create(terms="NRM\nNational Referral Mechanism", kind="acronym"),
        lambda name, slug: {"terms": f"{name}\n{slug}", "kind": "synonym", "note": ""},
    ),
}


def label(obj) -> str:
    return obj.terms if isinstance(obj, ThesaurusEntry) else obj.name


@pytest.fixture
def admin_member(db, django_user_model):
    """Dora has the Admins role without being a superuser."""
    user = django_user_model.objects.create_user("dora", "dora@example.org", "x", is_staff=True)
    user.groups.add(Group.objects.get(name="Admins"))
    return user


@pytest.mark.parametrize("kind", MODELS)
def test_a_contributor_cannot_add_change_or_delete_shared_names(client, contributor, kind):
    admin_name, make, data = MODELS[kind]
    obj = make()
    before, count = label(obj), type(obj).objects.count()
    client.force_login(contributor)
    change_url = reverse(f"admin:{admin_name}_change", args=[obj.pk])
    # The list and the record can be read (to pick one for a draft), but not edited.
    assert client.get(reverse(f"admin:{admin_name}_changelist")).status_code == 200
    page = client.get(change_url)
    assert page.status_code == 200
    assert 'name="_save"' not in page.content.decode() and "<textarea" not in page.content.decode()
    assert client.post(change_url, data("Renamed by a contributor", "renamed")).status_code == 403
    assert client.get(reverse(f"admin:{admin_name}_add")).status_code == 403
    assert client.post(reverse(f"admin:{admin_name}_add"), data("Made up", "made-up")).status_code == 403
    delete_url = reverse(f"admin:{admin_name}_delete", args=[obj.pk])
    assert client.get(delete_url).status_code == 403
    assert client.post(delete_url, {"post": "yes"}).status_code == 403
    obj.refresh_from_db()
    assert label(obj) == before and type(obj).objects.count() == count


@pytest.mark.parametrize("persona", ["editor", "admin_member", "admin_user"])
@pytest.mark.parametrize("kind", MODELS)
def test_editors_and_admins_add_change_and_delete_shared_names(client, request, persona, kind):
    admin_name, make, data = MODELS[kind]
    client.force_login(request.getfixturevalue(persona))
    obj = make()
    response = client.post(reverse(f"admin:{admin_name}_change", args=[obj.pk]), data("Renamed", "renamed"))
    assert response.status_code == 302, response.content.decode()[:2000]
    obj.refresh_from_db()
    assert label(obj).startswith("Renamed")
    model = type(obj)
    count = model.objects.count()
    response = client.post(reverse(f"admin:{admin_name}_add"), data("Brand new", "brand-new"))
    assert response.status_code == 302, response.content.decode()[:2000]
    assert model.objects.count() == count + 1
    response = client.post(reverse(f"admin:{admin_name}_delete", args=[obj.pk]), {"post": "yes"})
    assert response.status_code == 302 and not model.objects.filter(pk=obj.pk).exists()


def test_a_contributor_cannot_rename_an_organisation_that_published_resources_show(client, contributor):
    """The audit's case: a contributor renamed the Home Office, and every published resource showed it."""
    home_office = make_organisation("Home Office")
    published = make_resource("Modern slavery statutory guidance", publishers=[home_office])
    client.force_login(contributor)
    data = MODELS["organisation"][2]("Ministry of Nonsense", home_office.slug)
    client.post(reverse("admin:catalog_organisation_change", args=[home_office.pk]), data)
    page = client.get(published.get_absolute_url()).content.decode()
    assert "Home Office" in page and "Ministry of Nonsense" not in page


def test_the_contributor_group_holds_no_write_permission_on_shared_names():
    granted = set(Group.objects.get(name="Contributors").permissions.values_list("codename", flat=True))
    for model in ("organisation", "person", "topic", "collection", "series", "thesaurusentry"):
        assert f"view_{model}" in granted
        assert not {f"add_{model}", f"change_{model}", f"delete_{model}"} & granted
    editors = set(Group.objects.get(name="Editors").permissions.values_list("codename", flat=True))
    assert {"add_organisation", "change_topic", "delete_series", "change_thesaurusentry"} <= editors


def test_the_role_decides_even_when_a_permission_is_granted_by_hand(client, contributor):
    """A contributor given ``change_organisation`` directly (by mistake, in /admin/auth/user/)
    still cannot rename one: the admin asks ``permissions.can_manage_names``."""
    from django.contrib.auth.models import Permission

    contributor.user_permissions.add(
        *Permission.objects.filter(codename__in=["change_organisation", "add_organisation"])
    )
    home_office = make_organisation("Home Office")
    client.force_login(contributor)
    data = MODELS["organisation"][2]("Ministry of Nonsense", home_office.slug)
    assert client.post(reverse("admin:catalog_organisation_change", args=[home_office.pk]), data).status_code == 403
    assert client.get(reverse("admin:catalog_organisation_add")).status_code == 403
    home_office.refresh_from_db()
    assert home_office.name == "Home Office"
