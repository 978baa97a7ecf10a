"""Mismatch checks: the seed hub's case — a title of one report over the abstract of another —
and front pages that disagree with the record."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import run_lantern
from factories import make_organisation, make_resource

from lantern.catalog.models import Attachment, Page
from lantern.curation import mismatch
from lantern.curation.models import Flag

pytestmark = pytest.mark.django_db

ANNUAL_PAGES = [
    "2017 UK Annual Report on Modern Slavery\nOctober 2017\nHome Office",
    "This annual report sets out the steps the Government, the Scottish Government and the Northern Ireland Executive "
    "took in 2017. In 2016 there were 3,804 referrals to the National Referral Mechanism, and police recorded 2,255 "
    "modern slavery offences. The Modern Slavery Act 2015 gave courts Slavery and Trafficking Prevention Orders; "
    "prosecutions rose, and the Crown Prosecution Service charged more defendants. Ministers set out the Pursue, "
    "Prevent, Protect and Prepare strands, the duty to notify, victim care contracts and transparency in supply chains.",
]
PARTNERSHIP_PAGES = [
    "Collaborating for Freedom: anti-slavery partnerships in the UK\nUniversity of Nottingham Rights Lab\n2017",
    "This research maps multi-agency anti-slavery partnerships across the UK, identifies examples of good practice among "
    "them and the conditions that helped facilitate success. Partnerships bring police, local authorities, health, "
    "charities and faith groups together; coordination, dedicated funding, leadership and information sharing matter. "
    "Most partnerships had no dedicated funding and no means of monitoring activity. The collaborative project between "
    "the Commissioner's office and the University of Nottingham surveyed partnership coordinators.",
]
SEED_ABSTRACT = (
    "Multi-agency partnership working is often highlighted as essential to the response to modern slavery, yet there "
    "has been little guidance on the form partnerships should take. Most have no dedicated funding and no means of "
    "monitoring activity. This research, a collaborative project between the Commissioner's office and the University "
    "of Nottingham, maps anti-slavery partnerships across the UK and identifies good practice and the conditions for success."
)
OTHER_PAGES = [
    [
        f"Guide number {n}\nThe Salvation Army\n2019",
        f"Support for adult survivors in safe houses, casework, outreach and "
        f"resettlement; needs assessments, interpreters, legal advice and health care. Volume {n}.",
    ]
    for n in range(4)
]


def document(resource, pages):
    attachment = Attachment.objects.create(resource=resource, url=f"https://example.org/{resource.slug}.pdf")
    for number, text in enumerate(pages, start=1):
        Page.objects.create(attachment=attachment, number=number, text=text)
    return resource


@pytest.fixture
def seed_case(db):
    home_office, nottingham = make_organisation("Home Office"), make_organisation("University of Nottingham")
    annual = document(
        make_resource(
            "2017 UK Annual Report on Modern Slavery",
            publishers=[home_office],
            date=dt.date(2017, 10, 1),
            summary=SEED_ABSTRACT,
        ),
        ANNUAL_PAGES,
    )
    partnership = document(
        make_resource(
            "Collaborating for Freedom: anti-slavery partnerships in the UK",
            publishers=[nottingham],
            date=dt.date(2017, 10, 1),
            summary=SEED_ABSTRACT,
        ),
        PARTNERSHIP_PAGES,
    )
    for n, pages in enumerate(OTHER_PAGES):
        document(
            make_resource(
                f"Guide number {n}",
                date=dt.date(2019, 1, 1),
                summary="How safe houses support adult survivors: casework, outreach, interpreters, legal advice, health care and resettlement.",
            ),
            pages,
        )
    return annual, partnership


def test_the_seed_hubs_mismatch_is_caught(seed_case):
    annual, partnership = seed_case
    problems = mismatch.check_descriptions(mismatch._documents())
    flagged = {p.resource.pk: p for p in problems}
    assert annual.pk in flagged and partnership.pk not in flagged
    assert flagged[annual.pk].other == partnership
    assert "Collaborating for Freedom" in flagged[annual.pk].reason


def test_the_same_description_twice_is_caught(seed_case):
    annual, partnership = seed_case
    repeated = mismatch.check_repeated_descriptions()
    assert any({p.resource.pk, p.other.pk} == {annual.pk, partnership.pk} for p in repeated)


def test_front_page_disagreements(seed_case):
    annual, _ = seed_case
    annual.title = "National Referral Mechanism statistics"
    annual.published_date = dt.date(2019, 1, 1)
    annual.save()
    reasons = [p.reason for p in mismatch.check_front_page(mismatch._documents()) if p.resource.pk == annual.pk]
    assert any("is not on the document's first pages" in r for r in reasons)
    assert any("record says 2019; the document says 2017" in r for r in reasons)


def test_flags_are_raised_once_and_can_be_dismissed_with_a_reason(seed_case):
    problems = mismatch.find()
    assert mismatch.raise_flags(problems) >= 2
    assert mismatch.raise_flags(mismatch.find()) == 0
    flag = Flag.objects.filter(kind="mismatch").first()
    flag.decide(Flag.Status.DISMISSED, "Checked: the abstract is right for this edition")
    flag.refresh_from_db()
    assert flag.status == "dismissed" and flag.note.startswith("Checked") and flag.decided_at


@pytest.mark.django_db(transaction=True)
def test_check_quality_command(cli_env, tmp_path):
    import json

    rows = [
        {
            "title": f"Report {n}",
            "summary": "Exactly the same long summary, shared by two different records on one hand-made hub page, as the seed shows.",
            "status": "published",
        }
        for n in range(2)
    ]
    path = tmp_path / "r.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    run_lantern(cli_env, "import", str(path), check=True)
    out = run_lantern(cli_env, "check-quality", check=True).stdout
    assert "The same summary is on “Report 0”" in out and "new flag(s)" in out
