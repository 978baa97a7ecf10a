"""PDF: text per page and the first pages' layout, with pypdfium2 (PDFium), one page at a time;
pages that are pictures of text are recognised with Tesseract when it is installed (``ocr``)."""

from __future__ import annotations

import ctypes
import math
import time
from functools import lru_cache
from pathlib import Path

from lantern.ingest.errors import IngestError
from lantern.ingest.sources.base import NO_HINTS, Extracted, Hints, Limits, Line
from lantern.ingest.sources.pdf import ocr
from lantern.lib.text import count_letters

NAME = "pdf"
MEDIA_TYPE = "application/pdf"
EXTENSIONS = (".pdf",)
LAYOUT_PAGES = 2  # pages whose lines (with font sizes) are kept for finding the title
MIN_TEXT_CHARS = 20
PROGRESS_EVERY = 25  # fewer letters than this on every page: a scan without a text layer


def sniff(head: bytes) -> bool:
    return b"%PDF-" in head[:1024]


def extract(path: Path, limits: Limits, hints: Hints = NO_HINTS) -> Extracted:
    """``progress(done, total)`` is called every few pages (it keeps the job's heartbeat)."""
    import pypdfium2 as pdfium

    started = time.monotonic()
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise _open_error(exc) from exc
    try:
        count = len(pdf)
        if count == 0:
            raise IngestError("empty_pdf", "The PDF has no pages.")
        if count > limits.max_pages:
            raise IngestError(
                "too_many_pages",
                f"The PDF has {count} pages; the limit is {limits.max_pages} (LANTERN_INGEST_MAX_PAGES).",
            )
        result = Extracted(media_type=MEDIA_TYPE, page_count=count, meta=_metadata(pdf))
        budget = limits.max_expanded_bytes
        damaged, textless = [], []
        for index in range(count):
            try:
                text = _page_text(pdf, index, result.layout)
            except pdfium.PdfiumError:  # one damaged page: the others are still worth reading
                damaged.append(index + 1)
                text = ""
            text = _tidy(text)
            budget -= len(text)
            if budget < 0:
                result.warnings.append(f"Text from page {index + 1} on was not kept: the document holds too much text.")
                text = ""
            result.pages.append(text)
            if count_letters(text) < MIN_TEXT_CHARS and index + 1 not in damaged and budget >= 0:
                textless.append(index)
            if hints.progress is not None and (index + 1) % PROGRESS_EVERY == 0:
                hints.progress(index + 1, count)
        if len(damaged) == count:
            raise IngestError("corrupt", f"No page of the PDF could be read (all {count} are damaged).")
        if damaged:
            result.warnings.append(_damaged_note(damaged))
        missing = _recognise(
            pdf, textless, result, limits, limits.extract_timeout * ocr.BUDGET_SHARE - (time.monotonic() - started)
        )
        if not _has_letters(result.pages, MIN_TEXT_CHARS * max(1, min(count, 3))):
            result.text_layer = False
            result.warnings.append(
                "The PDF has no text layer (a scan?): no text could be read; it needs OCR." + missing
            )
        return result
    finally:
        pdf.close()


def _recognise(pdf, textless: list[int], result: Extracted, limits: Limits, seconds: float) -> str:
    """Recognise the pages without text that hold an image, in place; returns why none could be
    (a sentence for the "needs OCR" note) or ""."""
    scans = [index for index in textless if ocr.needs_recognition(pdf[index])]
    if not scans:
        return ""
    if not limits.ocr_languages:
        return " Reading scans is turned off (LANTERN_INGEST_OCR_LANGUAGES is empty)."
    if not ocr.languages(limits.ocr_languages):
        return f" Lantern could not recognise its text: {ocr.INSTALL_HINT}."
    outcome = ocr.recognise(pdf, scans, limits.ocr_languages, seconds)
    for index, text in outcome.texts.items():
        result.pages[index] = text
    result.recognised = sorted(number + 1 for number, text in outcome.texts.items() if text.strip())
    result.warnings += outcome.warnings
    if result.recognised:
        result.warnings.append(_recognised_note(result.recognised, len(result.pages)))
    return ""


def _recognised_note(numbers: list[int], count: int) -> str:
    if len(numbers) == count:
        return "The PDF is a scan: its text was recognised from the page images (OCR) and may hold errors."
    shown = ", ".join(str(n) for n in numbers[:20]) + (f" and {len(numbers) - 20} more" if len(numbers) > 20 else "")
    return (
        f"Text recognised from page images (OCR), which may hold errors: page{'s' if len(numbers) > 1 else ''} {shown}."
    )


def _page_text(pdf, index: int, layout: list[list[Line]]) -> str:
    """A page's text; its lines go to ``layout`` for the first pages (page 2 only when page 1 is
    (nearly) empty)."""
    page = pdf[index]
    try:
        textpage = page.get_textpage()
        try:
            text = textpage.get_text_bounded()
            if index < LAYOUT_PAGES and (not layout or len(layout[0]) < 3):
                layout.append(_lines(page, textpage))
        finally:
            textpage.close()
    finally:
        page.close()
    return text


def _damaged_note(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:20]) + (f" and {len(numbers) - 20} more" if len(numbers) > 20 else "")
    if len(numbers) == 1:
        return f"Page {shown} is damaged and could not be read; it was skipped and the rest of the PDF kept."
    return f"Pages {shown} are damaged and could not be read; they were skipped and the rest of the PDF kept."


def _has_letters(pages: list[str], wanted: int) -> bool:
    """At least ``wanted`` letters in all; stops counting once there are (a long PDF is not read twice)."""
    for page in pages:
        wanted -= count_letters(page)
        if wanted <= 0:
            return True
    return False


def _open_error(exc: Exception) -> IngestError:
    text = str(exc).lower()
    if "password" in text or "security" in text:
        return IngestError("encrypted", "The PDF is encrypted (password-protected); it cannot be read.")
    if "format" in text or "file" in text or "data" in text:
        return IngestError("corrupt", f"The file is not a readable PDF (corrupt or truncated): {exc}")
    return IngestError("corrupt", f"The PDF cannot be opened: {exc}")


def _metadata(pdf) -> dict[str, str]:
    try:
        raw = pdf.get_metadata_dict(skip_empty=True)
    except Exception:  # a broken Info dictionary must not stop the text
        return {}
    meta = {key.lower(): " ".join(str(value).split()) for key, value in raw.items() if str(value).strip()}
    if "creationdate" in meta:
        meta["file_created"] = _pdf_date(meta.pop("creationdate"))
    meta.pop("moddate", None)  # never a publication date
    return meta


def _pdf_date(value: str) -> str:
    digits = value.removeprefix("D:")[:8]
    if len(digits) >= 4 and digits[:4].isdigit():
        return "-".join(p for p in (digits[:4], digits[4:6], digits[6:8]) if p.isdigit() and len(p) in (2, 4))
    return ""


def _tidy(text: str) -> str:
    """PDFium ends lines with CR LF and marks soft hyphens with U+0002."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x02", "-").replace("\x00", "")


def _lines(page, textpage) -> list[Line]:
    """Lines of a page with their effective font size (font size × text matrix) and position."""
    import pypdfium2.raw as pdfium_c

    height = page.get_height() or 1.0
    raw = textpage.raw
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    lines: list[Line] = []
    # PDFium takes a character's size, matrix and weight from its text object: read once per object.
    styles: dict[int, tuple[float, int]] = {}
    get_object = _text_object()

    def style(index: int, key: int | None) -> tuple[float, int]:
        found = styles.get(key) if key else None
        if found is None:
            found = _style(raw, index)
            if key:
                styles[key] = found
        return found

    def add(segment: str, offset: int) -> None:
        """A line from its characters (``offset``: the index of the first one)."""
        visible = segment.replace(_NONE, " ")  # the same length: positions are character indexes
        text = " ".join(segment.replace("\r", "").replace(_NONE, "").split())
        if not text:
            return
        first = offset + len(visible) - len(visible.lstrip())  # its first and last visible characters
        last = offset + len(visible.rstrip()) - 1
        # A text object's characters come one after another, so a line that starts and ends in the
        # same object is all in it: one look-up, not one per character.
        key = get_object(raw, first)
        if key and key == get_object(raw, last):
            size, weight = style(first, key)
        else:
            found = [style(offset + i, get_object(raw, offset + i)) for i, c in enumerate(visible) if not c.isspace()]
            size, weight = max(f[0] for f in found), max(f[1] for f in found)
        lines.append(Line(text=text, size=round(size, 1), top=line_top(first, last), bold=weight >= 600))

    def line_top(first: int, last: int) -> float:
        # The top of the line's highest glyph: PDFium's rectangles of a run of characters are
        # the union of their boxes, per text object (a few calls, not a box per character).
        highest = 0.0
        for n in range(pdfium_c.FPDFText_CountRects(raw, first, last - first + 1)):
            pdfium_c.FPDFText_GetRect(raw, n, left, top, right, bottom)
            highest = max(highest, top.value) if n else top.value
        return max(0.0, 1 - highest / height)

    offset = 0
    for segment in _chars(textpage).split("\n"):  # a line's characters, one string, no step per character
        add(segment, offset)
        offset += len(segment) + 1
    return lines


_NONE = "\x00"  # no character at this index


def _chars(textpage) -> str:
    """Each character of the text page at its index (_NONE for none): PDFium's text of the whole
    page in one call (a call per character costs far more), or a call per
    character when that text does not line up with the characters (it may leave some out)."""
    import pypdfium2.raw as pdfium_c

    count = textpage.count_chars()
    if count <= 0:
        return ""
    buffer = (ctypes.c_ushort * (count + 1))()
    written = pdfium_c.FPDFText_GetText(textpage.raw, 0, count, buffer)
    text = bytes(buffer)[: 2 * max(written - 1, 0)].decode("utf-16-le", errors="replace")
    if len(text) == count and "\ufffd" not in text:  # one UTF-16 unit per character, none missing
        # As FPDFText_GetUnicode gives them: the soft-hyphen mark (GetText writes U+FFFE).
        return text.replace("\ufffe", "\x02")
    get_unicode = pdfium_c.FPDFText_GetUnicode
    return "".join(chr(code) if (code := get_unicode(textpage.raw, i)) else _NONE for i in range(count))


@lru_cache(maxsize=1)
def _text_object():
    """PDFium's FPDFText_GetTextObject returning a plain address, to key a dict without a ctypes
    cast per character (pypdfium2's binding returns a pointer object; 0 or None: no object)."""
    import pypdfium2.raw as pdfium_c

    address = ctypes.cast(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p).value
    return ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)(address)


def _style(raw, index: int) -> tuple[float, int]:
    import pypdfium2.raw as pdfium_c

    matrix = pdfium_c.FS_MATRIX()
    pdfium_c.FPDFText_GetMatrix(raw, index, matrix)
    scale = math.sqrt(abs(matrix.a * matrix.d - matrix.b * matrix.c)) or 1.0
    return pdfium_c.FPDFText_GetFontSize(raw, index) * scale, pdfium_c.FPDFText_GetFontWeight(raw, index)
