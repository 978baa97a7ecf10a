# -*- coding: utf-8 -*-
"""United Kingdom and European (Council of Europe, EU, OSCE) material."""
from common import R, cluster, extra, near

# ---------------------------------------------------------------- Home Office typology 2017
cluster("ho-typology2017", [
    R("A typology of modern slavery offences in the UK", "", "research",
      "forms-of-exploitation data-research criminal-exploitation", "GB", "en",
      "Home Office", "2017-10",
      "https://www.gov.uk/government/publications/typology-of-modern-slavery-offences",
      "Home Office research identifying 17 types of modern slavery offence in the UK.",
      """Home Office Research Report 93 sets out a typology of modern slavery
      offences in the UK based on analysis of National Referral Mechanism cases,
      police data and interviews. It distinguishes 17 types within four broad
      categories — labour exploitation, domestic servitude, sexual exploitation and
      criminal exploitation — describing for each the victims, offenders, methods of
      recruitment and control, and the way the exploitation generates profit.""",
      authors=["Christine Cooper", "Olivia Hesketh", "Nicola Ellis", "Adam Fair"]),
    R("A Typology of Modern Slavery Offences in the UK (Research Report 93)", "case-punct title-affix",
      "research", "forms-of-exploitation identification", "GB", "en", "Home Office", "2017",
      "https://assets.publishing.service.gov.uk/government/uploads/system/uploads/attachment_data/file/652652/typology-modern-slavery-offences-horr93.pdf",
      "Seventeen distinct types of modern slavery in the UK, from forced gang labour to county lines.",
      """Research report describing the different forms modern slavery takes in the
      UK. Examples include labour exploitation within gangs, forced labour in
      domestic settings, trafficking for forced gardening or cannabis cultivation,
      sexual exploitation by groups and in brothels, and forced acquisitive crime.
      The typology aims to help police, local authorities and NGOs recognise
      patterns and target interventions.""",
      authors=["Cooper, C.", "Hesketh, O.", "Ellis, N.", "Fair, A."]),
    R("Typology of modern slavery offences in the UK", "leading-the=a", "guidance",
      "forms-of-exploitation", "GB", "en", "Home Office Analysis and Insight", None,
      "https://www.antislaverycommissioner.co.uk/media/1220/typology-of-modern-slavery-offences.pdf",
      "Home Office typology: who the victims and offenders are for each type of modern slavery.",
      """Copy of the Home Office typology. Each type is profiled in terms of victim
      characteristics, offender characteristics, recruitment, transport, control
      methods and how the exploitation is carried out. The report notes overlaps
      between types, for instance where victims are exploited both sexually and for
      labour, and gaps in the evidence, particularly for less frequently reported
      forms."""),
])

# ---------------------------------------------------------------- CSJ It Happens Here 2013
cluster("csj-ithappens2013", [
    R("It Happens Here: Equipping the United Kingdom to fight modern slavery", "", "report",
      "legislation-policy identification survivor-support", "GB", "en",
      "The Centre for Social Justice", "2013-03",
      "https://www.centreforsocialjustice.org.uk/library/happens-equipping-united-kingdom-fight-modern-slavery",
      "Influential 2013 CSJ report that called for a Modern Slavery Act and an Anti-Slavery Commissioner.",
      """Report of the Centre for Social Justice's slavery working group, which found
      that the UK's response to modern slavery was fragmented and under-resourced.
      It recommended a dedicated Modern Slavery Act consolidating offences, an
      independent Anti-Slavery Commissioner, reform of the National Referral
      Mechanism, and better victim care and training. Many of its proposals were
      taken up in the Modern Slavery Act 2015."""),
    R("It happens here", "subtitle case-punct", "report", "legislation-policy", "GB", "en",
      "Centre for Social Justice", "2013",
      "https://www.centreforsocialjustice.org.uk/wp-content/uploads/2013/03/CSJ_Slavery_Full_Report_WEB5.pdf",
      "CSJ's review of modern slavery in Britain and of the state response.",
      """A review of modern slavery in the UK by a centre-right think tank, drawing
      on evidence from frontline organisations and survivors. It describes British
      nationals as well as foreign nationals being exploited, highlights poor
      identification by police and border agencies, and criticises the lack of
      strategic leadership. It proposes legislation, a commissioner and longer-term
      support for survivors."""),
])
extra("csj-stillhappens2020", R(
    "It Still Happens Here: Fighting UK Slavery in the 2020s", "", "report",
    "legislation-policy survivor-support", "GB", "en",
    "Centre for Social Justice; Justice and Care", "2020-07",
    "https://www.centreforsocialjustice.org.uk/library/it-still-happens-here-fighting-uk-slavery-in-the-2020s",
    "CSJ and Justice and Care revisit UK modern slavery five years after the Act.",
    """Follow-up report by the Centre for Social Justice and Justice and Care looking
    at modern slavery in the UK five years after the Modern Slavery Act. It argues
    that the number of victims is far higher than official estimates, that
    prosecutions remain low, and that survivors need longer-term support and
    better enforcement in high-risk sectors."""))
near("csj-ithappens2013/0", "csj-stillhappens2020", "lookalike", "CSJ It Happens Here (2013) vs It Still Happens Here (2020)")

# ---------------------------------------------------------------- JRF business models 2013
cluster("jrf-business2013", [
    R("Forced labour's business models and supply chains", "", "research",
      "labour-exploitation supply-chains", "GB", "en", "Joseph Rowntree Foundation", "2013-11",
      "https://www.jrf.org.uk/report/forced-labour%E2%80%99s-business-models-and-supply-chains",
      "JRF research on why businesses use forced labour in the UK and how it enters supply chains.",
      """Research for the Joseph Rowntree Foundation examining the business models of
      forced labour in the UK. Based on interviews in food, construction and other
      sectors, it identifies factors on the demand side — such as pressure on
      prices, reliance on labour providers and weak enforcement — and on the supply
      side — such as migrant workers' vulnerability. It recommends action by
      businesses, government and labour market regulators.""",
      authors=["Jean Allain", "Andrew Crane", "Genevieve LeBaron", "Laya Behbahani"]),
    R("Forced Labour's Business Models & Supply Chains", "case-punct ampersand", "research",
      "supply-chains labour-exploitation", "GB", "en", "Joseph Rowntree Foundation", "2013",
      "https://www.jrf.org.uk/file/44363/download?token=8ab5f3ff",
      "How and why forced labour becomes part of legitimate business in the UK.",
      """Study asking how forced labour is integrated into legitimate UK supply
      chains. It describes the strategies of those who exploit — labour
      intermediaries, gangmasters, subcontractors — and the ways larger firms
      benefit indirectly. It argues for a legal framework holding businesses
      responsible for forced labour in their supply chains and better resourced
      labour inspection.""",
      authors=["Allain, J.", "Crane, A.", "LeBaron, G.", "Behbahani, L."]),
])
extra("jrf-food2012", R(
    "Experiences of forced labour in the UK food industry", "", "research",
    "labour-exploitation agriculture", "GB", "en", "Joseph Rowntree Foundation", "2012-05",
    "https://www.jrf.org.uk/report/experiences-forced-labour-uk-food-industry",
    "Migrant workers' accounts of forced labour in UK food production and processing.",
    """Research based on interviews with migrant workers in the UK food industry,
    documenting forced labour practices ranging from threats and debt to excessive
    hours and withheld wages. It considers the role of gangmasters and the
    Gangmasters Licensing Authority and argues for stronger regulation.""",
    authors=["Sam Scott", "Gary Craig", "Alistair Geddes"]))
near("jrf-business2013/0", "jrf-food2012", "lookalike", "two JRF forced labour studies: business models (2013) vs food industry (2012)")

# ---------------------------------------------------------------- Ewins review 2015
cluster("ewins2015", [
    R("Independent Review of the Overseas Domestic Workers Visa", "", "report",
      "domestic-servitude migration legislation-policy", "GB", "en", "Home Office", "2015-12-17",
      "https://www.gov.uk/government/publications/overseas-domestic-workers-visa-independent-review",
      "Review finding that the tied overseas domestic worker visa was incompatible with protecting workers from abuse.",
      """Commissioned by the Home Secretary during passage of the Modern Slavery
      Bill, the review by James Ewins examined whether the overseas domestic worker
      visa protects workers from abuse. It concluded that tying workers to one
      employer increased the risk of abuse, and recommended that all such workers
      be allowed to change employer and extend their stay for up to two and a half
      years, plus information meetings for workers.""",
      authors=["James Ewins"]),
    R("Ewins review: overseas domestic workers visa", "reworded case-punct", "policy",
      "domestic-servitude migration", "GB", "en", "UK Government", "2016",
      "https://assets.publishing.service.gov.uk/government/uploads/system/uploads/attachment_data/file/486532/ODWV_Review_-_Final_Report__6_11_15_.pdf",
      "James Ewins' independent review of the UK visa route for overseas domestic workers.",
      """Final report of the independent review of the overseas domestic worker
      route. Evidence from NGOs such as Kalayaan pointed to high rates of abuse
      among workers tied to their employer. The review proposes removing the tie,
      mandatory meetings informing workers of their rights, and better inspection,
      but stops short of unlimited visa extensions.""",
      authors=["Ewins, J."]),
])

# ---------------------------------------------------------------- Joint Committee draft bill 2014
cluster("jc-draftbill2014", [
    R("Draft Modern Slavery Bill: Report", "", "policy",
      "legislation-policy supply-chains child-trafficking", "GB", "en",
      "Joint Committee on the Draft Modern Slavery Bill", "2014-04-08",
      "https://publications.parliament.uk/pa/jt201314/jtselect/jtslavery/166/16602.htm",
      "Parliamentary scrutiny of the draft Modern Slavery Bill, urging a stronger, victim-centred law.",
      """Pre-legislative scrutiny report (HL Paper 166, HC 1019) by the joint
      committee chaired by Frank Field. It welcomed the draft bill but called for
      simpler offences, stronger protection for victims including a statutory
      defence, child trafficking advocates, a more independent Anti-Slavery
      Commissioner and provisions on supply chain transparency. Several of these
      changes were incorporated in the bill introduced to Parliament."""),
    R("Report of the Joint Committee on the Draft Modern Slavery Bill (HL Paper 166, HC 1019)",
      "reworded title-affix", "legislation", "legislation-policy", "GB", "en",
      "UK Parliament", "2014",
      "https://publications.parliament.uk/pa/jt201314/jtselect/jtslavery/166/166.pdf",
      "Joint committee report on the draft bill that became the Modern Slavery Act 2015.",
      """The committee's full report and evidence, session 2013–14. It found the draft
      bill too focused on prosecution and too complex, proposing a redrafted set of
      offences, a duty on companies to report on slavery in their supply chains,
      and stronger powers for the commissioner. The government's response
      accepted some recommendations."""),
])

# ---------------------------------------------------------------- UK Annual Report 2020
cluster("uk-annual2020", [
    R("2020 UK Annual Report on Modern Slavery", "", "report",
      "legislation-policy survivor-support covid-19", "GB", "en", "Home Office", "2020-10",
      "https://www.gov.uk/government/publications/2020-uk-annual-report-on-modern-slavery",
      "UK government's annual account of its response to modern slavery, 2020 edition.",
      """The government's yearly report on modern slavery in the UK. The 2020
      edition describes the impact of COVID-19 on victims and services, the new
      Modern Slavery Victim Care Contract, progress on reforming the National
      Referral Mechanism, plans for a government registry of modern slavery
      statements, and law enforcement activity. It also reports on international
      programmes funded by the UK."""),
    R("UK annual report on modern slavery (2020)", "title-affix case-punct", "report",
      "legislation-policy supply-chains", "GB", "en", "HM Government", "2020",
      "https://assets.publishing.service.gov.uk/government/uploads/system/uploads/attachment_data/file/927111/FINAL-_2020_Modern_Slavery_Report_14-10-20.pdf",
      "Home Office review of the UK's modern slavery response over the past year.",
      """Annual report covering the UK response to modern slavery over the year to
      autumn 2020. It summarises NRM referral figures, prosecutions, the work of
      the Independent Anti-Slavery Commissioner, and measures on transparency in
      supply chains, including the commitment to extend reporting requirements to
      public bodies. Several sections focus on support for victims during the
      pandemic."""),
    R("Modern Slavery Annual Report 2020", "reworded", "data",
      "data-research legislation-policy", "GB", "en", "UK Home Office", "2020-10-14",
      "https://www.antislaverycommissioner.co.uk/news-insights/uk-annual-report-on-modern-slavery-2020/",
      "Government annual report on modern slavery: NRM data, prosecutions and policy updates.",
      """Annual update on modern slavery policy and data from the UK government.
      Referrals to the NRM continued to rise, with UK nationals and criminal
      exploitation such as county lines increasingly prominent. The report
      outlines the independent child trafficking guardian roll-out and the plans
      to strengthen the statutory guidance for first responders."""),
])
extra("uk-annual2021", R(
    "2021 UK Annual Report on Modern Slavery", "", "report",
    "legislation-policy survivor-support", "GB", "en", "Home Office", "2021-11",
    "https://www.gov.uk/government/publications/2021-uk-annual-report-on-modern-slavery",
    "The UK government's 2021 annual report on modern slavery.",
    """The following year's annual report from the Home Office, covering the year to
    autumn 2021: NRM statistics, victim support under the Victim Care Contract,
    law enforcement results and work on supply chains, including the launch of
    the online modern slavery statement registry."""))
near("uk-annual2020/0", "uk-annual2021", "edition", "UK Annual Report on Modern Slavery 2020 vs 2021")

# ---------------------------------------------------------------- GRETA UK second round
cluster("greta-uk-r2", [
    R("Report concerning the implementation of the Council of Europe Convention on Action against Trafficking in Human Beings by the United Kingdom: Second Evaluation Round",
      "", "report", "legislation-policy identification survivor-support", "GB", "en",
      "Group of Experts on Action against Trafficking in Human Beings (GRETA)", "2016-10",
      "https://rm.coe.int/16806abcdc",
      "GRETA's second evaluation of how the UK implements the Council of Europe trafficking convention.",
      """GRETA's second-round evaluation of the United Kingdom reviews progress since
      its first report and the impact of the Modern Slavery Act 2015 and the
      Scottish and Northern Irish acts. It welcomes the new legislation but
      expresses concern about identification of victims, the low number of
      convictions, the treatment of victims prosecuted for offences committed while
      exploited, and the support available after the NRM decision."""),
    R("GRETA(2016)21 – Second evaluation round report: United Kingdom", "reworded title-affix",
      "legislation", "legislation-policy prosecution", "GB", "en", "GRETA – Council of Europe", "2016",
      "https://www.coe.int/en/web/anti-human-trafficking/united-kingdom",
      "Council of Europe monitoring report on the UK, second round.",
      """Country monitoring report by the Council of Europe's expert group. It
      focuses on measures to discourage demand, the criminalisation of trafficking,
      victims' access to compensation and legal aid, and child victims, including
      children going missing from local authority care. GRETA urges the UK to
      improve the NRM and provide guardians for separated children."""),
    R("Rapport concernant la mise en œuvre de la Convention du Conseil de l'Europe sur la lutte contre la traite des êtres humains par le Royaume-Uni – deuxième cycle d'évaluation",
      "translated-title", "report", "legislation-policy child-trafficking", "GB", "en",
      "Conseil de l'Europe", "2016-10-12",
      "https://www.refworld.org/docid/5808a0b54.html",
      "Deuxième évaluation du Royaume-Uni par le GRETA (texte anglais).",
      """Rapport du GRETA sur le Royaume-Uni, deuxième cycle d'évaluation. Le groupe
      d'experts salue l'adoption de lois sur l'esclavage moderne dans les trois
      juridictions, mais relève des lacunes dans l'identification des victimes,
      l'accès à l'indemnisation et la protection des enfants, et recommande
      d'éviter la poursuite des victimes pour des infractions commises sous la
      contrainte."""),
])
extra("greta-uk-r3", R(
    "Evaluation Report: United Kingdom – Third evaluation round: Access to justice and effective remedies for victims of trafficking in human beings",
    "", "report", "remedy legislation-policy", "GB", "en",
    "Group of Experts on Action against Trafficking in Human Beings (GRETA)", "2021-10",
    "https://rm.coe.int/greta-third-evaluation-report-on-the-united-kingdom/1680a43b36",
    "GRETA's third-round report on the UK, focused on access to justice and remedies.",
    """Third evaluation of the United Kingdom by GRETA, with a thematic focus on
    victims' access to justice and effective remedies: information, legal
    assistance, compensation from offenders and the state, residence permits and
    the non-punishment principle. GRETA also follows up earlier
    recommendations."""))
near("greta-uk-r2/0", "greta-uk-r3", "edition", "GRETA UK evaluation: second round (2016) vs third round (2021)")

# ---------------------------------------------------------------- GRETA 10th General Report
cluster("greta-gr10", [
    R("10th General Report on GRETA's Activities", "", "report",
      "legislation-policy data-research", "", "en", "Council of Europe", "2021-04",
      "https://www.coe.int/en/web/anti-human-trafficking/-/greta-publishes-its-10th-general-report",
      "GRETA's annual report covering 2020, a year shaped by the pandemic.",
      """Annual report of the Council of Europe's Group of Experts on Action against
      Trafficking in Human Beings covering its activities in 2020. It summarises
      country evaluations completed during the year and trends across parties to
      the Convention, and discusses the consequences of the COVID-19 pandemic for
      trafficking and for victims' access to assistance and justice."""),
    R("Tenth General Report on GRETA's activities covering the period from 1 January to 31 December 2020",
      "reworded title-affix", "report", "legislation-policy covid-19", "", "en",
      "GRETA", "2021",
      "https://rm.coe.int/10th-general-report-on-greta-s-activities/1680a2189b",
      "Annual activity report of the Council of Europe's anti-trafficking monitoring body, 2020.",
      """Report on GRETA's work in 2020: evaluation visits postponed or carried out
      remotely, reports adopted on several countries under the third evaluation
      round on access to justice, and statistics on victims identified in parties
      to the Convention. It also records co-operation with other international
      organisations and changes in GRETA's membership."""),
])
extra("greta-gr11", R(
    "11th General Report on GRETA's Activities", "", "report",
    "legislation-policy data-research", "", "en", "Council of Europe", "2022",
    "https://rm.coe.int/11th-general-report-greta-covering-2021/1680a663fd",
    "GRETA's annual report covering 2021.",
    """Annual report of GRETA covering 2021, with an overview of evaluation reports
    adopted during the year, trends in identification and prosecution across the
    parties to the Convention, and GRETA's work on emerging issues. It also reports
    on the continuing effects of the pandemic on evaluation visits and on victims'
    access to assistance."""))
near("greta-gr10/0", "greta-gr11", "edition", "GRETA General Report 10th vs 11th")

# ---------------------------------------------------------------- GRETA guidance note on labour exploitation
cluster("greta-gn-labour2020", [
    R("Guidance Note on preventing and combating trafficking in human beings for the purpose of labour exploitation",
      "", "guidance", "labour-exploitation legislation-policy supply-chains", "", "en",
      "Group of Experts on Action against Trafficking in Human Beings (GRETA)", "2020",
      "https://rm.coe.int/guidance-note-on-preventing-and-combating-trafficking-in-human-beings-/1680a1060c",
      "GRETA guidance for states on tackling trafficking for labour exploitation.",
      """Guidance note adopted by GRETA drawing on its country monitoring. It sets
      out measures states should take to prevent and combat trafficking for labour
      exploitation: strengthening labour inspection and its mandate in all
      sectors, separating labour inspection from immigration enforcement,
      regulating recruitment agencies, requiring human rights due diligence in
      supply chains, and ensuring victims receive unpaid wages and
      compensation."""),
    R("GRETA guidance note on trafficking for labour exploitation", "reworded case-punct", "policy",
      "labour-exploitation remedy", "", "en", "Council of Europe", "2020-09",
      "https://www.coe.int/en/web/anti-human-trafficking/-/guidance-note-on-labour-exploitation",
      "Council of Europe experts' recommendations on labour trafficking prevention and remedies.",
      """Council of Europe guidance on labour trafficking, noting that it has become
      the predominant form of exploitation in several European countries. It
      recommends that states criminalise forced labour and servitude as separate
      offences, protect undocumented workers who report abuse, and involve trade
      unions and businesses, with particular attention to agriculture, construction
      and domestic work."""),
])
extra("greta-gn-ip2020", R(
    "Guidance Note on the entitlement of victims of trafficking, and persons at risk of being trafficked, to international protection",
    "", "guidance", "migration legislation-policy", "", "en",
    "Group of Experts on Action against Trafficking in Human Beings (GRETA)", "2020-06",
    "https://rm.coe.int/guidance-note-on-the-entitlement-of-victims-of-trafficking-and-persons/16809ebf44",
    "GRETA guidance on asylum and international protection for trafficking victims.",
    """Guidance note explaining how victims of trafficking and persons at risk may be
    entitled to refugee status or subsidiary protection, how identification
    should work within asylum procedures, and how to respect non-refoulement and
    the non-punishment principle in returns. It draws on GRETA's country reports
    and on UNHCR guidelines on trafficking and refugee status."""))
near("greta-gn-labour2020/0", "greta-gn-ip2020", "lookalike", "two GRETA guidance notes of 2020: labour exploitation vs international protection")

# ---------------------------------------------------------------- Lanzarote Convention
cluster("lanzarote2007", [
    R("Council of Europe Convention on the Protection of Children against Sexual Exploitation and Sexual Abuse (CETS No. 201)",
      "", "legislation", "child-trafficking sexual-exploitation legislation-policy", "", "en",
      "Council of Europe", "2007-10-25",
      "https://www.coe.int/en/web/conventions/full-list?module=treaty-detail&treatynum=201",
      "The Lanzarote Convention: comprehensive European treaty against child sexual exploitation and abuse.",
      """Opened for signature in Lanzarote, the convention requires parties to
      criminalise all forms of sexual abuse and exploitation of children, including
      child prostitution, child sexual abuse material and grooming, and to adopt
      preventive measures such as screening of people working with children and
      education. It provides for child-friendly investigations and proceedings and
      is monitored by the Lanzarote Committee."""),
    R("Lanzarote Convention", "reworded", "legislation", "child-trafficking prevention", "", "en",
      "Council of Europe", "2010",
      "https://rm.coe.int/1680084822",
      "Council of Europe treaty on child sexual exploitation and abuse, in force since 2010.",
      """Text of the Lanzarote Convention, in force since July 2010 and open to
      non-member states. Beyond criminal law, it sets out obligations on victim
      assistance, specialised authorities, data collection and international
      cooperation, and addresses trafficking of children for sexual purposes and
      online solicitation."""),
])

# ---------------------------------------------------------------- Rantsev
cluster("rantsev2010", [
    R("Rantsev v. Cyprus and Russia (Application no. 25965/04)", "", "legislation",
      "prosecution legislation-policy sexual-exploitation", "CY RU", "en",
      "European Court of Human Rights", "2010-01-07",
      "https://hudoc.echr.coe.int/eng?i=001-96549",
      "Landmark ECtHR judgment holding that human trafficking falls within Article 4 of the Convention.",
      """Judgment concerning the death of Oxana Rantseva, a young Russian woman who
      had come to Cyprus on an 'artiste' visa. The Court held for the first time that
      trafficking falls within the scope of Article 4 of the European Convention
      on Human Rights, and that states have positive obligations to put in place an
      adequate legal and administrative framework, to protect victims and to
      investigate. Both Cyprus and Russia were found in violation."""),
    R("Case of Rantsev v Cyprus & Russia", "title-affix case-punct ampersand", "legislation",
      "prosecution migration", "CY RU", "en", "ECtHR", "2010",
      "https://www.refworld.org/cases,ECHR,4b4f0b5a2.html",
      "ECtHR: Cyprus and Russia failed to protect and investigate in a trafficking case.",
      """The Strasbourg court found that Cyprus violated Article 4 by operating an
      artiste visa regime that exposed women to trafficking and by failing to
      protect Ms Rantseva, and Article 2 for its inadequate investigation of her
      death. Russia violated Article 4 by failing to investigate her recruitment on
      its territory. The case defines states' duties on prevention, protection and
      investigation."""),
    R("Rantsev c. Chypre et Russie", "translated-title", "research",
      "legislation-policy sexual-exploitation", "CY RU", "en",
      "Cour européenne des droits de l'homme", "2010-01",
      "https://www.legislationline.org/documents/id/15681",
      "Arrêt fondateur de la CEDH sur la traite des êtres humains et l'article 4.",
      """Arrêt de la Cour européenne des droits de l'homme qui rattache la traite
      des êtres humains à l'interdiction de l'esclavage et du travail forcé
      (article 4). La Cour impose aux États des obligations positives : un cadre
      juridique adapté, des mesures de protection des victimes potentielles et des
      enquêtes effectives, y compris dans les pays d'origine."""),
])

# ---------------------------------------------------------------- Siliadin
cluster("siliadin2005", [
    R("Siliadin v. France (Application no. 73316/01)", "", "legislation",
      "domestic-servitude legislation-policy child-trafficking", "FR TG", "en",
      "European Court of Human Rights", "2005-07-26",
      "https://hudoc.echr.coe.int/eng?i=001-69891",
      "ECtHR judgment on domestic servitude: France's criminal law failed to protect a Togolese minor.",
      """The applicant, a Togolese minor brought to France, worked without pay as a
      domestic servant for years. The Court held that she had been subjected to
      forced labour and held in servitude, and that France had violated Article 4
      because its criminal law at the time did not specifically criminalise such
      treatment and did not afford her practical and effective protection. A key
      judgment on states' positive obligations."""),
    R("Affaire Siliadin c. France", "translated-title title-affix", "legislation",
      "domestic-servitude", "FR", "en", "CEDH", "2005",
      "https://www.refworld.org/cases,ECHR,4406f0df4.html",
      "Servitude domestique : la France condamnée pour l'insuffisance de sa législation pénale.",
      """Arrêt de la Cour européenne des droits de l'homme concernant une jeune
      Togolaise employée comme domestique sans rémunération. La Cour distingue
      esclavage, servitude et travail forcé, retient la servitude, et conclut à la
      violation de l'article 4 faute pour le droit pénal français d'avoir
      incriminé spécifiquement ces pratiques."""),
])
extra("cn-v-france2012", R(
    "C.N. and V. v. France (Application no. 67724/09)", "", "legislation",
    "domestic-servitude child-trafficking", "FR BI", "en", "European Court of Human Rights", "2012-10-11",
    "https://hudoc.echr.coe.int/eng?i=001-113953",
    "Later ECtHR judgment on domestic servitude of two orphaned sisters in France.",
    """Judgment concerning two Burundian sisters made to do housework for their aunt
    and uncle in France. The Court found that the elder sister had been subjected to
    forced labour and servitude and that France had again failed to provide an
    adequate legal framework, while distinguishing the younger sister's
    situation."""))
near("siliadin2005/0", "cn-v-france2012", "lookalike", "two ECtHR domestic servitude judgments against France: Siliadin (2005) vs C.N. and V. (2012)")

# ---------------------------------------------------------------- EC second progress report 2018
cluster("ec-progress2018", [
    R("Second report on the progress made in the fight against trafficking in human beings (2018) as required under Article 20 of Directive 2011/36/EU",
      "", "report", "legislation-policy data-research", "", "en", "European Commission", "2018-12-03",
      "https://ec.europa.eu/anti-trafficking/sites/antitrafficking/files/second_progress_report_on_the_progress_made_in_the_fight_against_trafficking_in_human_beings.pdf",
      "The Commission's second progress report on trafficking in the EU, with 2015–2016 data.",
      """Report from the European Commission to Parliament and Council, COM(2018) 777,
      assessing progress under the anti-trafficking directive and the 2012–2016 EU
      strategy. Over 20,000 victims were registered in the EU in 2015–2016, most of
      them for sexual exploitation, and almost half were EU citizens. The report
      highlights impunity, low numbers of prosecutions, and the need to address
      demand and trafficking within the EU."""),
    R("Second EU progress report on trafficking in human beings", "reworded", "report",
      "data-research", "", "en", "Commission européenne", "2018",
      "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52018DC0777",
      "EU statistics and policy assessment on trafficking, 2015–2016, from the Commission.",
      """Second progress report under Article 20 of the EU anti-trafficking
      directive, accompanied by a staff working document with detailed statistics.
      It reports a high share of child victims, trafficking of women and girls
      for sexual exploitation as the dominant pattern, and growing concern about
      trafficking for labour exploitation, and outlines follow-up actions agreed in
      2017."""),
])
extra("ec-progress2016", R(
    "Report on the progress made in the fight against trafficking in human beings (2016) as required under Article 20 of Directive 2011/36/EU",
    "", "report", "legislation-policy data-research", "", "en", "European Commission", "2016-05-19",
    "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52016DC0267",
    "The Commission's first progress report under the anti-trafficking directive.",
    """First report from the Commission on progress in the fight against trafficking
    in the EU, COM(2016) 267, covering 2013–2014 data, the transposition of the
    directive and implementation of the EU strategy 2012–2016. It describes
    patterns of sexual and labour exploitation in the Member States and the
    measures taken by the EU Anti-Trafficking Coordinator."""))
extra("ec-progress2022", R(
    "Report on the progress made in the fight against trafficking in human beings (Fourth Report)",
    "", "report", "legislation-policy data-research", "", "en", "European Commission", "2022-12-19",
    "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52022DC0736",
    "The fourth Commission progress report on trafficking in the EU.",
    """Fourth progress report from the European Commission, COM(2022) 736, covering
    2019–2020 data and the implementation of the EU Strategy on Combatting
    Trafficking in Human Beings 2021–2025, including the response to the war in
    Ukraine, the proposed revision of the anti-trafficking directive, and trends
    such as online recruitment and exploitation."""))
near("ec-progress2018/0", "ec-progress2016", "edition", "EC progress report on trafficking: second (2018) vs first (2016)")
near("ec-progress2018/1", "ec-progress2022", "edition", "EC progress report on trafficking: second (2018) vs fourth (2022)")

# ---------------------------------------------------------------- EU rights of victims 2013
cluster("eu-rights2013", [
    R("The EU rights of victims of trafficking in human beings", "", "guidance",
      "survivor-support remedy legislation-policy", "", "en", "European Commission", "2013-10",
      "https://ec.europa.eu/anti-trafficking/sites/antitrafficking/files/eu_rights_of_victims_of_trafficking_en_1.pdf",
      "Plain-language overview of the rights trafficked persons have under EU law.",
      """Publication of the EU Anti-Trafficking Coordinator summarising the rights
      that victims of trafficking have under EU law, whatever their nationality.
      It covers the right to assistance and support, medical treatment, legal
      counselling and representation, protection during criminal proceedings,
      compensation, residence permits for third-country nationals, and special
      rights for child victims, with references to the relevant directives."""),
    R("EU Rights of Victims of Trafficking in Human Beings", "leading-the case-punct", "factsheet",
      "survivor-support remedy", "", "en", "EU Anti-Trafficking Coordinator", None,
      "https://op.europa.eu/en/publication-detail/-/publication/2bbb3b3b-1e60-4b31-8b2b-d6a7b7f7e0ff",
      "What assistance, protection and compensation can trafficked persons claim in the EU?",
      """Booklet from the European Commission listing victims' rights in EU law in
      an accessible format, intended for victims as well as practitioners. It
      explains rights during investigation and trial, the reflection period,
      access to compensation and to the labour market, and what applies to
      children. It was launched on EU Anti-Trafficking Day."""),
])
extra("eu-rights2013-fr", R(
    "Les droits des victimes de la traite des êtres humains dans l'UE", "", "guidance",
    "survivor-support remedy", "", "fr", "Commission européenne", "2013",
    "https://ec.europa.eu/anti-trafficking/sites/antitrafficking/files/eu_rights_of_victims_of_trafficking_fr_1.pdf",
    "Version française du guide de la Commission sur les droits des victimes de la traite.",
    """Version française de la brochure de la Commission européenne récapitulant les
    droits reconnus aux victimes de la traite par le droit de l'Union : assistance,
    soins, conseil juridique, protection pendant la procédure pénale, indemnisation
    et titre de séjour, ainsi que les droits particuliers des enfants victimes."""))
near("eu-rights2013/0", "eu-rights2013-fr", "translation", "EU rights of victims of trafficking: English vs French version")

# ---------------------------------------------------------------- EC gender study 2016
cluster("ec-gender2016", [
    R("Study on the gender dimension of trafficking in human beings: Final report", "", "research",
      "gender sexual-exploitation legislation-policy", "", "en", "European Commission", "2016",
      "https://ec.europa.eu/anti-trafficking/sites/antitrafficking/files/study_on_the_gender_dimension_of_trafficking_in_human_beings._final_report.pdf",
      "EU study on how gender shapes vulnerability, exploitation, demand and responses to trafficking.",
      """Study commissioned by the European Commission under the EU Strategy
      2012–2016, examining the gender dimension of trafficking in the EU: how
      gender affects vulnerability, the forms of exploitation, the profiles of
      perpetrators, and victims' access to assistance and justice. It looks in
      particular at trafficking for sexual exploitation and at demand, and
      recommends gender-specific measures in prevention, identification and victim
      support."""),
    R("Gender dimension of trafficking in human beings", "title-affix subtitle", "research",
      "gender", "", "en", "EC DG Migration and Home Affairs", "2016-03",
      "https://op.europa.eu/en/publication-detail/-/publication/d7b6ddb4-4d71-11e6-89bd-01aa75ed71a1",
      "Commission study: women, men and trafficking across the EU.",
      """Final report of an EU-funded study on gender and trafficking. It analyses
      data, literature and interviews across Member States, noting that women and
      girls make up the large majority of registered victims in the EU and that
      gender norms shape both victimisation and the response. It also discusses
      male victims of labour exploitation, who are often overlooked."""),
])

# ---------------------------------------------------------------- Europol underage victims 2018
cluster("europol-underage2018", [
    R("Criminal networks involved in the trafficking and exploitation of underage victims in the European Union",
      "", "report", "child-trafficking criminal-exploitation sexual-exploitation", "", "en",
      "Europol", "2018-10",
      "https://www.europol.europa.eu/publications-documents/criminal-networks-involved-in-trafficking-and-exploitation-of-underage-victims-in-eu",
      "Europol intelligence report on networks trafficking children in and into the EU.",
      """Intelligence-based report describing the criminal networks that traffic and
      exploit children in the European Union. It covers sexual exploitation, forced
      criminality and begging, labour exploitation and forced marriage, the
      recruitment methods used — including family involvement and online
      grooming — and the movement of children between Member States. It calls for
      better cooperation and data sharing."""),
    R("Criminal Networks Involved in the Trafficking and Exploitation of Underage Victims in the EU",
      "case-punct acronym", "briefing", "child-trafficking prosecution", "", "en",
      "European Union Agency for Law Enforcement Cooperation", "2018",
      "https://www.europol.europa.eu/cms/sites/default/files/documents/child_trafficking_report.pdf",
      "How criminal groups recruit and exploit children across EU borders — Europol analysis.",
      """Europol analysis drawing on operational information from Member States.
      Most child victims detected are EU nationals, often from Eastern Europe,
      and many are exploited by networks built around family or clan structures.
      The report describes the financial aspects, the use of children for
      pickpocketing and benefit fraud, and gaps in identifying child victims."""),
])
