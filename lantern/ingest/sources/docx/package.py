"""A Word file's ZIP package read within limits: each member measured as it inflates, its XML
parsed with node and depth limits.

A ZIP says how big each member is, and a hostile one lies: Python's ``zipfile`` trusts the central
directory's sizes, and its ``read()`` inflates a whole member in one call, so a member that says
1 KB and holds 1.5 GB is 1.5 GB in memory before its size is checked. Here a member is first
inflated a block at a time and counted, keeping nothing (``measure``): past
``LANTERN_INGEST_MAX_EXPANDED_MB`` in all, or inflating more than ``RATIO`` times its compressed
size once past ``RATIO_FROM``, it is refused as a decompression bomb; with more XML elements than
``LANTERN_INGEST_MAX_XML_NODES``, as too large; a size or checksum unlike its directory's, as
damaged. Only then is it parsed, again as it inflates (never whole in memory), by libxml2 with its
depth limit (``MAX_DEPTH``) and with entities expanded only when the document itself defines them
(never from a file or a URL), under libxml2's limit on how far they may amplify the text (the
"billion laughs").
"""

from __future__ import annotations

import posixpath
import struct
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

from lantern.ingest.errors import IngestError
from lantern.ingest.sources.base import Limits

BLOCK = 64 * 1024
RATIO = 200  # inflating more than this many times its compressed size…
RATIO_FROM = 10 * 1024 * 1024  # …once past this many bytes: a bomb (Word's XML inflates 5 to 30 times)
MAX_DEPTH = 256  # nesting of XML elements (libxml2 stops there too unless told otherwise)
STORED, DEFLATED = zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED
_RELATIONSHIPS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"


class Package:
    """The members of a Word file's ZIP, read within ``limits``."""

    def __init__(self, path: Path, limits: Limits):
        self.path, self.limits = path, limits
        self.expanded = 0  # bytes of the members measured so far, all together
        self.measured: dict[str, int] = {}
        try:
            with zipfile.ZipFile(path) as archive:
                self.members = {info.filename: info for info in archive.infolist()}
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError) as exc:
            raise IngestError("corrupt", "The file is not a readable Word document (not a valid ZIP package).") from exc
        self._check_declared()

    def _check_declared(self) -> None:
        """Refuse at once what the ZIP itself says is too big (what it says small is measured anyway)."""
        expanded = sum(m.file_size for m in self.members.values())
        packed = sum(m.compress_size for m in self.members.values()) or 1
        if expanded > self.limits.max_expanded_bytes or (expanded > RATIO_FROM and expanded / packed > RATIO):
            raise _bomb(f"would expand to {expanded // (1024 * 1024)} MB (LANTERN_INGEST_MAX_EXPANDED_MB)")

    @staticmethod
    def part(source: str, target: str) -> str:
        """The member a relationship of ``source`` (a member, "" for the package) points to."""
        if target.startswith("/"):
            return posixpath.normpath(target).lstrip("/")
        return posixpath.normpath(posixpath.join(posixpath.dirname(source), target))

    def related(self, source: str, kind: str) -> str:
        """The member ``source``'s relationships name for ``kind`` (the end of its Type), or ""."""
        folder, name = posixpath.split(source)
        rels = posixpath.join(folder, "_rels", f"{name}.rels")
        root = self.tree(rels) if rels in self.members else None
        for relationship in root.iter(_RELATIONSHIPS) if root is not None else ():
            if relationship.get("Type", "").rsplit("/", 1)[-1] == kind and relationship.get("TargetMode") != "External":
                return self.part(source, relationship.get("Target", ""))
        return ""

    def targets(self, source: str) -> dict[str, str]:
        """The member ``source``'s relationships: id → the member it points to (external ones left out)."""
        folder, name = posixpath.split(source)
        rels = posixpath.join(folder, "_rels", f"{name}.rels")
        root = self.tree(rels) if rels in self.members else None
        return {
            relationship.get("Id", ""): self.part(source, relationship.get("Target", ""))
            for relationship in (root.iter(_RELATIONSHIPS) if root is not None else ())
            if relationship.get("TargetMode") != "External"
        }

    def tree(self, name: str):
        """The parsed XML of a small member (relationships, styles, properties), or None if absent."""
        if name not in self.members:
            return None
        self.measure(name)
        parser = _parser()
        try:
            for block, _packed in self._inflate(name):
                parser.feed(block)
            return parser.close()
        except _syntax_error() as exc:
            raise _xml_error(name, exc) from exc

    def elements(self, name: str, tags: tuple[str, ...]) -> Iterator:
        """Each element named in ``tags`` as soon as its end is parsed, the member's XML parsed a
        block at a time as it inflates (what the caller clears of the tree is never all in memory)."""
        self.measure(name)
        parser = _parser(tag=tags)
        try:
            for block, _packed in self._inflate(name):
                parser.feed(block)
                for _event, element in parser.read_events():
                    yield element
            parser.close()
            for _event, element in parser.read_events():
                yield element
        except _syntax_error() as exc:
            raise _xml_error(name, exc) from exc

    def measure(self, name: str) -> int:
        """Inflate a member once, keeping nothing, before anything parses it: its real size (within
        the limits and the ratio), its count of XML elements (each begins with "<" but not "</"),
        and its checksum. Zlib inflates far faster than any parser reads, so a bomb is found at once."""
        if name in self.measured:
            return self.measured[name]
        info = self.members[name]
        out = elements = crc = 0
        for data, packed in self._inflate(name):
            out += len(data)
            if self.expanded + out > self.limits.max_expanded_bytes:
                raise _bomb(
                    f"expands past {self.limits.max_expanded_bytes // (1024 * 1024)} MB (LANTERN_INGEST_MAX_EXPANDED_MB)"
                )
            if out > RATIO_FROM and out > RATIO * packed:
                raise _bomb(f"{name} inflates more than {RATIO} times its size")
            elements += data.count(b"<") - data.count(b"</")
            if elements > self.limits.max_xml_nodes:
                raise IngestError(
                    "too_large",
                    f"The Word document's {name} holds more than {self.limits.max_xml_nodes:,} XML elements "
                    "(LANTERN_INGEST_MAX_XML_NODES).",
                )
            crc = zlib.crc32(data, crc)
        if out != info.file_size or crc != info.CRC:
            raise _damaged(f"{name} is damaged or not what its ZIP directory says")
        self.expanded += out
        self.measured[name] = out
        return out

    def _inflate(self, name: str) -> Iterator[tuple[bytes, int]]:
        """(a block of the member's bytes, compressed bytes read so far), inflated a block at a time."""
        info = self.members[name]
        if info.flag_bits & 0x1:
            raise IngestError("encrypted", "The Word document is encrypted (password-protected); it cannot be read.")
        if info.compress_type not in (STORED, DEFLATED):
            raise _damaged(f"{name} uses a compression Word does not")
        inflater = zlib.decompressobj(-zlib.MAX_WBITS) if info.compress_type == DEFLATED else None
        packed = 0
        with self.path.open("rb") as stream:
            stream.seek(info.header_offset)
            header = stream.read(30)
            if len(header) < 30 or header[:4] != b"PK\x03\x04":
                raise _damaged(f"{name} is not where the ZIP directory says")
            name_length, extra_length = struct.unpack("<HH", header[26:30])
            stream.seek(info.header_offset + 30 + name_length + extra_length)
            left = info.compress_size
            while left > 0 and not (inflater and inflater.eof):
                raw = stream.read(min(BLOCK, left))
                if not raw:
                    break
                left -= len(raw)
                packed += len(raw)
                try:
                    for data in _inflated(inflater, raw) if inflater else (raw,):
                        yield data, packed
                except zlib.error as exc:
                    raise _damaged(f"{name} cannot be inflated ({exc})") from exc
        if inflater is not None and not inflater.eof:
            raise _damaged(f"{name} ends before its compressed data does")


def _parser(**options):
    """Entities defined in the document are expanded (never a file's or a URL's), under libxml2's
    limit on amplification; depth is libxml2's limit too (MAX_DEPTH, as huge_tree is off)."""
    from lxml import etree

    events = ("end",) if "tag" in options else ()
    return etree.XMLPullParser(events=events, resolve_entities="internal", no_network=True, huge_tree=False, **options)


def _syntax_error() -> type[Exception]:
    from lxml import etree

    return etree.XMLSyntaxError


def _inflated(inflater, raw: bytes) -> Iterator[bytes]:
    """What ``raw`` inflates to, a block at a time (one call would give all of it at once)."""
    data = inflater.decompress(raw, BLOCK)
    while True:
        if data:
            yield data
        if not inflater.unconsumed_tail or inflater.eof:
            return
        data = inflater.decompress(inflater.unconsumed_tail, BLOCK)


def _bomb(what: str) -> IngestError:
    return IngestError("decompression_bomb", f"The Word document {what}; refused as a decompression bomb.")


def _damaged(what: str) -> IngestError:
    return IngestError("corrupt", f"The file is not a readable Word document: {what}.")


def _too_deep(name: str) -> IngestError:
    return IngestError("too_large", f"The Word document's {name} nests XML elements more than {MAX_DEPTH} deep.")


def _xml_error(name: str, exc: Exception) -> IngestError:
    from lxml.etree import ErrorTypes

    message = str(exc)
    code = getattr(exc, "code", 0)
    if code == ErrorTypes.ERR_NO_MEMORY:
        return IngestError("too_large", f"The Word document's {name} needs more memory than allowed to be parsed.")
    if code == ErrorTypes.ERR_RESOURCE_LIMIT and ("entit" in message.lower() or "amplification" in message.lower()):
        return IngestError(
            "decompression_bomb",
            f"The Word document's {name} defines entities that expand without bound; refused as a bomb.",
        )
    if code == ErrorTypes.ERR_RESOURCE_LIMIT and "depth" in message.lower():
        return _too_deep(name)
    return _damaged(f"{name} is not well-formed XML ({message})")
