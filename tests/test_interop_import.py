"""Imports from other tools: BibTeX, RIS and CSL-JSON round trips through `lantern export`/`import`, and a WordPress WXR export."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command
from interop_support import make_hub

from lantern.catalog.models import Resource
from lantern.ingest import formats

pytestmark = pytest.mark.django_db

FIELDS = ("title", "type", "authors", "publishers", "date", "source_url", "topics", "languages")


def run(*args) -> tuple[str, int]:
    out, err = io.StringIO(), io.StringIO()
    code = 0
    try:
        call_command(*args, stdout=out, stderr=err)
    except SystemExit as exc:
        code = exc.code
    return out.getvalue() + err.getvalue(), code


def snapshot() -> dict:
    from lantern.catalog.records import records_queryset, to_record

    return {r.slug: {k: to_record(r)[k] for k in FIELDS} for r in records_queryset(Resource.objects.published())}


@pytest.mark.parametrize(("fmt", "name"), [("bibtex", "hub.bib"), ("ris", "hub.ris"), ("csl-json", "hub.json")])
def test_export_then_import_round_trips(tmp_path, fmt, name):
    make_hub()
    before = snapshot()
    path = tmp_path / name
    args = ["--format", fmt] if fmt == "csl-json" else []
    run("export", str(path), "--published-only", *args)
    assert path.read_text(encoding="utf-8").strip()

    output, code = run("import", str(path), "--format", fmt, "--dry-run")
    assert code == 0 and "dry run, nothing written: would have 0 created, 3 updated" in output

    Resource.objects.all().delete()
    output, code = run("import", str(path), "--format", fmt, "--status", "published")
    assert code == 0 and "3 created" in output, output
    assert snapshot() == before


def test_a_bad_entry_is_reported_and_the_rest_goes_in(tmp_path):
    path = tmp_path / "refs.ris"
    path.write_text(
        "TY  - RPRT\nTI  - Good one\nKW  - referral\nKW  - not-a-topic\nLA  - en\nER  - \n\n"
        "TY  - RPRT\nAU  - Nobody, Ann\nER  - \n",
        encoding="utf-8",
    )
    output, code = run("import", str(path), "--json")
    report = json.loads(output.splitlines()[0])
    assert code == 1 and report["created"] == 1
    assert report["errors"] == [{"line": 2, "error": "the entry has no title"}]
    assert any("not-a-topic" in w["warning"] for w in report["warnings"])
    resource = Resource.objects.get(title="Good one")
    assert resource.status == "draft" and [t.slug for t in resource.topics.all()] == ["referral"]


WXR = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
  xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
  <title>RESPECT resources</title>
  <wp:wxr_version>1.2</wp:wxr_version>
  <item>
    <title>2017 UK Annual Report on Modern Slavery</title>
    <link>https://respect.example.org/resources/uk-annual-report-2017/</link>
    <dc:creator><![CDATA[editor]]></dc:creator>
    <content:encoded><![CDATA[<p>The Home Office's annual report.</p><script>alert(1)</script>]]></content:encoded>
    <excerpt:encoded><![CDATA[The <b>2017</b> report on modern slavery in the UK.]]></excerpt:encoded>
    <wp:post_id>10</wp:post_id>
    <wp:post_date>2017-10-18 09:00:00</wp:post_date>
    <wp:post_type>resource</wp:post_type>
    <wp:status>publish</wp:status>
    <category domain="category" nicename="referral"><![CDATA[Referral]]></category>
    <category domain="post_tag" nicename="uk"><![CDATA[Home Office]]></category>
  </item>
  <item>
    <title>annual-report.pdf</title>
    <wp:post_id>11</wp:post_id>
    <wp:post_parent>10</wp:post_parent>
    <wp:post_type>attachment</wp:post_type>
    <wp:attachment_url>https://respect.example.org/wp-content/uploads/annual-report.pdf</wp:attachment_url>
  </item>
  <item>
    <title></title>
    <wp:post_id>12</wp:post_id>
    <wp:post_type>post</wp:post_type>
  </item>
  <item>
    <title>Menu</title>
    <wp:post_type>nav_menu_item</wp:post_type>
  </item>
</channel>
</rss>
"""


def test_wxr_import_with_dry_run_then_idempotent_import(tmp_path):
    path = tmp_path / "respect.WordPress.2024-01-01.xml"
    path.write_text(WXR, encoding="utf-8")
    dry = formats.import_path(path, "wxr", dry_run=True)
    assert dry.created == 1 and [(p.line, p.message) for p in dry.errors] == [(3, "the item has no title")]
    assert not Resource.objects.exists()

    output, code = run("import", str(path))
    assert code == 1 and "1 created" in output and "respect.WordPress.2024-01-01.xml:3: error" in output
    resource = Resource.objects.get()
    assert resource.title == "2017 UK Annual Report on Modern Slavery" and resource.status == "draft"
    assert resource.teaser == "The 2017 report on modern slavery in the UK." and "<script>" not in resource.description
    assert resource.date_iso == "2017-10-18" and resource.source_url.endswith("/uk-annual-report-2017/")
    assert [t.slug for t in resource.topics.all()] == ["referral"]
    assert [a.url for a in resource.attachments.all()] == [
        "https://respect.example.org/wp-content/uploads/annual-report.pdf"
    ]
    again = formats.import_path(path, "wxr")
    assert again.created == 0 and again.updated == 1 and Resource.objects.count() == 1


def test_wxr_refuses_entities_and_garbage(tmp_path):
    bomb = tmp_path / "bomb.xml"
    bomb.write_text('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa">]><rss><channel/></rss>', encoding="utf-8")
    [(line, record, error)] = formats.read(bomb, "wxr")
    assert line == 0 and record is None and "not a WordPress export" in error
    other = tmp_path / "other.xml"
    other.write_text("<html/>", encoding="utf-8")
    assert formats.read(other, "wxr")[0][1] is None


def test_csl_json_ids_from_a_reference_manager_never_become_slugs(tmp_path):
    from factories import make_resource

    existing = make_resource("Someone else's resource", slug="a")
    path = tmp_path / "zotero.json"
    items = [
        {
            "id": "a",
            "type": "report",
            "title": "Trafficking in Persons Report 2023",
            "author": [{"literal": "US State Department"}],
        },
        {"id": "c", "type": "report", "title": "Forced labour in supply chains", "issued": {"date-parts": [[2021, 6]]}},
    ]
    path.write_text(json.dumps(items), encoding="utf-8")
    report = formats.import_path(path, "csl-json")
    assert (report.errors, report.created, report.updated) == ([], 2, 0)
    existing.refresh_from_db()
    assert existing.title == "Someone else's resource"
    assert sorted(Resource.objects.exclude(pk=existing.pk).values_list("slug", flat=True)) == [
        "forced-labour-in-supply-chains",
        "trafficking-in-persons-report-2023",
    ]


def test_bibtex_problems_are_reported_in_lanterns_words_by_entry(tmp_path, cli_env):
    from interop_support import run_lantern

    path = tmp_path / "refs.bib"
    path.write_text(
        "@techreport{good, title = {Good one}, author = {van der Berg, Ludwig}, year = 2020}\n\n"
        "@book{early, title = {Unbalanced } brace}, author = {Smith, Ann}}\n\n"
        "@misc{open, title = {Never closed},\n\n"
        "@misc{good, title = {Same key}}\n"
        "@misc{last, title = {Last one}}\n",
        encoding="utf-8",
    )
    result = run_lantern(cli_env, "import", str(path))
    output = result.stdout + result.stderr
    assert result.returncode == 1 and "2 created" in output, output
    assert "Parsing of" not in output and "aborted" not in output and "bibtexparser" not in output
    errors = [line for line in output.splitlines() if ": error: " in line]
    assert errors == [
        "refs.bib:2: error: the entry starting on line 3 ends early at an unbalanced '}': "
        "', author = {Smith, Ann}}' is left over",
        "refs.bib:3: error: the entry starting on line 5 cannot be read: "
        "a new entry starts before this one is closed (a missing '}' or '\"'?)",
        "refs.bib:4: error: the entry starting on line 7 repeats the key 'good' of an earlier entry",
    ]


def test_a_summary_with_ris_tag_lines_round_trips_without_extra_records(tmp_path):
    hub = make_hub()
    hub["annual"].summary = "Referrals rose.\nER  -\nTY  - JOUR\nTI  - Injected"
    hub["annual"].save()
    path = tmp_path / "hub.ris"
    run("export", str(path), "--format", "ris", "--published-only")
    output, code = run("import", str(path), "--dry-run")
    assert code == 0 and "would have 0 created, 3 updated" in output, output
    Resource.objects.all().delete()
    output, code = run("import", str(path), "--status", "published")
    assert code == 0 and "3 created" in output
    assert Resource.objects.get(slug=hub["annual"].slug).summary == "Referrals rose.\nER  -\nTY  - JOUR\nTI  - Injected"


@pytest.mark.parametrize(("fmt", "name", "line"), [("bibtex", "hub.bib", "keywords = {"), ("ris", "hub.ris", "KW  - ")])
def test_citation_managers_get_topic_names_as_keywords(tmp_path, client, fmt, name, line):
    """Zotero and its peers show keywords as tags: the topic's name, never its slug."""
    make_hub()
    path = tmp_path / name
    run("export", str(path), "--published-only")
    exported = path.read_text(encoding="utf-8")
    served = client.get("/api/v1/export", {"format": fmt}).content.decode()
    slug = Resource.objects.published().get(topics__slug="partnership-working").slug
    cited = client.get(f"/api/v1/resources/{slug}/cite", {"format": fmt}).content.decode()
    for text in (exported, served, cited):
        keywords = [row for row in text.splitlines() if line in row]
        assert any("Partnership working" in row for row in keywords), text
        assert not any("partnership-working" in row for row in keywords)
