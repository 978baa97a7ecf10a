"""lantern check-quality: a summary that describes nothing in the hub (not even its own document)
is flagged, also when the hub holds a single document; --json gives one object a finding."""

from __future__ import annotations

import json

import pytest
from conftest import run_lantern
from factories import make_resource

from lantern.catalog.models import Attachment, Page
from lantern.curation import mismatch

pytestmark = pytest.mark.django_db

PROMPT_SHEET = [
    "Spotting the signs: a prompt sheet for frontline staff",
    "Ask about the person's documents, who holds their passport, debts owed to an employer or recruiter, "
    "restricted movement, signs of forced labour, sexual exploitation or domestic servitude, and who to call: "
    "the Modern Slavery Helpline and the National Referral Mechanism first responders.",
]
CAKE = (
    "Cream the butter and sugar until pale, beat in eggs one at a time, fold in sifted flour and baking powder, "
    "add lemon zest and vanilla, pour into a lined tin and bake for forty minutes until golden; ice when cool."
)
GOOD = (
    "A prompt sheet for frontline staff: signs of forced labour, sexual exploitation and domestic servitude, "
    "documents held by an employer, debts to a recruiter, and when to call the Modern Slavery Helpline."
)


def with_document(title: str, summary: str, pages: list[str]):
    resource = make_resource(title, summary=summary)
    attachment = Attachment.objects.create(resource=resource, url=f"https://example.org/{resource.slug}.pdf")
    for number, text in enumerate(pages, start=1):
        Page.objects.create(attachment=attachment, number=number, text=text)
    return resource


def test_a_cake_recipe_on_the_only_document_is_flagged():
    sheet = with_document("Spotting the signs", CAKE, PROMPT_SHEET)
    found = [p for p in mismatch.find() if p.resource == sheet]
    assert found and "distinctive words occur in the document" in found[0].reason and found[0].other is None


def test_a_cake_recipe_matching_no_other_document_is_flagged_and_a_fitting_summary_is_not():
    sheet = with_document("Spotting the signs", CAKE, PROMPT_SHEET)
    fitting = with_document("Signs for frontline staff", GOOD, PROMPT_SHEET)
    with_document("Safe houses", "", ["Support for adult survivors in safe houses: casework and outreach."])
    flagged = {p.resource for p in mismatch.find()}
    assert sheet in flagged and fitting not in flagged


@pytest.mark.django_db(transaction=True)
def test_check_quality_json(cli_env, tmp_path):
    rows = [
        {
            "title": f"Report {n}",
            "slug": f"report-{n}",
            "summary": "Exactly the same long summary, shared by two different records on one hand-made hub page.",
            "status": "published",
        }
        for n in range(2)
    ]
    path = tmp_path / "r.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    run_lantern(cli_env, "import", str(path), check=True)
    result = run_lantern(cli_env, "check-quality", "--json", check=True)
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    mismatches = [line for line in lines if line["kind"] == "mismatch"]
    assert mismatches and mismatches[0]["resource"] == "report-1" and mismatches[0]["other"] == "report-0"
    assert "The same summary is on “Report 0”" in mismatches[0]["reasons"][0]
    summary = lines[-1]
    assert summary["kind"] == "summary" and summary["mismatches"] == len(mismatches) and summary["open_flags"] >= 1
