"""Model-free text helpers and the search-box parser."""

from __future__ import annotations

import pytest

from lantern.lib.query import parse
from lantern.lib.text import truncate_words


def test_truncate_at_a_word_boundary_within_the_limit():
    text = "Multi-agency partnership working is often highlighted as an essential aspect of the response"
    cut = truncate_words(text, 40)
    assert len(cut) <= 40 and cut.endswith("…") and text.startswith(cut[:-1])
    assert not cut[:-1].endswith(" ") and cut[:-1].split()[-1] in text.split()
    assert truncate_words("short", 40) == "short"


@pytest.mark.parametrize(
    "raw, must, exclude, fields",
    [
        ('forced "debt bondage" -uk', [["forced"], ["debt bondage"]], ["uk"], []),
        ("nrm OR referral hotel", [["nrm", "referral"], ["hotel"]], [], []),
        (
            'type:guidance year:2017..2019 publisher:"Home Office" x',
            [["x"]],
            [],
            [("type", "guidance"), ("year", "2017..2019"), ("publisher", "Home Office")],
        ),
        ("lang:fr country:GB", [], [], [("language", "fr"), ("country", "GB")]),
        ("foo:bar", [["foo:bar"]], [], []),
        ("*** ((( ", [], [], []),
    ],
)
def test_search_box_syntax(raw, must, exclude, fields):
    query = parse(raw)
    assert [[t.text for t in g] for g in query.must] == must
    assert [t.text for t in query.exclude] == exclude
    assert query.fields == fields
