"""Accepting a proposed relation links the two records instead of merging them."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from factories import make_organisation, make_resource

from lantern.curation.models import Flag

pytestmark = pytest.mark.django_db


def accept(client, flag):
    return client.post(
        reverse("admin:curation_flag_changelist"), {"action": "accept_links", "_selected_action": [flag.pk]}
    )


def test_editions_translations_and_parts_are_linked(client, editor):
    ho = make_organisation("Home Office")
    y2017 = make_resource("2017 UK Annual Report on Modern Slavery", publishers=[ho], date=dt.date(2017, 10, 1))
    y2018 = make_resource("2018 UK Annual Report on Modern Slavery", publishers=[ho], date=dt.date(2018, 10, 1))
    en = make_resource("Global Estimates of Modern Slavery", languages=["en"], date=dt.date(2022, 9, 1))
    fr = make_resource("Estimations mondiales de l'esclavage moderne", languages=["fr"], date=dt.date(2022, 9, 1))
    full = make_resource("Collaborating for Freedom", date=dt.date(2017, 10, 1))
    summary = make_resource("Collaborating for Freedom: executive summary", date=dt.date(2017, 10, 1))
    flags = [
        Flag.objects.create(resource=y2018, other=y2017, kind="edition"),
        Flag.objects.create(resource=fr, other=en, kind="translation"),
        Flag.objects.create(resource=full, other=summary, kind="part"),
    ]
    client.force_login(editor)
    for flag in flags:
        assert accept(client, flag).status_code == 302
    for r in (y2017, y2018, fr, summary):
        r.refresh_from_db()
    assert y2017.superseded_by == y2018 and y2017.series == y2018.series is not None
    assert fr.translation_of == en
    assert summary.part_of == full
    assert set(Flag.objects.values_list("status", flat=True)) == {"resolved"}, [
        str(f) + str(f.reasons) for f in Flag.objects.filter(status="open")
    ]
    assert y2017.revisions.filter(source="linked as edition").exists()


def test_contributors_cannot_link(client, contributor):
    a, b = (
        make_resource("A report 2017", date=dt.date(2017, 1, 1)),
        make_resource("A report 2018", date=dt.date(2018, 1, 1)),
    )
    flag = Flag.objects.create(resource=a, other=b, kind="edition")
    client.force_login(contributor)
    client.post(reverse("admin:curation_flag_changelist"), {"action": "accept_links", "_selected_action": [flag.pk]})
    a.refresh_from_db()
    assert a.superseded_by is None
