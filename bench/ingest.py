"""Ingestion speed and memory: Lantern's pipeline against the raw extractor on the same PDFs.

Usage: .venv/bin/python bench/ingest.py [--long-pages 2000]
Generates the twenty test reports plus one long PDF in a temporary directory, then prints:
- raw pypdfium2 text extraction (every page's text, nothing else), pages/s;
- Lantern's text + metadata (pipeline.read + pipeline.analyse: text per page, first-page layout,
  title, date, publisher, language per page, identifiers, teaser, summary, suggestions), pages/s,
  as a share of raw, with where the time goes;
- the whole job (read, sha256, extract, analyse, write resource + pages in one transaction);
- peak memory (max RSS) of a process ingesting the long PDF, against one that only starts Django.
"""

from __future__ import annotations

import argparse
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


def lantern_pages(paths: list[Path]) -> tuple[int, dict[str, float]]:
    from lantern.ingest import pipeline
    from lantern.ingest.sources.base import Limits

    limits, pages, split = Limits.from_settings(), 0, {"read": 0.0, "analyse": 0.0}
    for path in paths:
        started = time.perf_counter()
        _source, extracted = pipeline.read(path, limits, name=path.name)
        split["read"] += time.perf_counter() - started
        started = time.perf_counter()
        pipeline.analyse(extracted, path.stem)
        split["analyse"] += time.perf_counter() - started
        pages += len(extracted.pages)
    return pages, split


def timed(function, *args):
    started = time.perf_counter()
    result = function(*args)
    return result, time.perf_counter() - started


def peak(mode: str, path: Path, data_dir: str) -> int:
    code = (
        "import resource, sys; sys.path.insert(0, 'bench'); import ingest as b; b.setup(sys.argv[2]);"
        "from pathlib import Path;"
        "from lantern.ingest import jobs;"
        "import sys as s;"
        "p = Path(s.argv[1]);"
        "mode = s.argv[3];"
        "job = jobs.create(str(p), path=str(p)) if mode == 'job' else None;"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(path), data_dir, mode], cwd=REPO, capture_output=True, text=True, check=True
    )
    return int(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--long-pages", type=int, default=2000)
    args = parser.parse_args()
    import ingest_support as support

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "docs"
        folder.mkdir()
        reports = [support.make_pdf(r, folder) for r in support.reports() if r.filename.endswith(".pdf")]
        long_pdf = support.long_pdf(Path(tmp) / "long.pdf", args.long_pages)
        setup(str(Path(tmp) / "data"))
        lantern_pages([reports[0]])  # load the language model once, as a running worker has
        for label, paths in (("20 generated reports", reports), (f"{args.long_pages}-page PDF", [long_pdf])):
            raw, raw_seconds = timed(raw_pages, paths)
            (pages, split), seconds = timed(lantern_pages, paths)
            print(f"{label}: {pages} pages")
            print(f"  raw pypdfium2 text            {raw / raw_seconds:8.0f} pages/s")
            print(
                f"  Lantern text + metadata       {pages / seconds:8.0f} pages/s"
                f"  ({raw_seconds / seconds:.0%} of raw; read {split['read']:.2f} s, analyse {split['analyse']:.2f} s)"
            )
        from lantern.ingest import jobs

        started = time.perf_counter()
        for path in reports:
            jobs.create(str(path), path=str(path))
        seconds = time.perf_counter() - started
        total = sum(len(support.reports()[0:0]) or 1 for _ in reports)
        from lantern.catalog.models import Page

        print(
            f"whole jobs (incl. writing resources and pages): {Page.objects.count() / seconds:.0f} pages/s, "
            f"{total / seconds:.1f} documents/s"
        )
        base = peak("baseline", long_pdf, str(Path(tmp) / "data-peak"))
        full = peak("job", long_pdf, str(Path(tmp) / "data-peak"))
        print(
            f"peak memory, {args.long_pages}-page PDF as a whole job: {full / 1024:.0f} MB "
            f"(Django and Lantern loaded, no job: {base / 1024:.0f} MB; the job adds {(full - base) / 1024:.0f} MB)"
        )
        print(f"size of the {args.long_pages}-page PDF: {long_pdf.stat().st_size / 1048576:.1f} MB")


if __name__ == "__main__":
    main()
