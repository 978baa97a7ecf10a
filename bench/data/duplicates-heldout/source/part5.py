from common import R, X, N

# ============================================================ near-miss records and pairs

# ---------------- edition: successive editions of one series
X(R("nm-tip22", "2022 Trafficking in Persons Report",
    "The State Department's 2022 assessment of anti-trafficking efforts, with a focus on survivor engagement.",
    """The 2022 edition of the State Department's annual report, released in July 2022, assessing government
    anti-trafficking efforts in 188 countries and territories. Its introduction focuses on meaningful
    engagement of survivors of trafficking in designing and implementing policies and programmes. Country
    narratives assess prosecution, protection and prevention and assign tier rankings; the report also
    contains the list of governments with a policy or pattern of state-sponsored trafficking and the Child
    Soldiers Prevention Act list.""",
    "report", ["legislation-policy", "lived-experience", "prosecution"], ["US"], ["en"],
    ["U.S. Department of State"], "2022-07-19",
    "https://www.state.gov/reports/2022-trafficking-in-persons-report/"))
N("tip21-a", "nm-tip22", "edition", "TIP Report 2021 vs 2022")

X(R("nm-greta12", "12th General Report on GRETA's Activities",
    "Annual report of the Council of Europe anti-trafficking monitoring body, covering 2022.",
    """Annual report of the Council of Europe's Group of Experts on Action against Trafficking in Human Beings
    (GRETA) covering its activities in 2022. It summarises the country evaluation reports adopted during the
    year, cooperation with other international bodies and civil society, and GRETA's work on the risks of
    trafficking faced by people fleeing the war in Ukraine, and presents trends observed across the parties to
    the Convention.""",
    "report", ["legislation-policy", "conflict-crisis", "data-research"], [], ["en"],
    ["Council of Europe"], "2023",
    "https://rm.coe.int/12th-general-report-on-greta-s-activities/1680aaf0b4"))
X(R("nm-greta13", "13th General Report on GRETA's Activities",
    "Annual report of the Council of Europe anti-trafficking monitoring body, covering 2023.",
    """General report of GRETA, the expert body monitoring the Council of Europe Convention on Action against
    Trafficking in Human Beings, covering its activities in 2023. It reviews the evaluation reports adopted
    on individual states parties, developments in the monitoring procedure, cooperation with the EU, the UN
    and civil society, and the main challenges GRETA identified in states' responses to trafficking during the
    year.""",
    "report", ["legislation-policy", "partnership-working"], [], ["en"],
    ["GRETA – Council of Europe"], "2024",
    "https://www.coe.int/en/web/anti-human-trafficking/general-reports"))
N("nm-greta12", "nm-greta13", "edition", "GRETA general report 12th vs 13th")

X(R("nm-nrmq1-23", "Modern Slavery: National Referral Mechanism and Duty to Notify statistics UK, Quarter 1 2023 – January to March",
    "Home Office quarterly statistics on NRM referrals and duty to notify reports, January to March 2023.",
    """Quarterly official statistics from the Home Office on referrals of potential victims of modern slavery to
    the National Referral Mechanism and on duty to notify reports made by public authorities in England and
    Wales, covering January to March 2023. Tables show referrals by age group at exploitation, exploitation
    type, nationality and referring organisation, along with the reasonable grounds and conclusive grounds
    decisions issued in the quarter.""",
    "data", ["referral", "data-research", "identification"], ["GB"], ["en"],
    ["Home Office"], "2023",
    "https://www.gov.uk/government/statistics/modern-slavery-nrm-and-dtn-statistics-january-to-march-2023"))
X(R("nm-nrmq2-23", "Modern Slavery: National Referral Mechanism and Duty to Notify statistics UK, Quarter 2 2023 – April to June",
    "Home Office quarterly statistics on NRM referrals and duty to notify reports, April to June 2023.",
    """Official statistics on potential victims of modern slavery referred to the UK National Referral
    Mechanism between April and June 2023, and on adult potential victims reported through the duty to notify
    without entering the NRM. The release breaks referrals down by police force and local authority area,
    first responder, nationality and type of exploitation, and reports on decisions and decision times during
    the quarter.""",
    "data", ["referral", "data-research"], ["GB"], ["en"],
    ["Home Office"], "2023",
    "https://www.gov.uk/government/statistics/modern-slavery-nrm-and-dtn-statistics-april-to-june-2023"))
N("nm-nrmq1-23", "nm-nrmq2-23", "edition", "NRM statistics Q1 2023 vs Q2 2023")

X(R("nm-gsi18", "The Global Slavery Index 2018",
    "2018 edition of the Global Slavery Index, built on the 2017 Global Estimates of Modern Slavery.",
    """The 2018 edition of the Global Slavery Index, the first built on the joint ILO, Walk Free and IOM global
    estimate of 40.3 million people in modern slavery in 2016. It provides national prevalence estimates for
    167 countries, analyses government responses, and for the first time examines the risk of modern slavery
    in goods imported by G20 countries, estimated at over US$350 billion a year.""",
    "data", ["data-research", "supply-chains", "legislation-policy"], [], ["en"],
    ["Walk Free Foundation"], "2018-07",
    "https://www.globalslaveryindex.org/2018/"))
N("gsi16-a", "nm-gsi18", "edition", "GSI 2016 vs 2018")

X(R("nm-glotip14", "Global Report on Trafficking in Persons 2014",
    "UNODC's 2014 global report on detected trafficking victims and traffickers in 128 countries.",
    """UNODC report covering trafficking data mostly from 2010 to 2012 for 128 countries. It found that about a
    third of detected victims were children, that women and girls made up some 70 per cent of victims, and
    that trafficking for forced labour accounted for a growing share of detected cases. It puts particular
    emphasis on impunity: many countries recorded few or no convictions.""",
    "report", ["data-research", "prosecution", "child-trafficking"], [], ["en"],
    ["United Nations Office on Drugs and Crime"], "2014-11",
    "https://www.unodc.org/documents/data-and-analysis/glotip/GLOTIP_2014_full_report.pdf"))
N("glotip16-a", "nm-glotip14", "edition", "GLOTIP 2016 vs 2014")

X(R("nm-dol22", "2022 List of Goods Produced by Child Labor or Forced Labor",
    "US Department of Labor's 2022 list: 159 goods from 78 countries and areas.",
    """The 2022 update of the US Labor Department's list, identifying 159 goods from 78 countries and areas
    produced with child labour, forced labour or both. New entries include goods linked to the forced labour
    of Uyghurs and other minorities in China, such as polysilicon, and fish from the Chinese distant-water
    fleet. The report discusses forced labour risks in the supply chains of renewable energy and seafood.""",
    "data", ["supply-chains", "labour-exploitation", "fishing"], ["US"], ["en"],
    ["U.S. Department of Labor"], "2022-09-28",
    "https://www.dol.gov/sites/dolgov/files/ILAB/child_labor_reports/tda2021/2022-TVPRA-List-of-Goods-v3.pdf"))
N("dol20-a", "nm-dol22", "edition", "DOL list 2020 vs 2022")

X(R("nm-miprof-prof20", "La traite des êtres humains en France : le profil des victimes accompagnées par les associations en 2020",
    "Enquête MIPROF–SSMSI : 2 259 victimes de traite accompagnées par 26 associations en 2020.",
    """Cinquième édition de l'enquête MIPROF–SSMSI auprès des associations, publiée en décembre 2021. En 2020,
    année marquée par la crise sanitaire, 2 259 victimes de traite ont été accompagnées par les 26
    associations répondantes. Une large majorité était exploitée sexuellement, et 63 % des mineurs suivis
    étaient potentiellement des mineurs non accompagnés. L'étude présente le profil des victimes et les formes
    d'exploitation, en relevant les effets du confinement sur l'accompagnement.""",
    "data", ["data-research", "sexual-exploitation", "child-trafficking", "covid-19"], ["FR"], ["fr"],
    ["MIPROF", "Service statistique ministériel de la sécurité intérieure"], "2021-12",
    "https://www.interieur.gouv.fr/Interstats/Actualites/La-traite-des-etres-humains-en-France-le-profil-des-victimes-accompagnees-par-les-associations-en-2020"))
N("miprof-prof21-a", "nm-miprof-prof20", "edition", "victims supported by associations in 2021 vs 2020")

X(R("nm-ch-pan23", "Plan d'action national contre la traite des êtres humains 2023-2027",
    "Troisième plan d'action national suisse, adopté par le Conseil fédéral le 16 décembre 2022.",
    """Troisième plan d'action national suisse, adopté par le Conseil fédéral le 16 décembre 2022 pour la
    période 2023-2027. Plus contraignant politiquement que les précédents, il se concentre sur les domaines
    où l'évaluation du plan 2017-2020 avait relevé des lacunes : traite à des fins d'exploitation du travail,
    poursuite pénale, aide aux victimes et dimension numérique de la criminalité. Il est porté conjointement
    par la Confédération, les cantons et la société civile.""",
    "policy", ["legislation-policy", "labour-exploitation", "technology"], ["CH"], ["fr"],
    ["Conseil fédéral suisse"], "2022-12-16",
    "https://fr.readkong.com/page/plan-d-action-national-contre-la-traite-des-etres-humains-1881923"))
N("ch-pan17-a", "nm-ch-pan23", "edition", "Swiss NAP 2017-2020 vs 2023-2027")

X(R("nm-polvisa22", "Labor Trafficking on Specific Temporary Work Visas: A Data Analysis 2018-2020",
    "Polaris analysis of hotline data on labour trafficking among US temporary visa holders, 2018–2020.",
    """Polaris analysis of National Human Trafficking Hotline data from 2018 to 2020 on the four temporary work
    visa programmes most often reported, including the H-2A agricultural and H-2B programmes. More than half of
    the labour trafficking victims whose immigration status was known held some kind of legal visa. The report
    describes abuses in each visa category and calls on the Administration and Congress to increase
    transparency about employers and recruiters and to protect guest workers.""",
    "data", ["labour-exploitation", "migration", "agriculture"], ["US"], ["en"],
    ["Polaris"], "2022",
    "https://polarisproject.org/labor-trafficking-on-specific-temporary-work-visas/"))
N("polvisa18-a", "nm-polvisa22", "edition", "temporary work visa analysis 2015-2017 vs 2018-2020")

X(R("nm-ecpat-still18", "Still in Harm's Way: An update report on trafficked and unaccompanied children going missing from care in the UK",
    "ECPAT UK and Missing People follow-up: trafficked and unaccompanied children still going missing from care in 2017.",
    """Follow-up to Heading Back to Harm by ECPAT UK and Missing People, using new Freedom of Information data
    for 2017. Over a quarter of trafficked children in care (244 of 910) and 15 per cent of unaccompanied
    children were reported missing, and 169 children had not been found. Trafficked children who went missing
    did so on average more than seven times in the year, suggesting that safeguarding responses were getting
    worse.""",
    "research", ["child-trafficking", "data-research", "survivor-support"], ["GB"], ["en"],
    ["ECPAT UK", "Missing People"], "2018-12-20",
    "https://www.ecpat.org.uk/news/1-in-6-trafficked-and-unaccompanied-children-in-care-are-reported-missing-in-the-uk"))
N("ecpat-hbth-a", "nm-ecpat-still18", "edition", "first study (2016) vs update report (2018)")

X(R("nm-es-plan09", "Plan Integral de Lucha contra la Trata de Seres Humanos con fines de Explotación Sexual",
    "Primer plan integral español contra la trata con fines de explotación sexual (2009-2012).",
    """Primer plan integral del Gobierno de España contra la trata con fines de explotación sexual, aprobado por
    el Consejo de Ministros el 12 de diciembre de 2008 para el periodo 2009-2012 y coordinado por el Ministerio
    de Igualdad. Prevé medidas de sensibilización, formación de profesionales, asistencia y protección a las
    víctimas, persecución de las redes – incluido el decomiso de los bienes de los explotadores – y
    cooperación con los países de origen.""",
    "policy", ["sexual-exploitation", "legislation-policy", "prosecution"], ["ES"], ["es"],
    ["Ministerio de Igualdad"], "2008-12-12",
    "http://blog.intef.es/cniie/2013/10/18/plan-integral-de-lucha-contra-la-trata-de-seres-humanos-con-fines-de-explotacion-sexual/"))
N("es-plan15-a", "nm-es-plan09", "edition", "Spanish plan 2015-2018 vs first plan 2009-2012")

X(R("nm-fr-pan19", "2e plan d'action national contre la traite des êtres humains 2019-2021",
    "Deuxième plan national français contre la traite : 45 mesures en six axes.",
    """Deuxième plan national français de lutte contre la traite, présenté le 18 octobre 2019 pour la période
    2019-2021. Il comprend 45 mesures réparties en six axes : informer et communiquer pour mieux prévenir,
    définir une stratégie d'identification des victimes, protéger et accompagner les victimes, intensifier la
    répression des auteurs, coordonner l'action publique, et renforcer la coopération européenne et
    internationale.""",
    "policy", ["legislation-policy", "identification", "prosecution"], ["FR"], ["fr"],
    ["MIPROF"], "2019-10-18",
    "https://www.egalite-femmes-hommes.gouv.fr/2e-plan-daction-national-contre-la-traite-des-etres-humains-2019-2021"))
N("fr-pan14-a", "nm-fr-pan19", "edition", "French NAP 2014-2016 vs 2019-2021")

# ---------------- version: revisions of the same guidance or law
X(R("nm-htf-stand15", "Trafficking Survivor Care Standards",
    "The Human Trafficking Foundation's earlier care standards for adult trafficking survivors (2015).",
    """Earlier edition of the Human Trafficking Foundation's care standards for adult survivors, first produced
    by an expert working group in 2014 and republished in 2015 following the Modern Slavery Act. It set out
    principles and minimum standards for service providers supporting trafficking survivors during and after
    the reflection period, and was later superseded by the 2018 Slavery and Trafficking Survivor Care
    Standards.""",
    "guidance", ["survivor-support", "referral"], ["GB"], ["en"],
    ["Human Trafficking Foundation"], "2015",
    "https://www.humantraffickingfoundation.org/policy/"))
N("htf-stand18-a", "nm-htf-stand15", "version", "care standards 2018 vs 2015")

X(R("nm-ticc22", "The Trauma-Informed Code of Conduct for all Professionals working with Survivors of Human Trafficking and Slavery – Second Edition",
    "Second edition (2022) of the Helen Bamber Foundation's Trauma-Informed Code of Conduct.",
    """Second edition of the Helen Bamber Foundation's code, launched in 2022 alongside the second edition of the
    OSCE/ODIHR National Referral Mechanisms handbook. It updates the guidance on trauma-informed practice for
    police, health and social care staff, lawyers and immigration officials, reflecting developments in
    practice since the first edition.""",
    "guidance", ["survivor-support", "health"], ["GB"], ["en"],
    ["Helen Bamber Foundation"], "2022",
    "https://www.helenbamber.org/resources/latest-news/new-international-guidelines-working-survivors",
    authors=["Rachel Witkin", "Katy Robjant"]))
N("hbf-ticc18-a", "nm-ticc22", "version", "TiCC first edition 2018 vs second edition 2022")

X(R("nm-ar-26842", "Ley 26.842: Trata de personas y asistencia a sus víctimas. Prevención y sanción. Modificación de la Ley 26.364",
    "Reforma de 2012 de la ley argentina de trata: el consentimiento de la víctima deja de tener efecto.",
    """Ley argentina de diciembre de 2012 que reforma la Ley 26.364 tras la absolución en el caso de Marita
    Verón: elimina la distinción entre víctimas mayores y menores de 18 años respecto de los medios comisivos,
    establece que el consentimiento de la víctima no exime de responsabilidad al autor, amplía las formas de
    explotación y crea el Consejo Federal para la Lucha contra la Trata y Explotación de Personas y un Comité
    Ejecutivo.""",
    "legislation", ["legislation-policy", "prosecution"], ["AR"], ["es"],
    ["Congreso de la Nación Argentina"], "2012-12-26",
    "http://servicios.infoleg.gob.ar/infolegInternet/anexos/205000-209999/206554/norma.htm"))
N("ar-26364-a", "nm-ar-26842", "version", "original 2008 law vs 2012 amending law")

X(R("nm-ho-sg20", "Modern Slavery: Statutory Guidance for England and Wales (under s49 of the Modern Slavery Act 2015) and Non-Statutory Guidance for Scotland and Northern Ireland",
    "First version (March 2020) of the Home Office guidance on identifying and supporting victims of modern slavery.",
    """First version of the Home Office's consolidated guidance on identifying and supporting victims of
    modern slavery, issued in March 2020 under section 49 of the Modern Slavery Act 2015. It explains
    indicators of modern slavery, the role of first responders, the National Referral Mechanism process and
    reasonable and conclusive grounds decision-making, and the support available to adult victims in England
    and Wales, with non-statutory guidance for Scotland and Northern Ireland.""",
    "guidance", ["identification", "referral", "survivor-support"], ["GB"], ["en"],
    ["Home Office"], "2020-03",
    "https://webarchive.nationalarchives.gov.uk/ukgwa/20200401000000/https://www.gov.uk/government/publications/modern-slavery-how-to-identify-and-support-victims"))
X(R("nm-ho-sg23", "Modern Slavery: Statutory Guidance for England and Wales (under s49 of the Modern Slavery Act 2015) and Non-Statutory Guidance for Scotland and Northern Ireland",
    "Version updated in January 2023 for the Nationality and Borders Act 2022 changes.",
    """Version of the statutory guidance updated in January 2023 to implement changes made by the Nationality and
    Borders Act 2022: a higher threshold for reasonable grounds decisions based on objective factors,
    provisions on disqualification on public order grounds, and changes to the recovery period. Other
    sections on identification, the duty to notify and victim support were revised accordingly.""",
    "guidance", ["identification", "referral", "legislation-policy"], ["GB"], ["en"],
    ["Home Office"], "2023-01-30",
    "https://www.gov.uk/government/publications/modern-slavery-how-to-identify-and-support-victims"))
N("nm-ho-sg20", "nm-ho-sg23", "version", "statutory guidance March 2020 vs January 2023 version")

X(R("nm-tvpra08", "William Wilberforce Trafficking Victims Protection Reauthorization Act of 2008",
    "2008 reauthorisation of the US Trafficking Victims Protection Act (Public Law 110-457).",
    """Reauthorisation of the US Trafficking Victims Protection Act signed in December 2008 (Public Law
    110-457). It added protections for unaccompanied migrant children, created new criminal offences and
    broadened existing ones, introduced the automatic downgrade rule for countries kept on the Tier 2 Watch
    List for two consecutive years, strengthened T visa provisions and includes the Child Soldiers Prevention
    Act.""",
    "legislation", ["legislation-policy", "child-trafficking", "migration"], ["US"], ["en"],
    ["United States Congress"], "2008-12-23",
    "https://www.congress.gov/110/plaws/publ457/PLAW-110publ457.pdf"))
N("tvpa00-a", "nm-tvpra08", "version", "TVPA 2000 vs its 2008 reauthorisation")

X(R("nm-aus-interim17", "Modern slavery and global supply chains: Interim report of the Joint Standing Committee on Foreign Affairs, Defence and Trade's inquiry into establishing a Modern Slavery Act in Australia",
    "Interim report of the Australian Modern Slavery Act inquiry, focused on supply chain reporting.",
    """Interim report of the Australian parliamentary inquiry, tabled in September 2017, focusing on one issue:
    how to combat modern slavery in the global supply chains of Australian businesses and governments. It gave
    in-principle support to a supply chain reporting requirement modelled on, but stronger than, section 54 of
    the UK Act, with recommendations on thresholds, the content of statements and a central repository, ahead
    of the final report.""",
    "report", ["supply-chains", "legislation-policy"], ["AU"], ["en"],
    ["Parliament of Australia, Joint Standing Committee on Foreign Affairs, Defence and Trade"], "2017-09",
    "https://www.aph.gov.au/Parliamentary_Business/Committees/Joint/Foreign_Affairs_Defence_and_Trade/ModernSlavery/Interim_Report"))
N("aus-hips-a", "nm-aus-interim17", "version", "interim report vs final report of the same inquiry")

# ---------------- summary: executive summary / factsheet vs full report
X(R("nm-cndh19-res", "Diagnóstico sobre la Situación de la Trata de Personas en México 2019. Resumen Ejecutivo",
    "Resumen ejecutivo del diagnóstico 2019 de la CNDH sobre la trata de personas en México.",
    """Resumen ejecutivo del diagnóstico de la CNDH de 2019. Sintetiza la metodología, la legislación
    internacional y nacional aplicable y los tres capítulos del estudio – cifras oficiales, otras fuentes de
    información y actuación de las autoridades –, así como las conclusiones y las recomendaciones dirigidas a
    las instituciones federales y estatales.""",
    "report", ["data-research", "legislation-policy"], ["MX"], ["es"],
    ["Comisión Nacional de los Derechos Humanos"], "2019",
    "https://www.cndh.org.mx/sites/default/files/documentos/2019-07/RESUMEN-EJECUTIVO-DIAGNOSTICO-TDP-2019.pdf"))
N("cndh19-a", "nm-cndh19-res", "summary", "full diagnostic vs executive summary")

X(R("nm-fra-sle15-sum", "Severe labour exploitation: workers moving within or into the European Union – States' obligations and victims' rights. Summary",
    "Summary of FRA's 2015 report on severe labour exploitation, available in many EU languages.",
    """Short summary of FRA's 2015 report, published in many EU languages, presenting the main findings on risk
    factors, prevention, monitoring and victims' access to justice, together with the opinions FRA addresses
    to EU institutions and member states. It gives the key messages of the full report without its detailed
    analysis of fieldwork.""",
    "briefing", ["labour-exploitation", "remedy"], [], ["en"],
    ["European Union Agency for Fundamental Rights"], "2015",
    "https://fra.europa.eu/sites/default/files/fra_uploads/fra-2015-severe-labour-exploitation-summary_en.pdf"))
N("fra-sle15-a", "nm-fra-sle15-sum", "summary", "full report vs summary")

X(R("nm-gems22", "Global Estimates of Modern Slavery: Forced Labour and Forced Marriage",
    "ILO, Walk Free and IOM: 49.6 million people in modern slavery in 2021.",
    """Joint estimates by the ILO, Walk Free and IOM finding that 49.6 million people were in modern slavery on
    any given day in 2021: 27.6 million in forced labour and 22 million in forced marriage, an increase of 10
    million since 2016. The report breaks forced labour down by sector and into state-imposed and privately
    imposed forms, examines the effects of COVID-19, and finds migrant workers about three times more likely
    to be in forced labour than other workers.""",
    "data", ["data-research", "labour-exploitation", "forced-marriage", "migration"], [], ["en"],
    ["International Labour Organization", "Walk Free", "International Organization for Migration"], "2022-09",
    "https://www.ilo.org/global/topics/forced-labour/publications/WCMS_854733/lang--en/index.htm"))
X(R("nm-gems22-es", "Global Estimates of Modern Slavery: Forced Labour and Forced Marriage – Executive Summary",
    "Executive summary of the 2022 Global Estimates of Modern Slavery.",
    """Executive summary of the 2022 global estimates, presenting in a few pages the headline figures and key
    messages: the scale of forced labour and forced marriage, the growth since the previous estimates, the
    groups most affected, and the priority actions recommended to get back on track towards SDG target
    8.7.""",
    "briefing", ["data-research", "forced-marriage"], [], ["en"],
    ["ILO", "Walk Free", "IOM"], "2022-09",
    "https://www.ilo.org/wcmsp5/groups/public/---ed_norm/---ipec/documents/publication/wcms_854795.pdf"))
N("nm-gems22", "nm-gems22-es", "summary", "full report vs executive summary")

X(R("nm-osce-nrm22", "National Referral Mechanisms – Joining Efforts to Protect the Rights of Trafficked Persons: A Practical Handbook – Second Edition",
    "Second edition (2022) of the OSCE/ODIHR handbook on national referral mechanisms.",
    """Second edition of the OSCE/ODIHR handbook on national referral mechanisms, updating the 2004 original. It
    explains how states can design and improve their frameworks for identifying, referring and protecting
    trafficked persons, covering the specific needs and risks of adults and children, healthcare, survivor
    involvement and cooperation between state agencies and civil society, within a human rights-based and
    trauma-informed approach.""",
    "guidance", ["referral", "identification", "survivor-support", "partnership-working"], [], ["en"],
    ["OSCE Office for Democratic Institutions and Human Rights"], "2022",
    "https://www.osce.org/odihr/510551"))
X(R("nm-osce-nrm22-fs", "National Referral Mechanisms (Second edition) – Factsheet",
    "Factsheet summarising the second edition of the OSCE/ODIHR NRM handbook.",
    """Short factsheet accompanying the second edition of the OSCE/ODIHR handbook. It summarises what a national
    referral mechanism is, its core principles and main stages – identification, referral, assistance and
    access to justice – and directs readers to the full handbook.""",
    "factsheet", ["referral", "identification"], [], ["en"],
    ["OSCE Office for Democratic Institutions and Human Rights"], "2022",
    "https://www.osce.org/files/f/documents/NRM-handbook-factsheet.pdf"))
N("nm-osce-nrm22", "nm-osce-nrm22-fs", "summary", "handbook vs factsheet")

# ---------------- translation: other-language editions (kept as separate linked records)
X(R("nm-ca-strat19-fr", "Stratégie nationale de lutte contre la traite des personnes 2019-2024",
    "Stratégie fédérale canadienne de lutte contre la traite des personnes (version française).",
    """Stratégie quinquennale lancée par Sécurité publique Canada en septembre 2019, qui regroupe l'action
    fédérale contre la traite dans un cadre unique. Elle ajoute l'« autonomisation » aux piliers reconnus de la
    prévention, de la protection, des poursuites et des partenariats, et prévoit notamment une ligne
    d'urgence nationale, le soutien aux services aux victimes et aux survivants, la sensibilisation des
    populations les plus à risque et des mesures contre le travail forcé dans les chaînes
    d'approvisionnement.""",
    "policy", ["legislation-policy", "survivor-support", "prevention"], ["CA"], ["fr"],
    ["Sécurité publique Canada"], "2019-09-04",
    "https://www.securitepublique.gc.ca/cnt/rsrcs/pblctns/2019-ntnl-strtgy-hmnn-trffc/index-fr.aspx"))
N("ca-strat19-a", "nm-ca-strat19-fr", "translation", "English vs French edition")

X(R("nm-ch-pan17-de", "Nationaler Aktionsplan gegen Menschenhandel 2017–2020",
    "Zweiter Nationaler Aktionsplan der Schweiz gegen Menschenhandel (deutsche Fassung).",
    """Der zweite Nationale Aktionsplan der Schweiz gegen Menschenhandel legt die strategische Ausrichtung für
    2017–2020 fest und umfasst 28 Massnahmen in den Bereichen Sensibilisierung und Ausbildung, Strafverfolgung,
    Opferschutz und Zusammenarbeit. Er wurde unter der Leitung der Koordinationsstelle gegen Menschenhandel und
    Menschenschmuggel (KSMM) bei fedpol erarbeitet.""",
    "policy", ["legislation-policy", "identification"], ["CH"], ["de"],
    ["Bundesamt für Polizei fedpol"], "2017",
    "https://www.fedpol.admin.ch/fedpol/de/home/kriminalitaet/menschenhandel/nap.html"))
N("ch-pan17-a", "nm-ch-pan17-de", "translation", "French vs German edition")

X(R("nm-unhcr-gip7-fr", "Principes directeurs sur la protection internationale n° 7 : Application de l'article 1A(2) de la Convention de 1951 et/ou du Protocole de 1967 relatifs au statut des réfugiés aux victimes de la traite et aux personnes risquant d'être victimes de la traite",
    "Principes directeurs du HCR sur l'application de la définition du réfugié aux victimes de la traite (version française).",
    """Version française des principes directeurs du HCR précisant dans quelles conditions les victimes de la
    traite, ou les personnes qui risquent de l'être, peuvent se voir reconnaître la qualité de réfugié. Le
    texte examine la notion de persécution, le lien avec les motifs de la Convention, en particulier
    l'appartenance à un certain groupe social, la possibilité de réinstallation interne et les garanties
    procédurales.""",
    "guidance", ["migration", "survivor-support"], [], ["fr"],
    ["Haut Commissariat des Nations Unies pour les réfugiés"], "2006-04-07",
    "https://www.refworld.org/docid/4ad316f22.html"))
N("unhcr-gip7-a", "nm-unhcr-gip7-fr", "translation", "English vs French edition")

X(R("nm-unhcr-gip7-es", "Directrices sobre protección internacional: La aplicación del artículo 1A(2) de la Convención de 1951 o del Protocolo de 1967 sobre el Estatuto de los Refugiados en relación con las víctimas de la trata de personas y las personas que están en riesgo de ser víctimas de la trata",
    "Directrices del ACNUR sobre víctimas de trata y estatuto de refugiado (versión en español).",
    """Versión en español de las directrices n.º 7 del ACNUR. Explican que el daño sufrido en la trata puede
    constituir persecución, incluso cuando proviene de actores no estatales, y que las víctimas o las personas
    en riesgo pueden ser refugiadas si existe un vínculo con algún motivo de la Convención. También abordan la
    alternativa de huida interna y el acceso de las víctimas a los procedimientos de asilo.""",
    "guidance", ["migration", "identification"], [], ["es"],
    ["ACNUR"], "2006",
    "https://www.acnur.org/fileadmin/Documentos/BDL/2009/7076.pdf"))
N("unhcr-gip7-b", "nm-unhcr-gip7-es", "translation", "English vs Spanish edition")

X(R("nm-ohchr-rpg-fr", "Principes et directives concernant les droits de l'homme et la traite des êtres humains : recommandations",
    "Version française des Principes et directives recommandés du HCDH sur les droits de l'homme et la traite.",
    """Version française du texte du Haut-Commissariat aux droits de l'homme présenté au Conseil économique et
    social en 2002. Les principes affirment la primauté des droits de l'homme dans la lutte contre la traite,
    la protection et l'assistance aux victimes sans qu'elles soient détenues ou poursuivies pour des faits liés
    à leur situation, et la répression effective des trafiquants ; les directives en précisent la mise en
    œuvre.""",
    "guidance", ["legislation-policy", "survivor-support"], [], ["fr"],
    ["Haut-Commissariat des Nations Unies aux droits de l'homme"], "2002",
    "https://www.ohchr.org/Documents/Publications/Traffickingfr.pdf"))
N("ohchr-rpg-a", "nm-ohchr-rpg-fr", "translation", "English vs French edition")

X(R("nm-cedaw-gr38-es", "Recomendación general núm. 38 (2020), relativa a la trata de mujeres y niñas en el contexto de la migración mundial",
    "Recomendación general 38 del Comité CEDAW sobre la trata de mujeres y niñas (versión en español).",
    """Versión en español de la recomendación del Comité para la Eliminación de la Discriminación contra la Mujer
    adoptada en noviembre de 2020. Sitúa la trata de mujeres y niñas en el contexto de la discriminación por
    razón de sexo, la desigualdad económica y las políticas migratorias restrictivas, y precisa las
    obligaciones de los Estados en materia de prevención, demanda, tecnología, situaciones de conflicto y
    acceso de las víctimas a la justicia.""",
    "policy", ["gender", "migration", "legislation-policy"], [], ["es"],
    ["Comité para la Eliminación de la Discriminación contra la Mujer"], "2020-11-06",
    "https://tbinternet.ohchr.org/_layouts/15/treatybodyexternal/Download.aspx?symbolno=CEDAW/C/GC/38&Lang=sp"))
N("cedaw-gr38-a", "nm-cedaw-gr38-es", "translation", "English vs Spanish edition")

X(R("nm-ungp-fr", "Principes directeurs relatifs aux entreprises et aux droits de l'homme : mise en œuvre du cadre de référence « protéger, respecter et réparer » des Nations Unies",
    "Version française des Principes directeurs des Nations Unies relatifs aux entreprises et aux droits de l'homme.",
    """Version française des 31 principes approuvés par le Conseil des droits de l'homme en 2011. Ils reposent sur
    trois piliers : l'obligation de protéger de l'État, la responsabilité des entreprises de respecter les
    droits de l'homme et l'accès des victimes à des voies de recours effectives, et décrivent la diligence
    raisonnable attendue des entreprises.""",
    "policy", ["supply-chains", "remedy"], [], ["fr"],
    ["Haut-Commissariat des Nations Unies aux droits de l'homme"], "2011",
    "https://www.ohchr.org/documents/publications/guidingprinciplesbusinesshr_fr.pdf"))
N("ungp-a", "nm-ungp-fr", "translation", "English vs French edition")

X(R("nm-oecd-ddg-fr", "Guide OCDE sur le devoir de diligence pour une conduite responsable des entreprises",
    "Version française du guide de l'OCDE sur le devoir de diligence.",
    """Version française du guide adopté par l'OCDE en 2018. Il présente un cadre en six étapes permettant aux
    entreprises d'identifier, de prévenir et d'atténuer les impacts négatifs de leurs activités et de leurs
    chaînes d'approvisionnement – y compris le travail forcé, le travail des enfants et la traite –, de rendre
    compte de leurs actions et de contribuer à la réparation.""",
    "guidance", ["supply-chains", "remedy"], [], ["fr"],
    ["OCDE"], "2018",
    "https://mneguidelines.oecd.org/Guide-OCDE-sur-le-devoir-de-diligence-pour-une-conduite-responsable-des-entreprises.pdf"))
N("oecd-ddg-a", "nm-oecd-ddg-fr", "translation", "English vs French edition")

# ---------------- lookalike: different works with similar titles
X(R("nm-eti-cl", "Base Code Guidance: Child labour",
    "ETI guidance on implementing Base Code clause 4 – child labour shall not be used.",
    """Ethical Trading Initiative guidance on implementing Base Code clause 4 – child labour shall not be used. It
    explains international standards on minimum age and hazardous work, how to assess the risk of child labour
    in supply chains, and why simply dismissing children can leave them worse off; it describes remediation
    that puts the child's best interests first, such as enrolment in school and support to families.""",
    "guidance", ["supply-chains", "child-trafficking", "remedy"], [], ["en"],
    ["Ethical Trading Initiative"], None,
    "https://www.ethicaltrade.org/resources/base-code-guidance-child-labour"))
N("eti-ms-a", "nm-eti-cl", "lookalike", "same series, different clause: modern slavery vs child labour")

X(R("nm-pac-rms18", "Reducing modern slavery",
    "Public Accounts Committee report (HC 886, 2018) following the NAO audit of the UK's modern slavery response.",
    """Report of the House of Commons Committee of Public Accounts (Thirty-Sixth Report of Session 2017–19),
    written after taking evidence from the Home Office, the National Crime Agency and the Independent
    Anti-Slavery Commissioner on the basis of the National Audit Office's audit. The committee concluded that
    the Home Office had no means of monitoring whether its strategy was working, did not know how much was
    being spent and was failing to support victims adequately, and it made recommendations on measurement,
    victim care and business compliance.""",
    "report", ["legislation-policy", "survivor-support", "supply-chains"], ["GB"], ["en"],
    ["House of Commons Committee of Public Accounts"], "2018-05-02",
    "https://publications.parliament.uk/pa/cm201719/cmselect/cmpubacc/886/886.pdf"))
N("nao-rms-a", "nm-pac-rms18", "lookalike", "NAO audit vs Public Accounts Committee report with the same title")

X(R("nm-unodc-consent", "Issue Paper: The Role of 'Consent' in the Trafficking in Persons Protocol",
    "UNODC issue paper on how the victim's consent is treated in trafficking law and practice.",
    """UNODC issue paper examining how the consent of a victim is treated under the Trafficking in Persons
    Protocol, which makes consent irrelevant where any of the listed means are used and in all cases involving
    children. Based on a study of legislation and practice in a range of states, it explores the evidential and
    conceptual difficulties this creates for investigators, prosecutors and courts, particularly where victims
    appear to have agreed to their situation.""",
    "research", ["legislation-policy", "prosecution"], [], ["en"],
    ["United Nations Office on Drugs and Crime"], "2014",
    "https://www.unodc.org/documents/human-trafficking/2014/UNODC_2014_Issue_Paper_Consent.pdf"))
N("unodc-exploit-a", "nm-unodc-consent", "lookalike", "two UNODC issue papers on different Protocol concepts")

X(R("nm-icat-ib03", "Trafficking in Persons and Refugee Status",
    "ICAT Issue Brief 03 on the relationship between trafficking and refugee status.",
    """ICAT issue brief clarifying the relationship between refugee status and trafficking in persons across
    different situations, and recommending what states can do to ensure that victims of trafficking have
    access to international protection as refugees where they need it, including referral between asylum and
    anti-trafficking systems.""",
    "briefing", ["migration", "referral"], [], ["en"],
    ["Inter-Agency Coordination Group against Trafficking in Persons"], "2017-09",
    "https://icat.un.org/sites/g/files/tmbgdz971/files/publications/icat-ib-03-v.1.pdf"))
N("icat-ib04-a", "nm-icat-ib03", "lookalike", "two ICAT issue briefs of the same series")

X(R("nm-ilo-ifl12", "ILO Indicators of Forced Labour",
    "Eleven indicators of forced labour for frontline actors.",
    """Short ILO booklet presenting eleven indicators of forced labour – abuse of vulnerability, deception,
    restriction of movement, isolation, physical and sexual violence, intimidation and threats, retention of
    identity documents, withholding of wages, debt bondage, abusive working and living conditions, and
    excessive overtime – with explanations for labour inspectors, trade unions, NGOs and other frontline
    actors.""",
    "toolkit", ["identification", "labour-exploitation", "debt-bondage"], [], ["en"],
    ["International Labour Organization"], "2012",
    "https://www.ilo.org/wcmsp5/groups/public/---ed_norm/---declaration/documents/publication/wcms_203832.pdf"))
N("ilo-opind-a", "nm-ilo-ifl12", "lookalike", "ILO trafficking indicators (2009) vs ILO forced labour indicators (2012)")

X(R("nm-uk-tisc15", "Transparency in Supply Chains etc. A practical guide",
    "Home Office guidance on slavery and human trafficking statements under section 54 of the Modern Slavery Act 2015.",
    """Home Office guidance under section 54 of the Modern Slavery Act 2015 for commercial organisations with an
    annual turnover of £36 million or more, which must publish a slavery and human trafficking statement each
    financial year. It explains which organisations are covered, the requirements for board approval and
    website publication, and the six areas a statement may cover: structure and supply chains, policies, due
    diligence, risk assessment, effectiveness and training.""",
    "guidance", ["supply-chains", "legislation-policy"], ["GB"], ["en"],
    ["Home Office"], "2015-10-29",
    "https://www.gov.uk/government/publications/transparency-in-supply-chains-a-practical-guide"))
X(R("nm-au-guide19", "Commonwealth Modern Slavery Act 2018: Guidance for Reporting Entities",
    "Australian Government guidance on modern slavery statements under the Modern Slavery Act 2018.",
    """Guidance from the Australian Government's Department of Home Affairs for entities with annual consolidated
    revenue of at least AUD 100 million that must report under the Modern Slavery Act 2018. It explains the
    seven mandatory reporting criteria, how to assess and address modern slavery risks in operations and
    supply chains, joint statements, board approval and how to lodge statements on the online register.""",
    "guidance", ["supply-chains", "legislation-policy"], ["AU"], ["en"],
    ["Australian Government, Department of Home Affairs"], "2019",
    "https://modernslaveryregister.gov.au/resources/Modern_Slavery_Reporting_Entities.pdf"))
N("nm-uk-tisc15", "nm-au-guide19", "lookalike", "modern slavery statement guidance from two different governments")

X(R("nm-ne-ord10", "Ordonnance n° 2010-86 du 16 décembre 2010 relative à la lutte contre la traite des personnes",
    "Texte nigérien incriminant la traite des personnes et les pratiques assimilées.",
    """Texte nigérien adopté par ordonnance en décembre 2010 pour incriminer la traite des personnes et les
    pratiques assimilées, dont l'esclavage. Il prévoit la création d'une commission nationale de coordination
    et d'une agence nationale de lutte contre la traite des personnes, ainsi qu'un fonds d'indemnisation des
    victimes. Une relecture a été engagée en 2016 pour l'harmoniser avec la loi de 2015 sur le trafic illicite
    de migrants.""",
    "legislation", ["legislation-policy", "remedy"], ["NE"], ["fr"],
    ["République du Niger"], "2010-12-16",
    "https://anltpniger.com/ordonnance-2010-086-relative-a-la-lutte-contre-la-traite-des-personnes"))
N("sn-loi05-a", "nm-ne-ord10", "lookalike", "anti-trafficking laws of two different countries (Senegal vs Niger)")

X(R("nm-tn-loi16", "Loi organique n° 2016-61 du 3 août 2016, relative à la prévention et la lutte contre la traite des personnes",
    "Loi organique tunisienne contre la traite des personnes, instituant l'Instance nationale de lutte.",
    """Loi organique tunisienne de 66 articles, votée en juillet 2016 et promulguée le 3 août 2016. Elle vise à
    prévenir toutes les formes d'exploitation, notamment des femmes et des enfants, à réprimer la traite et à
    protéger et assister les victimes, et crée l'Instance nationale de lutte contre la traite des personnes.
    Elle précise que le consentement de la victime est sans effet lorsque des moyens de contrainte ont été
    utilisés.""",
    "legislation", ["legislation-policy", "survivor-support"], ["TN"], ["fr"],
    ["République tunisienne"], "2016-08-03",
    "https://legislation-securite.tn/latest-laws/loi-organique-n-2016-61-du-3-aout-2016-relative-a-la-prevention-et-la-lutte-contre-la-traite-des-personnes"))
N("ma-loi14-a", "nm-tn-loi16", "lookalike", "Moroccan vs Tunisian anti-trafficking law, both 2016")

X(R("nm-sv-ley14", "Ley Especial contra la Trata de Personas",
    "Ley salvadoreña de 2014 contra la trata de personas (Decreto Legislativo n.º 824).",
    """Ley salvadoreña aprobada en octubre de 2014 (Decreto Legislativo n.º 824) que tiene por objeto la
    detección, prevención, persecución y sanción de la trata de personas, así como la atención, protección y
    restitución integral de los derechos de las víctimas. Fortalece el Consejo Nacional contra la Trata de
    Personas como ente rector y define modalidades de explotación como la servidumbre, la explotación sexual,
    los trabajos forzados, la mendicidad forzada, el embarazo forzado y el matrimonio forzado.""",
    "legislation", ["legislation-policy", "forced-marriage", "survivor-support"], ["SV"], ["es"],
    ["Asamblea Legislativa de El Salvador"], "2014-10-16",
    "https://www.asamblea.gob.sv/decretos/details/2587"))
N("gt-9-2009-a", "nm-sv-ley14", "lookalike", "Guatemalan vs Salvadoran anti-trafficking law")

N("pe-28950-a", "cl-20507-a", "lookalike", "Peruvian vs Chilean law on trafficking and migrant smuggling")

# ---------------- part: a component or companion of a larger publication
X(R("nm-ohchr-comm10", "Recommended Principles and Guidelines on Human Rights and Human Trafficking: Commentary",
    "OHCHR's 2010 commentary explaining the legal basis of each of the 2002 Recommended Principles and Guidelines.",
    """Detailed commentary published by OHCHR in 2010 explaining the legal basis and practical implications of
    each of the 2002 Recommended Principles and Guidelines. Drawing on treaty law, jurisprudence and the work of
    human rights bodies, it clarifies issues such as the non-criminalisation of victims, the right to a remedy,
    states' due diligence obligations and the rights of trafficked children.""",
    "guidance", ["legislation-policy", "remedy", "child-trafficking"], [], ["en"],
    ["Office of the United Nations High Commissioner for Human Rights"], "2010",
    "https://www.ohchr.org/Documents/Publications/Commentary_Human_Trafficking_en.pdf"))
N("ohchr-rpg-a", "nm-ohchr-comm10", "part", "principles vs companion commentary")

X(R("nm-glotip18", "Global Report on Trafficking in Persons 2018",
    "UNODC's 2018 global report (Booklet 1) on patterns and flows of trafficking in persons.",
    """The 2018 Global Report on Trafficking in Persons (Booklet 1) gives a comprehensive analysis of the crime of
    trafficking in persons and of how countries are responding to it, based on data UNODC collects under the
    2010 Global Plan of Action. The number of reported victims has increased, which may reflect both more
    trafficking and better detection, and convictions have risen in several regions.""",
    "report", ["data-research", "prosecution"], [], ["en"],
    ["United Nations Office on Drugs and Crime"], "2018-12",
    "https://www.unodc.org/documents/data-and-analysis/glotip/2018/GLOTiP_2018_BOOK_web_small.pdf"))
X(R("nm-glotip18-b2", "Global Report on Trafficking in Persons 2018 – Booklet 2: Trafficking in persons in the context of armed conflict",
    "Thematic booklet of the 2018 UNODC Global Report on trafficking in armed conflict.",
    """Thematic booklet of UNODC's 2018 Global Report, based on a desk review of the literature, court cases from
    international criminal courts and tribunals, and interviews with UN peacekeeping personnel. It describes
    how armed groups and opportunistic criminals traffic people in conflict settings – for sexual slavery,
    forced marriage, forced labour and the recruitment of child soldiers – and how displacement increases
    vulnerability.""",
    "research", ["conflict-crisis", "child-trafficking", "sexual-exploitation"], [], ["en"],
    ["United Nations Office on Drugs and Crime"], "2018-12",
    "https://www.unodc.org/documents/data-and-analysis/glotip/2018/GloTIP2018_BOOKLET_2_Conflict.pdf"))
N("nm-glotip18", "nm-glotip18-b2", "part", "main report vs thematic booklet")

X(R("nm-eu-prog3", "Third report on the progress made in the fight against trafficking in human beings (2020) as required under Article 20 of Directive 2011/36/EU",
    "European Commission progress report on trafficking in the EU, with data for 2017–2018.",
    """European Commission report to the European Parliament and the Council on progress in the fight against
    trafficking in the EU, based mainly on data for 2017–2018. It records over 14,000 registered victims in the
    EU, around half of them EU citizens, notes that trafficking for sexual exploitation remains predominant
    while labour exploitation is increasing, and reviews member states' implementation of the Anti-Trafficking
    Directive.""",
    "report", ["data-research", "legislation-policy", "sexual-exploitation"], [], ["en"],
    ["European Commission"], "2020-10-20",
    "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52020DC0661"))
X(R("nm-eu-prog3-swd", "Commission Staff Working Document accompanying the Third report on the progress made in the fight against trafficking in human beings",
    "Staff working document accompanying the Commission's third progress report on trafficking (SWD(2020) 226).",
    """Detailed companion to the Commission's third progress report, containing the statistical annex and a
    fuller account of measures taken by member states and EU agencies on identification, prosecution,
    assistance, prevention and cooperation, drawing on contributions from national rapporteurs and civil
    society.""",
    "data", ["data-research", "partnership-working"], [], ["en"],
    ["European Commission"], "2020-10-20",
    "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52020SC0226"))
N("nm-eu-prog3", "nm-eu-prog3-swd", "part", "progress report vs accompanying staff working document")

X(R("nm-tip21-th", "2021 Trafficking in Persons Report: Thailand",
    "Country narrative on Thailand from the 2021 TIP Report (Tier 2 Watch List).",
    """Country chapter on Thailand from the State Department's 2021 Trafficking in Persons Report. It places
    Thailand on the Tier 2 Watch List, noting fewer investigations, prosecutions and victims identified,
    persistent forced labour risks in fishing and other sectors, and official complicity, while acknowledging
    some government efforts, and ends with prioritised recommendations.""",
    "report", ["fishing", "legislation-policy", "prosecution"], ["TH"], ["en"],
    ["U.S. Department of State"], "2021-07-01",
    "https://www.state.gov/reports/2021-trafficking-in-persons-report/thailand/"))
N("tip21-c", "nm-tip21-th", "part", "whole TIP report vs one country chapter")

X(R("nm-unodc-manual09", "Anti-human trafficking manual for criminal justice practitioners",
    "UNODC training manual for police, prosecutors and judges, in fourteen modules.",
    """Training manual developed by UNODC to help police, prosecutors and judges respond to trafficking cases.
    Its fourteen modules cover definitions, indicators, risk assessment, crime scenes and physical evidence,
    interviewing victims as witnesses, interpretation, victims' needs and protection, international
    cooperation and judicial proceedings; each can be used as a stand-alone training unit.""",
    "training", ["prosecution", "identification", "survivor-support"], [], ["en"],
    ["United Nations Office on Drugs and Crime"], "2009",
    "https://www.unodc.org/unodc/en/human-trafficking/2009/anti-human-trafficking-manual.html"))
X(R("nm-unodc-manual-m1", "Anti-human trafficking manual for criminal justice practitioners – Module 1: Definitions of trafficking in persons and smuggling of migrants",
    "Module 1 of the UNODC manual: the elements of trafficking and how it differs from migrant smuggling.",
    """First module of UNODC's manual for criminal justice practitioners. It explains the elements of the
    offence of trafficking in persons under the UN Protocol – act, means and purpose – and how it differs from
    the smuggling of migrants, with exercises to help practitioners distinguish the two crimes in real
    cases.""",
    "training", ["prosecution", "migration"], [], ["en"],
    ["United Nations Office on Drugs and Crime"], "2009",
    "https://www.unodc.org/documents/human-trafficking/TIP_module1_Ebook.pdf"))
N("nm-unodc-manual09", "nm-unodc-manual-m1", "part", "manual vs one of its training modules")
