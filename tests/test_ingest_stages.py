"""Analysis in two stages: ``metadata`` (what a document states) and ``derive`` (what is made from
its text); ``analyse`` is one then the other, as it always was."""

from __future__ import annotations

import dataclasses

import ingest_support as support
import pytest

from lantern.ingest import pipeline
from lantern.ingest.sources.base import Limits

pytestmark = pytest.mark.django_db


def read(report: support.Report, tmp_path):
    _source, extracted = pipeline.read(support.make(report, tmp_path), Limits.from_settings())
    return extracted


def test_metadata_states_the_facts_and_derive_adds_teaser_summary_and_suggestions(tmp_path):
    report = support.reports()[1]
    extracted = read(report, tmp_path)
    stated = pipeline.metadata(extracted, "fallback")
    assert (stated.title, stated.date.date.year, stated.languages) == (report.title, report.year, ["en"])
    assert stated.publisher.name == report.publisher
    assert stated.doi == report.doi.lower()
    assert (stated.teaser, stated.summary, stated.suggestions) == ("", "", [])
    derived = pipeline.derive(stated, extracted)
    assert derived.teaser and derived.summary and derived.suggestions


def test_analyse_is_metadata_then_derive(tmp_path):
    for report in support.reports()[:6]:
        extracted = read(report, tmp_path)
        whole = pipeline.analyse(extracted, "fallback")
        staged = pipeline.derive(pipeline.metadata(extracted, "fallback"), extracted)
        assert dataclasses.asdict(whole) == dataclasses.asdict(staged)
