"""Shared helpers for the API and interoperability tests: a small published hub and an editor's token."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

from factories import make_collection, make_organisation, make_resource

from lantern.api.models import ApiToken
from lantern.catalog.models import Attachment, Organisation, Person, Resource, ResourceAuthor


def _organisation(name: str, **fields) -> Organisation:
    """The organisation of that name, from the directory every hub is loaded with, or a new one."""
    organisation = Organisation.objects.filter(name=name).first()
    if organisation is None:
        return make_organisation(name, **fields)
    Organisation.objects.filter(pk=organisation.pk).update(**fields)
    organisation.refresh_from_db()
    return organisation


def make_hub() -> dict:
    """Three published resources, one draft and one withdrawn, with publishers, topics and a collection."""
    home_office = _organisation("Home Office", acronym="HO")
    iasc = _organisation("Independent Anti-Slavery Commissioner", acronym="IASC")
    covid = make_collection()
    annual = make_resource(
        "2017 UK Annual Report on Modern Slavery",
        publishers=[home_office],
        topics=["referral"],
        countries=["GB"],
        languages=["en"],
        collections=[covid],
        date=dt.date(2017, 10, 1),
        teaser="The Home Office's annual report on modern slavery in the UK.",
        summary="Referrals to the National Referral Mechanism rose in 2017.",
        source_url="https://example.org/annual-2017",
    )
    ResourceAuthor.objects.create(resource=annual, person=Person.objects.create(name="Jane Smith"), position=0)
    Attachment.objects.create(
        resource=annual,
        url="https://example.org/annual-2017.pdf",
        filename="annual-2017.pdf",
        media_type="application/pdf",
    )
    partnership = make_resource(
        "Multi-agency anti-slavery partnerships",
        publishers=[iasc],
        topics=["partnership-working"],
        countries=["GB"],
        languages=["en"],
        date=dt.date(2017, 10, 18),
        type="research",
        summary="Research on how police, councils and NGOs work together.",
    )
    guide = make_resource(
        "Guía para la identificación de víctimas",
        topics=["identification"],
        countries=["ES"],
        languages=["es"],
        date=dt.date(2019, 5, 1),
        type="guidance",
    )
    draft = make_resource("A draft nobody should see", status=Resource.Status.DRAFT)
    withdrawn = make_resource(
        "A withdrawn toolkit", status=Resource.Status.WITHDRAWN, withdrawn_reason="Out of date", type="toolkit"
    )
    return {
        "annual": annual,
        "partnership": partnership,
        "guide": guide,
        "draft": draft,
        "withdrawn": withdrawn,
        "home_office": home_office,
        "covid": covid,
    }


def make_editor_token(django_user_model, username: str = "bob", group: str = "Editors") -> str:
    """A member of the Editors group (or ``group``), and an API token for them."""
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user(username, f"{username}@example.org", "pw", is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    return ApiToken.issue(user, "tests")[1]


def make_reader_token(django_user_model, username: str = "charlie") -> str:
    """A user with no catalogue permissions, and a token."""
    user = django_user_model.objects.create_user(username, f"{username}@example.org", "pw")
    return ApiToken.issue(user, "tests")[1]


# The `lantern` command as a subprocess (the same as conftest's helper; importing `conftest` by name
# is ambiguous once tests/ has sub-folders with their own conftest.py).
REPO = Path(__file__).resolve().parent.parent
LANTERN = str(Path(sys.executable).with_name("lantern"))


def run_lantern(env: dict, *args: str, check: bool = False, timeout: int = 120):
    result = subprocess.run([LANTERN, *args], env=env, cwd=REPO, capture_output=True, text=True, timeout=timeout)
    if check and result.returncode != 0:
        raise AssertionError(
            f"lantern {' '.join(args)} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}"
        )
    return result
