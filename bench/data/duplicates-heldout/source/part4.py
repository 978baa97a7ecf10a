from common import R, A

# Third copies for some clusters (each from yet another hub)

A("maf19", R("maf19-c", "Measurement, action, freedom: independent assessment of government progress towards SDG 8.7",
    "Country ratings of government responses to modern slavery, relative to national wealth.",
    """Published within the Global Slavery Index series, this report benchmarks national responses against five
    milestones and compares the strength of each country's response with its wealth. Some of the world's
    richest countries take relatively little action, while several lower-income countries perform strongly.
    Findings are presented by region, and country-level ratings are available as an online dataset.""",
    "data", ["legislation-policy", "data-research"], [], ["en"],
    ["Walk Free Initiative of the Minderoo Foundation"], "2019-07",
    "https://www.globalslaveryindex.org/2019/",
    tt=["acronym", "case-punct"]))

A("ecpat-hbth", R("ecpat-hbth-c", "Heading back to harm: trafficked and unaccompanied children going missing from care in the UK",
    "How many trafficked and unaccompanied children go missing from UK care? Many councils could not say.",
    """Joint report by a missing persons charity and a child trafficking charity based on data requested from
    every UK local authority. Many councils could not say how many trafficked or unaccompanied children they
    looked after, return interviews after missing episodes were inconsistent, and some children were never
    found. Recommendations cover data recording, specialist placements and an independent guardian for every
    separated child.""",
    "research", ["child-trafficking", "data-research", "migration"], ["GB"], ["en"],
    ["Missing People", "ECPAT UK"], "2016-11",
    "https://www.missingpeople.org.uk/for-professionals/information-and-research/research/heading-back-to-harm",
    tt=["subtitle-variant"]))

A("aus-hips", R("aus-hips-c", "Hidden in Plain Sight – Inquiry into establishing a Modern Slavery Act in Australia (Final report)",
    "The parliamentary report that led to Australia's Modern Slavery Act 2018.",
    """Final report of the committee after an inquiry referred by the Attorney-General in February 2017. It
    records evidence of forced labour and exploitation in agriculture, construction, cleaning, hospitality
    and the supply chains of Australian companies and public bodies, as well as forced marriage within
    Australia. The government's response led to the Modern Slavery Act 2018.""",
    "report", ["legislation-policy", "agriculture", "construction", "forced-marriage"], ["AU"], ["en"],
    ["Parliament of Australia"], "2018",
    "https://apo.org.au/node/125381",
    tt=["case-punct", "suffix"]))

A("ungp", R("ungp-c", "Guiding Principles on Business and Human Rights",
    "Reference text: what respecting human rights means for companies, and criteria for grievance mechanisms.",
    """Reference text for business and human rights. Principles 11 to 24 describe what respecting human rights
    means for companies: a public policy commitment, ongoing due diligence to identify, prevent, mitigate and
    account for impacts, and processes for remediation. Principles 25 to 31 concern access to remedy and set
    effectiveness criteria for non-judicial grievance mechanisms.""",
    "policy", ["remedy", "supply-chains"], [], ["en"],
    ["United Nations"], None,
    "https://www.unglobalcompact.org/library/2",
    tt=["subtitle"]))

A("unhcr-gip7", R("unhcr-gip7-c", "Guidelines on international protection: the application of Article 1A(2) of the 1951 Convention to victims of trafficking (HCR/GIP/06/07)",
    "Trafficking-related asylum claims: victims trafficked abroad, within their country, or at risk.",
    """Part of UNHCR's series of guidelines interpreting the refugee definition, this document addresses
    trafficking-related claims: victims trafficked abroad who fear return, people trafficked within their own
    country who then flee, and those at risk of being trafficked. Gender-related and child-specific
    considerations are highlighted, as is the need to avoid treating trafficked persons simply as irregular
    migrants to be removed.""",
    "guidance", ["migration", "gender", "child-trafficking"], [], ["en"],
    ["Office of the UN High Commissioner for Refugees"], "2006-04",
    "https://www.unhcr.org/media/guidelines-international-protection-no-7-application-article-1a2-1951-convention-andor-1967",
    tt=["truncated", "doc-symbol", "case-punct"]))

A("cndh19", R("cndh19-c", "Diagnóstico sobre la situación de la trata de personas en México",
    "Cifras oficiales, monitoreo de prensa y actuación de las autoridades frente a la trata en México.",
    """Documento de la Quinta Visitaduría General de la CNDH que examina la trata en México a partir de cifras
    oficiales, de otras fuentes como el monitoreo de prensa y de la actuación de las autoridades. De las 858
    sentencias reportadas en el periodo, 296 fueron absolutorias, y 3 344 personas fueron indiciadas o
    imputadas, 69 % de ellas hombres. Señala la falta de mecanismos eficaces de prevención y recomienda
    atender las causas estructurales del delito.""",
    "report", ["prosecution", "data-research", "prevention"], ["MX"], ["es"],
    ["CNDH"], "2019",
    "https://www.cndh.org.mx/sites/default/files/documentos/2019-07/DIAGNOSTICO-TDP-2019.pdf",
    tt=["no-year-in-title", "case-punct"]))

A("co-985", R("co-985-c", "Ley 985 de 2005",
    "Norma colombiana de referencia en materia de trata de personas.",
    """Norma colombiana de referencia sobre trata de personas. Tipifica el delito con penas de prisión y multa,
    define las obligaciones del Estado en prevención, protección y asistencia, y establece el Comité
    Interinstitucional y la Estrategia Nacional como ejes de la política pública.""",
    "legislation", ["legislation-policy"], ["CO"], ["es"],
    [], "2005",
    "https://sherloc.unodc.org/cld/document/col/2005/ley_985_de_2005.html",
    tt=["truncated"]))

A("ilo-hardtosee", R("ilo-hardtosee-c", "Hard to see, harder to count",
    "A tested survey methodology for national forced labour estimates.",
    """Companion to the ILO's 2012 global estimate of forced labour, offering statistical offices a tested
    survey methodology. The guidelines recommend combining a household survey module with specialised surveys,
    for instance of returned migrants or of sectors where forced labour is concentrated, and explain how to
    deal with small samples and sensitive questions.""",
    "guidance", ["data-research", "migration"], [], ["en"],
    ["International Labour Office"], None,
    "https://www.humantraffickingsearch.org/resource/hard-to-see-harder-to-count/",
    tt=["subtitle"]))

A("stc-inv16", R("stc-inv16-c", "Infancias invisibles: menores extranjeros no acompañados, víctimas de trata y refugiados",
    "Niños no acompañados, niñas víctimas de trata e infancia refugiada: tres colectivos desprotegidos.",
    """Estudio de junio de 2016 con capítulos sobre menores no acompañados, niñas víctimas de trata con fines de
    explotación sexual, infancia refugiada y la «Europa fortaleza». Subraya que los niños y niñas que migran
    son cada vez más pequeños, la falta de datos fiables sobre quienes llegan a España y las carencias de la
    acogida, y propone medidas concretas de protección.""",
    "report", ["child-trafficking", "migration"], ["ES"], ["es"],
    ["Save the Children Spain"], None,
    "https://www.observatoriodelainfancia.es/oia/esp/documentos_ficha.aspx?id=4958",
    tt=["truncated", "case-punct"]))

A("polimb18", R("polimb18-c", "Human trafficking in illicit massage businesses",
    "Recruitment, control, finances and advertising behind illicit massage parlours in the US.",
    """Polaris's in-depth look at a business type that accounts for a significant share of the sex trafficking
    cases reported to the US hotline. The report breaks down recruitment, control tactics, finances and
    advertising, explains why the businesses persist despite local enforcement, and describes the networks of
    owners and managers who run several locations at once.""",
    "research", ["sexual-exploitation", "data-research"], ["US"], ["en"],
    ["Polaris"], "2018",
    "https://humantraffickinghotline.org/resources/human-trafficking-illicit-massage-businesses",
    tt=["case-punct"]))
