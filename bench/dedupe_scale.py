"""How long `lantern duplicates` takes on a hub of 10,000 and 100,000 resources.

    .venv/bin/python bench/dedupe_scale.py [--sizes 10000,100000] [--data-dir DIR]

For each size, a synthetic hub is built once per data directory (bulk inserts, as bench/search.py
does): titles of 3 to 12 words drawn (Zipf) from the field's words (the demo hub's and the
held-out sets' titles and summaries) and made-up ones, a subtitle on a third of them and a year
on a fifth; 2,000 publishers, half with an acronym; years, languages (en, fr, es), countries,
types, source URLs on 500 hosts. Then, as another hub would list them, 3% of the records are
copied (title re-cased, subtitle dropped half the time, the publisher by its acronym as another
organisation, no year on 30% of them, another host) and 1% of the titles ending in a year get a
next edition (a later year in the title, published that year).

Vectors: embedding 100,000 texts takes ~25 minutes on 2 cores, so each record's metadata vector
is a mix of three of ~800 real text vectors (the demo hub's and the held-out sets' titles and
summaries, embedded by the real model) with a little noise, as bench/semantic_scale.py does; a
copy's vector is its original's with noise (cosine ~0.8), an edition's a little further.

Then `lantern duplicates --json` runs in its own process, as a curator would run it, and the
bench prints its wall time, peak memory, the pairs found by kind, and how many planted copies
were found as duplicates and planted editions as editions.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
LANTERN = str(Path(sys.executable).with_name("lantern"))
VOCABULARY = 30_000
PUBLISHERS = 2_000
HOSTS = 500
COPIES = 0.03
EDITIONS = 0.01


def real_texts() -> list[str]:
    texts = []
    for path in [
        REPO / "lantern/ingest/demo/resources.jsonl",
        REPO / "bench/data/duplicates-heldout/records.jsonl",
        *sorted((REPO / "bench/data/search-heldout").glob("resources-*.jsonl")),
    ]:
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            texts.append(f"{record['title']}\n{record.get('teaser', '')}\n{record.get('summary', '')}")
    return texts


def vocabulary(texts: list[str], rng: random.Random) -> list[str]:
    words = list(dict.fromkeys(w for t in texts for w in re.findall(r"[a-z]{3,}", t.lower())))
    syllables = [c + v for c in "bcdfghjklmnprstvwz" for v in "aeiou"]
    seen = set(words)
    while len(words) < VOCABULARY:
        word = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4)))
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


def unit(vectors: np.ndarray) -> np.ndarray:
    return (vectors / np.linalg.norm(vectors, axis=-1, keepdims=True)).astype(np.float32)


def build(n: int, data_dir: str) -> dict:
    """Insert the synthetic hub; returns what was planted (slug pairs)."""
    os.environ["LANTERN_DATA_DIR"] = data_dir
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lantern.settings")
    sys.path.insert(0, str(REPO))
    subprocess.run([LANTERN, "migrate", "--verbosity", "0"], env=os.environ, check=True, capture_output=True)
    import django

    django.setup()
    from django.db import transaction

    from lantern.catalog.models import Organisation, Resource, ResourcePublisher
    from lantern.search import passages, semantic
    from lantern.search.models import SearchChunk

    rng, nprng = random.Random(7), np.random.default_rng(7)
    texts = real_texts()
    started = time.perf_counter()
    base = semantic.encode(texts)
    print(f"  {len(texts)} real texts embedded in {time.perf_counter() - started:.0f} s")
    words = vocabulary(texts, rng)
    weights = 1 / np.arange(1, len(words) + 1) ** 1.05
    weights /= weights.sum()
    kinds = ["Foundation", "Network", "Office", "Commission", "Institute", "Alliance", "Centre", "Council"]
    organisations = []
    for i in range(PUBLISHERS):
        name = " ".join(w.capitalize() for w in rng.sample(words[200:3000], rng.randint(1, 3))) + f" {kinds[i % 8]}"
        acronym = "".join(w[0] for w in name.split()).upper() if i % 2 else ""
        organisations.append(Organisation(name=f"{name} {i}", slug=f"publisher-{i}", acronym=acronym))
    organisations = Organisation.objects.bulk_create(organisations)
    by_acronym = {}
    hosts = [f"{rng.choice(words[100:4000])}{i}.example.org" for i in range(HOSTS)]
    types = [t for t, _ in Resource.Type.choices]
    records, vectors = [], []
    planted = {"duplicate": [], "edition": []}
    for i in range(n):
        roll = rng.random()
        if i > 100 and roll < COPIES:
            original = records[rng.randrange(len(records))]
            title = original["title"]
            if ": " in title and rng.random() < 0.5:
                title = title.split(": ")[0]
            title = title.upper() if rng.random() < 0.3 else title.lower()
            publisher = original["publisher"]
            if publisher.acronym:
                if publisher.acronym not in by_acronym:
                    by_acronym[publisher.acronym] = Organisation.objects.create(name=f"{publisher.acronym} ({i})")
                publisher = by_acronym[publisher.acronym]
            year = None if rng.random() < 0.3 else original["year"]
            record = {**original, "title": title, "publisher": publisher, "year": year, "host": rng.choice(hosts)}
            vectors.append(unit(vectors[original["index"]] + nprng.normal(0, 0.018, 512)))
            planted["duplicate"].append((original["slug"], f"s{i}"))
        elif (
            i > 100 and roll < COPIES + EDITIONS and (dated := [r for r in records[-500:] if r["dated"] and r["year"]])
        ):
            original = rng.choice(dated)  # an annual report: next year's has the next year in its title
            year = original["year"] + rng.randint(1, 3)
            title = re.sub(r" (19|20)\d\d$", f" {year}", original["title"])
            record = {**original, "title": title, "year": year}
            vectors.append(unit(vectors[original["index"]] + nprng.normal(0, 0.03, 512)))
            planted["edition"].append((original["slug"], f"s{i}"))
        else:
            drawn = [words[j] for j in nprng.choice(len(words), size=rng.randint(3, 12), p=weights)]
            title = " ".join(drawn).capitalize()
            if rng.random() < 0.33:
                title += ": " + " ".join(words[j] for j in nprng.choice(len(words), size=rng.randint(3, 6), p=weights))
            year = rng.randint(2000, 2025) if rng.random() < 0.9 else None
            dated = bool(year and rng.random() < 0.2)
            if dated:
                title += f" {year}"
            record = {
                "title": title,
                "publisher": organisations[rng.randrange(PUBLISHERS)],
                "year": year,
                "language": rng.choice(["en"] * 14 + ["fr"] * 3 + ["es"] * 3),
                "country": rng.choice(["GB", "US", "FR", "ES", "IN", "NG", "BR", "TH"]),
                "type": rng.choice(types),
                "host": rng.choice(hosts),
                "dated": dated,
            }
            mix = base[nprng.choice(len(base), 3, replace=False)] * nprng.uniform(0.2, 1.0, (3, 1))
            vectors.append(unit(mix.sum(axis=0) + nprng.normal(0, 0.02, 512)))
        record.update(index=i, slug=f"s{i}")
        records.append(record)
    started = time.perf_counter()
    with transaction.atomic():
        for start in range(0, n, 2000):
            batch = records[start : start + 2000]
            created = Resource.objects.bulk_create(
                Resource(
                    title=r["title"][:500],
                    slug=r["slug"],
                    summary=r["title"],
                    type=r["type"],
                    status=Resource.Status.PUBLISHED,
                    published_date=dt.date(r["year"], 6, 1) if r["year"] else None,
                    date_precision="year" if r["year"] else "",
                    source_url=f"https://{r['host']}/{r['slug']}",
                    provenance="import",
                )
                for r in batch
            )
            ResourcePublisher.objects.bulk_create(
                ResourcePublisher(resource=res, organisation=r["publisher"])
                for res, r in zip(created, batch, strict=True)
            )
            Resource.languages.through.objects.bulk_create(
                Resource.languages.through(resource_id=res.id, language_id=r["language"])
                for res, r in zip(created, batch, strict=True)
            )
            Resource.countries.through.objects.bulk_create(
                Resource.countries.through(resource_id=res.id, country_id=r["country"])
                for res, r in zip(created, batch, strict=True)
            )
            SearchChunk.objects.bulk_create(
                SearchChunk(
                    resource=res,
                    position=0,
                    text=r["title"],
                    digest=passages.digest(r["title"]),
                    vector=semantic.to_bytes(vectors[r["index"]]),
                )
                for res, r in zip(created, batch, strict=True)
            )
    print(f"  {n} resources inserted in {time.perf_counter() - started:.0f} s")
    return planted


def measure(n: int, data_dir: str) -> None:
    planted = json.loads((Path(data_dir) / "planted.json").read_text())
    env = {**os.environ, "LANTERN_DATA_DIR": data_dir}
    env.pop("DATABASE_URL", None)
    output = Path(data_dir) / "duplicates.jsonl"
    started = time.perf_counter()
    with output.open("w") as stream:
        process = subprocess.Popen([LANTERN, "duplicates", "--json"], env=env, stdout=stream)  # noqa: S603
        _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"lantern duplicates failed ({status})")
    peak = usage.ru_maxrss / 1024
    found = [json.loads(line) for line in output.read_text().splitlines() if line.strip()]
    by_pair = {frozenset((f["a"]["slug"], f["b"]["slug"])): f["kind"] for f in found}
    counts = {k: sum(1 for f in found if f["kind"] == k) for k in ("duplicate", "edition", "translation", "part")}
    copies = [by_pair.get(frozenset(p)) for p in planted["duplicate"]]
    # A copy may be of a copy: every two records of one planted group are the same publication.
    group: dict[str, str] = {}
    for original, copy in planted["duplicate"]:
        group[copy] = group.get(original, original)
    same = lambda f: group.get(f["a"]["slug"], f["a"]["slug"]) == group.get(f["b"]["slug"], f["b"]["slug"])  # noqa: E731
    stray = sum(1 for f in found if f["kind"] == "duplicate" and not same(f))
    editions = [by_pair.get(frozenset(p)) for p in planted["edition"]]
    print(
        f"{n:>7} resources: lantern duplicates --json in {elapsed:.1f} s (peak {peak:.0f} MB); "
        f"pairs {counts}; planted copies found as duplicates {copies.count('duplicate')}/{len(copies)}, "
        f"planted editions found as editions {editions.count('edition')}/{len(editions)} "
        f"(as duplicates {editions.count('duplicate')}); duplicates outside the planted groups: {stray}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--data-dir", default="", help="a directory per size is made in it (and reused)")
    args = parser.parse_args()
    root = Path(args.data_dir or tempfile.mkdtemp(prefix="lantern-dedupe-scale-"))
    for size in (int(s) for s in args.sizes.split(",")):
        directory = root / str(size)
        directory.mkdir(parents=True, exist_ok=True)
        # Each size is built in a process of its own: Django is set up once per process.
        if not (directory / "planted.json").exists():
            subprocess.run([sys.executable, __file__, "--build", str(size), str(directory)], check=True)
        measure(size, str(directory))


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--build":
        planted = build(int(sys.argv[2]), sys.argv[3])
        (Path(sys.argv[3]) / "planted.json").write_text(json.dumps(planted))
    else:
        main()
