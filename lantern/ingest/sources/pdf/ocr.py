"""Reading pages that are pictures of text (scans), with Tesseract.

A page with (almost) no text but an image on it is rendered by PDFium at 300 dpi in grey and
given to the ``tesseract`` program (Debian: ``tesseract-ocr`` and ``tesseract-ocr-fra``, ``-spa``),
one page at a time, in the languages the setting names that are installed. It runs inside the
reading child process (``lantern.ingest.pipeline.read_bounded``), so its memory counts against the
same limit; each run of ``tesseract`` is ended with that child, and recognition stops at a time
budget, leaving the pages not reached as they were, with a note.

Tesseract, not OCRmyPDF: ingestion needs each page's text, not a new PDF with a text layer, and
calling Tesseract on pages PDFium has already opened avoids Ghostscript, a second parser and a
second copy of the file.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import shutil
import signal
import subprocess
import time
from dataclasses import dataclass, field
from functools import lru_cache

COMMAND = "tesseract"
DPI = 300
MAX_SIDE = 5000  # pixels: a poster-sized page is rendered smaller rather than as a 100-megapixel image
# Pages recognised while this share of the reading time is left; the rest goes to everything else.
BUDGET_SHARE = 0.6
INSTALL_HINT = "install Tesseract (Debian: tesseract-ocr, tesseract-ocr-fra, tesseract-ocr-spa) to read scans"


@dataclass
class Outcome:
    """Text per recognised page (by index), and what a curator should know."""

    texts: dict[int, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


@lru_cache(maxsize=4)
def installed_languages(command: str = COMMAND) -> frozenset[str]:
    """Tesseract's installed language models (empty when the program is missing or fails)."""
    if not shutil.which(command):
        return frozenset()
    try:
        listed = subprocess.run(  # noqa: S603 - a fixed program, no user input
            [command, "--list-langs"], capture_output=True, text=True, timeout=30, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return frozenset()
    lines = listed.stdout.splitlines()
    return frozenset(line.strip() for line in lines[1:] if line.strip() and line.strip() != "osd")


def languages(wanted: str) -> str:
    """The ``eng+fra+spa`` argument: the wanted languages that are installed, in the order given."""
    have = installed_languages()
    return "+".join(code for code in wanted.split("+") if code in have)


def needs_recognition(page) -> bool:
    """Whether a page with no text to read holds an image (a blank page is left alone)."""
    import pypdfium2.raw as pdfium_c

    return any(o.type == pdfium_c.FPDF_PAGEOBJ_IMAGE for o in page.get_objects(max_depth=2))


def recognise(pdf, indexes: list[int], wanted: str, seconds: float, progress=None) -> Outcome:
    """The text of the pages at ``indexes``, recognised within ``seconds`` in total."""
    outcome = Outcome()
    codes = languages(wanted)
    if not codes:
        return outcome
    deadline = time.monotonic() + seconds
    for done, index in enumerate(indexes):
        left = deadline - time.monotonic()
        if left <= 1:
            outcome.warnings.append(_not_reached(indexes[done:]))
            break
        try:
            text = _recognise_page(pdf, index, codes, left)
        except subprocess.TimeoutExpired:
            outcome.warnings.append(_not_reached(indexes[done:]))
            break
        except (OSError, subprocess.CalledProcessError) as exc:
            outcome.warnings.append(f"Page {index + 1} could not be recognised (OCR failed: {_reason(exc)}).")
            continue
        outcome.texts[index] = text
        if progress is not None:
            progress(done + 1, len(indexes))
    return outcome


def _recognise_page(pdf, index: int, codes: str, seconds: float) -> str:
    image = _render(pdf[index])
    finished = subprocess.run(  # noqa: S603 - a fixed program; the image goes in on stdin
        [COMMAND, "stdin", "stdout", "-l", codes, "--psm", "3"],
        input=image,
        capture_output=True,
        timeout=seconds,
        check=True,
        env={**os.environ, "OMP_THREAD_LIMIT": "1"},  # one page at a time uses one core: the machine is shared
        preexec_fn=_die_with_parent,  # noqa: PLW1509 - the reading child has no threads
    )
    return _tidy(finished.stdout.decode("utf-8", errors="replace"))


def _render(page) -> bytes:
    """The page as a binary greyscale PNM image (PGM), which Tesseract reads from stdin."""
    try:
        width, height = page.get_size()
        scale = min(DPI / 72, MAX_SIDE / max(width, height, 1))
        bitmap = page.render(scale=scale, grayscale=True)
    finally:
        page.close()
    buffer = bytes(bitmap.buffer)
    w, h, stride, channels = bitmap.width, bitmap.height, bitmap.stride, bitmap.n_channels
    if channels != 1:  # PDFium gave colour: keep one channel (the image is grey anyway)
        buffer = bytes(buffer[i] for i in range(0, len(buffer), channels))
        stride //= channels
    rows = buffer if stride == w else b"".join(buffer[y * stride : y * stride + w] for y in range(h))
    return f"P5\n{w} {h}\n255\n".encode() + rows


def _tidy(text: str) -> str:
    """Tesseract's text without its form feed and with single blank lines between paragraphs."""
    lines = [line.rstrip() for line in text.replace("\f", "").splitlines()]
    tidy: list[str] = []
    for line in lines:
        if line or (tidy and tidy[-1]):
            tidy.append(line)
    return "\n".join(tidy).strip()


def _not_reached(indexes: list[int]) -> str:
    first, last = indexes[0] + 1, indexes[-1] + 1
    which = f"Page {first} was" if first == last else f"Pages {first}–{last} were"
    return f"{which} not recognised (OCR): the time allowed for reading scans ran out."


def _reason(exc: Exception) -> str:
    if isinstance(exc, subprocess.CalledProcessError):
        lines = (exc.stderr or b"").decode("utf-8", "replace").strip().splitlines()
        return lines[-1][:200] if lines else f"exit status {exc.returncode}"
    return str(exc)[:200]


def _die_with_parent() -> None:
    """Linux: Tesseract gets SIGKILL when the reading process ends (killed at its time-out)."""
    with contextlib.suppress(Exception):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
