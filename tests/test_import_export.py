"""Importing canonical records from JSONL and CSV, exporting them, and the round trip."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from lantern.catalog.models import Attachment, Organisation, Resource
from lantern.catalog.records import records_queryset, to_record
from lantern.ingest.records import ImportFileError, import_file, write_export

pytestmark = pytest.mark.django_db

GOOD = {
    "title": "Modern Slavery Act 2015",
    "teaser": "The UK's consolidated law on slavery and trafficking offences.",
    "summary": "Creates the Independent Anti-Slavery Commissioner and the transparency in supply chains duty.",
    "description": "<p>Section 54 <script>alert(1)</script>requires statements.</p>",
    "type": "legislation",
    "topics": ["legislation-policy", "Supply chains"],
    "countries": ["GB"],
    "languages": ["en"],
    "publishers": ["UK Parliament", "Home Office"],
    "authors": [],
    "date": "2015-03-26",
    "source_url": "https://www.legislation.gov.uk/ukpga/2015/30/contents",
    "licence": "OGL-3.0",
    "status": "published",
}


def write_jsonl(path: Path, rows: list) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8")
    return path


def test_good_rows_go_in_and_bad_rows_are_reported_by_line(tmp_path):
    path = write_jsonl(
        tmp_path / "in.jsonl",
        [
            GOOD,
            {"title": "Impossible date", "date": "2019-02-30"},
            "{not json",
            {"teaser": "no title"},
            {"title": "Unknown codes", "countries": ["XX"], "languages": ["zz"], "topics": ["astrology"]},
            {"title": "Too long teaser", "teaser": "x" * 281},
            {"title": "Bad DOI", "doi": "not-a-doi", "publishers": ["A brand new publisher"]},
            ["a list"],
            {"title": "Minimal record"},
        ],
    )
    report = import_file(path)
    assert report.created == 2
    errors = {p.line: p.message for p in report.errors}
    assert set(errors) == {2, 3, 4, 5, 6, 7, 8}
    assert "not a real date" in errors[2]
    assert "not valid JSON" in errors[3]
    assert "title is required" in errors[4]
    assert (
        "unknown country code 'XX'" in errors[5]
        and "unknown language code 'zz'" in errors[5]
        and "astrology" in errors[5]
    )
    assert "teaser" in errors[6] and "280" in errors[6]
    assert "not a DOI" in errors[7]
    assert "JSON object" in errors[8]
    # Nothing half-written: the rejected row's new publisher was not created.
    assert not Organisation.objects.filter(name="A brand new publisher").exists()
    assert Resource.objects.count() == 2


def test_values_are_kept_as_given(tmp_path):
    report = import_file(write_jsonl(tmp_path / "in.jsonl", [GOOD]))
    assert report.ok
    act = Resource.objects.get(title="Modern Slavery Act 2015")
    assert act.teaser == GOOD["teaser"] and act.summary == GOOD["summary"]
    assert act.date_iso == "2015-03-26" and act.date_precision == "day"
    assert [o.name for o in act.ordered_publishers()] == ["UK Parliament", "Home Office"]
    assert sorted(t.slug for t in act.topics.all()) == ["legislation-policy", "supply-chains"]
    assert "<script>" not in act.description and "Section 54" in act.description
    assert act.provenance == "import" and act.status == "published"


def test_new_records_default_to_draft_and_publishers_match_by_acronym_or_alias(tmp_path):
    Organisation.objects.update_or_create(
        name="International Labour Organization", defaults={"acronym": "ILO", "aliases": "International Labour Office"}
    )
    before = Organisation.objects.count()  # the shipped directory
    path = write_jsonl(
        tmp_path / "in.jsonl",
        [
            {"title": "One", "publishers": ["ILO"]},
            {"title": "Two", "publishers": ["international labour office"]},
        ],
    )
    assert import_file(path).created == 2
    assert Organisation.objects.count() == before  # both matched the ILO: no new organisation
    assert set(Resource.objects.values_list("status", flat=True)) == {"draft"}


def test_reimport_updates_instead_of_duplicating(tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", [GOOD])
    import_file(path)
    changed = dict(GOOD, teaser="A corrected teaser.")
    report = import_file(write_jsonl(tmp_path / "again.jsonl", [changed]))
    assert (report.created, report.updated) == (0, 1)
    assert Resource.objects.get().teaser == "A corrected teaser."


def test_csv_import_with_lists_separated_by_semicolons(tmp_path):
    path = tmp_path / "in.csv"
    path.write_text(
        "title,type,topics,countries,languages,publishers,year,status\n"
        'Forced labour on farms,guidance,labour-exploitation; agriculture,IT; ES,en,"ILO; FLEX",2019,published\n'
        "Broken row,report,,,,,20x9,\n",
        encoding="utf-8",
    )
    report = import_file(path)
    assert report.created == 1
    assert [(p.line, "20x9" in p.message) for p in report.errors] == [(3, True)]
    farm = Resource.objects.get()
    assert sorted(c.code for c in farm.countries.all()) == ["ES", "IT"]
    assert farm.date_display == "2019"


def test_whole_file_problems_are_clear(tmp_path):
    with pytest.raises(ImportFileError, match="cannot tell the format"):
        import_file(tmp_path / "data.xlsx")
    bad = tmp_path / "latin1.jsonl"
    bad.write_bytes('{"title": "Caf\xe9"}\n'.encode("latin-1"))
    with pytest.raises(ImportFileError, match="not UTF-8"):
        import_file(bad)
    headerless = tmp_path / "no-title.csv"
    headerless.write_text("name,year\nx,2019\n")
    with pytest.raises(ImportFileError, match="title"):
        import_file(headerless)


def test_links_between_records_resolve_in_any_order(tmp_path):
    path = write_jsonl(
        tmp_path / "in.jsonl",
        [
            {"slug": "report-fr", "title": "Rapport", "languages": ["fr"], "translation_of": "report-en"},
            {"slug": "report-2017", "title": "Report 2017", "series": "annual", "superseded_by": "report-en"},
            {"slug": "report-en", "title": "Report 2018", "series": "annual"},
            {"slug": "orphan", "title": "Orphan", "translation_of": "missing-slug"},
        ],
    )
    report = import_file(path)
    assert report.created == 4
    assert Resource.objects.get(slug="report-fr").translation_of.slug == "report-en"
    assert Resource.objects.get(slug="report-2017").superseded_by.slug == "report-en"
    assert any("missing-slug" in w.message for w in report.warnings)


def test_local_files_are_stored_with_hash_size_and_type(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "report.pdf").write_bytes(b"%PDF-1.4 a tiny test file")
    path = write_jsonl(
        tmp_path / "in.jsonl",
        [dict(GOOD, files=[{"path": "docs/report.pdf", "pages": 3}, "https://example.org/summary.pdf"])],
    )
    assert import_file(path).ok
    stored, linked = Attachment.objects.order_by("position")
    assert stored.size == 25 and stored.media_type == "application/pdf" and stored.page_count == 3
    assert len(stored.sha256) == 64 and stored.file.read() == b"%PDF-1.4 a tiny test file"
    assert linked.url == "https://example.org/summary.pdf" and not linked.file


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_export_then_import_round_trips(tmp_path, fmt, django_db_blocker):
    rows = [
        GOOD,
        dict(
            GOOD,
            title="Loi relative à la traite",
            slug="loi",
            languages=["fr"],
            source_url="https://example.org/loi",
            translation_of="modern-slavery-act-2015",
            date="2016-05",
            doi="10.1234/ABC.5",
            isbn="978-0-306-40615-7",
            featured=True,
            collections=["uk-law"],
            series="acts",
            edition="2016",
        ),
        {"title": "A draft with only a title", "slug": "draft-only"},
    ]
    import_file(write_jsonl(tmp_path / "in.jsonl", rows))
    before = sorted((to_record(r) for r in records_queryset()), key=lambda r: r["slug"])
    buffer = io.StringIO()
    assert write_export(buffer, fmt) == 3
    Resource.objects.all().delete()
    out = tmp_path / f"export.{fmt}"
    out.write_text(buffer.getvalue(), encoding="utf-8")
    report = import_file(out)
    assert report.ok and report.created == 3
    after = sorted((to_record(r) for r in records_queryset()), key=lambda r: r["slug"])
    strip = lambda rs: [{k: v for k, v in r.items() if k not in {"created_at", "updated_at"}} for r in rs]  # noqa: E731
    assert strip(after) == strip(before)


def test_rows_of_one_file_naming_the_same_record_update_it(tmp_path):
    """A row whose slug, source URL or DOI an earlier row of the same file took updates that record
    (rows are written together, in file order); alike titles get their own addresses; a publisher
    or author named twice, in any case, is one organisation or person; every record has its history
    and is searchable."""
    from lantern.curation.models import Revision
    from lantern.search.models import SearchDocument

    fishing = {"title": "Forced labour in fishing", "status": "published", "publishers": ["Tidewater Watch"]}
    rows = [
        dict(fishing, source_url="https://example.org/fishing", authors=["Jane Roe"]),
        dict(fishing, doi="10.5555/fish.2"),
        {"source_url": "https://example.org/fishing", "title": "Forced labour in fishing, revised"},
        {"slug": "forced-labour-in-fishing", "teaser": "Boats and debts."},
        {"doi": "https://doi.org/10.5555/FISH.2", "teaser": "The second one."},
        {"title": "Ports", "status": "published", "publishers": ["tidewater watch"], "authors": ["JANE ROE"]},
    ]
    report = import_file(write_jsonl(tmp_path / "in.jsonl", rows))
    assert report.ok and (report.created, report.updated) == (3, 3)
    first = Resource.objects.get(slug="forced-labour-in-fishing")
    assert (first.title, first.teaser) == ("Forced labour in fishing, revised", "Boats and debts.")
    assert Resource.objects.get(slug="forced-labour-in-fishing-2").teaser == "The second one."
    ports = Resource.objects.get(slug="ports")
    assert list(ports.publishers.all()) == list(first.publishers.all())
    assert list(ports.authors.all()) == list(first.authors.all())
    assert Organisation.objects.filter(name__iexact="tidewater watch").count() == 1
    assert sorted(Revision.objects.filter(resource=first).values_list("number", flat=True)) == [1, 2, 3]
    assert Revision.objects.filter(resource=ports).count() == 1
    assert SearchDocument.objects.count() == 3


def test_a_batch_of_records_reads_as_each_record_alone(tmp_path):
    """``records_of`` (a bulk import's history reads it) gives every resource the record
    ``to_record`` gives it alone: lists in the curator's order, identifiers, files, links."""
    from lantern.catalog.records import records_of

    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    rows = [
        {
            **GOOD,
            "slug": "act",
            "publishers": ["Zeta Trust", "Alpha Aid", "Home Office"],
            "authors": ["Z. Last", "A. First"],
        },
        dict(
            GOOD,
            title="Loi",
            slug="loi",
            topics=["Supply chains", "legislation-policy"],
            countries=["GB", "FR", "ES"],
            languages=["fr", "en"],
            translation_of="act",
            doi="10.1234/ABC.5",
            isbn="978-0-306-40615-7",
            collections=["uk-law", "a-first-collection"],
            series="acts",
            edition="2016",
            files=[{"path": "report.pdf", "label": "Full report"}],
        ),
        {"title": "A draft with only a title", "slug": "draft-only"},
    ]
    assert import_file(write_jsonl(tmp_path / "in.jsonl", rows)).ok
    alone = {r.pk: to_record(r) for r in records_queryset().order_by("slug")}
    together = records_of(Resource.objects.order_by("slug"))
    assert list(together) == list(alone)
    assert together == alone
    assert together[Resource.objects.get(slug="act").pk]["publishers"] == ["Zeta Trust", "Alpha Aid", "Home Office"]
