"""Documents of the field as publishers make them, for tests/test_ingest_made_documents.py.

Usage: .venv/bin/python scripts/make_documents.py [--out tests/data/made]

Writes Word files (python-docx) and the PDFs LibreOffice makes of them (``soffice --headless
--convert-to pdf``: Debian's libreoffice-writer-nogui), PDFs laid out the way a designer's tool
does it (fpdf2: two columns, logos, running heads) and scans (a page typeset, printed to a grey
JPEG with PDFium, no text layer), in English, French and Spanish. Each has what publishers put
in: a cover with the publisher's name on a line of its own under the title, logos as pictures
(their words are not text), running heads and footers, copyright pages, tables of contents,
forms with labels and blanks. ``expected.json`` holds what a curator records for each: title,
publisher (the directory's name where it lists the organisation), year, language, type, pages.

The generated files are committed, so the tests need neither LibreOffice nor this script; run it
again only to change the documents, then commit what it wrote.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import random
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FONTS = Path("/usr/share/fonts/truetype/dejavu")

PROSE = {
    "en": [
        "Modern slavery is often hidden in plain sight: in car washes, nail bars, farms, building sites and private homes.",
        "People are recruited with false promises of well-paid work and then controlled through debts they cannot repay.",
        "Frontline staff are often the first to meet a potential victim, and what they do next can change a life.",
        "Signs of exploitation include workers who live where they work, have no access to their passports and seem afraid.",
        "A referral to specialist support must be made with the informed consent of the adult concerned.",
        "Children cannot consent to their own exploitation, and any concern about a child must be referred at once.",
        "Survivors told us that being believed was the most important part of their recovery.",
        "Employers should check their supply chains and the recruitment agencies they use for signs of forced labour.",
        "Local partnerships bring together the police, councils, health services and charities to share what they know.",
        "The number of people referred for support has risen every year, but many victims are still never identified.",
    ],
    "fr": [
        "La traite des êtres humains reste souvent invisible : dans les ateliers, les champs, les chantiers et les foyers.",
        "Les victimes sont recrutées par de fausses promesses d'emploi puis contrôlées par des dettes impossibles à rembourser.",
        "Les professionnels de terrain sont souvent les premiers à rencontrer une victime potentielle.",
        "Parmi les signes d'exploitation : des travailleurs logés sur le lieu de travail, privés de leurs papiers et craintifs.",
        "L'orientation vers un accompagnement spécialisé se fait avec le consentement éclairé de la personne concernée.",
        "Un enfant ne peut jamais consentir à sa propre exploitation ; toute inquiétude doit être signalée sans délai.",
        "Les personnes accompagnées nous ont dit qu'être crues avait été le plus important pour se reconstruire.",
        "Les entreprises doivent vérifier leurs chaînes d'approvisionnement et les agences de recrutement auxquelles elles font appel.",
        "Les réseaux locaux réunissent la police, les collectivités, les services de santé et les associations.",
        "Le nombre de personnes orientées vers un accompagnement augmente chaque année, mais beaucoup de victimes restent invisibles.",
    ],
    "es": [
        "La trata de seres humanos suele permanecer oculta: en talleres, campos, obras y domicilios particulares.",
        "Las víctimas son captadas con falsas promesas de empleo y después controladas mediante deudas que no pueden pagar.",
        "El personal de primera línea suele ser el primero en encontrarse con una posible víctima.",
        "Entre los indicios de explotación están trabajadores que viven en el lugar de trabajo, sin sus documentos y con miedo.",
        "La derivación a un recurso especializado se hace con el consentimiento informado de la persona afectada.",
        "Un niño o una niña nunca puede consentir su propia explotación, y cualquier sospecha debe comunicarse de inmediato.",
        "Las supervivientes nos dijeron que sentirse creídas fue lo más importante para su recuperación.",
        "Las empresas deben revisar sus cadenas de suministro y las agencias de contratación con las que trabajan.",
        "Las redes locales reúnen a la policía, los ayuntamientos, los servicios de salud y las entidades sociales.",
        "El número de personas derivadas a recursos de atención crece cada año, pero muchas víctimas nunca son identificadas.",
    ],
}
HEADINGS = {
    "en": ["Introduction", "Recognising the signs", "Making a referral", "Support for survivors", "Recommendations"],
    "fr": ["Introduction", "Repérer les signes", "Orienter la personne", "Accompagner les victimes", "Recommandations"],
    "es": [
        "Introducción",
        "Reconocer los indicios",
        "Derivar a la persona",
        "Atención a las víctimas",
        "Recomendaciones",
    ],
}
CONTENTS = {"en": "Contents", "fr": "Sommaire", "es": "Índice"}


@dataclass
class Doc:
    """One document: how it is made (``kind``) and what a curator records (title … type)."""

    name: str
    kind: str  # "pdf" (Word → LibreOffice → PDF), "docx", "designed" (fpdf2 PDF), "scan"
    language: str
    title: str
    publisher: str  # as a curator records it: the directory's name where it lists the organisation
    year: int
    type: str
    cover: list[str] = field(default_factory=list)  # lines under the title: subtitle, publisher, date
    logo: str = ""  # words drawn in the logo picture (not text)
    imprint: list[str] = field(default_factory=list)  # the copyright page
    header: str = ""  # running head
    footer: str = ""  # running footer (the page number follows it)
    contents: bool = False
    form: list[str] = field(default_factory=list)  # a form's labels
    columns: int = 1
    body_pages: int = 3
    lead: str = ""  # a sentence the body opens with
    cover_textbox: bool = False  # the cover's lines in a text box, as Word writes one (twice: shape and VML)
    cover_table: bool = False  # the cover's lines in a table, as many Word templates lay them out
    cover_image: bool = False  # the cover exported as one picture (its words are no text)
    letterhead: bool = False  # the running head is on the first page too, and only there the publisher is named
    section_breaks: bool = False  # chapters start with a section break (next page), not a page break
    title_style: bool = True  # Word's Title style (else a big bold paragraph, as many templates do)
    meta_title: str = ""  # the file's own title property, often a template's
    author: str = "Administrator"
    new_organisation: bool = False
    features: list[str] = field(default_factory=list)


DOCS = [
    Doc(
        "home-office-statutory-guidance",
        "pdf",
        "en",
        "Labour Exploitation: Statutory Guidance for Frontline Staff",
        "Home Office",
        2023,
        "guidance",
        cover=["Version 3.0", "Published 14 March 2023"],
        logo="HM Government",
        imprint=[
            "© Crown copyright 2023",
            "This publication is licensed under the terms of the Open Government Licence v3.0 except where "
            "otherwise stated.",
            "Any enquiries regarding this publication should be sent to us at the Home Office, 2 Marsham Street, "
            "London SW1P 4DF.",
        ],
        footer="Labour Exploitation: Statutory Guidance",
        contents=True,
        body_pages=4,
        lead="This guidance is issued by the Home Office for staff of public authorities in England and Wales.",
        meta_title="Home Office document template",
        features=["crown copyright", "logo", "table of contents", "running footer", "template metadata title"],
    ),
    Doc(
        "iasc-annual-report",
        "pdf",
        "en",
        "Annual Report 2022",
        "Independent Anti-Slavery Commissioner",
        2022,
        "report",
        cover=["Independent Anti-Slavery Commissioner", "October 2022"],
        imprint=["© Independent Anti-Slavery Commissioner 2022", "Printed on recycled paper."],
        header="Independent Anti-Slavery Commissioner",
        footer="Annual Report 2022",
        contents=True,
        body_pages=4,
        features=["publisher under the title", "running head", "table of contents"],
    ),
    Doc(
        "unseen-helpline-assessment",
        "docx",
        "en",
        "Modern Slavery and Exploitation Helpline: Annual Assessment",
        "Unseen",
        2021,
        "report",
        cover=["Unseen", "May 2021"],
        logo="unseen",
        header="Helpline Annual Assessment 2021",
        body_pages=3,
        author="Helpline team",
        features=["publisher under the title", "logo", "running head"],
    ),
    Doc(
        "kalayaan-odw-briefing",
        "designed",
        "en",
        "Briefing: Migrant Domestic Workers and the Overseas Domestic Worker Visa",
        "Kalayaan",
        2023,
        "briefing",
        cover=["Kalayaan", "February 2023"],
        logo="KALAYAAN",
        header="Kalayaan briefing",
        footer="www.kalayaan.org.uk",
        columns=2,
        body_pages=2,
        features=["two columns", "logo", "publisher under the title", "running head and footer"],
    ),
    Doc(
        "northfield-hotel-toolkit",
        "pdf",
        "en",
        "Spotting the Signs: A Toolkit for Hotel Staff",
        "Northfield Modern Slavery Partnership",
        2024,
        "toolkit",
        cover=["Northfield Modern Slavery Partnership", "January 2024"],
        logo="NMSP",
        footer="Northfield Modern Slavery Partnership",
        contents=True,
        body_pages=3,
        title_style=False,
        new_organisation=True,
        features=["new organisation", "publisher under the title", "running footer", "table of contents"],
    ),
    Doc(
        "severn-referral-form",
        "docx",
        "en",
        "Adult Exploitation Referral Form",
        "Severn Valley Anti-Trafficking Network",
        2022,
        "guidance",
        cover=["Severn Valley Anti-Trafficking Network", "Updated September 2022"],
        form=[
            "Name of the person referred",
            "Date of birth",
            "Address",
            "Language spoken",
            "Interpreter needed",
            "Name of the referrer",
            "Organisation",
            "Telephone",
            "Email",
            "Describe your concerns",
        ],
        body_pages=1,
        new_organisation=True,
        features=["form", "new organisation", "publisher under the title"],
    ),
    Doc(
        "ilo-fishing-research",
        "designed",
        "en",
        "Forced Labour in Fishing: Findings from a Survey of Migrant Fishers",
        "International Labour Organization",
        2021,
        "research",
        cover=["Research report"],
        logo="ILO",
        imprint=[
            "Copyright © International Labour Organization 2021",
            "First published 2021",
            "ISBN 978-92-2-034512-7 (print)",
        ],
        header="Forced labour in fishing",
        columns=2,
        body_pages=3,
        features=["copyright page", "two columns", "logo", "ISBN"],
    ),
    Doc(
        "migrant-help-rights-leaflet",
        "scan",
        "en",
        "Know Your Rights at Work",
        "Migrant Help",
        2019,
        "factsheet",
        cover=["Migrant Help", "2019"],
        body_pages=1,
        features=["scan (OCR)", "publisher under the title"],
    ),
    Doc(
        "ecpat-uk-foster-carers-training",
        "docx",
        "en",
        "Training Pack for Foster Carers: Caring for Trafficked Children",
        "ECPAT UK",
        2020,
        "training",
        cover=["ECPAT UK", "Every Child Protected Against Trafficking", "June 2020"],
        imprint=["Published by ECPAT UK, 2020", "Registered charity number 1104948"],
        contents=True,
        body_pages=3,
        features=["published by", "table of contents", "publisher under the title"],
    ),
    Doc(
        "oim-guide-frontieres",
        "pdf",
        "fr",
        "Guide pratique : identifier les victimes de la traite aux frontières",
        "International Organization for Migration",
        2022,
        "guidance",
        cover=["À l'usage des agents de la police aux frontières"],
        logo="OIM",
        imprint=[
            "© Organisation internationale pour les migrations 2022",
            "Tous droits réservés.",
            "Cette publication a été réalisée avec le soutien financier de l'Union européenne.",
        ],
        footer="Guide pratique OIM",
        contents=True,
        body_pages=3,
        meta_title="Maquette_guide_v4",
        features=["copyright page (French name of a known organisation)", "logo", "table of contents", "funder"],
    ),
    Doc(
        "ccem-rapport-activite",
        "pdf",
        "fr",
        "Rapport d'activité 2021",
        "Comité contre l'esclavage moderne",
        2022,
        "report",
        cover=["Comité contre l'esclavage moderne", "Juin 2022"],
        logo="CCEM",
        header="CCEM – Rapport d'activité 2021",
        contents=True,
        body_pages=3,
        features=["publisher under the title", "year of the activity differs from the year of publication"],
    ),
    Doc(
        "ministere-plan-action",
        "docx",
        "fr",
        "Deuxième plan d'action national contre la traite des êtres humains",
        "Ministère de l'Intérieur",
        2019,
        "policy",
        cover=["Ministère de l'Intérieur", "Octobre 2019"],
        logo="RÉPUBLIQUE FRANÇAISE",
        header="Plan d'action national contre la traite",
        contents=True,
        body_pages=3,
        features=["publisher under the title", "logo", "table of contents"],
    ),
    Doc(
        "association-fiche-reperage",
        "designed",
        "fr",
        "Fiche pratique : repérer une situation de traite",
        "Association Alerte Traite Normandie",
        2023,
        "factsheet",
        cover=["Association Alerte Traite Normandie", "Mars 2023"],
        logo="AATN",
        footer="Association Alerte Traite Normandie",
        columns=2,
        body_pages=1,
        new_organisation=True,
        features=["two columns", "new organisation", "logo", "running footer"],
    ),
    Doc(
        "reseau-formulaire-signalement",
        "docx",
        "fr",
        "Formulaire de signalement d'une victime présumée de traite",
        "Réseau d'aide aux victimes de la traite en Occitanie",
        2021,
        "guidance",
        cover=["Réseau d'aide aux victimes de la traite en Occitanie", "Septembre 2021"],
        form=[
            "Nom de la personne",
            "Date de naissance",
            "Nationalité",
            "Langue parlée",
            "Besoin d'un interprète",
            "Nom du professionnel",
            "Structure",
            "Téléphone",
            "Courriel",
            "Description de la situation",
        ],
        body_pages=1,
        new_organisation=True,
        features=["form", "new organisation"],
    ),
    Doc(
        "mouvement-nid-depliant",
        "scan",
        "fr",
        "Vos droits face à l'exploitation sexuelle",
        "Mouvement du Nid",
        2018,
        "factsheet",
        cover=["Mouvement du Nid", "2018"],
        body_pages=1,
        features=["scan (OCR)"],
    ),
    Doc(
        "greta-rapport-france",
        "pdf",
        "fr",
        "Rapport d'évaluation concernant la mise en œuvre de la Convention sur la lutte contre la traite "
        "des êtres humains par la France",
        "Group of Experts on Action against Trafficking in Human Beings",
        2022,
        "report",
        cover=["Troisième cycle d'évaluation", "GRETA", "Publié le 22 février 2022"],
        header="GRETA(2022)01",
        footer="Rapport concernant la France",
        body_pages=4,
        features=["acronym under the title", "long title", "running head and footer"],
    ),
    Doc(
        "lastrada-ngo-monitor",
        "pdf",
        "en",
        "NGO Monitoring Report on the Rights of Trafficked Persons in Europe",
        "La Strada International",
        2020,
        "report",
        cover=["Findings from eleven countries"],
        logo="La Strada International",
        imprint=[
            "© La Strada International 2020",
            "Amsterdam, the Netherlands",
            "This report was produced with the financial support of the European Union.",
        ],
        header="NGO Monitoring Report",
        columns=2,
        body_pages=3,
        meta_title="LSI_report_layout_final",
        features=["two columns", "logo", "copyright page (the only place the publisher is named)", "funder"],
    ),
    Doc(
        "defensor-pueblo-victimas-invisibles",
        "docx",
        "es",
        "La trata de seres humanos en España: víctimas invisibles",
        "Defensor del Pueblo",
        2012,
        "report",
        cover=["Informe monográfico", "Defensor del Pueblo", "Madrid, septiembre de 2012"],
        header="Defensor del Pueblo",
        footer="La trata de seres humanos en España",
        contents=True,
        section_breaks=True,
        body_pages=4,
        features=["section breaks between chapters", "publisher under the title", "running head", "table of contents"],
    ),
    Doc(
        "igualdad-protocolo-sanitario",
        "pdf",
        "es",
        "Protocolo para la detección de víctimas de trata en el ámbito sanitario",
        "Ministerio de Igualdad",
        2022,
        "guidance",
        cover=["Ministerio de Igualdad", "Noviembre de 2022"],
        logo="GOBIERNO DE ESPAÑA",
        imprint=["Edita: Ministerio de Igualdad", "NIPO: 048-22-015-6", "Madrid, 2022"],
        footer="Protocolo sanitario",
        contents=True,
        body_pages=3,
        features=["logo", "publisher under the title", "imprint page", "table of contents"],
    ),
    Doc(
        "apramp-informe-actividad",
        "docx",
        "es",
        "Informe de actividad 2020",
        "Asociación para la Prevención, Reinserción y Atención a la Mujer Prostituida",
        2021,
        "report",
        cover=["APRAMP", "Marzo de 2021"],
        logo="APRAMP",
        contents=True,
        body_pages=3,
        features=["acronym under the title", "year of the activity differs from the year of publication"],
    ),
    Doc(
        "fundacion-guia-recursos",
        "pdf",
        "es",
        "Guía de recursos para mujeres supervivientes de trata en Andalucía",
        "Fundación Puentes de Libertad",
        2023,
        "guidance",
        cover=["Fundación Puentes de Libertad", "Sevilla, abril de 2023"],
        logo="Puentes de Libertad",
        footer="Fundación Puentes de Libertad",
        body_pages=3,
        title_style=False,
        new_organisation=True,
        features=["new organisation", "publisher under the title", "running footer"],
    ),
    Doc(
        "cruz-roja-estudio-agricola",
        "designed",
        "es",
        "Estudio sobre la explotación laboral en el sector agrícola",
        "Cruz Roja Española",
        2019,
        "research",
        cover=["Cruz Roja Española", "Diciembre de 2019"],
        logo="Cruz Roja",
        header="Estudio sobre la explotación laboral",
        columns=2,
        body_pages=3,
        features=["two columns", "logo", "publisher under the title", "running head"],
    ),
    Doc(
        "plataforma-ficha-derivacion",
        "docx",
        "es",
        "Ficha de derivación de posibles víctimas de trata",
        "Plataforma Andaluza contra la Trata",
        2024,
        "guidance",
        cover=["Plataforma Andaluza contra la Trata", "Enero de 2024"],
        form=[
            "Nombre de la persona",
            "Fecha de nacimiento",
            "Nacionalidad",
            "Idioma",
            "Necesita intérprete",
            "Nombre del profesional",
            "Entidad",
            "Teléfono",
            "Correo electrónico",
            "Descripción de la situación",
        ],
        body_pages=1,
        new_organisation=True,
        features=["form", "new organisation"],
    ),
    Doc(
        "proyecto-esperanza-derechos",
        "scan",
        "es",
        "Conoce tus derechos si trabajas en el hogar",
        "Proyecto Esperanza",
        2020,
        "factsheet",
        cover=["Proyecto Esperanza", "2020"],
        body_pages=1,
        features=["scan (OCR)"],
    ),
    Doc(
        "hope-for-justice-nhs-guide",
        "pdf",
        "en",
        "Identifying Victims in Healthcare Settings: A Guide for NHS Staff",
        "Hope for Justice",
        2019,
        "guidance",
        cover=["Hope for Justice", "April 2019"],
        logo="Hope for Justice",
        footer="hopeforjustice.org",
        cover_table=True,
        body_pages=3,
        features=["cover laid out in a table", "logo", "publisher under the title"],
    ),
    Doc(
        "polaris-visa-data",
        "designed",
        "en",
        "Labor Trafficking on Specific Temporary Work Visas: A Data Analysis",
        "Polaris",
        2022,
        "data",
        cover=["Polaris", "July 2022"],
        logo="POLARIS",
        imprint=["© 2022 Polaris. All rights reserved.", "Washington, DC"],
        header="Polaris | Labor trafficking on temporary work visas",
        cover_image=True,
        body_pages=3,
        features=["cover exported as a picture (OCR)", "copyright page", "running head"],
    ),
    Doc(
        "bristol-slavery-statement",
        "pdf",
        "en",
        "Modern Slavery and Human Trafficking Statement 2023–24",
        "Bristol City Council",
        2023,
        "policy",
        cover=["Bristol City Council", "September 2023"],
        footer="Bristol City Council",
        body_pages=2,
        new_organisation=True,
        features=["modern slavery statement", "new organisation", "publisher under the title", "running footer"],
    ),
    Doc(
        "unodc-manuel-justice-penale",
        "pdf",
        "fr",
        "Manuel sur la lutte contre la traite des personnes à l'intention des praticiens de la justice pénale",
        "United Nations Office on Drugs and Crime",
        2009,
        "guidance",
        cover=["Office des Nations Unies contre la drogue et le crime", "Vienne, 2009"],
        logo="UNODC",
        header="Manuel sur la lutte contre la traite des personnes",
        contents=True,
        body_pages=3,
        features=["known organisation by its French name under the title", "logo", "table of contents"],
    ),
    Doc(
        "oim-guia-frontera",
        "designed",
        "es",
        "Guía para la atención a personas migrantes víctimas de trata en frontera",
        "International Organization for Migration",
        2021,
        "guidance",
        cover=["Edición revisada"],
        logo="OIM ONU Migración",
        imprint=[
            "© Organización Internacional para las Migraciones (OIM) 2021",
            "Queda prohibida la reproducción total o parcial sin autorización previa.",
        ],
        footer="OIM – Guía para la atención en frontera",
        columns=2,
        body_pages=2,
        features=["copyright page (Spanish name of a known organisation, with its acronym)", "two columns", "logo"],
    ),
    Doc(
        "asi-brick-kilns-briefing",
        "docx",
        "en",
        "Briefing: Debt Bondage in the Brick Kilns of South Asia",
        "Anti-Slavery International",
        2021,
        "briefing",
        cover=["March 2021"],
        header="Anti-Slavery International",
        footer="www.antislavery.org",
        letterhead=True,
        body_pages=3,
        author="Claire",
        features=["letterhead: the publisher in the Word file's running head only"],
    ),
    Doc(
        "htf-care-sector-briefing",
        "pdf",
        "en",
        "Exploitation in the Care Sector: A Briefing for Local Authorities",
        "Human Trafficking Foundation",
        2023,
        "briefing",
        cover=["November 2023"],
        header="Human Trafficking Foundation",
        footer="Registered charity",
        letterhead=True,
        body_pages=3,
        features=["letterhead: the publisher in the running head only"],
    ),
    Doc(
        "childrens-society-counting-lives",
        "pdf",
        "en",
        "Counting Lives: Responding to Children Who Are Criminally Exploited",
        "The Children's Society",
        2019,
        "report",
        cover=["July 2019"],
        logo="The Children's Society",
        imprint=[
            "Published by:",
            "The Children's Society",
            "Edward Rudolf House, Margery Street, London WC1X 0JL",
            "Charity Registration No. 221124",
        ],
        footer="Counting Lives",
        body_pages=3,
        features=["imprint: 'Published by:' with the name on the next line, a name that starts with 'The'"],
    ),
    Doc(
        "amzc-guia-intervencion",
        "pdf",
        "es",
        "Guía de intervención con mujeres víctimas de trata con fines de explotación sexual",
        "Asociación Mujeres en Zona de Conflicto",
        2018,
        "guidance",
        cover=["Córdoba, 2018"],
        logo="AMZC",
        imprint=[
            "Edita: Asociación Mujeres en Zona de Conflicto (AMZC)",
            "Diseño y maquetación: Estudio Gráfico Sur",
            "Depósito legal: CO 1234-2018",
        ],
        footer="Guía de intervención",
        body_pages=3,
        new_organisation=True,
        features=["imprint: 'Edita:' names a new organisation", "designer named in the imprint", "logo"],
    ),
    Doc(
        "fundacion-renacer-informe",
        "docx",
        "es",
        "Explotación sexual comercial de niñas, niños y adolescentes en el turismo: informe de situación",
        "Fundación Renacer",
        2020,
        "report",
        cover=["Fundación Renacer", "Bogotá, agosto de 2020"],
        logo="Renacer",
        header="Fundación Renacer",
        cover_textbox=True,
        body_pages=3,
        features=["cover in a text box (written twice, as Word does)", "logo", "running head"],
    ),
    Doc(
        "after-exploitation-data-briefing",
        "pdf",
        "en",
        "Data Briefing: Immigration Detention of Potential Victims of Trafficking",
        "After Exploitation",
        2022,
        "briefing",
        cover=["After Exploitation", "February 2022"],
        logo="After Exploitation",
        footer="After Exploitation",
        cover_textbox=True,
        body_pages=2,
        features=["cover in a text box", "logo", "running footer"],
    ),
]


def paragraphs(doc: Doc, page: int, n: int = 4) -> list[str]:
    pool = PROSE[doc.language]
    seed = sum(map(ord, doc.name)) + page * 3
    return [" ".join(pool[(seed + i * 4 + j) % len(pool)] for j in range(3)) for i in range(n)]


def logo_png(words: str, seed: str) -> bytes:
    """A logo: a coloured mark and the organisation's words, drawn (a picture, not text)."""
    from PIL import Image, ImageDraw, ImageFont

    colour = random.Random(seed).choice([(0, 82, 147), (158, 27, 50), (0, 120, 90), (90, 40, 120), (200, 90, 0)])
    font = ImageFont.truetype(str(FONTS / "DejaVuSans-Bold.ttf"), 34)
    width = int(ImageDraw.Draw(Image.new("L", (1, 1))).textlength(words, font=font)) + 110
    image = Image.new("RGB", (width, 80), "white")
    draw = ImageDraw.Draw(image)
    draw.ellipse((8, 8, 72, 72), fill=colour)
    draw.text((90, 18), words, font=font, fill=colour)
    buffer = io.BytesIO()
    image.convert("P", palette=Image.Palette.ADAPTIVE, colors=16).save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


# --- Word ------------------------------------------------------------------------------------------
def make_docx(doc: Doc, path: Path) -> int:
    """The document as a Word file; the number of pages it has (each ends with a page break)."""
    import docx
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = "DejaVu Sans", Pt(10)
    for style in ("Title", "Heading 1", "Heading 2"):
        document.styles[style].font.name = "DejaVu Sans"
    properties = document.core_properties
    properties.title, properties.author, properties.language = doc.meta_title, doc.author, doc.language
    properties.created = properties.modified = dt.datetime(doc.year, 1, 5, 9, 30)
    section = document.sections[0]
    section.top_margin = section.bottom_margin = Cm(2.2)
    section.left_margin = section.right_margin = Cm(2.3)
    section.different_first_page_header_footer = not doc.letterhead
    if doc.header:
        section.header.paragraphs[0].text = doc.header
    if doc.footer or doc.header:
        footer = section.footer.paragraphs[0]
        footer.text = f"{doc.footer}\t\t" if doc.footer else "\t\t"
        _page_field(footer, qn)
    pages = 0

    def page_break() -> None:
        nonlocal pages
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        pages += 1

    # Cover.
    if doc.logo:
        document.add_picture(io.BytesIO(logo_png(doc.logo, doc.name)), width=Cm(2.2 + 0.32 * len(doc.logo)))
    for _ in range(3):
        document.add_paragraph()
    if doc.cover_textbox:
        placeholder = document.add_paragraph()._p  # before the body's section properties, which come last
        placeholder.addprevious(_textbox([(doc.title, 26, True)] + [(line, 14, False) for line in doc.cover]))
        placeholder.getparent().remove(placeholder)
    elif doc.cover_table:
        table = document.add_table(rows=0, cols=1)
        for n, line in enumerate([doc.title, *doc.cover]):
            run = table.add_row().cells[0].paragraphs[0].add_run(line)
            run.bold, run.font.size = n == 0, Pt(26 if n == 0 else 14)
    elif doc.title_style:
        document.add_paragraph(doc.title, style="Title")
    else:
        run = document.add_paragraph().add_run(doc.title)
        run.bold, run.font.size = True, Pt(26)
    for line in doc.cover if not (doc.cover_table or doc.cover_textbox) else ():
        document.add_paragraph().add_run(line).font.size = Pt(14)
    if doc.form:
        _form(document, doc)
        pages += 1
        document.save(str(path))
        return pages
    page_break()
    if doc.imprint:
        for _ in range(20):
            document.add_paragraph()
        for line in doc.imprint:
            document.add_paragraph().add_run(line).font.size = Pt(9)
        page_break()
    if doc.contents:
        document.add_heading(CONTENTS[doc.language], level=1)
        for number, heading in enumerate(HEADINGS[doc.language][: doc.body_pages], start=1):
            paragraph = document.add_paragraph(f"{number}. {heading}\t{pages + number + 1}")
            paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        page_break()
    if doc.columns == 2:
        document.add_section(WD_SECTION.CONTINUOUS)
        _columns(document.sections[-1]._sectPr, qn)
    for number in range(doc.body_pages):
        document.add_heading(f"{number + 1}. {HEADINGS[doc.language][number % 5]}", level=1)
        texts = paragraphs(doc, number)
        if number == 0 and doc.lead:
            texts[0] = f"{doc.lead} {texts[0]}"
        for text in texts:
            document.add_paragraph(text)
        if number + 1 < doc.body_pages and doc.section_breaks:
            document.add_section(WD_SECTION.NEW_PAGE)
            pages += 1
        elif number + 1 < doc.body_pages:
            page_break()
    pages += 1
    document.save(str(path))
    return pages


NAMESPACES = " ".join(
    f'xmlns:{prefix}="{uri}"'
    for prefix, uri in {
        "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
        "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
        "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
        "v": "urn:schemas-microsoft-com:vml",
        "o": "urn:schemas-microsoft-com:office:office",
        "w10": "urn:schemas-microsoft-com:office:word",
    }.items()
)


def _textbox(lines: list[tuple[str, int, bool]]):
    """A paragraph anchoring a text box that holds ``lines`` (text, points, bold), as Word 2010 and
    later write it: a DrawingML shape, and the same box again in VML for older readers."""
    from xml.sax.saxutils import escape

    from docx.oxml import parse_xml

    content = (
        "<w:txbxContent>"
        + "".join(
            f'<w:p><w:pPr><w:spacing w:after="240"/></w:pPr><w:r><w:rPr>{"<w:b/>" if bold else ""}'
            f'<w:sz w:val="{size * 2}"/></w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'
            for text, size, bold in lines
        )
        + "</w:txbxContent>"
    )
    shape = (
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="margin"><wp:posOffset>1800000</wp:posOffset></wp:positionV>'
        '<wp:extent cx="5400000" cy="2880000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
        '<wp:docPr id="10" name="Text Box 10"/><wp:cNvGraphicFramePr/>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
        '<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5400000" cy="2880000"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
        f"<wps:txbx>{content}</wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t"/>'
        "</wps:wsp></a:graphicData></a:graphic></wp:anchor>"
    )
    vml = (
        '<w:pict><v:shape id="Text Box 10" o:spid="_x0000_s1026" type="#_x0000_t202" filled="f" stroked="f" '
        'style="position:absolute;margin-top:141.7pt;width:425.2pt;height:226.8pt;z-index:251659264;'
        'mso-position-horizontal:left;mso-position-horizontal-relative:margin;mso-position-vertical-relative:margin">'
        f'<v:textbox inset="0,0,0,0">{content}</v:textbox><w10:wrap type="topAndBottom"/></v:shape></w:pict>'
    )
    return parse_xml(
        f"<w:p {NAMESPACES}><w:r><mc:AlternateContent>"
        f'<mc:Choice Requires="wps"><w:drawing>{shape}</w:drawing></mc:Choice>'
        f"<mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent></w:r></w:p>"
    )


def _page_field(paragraph, qn) -> None:
    from docx.oxml import OxmlElement

    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, " PAGE "), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.text = text
        run._r.append(element)


def _columns(properties, qn) -> None:
    from docx.oxml import OxmlElement

    columns = properties.find(qn("w:cols"))
    if columns is None:
        columns = OxmlElement("w:cols")
        properties.append(columns)
    columns.set(qn("w:num"), "2")
    columns.set(qn("w:space"), "567")


def _form(document, doc: Doc) -> None:
    """A form: an instruction, a table of labels and blank cells, tick boxes and a signature line."""
    from docx.shared import Cm, Pt

    instruction = {
        "en": "Please complete every section and send the form to the coordinator by secure email.",
        "fr": "Merci de remplir toutes les rubriques et d'envoyer ce formulaire au coordinateur par messagerie sécurisée.",
        "es": "Rellene todos los apartados y envíe la ficha a la persona coordinadora por correo seguro.",
    }[doc.language]
    document.add_paragraph(instruction)
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label in doc.form:
        row = table.add_row()
        row.cells[0].text = label
        row.cells[0].width, row.cells[1].width = Cm(6), Cm(10)
        row.height = Cm(1.6 if label == doc.form[-1] else 0.8)
    consent = {"en": "Consent given:", "fr": "Consentement recueilli :", "es": "Consentimiento otorgado:"}
    yes_no = {"en": "☐ Yes   ☐ No", "fr": "☐ Oui   ☐ Non", "es": "☐ Sí   ☐ No"}
    document.add_paragraph()
    document.add_paragraph(f"{consent[doc.language]} {yes_no[doc.language]}")
    signature = {"en": "Signature", "fr": "Signature", "es": "Firma"}[doc.language]
    document.add_paragraph(f"{signature}: ______________________    Date: ____ / ____ / ________")
    document.add_paragraph(paragraphs(doc, 0, 1)[0]).runs[0].font.size = Pt(8)


def to_pdf(docx_path: Path, out: Path) -> Path:
    """The PDF LibreOffice Writer makes of a Word file (as "Save as PDF" does)."""
    soffice = shutil.which("soffice")
    if not soffice:
        sys.exit("LibreOffice is needed: apt-get install -y --no-install-recommends libreoffice-writer-nogui")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(out),
                str(docx_path),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
    return out / (docx_path.stem + ".pdf")


# --- a designer's PDF ---------------------------------------------------------------------------
def make_designed(doc: Doc, path: Path) -> None:
    """A PDF as a layout program makes one: logo, cover, imprint, pages in columns, running heads."""
    pdf = _designer_pdf(doc)
    if doc.cover_image:
        cover = _designer_pdf(doc)
        _designed_cover(cover, doc)
        pdf.add_page()
        pdf.image(_printed(bytes(cover.output()), 0, dpi=110, quality=60), x=0, y=0, w=210, h=297)
    else:
        _designed_cover(pdf, doc)
    number = 1
    if doc.imprint:
        number += 1
        pdf.add_page()
        pdf.set_font("Sans", "", 8)
        pdf.set_y(230)
        for line in doc.imprint:
            pdf.set_x(18)
            pdf.multi_cell(170, 4.5, line, new_x="LMARGIN", new_y="NEXT")
    for page in range(doc.body_pages):
        number += 1
        pdf.add_page()
        pdf.set_font("Sans", "", 7.5)
        if doc.header:
            pdf.set_xy(18, 10)
            pdf.cell(170, 5, doc.header)
        pdf.set_xy(18, 284)
        pdf.cell(170, 5, f"{doc.footer}   {number}" if doc.footer else str(number))
        pdf.set_xy(18, 24)
        pdf.set_font("Sans", "B", 14)
        pdf.cell(170, 8, f"{page + 1}. {HEADINGS[doc.language][page % 5]}", new_x="LMARGIN", new_y="NEXT")
        texts = paragraphs(doc, page, 6)
        if doc.lead and page == 0:
            texts[0] = f"{doc.lead} {texts[0]}"
        pdf.set_font("Serif", "", 9.5)
        half = len(texts) // 2 if doc.columns == 2 else len(texts)
        for column, part in enumerate((texts[:half], texts[half:])):
            if not part:
                continue
            x, width = (18 + column * 88, 82) if doc.columns == 2 else (18, 170)
            pdf.set_xy(x, 38)
            for text in part:
                pdf.set_x(x)
                pdf.multi_cell(width, 4.6, text, new_x="LEFT", new_y="NEXT")
                pdf.ln(2.5)
    pdf.output(str(path))


def _designer_pdf(doc: Doc):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_creator("Adobe InDesign 17.0 (Windows)")
    pdf.set_producer("Adobe PDF Library 16.0.7")
    pdf.set_title(doc.meta_title)
    pdf.set_author(doc.author)
    pdf.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.add_font("Serif", "", str(FONTS / "DejaVuSerif.ttf"))
    return pdf


def _designed_cover(pdf, doc: Doc) -> None:
    pdf.add_page()
    if doc.logo:
        pdf.image(io.BytesIO(logo_png(doc.logo, doc.name)), x=18, y=18, h=16)
    pdf.set_xy(18, 90)
    pdf.set_font("Sans", "B", 24)
    pdf.multi_cell(170, 11, doc.title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 13)
    for line in doc.cover:
        pdf.set_x(18)
        pdf.ln(4)
        pdf.cell(170, 8, line, new_x="LMARGIN", new_y="NEXT")


def _printed(pdf_bytes: bytes, index: int, dpi: int, quality: int, skew: float = 0.0, seed: str = ""):
    """A page of a PDF as a grey JPEG (a buffer), optionally skewed and speckled like a scan."""
    import pypdfium2 as pdfium
    from PIL import ImageFilter

    printed = pdfium.PdfDocument(pdf_bytes)
    try:
        image = printed[index].render(scale=dpi / 72, grayscale=True).to_pil()
    finally:
        printed.close()
    if skew:
        image = image.rotate(skew, resample=3, fillcolor=255).filter(ImageFilter.GaussianBlur(0.5))
        noise, pixels = random.Random(seed), image.load()
        for _ in range(image.width * image.height // 60_000):
            pixels[noise.randrange(image.width), noise.randrange(image.height)] = noise.randrange(0, 120)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=quality)
    return buffer


# --- a scan ------------------------------------------------------------------------------------------
def make_scan(doc: Doc, path: Path, dpi: int = 200) -> None:
    """A leaflet typeset, printed to a grey picture a little skewed and speckled, one JPEG a page."""
    from fpdf import FPDF

    typeset = FPDF(format="A4")
    typeset.set_auto_page_break(False)
    typeset.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
    typeset.add_font("Sans", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    typeset.add_font("Serif", "", str(FONTS / "DejaVuSerif.ttf"))
    typeset.add_page()
    typeset.set_xy(20, 40)
    typeset.set_font("Sans", "B", 24)
    typeset.multi_cell(170, 11, doc.title, new_x="LMARGIN", new_y="NEXT")
    typeset.set_font("Sans", "", 14)
    for line in doc.cover:
        typeset.ln(3)
        typeset.set_x(20)
        typeset.cell(170, 8, line, new_x="LMARGIN", new_y="NEXT")
    typeset.ln(10)
    typeset.set_font("Serif", "", 12)
    for text in paragraphs(doc, 0, 4):
        typeset.set_x(20)
        typeset.multi_cell(170, 6.5, text, new_x="LMARGIN", new_y="NEXT")
        typeset.ln(3)
    scan = FPDF(format="A4")
    scan.set_creator("Canon iR-ADV C5535 PDF")
    typeset_bytes = bytes(typeset.output())
    for index in range(typeset.pages_count):
        scan.add_page()
        page = _printed(typeset_bytes, index, dpi=dpi, quality=55, skew=0.5, seed=f"{doc.name}{index}")
        scan.image(page, x=0, y=0, w=210, h=297)
    scan.output(str(path))


def page_count(pdf_path: Path) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf_path))
    try:
        return len(document)
    finally:
        document.close()


def make(doc: Doc, out: Path, scratch: Path) -> dict:
    if doc.kind in ("pdf", "docx"):
        word = (out if doc.kind == "docx" else scratch) / f"{doc.name}.docx"
        pages = make_docx(doc, word)
        printed = page_count(to_pdf(word, scratch))
        # Each page of the Word file ends with a break, so LibreOffice lays out as many pages: a
        # page that overflowed would make the count a curator sees differ from the breaks.
        if printed != pages:
            sys.exit(f"{doc.name}: {pages} pages written but LibreOffice lays out {printed}")
        if doc.kind == "pdf":
            shutil.move(scratch / f"{doc.name}.pdf", out / f"{doc.name}.pdf")
        filename = f"{doc.name}.{doc.kind}"
    else:
        filename = f"{doc.name}.pdf"
        (make_designed if doc.kind == "designed" else make_scan)(doc, out / filename)
        pages = page_count(out / filename)
    return {
        "file": filename,
        "title": doc.title,
        "publisher": doc.publisher,
        "new_organisation": doc.new_organisation,
        "year": doc.year,
        "language": doc.language,
        "type": doc.type,
        "pages": pages,
        "made_with": {"pdf": "Word file → LibreOffice", "docx": "python-docx", "designed": "fpdf2", "scan": "scan"}[
            doc.kind
        ],
        "features": doc.features,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "tests" / "data" / "made")
    parser.add_argument("--only", nargs="*", help="names of the documents to make again")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    expected_path = args.out / "expected.json"
    previous = {e["file"]: e for e in json.loads(expected_path.read_text())} if expected_path.exists() else {}
    entries = []
    with tempfile.TemporaryDirectory() as scratch:
        for doc in DOCS:
            if args.only and doc.name not in args.only:
                entry = next((e for e in previous.values() if e["file"].startswith(doc.name + ".")), None)
                if entry:
                    entries.append(entry)
                continue
            entry = make(doc, args.out, Path(scratch))
            size = (args.out / entry["file"]).stat().st_size
            print(f"{entry['file']:45} {entry['pages']:3d} pages {size / 1024:7.1f} KB")
            entries.append(entry)
    expected_path.write_text(json.dumps(entries, ensure_ascii=False, indent=1) + "\n")
    total = sum(f.stat().st_size for f in args.out.iterdir())
    print(f"{len(entries)} documents, {total / 1024:.0f} KB in {args.out}")


if __name__ == "__main__":
    main()
