"""Precision and recall of duplicate / edition / translation / part detection.

Usage: .venv/bin/python bench/dedupe.py
Loads the demo hub into a temporary data directory, then builds a labelled set from it:
- the demo's own series editions and translation pairs, with the curators' links removed
  (labels: edition, translation);
- for every fourth resource, the same report as another hub lists it: the title re-cased and
  re-punctuated, a mirror URL (www., http, a tracking parameter), its own description, the
  publisher by acronym where it has one (label: duplicate);
- for every seventh, an executive summary of it by the same publisher (label: part);
- the Home Office PDFs attached a second time to a new record (label: duplicate, same file).
Every other pair is a negative. Prints precision and recall per kind and overall.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path


def main() -> None:
    os.environ["LANTERN_DATA_DIR"] = tempfile.mkdtemp(prefix="lantern-dedupe-")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lantern.settings")
    lantern = str(Path(sys.executable).with_name("lantern"))
    subprocess.run([lantern, "demo", "--verbosity", "0"], check=True)
    subprocess.run([lantern, "reindex", "--verbosity", "0"], check=True)  # multilingual vectors, for translations
    import django

    django.setup()
    from lantern.catalog.models import Attachment, Resource, ResourcePublisher
    from lantern.curation import duplicates

    truth: dict[frozenset[int], str] = {}
    versions: dict[int, set[int]] = {}
    for resource in Resource.objects.exclude(translation_of=None):
        versions.setdefault(resource.translation_of_id, {resource.translation_of_id}).add(resource.id)
    for group in versions.values():  # every two language versions of one work are translations
        for a in group:
            for b in group - {a}:
                truth[frozenset((a, b))] = "translation"
    by_series: dict[int, list[int]] = {}
    for rid, series, original in Resource.objects.exclude(series=None).values_list(
        "id", "series_id", "translation_of_id"
    ):
        if original is None:
            by_series.setdefault(series, []).append(rid)
    for ids in by_series.values():
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                truth[frozenset((a, b))] = "edition"
    Resource.objects.update(translation_of=None, superseded_by=None, series=None)

    originals = list(Resource.objects.order_by("id"))
    for n, original in enumerate(originals):
        publishers = list(original.publisher_links.select_related("organisation"))
        if n % 4 == 0:
            copy = Resource.objects.create(
                title=_recase(original.title),
                type=original.type,
                published_date=original.published_date,
                date_precision=original.date_precision,
                source_url=_mirror(original.source_url),
                summary=f"Listed on another hub: {original.teaser[:80]} (our own description of it).",
                status=Resource.Status.PUBLISHED,
            )
            copy.languages.set(original.languages.all())
            for link in publishers:
                ResourcePublisher.objects.create(resource=copy, organisation=link.organisation, position=link.position)
            truth[frozenset((original.id, copy.id))] = "duplicate"
        if n % 7 == 3:
            part = Resource.objects.create(
                title=f"Executive summary: {original.title}",
                type=original.type,
                published_date=original.published_date,
                summary="The main findings in a few pages.",
                status=Resource.Status.PUBLISHED,
            )
            part.languages.set(original.languages.all())
            for link in publishers:
                ResourcePublisher.objects.create(resource=part, organisation=link.organisation, position=link.position)
            truth[frozenset((original.id, part.id))] = "part"
    for attachment in Attachment.objects.exclude(sha256="")[:3]:
        twin = Resource.objects.create(title=f"Untitled upload {attachment.pk}", status=Resource.Status.DRAFT)
        Attachment.objects.create(
            resource=twin, file=attachment.file.name, filename="copy.pdf", sha256=attachment.sha256
        )
        truth[frozenset((attachment.resource_id, twin.id))] = "duplicate"

    # The same report twice stands in the same relations as the original: label every pair by
    # the relation between the groups of copies they belong to.
    root: dict[int, int] = {}
    for pair, kind in truth.items():
        if kind == "duplicate":
            a, b = sorted(pair)
            root[b] = root.get(a, a)
    group = lambda i: root.get(i, i)  # noqa: E731
    between = {frozenset(map(group, pair)): kind for pair, kind in truth.items() if kind != "duplicate"}
    members: dict[int, list[int]] = {}
    for rid in Resource.objects.values_list("id", flat=True):
        members.setdefault(group(rid), []).append(rid)
    for groups, kind in between.items():
        if len(groups) == 2:
            g1, g2 = groups
            for x in members.get(g1, []):
                for y in members.get(g2, []):
                    truth.setdefault(frozenset((x, y)), kind)

    start = time.perf_counter()
    found = duplicates.find()
    elapsed = time.perf_counter() - start
    predicted = {frozenset((c.a.id, c.b.id)): c.kind for c in found}
    print(
        f"{Resource.objects.count()} resources, {len(truth)} labelled pairs, {len(predicted)} proposed, {elapsed:.2f} s"
    )
    print(f"{'kind':<12} {'labelled':>8} {'proposed':>8} {'right':>6} {'precision':>9} {'recall':>7}")
    totals = Counter()
    for kind in ("duplicate", "edition", "translation", "part"):
        labelled = {p for p, k in truth.items() if k == kind}
        proposed = {p for p, k in predicted.items() if k == kind}
        right = len(labelled & proposed)
        totals.update(labelled=len(labelled), proposed=len(proposed), right=right)
        print(
            f"{kind:<12} {len(labelled):>8} {len(proposed):>8} {right:>6} {_ratio(right, len(proposed)):>9} {_ratio(right, len(labelled)):>7}"
        )
    print(
        f"{'all kinds':<12} {totals['labelled']:>8} {totals['proposed']:>8} {totals['right']:>6} "
        f"{_ratio(totals['right'], totals['proposed']):>9} {_ratio(totals['right'], totals['labelled']):>7}"
    )
    any_pair = len(set(truth) & set(predicted))
    print(
        f"pair found at all (any kind): precision {_ratio(any_pair, len(predicted))}, recall {_ratio(any_pair, len(truth))}"
    )
    wrong = [(truth.get(p, "none"), k) for p, k in predicted.items() if truth.get(p) != k]
    if wrong:
        print("confusions (labelled → proposed):", dict(Counter(wrong)))
    if "-v" in sys.argv:
        titles = dict(Resource.objects.values_list("id", "title"))
        for pair, kind in predicted.items():
            if truth.get(pair) != kind:
                a, b = sorted(pair)
                print(f"  {truth.get(pair, 'none')} → {kind}: {titles[a][:70]!r} ~ {titles[b][:70]!r}")
        for pair, kind in truth.items():
            if pair not in predicted:
                a, b = sorted(pair)
                print(f"  missed {kind}: {titles[a][:70]!r} ~ {titles[b][:70]!r}")


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "  -  "


def _recase(title: str) -> str:
    return (
        title.upper().replace(":", " -").replace(",", "") if len(title) % 2 else title.lower().replace("–", "-") + "."
    )


def _mirror(url: str) -> str:
    if not url:
        return ""
    url = url.replace("https://www.", "https://").replace("https://", "http://www.", 1)
    return url + ("&" if "?" in url else "?") + "utm_source=hub"


if __name__ == "__main__":
    main()
