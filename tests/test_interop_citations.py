"""Citation formats and page metadata: round trips through BibTeX, RIS and CSL-JSON; JSON-LD and Highwire tags."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest

from lantern.lib import citations, metadata

RECORD = {
    "slug": "uk-annual-report-2017",
    "title": "2017 UK Annual Report on Modern Slavery: 100% of cases & <more>",
    "type": "guidance",
    "authors": ["Jane Smith", "Jörg Müller"],
    "publishers": ["Home Office", "Independent Anti-Slavery Commissioner"],
    "date": "2017-10-03",
    "source_url": "https://example.org/reports/a_b%20c",
    "doi": "10.1234/abc.def",
    "summary": "Figures on the National Referral Mechanism; costs in $ and # of referrals.",
    "topics": ["labour-exploitation", "referral"],
    "languages": ["en"],
    "edition": "2017",
    "files": [{"url": "https://example.org/reports/annual.pdf", "media_type": "application/pdf", "name": "annual.pdf"}],
}
KEPT = ("slug", "title", "type", "authors", "publishers", "date", "source_url", "doi", "summary", "topics", "languages")


@pytest.mark.parametrize("fmt", ["bibtex", "ris", "csl-json"])
def test_each_format_round_trips_the_citation_fields(fmt):
    write, media_type, extension = citations.EXPORT_FORMATS[fmt]
    text = write([RECORD, {"slug": "second", "title": "Second", "date": "2019", "type": "data"}])
    rows = citations.READERS[fmt](text)
    assert [error for _, _, error in rows] == ["", ""]
    first, second = rows[0][1], rows[1][1]
    assert {k: first.get(k) for k in KEPT} == {k: RECORD[k] for k in KEPT}
    assert second == {"slug": "second", "title": "Second", "date": "2019", "type": "data"}
    assert media_type.endswith("charset=utf-8") and extension


@pytest.mark.parametrize("date", ["2017", "2017-10", "2017-10-03"])
@pytest.mark.parametrize("fmt", ["bibtex", "ris", "csl-json"])
def test_dates_keep_their_precision(fmt, date):
    write = citations.EXPORT_FORMATS[fmt][0]
    assert citations.READERS[fmt](write([{"title": "T", "date": date}]))[0][1]["date"] == date


def test_bibtex_reader_decodes_latex_and_reports_bad_entries():
    text = "@misc{cafe, title={Caf{\\'e} \\& co}, author={O'Neil, Ann and {World Bank}}, year=2020}\n@misc{nokey,\n"
    rows = citations.read_bibtex(text)
    good = [r for _, r, _ in rows if r]
    assert good == [
        {
            "slug": "cafe",
            "title": "Café & co",
            "type": "report",
            "authors": ["Ann O'Neil", "World Bank"],
            "date": "2020",
        }
    ]
    assert any(record is None and error for _, record, error in rows)


def test_readers_never_raise_on_garbage():
    for reader in citations.READERS.values():
        for text in ("", "garbage", "{", "[1, 2]", "@@@", "TY  - RPRT\nER  -\n"):
            for _, record, error in reader(text):
                assert (record is None) == bool(error)


def test_formatted_citations_in_apa_and_harvard():
    apa = citations.format_citation(RECORD, "apa")
    assert apa.startswith("Smith, J., & Müller, J. (2017).") and "Home Office" in apa
    harvard = citations.format_citation(RECORD, "harvard")
    assert harvard.startswith("Smith, J. and Müller, J. (2017)") and "Available at:" in harvard
    group = citations.format_citation({"title": "Report", "publishers": ["Home Office"], "date": "2019"}, "apa")
    assert group == "Home Office. (2019). Report."


def test_html_citations_escape_the_data():
    out = citations.format_citation(RECORD, "apa", "html")
    assert "&lt;more&gt;" in out and "<more>" not in out and "<i>" in out
    with pytest.raises(ValueError):
        citations.format_citation(RECORD, "chicago")


class _Collect(HTMLParser):
    def __init__(self):
        super().__init__()
        self.scripts: list[str] = []
        self._in = False

    def handle_starttag(self, tag, attrs):
        self._in = tag == "script" and ("type", "application/ld+json") in attrs

    def handle_data(self, data):
        if self._in:
            self.scripts.append(data)

    def handle_endtag(self, tag):
        self._in = False


def test_json_ld_parses_back_from_the_script_element():
    data = metadata.json_ld(RECORD, "https://hub.example.org/resources/uk-annual-report-2017/")
    html = f"<html><head>{metadata.json_ld_script(data)}</head></html>"
    parser = _Collect()
    parser.feed(html)
    parsed = json.loads(parser.scripts[0])
    assert parsed["@type"] == "Report" and parsed["name"] == RECORD["title"]
    assert [a["name"] for a in parsed["author"]] == RECORD["authors"]
    assert parsed["publisher"][0] == {"@type": "Organization", "name": "Home Office"}
    assert parsed["datePublished"] == "2017-10-03"
    assert parsed["associatedMedia"][0]["contentUrl"] == "https://example.org/reports/annual.pdf"
    assert parsed["identifier"][0]["value"] == "10.1234/abc.def"
    assert "</script" not in str(metadata.json_ld_script({"name": "</script><script>alert(1)</script>"})).lower()[30:-9]


def test_highwire_tags_name_title_authors_publisher_date_and_pdf():
    tags = metadata.citation_meta(RECORD, "https://hub.example.org/r/")
    names = [n for n, _ in tags]
    assert names[0] == "citation_title"
    assert ("citation_author", "Smith, Jane") in tags and ("citation_author", "Müller, Jörg") in tags
    assert ("citation_publisher", "Home Office") in tags
    assert ("citation_publication_date", "2017/10/03") in tags
    assert ("citation_pdf_url", "https://example.org/reports/annual.pdf") in tags
    assert all(re.fullmatch(r"citation_[a-z_]+", n) and v for n, v in tags)


def test_ris_records_start_at_ty_without_counter_lines():
    from lantern.lib import citations

    out = citations.to_ris([{"title": "One", "type": "report"}, {"title": "Two", "type": "guidance"}])
    assert out.startswith("TY  - ") and "\n1." not in out and not out.startswith("1.")
    assert [record["title"] for _, record, _ in citations.read_ris(out)] == ["One", "Two"]


PARTICLES = {
    "slug": "berg-2022",
    "title": "Labour exploitation in agriculture",
    "type": "research",
    "authors": ["Ludwig van der Berg", "María de la Cruz", "Seán O'Connor"],
    "publishers": ["Home Office"],
    "date": "2022",
    "edition": "2022",
}
BY_ORGANISATION = {"slug": "ho-2019", "title": "Report", "publishers": ["Home Office"], "date": "2019"}


def test_name_particles_stay_with_the_family_name_everywhere():
    assert "author = {van der Berg, Ludwig and de la Cruz, María and O'Connor, Seán}" in citations.to_bibtex(
        [PARTICLES]
    )
    ris = citations.to_ris([PARTICLES])
    assert "AU  - van der Berg, Ludwig\nAU  - de la Cruz, María\nAU  - O'Connor, Seán\n" in ris
    [item] = json.loads(citations.to_csl_json([PARTICLES]))
    assert item["author"][0] == {"given": "Ludwig", "non-dropping-particle": "van der", "family": "Berg"}
    tags = metadata.citation_meta(PARTICLES, "https://hub.example.org/r/")
    assert [v for n, v in tags if n == "citation_author"] == [
        "van der Berg, Ludwig",
        "de la Cruz, María",
        "O'Connor, Seán",
    ]
    apa = citations.format_citation(PARTICLES, "apa")
    assert apa.startswith("van der Berg, L., de la Cruz, M., & O'Connor, S. (2022).")
    assert citations.format_citation(PARTICLES, "harvard").startswith(
        "van der Berg, L., de la Cruz, M. and O'Connor, S."
    )
    for fmt in ("bibtex", "ris", "csl-json"):
        [(_, record, _)] = citations.READERS[fmt](citations.EXPORT_FORMATS[fmt][0]([PARTICLES]))
        assert record["authors"] == PARTICLES["authors"], fmt


def test_an_edition_named_by_its_year_is_not_an_ordinal():
    assert "(2022 edition)" in citations.format_citation(PARTICLES, "apa")
    assert "2022 edition." in citations.format_citation(PARTICLES, "harvard")
    assert "(2nd ed.)" in citations.format_citation({**PARTICLES, "edition": "2"}, "apa")
    assert "nd ed." not in citations.format_citation({**PARTICLES, "edition": "2019-2020"}, "apa")


def test_an_organisation_is_the_author_of_a_work_no_person_wrote():
    assert "author = {{Home Office}}" in citations.to_bibtex([BY_ORGANISATION])
    assert "AU  - Home Office,\n" in citations.to_ris([BY_ORGANISATION])
    assert json.loads(citations.to_csl_json([BY_ORGANISATION]))[0]["author"] == [{"literal": "Home Office"}]
    tags = metadata.citation_meta(BY_ORGANISATION, "https://hub.example.org/r/")
    assert ("citation_author", "Home Office") in tags
    for fmt in ("bibtex", "ris", "csl-json"):
        [(_, record, _)] = citations.READERS[fmt](citations.EXPORT_FORMATS[fmt][0]([BY_ORGANISATION]))
        assert (record.get("authors"), record["publishers"]) == (None, ["Home Office"]), fmt
    # Another tool's organisation author with no publisher is the publisher in Lantern.
    [(_, record, _)] = citations.read_bibtex("@techreport{k, title={T}, author={{World Bank}}}")
    assert (record.get("authors"), record["publishers"]) == (None, ["World Bank"])


def test_a_summary_cannot_end_a_ris_record_or_start_another():
    evil = {
        "slug": "evil",
        "title": "Evil",
        "summary": "Fine.\nER  - \nTY  - JOUR\nTI  - Injected\n\nSecond paragraph.",
    }
    text = citations.to_ris([evil, {"slug": "next", "title": "Next"}])
    assert [line for line in text.splitlines() if line.startswith(("TY  - ", "ER  - "))] == ["TY  - RPRT", "ER  - "] * 2
    rows = citations.read_ris(text)
    assert [record["title"] for _, record, _ in rows] == ["Evil", "Next"]
    # Kept line by line; only the space ending a line is not (no RIS reader keeps it).
    assert rows[0][1]["summary"] == evil["summary"].replace("ER  - \n", "ER  -\n")


def test_bibtex_markup_in_a_title_is_escaped_not_written_raw():
    record = {"slug": "t", "title": "Unbalanced } brace, 100% of $5 & #1 ~ ^ _ \\ -- ``q''", "authors": ["Ann Smith"]}
    text = citations.to_bibtex([record])
    assert (
        r"title = {Unbalanced \textbraceright{} brace, 100\% of \$5 \& \#1 \textasciitilde{} \textasciicircum{} \_ "
        r"\textbackslash{} -{}- `{}`q'{}'}," in text
    )
    [(_, back, _)] = citations.read_bibtex(text)
    assert (back["title"], back["authors"]) == (record["title"], ["Ann Smith"])


@pytest.mark.django_db
def test_every_demo_resource_page_names_an_author_for_scholar_indexes(client):
    from lantern.catalog.models import Resource
    from lantern.ingest import demo

    assert demo.load().errors == []
    published = list(Resource.objects.published())
    without = []
    for resource in published:
        html = client.get(resource.get_absolute_url()).content.decode()
        if '<meta name="citation_author" content="' not in html:
            without.append(resource.slug)
    assert len(published) >= 100 and without == []


@pytest.mark.django_db
def test_a_resource_page_cites_its_particled_authors_and_its_organisation(client):
    from factories import make_organisation, make_resource

    from lantern.catalog.models import Person, ResourceAuthor

    office = make_organisation("Office for Lantern tests")
    by_people = make_resource("Labour exploitation in agriculture", publishers=[office], edition="2022")
    ResourceAuthor.objects.create(
        resource=by_people, person=Person.objects.create(name="Ludwig van der Berg"), position=0
    )
    by_office = make_resource("Annual report", publishers=[office])
    html = client.get(by_people.get_absolute_url()).content.decode()
    assert '<meta name="citation_author" content="van der Berg, Ludwig">' in html
    assert "van der Berg, L. (2018)." in html and "(2022 edition)" in html and "nd ed." not in html
    html = client.get(by_office.get_absolute_url()).content.decode()
    assert '<meta name="citation_author" content="Office for Lantern tests">' in html
