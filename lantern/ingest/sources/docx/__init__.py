"""Word (DOCX): paragraphs and tables in order, split into pages at the document's page breaks,
each page with its running head and footer as printed (the last section's header and footer
parts: the first page's own where the section has one).

The package is read with ``package.Package``, within limits (each part measured as it inflates,
its XML parsed with node and depth limits). The document's main part is parsed as it inflates,
and each paragraph or table of its body is let go of once read, so memory holds the text and one
block at a time, however many paragraphs there are. Comments, processing instructions and
entities in the XML are no part of the text and are passed over.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
from collections.abc import Iterator
from pathlib import Path

from lantern.ingest.errors import IngestError
from lantern.ingest.sources.base import NO_HINTS, Extracted, Hints, Limits, Line
from lantern.ingest.sources.docx.package import Package

NAME = "docx"
MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
EXTENSIONS = (".docx",)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DC, _DCTERMS = "{http://purl.org/dc/elements/1.1/}", "{http://purl.org/dc/terms/}"
_P, _TABLE, _BODY, _SECTION = f"{_W}p", f"{_W}tbl", f"{_W}body", f"{_W}sectPr"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_TEXTBOX, _FALLBACK = f"{_W}txbxContent", "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_IN_PARAGRAPH = (f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}lastRenderedPageBreak", f"{_W}pageBreakBefore")
DEFAULT_SIZE = 11.0
LAYOUT_LINES = 60  # lines of the first page kept (with sizes) for finding the title
_UNITS = {"pt": 1.0, "pc": 12.0, "pi": 12.0, "in": 72.0, "cm": 72 / 2.54, "mm": 72 / 25.4}


def sniff(head: bytes) -> bool:
    return head.startswith(b"PK\x03\x04")  # a ZIP: extract() checks it holds a Word document


def extract(path: Path, limits: Limits, hints: Hints = NO_HINTS) -> Extracted:
    package = Package(path, limits)
    main = package.related("", "officeDocument") or "word/document.xml"
    if main not in package.members:
        raise IngestError("corrupt", "The file is a ZIP package but not a Word document (no word/document.xml).")
    styles = _Styles(
        _optional(package, package.related(main, "styles") or posixpath.join(posixpath.dirname(main), "styles.xml"))
    )
    pages: list[list[str]] = [[]]
    layout: list[Line] = []
    title_hint = ""
    running = _Running()
    for block in _body(package, main):
        if block.tag == _SECTION:  # the last section's properties, at the end of the body
            running = _running(package, main, block)
        elif block.tag == _P:
            for paragraph, boxed in _readable(block):
                text, breaks_before, breaks_after = _paragraph(paragraph, own_text_only=boxed is not None)
                if boxed:  # a break inside a text box breaks no page
                    breaks_before = breaks_after = 0
                for _ in range(breaks_before):
                    pages.append([])
                if text:
                    pages[-1].append(text)
                    if len(pages) == 1 and len(layout) < LAYOUT_LINES:
                        style = styles.name(paragraph)
                        if not title_hint and style in {"title"}:
                            title_hint = text
                        layout.append(_line(styles, paragraph, text, style, len(layout)))
                for _ in range(breaks_after):
                    pages.append([])
        elif block.tag == _TABLE:
            rows = ["\t".join(" ".join(t.split()) for t in _cells(row)) for row in block.iter(f"{_W}tr")]
            pages[-1].extend(r for r in rows if r.strip())
        if len(pages) > limits.max_pages + 1:  # one more for a trailing break, dropped below
            break
    while len(pages) > 1 and not pages[-1]:
        pages.pop()
    if len(pages) > limits.max_pages:
        raise IngestError("too_many_pages", f"The document has {len(pages)} pages; the limit is {limits.max_pages}.")
    if not any(line.strip() for lines in pages for line in lines):
        raise IngestError("no_text", "The Word document contains no text.")
    texts = ["\n".join(running.around(number, lines)) for number, lines in enumerate(pages)]
    for top, line in enumerate(layout):
        line.top = top / max(len(layout), 1)
    return Extracted(
        media_type=MEDIA_TYPE,
        pages=texts,
        page_count=len(texts),
        meta=_properties(package),
        layout=[layout],
        title_hint=title_hint,
    )


def _body(package: Package, main: str) -> Iterator:
    """Each paragraph and table directly in the document's body as soon as it is parsed, and the
    body's own section properties at its end; cleared once read, with whatever came before it (the
    same tags inside tables are read with their table)."""
    for element in package.elements(main, (_P, _TABLE, _SECTION)):
        body = element.getparent()
        if body is None or body.tag != _BODY:
            continue
        yield element
        element.clear()
        while element.getprevious() is not None:
            del body[0]


class _Running:
    """A section's running heads and footers: lines for the first page and for the others."""

    def __init__(self, heads: dict[str, list[str]] | None = None, feet: dict[str, list[str]] | None = None):
        self.heads, self.feet = heads or {}, feet or {}

    def around(self, number: int, lines: list[str]) -> list[str]:
        kind = "first" if number == 0 and "first" in self.heads else "default"
        foot = "first" if number == 0 and "first" in self.feet else "default"
        return [*self.heads.get(kind, ()), *lines, *self.feet.get(foot, ())]


def _running(package: Package, main: str, section) -> _Running:
    """The text of the header and footer parts a section names (default and first page; a first
    page of its own only where the section says so, ``w:titlePg``)."""
    title_page = section.find(f"{_W}titlePg")
    first = title_page is not None and _on(title_page.get(f"{_W}val"), True)
    targets = package.targets(main)
    found: dict[str, dict[str, list[str]]] = {"header": {}, "footer": {}}
    for where in ("header", "footer"):
        for reference in section.iter(f"{_W}{where}Reference"):
            kind = reference.get(f"{_W}type", "default")
            part = targets.get(reference.get(f"{_R}id", ""), "")
            if kind not in ("default", "first") or (kind == "first" and not first) or part not in package.members:
                continue
            root = _optional(package, part)
            paragraphs = root.iter(_P) if root is not None else ()
            found[where][kind] = [text for p in paragraphs if (text := _paragraph(p)[0])]
        if first and "first" not in found[where]:
            found[where]["first"] = []  # a first page of its own with no header part has none
    return _Running(found["header"], found["footer"])


def _optional(package: Package, name: str):
    """A part the text does not need (styles, properties): None if absent or damaged; a bomb still stops."""
    try:
        return package.tree(name)
    except IngestError as exc:
        if exc.code != "corrupt":
            raise
        return None


def _readable(paragraph) -> list[tuple]:
    """What to read of a body paragraph, in order: (paragraph, None) when it holds no text box, else
    the paragraphs of its text boxes, (paragraph, True), then its own text, (paragraph, False).
    A text box is read once: Word writes it twice, as a shape and again in VML inside
    ``mc:Fallback`` for older readers."""
    if next(paragraph.iter(_TEXTBOX, _FALLBACK), None) is None:
        return [(paragraph, None)]
    boxes = [box for box in paragraph.iter(_TEXTBOX) if not _nested(box, paragraph)]
    return [*((p, True) for box in boxes for p in box if p.tag == _P), (paragraph, False)]


def _nested(node, top) -> bool:
    """Whether ``node`` is inside a text box or a compatibility fallback within ``top``."""
    parent = node.getparent()
    while parent is not None and parent is not top:
        if parent.tag in (_TEXTBOX, _FALLBACK):
            return True
        parent = parent.getparent()
    return False


def _paragraph(element, own_text_only: bool = False) -> tuple[str, int, int]:
    """Text of a paragraph, and the page breaks before and after it; ``own_text_only`` leaves out
    what its text boxes and compatibility fallbacks hold."""
    if not len(element):
        return "", 0, 0
    parts: list[str] = []
    before = after = 0
    for node in element.iter(*_IN_PARAGRAPH):  # elements only: comments, instructions and entities pass
        if own_text_only and _nested(node, element):
            continue
        tag = node.tag.removeprefix(_W)
        if tag == "t":
            parts.append(_text(node))
        elif tag == "tab":
            parts.append("\t")
        elif tag == "br" and node.get(f"{_W}type") == "page" or tag == "lastRenderedPageBreak":
            if "".join(parts).strip():
                after += 1
            else:
                before += 1
        elif tag == "pageBreakBefore" and node.get(f"{_W}val", "true") not in ("0", "false"):
            before += 1
    if _ends_page(element.find(f"{_W}pPr/{_W}sectPr")):
        after += 1
    return " ".join("".join(parts).split()), before, after


def _ends_page(section) -> bool:
    """A section that ends at this paragraph and starts the next one on a new page: Word's "Next
    page", "Odd page" and "Even page" section breaks (no ``w:type`` is "Next page"); a continuous
    one (a change to two columns, say) does not."""
    if section is None:
        return False
    kind = section.find(f"{_W}type")
    return kind is None or kind.get(f"{_W}val", "nextPage") in ("nextPage", "oddPage", "evenPage")


def _cells(row) -> list[str]:
    return ["".join(_text(t) for t in cell.iter(f"{_W}t")) for cell in row.iter(f"{_W}tc")]


def _text(node) -> str:
    """A ``w:t``'s text, also where a comment or an instruction splits it."""
    return (node.text or "") if not len(node) else "".join(node.itertext())


class _Styles:
    """Paragraph styles by id, and the default one, as Word (and python-docx) find them."""

    def __init__(self, root):
        self.by_id: dict = {}
        self.default = None
        for style in root.iter(f"{_W}style") if root is not None else ():
            self.by_id.setdefault(style.get(f"{_W}styleId"), style)
            if style.get(f"{_W}type") == "paragraph" and _on(style.get(f"{_W}default"), False):
                self.default = style  # the last default in the part wins

    def of(self, style_id: str | None):
        style = self.by_id.get(style_id) if style_id else None
        if style is None or style.get(f"{_W}type") != "paragraph":
            return self.default
        return style

    def name(self, paragraph) -> str:
        """The lower-cased name of a paragraph's own style; "" if it names none."""
        reference = paragraph.find(f"{_W}pPr/{_W}pStyle")
        if reference is None:
            return ""
        style_id = reference.get(f"{_W}val", "")
        style = self.of(style_id)
        name = style.find(f"{_W}name") if style is not None else None
        return ((name.get(f"{_W}val") if name is not None else "") or style_id).lower()


def _line(styles: _Styles, element, text: str, style: str, position: int) -> Line:
    runs = [child for child in element if child.tag == f"{_W}r"]
    sizes = [size for run in runs if (size := _size(run.find(f"{_W}rPr")))]
    size = max(sizes) if sizes else None
    bold = any(_bold(run.find(f"{_W}rPr")) for run in runs)
    if size is None:
        reference = element.find(f"{_W}pPr/{_W}pStyle")
        own = styles.of(reference.get(f"{_W}val") if reference is not None else None)
        font = own.find(f"{_W}rPr") if own is not None else None
        size = _size(font) or DEFAULT_SIZE
        bold = bold or bool(_bold(font))
    if style == "title":
        size = max(size, 26.0)
    elif style.startswith("heading 1"):
        size = max(size, 16.0)
    return Line(text=text, size=float(size), top=float(position), bold=bool(bold))


def _size(properties) -> float | None:
    """A run's (or style's) font size in points: ``w:sz`` in half-points, or with a unit."""
    found = properties.find(f"{_W}sz") if properties is not None else None
    value = (found.get(f"{_W}val") or "") if found is not None else ""
    try:
        if value[-2:] in _UNITS:
            return float(value[:-2]) * _UNITS[value[-2:]] or None
        return int(value) / 2 or None
    except ValueError:
        return None


def _bold(properties) -> bool | None:
    found = properties.find(f"{_W}b") if properties is not None else None
    return None if found is None else _on(found.get(f"{_W}val"), True)


def _on(value: str | None, default: bool) -> bool:
    return default if value is None else value not in ("0", "false", "off")


def _properties(package: Package) -> dict[str, str]:
    """Title, author, subject, language and creation date from the package's core properties."""
    root = _optional(package, package.related("", "core-properties") or "docProps/core.xml")
    if root is None:
        return {}

    def text(tag: str) -> str:
        found = root.find(tag)
        return (found.text or "") if found is not None else ""

    meta = {
        "title": text(f"{_DC}title"),
        "author": text(f"{_DC}creator"),
        "subject": text(f"{_DC}subject"),
        "language": text(f"{_DC}language"),
        "file_created": _date(text(f"{_DCTERMS}created")),
    }
    return {k: " ".join(v.split()) for k, v in meta.items() if v and v.strip()}


def _date(value: str) -> str:
    """The date of a W3CDTF time stamp (2019, 2019-05, 2019-05-17, 2019-05-17T23:30:00+02:00), in UTC."""
    value = value.strip()
    for template in ("%Y-%m-%dT%H:%M:%S", "%Y-%m-%d", "%Y-%m", "%Y"):
        try:
            moment = dt.datetime.strptime(value[:19], template)
            break
        except ValueError:
            continue
    else:
        return ""
    if offset := re.fullmatch(r"([+-])(\d\d):(\d\d)", value[19:]):
        shift = dt.timedelta(hours=int(offset[2]), minutes=int(offset[3]))
        moment += -shift if offset[1] == "+" else shift
    return moment.date().isoformat()
