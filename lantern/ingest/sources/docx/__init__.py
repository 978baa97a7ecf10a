"""Word (DOCX): paragraphs and tables in order, split into pages at the document's page breaks."""

from __future__ import annotations

import zipfile
from pathlib import Path

from lantern.ingest.errors import IngestError
from lantern.ingest.sources.base import Extracted, Limits, Line

NAME = "docx"
MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
EXTENSIONS = (".docx",)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DEFAULT_SIZE = 11.0


def sniff(head: bytes) -> bool:
    return head.startswith(b"PK\x03\x04")  # a ZIP: extract() checks it holds a Word document


def extract(path: Path, limits: Limits) -> Extracted:
    _check_zip(path, limits)
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise IngestError("corrupt", f"The file is not a readable Word document: {exc}") from exc
    except Exception as exc:  # lxml errors on a damaged part
        raise IngestError("corrupt", f"The Word document cannot be read: {exc}") from exc

    pages: list[list[str]] = [[]]
    layout: list[Line] = []
    title_hint = ""
    for block in document.element.body.iterchildren():
        tag = block.tag.removeprefix(_W)
        if tag == "p":
            text, breaks_before, breaks_after = _paragraph(block)
            for _ in range(breaks_before):
                pages.append([])
            if text:
                pages[-1].append(text)
                if len(pages) == 1 and len(layout) < 60:
                    style = _style_name(document, block)
                    if not title_hint and style in {"title"}:
                        title_hint = text
                    layout.append(_line(document, block, text, style, len(layout)))
            for _ in range(breaks_after):
                pages.append([])
        elif tag == "tbl":
            rows = ["\t".join(" ".join(t.split()) for t in _cells(row)) for row in block.iter(f"{_W}tr")]
            pages[-1].extend(r for r in rows if r.strip())
    while len(pages) > 1 and not pages[-1]:
        pages.pop()
    if len(pages) > limits.max_pages:
        raise IngestError("too_many_pages", f"The document has {len(pages)} pages; the limit is {limits.max_pages}.")
    texts = ["\n".join(lines) for lines in pages]
    if not any(t.strip() for t in texts):
        raise IngestError("no_text", "The Word document contains no text.")
    props = document.core_properties
    meta = {
        "title": props.title or "",
        "author": props.author or "",
        "subject": props.subject or "",
        "language": props.language or "",
        "file_created": props.created.date().isoformat() if props.created else "",
    }
    for top, line in enumerate(layout):
        line.top = top / max(len(layout), 1)
    return Extracted(
        media_type=MEDIA_TYPE,
        pages=texts,
        page_count=len(texts),
        meta={k: " ".join(v.split()) for k, v in meta.items() if v and v.strip()},
        layout=[layout],
        title_hint=title_hint,
    )


def _check_zip(path: Path, limits: Limits) -> None:
    """Refuse a ZIP that would expand past the limit (a decompression bomb) before opening it."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except zipfile.BadZipFile as exc:
        raise IngestError("corrupt", "The file is not a readable Word document (not a valid ZIP package).") from exc
    expanded = sum(m.file_size for m in members)
    packed = sum(m.compress_size for m in members) or 1
    if expanded > limits.max_expanded_bytes or (expanded > 10_000_000 and expanded / packed > 200):
        raise IngestError(
            "decompression_bomb",
            f"The Word document would expand to {expanded // (1024 * 1024)} MB; refused as a decompression bomb.",
        )
    if "word/document.xml" not in {m.filename for m in members}:
        raise IngestError("corrupt", "The file is a ZIP package but not a Word document (no word/document.xml).")


def _paragraph(element) -> tuple[str, int, int]:
    """Text of a paragraph, and the page breaks before and after it."""
    parts: list[str] = []
    before = after = 0
    for node in element.iter():
        tag = node.tag.removeprefix(_W)
        if tag == "t" and node.text:
            parts.append(node.text)
        elif tag == "tab":
            parts.append("\t")
        elif tag == "br" and node.get(f"{_W}type") == "page" or tag == "lastRenderedPageBreak":
            if "".join(parts).strip():
                after += 1
            else:
                before += 1
        elif tag == "pageBreakBefore" and node.get(f"{_W}val", "true") not in ("0", "false"):
            before += 1
    return " ".join("".join(parts).split()), before, after


def _cells(row) -> list[str]:
    return ["".join(t.text or "" for t in cell.iter(f"{_W}t")) for cell in row.iter(f"{_W}tc")]


def _style_name(document, element) -> str:
    style = element.find(f"{_W}pPr/{_W}pStyle")
    if style is None:
        return ""
    style_id = style.get(f"{_W}val", "")
    try:
        return (document.styles.get_by_id(style_id, 1).name or style_id).lower()
    except Exception:
        return style_id.lower()


def _line(document, element, text: str, style: str, position: int) -> Line:
    from docx.text.paragraph import Paragraph

    paragraph = Paragraph(element, document)
    sizes = [run.font.size.pt for run in paragraph.runs if run.font.size]
    size = max(sizes) if sizes else None
    bold = any(run.bold for run in paragraph.runs)
    if size is None:
        font = paragraph.style.font if paragraph.style is not None else None
        size = font.size.pt if font is not None and font.size else DEFAULT_SIZE
        bold = bold or bool(font is not None and font.bold)
    if style == "title":
        size = max(size, 26.0)
    elif style.startswith("heading 1"):
        size = max(size, 16.0)
    return Line(text=text, size=float(size), top=float(position), bold=bool(bold))
