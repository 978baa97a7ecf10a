"""Ingestion speed and memory: Lantern's pipeline against the raw extractor on the same PDFs.

Usage: .venv/bin/python bench/ingest.py [--long-pages 2000] [--hub 5000]
Generates the twenty test reports plus one long PDF in a temporary directory (with ``--hub N``, in
a hub already holding N published resources with field-like titles and 300 organisations with
acronyms and aliases, so the per-document look-ups cost what they cost in use), then prints:
- raw pypdfium2 text extraction (every page's text, nothing else), pages/s;
- Lantern's text + metadata (pipeline.read + pipeline.analyse: text per page, first-page layout,
  title, date, publisher, language per page, identifiers, teaser, summary, suggestions), pages/s,
  as a share of raw, with where the time goes (each step's own time, steps inside steps apart).
  Both are timed in CPU seconds of this process (the machine is shared: wall time swings with
  what else runs), each the best of ``--repeat`` runs, raw and Lantern taking turns, no step
  timers in place; the step breakdown comes from further runs with the timers;
- the whole job (read, sha256, extract, analyse, write resource + pages in one transaction);
- peak memory (max RSS) of a process ingesting the long PDF, against one that only starts Django.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))


def setup(data_dir: str) -> None:
    os.environ.setdefault("LANTERN_DATA_DIR", data_dir)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lantern.settings")
    os.environ["LANTERN_TASKS_BACKEND"] = "immediate"
    import django

    django.setup()
    from lantern.cli import ensure_database

    ensure_database(verbose=False)


def raw_pages(paths: list[Path]) -> int:
    import pypdfium2 as pdfium

    pages = 0
    for path in paths:
        pdf = pdfium.PdfDocument(str(path))
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            textpage.get_text_bounded()
            textpage.close()
            page.close()
            pages += 1
        pdf.close()
    return pages


def lantern_pages(paths: list[Path], steps: dict[str, float] | None = None) -> tuple[int, dict[str, float]]:
    from lantern.ingest import pipeline
    from lantern.ingest.sources.base import Limits

    limits, pages, split = Limits.from_settings(), 0, {"read": 0.0, "analyse": 0.0}
    clock = time.process_time
    with timing_steps(steps) if steps is not None else contextlib.nullcontext():
        for path in paths:
            started = clock()
            _source, extracted = pipeline.read(path, limits, name=path.name)
            split["read"] += clock() - started
            started = clock()
            pipeline.analyse(extracted, path.stem)
            split["analyse"] += clock() - started
            pages += len(extracted.pages)
    return pages, split


# (module, function, label): the steps of read and analyse, each timed on its own (a step's time
# leaves out the steps it calls). Wrapping module attributes works because callers look them up
# at call time; the wrappers cost about a microsecond a call.
STEPS = [
    ("lantern.ingest.sources.pdf", "extract", "read: PDF text (pypdfium2)"),
    ("lantern.ingest.sources.pdf", "_metadata", "read: PDF metadata"),
    ("lantern.ingest.sources.pdf", "_lines", "read: first-page layout"),
    ("lantern.ingest.pipeline", "strip_running", "analyse: running headers out"),
    ("lantern.ingest.extract.title", "choose", "analyse: title"),
    ("lantern.ingest.extract.summary", "candidate_sentences", "analyse: sentences"),
    ("lantern.ingest.extract.summary", "summarise", "analyse: summary"),
    ("lantern.ingest.extract.summary", "teaser", "analyse: teaser"),
    ("lantern.ingest.extract.people", "authors", "analyse: authors"),
    ("lantern.ingest.extract.publisher", "find", "analyse: publisher (terms)"),
    ("lantern.ingest.extract.publisher", "match_known", "analyse: publisher (database look-up)"),
    ("lantern.ingest.extract.dates", "find", "analyse: date"),
    ("lantern.ingest.extract.language", "per_page", "analyse: languages"),
    ("lantern.ingest.extract.identifiers", "doi", "analyse: DOI, ISBN"),
    ("lantern.ingest.extract.identifiers", "isbn", "analyse: DOI, ISBN"),
    ("lantern.ingest.extract.suggest", "suggest", "analyse: suggestions (terms)"),
    ("lantern.ingest.extract.suggest", "neighbours", "analyse: suggestions (similar titles, database)"),
]


@contextlib.contextmanager
def timing_steps(totals: dict[str, float]):
    """Add each step's own seconds to ``totals`` while inside; the original functions come back after."""
    import importlib

    stack: list[float] = []  # time spent in inner steps, one entry per open step
    patched = []

    def wrap(function, label):
        @functools.wraps(function)
        def timed_step(*args, **kwargs):
            stack.append(0.0)
            started = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent = time.process_time() - started
                inner = stack.pop()
                totals[label] = totals.get(label, 0.0) + spent - inner
                if stack:
                    stack[-1] += spent

        return timed_step

    for module_name, name, label in STEPS:
        module = importlib.import_module(module_name)
        patched.append((module, name, getattr(module, name)))
        setattr(module, name, wrap(getattr(module, name), label))
    try:
        yield totals
    finally:
        for module, name, function in reversed(patched):
            setattr(module, name, function)


def print_steps(steps: dict[str, float], read: float, analyse: float, pages: int) -> None:
    """Where the time goes, in ms per page; "other" is what no listed step covers."""
    other_read = read - sum(v for k, v in steps.items() if k.startswith("read:"))
    other_analyse = analyse - sum(v for k, v in steps.items() if k.startswith("analyse:"))
    rows = [*steps.items(), ("read: other", other_read), ("analyse: other", other_analyse)]
    total = read + analyse
    for label, seconds in sorted(rows, key=lambda row: -row[1]):
        print(f"      {label:<48} {1000 * seconds / pages:6.3f} ms/page  {seconds / total:5.1%}")


def timed(function, *args):
    """(result, CPU seconds of this process)."""
    started = time.process_time()
    result = function(*args)
    return result, time.process_time() - started


def best_of(repeat: int, paths: list[Path]) -> tuple[int, float, int, float, dict[str, float]]:
    """(raw pages, raw seconds, Lantern pages, Lantern seconds, read/analyse split): the fastest of
    ``repeat`` runs each, raw and Lantern taking turns so that a busy moment hits both alike."""
    raw_best = lantern_best = float("inf")
    raw = pages = 0
    split: dict[str, float] = {}
    for _ in range(repeat):
        raw, seconds = timed(raw_pages, paths)
        raw_best = min(raw_best, seconds)
        (pages, this_split), seconds = timed(lantern_pages, paths)
        if seconds < lantern_best:
            lantern_best, split = seconds, this_split
    return raw, raw_best, pages, lantern_best, split


def peak(mode: str, path: Path, data_dir: str) -> int:
    code = (
        "import resource, sys; sys.path.insert(0, 'bench'); import ingest as b; b.setup(sys.argv[2]);"
        "from pathlib import Path;"
        "from lantern.ingest import jobs;"
        "import sys as s;"
        "p = Path(s.argv[1]);"
        "mode = s.argv[3];"
        "job = jobs.create(str(p), path=str(p)) if mode == 'job' else None;"
        "job and job.refresh_from_db();"
        "assert job is None or job.status == 'done', job and (job.status, job.error);"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(path), data_dir, mode], cwd=REPO, capture_output=True, text=True, check=True
    )
    return int(out.stdout.strip().splitlines()[-1])


# Words of the field's titles, for a hub's worth of resources and organisations (--hub).
_OPENINGS = [
    "Hidden in Plain Sight",
    "Out of Sight",
    "Behind Closed Doors",
    "Breaking the Chain",
    "No Way Out",
    "Invisible Workers",
    "Before the Harm",
    "Safe Passage",
    "Every Step",
    "Rights at Risk",
]
_SUBJECTS = [
    "Labour Exploitation",
    "Forced Labour",
    "Human Trafficking",
    "Modern Slavery",
    "Child Trafficking",
    "Domestic Servitude",
    "Sexual Exploitation",
    "Debt Bondage",
    "Forced Marriage",
    "Organ Removal",
    "Criminal Exploitation",
    "Survivor Support",
    "Victim Identification",
    "Supply Chain Transparency",
]
_PLACES = [
    "the Construction Sector",
    "Agriculture",
    "Fishing",
    "Care Work",
    "Hospitality",
    "Nail Bars",
    "Car Washes",
    "Garment Factories",
    "Online Platforms",
    "Border Regions",
    "the United Kingdom",
    "Europe",
    "West Africa",
    "South-East Asia",
    "Latin America",
    "the Gulf States",
]
_KINDS = [
    "Annual Report",
    "A Toolkit for Practitioners",
    "Guidance for Frontline Staff",
    "Policy Brief",
    "Research Findings",
    "Evaluation",
    "Training Manual",
    "Factsheet",
    "Statistics",
    "Literature Review",
]
_ORG_WORDS = [
    "Anti-Trafficking",
    "Freedom",
    "Rights",
    "Justice",
    "Migrant",
    "Labour",
    "Survivor",
    "Children's",
    "Women's",
    "Workers'",
    "Legal",
    "Safe",
    "Hope",
    "Liberty",
    "Action",
    "Shelter",
    "Global",
    "Community",
]
_ORG_KINDS = [
    "Network",
    "Foundation",
    "Alliance",
    "Centre",
    "Trust",
    "Coalition",
    "Institute",
    "Partnership",
    "Project",
    "Initiative",
    "Council",
    "Association",
]
_ORG_PLACES = ["", "", " of Europe", " International", " UK", " Africa", " Asia", " for the Americas"]


def fill_hub(resources: int, organisations: int = 300) -> None:
    """A hub in use: published resources with field-like titles, some topics each, and organisations
    with acronyms and aliases (three of the reports' five publishers among them), created in bulk."""
    import random

    from lantern.catalog.models import Organisation, Resource, Topic

    rng = random.Random(3)
    orgs, seen = [], set()
    for name, acronym in (
        ("Home Office", "HO"),
        ("International Labour Organization", "ILO"),
        ("Anti-Slavery International", "ASI"),
    ):
        orgs.append(Organisation(name=name, slug=name.lower().replace(" ", "-"), acronym=acronym))
        seen.add(name)
    while len(orgs) < organisations:
        name = f"{rng.choice(_ORG_WORDS)} {rng.choice(_ORG_WORDS)} {rng.choice(_ORG_KINDS)}{rng.choice(_ORG_PLACES)}"
        if name in seen:
            continue
        seen.add(name)
        acronym = "".join(w[0] for w in name.replace("-", " ").split() if w[0].isupper())
        aliases = "\n".join(
            rng.sample([name.upper(), f"The {name}", name.replace(" of ", " "), f"{acronym} {rng.randint(1, 9)}"], 2)
        )
        orgs.append(Organisation(name=name, slug=f"org-{len(orgs)}", acronym=acronym, aliases=aliases))
    Organisation.objects.bulk_create(orgs)
    titles = [
        rng.choice(
            [
                lambda: f"{rng.choice(_OPENINGS)}: {rng.choice(_SUBJECTS)} in {rng.choice(_PLACES)}",
                lambda: (
                    f"{rng.choice(_SUBJECTS)} in {rng.choice(_PLACES)}: {rng.choice(_KINDS)} {rng.randint(2005, 2024)}"
                ),
                lambda: f"{rng.choice(_KINDS)} on {rng.choice(_SUBJECTS)} and {rng.choice(_SUBJECTS)}",
            ]
        )()
        for _ in range(resources)
    ]
    types = [t.value for t in Resource.Type]
    rows = [
        Resource(
            title=title,
            slug=f"hub-{i}",
            type=rng.choice(types),
            status=Resource.Status.PUBLISHED,
            provenance=Resource.Provenance.IMPORT,
            summary="A resource of the hub. " * 20,
        )
        for i, title in enumerate(titles)
    ]
    Resource.objects.bulk_create(rows, batch_size=500)
    topics = list(Topic.objects.values_list("id", flat=True))
    through = Resource.topics.through
    links = [through(resource_id=r.pk, topic_id=t) for r in rows for t in rng.sample(topics, min(2, len(topics)))]
    through.objects.bulk_create(links, batch_size=2000)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--long-pages", type=int, default=2000)
    parser.add_argument("--hub", type=int, default=0, metavar="N", help="first fill the database with N resources")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each timing; the fastest counts")
    args = parser.parse_args()
    import ingest_support as support

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "docs"
        folder.mkdir()
        reports = [support.make_pdf(r, folder) for r in support.reports() if r.filename.endswith(".pdf")]
        long_pdf = support.long_pdf(Path(tmp) / "long.pdf", args.long_pages)
        setup(str(Path(tmp) / "data"))
        if args.hub:
            fill_hub(args.hub)
            print(f"hub: {args.hub} published resources, 300 organisations")
        lantern_pages([reports[0]])  # load the language model once, as a running worker has
        for label, paths in (("20 generated reports", reports), (f"{args.long_pages}-page PDF", [long_pdf])):
            raw, raw_seconds, pages, seconds, split = best_of(args.repeat, paths)
            steps: dict[str, float] = {}
            step_split = {"read": 0.0, "analyse": 0.0}
            for _ in range(args.repeat):  # further runs, timed step by step (summed over the runs)
                _pages, one = lantern_pages(paths, steps)
                step_split = {key: step_split[key] + one[key] for key in step_split}
            print(f"{label}: {pages} pages (CPU time, best of {args.repeat})")
            print(f"  raw pypdfium2 text            {raw / raw_seconds:8.0f} pages/s")
            print(
                f"  Lantern text + metadata       {pages / seconds:8.0f} pages/s"
                f"  ({raw_seconds / seconds:.0%} of raw; read {split['read']:.2f} s, analyse {split['analyse']:.2f} s)"
            )
            print(f"    where the time goes ({args.repeat} more runs, each step timed):")
            print_steps(steps, step_split["read"], step_split["analyse"], pages * args.repeat)
        from lantern.ingest import jobs

        started = time.perf_counter()
        for path in reports:
            jobs.create(str(path), path=str(path))
        seconds = time.perf_counter() - started
        total = len(reports)
        from lantern.catalog.models import Page

        print(
            f"whole jobs (incl. writing resources and pages; wall time): {Page.objects.count() / seconds:.0f} pages/s, "
            f"{total / seconds:.1f} documents/s"
        )
        peak("setup", long_pdf, str(Path(tmp) / "data-peak"))  # migrations apart: they outgrow the job
        base = peak("baseline", long_pdf, str(Path(tmp) / "data-peak"))
        full = peak("job", long_pdf, str(Path(tmp) / "data-peak"))
        print(
            f"peak memory, {args.long_pages}-page PDF as a whole job: {full / 1024:.0f} MB "
            f"(Django and Lantern loaded, no job: {base / 1024:.0f} MB; the job adds {(full - base) / 1024:.0f} MB)"
        )
        print(f"size of the {args.long_pages}-page PDF: {long_pdf.stat().st_size / 1048576:.1f} MB")


if __name__ == "__main__":
    main()
