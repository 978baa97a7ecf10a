"""What curation changes for visitors: merged records redirect, broken links offer the hub's copy."""

from __future__ import annotations

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from factories import make_resource

from lantern.catalog.models import Attachment
from lantern.curation import merge
from lantern.curation.models import LinkCheck

pytestmark = pytest.mark.django_db


def test_a_merged_records_old_address_redirects(client):
    kept, gone = make_resource("Collaborating for Freedom"), make_resource("Collaborating for freedom (copy)")
    old_url = reverse("public:resource", args=[gone.slug])
    merge.merge(kept, gone)
    response = client.get(old_url)
    assert response.status_code == 301 and response["Location"] == kept.get_absolute_url()


def test_a_broken_source_link_offers_the_archived_copy(client):
    resource = make_resource("Guidance with a dead link", source_url="https://example.org/gone")
    attachment = Attachment(resource=resource, filename="guidance.pdf", media_type="application/pdf")
    attachment.file.save("guidance.pdf", ContentFile(b"%PDF-1.4 archived"), save=True)
    page = client.get(resource.get_absolute_url()).content.decode()
    assert "no longer answers" not in page
    LinkCheck.objects.create(
        resource=resource, url=resource.source_url, kind="source", ok=False, status_code=404, error="HTTP 404"
    )
    page = client.get(resource.get_absolute_url()).content.decode()
    assert "no longer answers" in page and attachment.download_url in page


def test_resource_pages_carry_json_ld_highwire_tags_and_feed_links(client):
    import json
    import re

    from factories import make_organisation

    resource = make_resource(
        "Modern Slavery Act 2015", publishers=[make_organisation("UK Parliament")], summary="The Act."
    )
    attachment = Attachment(resource=resource, filename="act.pdf", media_type="application/pdf")
    attachment.file.save("act.pdf", ContentFile(b"%PDF-1.4"), save=True)
    html = client.get(resource.get_absolute_url()).content.decode()
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["name"] == "Modern Slavery Act 2015" and data["publisher"][0]["name"] == "UK Parliament"
    assert data["associatedMedia"][0]["contentUrl"].endswith(attachment.download_url)
    assert '<meta name="citation_title" content="Modern Slavery Act 2015">' in html
    assert '<meta name="citation_pdf_url" content="http://testserver' + attachment.download_url + '">' in html
    assert 'type="application/rss+xml"' in html and reverse("api:feed-new", kwargs={"fmt": "atom"}) in html
    search = client.get(reverse("public:search") + "?q=act").content.decode()
    assert reverse("api:feed-search", kwargs={"fmt": "rss"}) + "?q=act" in search
