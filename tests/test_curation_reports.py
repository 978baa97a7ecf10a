"""Visitors report a problem with a resource from its own page: the report reaches the curators'
list beside suggestions, naming and linking the resource; the form sets no cookie, takes posts
only from this hub's own recent form, keeps nothing a bot sends, limits each sender, and explains
every mistake (never a 500)."""

from __future__ import annotations

import re
import time

import pytest
from django.core import signing
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from factories import make_resource
from public_support import HERE, suggest

from lantern.catalog.models import Resource
from lantern.curation.models import VisitorSuggestion
from lantern.public.report import TOKEN_SALT
from lantern.public.suggest import form_token

pytestmark = pytest.mark.django_db

TOKEN = re.compile(r'name="form_token" value="([^"]+)"')


@pytest.fixture(autouse=True)
def limits(settings):
    settings.LANTERN_SUGGEST_PER_HOUR = 2
    settings.LANTERN_SUGGEST_FORM_HOURS = 2


@pytest.fixture
def guide():
    return make_resource("Spotting the signs of forced labour in hotels", slug="hotel-signs")


def report_url(resource: Resource | str) -> str:
    return reverse("public:report", args=[getattr(resource, "slug", resource)])


def served_token(client, resource) -> str:
    return TOKEN.search(client.get(report_url(resource)).content.decode()).group(1)


def send(client, resource, data: dict, origin: str | None = HERE, token: str | None = None):
    """Post the form as a browser on its page would: with this hub's Origin and the served token."""
    data = {"form_token": served_token(client, resource) if token is None else token, **data}
    headers = {"HTTP_ORIGIN": origin} if origin is not None else {}
    return client.post(report_url(resource), data, **headers)


def test_the_resource_page_links_to_its_report_form(client, guide):
    page = client.get(guide.get_absolute_url()).content.decode()
    assert f'href="{report_url(guide)}"' in page and "Report a problem with this resource" in page


def test_a_report_reaches_the_editors_list_naming_and_linking_the_resource(client, guide, editor):
    response = send(
        client, guide, {"problem": "broken", "note": "The PDF link gives a 404.", "contact": "ana@example.org"}
    )
    assert response.status_code == 200 and "Thank you" in response.content.decode()
    kept = VisitorSuggestion.objects.get()
    assert kept.kind == "problem" and kept.resource == guide and kept.problem == "broken"
    assert kept.status == "new" and len(kept.sender) == 64 and "127.0.0.1" not in kept.sender
    client.force_login(editor)
    listing = client.get(reverse("admin:curation_visitorsuggestion_changelist"))
    page = listing.content.decode()
    assert listing.status_code == 200
    assert "A link or file does not work" in page and "The PDF link gives a 404." in page
    assert reverse("admin:catalog_resource_change", args=[guide.pk]) in page
    assert f'href="{guide.get_absolute_url()}"' in page and "ana@example.org" in page
    # Reports can be told from suggestions in the list.
    problems = client.get(reverse("admin:curation_visitorsuggestion_changelist") + "?kind__exact=problem")
    assert "The PDF link gives a 404." in problems.content.decode()
    detail = client.get(reverse("admin:curation_visitorsuggestion_change", args=[kept.pk]))
    assert detail.status_code == 200 and "Spotting the signs of forced labour in hotels" in detail.content.decode()
    # The editor marks it dealt with.
    change = client.post(
        reverse("admin:curation_visitorsuggestion_change", args=[kept.pk]), {"status": "accepted"}, follow=True
    )
    assert change.status_code == 200
    kept.refresh_from_db()
    assert kept.status == "accepted"


@pytest.mark.parametrize("problem", ["wrong", "duplicate", "harmful"])
def test_a_report_needs_only_what_is_wrong(client, guide, problem):
    assert send(client, guide, {"problem": problem}).status_code == 200
    assert VisitorSuggestion.objects.get().problem == problem


@pytest.mark.parametrize("origin", [None, "null", "https://evil.example", "http://testserver.evil.example"])
def test_posts_not_sent_from_this_hub_are_refused(client, guide, origin):
    response = send(client, guide, {"problem": "wrong", "note": "forged"}, origin=origin)
    assert response.status_code == 403
    assert "can only be sent from its own page on this site" in response.content.decode()
    assert not VisitorSuggestion.objects.exists()


def signed(value, salt: str = TOKEN_SALT, key: str | None = None) -> str:
    return signing.Signer(key=key, salt=salt).sign_object(value)


@pytest.mark.parametrize(
    "token",
    [
        "",
        "made-up",
        signed({"at": int(time.time())}).rsplit(":", 1)[0] + ":forged",
        form_token(),  # the suggestion form's: signed by this hub, for another form
        signed({"at": int(time.time())}, key="not this hub's key"),
        signed({"at": "now"}),
    ],
    ids=["missing", "made-up", "tampered", "suggestion-form", "other-key", "no-time"],
)
def test_posts_without_a_report_form_this_hub_served_are_refused(client, guide, token):
    response = send(client, guide, {"problem": "wrong", "note": "no form"}, token=token)
    assert response.status_code == 403 and "can only be sent from its own page" in response.content.decode()
    assert not VisitorSuggestion.objects.exists()


def test_an_expired_form_is_shown_again_with_what_was_written(client, guide):
    old = form_token(issued_at=time.time() - 3 * 3600, salt=TOKEN_SALT)
    data = {"problem": "wrong", "note": "The 2019 figures were updated in 2021.", "contact": "me@example.org"}
    response = send(client, guide, data, token=old)
    page = response.content.decode()
    assert response.status_code == 400 and "send it again" in page
    assert "The 2019 figures were updated in 2021." in page and 'value="me@example.org"' in page
    assert re.search(r'value="wrong"[^>]*checked', page) and not VisitorSuggestion.objects.exists()
    fresh = TOKEN.search(page).group(1)
    assert fresh != old
    assert send(client, guide, data, token=fresh).status_code == 200
    assert VisitorSuggestion.objects.count() == 1


def test_the_honeypot_keeps_nothing(client, guide):
    response = send(client, guide, {"problem": "other", "note": "buy now", "website": "http://spam.example"})
    assert response.status_code == 200 and "Thank you" in response.content.decode()
    assert not VisitorSuggestion.objects.exists()


def test_senders_are_rate_limited_apart_from_their_suggestions(client, guide):
    for n in range(2):
        assert send(client, guide, {"problem": "wrong", "note": f"n{n}"}).status_code == 200
    response = send(client, guide, {"problem": "wrong", "note": "third"})
    assert response.status_code == 429 and "try again later" in response.content.decode()
    assert VisitorSuggestion.objects.count() == 2
    # Reports do not use up the sender's suggestions.
    upload = SimpleUploadedFile("guide.txt", b"A guide for hotel staff.\n" * 20, content_type="text/plain")
    assert suggest(client, {"note": "Useful", "file": upload}).status_code == 200


def test_the_form_and_its_answers_set_no_cookie(client, guide):
    form = client.get(report_url(guide))
    assert form.status_code == 200 and not form.cookies and "Set-Cookie" not in form.headers
    assert form["Referrer-Policy"] == "same-origin"
    sent = send(client, guide, {"problem": "broken"})
    refused = send(client, guide, {"problem": "broken"}, origin=None)
    wrong = send(client, guide, {"problem": "nonsense"})
    for response in (sent, refused, wrong):
        assert not response.cookies and "Set-Cookie" not in response.headers
    assert not client.cookies


def test_unknown_and_unpublished_resources_have_no_form(client):
    draft = make_resource("Not yet published", status=Resource.Status.DRAFT)
    assert client.get(report_url("no-such-resource")).status_code == 404
    assert client.get(report_url(draft)).status_code == 404
    response = client.post(report_url(draft), {"problem": "broken"}, HTTP_ORIGIN=HERE)
    assert response.status_code == 404 and not VisitorSuggestion.objects.exists()


@pytest.mark.parametrize(
    "data, field, message",
    [
        ({"problem": "wrong", "note": "x" * 2001}, "note", "at most 2000 characters"),
        ({"problem": "wrong", "contact": "a" * 250 + "@example.org"}, "contact", "at most 254 characters"),
        ({"problem": "wrong", "contact": "not an address"}, "contact", "valid email address"),
        ({"note": "no choice"}, "problem", "Choose what is wrong."),
        ({"problem": "stolen-lunch"}, "problem", "Select a valid choice"),
        ({"problem": "other", "note": "   "}, "note", "Please say what the problem is."),
    ],
    ids=["long-note", "long-contact", "bad-contact", "no-problem", "unknown-problem", "other-without-note"],
)
def test_mistakes_are_explained_beside_their_field(client, guide, data, field, message):
    response = send(client, guide, data)
    page = response.content.decode()
    assert response.status_code == 400 and message in page
    error = re.search(rf'<span class="error" id="id_{field}_error">([^<]*)</span>', page)
    assert error and message in error.group(1)
    if field == "problem":
        assert 'aria-describedby="id_problem_error"' in page
    else:
        described = re.search(rf'<(?:input|textarea)[^>]*id="id_{field}"[^>]*>', page).group(0)
        assert f"id_{field}_error" in re.search(r'aria-describedby="([^"]+)"', described).group(1)
        assert 'aria-invalid="true"' in described
    assert f'href="#id_{field}' in page  # the summary at the top leads to the field
    assert not VisitorSuggestion.objects.exists()


def test_every_field_has_a_label_and_every_hint_is_announced(client, guide):
    page = client.get(report_url(guide)).content.decode()
    for field in re.findall(r'<(?:input|textarea)[^>]*\bid="([^"]+)"', page):
        if field != "id_website":
            assert f'for="{field}"' in page, f"{field} has no label"
    assert "<legend>What is wrong?</legend>" in page
    for target in re.findall(r'aria-describedby="([^"]+)"', page):
        for one in target.split():
            assert f'id="{one}"' in page, f"{one} is announced but missing"


def test_the_form_in_french_and_spanish(client, guide):
    url = report_url(guide)  # in English: a page in French leaves French active in this thread
    french = client.get("/fr" + url).content.decode()
    assert "Signaler un problème" in french and "Qu’est-ce qui ne va pas ?" in french
    assert "Un lien ou un fichier ne fonctionne pas" in french and "Envoyer le signalement" in french
    spanish = client.get("/es" + url).content.decode()
    assert "Informar de un problema" in spanish and "¿Qué está mal?" in spanish
    assert "Contenido dañino o peligroso" in spanish and "Enviar informe" in spanish
