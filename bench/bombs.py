"""Hostile documents through the real ingestion path: peak memory and outcome of each.

Usage: .venv/bin/python bench/bombs.py [--small] [--only NAME...] [--tree PATH]
       .venv/bin/python bench/bombs.py --malformed 200 [--tree PATH]

Generates, in a temporary directory, the documents of issue 13 (item 3) and runs each through
``lantern ingest --wait --json`` in its own process, with a temporary LANTERN_DATA_DIR, under
``/usr/bin/time -v`` (Debian's ``time`` package). Per document it prints the job's outcome, the
peak RSS of the worker itself (the ``lantern`` process, measured from inside it) and of the whole
process tree (what ``time -v`` reports: the worker and any child it waited for, such as the
process that reads the document), and the wall time:

- ``docx-paragraphs``: a DOCX whose word/document.xml holds 100 MB of empty paragraphs, its
  compression ratio kept under 200 by an incompressible extra member (about 560 KB);
- ``pdf-flate``: a one-page PDF whose content stream inflates to 2 GB (about 2 MB);
- ``zip-lying``: a DOCX whose central directory declares 1 KB for a 1.5 GB word/document.xml;
- ``xml-deep``: a DOCX whose word/document.xml nests 100,000 elements;
- ``xml-laughs``: a DOCX whose word/document.xml expands entities a billion times;
- ``html-deep``: a web page nesting a million elements;
- ``normal-pdf``: a six-page report, for comparison.

``--small`` divides the sizes by ten. ``--tree PATH`` runs the code of another checkout (put first
on PYTHONPATH), e.g. a ``git worktree`` of an older commit, to compare before and after.
``--malformed N`` instead makes N damaged copies (bit flips and truncations, seeded) of a PDF, a
Word document and a web page, ingests them in one run and counts the outcomes (the goal: no
``internal_error``).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
MB = 1024 * 1024
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Target="word/document.xml" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>'
    "</Relationships>"
)
DOCUMENT_HEAD = f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>'
DOCUMENT_TAIL = "</w:body></w:document>"
PARAGRAPH = "<w:p><w:r><w:t>{}</w:t></w:r></w:p>"


# --- the documents ---------------------------------------------------------------------------------
# A document is a list of (block, times): ``block`` repeated ``times`` times. A repeated block is
# compressed once: after a full flush DEFLATE starts afresh, so each copy compresses to the same
# bytes, and a 2 GB stream is written in a moment without ever being in memory.
Parts = list[tuple[bytes, int]]


def deflated(parts: Parts, checksum=zlib.crc32, start: int = 0) -> tuple[bytes, int, int]:
    """Raw DEFLATE of ``parts``, with the checksum (CRC-32 for a ZIP, Adler-32 for zlib) and length
    of what it inflates to."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    out, check, size = [], start, 0
    for block, times in parts:
        out.append((compressor.compress(block) + compressor.flush(zlib.Z_FULL_FLUSH)) * times)
        for _ in range(times):
            check = checksum(block, check)
        size += len(block) * times
    out.append(compressor.flush())
    return b"".join(out), check, size


def repeated(unit: bytes, megabytes: float) -> Parts:
    """Whole copies of ``unit`` making about ``megabytes`` MB, in blocks of about 1 MB."""
    copies = max(1, int(megabytes * MB) // len(unit))
    per_block = max(1, min(copies, MB // len(unit)))
    parts = [(unit * per_block, copies // per_block)]
    return parts + ([(unit * (copies % per_block), 1)] if copies % per_block else [])


def zip_package(path: Path, members: dict[str, Parts | bytes], declared: dict[str, int] | None = None) -> Path:
    """A ZIP of ``members`` (parts are deflated, bytes stored as they are); ``declared`` gives a member
    a false uncompressed size in its local header and the central directory."""
    out, directory = bytearray(), bytearray()
    for name, content in members.items():
        if isinstance(content, bytes):
            data, method, crc, size = content, 0, zlib.crc32(content), len(content)
        else:
            data, crc, size = deflated(content)
            method = 8
        size = (declared or {}).get(name, size)
        fields = (20, 0, method, 0, 0x21, crc, len(data), size, len(name.encode()), 0)
        directory += b"PK\x01\x02" + struct.pack("<HHHHHHIIIHHHHHII", 20, *fields, 0, 0, 0, 0, len(out))
        directory += name.encode()
        out += b"PK\x03\x04" + struct.pack("<HHHHHIIIHH", *fields) + name.encode() + data
    count = len(members)
    end = struct.pack("<HHHHIIH", 0, 0, count, count, len(directory), len(out), 0)
    path.write_bytes(bytes(out + directory + b"PK\x05\x06" + end))
    return path


def docx(path: Path, document: Parts, extra: dict[str, bytes] | None = None, declared: int | None = None) -> Path:
    """A Word package: content types, relationships, word/document.xml (and ``extra`` members, stored)."""
    members: dict[str, Parts | bytes] = {
        "[Content_Types].xml": [(CONTENT_TYPES.encode(), 1)],
        "_rels/.rels": [(RELS.encode(), 1)],
        "word/document.xml": document,
        **(extra or {}),
    }
    return zip_package(path, members, {"word/document.xml": declared} if declared else None)


def word_xml(*middle: tuple[bytes, int], head: str = DOCUMENT_HEAD) -> Parts:
    return [(head.encode(), 1), *middle, (DOCUMENT_TAIL.encode(), 1)]


def docx_paragraphs(path: Path, megabytes: float) -> Path:
    """Empty paragraphs; a random member keeps the whole file's ratio under 200:1."""
    document = word_xml((PARAGRAPH.format("A report").encode(), 1), *repeated(b"<w:p/>", megabytes))
    packed = docx(path, document).stat().st_size
    padding = max(0, int(megabytes * MB / 180) - packed)
    return docx(path, document, {"word/media/image1.bin": random.Random(1).randbytes(padding)})


def zip_lying(path: Path, megabytes: float) -> Path:
    """word/document.xml holds ``megabytes`` MB; its local header and the central directory say 1 KB."""
    return docx(path, word_xml(*repeated(b"<w:p/>", megabytes)), declared=1024)


def xml_deep(path: Path, depth: int) -> Path:
    return docx(path, word_xml((b"<w:p>" * depth + b"</w:p>" * depth, 1)))


def xml_laughs(path: Path, levels: int = 10) -> Path:
    """The billion laughs: each entity ten of the one before, ``levels`` deep, in a paragraph."""
    entities = ['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, levels)]
    head = DOCUMENT_HEAD.replace("?>", f"?><!DOCTYPE w:document [{''.join(entities)}]>", 1)
    return docx(path, word_xml((PARAGRAPH.format(f"&lol{levels - 1};").encode(), 1), head=head))


def pdf(path: Path, content: Parts) -> Path:
    """A one-page PDF whose content stream is ``content``, Flate-compressed."""
    raw, adler, _size = deflated(content, zlib.adler32, 1)
    stream = b"\x78\xda" + raw + struct.pack(">I", adler)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def pdf_flate(path: Path, megabytes: float) -> Path:
    text = b"BT /F1 24 Tf 72 700 Td (A report on forced labour) Tj ET\n"
    return pdf(path, [(text, 1), *repeated(b" ", megabytes)])


def html_deep(path: Path, depth: int) -> Path:
    path.write_bytes(b"<!doctype html><html><body>" + b"<div>" * depth + b"Deep text" + b"</div>" * depth)
    return path


def normal_pdf(path: Path) -> Path:
    sys.path.insert(0, str(REPO / "tests"))
    import ingest_support as support

    report = support.Report(path.name, "Forced Labour in Agriculture", "La Strada International", "May 2021", 2021)
    return support.make_pdf(report, path.parent)


def bombs(small: bool) -> dict[str, Callable[[Path], Path]]:
    scale = 10 if small else 1
    return {
        "normal-pdf": lambda d: normal_pdf(d / "normal.pdf"),
        "docx-paragraphs": lambda d: docx_paragraphs(d / "paragraphs.docx", 100 // scale),
        "pdf-flate": lambda d: pdf_flate(d / "flate.pdf", 2048 // scale),
        "zip-lying": lambda d: zip_lying(d / "lying.docx", 1536 // scale),
        "xml-deep": lambda d: xml_deep(d / "deep.docx", 100_000),
        "xml-laughs": lambda d: xml_laughs(d / "laughs.docx"),
        "html-deep": lambda d: html_deep(d / "deep.html", 1_000_000 // scale),
    }


# --- damaged copies ---------------------------------------------------------------------------------
def sound_files(directory: Path) -> dict[str, bytes]:
    sys.path.insert(0, str(REPO / "tests"))
    import ingest_support as support

    report = support.Report("r.pdf", "Victim Identification Guidance", "Unseen UK", "March 2018", 2018, pages=3)
    html = support.make_html(support.Report("r.html", "Safe Houses", "La Strada", "June 2020", 2020))
    return {
        "pdf": support.make_pdf(report, directory).read_bytes(),
        "docx": support.make_docx(
            support.Report("r.docx", "Debt Bondage", "Anti-Slavery", None, None), directory
        ).read_bytes(),
        "html": html,
    }


def damaged(sound: dict[str, bytes], count: int, seed: int = 13) -> Iterable[tuple[str, bytes]]:
    """(name, bytes): bit flips (1 to 20 bytes) and truncations, each kind in turn."""
    rng = random.Random(seed)
    kinds = sorted(sound)
    for number in range(count):
        kind = kinds[number % len(kinds)]
        data = bytearray(sound[kind])
        if number % 4 == 3:
            cut = rng.randrange(16, len(data) - 1)
            yield f"{number:03d}-truncated-{cut}.{kind}", bytes(data[:cut])
            continue
        for _ in range(rng.randint(1, 20)):
            data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
        yield f"{number:03d}-flipped.{kind}", bytes(data)


# --- running ------------------------------------------------------------------------------------------
WRAPPER = """
import atexit, resource, sys
from lantern.cli import main

def _peak():
    print("bench-worker-peak-kb", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)

atexit.register(_peak)
sys.argv = ["lantern", *sys.argv[1:]]
sys.exit(main())
"""


def ingest(paths: list[Path], data_dir: Path, tree: Path, timeout: float) -> dict:
    """Run ``lantern ingest --wait --json`` under /usr/bin/time -v; the outcome and the measurements."""
    env = {**os.environ, "LANTERN_DATA_DIR": str(data_dir), "PYTHONPATH": str(tree)}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    command = ["/usr/bin/time", "-v", sys.executable, "-c", WRAPPER, "ingest", "--wait", "--json", "--no-progress"]
    started = time.monotonic()
    try:
        done = subprocess.run(
            [*command, *map(str, paths)],
            capture_output=True,
            text=True,
            env=env,
            cwd=tree,  # python -c puts the working directory first on sys.path
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return {"jobs": [], "outcome": f"bench time-out after {timeout:.0f} s", "seconds": time.monotonic() - started}
    tree_peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    worker_peak = re.search(r"bench-worker-peak-kb (\d+)", done.stderr)
    signal = re.search(r"Command terminated by signal (\d+)", done.stderr)
    jobs = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    return {
        "jobs": jobs,
        "tree_mb": int(tree_peak.group(1)) / 1024 if tree_peak else None,
        "worker_mb": int(worker_peak.group(1)) / 1024 if worker_peak else None,
        "seconds": time.monotonic() - started,
        "outcome": f"killed by signal {signal.group(1)}" if signal else "",
        "stderr": done.stderr,
    }


def outcome(job: dict) -> str:
    if job.get("error"):
        return f"{job['status']}: {job['error']['code']}"
    return str(job.get("status", "?"))


def run_bombs(args, tree: Path) -> None:
    selected = {k: v for k, v in bombs(args.small).items() if not args.only or k in args.only}
    with tempfile.TemporaryDirectory(prefix="lantern-bombs-") as scratch:
        root = Path(scratch)
        print(f"code: {tree}  sizes: {'small (--small)' if args.small else 'as in the issue'}")
        print(f"{'document':<17}{'file':>10}  {'worker peak':>11}  {'tree peak':>10}  {'time':>7}  outcome")
        for name, make in selected.items():
            folder = root / name
            folder.mkdir()
            path = make(folder)
            result = ingest([path], root / "data", tree, args.timeout)
            job = result["jobs"][0] if result["jobs"] else {}
            said = result["outcome"] or outcome(job)
            detail = (job["error"]["message"] if job.get("error") else "; ".join(job.get("warnings", [])[:1]))[:110]
            worker = f"{result['worker_mb']:.0f} MB" if result.get("worker_mb") else "?"
            whole = f"{result['tree_mb']:.0f} MB" if result.get("tree_mb") else "?"
            size = f"{path.stat().st_size / 1024:.0f} KB"
            print(f"{name:<17}{size:>10}  {worker:>11}  {whole:>10}  {result['seconds']:6.1f}s  {said}")
            if detail:
                print(f"{'':<17}{detail}")
            if not job and result.get("stderr"):
                print(result["stderr"][-1500:])
            path.unlink()


def run_malformed(args, tree: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="lantern-malformed-") as scratch:
        root = Path(scratch)
        folder = root / "files"
        folder.mkdir()
        for name, data in damaged(sound_files(root), args.malformed):
            (folder / name).write_bytes(data)
        result = ingest([folder], root / "data", tree, args.timeout * 4)
        counts = Counter(outcome(job) for job in result["jobs"])
        print(f"code: {tree}  {args.malformed} damaged files (PDF, DOCX, HTML; bit flips and truncations)")
        print(
            f"jobs reported: {len(result['jobs'])}; worker peak {result.get('worker_mb') or 0:.0f} MB; "
            f"{result['seconds']:.0f} s"
        )
        for said, number in counts.most_common():
            print(f"  {number:4d}  {said}")
        internal = [job for job in result["jobs"] if (job.get("error") or {}).get("code") == "internal_error"]
        print(f"internal_error: {len(internal)}")
        for job in internal[:10]:
            print(f"  {Path(job['source']).name}: {job['error']['message'][:150]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--small", action="store_true", help="sizes divided by ten")
    parser.add_argument("--only", nargs="*", help="run only these documents (names as printed)")
    parser.add_argument("--tree", type=Path, default=REPO, help="the checkout whose code runs (default: this one)")
    parser.add_argument("--timeout", type=float, default=900, help="seconds allowed for each ingestion")
    parser.add_argument("--malformed", type=int, default=0, metavar="N", help="N damaged files instead of bombs")
    args = parser.parse_args()
    if not Path("/usr/bin/time").exists():
        sys.exit("bench/bombs.py needs /usr/bin/time (Debian: apt-get install time)")
    tree = args.tree.resolve()
    if args.malformed:
        run_malformed(args, tree)
    else:
        run_bombs(args, tree)


if __name__ == "__main__":
    main()
