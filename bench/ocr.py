"""OCR speed and accuracy: scanned PDF pages recognised by Lantern's PDF source (Tesseract).

Usage: .venv/bin/python bench/ocr.py [--pages 12] [--dpi 200] [--languages eng+fra+spa]
Makes a scanned PDF in a temporary directory (tests/ingest_support.scanned_report: pages of
English, French and Spanish prose typeset, printed to a grey image at ``--dpi``, skewed, dusted,
stored as JPEG, no text layer), reads it with ``lantern.ingest.sources.pdf.extract`` as ingestion
does (one page at a time, Tesseract limited to one thread), and prints:
- pages per second of wall time and of CPU time (this process and Tesseract's), OCR only;
- the share of each language's words recovered (with repeats), and of all words;
- raw pypdfium2 on the same file (no text to find: the cost of looking).
Ingestion speed without scans is bench/ingest.py's.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO))


def words(text: str) -> Counter:
    return Counter(re.findall(r"\w+", text.lower()))


def recovered(original: str, recognised: str) -> tuple[int, int]:
    wanted, found = words(original), words(recognised)
    return sum(min(n, found[w]) for w, n in wanted.items()), sum(wanted.values())


def pages_of_prose(count: int) -> list[tuple[str, str]]:
    import ingest_support as support

    titles = {
        "en": "Guidance for frontline staff",
        "fr": "Guide pour les professionnels",
        "es": "Guía para profesionales",
    }
    made = []
    for n in range(count):
        language = ("en", "fr", "es")[n % 3]
        paragraphs = [support.body(language, 3, seed=n + i) for i in range(3)]
        made.append((language, f"{titles[language]} {n + 1}\n" + "\n".join(paragraphs)))
    return made


def cpu_seconds() -> float:
    own, children = os.times()[0:2], os.times()[2:4]
    return sum(own) + sum(children)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=12)
    parser.add_argument("--dpi", type=int, default=200)
    parser.add_argument("--languages", default="eng+fra+spa")
    options = parser.parse_args()

    import ingest_support as support
    import pypdfium2 as pdfium

    from lantern.ingest.sources import pdf
    from lantern.ingest.sources.base import Limits
    from lantern.ingest.sources.pdf import ocr

    if not ocr.languages(options.languages):
        sys.exit(f"No Tesseract languages of {options.languages} installed: {ocr.INSTALL_HINT}.")
    limits = Limits(
        max_bytes=10**9,
        max_pages=10_000,
        max_expanded_bytes=10**9,
        fetch_timeout=5,
        max_redirects=0,
        allow_private_urls=False,
        extract_timeout=36_000,
        ocr_languages=options.languages,
    )
    made = pages_of_prose(options.pages)
    with tempfile.TemporaryDirectory() as directory:
        path = support.scanned_report(Path(directory), [text for _, text in made], dpi=options.dpi)
        started, cpu = time.perf_counter(), cpu_seconds()
        document = pdfium.PdfDocument(str(path))
        for index in range(len(document)):
            page = document[index]
            page.get_textpage().get_text_bounded()
            page.close()
        document.close()
        raw = time.perf_counter() - started
        started, cpu = time.perf_counter(), cpu_seconds()
        extracted = pdf.extract(path, limits)
        wall, cpu = time.perf_counter() - started, cpu_seconds() - cpu
    print(
        f"scanned PDF: {options.pages} pages at {options.dpi} dpi, Tesseract languages {ocr.languages(options.languages)}"
    )
    print(f"raw pypdfium2 (no text to find): {options.pages / raw:,.0f} pages/s")
    print(
        f"OCR: {options.pages / wall:.2f} pages/s wall, {options.pages / cpu:.2f} pages/s of CPU ({wall:.1f} s, {cpu:.1f} CPU s)"
    )
    print(f"pages recognised: {len(extracted.recognised)} of {options.pages}")
    totals: dict[str, list[int]] = {}
    for (language, original), text in zip(made, extracted.pages, strict=True):
        found, wanted = recovered(original, text)
        share = totals.setdefault(language, [0, 0])
        share[0] += found
        share[1] += wanted
    for language, (found, wanted) in totals.items():
        print(f"words recovered, {language}: {found / wanted:.1%} ({found} of {wanted})")
    found, wanted = (sum(t[i] for t in totals.values()) for i in (0, 1))
    print(f"words recovered, all: {found / wanted:.1%} ({found} of {wanted})")


if __name__ == "__main__":
    main()
