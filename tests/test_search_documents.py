"""Search inside documents: page text is searched, hits quote the page, a document lists its matches."""

from __future__ import annotations

import pytest
from search_support import with_pages

from lantern.search import index
from lantern.search.service import matches_in, search

pytestmark = pytest.mark.django_db

FILLER = "This page discusses general partnership working between agencies. " * 5


@pytest.fixture
def toolkit(db):
    return with_pages(
        "Hospital guidance on modern slavery",
        {
            1: FILLER,
            14: "Staff who suspect exploitation should call the safeguarding lead before the patient leaves. " + FILLER,
            15: FILLER,
            22: "Record the safeguarding referral in the patient notes. " + FILLER,
        },
        teaser="For hospital staff.",
    )


def test_words_found_only_inside_a_file_find_the_resource_and_quote_its_page(toolkit):
    results = search("safeguarding lead")
    assert [h.resource for h in results.hits] == [toolkit]
    hit = results.hits[0]
    assert hit.page == 14
    assert "<mark>safeguarding</mark>" in hit.snippet_html
    assert hit.attachment_id == toolkit.attachments.get().id


def test_a_document_lists_every_page_that_matches_in_page_order(toolkit):
    matches = matches_in(toolkit, "safeguarding")
    assert [m.page for m in matches] == [14, 22]
    assert all("<mark>" in m.snippet_html for m in matches)
    assert matches_in(toolkit, "nothing-like-this") == []
    assert matches_in(toolkit, "") == []


def test_page_text_from_ingestion_is_searchable_after_schedule_and_gone_when_deleted(toolkit):
    toolkit.attachments.get().pages.filter(number=14).delete()
    index.schedule([toolkit.id])
    assert search('"safeguarding lead"').total == 0
    assert [m.page for m in matches_in(toolkit, "safeguarding")] == [22]


def test_reindex_check_agrees_after_pages_change(toolkit):
    assert index.drift() == []
    index.rebuild()
    assert index.drift() == []
    assert search("safeguarding lead").hits[0].page == 14


def test_a_document_having_the_words_together_on_one_page_ranks_above_one_scattering_them(db, settings):
    settings.LANTERN_SEARCH_SEMANTIC = False
    scattered = with_pages(
        "Annual compendium",
        {
            1: "Ceramic ceramic ceramic workshops. " + FILLER,
            40: FILLER,
            90: "Quarry quarry quarry sites. " + FILLER,
        },
        slug="scattered",
    )
    together = with_pages(
        "Regional study",
        {1: FILLER, 2: "Children found working at a ceramic quarry were referred for support. " + FILLER},
        slug="together",
    )
    assert [h.resource for h in search("ceramic quarry").hits] == [together, scattered]
