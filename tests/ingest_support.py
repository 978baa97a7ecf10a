"""Documents for the ingestion tests, made by the tests: PDFs (fpdf2), Word files (python-docx), HTML.

Reports look like the field's grey literature: a title page with the publisher and a date,
running headers and footers, two-column pages, pages in French and Spanish.
"""

from __future__ import annotations

import contextlib
import gzip
import http.server
import io
import threading
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from fpdf import FPDF

EN = [
    "Trafficking in human beings remains a serious crime that violates the rights of victims across the region.",
    "Frontline staff need clear guidance on how to identify potential victims and refer them to support services.",
    "The report examines forced labour in agriculture, construction and hospitality over the last three years.",
    "Survivors told researchers that debt bondage and the confiscation of documents kept them in exploitation.",
    "Local authorities, police and civil society organisations must work in partnership to protect children.",
    "The findings show that most victims were recruited through informal networks and deceptive job offers.",
    "We recommend better training for labour inspectors and stronger due diligence in supply chains.",
    "Specialist support, safe accommodation and legal advice help survivors recover and rebuild their lives.",
]
FR = [
    "La traite des êtres humains reste un crime grave qui viole les droits des victimes dans toute la région.",
    "Les professionnels de première ligne ont besoin de lignes directrices claires pour identifier les victimes.",
    "Le rapport examine le travail forcé dans l'agriculture, la construction et l'hôtellerie depuis trois ans.",
    "Les survivantes ont expliqué que la servitude pour dettes et la confiscation des papiers les retenaient.",
    "Les autorités locales, la police et les associations doivent travailler ensemble pour protéger les enfants.",
    "Nous recommandons une meilleure formation des inspecteurs du travail et un devoir de vigilance renforcé.",
]
ES = [
    "La trata de seres humanos sigue siendo un delito grave que vulnera los derechos de las víctimas en la región.",
    "El personal de primera línea necesita orientaciones claras para identificar a las posibles víctimas.",
    "El informe examina el trabajo forzoso en la agricultura, la construcción y la hostelería en los últimos años.",
    "Las sobrevivientes explicaron que la servidumbre por deudas y la retención de documentos las mantenía atrapadas.",
    "Las autoridades locales, la policía y las organizaciones sociales deben trabajar juntas para proteger a los niños.",
    "Recomendamos una mejor formación de los inspectores de trabajo y una diligencia debida más estricta.",
]
TEXT = {"en": EN, "fr": FR, "es": ES}


def body(language: str, n: int, seed: int = 0) -> str:
    sentences = TEXT[language]
    return " ".join(sentences[(seed + i) % len(sentences)] for i in range(n))


@dataclass
class Report:
    """What a generated report is, and so what ingestion must find."""

    filename: str
    title: str
    publisher: str
    date_text: str | None  # as printed on the title page; None: no date anywhere
    year: int | None
    language: str = "en"
    pages: int = 6
    two_columns: bool = False
    other_language_pages: dict[int, str] = field(default_factory=dict)  # page number → language
    doi: str = ""
    isbn: str = ""
    metadata_title: str = ""  # what the PDF's Info dictionary claims (may lie)
    header: str = ""


def _latin1(text: str) -> str:
    return text.encode("latin-1", "replace").decode("latin-1")


def make_pdf(report: Report, directory: Path) -> Path:
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_title(report.metadata_title or "")
    pdf.set_author("jsmith")
    header = report.header or f"{report.publisher} | {report.title[:40]}"
    # Title page: publisher line, big title, date.
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.cell(0, 10, _latin1(report.publisher), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(30)
    pdf.set_font("Helvetica", "B", 24)
    pdf.multi_cell(0, 11, _latin1(report.title), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, _latin1(body(report.language, 2, seed=1)), new_x="LMARGIN", new_y="NEXT")
    if report.date_text:
        pdf.ln(20)
        pdf.set_font("Helvetica", size=14)
        pdf.cell(0, 10, _latin1(report.date_text), new_x="LMARGIN", new_y="NEXT")
    # Imprint page.
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    imprint = [f"Published by {report.publisher}"]
    if report.isbn:
        imprint.append(f"ISBN {report.isbn}")
    if report.doi:
        imprint.append(f"https://doi.org/{report.doi}")
    for line in imprint:
        pdf.cell(0, 6, _latin1(line), new_x="LMARGIN", new_y="NEXT")
    for number in range(3, report.pages + 1):
        pdf.add_page()
        language = report.other_language_pages.get(number, report.language)
        _running(pdf, header, number)
        pdf.set_font("Helvetica", size=10)
        text = _latin1(f"Page {number}. " + body(language, 10, seed=number))
        if report.two_columns:
            half = text.index(" ", len(text) // 2)
            pdf.set_xy(15, 30)
            pdf.multi_cell(85, 5, text[:half])
            pdf.set_xy(110, 30)
            pdf.multi_cell(85, 5, text[half:])
        else:
            pdf.set_xy(15, 30)
            pdf.multi_cell(180, 5, text)
    path = directory / report.filename
    pdf.output(str(path))
    return path


def _running(pdf: FPDF, header: str, number: int) -> None:
    pdf.set_font("Helvetica", size=8)
    pdf.set_xy(15, 8)
    pdf.cell(0, 5, _latin1(header))
    pdf.set_xy(15, 285)
    pdf.cell(0, 5, f"{number}")


def make_docx(report: Report, directory: Path) -> Path:
    import docx

    document = docx.Document()
    document.core_properties.title = report.metadata_title
    document.add_paragraph(report.publisher)
    document.add_paragraph(report.title, style="Title")
    document.add_paragraph(body(report.language, 2, seed=1))
    if report.date_text:
        document.add_paragraph(report.date_text)
    document.add_paragraph(f"Published by {report.publisher}")
    if report.doi:
        document.add_paragraph(f"https://doi.org/{report.doi}")
    for number in range(2, report.pages + 1):
        document.add_page_break()
        document.add_heading(f"Section {number}", level=1)
        document.add_paragraph(body(report.other_language_pages.get(number, report.language), 8, seed=number))
    path = directory / report.filename
    document.save(str(path))
    return path


def make_html(report: Report, encoding: str = "utf-8") -> bytes:
    paragraphs = "".join(f"<p>{body(report.language, 4, seed=i)}</p>" for i in range(5))
    date = f"<p class=date>Published {report.date_text}</p>" if report.date_text else ""
    html = f"""<!doctype html><html lang="{report.language}"><head><meta charset="{encoding}">
<title>{report.title} | {report.publisher}</title>
<meta name="description" content="{body(report.language, 1, seed=3)}">
<meta property="og:site_name" content="{report.publisher}">
</head><body><nav><a href="/">Home</a> <a href="/about">About us</a> <a href="/donate">Donate</a></nav>
<main><article><h1>{report.title}</h1>{date}{paragraphs}</article></main>
<footer>Cookie settings. Follow us on social media.</footer></body></html>"""
    return html.encode(encoding)


def reports() -> list[Report]:
    """Twenty reports of the field, varied the way real ones are."""
    publishers = [
        "La Strada International",
        "Anti-Slavery International",
        "Home Office",
        "International Labour Organization",
        "Unseen",
    ]
    found = []
    months = ["March 2018", "October 2017", "12 June 2020", "January 2021", "September 2019"]
    for i in range(20):
        language = ["en", "en", "fr", "es", "en"][i % 5]
        date_text = None if i % 7 == 3 else months[i % 5]
        if language == "fr" and date_text:
            date_text = "Octobre 2017" if "October" in date_text else "Mars 2019"
        if language == "es" and date_text:
            date_text = "Junio de 2020"
        year = None if date_text is None else int(date_text[-4:])
        titles = {
            "en": f"Hidden in Plain Sight: Labour Exploitation in Sector {i}",
            "fr": f"Invisibles : le travail forcé dans le secteur {i}",
            "es": f"Invisibles: el trabajo forzoso en el sector {i}",
        }
        found.append(
            Report(
                filename=f"report-{i:02d}.{'docx' if i % 6 == 5 else 'pdf'}",
                title=titles[language],
                publisher=publishers[i % 5],
                date_text=date_text,
                year=year,
                language=language,
                pages=4 + i % 5,
                two_columns=i % 2 == 1,
                other_language_pages={3: "fr", 4: "es"} if i == 4 else {},
                metadata_title="Microsoft Word - report_final_v3.docx" if i % 4 == 0 else "",
                doi=f"10.5555/lantern.{i}" if i % 8 == 1 else "",
            )
        )
    return found


def make(report: Report, directory: Path) -> Path:
    return make_docx(report, directory) if report.filename.endswith(".docx") else make_pdf(report, directory)


# --- bad input -------------------------------------------------------------------------------------
def encrypted_pdf(directory: Path) -> Path:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(0, 10, "Secret report on trafficking")
    pdf.set_encryption(owner_password="owner", user_password="user")
    path = directory / "encrypted.pdf"
    pdf.output(str(path))
    return path


def scanned_pdf(directory: Path) -> Path:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (600, 800), "white")
    ImageDraw.Draw(image).rectangle((50, 50, 550, 120), fill="black")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    pdf = FPDF()
    for _ in range(2):
        pdf.add_page()
        pdf.image(io.BytesIO(buffer.getvalue()), x=10, y=10, w=190)
    path = directory / "scanned-report.pdf"
    pdf.output(str(path))
    return path


def scanned_report(directory: Path, pages: list[str], name: str = "scanned-leaflet.pdf", dpi: int = 200) -> Path:
    """A scan as a photocopier makes one: each page's text typeset (fpdf2), printed to a grey
    image (PDFium at ``dpi``), a little skewed and speckled, and stored as a JPEG on a page of
    its own; the PDF has no text layer."""
    import random

    import pypdfium2 as pdfium
    from PIL import ImageFilter

    typeset = FPDF(format="A4")
    typeset.set_auto_page_break(False)
    for text in pages:
        typeset.add_page()
        lines = text.split("\n")
        typeset.set_font("Helvetica", "B", 16)
        typeset.multi_cell(0, 8, _latin1(lines[0]), new_x="LMARGIN", new_y="NEXT")
        typeset.ln(4)
        typeset.set_font("Times", size=12)
        for paragraph in lines[1:]:
            typeset.multi_cell(0, 6, _latin1(paragraph), new_x="LMARGIN", new_y="NEXT")
            typeset.ln(3)
    printed = pdfium.PdfDocument(bytes(typeset.output()))
    noise = random.Random(7)
    scan = FPDF(format="A4")
    for index in range(len(printed)):
        image = printed[index].render(scale=dpi / 72, grayscale=True).to_pil()
        image = image.rotate(0.4, resample=3, fillcolor=255, expand=False).filter(ImageFilter.GaussianBlur(0.6))
        pixels = image.load()
        for _ in range(image.width * image.height // 50_000):  # dust
            pixels[noise.randrange(image.width), noise.randrange(image.height)] = noise.randrange(0, 120)
        buffer = io.BytesIO()
        image.save(buffer, format="JPEG", quality=70)
        scan.add_page()
        scan.image(buffer, x=0, y=0, w=210, h=297)
    printed.close()
    path = directory / name
    scan.output(str(path))
    return path


def long_pdf(path: Path, pages: int) -> Path:
    pdf = FPDF()
    pdf.set_auto_page_break(False)
    pdf.set_font("Helvetica", size=10)
    text = body("en", 6)
    for number in range(1, pages + 1):
        pdf.add_page()
        if number == 1:
            pdf.set_font("Helvetica", "B", 22)
            pdf.cell(0, 12, "A Very Long Report on Modern Slavery", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", size=10)
        pdf.multi_cell(0, 5, f"Page {number}. {text}")
    pdf.output(str(path))
    return path


def docx_bomb(directory: Path, megabytes: int) -> Path:
    path = directory / "bomb.docx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
        with archive.open("word/media/zeros.bin", "w") as member:
            block = b"\0" * (1024 * 1024)
            for _ in range(megabytes):
                member.write(block)
    return path


# --- a local web server ------------------------------------------------------------------------------
class Routes(dict):
    """path → (status, headers, body) or a callable(handler) that answers itself."""


@contextlib.contextmanager
def web_server(routes: Routes):
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def do_GET(self):
            route = routes.get(self.path)
            if route is None:
                self._send(404, {"Content-Type": "text/plain"}, b"not found")
            elif callable(route):
                route(self)
            else:
                self._send(*route)

        def _send(self, status, headers, payload):
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def endless(handler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.end_headers()
    try:
        while True:
            handler.wfile.write(b"<p>" + b"more " * 2000 + b"</p>")
    except (BrokenPipeError, ConnectionResetError):
        pass


def slow(seconds: float):
    def answer(handler) -> None:
        time.sleep(seconds)
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            handler._send(200, {"Content-Type": "text/plain"}, b"late")

    return answer


def gzip_bomb(megabytes: int) -> bytes:
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb") as out:
        block = b" " * (1024 * 1024)
        for _ in range(megabytes):
            out.write(block)
    return buffer.getvalue()
