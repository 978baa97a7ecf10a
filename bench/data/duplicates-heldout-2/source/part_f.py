# -*- coding: utf-8 -*-
"""Business and human rights, NGO investigations, datasets."""
from common import R, cluster, extra, near

# ---------------------------------------------------------------- KnowTheChain ICT 2018
cluster("ktc-ict2018", [
    R("2018 Information & Communications Technology Benchmark Findings Report", "", "data",
      "supply-chains manufacturing data-research", "", "en", "KnowTheChain", "2018",
      "https://knowthechain.org/benchmarks/2018-information-and-communications-technology-benchmark/",
      "KnowTheChain ranks the largest ICT companies on how they address forced labour in supply chains.",
      """Second benchmark of the world's largest information and communications
      technology companies by KnowTheChain. Companies are scored on commitment and
      governance, traceability and risk assessment, purchasing practices,
      recruitment, worker voice, monitoring and remedy. The findings show that
      while most companies have policies, few can show action deep in their supply
      chains, and recruitment fees paid by migrant workers in electronics
      manufacturing remain a major issue."""),
    R("KnowTheChain ICT Benchmark 2018: Findings Report", "acronym title-affix case-punct", "research",
      "supply-chains labour-exploitation", "", "en", "Know the Chain", "2018-10",
      "https://knowthechain.org/wp-content/uploads/KTC_ICT_2018_Findings_Report.pdf",
      "Electronics companies' efforts on forced labour compared, with scores and themes.",
      """Benchmark report comparing ICT companies on forced labour risks. It
      highlights leaders and laggards, notes that worker voice and remedy are the
      weakest themes, and recommends that companies reimburse recruitment fees,
      engage with trade unions and disclose supplier lists. KnowTheChain is a
      partnership of Humanity United, the Business & Human Rights Resource
      Centre, Sustainalytics and Verité."""),
])
extra("ktc-ict2020", R(
    "2020 ICT Benchmark Findings Report", "", "data", "supply-chains manufacturing", "", "en",
    "KnowTheChain", "2020",
    "https://knowthechain.org/wp-content/uploads/2020-KTC-ICT-Benchmark-Report.pdf",
    "KnowTheChain's third ICT benchmark on forced labour.",
    """The 2020 edition of KnowTheChain's benchmark of information and communications
    technology companies, assessing their policies and practices on forced labour
    risks and comparing them with the 2016 and 2018 rounds. Companies are scored on
    themes such as recruitment, purchasing practices, worker voice and remedy, and
    the report notes where average scores have changed."""))
extra("ktc-fb2018", R(
    "2018 Food & Beverage Benchmark Findings Report", "", "data", "supply-chains agriculture", "", "en",
    "KnowTheChain", "2018",
    "https://knowthechain.org/benchmarks/2018-food-and-beverage-benchmark/",
    "KnowTheChain's 2018 benchmark of food and beverage companies on forced labour.",
    """Benchmark of large food and beverage companies on how they address forced labour
    in their supply chains, using the same methodology as the ICT benchmark and
    highlighting risks in agricultural commodities and seafood, where migrant and
    seasonal workers are particularly exposed to recruitment debt."""))
near("ktc-ict2018/0", "ktc-ict2020", "edition", "KnowTheChain ICT benchmark 2018 vs 2020")
near("ktc-ict2018/1", "ktc-fb2018", "lookalike", "KnowTheChain 2018 benchmarks: ICT vs Food & Beverage")

# ---------------------------------------------------------------- RBA Code of Conduct 7.0
cluster("rba-code7", [
    R("Responsible Business Alliance Code of Conduct Version 7.0", "", "policy",
      "supply-chains manufacturing labour-exploitation", "", "en", "Responsible Business Alliance", "2021",
      "https://www.responsiblebusiness.org/code-of-conduct/",
      "The electronics industry's code on labour, health and safety, environment and ethics, version 7.0.",
      """Industry code of conduct of the Responsible Business Alliance, formerly the
      Electronic Industry Citizenship Coalition, effective from 2021. Its labour
      section prohibits forced, bonded and indentured labour and trafficking,
      requires that workers not pay recruitment fees, bans retention of identity
      documents, and sets standards on working hours, wages and freedom of
      association. Members commit to apply it in their supply chains."""),
    R("RBA Code of Conduct v7.0", "acronym case-punct", "policy", "supply-chains", "", "en",
      "RBA", "2021-01",
      "https://www.responsiblebusiness.org/media/docs/RBACodeofConduct7.0_English.pdf",
      "Version 7.0 of the RBA supply chain code, including its forced labour provisions.",
      """PDF of the RBA Code, version 7.0. The freely chosen employment provision
      covers trafficking, prison labour and recruitment fees, and requires that
      workers receive written contracts in their own language before leaving their
      home country. The code is supported by audits (the Validated Assessment
      Program) and applies to first-tier suppliers of member companies."""),
])
extra("rba-code6", R(
    "Responsible Business Alliance Code of Conduct Version 6.0", "", "policy",
    "supply-chains manufacturing", "", "en", "Responsible Business Alliance", "2018",
    "https://www.responsiblebusiness.org/media/docs/RBACodeofConduct6.0_English.pdf",
    "Version 6.0 of the RBA (ex-EICC) code of conduct, effective 2018.",
    """Earlier version of the Responsible Business Alliance code, the first issued
    under the alliance's new name. It sets labour, health and safety, environmental
    and ethics standards for electronics and other supply chains, including the
    prohibition of forced labour and worker-paid recruitment fees."""))
near("rba-code7/1", "rba-code6", "version", "RBA Code of Conduct version 7.0 vs 6.0")

# ---------------------------------------------------------------- Dhaka Principles
cluster("dhaka2012", [
    R("Dhaka Principles for Migration with Dignity", "", "guidance",
      "migration supply-chains labour-exploitation", "", "en",
      "Institute for Human Rights and Business", "2012-12",
      "https://www.ihrb.org/dhaka-principles",
      "Ten principles for respecting migrant workers' rights from recruitment to return.",
      """A set of human rights principles for employers and recruitment agencies,
      developed by the Institute for Human Rights and Business with business, trade
      unions and civil society. Covering the whole migration cycle, they state that
      no fees should be charged to migrant workers, that workers should keep their
      passports, receive written contracts they understand and be paid regularly,
      and have freedom of movement, access to remedy and safe return."""),
    R("The Dhaka Principles for migration with dignity", "leading-the case-punct", "guidance",
      "migration", "BD", "en", "IHRB", "2012",
      "https://www.ihrb.org/uploads/reports/DhakaPrinciples.pdf",
      "IHRB's Dhaka Principles: responsible recruitment and employment of migrant workers.",
      """Principles launched by IHRB in Dhaka and grounded in the UN Guiding Principles
      on Business and Human Rights. They apply to the entire chain of actors
      involved in labour migration and served as a foundation for the Employer Pays
      Principle and industry initiatives against forced labour. Two core principles
      are accompanied by rules for recruitment, employment and end of
      employment."""),
])

# ---------------------------------------------------------------- CORE Beyond Compliance
cluster("core-beyond2016", [
    R("Beyond Compliance: Effective Reporting under the Modern Slavery Act", "", "guidance",
      "supply-chains legislation-policy", "GB", "en", "CORE Coalition", "2016-02",
      "https://corporate-responsibility.org/resources/beyond-compliance-effective-reporting-modern-slavery-act/",
      "Civil society guide to writing meaningful modern slavery statements under section 54.",
      """Guide for commercial organisations on the transparency in supply chains
      clause of the UK Modern Slavery Act, written from a civil society perspective.
      It explains what section 54 requires and what good reporting looks like on
      each of the suggested areas — structure and supply chains, policies, due
      diligence, risk assessment, effectiveness and training — urging companies to
      go beyond minimum compliance and report honestly on risks found."""),
    R("Beyond compliance - effective reporting under the Modern Slavery Act: a civil society guide for commercial organisations",
      "subtitle case-punct", "toolkit", "supply-chains", "GB", "en",
      "Corporate Responsibility Coalition", "2016",
      "https://corporate-responsibility.org/wp-content/uploads/2016/03/CSO_TISC_guidance_final_digitalversion_16.03.16.pdf",
      "NGO guidance for businesses on modern slavery statements that go beyond box-ticking.",
      """Guidance published by the CORE coalition of NGOs soon after the
      transparency in supply chains provision came into force. It sets out civil
      society's expectations of company statements, with examples of helpful and
      unhelpful disclosures, and encourages companies to engage with workers and
      trade unions, address purchasing practices and provide remedy."""),
])

# ---------------------------------------------------------------- Greenpeace Turn the Tide 2016
cluster("gp-turntide2016", [
    R("Turn The Tide: Human Rights Abuses and Illegal Fishing in Thailand's Overseas Fishing Industry",
      "", "research", "fishing labour-exploitation supply-chains", "TH", "en",
      "Greenpeace Southeast Asia", "2016-12",
      "https://www.greenpeace.org/southeastasia/publication/711/turn-the-tide/",
      "Greenpeace investigation into forced labour and illegal fishing on Thai distant-water vessels.",
      """Investigation tracing Thai-owned fishing vessels operating far from home, in
      particular in the Saya de Malha Bank in the Indian Ocean, and transshipping
      their catch at sea. Greenpeace documents abuses reported by Cambodian and
      Myanmar crew — long hours, violence, withheld wages and years at sea — and
      links the catch to supply chains reaching international markets. It calls on
      Thailand to control its overseas fleet."""),
    R("Turn the tide", "subtitle case-punct", "research", "fishing", "TH KH MM", "en",
      "Greenpeace", "2016",
      "https://www.greenpeace.org/static/planet4-southeastasia-stateless/2019/05/Turn-The-Tide.pdf",
      "Human rights abuses and illegal fishing in Thailand's distant-water fleet.",
      """Greenpeace report on how Thailand's reforms of coastal fisheries pushed some
      vessels further out to sea, beyond effective control. Transshipment lets
      boats stay out for months or years, keeping crews isolated. The report
      recommends a ban on transshipment at sea, electronic monitoring and
      stronger labour protections for migrant fishers."""),
])

# ---------------------------------------------------------------- HRW UAE 2014
cluster("hrw-uae2014", [
    R("\"I Already Bought You\": Abuse and Exploitation of Female Migrant Domestic Workers in the United Arab Emirates",
      "", "research", "domestic-servitude migration gender", "AE", "en", "Human Rights Watch", "2014-10-22",
      "https://www.hrw.org/report/2014/10/22/i-already-bought-you/abuse-and-exploitation-female-migrant-domestic-workers-united",
      "HRW documents abuse of migrant domestic workers in the UAE under the kafala system.",
      """Based on interviews with dozens of female migrant domestic workers in the
      UAE, Human Rights Watch documents unpaid wages, confiscation of passports,
      excessive hours without rest, confinement, and physical and sexual abuse,
      in some cases amounting to forced labour or trafficking. It shows how the
      kafala sponsorship system and exclusion from labour law leave workers
      trapped, and calls for reform."""),
    R("I already bought you", "subtitle case-punct", "research", "domestic-servitude", "AE", "en",
      "Human Rights Watch", "2014",
      "https://www.hrw.org/sites/default/files/reports/uae1014_forUpload.pdf",
      "Migrant domestic workers in the Emirates describe abuse and entrapment.",
      """Human Rights Watch report on domestic workers from Asia and Africa employed
      in UAE households. Workers who flee abusive employers can be charged with
      'absconding', and recruitment agencies often return them to employers. The
      report urges the UAE to extend labour law protections, reform sponsorship,
      and ratify the ILO Domestic Workers Convention, and asks countries of origin
      to protect their nationals."""),
])

# ---------------------------------------------------------------- Amnesty Ugly Side 2016
cluster("amnesty-ugly2016", [
    R("The Ugly Side of the Beautiful Game: Exploitation of migrant workers on a Qatar 2022 World Cup site",
      "", "research", "construction labour-exploitation migration", "QA", "en",
      "Amnesty International", "2016-03-31",
      "https://www.amnesty.org/en/documents/mde22/3548/2016/en/",
      "Amnesty investigation into forced labour and abuse at the Khalifa International Stadium.",
      """Amnesty International interviewed migrant workers renovating the Khalifa
      International Stadium and landscaping the surrounding Aspire Zone in Qatar.
      Workers reported paying high recruitment fees, being deceived about pay,
      having passports confiscated, living in squalid camps and being threatened
      for complaining — some of it amounting to forced labour. The report
      criticises FIFA and contractors and calls for abolition of the kafala
      system."""),
    R("Ugly side of the beautiful game", "leading-the subtitle case-punct", "report",
      "construction migration", "QA", "en", "Amnesty", "2016",
      "https://www.amnesty.org/download/Documents/MDE2235482016ENGLISH.PDF",
      "Migrant workers on a Qatar World Cup stadium site faced deception, debt and forced labour.",
      """Report on abuses against workers from Bangladesh, India and Nepal building a
      flagship World Cup venue. Workers could not change jobs or leave the country
      without their employer's permission, and some were threatened with withheld
      wages for speaking out. Amnesty calls on FIFA, the Supreme Committee and
      Qatar to ensure labour rights are respected on all World Cup projects."""),
])

# ---------------------------------------------------------------- Amnesty Exploited for profit 2013
cluster("amnesty-hk2013", [
    R("Exploited for Profit, Failed by Governments: Indonesian Migrant Domestic Workers Trafficked to Hong Kong",
      "", "research", "domestic-servitude migration debt-bondage", "HK ID", "en",
      "Amnesty International", "2013-11",
      "https://www.amnesty.org/en/documents/asa17/029/2013/en/",
      "Amnesty report on Indonesian domestic workers trafficked to Hong Kong through debt and deception.",
      """Amnesty International documents how Indonesian women recruited as domestic
      workers for Hong Kong are charged excessive fees by recruitment agencies,
      leaving them in debt bondage, and are then subjected to confiscation of
      documents, restricted movement, unpaid wages and abuse. It concludes that
      many are victims of trafficking and forced labour and that both governments
      fail to enforce their own laws."""),
    R("Exploited for profit, failed by governments", "subtitle case-punct", "research",
      "domestic-servitude migration", "HK", "en", "Amnesty International", "2013",
      "https://www.amnesty.org/download/Documents/16000/asa170292013en.pdf",
      "Indonesian domestic workers in Hong Kong: debt, deception and forced labour.",
      """Report on the recruitment and employment of Indonesian migrant domestic
      workers in Hong Kong. Mandatory training centres in Indonesia, illegal
      placement fees deducted from wages and the 'two-week rule' forcing workers
      to leave Hong Kong after losing a job are identified as drivers of
      exploitation. Amnesty calls on Indonesia and Hong Kong to regulate agencies
      and repeal restrictive rules."""),
])

# ---------------------------------------------------------------- Global Slavery Index 2013
cluster("gsi2013", [
    R("The Global Slavery Index 2013", "", "data",
      "data-research forms-of-exploitation", "", "en", "Walk Free Foundation", "2013-10-17",
      "https://www.globalslaveryindex.org/2013/",
      "First edition of the Global Slavery Index: 29.8 million people in modern slavery across 162 countries.",
      """The first Global Slavery Index ranked 162 countries by the estimated
      prevalence of modern slavery, with an estimated 29.8 million people
      enslaved worldwide. India had the largest absolute number, and Mauritania
      the highest prevalence. Alongside the estimates, the index assessed the risk
      of modern slavery and government responses, while acknowledging the
      limitations of the data in this first attempt."""),
    R("Global Slavery Index 2013", "leading-the", "research",
      "data-research", "IN MR", "en", "Walk Free", "2013",
      "https://www.globalslaveryindex.org/resources/downloads/2013/GlobalSlaveryIndex_2013_Download_WEB1.pdf",
      "Country-by-country estimates of modern slavery, the 2013 edition.",
      """Full PDF of the 2013 index. It combines estimated prevalence with measures of
      child marriage and human trafficking flows, and provides country studies for
      selected countries. Ten countries — including India, China, Pakistan,
      Nigeria and Ethiopia — account for most of the people in modern slavery.
      Methodological notes explain the extrapolation from surveys and secondary
      sources."""),
    R("Global slavery index", "leading-the title-affix=noyear case-punct", "data",
      "data-research legislation-policy", "", "en", "Walk Free Foundation", None,
      "https://www.humantraffickingsearch.org/resource/global-slavery-index-2013/",
      "Walk Free's ranking of countries by modern slavery prevalence (first edition).",
      """Walk Free Foundation's index, launched by Andrew Forrest, which aims to
      measure the size of modern slavery in each country. The first edition caused
      debate about its methods but brought attention to the scale of forced labour,
      forced marriage and trafficking and to the quality of government responses.
      Later editions changed the methodology and are not directly
      comparable."""),
])
extra("gsi2014", R(
    "The Global Slavery Index 2014", "", "data", "data-research", "", "en",
    "Walk Free Foundation", "2014-11-17",
    "https://www.globalslaveryindex.org/2014/",
    "Second edition of the Global Slavery Index, estimating 35.8 million people in modern slavery.",
    """The 2014 edition of the index, covering 167 countries and estimating 35.8
    million people in modern slavery, with a revised methodology including random
    sample surveys in several countries and an expanded assessment of government
    responses. Its figures are not directly comparable with the 2013 edition
    because of these changes in method."""))
near("gsi2013/0", "gsi2014", "edition", "Global Slavery Index 2013 vs 2014")

# ---------------------------------------------------------------- BKA Bundeslagebild 2019
cluster("bka-blb2019", [
    R("Menschenhandel und Ausbeutung – Bundeslagebild 2019", "", "data",
      "data-research prosecution sexual-exploitation labour-exploitation", "DE", "de",
      "Bundeskriminalamt", "2020",
      "https://www.bka.de/DE/AktuelleInformationen/StatistikenLagebilder/Lagebilder/Menschenhandel/menschenhandel_node.html",
      "Jahreslagebild des BKA zu Menschenhandel und Ausbeutung in Deutschland, Berichtsjahr 2019.",
      """Das Bundeslagebild des Bundeskriminalamts fasst die polizeilich
      abgeschlossenen Ermittlungsverfahren zu Menschenhandel und Ausbeutung in
      Deutschland für das Jahr 2019 zusammen. Es unterscheidet sexuelle
      Ausbeutung, Arbeitsausbeutung, Ausbeutung bei der Ausübung der Bettelei und
      strafbarer Handlungen sowie Kinderhandel, und beschreibt Herkunft der Opfer
      und Tatverdächtigen, Anwerbemethoden und Entwicklungen gegenüber dem
      Vorjahr."""),
    R("Human Trafficking and Exploitation: Federal Situation Report 2019", "translated-title", "report",
      "data-research prosecution", "DE", "de", "BKA", "2020-10",
      "https://www.bka.de/SharedDocs/Downloads/DE/Publikationen/JahresberichteUndLagebilder/Menschenhandel/menschenhandelBundeslagebild2019.pdf",
      "German federal police statistics on trafficking and exploitation cases in 2019 (in German).",
      """Annual situation report of Germany's Federal Criminal Police Office on
      completed investigations into trafficking and exploitation in 2019. Sexual
      exploitation remains the largest category of proceedings, with victims mostly
      from Germany, Bulgaria and Romania, while labour exploitation cases are few
      but involve more victims per case. The report also covers child trafficking and
      forced criminality."""),
])
extra("bka-blb2020", R(
    "Menschenhandel und Ausbeutung – Bundeslagebild 2020", "", "data",
    "data-research prosecution", "DE", "de", "Bundeskriminalamt", "2021",
    "https://www.bka.de/SharedDocs/Downloads/DE/Publikationen/JahresberichteUndLagebilder/Menschenhandel/menschenhandelBundeslagebild2020.pdf",
    "BKA-Lagebild Menschenhandel und Ausbeutung für das Berichtsjahr 2020.",
    """Bundeslagebild des BKA für 2020 mit den Zahlen der abgeschlossenen
    Ermittlungsverfahren zu sexueller Ausbeutung, Arbeitsausbeutung und
    Kinderhandel sowie Hinweisen auf Auswirkungen der COVID-19-Pandemie auf die
    Tatgelegenheiten und das Hellfeld. Wie in den Vorjahren werden Herkunft,
    Alter und Geschlecht der Opfer und Tatverdächtigen dargestellt."""))
near("bka-blb2019/0", "bka-blb2020", "edition", "BKA Bundeslagebild Menschenhandel 2019 vs 2020")

# ---------------------------------------------------------------- UNODC Mexico diagnostic 2014
cluster("unodc-mx2014", [
    R("Diagnóstico Nacional sobre la Situación de Trata de Personas en México", "", "research",
      "data-research legislation-policy sexual-exploitation", "MX", "es",
      "Oficina de las Naciones Unidas contra la Droga y el Delito", "2014",
      "https://www.unodc.org/documents/mexicoandcentralamerica/Diagnostico_trata_de_personas.pdf",
      "Diagnóstico de UNODC sobre la trata de personas en México, elaborado con la Secretaría de Gobernación.",
      """Estudio elaborado por la UNODC a solicitud del Gobierno de México que
      analiza la situación de la trata de personas en el país: formas de
      explotación más detectadas, perfiles de víctimas y tratantes, zonas de
      origen, tránsito y destino, y la respuesta institucional en los tres órdenes
      de gobierno. Señala deficiencias en los registros estadísticos y en la
      atención a víctimas y formula recomendaciones."""),
    R("National Diagnosis on the Situation of Trafficking in Persons in Mexico", "translated-title", "research",
      "data-research", "MX", "es", "UNODC", "2014-12",
      "https://www.unodc.org/mexicoandcentralamerica/es/webstories/2014/diagnostico_trata_mexico.html",
      "UNODC's national assessment of human trafficking in Mexico (Spanish-language document).",
      """UNODC country assessment of trafficking in Mexico, commissioned by the
      Ministry of the Interior. It describes sexual exploitation as the most
      frequently identified form, alongside forced labour in agriculture and
      domestic work, and the vulnerability of migrants in transit. It recommends
      harmonising state laws with the 2012 General Law, improving data and
      strengthening victim services."""),
])
