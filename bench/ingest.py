"""Ingestion speed and memory: Lantern's pipeline against the raw extractor on the same PDFs.

Usage: .venv/bin/python bench/ingest.py [--long-pages 2000] [--hub 5000] [--repeat 15]
       .venv/bin/python bench/ingest.py --languages
Generates the twenty test reports plus one long PDF in a temporary directory (with ``--hub N``, in
a hub already holding N published resources with field-like titles and 300 organisations with
acronyms and aliases, so the per-document look-ups cost what they cost in use), then prints:
- raw pypdfium2 text extraction (every page's text, nothing else), pages/s;
- Lantern's text + metadata, the issue's "extraction" (the goal: at least 70% of raw):
  pipeline.read (text per page, first-page layout, file metadata, page count, media type), the
  file's sha256, and pipeline.metadata (running headers out, title, authors, publisher, date,
  language per page and per document, DOI, ISBN), pages/s and as a share of raw;
- the whole analysis: the above plus pipeline.derive (candidate sentences, teaser, summary,
  suggested type, topics and countries), pages/s and as a share of raw;
- where the time goes, each step's own time (steps inside steps apart), grouped by stage.
  Speeds are in CPU seconds of this process (the machine is shared: wall time swings with what
  else runs), each the best of ``--repeat`` runs (the median run in brackets, to show the noise),
  raw and Lantern taking turns, no step timers in place; the step breakdown comes from further
  runs with the timers;
- the whole job (read, sha256, extract, analyse, write resource + pages in one transaction);
- peak memory (max RSS) of a process ingesting the long PDF, against one that only starts Django.

``--languages`` instead measures the language hint (``lantern.ingest.extract.language``): on every
page of the real PDFs (the Home Office corpus beside the repository, the demo hub's files), the
generated reports (PDF and Word, French and Spanish pages among English ones), pages mixing
English, French and Spanish in every proportion, Russian pages with English lines, and page-sized
samples of Django's translations (90 languages), how often a strong and a weaker hint agree with
py3langid; then whether ``per_page`` gives py3langid's language on every page of whole documents.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import os
import statistics
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


STAGES = ("read", "metadata", "derive")


def lantern_pages(paths: list[Path], steps: dict[str, float] | None = None) -> tuple[int, dict[str, float]]:
    """(pages, CPU seconds per stage): "read" is pipeline.read and the file's sha256."""
    from lantern.ingest import known, pipeline
    from lantern.ingest.sources.base import Limits
    from lantern.lib import files

    limits, pages, split = Limits.from_settings(), 0, dict.fromkeys(STAGES, 0.0)
    clock = time.process_time
    with timing_steps(steps) if steps is not None else contextlib.nullcontext():
        for path in paths:
            started = clock()
            with path.open("rb") as stream:
                files.sha256_of(stream)
            _source, extracted = pipeline.read(path, limits, name=path.name)
            read = clock()
            with known.checking():  # the catalogue's stamp read once a document, as analyse does
                analysis = pipeline.metadata(extracted, path.stem)
                stated = clock()
                pipeline.derive(analysis, extracted)
            derived = clock()
            split["read"] += read - started
            split["metadata"] += stated - read
            split["derive"] += derived - stated
            pages += len(extracted.pages)
    return pages, split


# (module, function, label): the steps of each stage, each timed on its own (a step's time leaves
# out the steps it calls). Wrapping module attributes works because callers look them up at call
# time; the wrappers cost about a microsecond a call.
STEPS = [
    ("lantern.lib.files", "sha256_of", "read: sha256"),
    ("lantern.ingest.sources.pdf", "extract", "read: PDF text (pypdfium2)"),
    ("lantern.ingest.sources.pdf", "_metadata", "read: PDF metadata"),
    ("lantern.ingest.sources.pdf", "_lines", "read: first-page layout"),
    ("lantern.ingest.known", "_read", "metadata: catalogue's stamp (database)"),
    ("lantern.ingest.pipeline", "strip_running", "metadata: running headers out"),
    ("lantern.ingest.extract.title", "choose", "metadata: title"),
    ("lantern.ingest.extract.people", "authors", "metadata: authors"),
    ("lantern.ingest.extract.publisher", "find", "metadata: publisher (terms)"),
    ("lantern.ingest.extract.publisher", "match_known", "metadata: publisher (database look-up)"),
    ("lantern.ingest.extract.dates", "find", "metadata: date"),
    ("lantern.ingest.extract.language", "per_page", "metadata: languages (common words)"),
    ("lantern.ingest.extract.language", "detect", "metadata: languages (py3langid)"),
    ("lantern.ingest.extract.identifiers", "doi", "metadata: DOI, ISBN"),
    ("lantern.ingest.extract.identifiers", "isbn", "metadata: DOI, ISBN"),
    ("lantern.ingest.extract.summary", "candidate_sentences", "derive: sentences"),
    ("lantern.ingest.extract.summary", "summarise", "derive: summary"),
    ("lantern.ingest.extract.summary", "teaser", "derive: teaser"),
    ("lantern.ingest.extract.suggest", "suggest", "derive: suggestions (terms)"),
    ("lantern.ingest.extract.suggest", "neighbours", "derive: suggestions (similar titles, database)"),
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


def print_steps(steps: dict[str, float], split: dict[str, float], pages: int) -> None:
    """Where the time goes, in ms per page, stage by stage; "other" is what no listed step covers."""
    total = sum(split.values())
    for stage in STAGES:
        own = {k: v for k, v in steps.items() if k.startswith(f"{stage}:")}
        rows = [*own.items(), (f"{stage}: other", split[stage] - sum(own.values()))]
        print(f"      {stage:<56} {1000 * split[stage] / pages:6.3f} ms/page  {split[stage] / total:5.1%}")
        for label, seconds in sorted(rows, key=lambda row: -row[1]):
            print(f"        {label:<54} {1000 * seconds / pages:6.3f} ms/page  {seconds / total:5.1%}")


def timed(function, *args):
    """(result, CPU seconds of this process)."""
    started = time.process_time()
    result = function(*args)
    return result, time.process_time() - started


class Runs:
    """CPU seconds of raw text, text + metadata and the whole analysis, run by run."""

    def __init__(self):
        self.raw: list[float] = []
        self.extraction: list[float] = []
        self.whole: list[float] = []

    def share(self, stage: list[float]) -> tuple[float, float]:
        """(best: the fastest raw run over the fastest of ``stage``, the median of run-by-run shares)."""
        return min(self.raw) / min(stage), statistics.median(r / s for r, s in zip(self.raw, stage, strict=True))


def best_of(repeat: int, paths: list[Path]) -> tuple[int, int, Runs]:
    """(raw pages, Lantern pages, the runs' times): raw and Lantern taking turns so that a busy
    moment hits both alike; the fastest run of each counts, the median says how noisy it was."""
    runs, raw, pages = Runs(), 0, 0
    for _ in range(repeat):
        raw, seconds = timed(raw_pages, paths)
        runs.raw.append(seconds)
        pages, split = lantern_pages(paths)
        runs.extraction.append(split["read"] + split["metadata"])
        runs.whole.append(sum(split.values()))
    return raw, pages, runs


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


RU = (
    "Торговля людьми остаётся тяжким преступлением, которое нарушает права жертв во всём регионе. "
    "Сотрудникам служб нужны ясные указания, чтобы выявлять возможных жертв и направлять их за помощью. "
)


def language_documents(folder: Path) -> dict[str, list[str]]:
    """Documents as their pages (running headers out), named by where they come from."""
    import hashlib
    import random

    import ingest_support as support

    from lantern.ingest import pipeline
    from lantern.ingest.extract.text import strip_running
    from lantern.ingest.sources.base import Limits

    limits, documents, seen = Limits.from_settings(), {}, set()
    real = sorted((REPO / "lantern/ingest/demo/files").glob("*.pdf"))
    real += sorted((REPO.parent / "shared/corpus").glob("**/*.pdf"))
    generated = [support.make(report, folder) for report in support.reports()]
    for kind, paths in (("real", real), ("report", generated)):
        for path in paths:
            if (digest := hashlib.sha256(path.read_bytes()).digest()) in seen:
                continue
            seen.add(digest)
            _source, extracted = pipeline.read(path, limits, name=path.name)
            documents[f"{kind}: {path.name}"] = strip_running(extracted.pages)
    rng = random.Random(1)
    codes = ("en", "fr", "es")
    for first in codes:  # two languages in every proportion, one after the other and interleaved
        for second in (c for c in codes if c != first):
            for n in range(11):
                for seed in range(3):
                    one_then_other = f"{support.body(first, n, seed)} {support.body(second, 10 - n, seed)}"
                    shuffled = [*support.TEXT[first], *support.TEXT[first], *support.TEXT[second][:n]]
                    rng.shuffle(shuffled)
                    documents[f"mixed: {first}{n}+{second}{10 - n} ({seed})"] = [one_then_other, " ".join(shuffled)]
    for n in range(1, 12):
        line = "Trafficking in persons and the rights of victims: the evidence. "
        documents[f"mixed: ru with English x{n}"] = [
            f"{support.body('en', n)} {RU * 6}",
            f"{RU * 3}{support.body('en', n)} {RU * 3}",
            f"{line * n}{RU * 4}",
        ]
    english = [f"Page {n}. {support.body('en', 10, seed=n)}" for n in range(1, 6)]
    for code, samples in _translations().items():  # each language's samples alone, and inside an English report
        documents[f"django: {code}"] = samples
        documents[f"django: {code} among English pages"] = [*english, *samples[:3], *english]
    return documents


def _translations(page_chars: int = 1500, pages: int = 20) -> dict[str, list[str]]:
    """Page-sized samples of Django's translations (its messages of three words or more), by locale."""
    import gettext

    import django

    texts: dict[str, list[str]] = {}
    for catalogue in sorted(Path(django.__file__).parent.glob("**/locale/*/LC_MESSAGES/*.mo")):
        code = catalogue.parent.parent.name
        if code.startswith("en"):
            continue
        with catalogue.open("rb") as stream:
            messages = gettext.GNUTranslations(stream)._catalog.values()
        texts.setdefault(code, []).extend(m for m in messages if isinstance(m, str) and len(m.split()) >= 3)
    return {
        code: [joined[i : i + page_chars] for i in range(0, min(len(joined), page_chars * pages), page_chars)]
        for code, found in texts.items()
        if (joined := " ".join(found))
    }


def language_agreement() -> None:
    """Hints against py3langid, page by page (and without each condition of a strong hint in turn),
    then per_page against py3langid on every page of whole documents."""
    import re
    from collections import Counter
    from unittest import mock

    from lantern.ingest.extract import language

    with tempfile.TemporaryDirectory() as tmp:
        setup(str(Path(tmp) / "data"))
        documents = language_documents(Path(tmp))
    pages = [(name, page) for name, found in documents.items() for page in found]
    long_enough = [
        (name, page, language.detect(page)[0])
        for name, page in pages
        if language.count_letters(page[: language.SAMPLE_CHARS]) >= language.MIN_LETTERS
    ]
    print(f"{len(documents)} documents, {len(pages)} pages, {len(long_enough)} with enough letters for py3langid")
    tally: Counter[tuple[str, bool]] = Counter()
    for name, page, detected in long_enough:
        if (hint := language.read_hint(page)).code:
            tally["strong" if hint.strong else "weaker", hint.code == detected] += 1
            if hint.strong and hint.code != detected:
                print(f"    strong hint {hint.code}, py3langid {detected}: {name}")
    for kind in ("strong", "weaker"):
        agree, disagree = tally[kind, True], tally[kind, False]
        print(f"  {kind} hint: {agree + disagree} pages, py3langid agrees on {agree}, disagrees on {disagree}")
    for condition, patches in (
        ("words and share", {"STRONG_MIN_WORDS": 0, "STRONG_MIN_SHARE": 0}),
        ("margin", {"STRONG_MARGIN": 0}),
        ("Latin script", {"NOT_LATIN": re.compile("(?!)")}),
    ):
        with mock.patch.multiple(language, **patches):
            strong = [(page, detected) for _n, page, detected in long_enough if language.read_hint(page).strong]
            wrong = sum(language.read_hint(page).code != detected for page, detected in strong)
        print(f"    without the {condition} condition: {len(strong)} strong, {wrong} of them disagreeing")
    wrong_pages = []
    for name, found in documents.items():
        mine = language.per_page(found)[0]
        theirs = [language.detect(page)[0] for page in found]
        wrong_pages += [(name, n, a, b) for n, (a, b) in enumerate(zip(mine, theirs, strict=True), start=1) if a != b]
    total = len(pages)
    print(f"  per_page against py3langid, every page of every document: {total - len(wrong_pages)}/{total} agree")
    for name, number, mine_code, theirs_code in wrong_pages[:20]:
        print(f"    {name}, page {number}: per_page {mine_code or '-'}, py3langid {theirs_code or '-'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--long-pages", type=int, default=2000)
    parser.add_argument("--hub", type=int, default=0, metavar="N", help="first fill the database with N resources")
    parser.add_argument("--repeat", type=int, default=15, help="runs of each timing; the fastest counts")
    parser.add_argument("--languages", action="store_true", help="measure the language hint against py3langid")
    args = parser.parse_args()
    if args.languages:
        language_agreement()
        return
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
            raw, pages, runs = best_of(args.repeat, paths)
            steps: dict[str, float] = {}
            split = dict.fromkeys(STAGES, 0.0)
            for _ in range(args.repeat):  # further runs, timed step by step (summed over the runs)
                _pages, one = lantern_pages(paths, steps)
                split = {stage: split[stage] + one[stage] for stage in STAGES}
            print(f"{label}: {pages} pages (CPU time, best of {args.repeat}; in brackets the median run)")
            print(f"  raw pypdfium2 text                        {raw / min(runs.raw):8.0f} pages/s")
            for name, stage, goal in (
                ("Lantern text + metadata (read + metadata)", runs.extraction, " (goal: 70%)"),
                ("Lantern with derived fields (+ derive)   ", runs.whole, ""),
            ):
                best, median = runs.share(stage)
                print(f"  {name} {pages / min(stage):8.0f} pages/s  {best:4.0%} of raw ({median:.0%}){goal}")
            print(f"    where the time goes ({args.repeat} more runs, each step timed):")
            print_steps(steps, split, pages * args.repeat)
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
