"""The publisher read from the document itself, on a hub that holds only the shipped directory:
the cover line under the title, Crown copyright, other copyright lines, running footers and the
file's metadata; a publisher the directory lacks is proposed as a new organisation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import REPO, run_lantern
from django.core.management import call_command
from fpdf import FPDF

from lantern.catalog.models import Organisation
from lantern.ingest.models import IngestJob, Suggestion

CORPUS = REPO.parent / "shared" / "corpus" / "home-office"
pytestmark = pytest.mark.django_db

PROSE = {
    "en": (
        "This report sets out what frontline workers in the region told us about exploitation in "
        "agriculture, construction and care work over the last two years. It describes how people were "
        "recruited with false promises, how debts were used to control them and which services helped "
        "them recover. It ends with recommendations for local authorities, employers and health workers."
    ),
    "fr": (
        "Ce rapport présente ce que les professionnels de terrain de la région nous ont dit de "
        "l'exploitation dans l'agriculture, le bâtiment et les services à la personne depuis deux ans. "
        "Il décrit comment les personnes ont été recrutées par de fausses promesses, comment les dettes "
        "ont servi à les contrôler et quels services les ont aidées à se rétablir."
    ),
}


def make_report(
    directory: Path,
    name: str,
    title: str,
    cover: list[str],
    *,
    language: str = "en",
    imprint: list[str] = (),
    footer: str = "",
    author: str = "jsmith",
    pages: int = 4,
) -> Path:
    """A report as small publishers make them: the title, then lines of the cover (the publisher's
    name on a line of its own, a date), prose pages, an optional imprint and running footer."""
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_author(author)
    pdf.set_creator("Writer")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 24)
    pdf.ln(40)
    pdf.multi_cell(0, 11, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=14)
    for line in cover:
        pdf.ln(6)
        pdf.cell(0, 10, line, new_x="LMARGIN", new_y="NEXT")
    for number in range(2, pages + 1):
        pdf.add_page()
        pdf.set_font("Helvetica", size=11)
        text = "\n".join(imprint) if number == 2 and imprint else PROSE[language]
        pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        if footer:
            pdf.set_y(-20)
            pdf.cell(0, 8, f"{footer} | {number}")
    path = directory / name
    pdf.output(str(path))
    return path


def ingest(*paths: Path) -> dict[str, IngestJob]:
    call_command("ingest", *(str(p) for p in paths), "--wait", "--no-progress")
    return {Path(job.path).name: job for job in IngestJob.objects.all()}


def publishers(job: IngestJob) -> list[str]:
    assert job.status == IngestJob.Status.DONE, job.error
    return [o.name for o in job.resource.ordered_publishers()]


def test_cover_line_under_the_title_names_a_new_publisher(settings, tmp_path):
    english = make_report(
        tmp_path,
        "northbridge.pdf",
        "Hidden in Plain Sight: Labour Exploitation in Northbridge",
        ["Northbridge Anti-Slavery Partnership", "March 2024"],
    )
    french = make_report(
        tmp_path,
        "observatoire.pdf",
        "La traite des êtres humains en région : état des lieux 2023",
        ["Observatoire régional de la traite des êtres humains", "Novembre 2023"],
        language="fr",
    )
    before = Organisation.objects.count()
    jobs = ingest(english, french)
    assert publishers(jobs["northbridge.pdf"]) == ["Northbridge Anti-Slavery Partnership"]
    assert publishers(jobs["observatoire.pdf"]) == ["Observatoire régional de la traite des êtres humains"]
    # Not in the directory: proposed as new organisations, for an editor to review.
    assert Organisation.objects.count() == before + 2
    labels = set(Suggestion.objects.filter(field=Suggestion.Field.PUBLISHER).values_list("label", flat=True))
    assert labels == {
        "Northbridge Anti-Slavery Partnership (new organisation)",
        "Observatoire régional de la traite des êtres humains (new organisation)",
    }


def test_funder_on_the_cover_is_not_the_publisher(tmp_path):
    path = make_report(
        tmp_path,
        "funded.pdf",
        "Safe Homes: Supporting Survivors after Exploitation",
        ["With the support of", "European Union", "Kestrel Migrant Support Network", "2022"],
    )
    assert publishers(ingest(path)["funded.pdf"]) == ["Kestrel Migrant Support Network"]


def test_known_organisation_alone_on_the_cover_is_matched_to_the_directory(tmp_path):
    path = make_report(tmp_path, "flex.pdf", "Risky Business: Tackling Exploitation in Care", ["FLEX", "2023"])
    job = ingest(path)["flex.pdf"]
    assert publishers(job) == ["Focus on Labour Exploitation"]
    assert not job.resource.suggestions.filter(label__endswith="(new organisation)").exists()


def test_copyright_line_names_the_publisher(tmp_path):
    path = make_report(
        tmp_path,
        "ilo.pdf",
        "Forced Labour in Seasonal Agriculture",
        ["A review of evidence", "2023"],
        imprint=["© International Labour Organization 2023", "First published 2023"],
    )
    assert publishers(ingest(path)["ilo.pdf"]) == ["International Labour Organization"]


def test_crown_copyright_without_a_department_is_the_uk_government(tmp_path):
    path = make_report(
        tmp_path,
        "crown.pdf",
        "Guidance for Frontline Staff on Labour Exploitation",
        ["2024"],
        imprint=["© Crown copyright 2024", "This publication is licensed under the Open Government Licence."],
    )
    assert publishers(ingest(path)["crown.pdf"]) == ["HM Government"]


def test_running_footer_names_the_publisher(tmp_path):
    path = make_report(
        tmp_path,
        "footer.pdf",
        "Annual Review of Our Outreach Work",
        ["2021"],
        footer="Hope for Justice",
        pages=5,
    )
    assert publishers(ingest(path)["footer.pdf"]) == ["Hope for Justice"]


def test_file_metadata_names_the_publisher_when_the_text_does_not(tmp_path):
    path = make_report(
        tmp_path, "meta.pdf", "Exploitation in Care Work: What Workers Told Us", ["2020"], author="Unseen"
    )
    assert publishers(ingest(path)["meta.pdf"]) == ["Unseen"]


@pytest.mark.skipif(not (CORPUS / "truth.jsonl").exists(), reason="the shared corpus is not here")
def test_empty_hub_cli_gives_the_publisher_of_real_and_generated_reports(cli_env, tmp_path):
    """What a new hub's first user runs: `lantern ingest --wait --json` on an empty hub."""
    truth = [json.loads(line) for line in (CORPUS / "truth.jsonl").read_text().splitlines() if line.strip()]
    expected = {CORPUS / row["file"]: row["publisher"] for row in truth}
    cover = make_report(
        tmp_path,
        "northbridge.pdf",
        "Hidden in Plain Sight: Labour Exploitation in Northbridge",
        ["Northbridge Anti-Slavery Partnership", "March 2024"],
    )
    expected[cover] = "Northbridge Anti-Slavery Partnership"
    result = run_lantern(cli_env, "ingest", *map(str, expected), "--wait", "--json", check=True, timeout=600)
    found = [json.loads(line) for line in result.stdout.splitlines()]
    assert [item["status"] for item in found] == ["done"] * len(expected)
    assert [item["record"]["publishers"] for item in found] == [[name] for name in expected.values()]


def test_a_name_wrapped_over_two_cover_lines_is_read_whole(tmp_path):
    path = make_report(
        tmp_path,
        "wrapped.pdf",
        "Exploitation par le travail : ce que disent les victimes",
        ["Observatoire départemental des violences", "et de la traite des êtres humains", "Juin 2022"],
        language="fr",
    )
    assert publishers(ingest(path)["wrapped.pdf"]) == [
        "Observatoire départemental des violences et de la traite des êtres humains"
    ]
