"""Partnerships and co-publication: on organisation pages, in the admin, and imported from CSV."""

from __future__ import annotations

import json

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.core.management.base import CommandError
from factories import make_organisation, make_resource

from lantern.catalog.models import Membership, Organisation, Resource

pytestmark = pytest.mark.django_db


@pytest.fixture
def orgs(db):
    alliance = make_organisation("Alliance 8.7", kind="partnership", aliases="Alliance 87")
    ilo = make_organisation("International Labour Organization", acronym="ILO", kind="intergovernmental")
    walk_free = make_organisation("Walk Free", kind="ngo")
    quiet = make_organisation("Quiet Member", kind="ngo")  # publishes nothing: no public page
    make_resource("Alliance 8.7 progress report", publishers=[alliance])
    make_resource("Global estimates 2022", publishers=[ilo, walk_free])
    make_resource("Global estimates 2017", publishers=[ilo, walk_free])
    make_resource("Draft with alliance", publishers=[ilo, alliance], status=Resource.Status.DRAFT)
    Membership.objects.create(partnership=alliance, member=ilo, role="founding member")
    Membership.objects.create(partnership=alliance, member=walk_free)
    Membership.objects.create(partnership=alliance, member=quiet)
    return {"alliance": alliance, "ilo": ilo, "walk_free": walk_free, "quiet": quiet}


def page(client, org) -> str:
    response = client.get(org.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def test_a_partnership_lists_its_public_members(client, orgs):
    html = page(client, orgs["alliance"])
    section = html.split('id="members-heading"')[1].split("</section>")[0]
    assert "International Labour Organization" in section and "(founding member)" in section
    assert "Walk Free" in section
    assert "Quiet Member" not in html  # not public: it publishes nothing


def test_a_member_lists_its_partnerships(client, orgs):
    html = page(client, orgs["ilo"])
    section = html.split('id="partnerships-heading"')[1].split("</section>")[0]
    assert 'href="/organisations/alliance-87/"' in section


def test_works_with_counts_published_co_publications_only(client, orgs):
    html = page(client, orgs["ilo"])
    section = html.split('id="works-with-heading"')[1].split("</section>")[0]
    assert "Walk Free" in section and "2 resources together" in section
    assert "Alliance" not in section  # their only shared record is a draft


def test_only_a_partnership_has_members(orgs):
    with pytest.raises(ValidationError):
        Membership(partnership=orgs["ilo"], member=orgs["walk_free"]).full_clean()
    with pytest.raises(ValidationError):
        Membership(partnership=orgs["alliance"], member=orgs["alliance"]).full_clean()


def test_editor_adds_a_member_in_the_admin(client, editor, orgs):
    client.force_login(editor)
    alliance = orgs["alliance"]
    url = f"/admin/catalog/organisation/{alliance.pk}/change/"
    form = client.get(url)
    assert form.status_code == 200
    assert "Members (when this organisation is a partnership)" in form.content.decode()
    newcomer = make_organisation("Newcomer", kind="ngo")
    data = {
        "name": alliance.name,
        "slug": alliance.slug,
        "acronym": "",
        "aliases": alliance.aliases,
        "kind": "partnership",
        "country": "",
        "website": "",
        "description": "",
        "member_links-TOTAL_FORMS": "1",
        "member_links-INITIAL_FORMS": "0",
        "member_links-0-member": str(newcomer.pk),
        "member_links-0-role": "observer",
        "partnership_links-TOTAL_FORMS": "0",
        "partnership_links-INITIAL_FORMS": "0",
    }
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert Membership.objects.get(partnership=alliance, member=newcomer).role == "observer"


def write(tmp_path, text: str):
    path = tmp_path / "members.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_csv_import_by_name_acronym_or_alias(tmp_path, orgs, capsys):
    coalition = make_organisation("Freedom Coalition")  # no kind yet: becomes a partnership
    path = write(
        tmp_path,
        "partnership,member,role\n"
        "Freedom Coalition,ILO,chair\n"
        "Alliance 87,Walk Free,secretariat\n"
        "Alliance 8.7,Nobody Known,\n"
        "ILO,Walk Free,\n",
    )
    with pytest.raises(SystemExit):
        call_command("memberships", str(path), "--json")
    report = json.loads(capsys.readouterr().out)
    assert report["created"] == 1 and report["updated"] == 1
    assert report["kinds_set"] == ["Freedom Coalition"]
    assert report["errors"] == [
        "line 4: no organisation is called “Nobody Known” (add it first, or use its name, acronym or alias)",
        "line 5: “International Labour Organization” is of kind “Intergovernmental”, not a partnership",
    ]
    coalition.refresh_from_db()
    assert coalition.kind == Organisation.Kind.PARTNERSHIP
    assert Membership.objects.get(partnership=coalition).role == "chair"
    assert Membership.objects.get(partnership=orgs["alliance"], member=orgs["walk_free"]).role == "secretariat"


def test_csv_without_the_columns_is_a_clear_error(tmp_path, orgs):
    with pytest.raises(CommandError, match="missing: member"):
        call_command("memberships", str(write(tmp_path, "partnership,organisation\nA,B\n")))
    with pytest.raises(CommandError, match="cannot be read"):
        call_command("memberships", str(tmp_path / "absent.csv"))
