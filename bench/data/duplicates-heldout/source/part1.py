from common import R, C

# 1 UNODC Global Report on Trafficking in Persons 2016
C("glotip16",
  R("glotip16-a", "Global Report on Trafficking in Persons 2016",
    "UNODC's biennial global analysis of detected trafficking victims, offenders and flows, with a thematic focus on migration and armed conflict.",
    """Mandated by the UN Global Plan of Action, this biennial report draws on official data from more
    than 130 countries to describe the victims, offenders and flows of human trafficking detected mainly
    between 2012 and 2014, a period in which some 63,000 victims were recorded. Women and girls remain the
    majority of detected victims, but the shares of men and of children have grown, and trafficking for
    forced labour is reported more often than in earlier editions. The report pays special attention to the
    links between trafficking and migration and to the way armed conflict creates conditions that
    traffickers exploit. Regional chapters and country profiles complete the analysis.""",
    "report", ["data-research", "migration", "conflict-crisis", "child-trafficking"], [], ["en"],
    ["United Nations Office on Drugs and Crime"], "2016-12",
    "https://www.unodc.org/unodc/en/human-trafficking/2016/global-report-on-trafficking-in-persons-2016.html"),
  R("glotip16-b", "UNODC Global Report on Trafficking in Persons 2016",
    "Where victims are detected, where they come from and what they are trafficked for: the UN's statistical reference on trafficking flows.",
    """Reference edition of the UN's statistical overview of trafficking in persons. Using cases reported by
    national authorities, it maps where victims are detected and where they come from, showing that most
    flows are domestic or within the same region, although long-distance flows towards wealthy countries
    persist. Sexual exploitation is still the most frequently detected purpose, yet forced labour cases are
    increasing in several regions. A thematic chapter examines refugees and migrants on the move and the
    vulnerability created by conflict. Country profiles are provided in an annex.""",
    "data", ["data-research", "migration", "sexual-exploitation", "labour-exploitation"], [], ["en"],
    ["UNODC"], "2016",
    "https://www.unodc.org/documents/data-and-analysis/glotip/2016_Global_Report_on_Trafficking_in_Persons.pdf",
    tt=["acronym-prefix"]),
  R("glotip16-c", "Global report on trafficking in persons",
    "Global figures on trafficking in persons from the UN drugs and crime office.",
    """Report from the UN's drugs and crime office presenting global patterns of human trafficking. Points
    worth noting: close to a third of detected victims are children; the number of convictions remains very
    low in many countries even where trafficking has been a criminal offence for years; and most convicted
    traffickers are nationals of the country where they operate. Useful background for practitioners who
    need recent worldwide figures or want to compare regional trends.""",
    "report", ["data-research", "prosecution", "child-trafficking"], [], ["en"],
    ["UN Office on Drugs and Crime"], "2017",
    "https://christusliberat.org/journal/2018/01/17/united-nations-office-on-drugs-and-crime-global-report-on-trafficking-in-persons-2016/",
    tt=["case-punct", "no-year-in-title"]),
)

# 2 UNODC issue paper on exploitation
C("unodc-exploit",
  R("unodc-exploit-a", "Issue Paper: The Concept of 'Exploitation' in the Trafficking in Persons Protocol",
    "UNODC issue paper on how states interpret the 'purpose of exploitation' element of the trafficking definition.",
    """The Trafficking in Persons Protocol requires states to criminalise trafficking 'for the purpose of
    exploitation' but lists only a minimum set of exploitative purposes and leaves several key terms
    undefined. Part of a UNODC series on core concepts of the Protocol, this paper examines how countries have
    understood and applied the notion in legislation and case law, drawing on a survey of a group of states
    and on expert consultations. It discusses forced labour, servitude, practices similar to slavery and
    sexual exploitation, and considers when less severe labour abuse should not be treated as trafficking,
    ending with considerations for legislators and practitioners.""",
    "research", ["legislation-policy", "prosecution", "forms-of-exploitation"], [], ["en"],
    ["United Nations Office on Drugs and Crime"], "2015",
    "https://www.unodc.org/documents/congress/background-information/Human_Trafficking/UNODC_2015_Issue_Paper_Exploitation.pdf",
    tt=["series-prefix"]),
  R("unodc-exploit-b", "The concept of exploitation in the trafficking in persons protocol",
    "Where should the line between labour abuse and trafficking be drawn? A comparative look at national readings of 'exploitation'.",
    """Why does it matter where the line between exploitation and trafficking is drawn? UNODC compared
    national approaches to the 'purpose' element of the trafficking definition and found wide variation:
    some states add begging, forced criminality or illegal adoption to the Protocol's list, while others
    leave terms such as 'sexual exploitation' to be interpreted by the courts. An over-broad reading can
    dilute the concept, the paper warns, whereas a narrow one leaves victims unprotected; it offers pointers
    for interpreting the purpose element consistently.""",
    "briefing", ["legislation-policy", "forms-of-exploitation", "labour-exploitation"], [], ["en"],
    ["UNODC"], None,
    "https://respect.international/the-concept-of-exploitation-in-the-trafficking-in-persons-protocol/",
    tt=["case-punct"]),
)

# 3 ILO/EC operational indicators (Delphi)
C("ilo-opind",
  R("ilo-opind-a", "Operational indicators of trafficking in human beings: Results from a Delphi survey implemented by the ILO and the European Commission",
    "Four sets of expert-agreed indicators for identifying adult and child victims of trafficking for labour and sexual exploitation.",
    """In 2008 the ILO and the European Commission ran a two-round Delphi consultation with experts from
    police, labour inspection, NGOs, research and international bodies in EU member states to agree on
    indicators for identifying trafficked persons. The result is four sets of indicators – adults and
    children, trafficked for labour or for sexual exploitation – organised around six dimensions: deceptive
    recruitment, coercive recruitment, recruitment by abuse of vulnerability, exploitative conditions of
    work, coercion at destination and abuse of vulnerability at destination. Each indicator is graded
    strong, medium or weak, and the document explains how they combine to point to a likely case.""",
    "guidance", ["identification", "labour-exploitation", "sexual-exploitation", "child-trafficking"], [], ["en"],
    ["International Labour Organization", "European Commission"], "2009-09",
    "https://www.ilo.org/global/topics/forced-labour/publications/WCMS_105023/lang--en/index.htm"),
  R("ilo-opind-b", "Operational Indicators of Trafficking in Human Beings",
    "The reference list of signs of trafficking used in screening tools and surveys across Europe.",
    """A short, practical reference listing the signs that help frontline staff and researchers recognise
    human trafficking. Indicators are grouped by stage of the process and by type of victim, with separate
    lists for children. No single indicator proves trafficking, the publication stresses: a combination of
    strong and medium indicators across the elements of the definition is needed. It has been widely
    adopted as the basis for screening tools, survey questionnaires and national identification guidelines
    in Europe and beyond.""",
    "toolkit", ["identification", "data-research"], [], ["en"],
    ["ILO"], "2009",
    "https://www.ilo.org/wcmsp5/groups/public/---ed_norm/---declaration/documents/publication/wcms_105023.pdf",
    tt=["subtitle"]),
  R("ilo-opind-c", "Delphi indicators of trafficking in human beings (ILO/EC)",
    "Consensus list of trafficking indicators from an expert survey co-organised by the International Labour Office and the EU.",
    """Consensus-based list of trafficking indicators produced through an expert survey co-organised by the
    International Labour Office and the European Union. Practitioners can use the tables to assess whether a
    situation involves deception, coercion or abuse of vulnerability together with exploitative working or
    living conditions. A methodological note describes the Delphi process and explains how the indicators
    can be adapted to national contexts and to data collection.""",
    "guidance", ["identification", "data-research", "labour-exploitation"], [], ["en"],
    ["International Labour Office"], None,
    "https://www.humantraffickingsearch.org/resource/operational-indicators-of-trafficking-in-human-beings/",
    tt=["reworded", "acronym"]),
)

# 4 ILO Hard to see, harder to count (2012)
C("ilo-hardtosee",
  R("ilo-hardtosee-a", "Hard to see, harder to count: Survey guidelines to estimate forced labour of adults and children",
    "ILO methodological guidelines for measuring forced labour of adults and children through national surveys.",
    """Methodological guidelines for national statistical offices and researchers who want to measure forced
    labour through household or establishment surveys. Drawing on pilot surveys carried out with ILO support
    in several countries, the guide turns the ILO definition – work that is involuntary and imposed under the
    menace of a penalty – into measurable survey questions, with separate approaches for adults and
    children. It covers sampling strategies for hidden populations, questionnaire modules, interviewer
    training, ethical safeguards and how to combine indicators into estimates.""",
    "guidance", ["data-research", "labour-exploitation", "child-trafficking"], [], ["en"],
    ["International Labour Organization"], "2012",
    "https://www.ilo.org/global/topics/forced-labour/publications/WCMS_182096/lang--en/index.htm"),
  R("ilo-hardtosee-b", "Hard to See, Harder to Count – Survey Guidelines to Estimate Forced Labour of Adults and Children",
    "How to count people who are deliberately hidden: a step-by-step manual for forced labour surveys.",
    """How do you count people who are deliberately hidden? This manual walks through the full cycle of a
    forced labour survey, from defining the target population and choosing sampling frames to designing
    interview modules and analysing the results. Annexes provide model questionnaires and lists of
    indicators of involuntariness and coercion, and there is specific guidance for surveying children in
    hazardous or forced work. The aim is to help countries produce credible national estimates that can be
    compared over time.""",
    "toolkit", ["data-research", "labour-exploitation"], [], ["en"],
    ["ILO Special Action Programme to Combat Forced Labour (SAP-FL)"], None,
    "https://www.ilo.org/wcmsp5/groups/public/---ed_norm/---declaration/documents/publication/wcms_182096.pdf",
    tt=["case-punct"]),
)

# 5 Ending child labour, forced labour and human trafficking in global supply chains (2019)
C("endcl19",
  R("endcl19-a", "Ending child labour, forced labour and human trafficking in global supply chains",
    "Joint ILO, OECD, IOM and UNICEF report estimating how much child labour is linked to global supply chains and what governments and business should do.",
    """Joint report prepared by four international organisations under Alliance 8.7 at the request of G20
    labour ministers. It combines new quantitative estimates with a review of policy responses to show how
    child labour, forced labour and trafficking are linked to global supply chains. Using input–output
    modelling, the authors estimate the share of child labour connected to exports in different regions,
    finding that much of it occurs in upstream stages such as raw material production rather than in final
    assembly. The report sets out what governments and businesses can do, emphasising due diligence, public
    procurement, social protection and policy coherence.""",
    "report", ["supply-chains", "child-trafficking", "labour-exploitation", "legislation-policy"], [], ["en"],
    ["International Labour Organization", "Organisation for Economic Co-operation and Development",
     "International Organization for Migration", "United Nations Children's Fund"], "2019-11",
    "https://www.ilo.org/ipec/Informationresources/WCMS_716930/lang--en/index.htm"),
  R("endcl19-b", "Ending Child Labour, Forced Labour and Human Trafficking in Global Supply Chains",
    "Evidence and policy guidance on abuses hidden deep in international value chains.",
    """Evidence and policy guidance on human rights abuses hidden in international value chains. A
    substantial portion of child labour in several regions is tied to goods and services that are
    ultimately exported, the study finds, and the risk sits well below the first tier of suppliers. It calls
    on governments to lead by example, to require and support responsible business conduct in line with
    OECD and ILO instruments, and to address root causes such as poverty, lack of schooling and weak labour
    inspection; companies are urged to extend due diligence deep into their supply chains.""",
    "research", ["supply-chains", "child-trafficking", "labour-exploitation"], [], ["en"],
    ["ILO", "OECD", "IOM", "UNICEF"], "2019",
    "https://www.oecd.org/corporate/mne/ending-child-labour-forced-labour-and-human-trafficking-in-global-supply-chains.htm",
    tt=["case-punct"]),
  R("endcl19-c", "Ending child labour, forced labour & human trafficking in global supply chains",
    "G20-commissioned analysis of where child and forced labour enter cross-border supply chains.",
    """A G20-commissioned analysis of where child labour and forced labour enter supply chains that cross
    borders. The main lesson for companies: most abuses occur in agriculture, mining and informal
    subcontracting far from brands' direct suppliers, so audits of first-tier factories miss them. The
    report also looks at the particular vulnerability of migrant workers and the role of recruitment fees
    and debt.""",
    "report", ["supply-chains", "migration", "agriculture", "mining"], [], ["en"],
    ["Alliance 8.7"], None,
    "https://www.alliance87.org/global_supply_chains/",
    tt=["ampersand"]),
)

# 6 IOM Migrants and their vulnerability (2019)
C("iom-vuln19",
  R("iom-vuln19-a", "Migrants and Their Vulnerability to Human Trafficking, Modern Slavery and Forced Labour",
    "IOM evidence review of the factors that make some migrants vulnerable to trafficking and forced labour.",
    """This IOM study reviews existing evidence on why some migrants end up in trafficking, forced labour and
    other slavery-like situations while others do not. Drawing on academic literature and on case data from
    IOM's assistance programmes, it identifies risk and protective factors at individual, household,
    community and structural levels and examines how they interact along migration routes. Irregular status,
    debt, lack of access to information and restrictive labour migration regimes emerge as key drivers. The
    report proposes ways to integrate vulnerability analysis into migration governance and anti-trafficking
    programming.""",
    "research", ["migration", "labour-exploitation", "prevention", "data-research"], [], ["en"],
    ["International Organization for Migration"], "2019",
    "https://publications.iom.int/books/migrants-and-their-vulnerability-human-trafficking-modern-slavery-and-forced-labour"),
  R("iom-vuln19-b", "Migrants and their vulnerability to human trafficking, modern slavery and forced labour",
    "Vulnerability is produced by circumstances, not inherent to migrants – and policy can reduce it.",
    """Evidence review from the UN migration agency. Rather than treating migrants as inherently vulnerable,
    it argues that vulnerability is produced by circumstances – recruitment practices, visa systems that tie
    workers to one employer, discrimination, conflict and crises – and can therefore be reduced through
    policy. It includes an analysis of assistance data on trafficked people supported by IOM, discusses gaps
    in the research base, and makes recommendations for states, donors and practitioners.""",
    "research", ["migration", "prevention", "data-research"], [], ["en"],
    ["IOM UN Migration"], None,
    "https://publications.iom.int/system/files/pdf/migrants_and_their_vulnerability.pdf",
    tt=["case-punct"]),
)

# 7 OSCE Trafficking in Human Beings and Terrorism (2021)
C("osce-terror21",
  R("osce-terror21-a", "Trafficking in Human Beings and Terrorism: Where and How They Intersect",
    "OSCE research paper on how terrorist groups use trafficking and how anti-trafficking tools can respond.",
    """Research paper examining the overlap between two crimes usually handled by separate policy
    communities. It reviews international counter-terrorism and anti-trafficking frameworks and analyses
    examples from the OSCE region and beyond in which terrorist groups recruited, transported or held people –
    including women and children – for sexual slavery, forced marriage, forced labour and use in combat.
    Reading these practices through a trafficking lens, the paper argues, opens additional tools to identify
    and protect victims and to prosecute perpetrators. Recommendations are grouped under prevention,
    protection, prosecution and partnerships, with a dedicated set on children.""",
    "research", ["conflict-crisis", "prosecution", "child-trafficking", "legislation-policy"], [], ["en"],
    ["Organization for Security and Co-operation in Europe"], "2021-07-09",
    "https://www.osce.org/cthb/trafficking-in-human-beings-and-terrorism"),
  R("osce-terror21-b", "Trafficking in human beings and terrorism: where and how they intersect – Analysis and recommendations for more effective policy responses",
    "Terrorist organisations use the acts and means of trafficking; victims risk being treated only as security threats.",
    """Looks at how terrorist organisations use the acts and means of human trafficking to build human
    capital, exploit captives and terrorise communities, with illustrations from several conflicts. A central
    concern is that people trafficked by terrorist groups, and children in particular, risk being treated
    only as suspects or security threats rather than as victims entitled to assistance and to
    non-punishment. The authors urge states to break down silos between counter-terrorism and
    anti-trafficking actors and to involve social services, psychologists and civil society.""",
    "report", ["conflict-crisis", "sexual-exploitation", "forced-marriage", "survivor-support"], [], ["en"],
    ["OSCE Office of the Special Representative and Co-ordinator for Combating Trafficking in Human Beings"], "2021",
    "https://www.osce.org/files/f/documents/d/6/491983.pdf",
    tt=["subtitle", "case-punct"]),
  R("osce-terror21-c", "Trafficking in Human Beings & Terrorism",
    "OSCE analysis of the trafficking–terrorism nexus, for prosecutors and policymakers.",
    """OSCE analysis of the nexus between trafficking and terrorism, useful for prosecutors, counter-terrorism
    officials and anti-trafficking coordinators. It explains how existing anti-trafficking mechanisms –
    identification, referral, non-punishment – can be leveraged in terrorism cases, and closes with targeted
    recommendations, including a specific set on children exploited by violent extremist groups.""",
    "briefing", ["conflict-crisis", "prosecution", "child-trafficking"], [], ["en"],
    ["OSR/CTHB"], "2021",
    "https://respect.international/trafficking-in-human-beings-and-terrorism-where-and-how-they-intersect/",
    tt=["truncated", "ampersand"]),
)

# 8 OHCHR Recommended Principles and Guidelines (2002)
C("ohchr-rpg",
  R("ohchr-rpg-a", "Recommended Principles and Guidelines on Human Rights and Human Trafficking",
    "Seventeen principles and eleven guidelines putting human rights at the centre of anti-trafficking action.",
    """Adopted by the UN High Commissioner for Human Rights and submitted to the Economic and Social Council
    as an addendum to her 2002 report, this text sets out a human rights framework for anti-trafficking
    action. Its seventeen principles establish the primacy of human rights and the duties to prevent
    trafficking, to protect and assist victims – including not detaining or prosecuting them for offences
    linked to their situation – and to criminalise and punish trafficking while providing effective remedies.
    Eleven guidelines give practical content to these principles on identification, research, legal
    frameworks, law enforcement, protection, return, children and international cooperation.""",
    "guidance", ["legislation-policy", "survivor-support", "identification", "remedy"], [], ["en"],
    ["Office of the United Nations High Commissioner for Human Rights"], "2002-05-20",
    "https://www.ohchr.org/Documents/Publications/Traffickingen.pdf"),
  R("ohchr-rpg-b", "Recommended Principles & Guidelines on Human Rights and Human Trafficking (E/2002/68/Add.1)",
    "Soft-law benchmark: anti-trafficking measures must not undermine the rights of trafficked persons, migrants or refugees.",
    """Soft-law instrument frequently cited by courts, treaty bodies and governments. It insists that
    anti-trafficking measures must not adversely affect the rights of trafficked persons, migrants,
    refugees or asylum-seekers, and that victims should not be held in immigration detention or penalised.
    The guidelines deal with identifying victims and traffickers, ensuring an adequate legal response,
    special measures for children and access to remedies. A detailed commentary by the UN human rights
    office followed in 2010.""",
    "policy", ["legislation-policy", "remedy", "migration"], [], ["en"],
    ["OHCHR"], "2002",
    "https://www.refworld.org/docid/3f1fc60f4.html",
    tt=["ampersand", "doc-symbol"]),
  R("ohchr-rpg-c", "UN Recommended Principles and Guidelines on Human Rights and Human Trafficking",
    "What states should do to respect, protect and fulfil the rights of trafficked people.",
    """Policy guidance issued at UN level setting out what states should do to respect, protect and fulfil
    the rights of trafficked people. The first part lists the principles; the second contains guidelines for
    legislators, police, prosecutors, service providers and intergovernmental organisations. Often used as a
    benchmark when assessing national anti-trafficking laws and action plans.""",
    "guidance", ["legislation-policy", "survivor-support"], [], ["en"],
    ["United Nations Economic and Social Council"], None,
    "https://digitallibrary.un.org/record/475391",
    tt=["prefix"]),
)

# 9 UNHCR Guidelines on International Protection No. 7 (2006)
C("unhcr-gip7",
  R("unhcr-gip7-a", "Guidelines on International Protection No. 7: The application of Article 1A(2) of the 1951 Convention and/or 1967 Protocol relating to the Status of Refugees to victims of trafficking and persons at risk of being trafficked",
    "UNHCR guidance on when victims of trafficking, or people at risk of it, qualify as refugees.",
    """Interpretative guidance issued under UNHCR's supervisory mandate on when trafficked people, or people at
    risk of trafficking, qualify for refugee status. The guidelines explain that the harm inflicted in
    trafficking – abduction, sexual exploitation, forced labour, reprisals on return, ostracism – may amount
    to persecution, including where the persecutor is a non-state actor and the state is unable or unwilling
    to protect. They discuss the link to Convention grounds, notably membership of a particular social group
    such as women or former victims, and address internal relocation, statelessness and procedural
    safeguards in asylum systems.""",
    "guidance", ["migration", "survivor-support", "legislation-policy"], [], ["en"],
    ["United Nations High Commissioner for Refugees"], "2006-04-07",
    "https://www.refworld.org/docid/443679fa4.html"),
  R("unhcr-gip7-b", "UNHCR Guidelines on International Protection No. 7: Victims of Trafficking and Persons at Risk of Being Trafficked",
    "Refugee law and human trafficking: guidance for asylum decision-makers and lawyers.",
    """Guidance for asylum decision-makers and lawyers on the refugee law aspects of human trafficking. Not
    every victim of trafficking is a refugee, the guidelines stress, but asylum authorities must assess a
    well-founded fear of re-trafficking or serious retaliation, and ensure that victims can access asylum
    procedures alongside anti-trafficking protection. Issued in 2006, it remains the key UN reference on
    this intersection.""",
    "guidance", ["migration", "identification"], [], ["en"],
    ["UNHCR"], "2006",
    "https://www.unhcr.org/publications/legal/443b626b2/guidelines-international-protection-7-application-article-1a2-1951-convention.html",
    tt=["acronym-prefix", "subtitle"]),
)

# 10 CEDAW General recommendation No. 38 (2020)
C("cedaw-gr38",
  R("cedaw-gr38-a", "General recommendation No. 38 (2020) on trafficking in women and girls in the context of global migration",
    "The CEDAW Committee's interpretation of states' obligations on trafficking of women and girls linked to migration.",
    """Authoritative interpretation by the UN treaty body monitoring the Convention on the Elimination of All
    Forms of Discrimination against Women of states' obligations regarding the trafficking of women and
    girls. Adopted in November 2020, it frames trafficking as rooted in sex-based discrimination, gendered
    economic inequality and migration policies that push women into irregular channels. States are called
    on to discourage the demand that fosters exploitation, to address the misuse of digital technology by
    traffickers, to protect women and girls in conflict and humanitarian crises, and to guarantee access to
    justice, non-punishment, protection and remedies whether or not victims cooperate with the authorities.""",
    "policy", ["gender", "migration", "legislation-policy", "technology"], [], ["en"],
    ["Committee on the Elimination of Discrimination against Women"], "2020-11-06",
    "https://tbinternet.ohchr.org/_layouts/15/treatybodyexternal/Download.aspx?symbolno=CEDAW/C/GC/38&Lang=en"),
  R("cedaw-gr38-b", "CEDAW General Recommendation 38 on Trafficking in Women and Girls in the Context of Global Migration",
    "Treaty-body guidance on gender-responsive action against trafficking of migrant women and girls.",
    """Treaty-body guidance explaining what the Women's Convention requires of states in responding to
    trafficking linked to migration. It covers root causes including poverty, lack of decent work and
    gender-based violence; the particular risks faced by asylum-seeking, refugee and internally displaced
    women and girls; the use of online platforms for recruitment; and the need for gender-responsive
    identification, shelters and long-term support. States' periodic reports to the Committee are reviewed
    against it.""",
    "policy", ["gender", "migration", "conflict-crisis", "survivor-support"], [], ["en"],
    ["UN CEDAW Committee", "Office of the United Nations High Commissioner for Human Rights"], "2020",
    "https://www.ohchr.org/en/documents/general-comments-and-recommendations/general-recommendation-no38-2020-trafficking-women-and",
    tt=["acronym-prefix", "case-punct"]),
)

# 11 ICAT Issue Brief 04 (2017)
C("icat-ib04",
  R("icat-ib04-a", "The Gender Dimensions of Human Trafficking",
    "Why trafficking affects women, men, girls and boys differently – and what a gendered response looks like.",
    """Brief from the UN inter-agency coordination group explaining why trafficking affects women, men, girls
    and boys differently. It identifies root causes and risk factors that disproportionately expose women
    and girls – discrimination, gender-based violence, unequal access to education and decent work, and
    demand for sexual services and cheap domestic labour. It also considers how male victims are overlooked
    because of stereotypes and a focus on sexual exploitation, and recommends gender-responsive prevention,
    identification, assistance and data collection.""",
    "briefing", ["gender", "prevention", "identification"], [], ["en"],
    ["Inter-Agency Coordination Group against Trafficking in Persons"], "2017-09",
    "https://icat.un.org/sites/g/files/tmbgdz971/files/publications/icat-ib-04-v.1.pdf"),
  R("icat-ib04-b", "ICAT Issue Brief 04: Gender Dimensions of Human Trafficking",
    "Short ICAT policy paper on applying a gender lens to prevention and victim support.",
    """Short policy paper summarising what a gendered approach to countering trafficking in persons means in
    practice. Its key messages: gender shapes both the forms of exploitation people experience and their
    access to protection; men and boys trafficked for forced labour often lack tailored services; and
    responses should rest on sex- and age-disaggregated data and on the participation of survivors.""",
    "briefing", ["gender", "survivor-support", "data-research"], [], ["en"],
    ["ICAT"], "2017",
    "http://icat.network/sites/default/files/publications/documents/ICAT-IB-04-V.1.pdf",
    tt=["series-prefix", "leading-the"]),
)

# 12 ASEAN Convention against Trafficking in Persons (2015)
C("actip",
  R("actip-a", "ASEAN Convention Against Trafficking in Persons, Especially Women and Children",
    "Southeast Asia's binding regional treaty on trafficking, adopted in Kuala Lumpur in November 2015.",
    """Regional treaty adopted by ASEAN leaders at their summit in Kuala Lumpur in November 2015, which entered
    into force in March 2017. It obliges member states to criminalise trafficking in line with the UN
    Trafficking Protocol, with aggravated penalties for offences involving children or public officials, and
    sets out commitments on prevention, protection of victims, law enforcement, mutual legal assistance and
    extradition. States are also to consider not holding victims criminally or administratively liable for
    unlawful acts directly related to their trafficking.""",
    "legislation", ["legislation-policy", "prosecution", "survivor-support"],
    ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"], ["en"],
    ["Association of Southeast Asian Nations"], "2015-11-21",
    "https://asean.org/asean-convention-against-trafficking-in-persons-especially-women-and-children/"),
  R("actip-b", "ACTIP – ASEAN Convention against Trafficking in Persons, especially Women & Children",
    "Binding instrument for the ten ASEAN states, complemented by the ASEAN Plan of Action.",
    """Legally binding instrument for the ten Southeast Asian states, complemented by the ASEAN Plan of Action
    against Trafficking in Persons. It defines trafficking, requires domestic criminalisation of the offence
    and of related conduct such as laundering the proceeds and corruption, and addresses victim
    identification, shelter, repatriation and reintegration. Cross-border cooperation between law
    enforcement agencies is a central theme; implementation is followed through ASEAN's senior officials'
    meetings on transnational crime.""",
    "legislation", ["legislation-policy", "partnership-working", "identification"], [], ["en"],
    ["ASEAN Secretariat"], None,
    "https://asean.org/wp-content/uploads/2012/05/ACTIP.pdf",
    tt=["acronym-prefix", "ampersand", "case-punct"]),
)

# 13 Global Slavery Index 2016
C("gsi16",
  R("gsi16-a", "The Global Slavery Index 2016",
    "Walk Free's country-by-country estimates of modern slavery and ratings of government responses, 2016 edition.",
    """Third edition of the Walk Free Foundation's country-by-country index of modern slavery. Based on
    nationally representative surveys conducted with Gallup in 25 countries and extrapolated to others, it
    estimates that 45.8 million people were living in some form of modern slavery across 167 countries.
    India has the largest absolute number, while North Korea has the highest estimated prevalence. The
    index also rates government responses against milestones – survivor support, criminal justice,
    coordination, attitudes and systems, and supply chains – and assesses each country's vulnerability.""",
    "data", ["data-research", "legislation-policy", "forms-of-exploitation"], [], ["en"],
    ["Walk Free Foundation"], "2016-05-31",
    "https://www.globalslaveryindex.org/2016/"),
  R("gsi16-b", "Global Slavery Index 2016",
    "Ranking 167 countries on prevalence of modern slavery, government action and vulnerability.",
    """Data-driven ranking of 167 countries on the estimated prevalence of modern slavery, the strength of
    government action and vulnerability factors. Estimates rest on a survey programme covering a large share
    of the world's population and a vulnerability model used to extrapolate to countries without surveys.
    Asia accounts for the majority of people in modern slavery. Among government responses, the Netherlands,
    the United States and the United Kingdom are rated strongest, while some wealthy states do relatively
    little given their resources. Country studies and methodology notes are included.""",
    "data", ["data-research", "legislation-policy"], [], ["en"],
    ["Walk Free", "Minderoo Foundation"], "2016",
    "https://downloads.globalslaveryindex.org/ephemeral/GSI-2016-Full-Report.pdf",
    tt=["leading-the"]),
  R("gsi16-c", "Global Slavery Index (2016 edition)",
    "Headline figure: 45.8 million people in modern slavery worldwide.",
    """Estimate and index of modern slavery produced by the Australian-based anti-slavery initiative founded
    by Andrew Forrest. Headline figure: 45.8 million people enslaved worldwide. Includes regional analysis
    for Asia-Pacific, Europe and Central Asia, the Americas, Africa and the Middle East, and recommendations
    for governments and business.""",
    "report", ["data-research"], [], ["en"],
    [], "2016-06",
    "https://reliefweb.int/report/world/global-slavery-index-2016",
    tt=["reworded"]),
)

# 14 Measurement, Action, Freedom (2019)
C("maf19",
  R("maf19-a", "Measurement, Action, Freedom: An independent assessment of government progress towards achieving UN Sustainable Development Goal 8.7",
    "Walk Free's assessment of 183 governments' progress towards ending modern slavery under SDG 8.7.",
    """Walk Free's assessment of how 183 governments are responding to modern slavery four years after world
    leaders committed, through SDG target 8.7, to end forced labour, modern slavery, human trafficking and
    child labour. Countries are scored on identifying and supporting survivors, criminal justice,
    coordination and accountability, addressing risk factors, and cleaning up government and business supply
    chains. Progress is far too slow: dozens of countries have not criminalised trafficking, most have not
    criminalised forced marriage, and few have ratified the ILO Forced Labour Protocol. The report calls for
    agreed indicators for SDG 8.7.""",
    "report", ["legislation-policy", "data-research", "survivor-support", "supply-chains"], [], ["en"],
    ["Walk Free"], "2019-07-17",
    "https://www.walkfree.org/reports/measurement-action-freedom/"),
  R("maf19-b", "Measurement, Action, Freedom",
    "Governments are not on track to end modern slavery by 2030, this independent review concludes.",
    """Are states on track to eradicate modern slavery by 2030? This independent review concludes that they
    are not. It highlights that victims often face criminal charges for acts committed while exploited,
    that services are concentrated in richer countries, and that public procurement rarely addresses forced
    labour risks. It recommends that UN member states adopt measurement indicators for SDG 8.7 and that
    governments identify more victims, ratify the 2014 Protocol and strengthen their legislation.""",
    "report", ["legislation-policy", "data-research"], [], ["en"],
    ["Minderoo Foundation"], "2019",
    "https://www.minderoo.org/measurement-action-freedom/",
    tt=["subtitle"]),
)

# 15 Stacked Odds (2020)
C("stacked20",
  R("stacked20-a", "Stacked Odds: How lifelong inequality shapes women and girls' experience of modern slavery",
    "Walk Free report tracing how discrimination across the life course exposes women and girls to modern slavery.",
    """Walk Free report on the gendered nature of modern slavery. Women and girls account for around 71 per
    cent of people in modern slavery, almost all victims of forced sexual exploitation and the large majority
    of people in forced marriage. Following the life course from birth to old age, the report shows how
    discrimination in access to education, inheritance, decent work and legal protection accumulates and
    leaves women and girls exposed to exploitation. It calls for gender-responsive anti-slavery action and
    for broader measures to dismantle the inequality that underpins it.""",
    "report", ["gender", "forced-marriage", "sexual-exploitation", "prevention"], [], ["en"],
    ["Walk Free"], "2020",
    "https://www.walkfree.org/reports/stacked-odds/"),
  R("stacked20-b", "Stacked odds – how lifelong inequality shapes women and girls’ experience of modern slavery",
    "Why are women and girls over-represented among people held in slavery?",
    """Why are women and girls over-represented among people held in slavery? This analysis links exploitation
    to discrimination at every stage of life – child marriage, unequal schooling, informal and unprotected
    work, restricted options for safe migration – and to social norms that tolerate violence against women.
    It recommends that governments, business and donors mainstream gender in their responses to forced
    labour, forced marriage and trafficking.""",
    "research", ["gender", "forced-marriage", "domestic-servitude"], [], ["en"],
    ["Walk Free Foundation", "Minderoo Foundation"], None,
    "https://cdn.walkfree.org/content/uploads/2020/10/06140436/Walk-Free-Foundation-Stacked-Odds-2020.pdf",
    tt=["case-punct"]),
)

# 16 Polaris temporary work visas 2015-2017 (2018)
C("polvisa18",
  R("polvisa18-a", "Human Trafficking on Temporary Work Visas: A Data Analysis 2015-2017",
    "Polaris analysis of hotline cases involving people exploited while holding US temporary work visas, 2015–2017.",
    """Polaris analysed cases reported to the US National Human Trafficking Hotline between 2015 and 2017
    involving people who held a temporary work visa while being exploited. Almost 800 such victims were
    identified, most on H-2A agricultural or H-2B non-agricultural visas, with others on J-1 exchange visitor,
    domestic worker and other visas. The report shows how recruitment fees, sponsorship tied to a single
    employer, isolation and weak oversight allow employers and recruiters to exploit workers who entered the
    country lawfully, and recommends reforms to the visa programmes.""",
    "data", ["labour-exploitation", "migration", "agriculture", "data-research"], ["US"], ["en"],
    ["Polaris"], "2018-06-01",
    "https://polarisproject.org/resources/human-trafficking-on-temporary-work-visas-a-data-analysis-2015-2017/"),
  R("polvisa18-b", "Human trafficking on temporary work visas",
    "How features of the US guest worker system enable labour trafficking.",
    """Data brief showing how structural features of the US guest worker system enable labour trafficking.
    Abuses commonly reported to the hotline include confiscation of documents, threats of deportation,
    unpaid wages and debts from illegal recruitment fees. Agriculture, landscaping, hospitality and domestic
    work feature prominently. Polaris urges Congress and federal agencies to increase transparency about
    visa employers and recruiters and to allow workers to change employers.""",
    "briefing", ["labour-exploitation", "migration", "hospitality", "debt-bondage"], ["US"], ["en"],
    ["Polaris Project"], "2018",
    "https://polarisproject.org/wp-content/uploads/2019/09/Human-Trafficking-on-Temporary-Work-Visas.pdf",
    tt=["subtitle", "case-punct"]),
)

# 17 Polaris illicit massage businesses (2018)
C("polimb18",
  R("polimb18-a", "Human Trafficking in Illicit Massage Businesses",
    "The business model of illicit massage parlours in the US and a strategy to disrupt it.",
    """Polaris report describing the business model of illicit massage parlours in the United States, which
    operate as fronts for commercial sex while presenting as legitimate spas. The authors estimate more than
    9,000 such storefronts nationally, generating billions of dollars a year. Most women exploited in them
    are recent immigrants, largely from China and South Korea, controlled through debt, language barriers,
    shame and fear of law enforcement rather than physical confinement. The report maps the networks behind
    the businesses and proposes a disruption strategy involving licensing boards, landlords, online review
    sites and financial institutions.""",
    "research", ["sexual-exploitation", "migration", "debt-bondage"], ["US"], ["en"],
    ["Polaris"], "2018-01",
    "https://polarisproject.org/resources/human-trafficking-in-illicit-massage-businesses/"),
  R("polimb18-b", "Human Trafficking in Illicit Massage Businesses (IMBs)",
    "How massage parlour fronts keep operating in plain sight – and why raids that arrest the women backfire.",
    """How do massage parlour fronts keep operating in plain sight? Drawing on hotline data, court cases and
    open-source research, this study explains how women are recruited through debt and deceptive job offers,
    how operators evade regulation, and why raids that end in the arrest of the women themselves are
    counterproductive. Recommendations target state and local regulators, property owners and the online
    platforms that advertise the businesses.""",
    "report", ["sexual-exploitation", "prevention", "partnership-working"], ["US"], ["en"],
    ["Polaris Project"], "2018",
    "https://polarisproject.org/wp-content/uploads/2018/01/Full-Report-Human-Trafficking-in-Illicit-Massage-Businesses.pdf",
    tt=["acronym-added"]),
)

# 18 HTI 2020 Federal Human Trafficking Report
C("hti20",
  R("hti20-a", "2020 Federal Human Trafficking Report",
    "Annual review of every human trafficking case active in US federal courts in 2020.",
    """Annual review by the Human Trafficking Institute of every criminal and civil human trafficking case
    active in US federal courts during 2020. The report tracks new prosecutions, defendants, victims,
    sentences and restitution, broken down by type of trafficking, federal district and industry. Sex
    trafficking cases continue to dominate the federal docket, while forced labour prosecutions remain rare.
    The 2020 edition also notes the disruption that the COVID-19 pandemic caused to investigations and court
    proceedings, and the role of online platforms in recruitment and advertising.""",
    "data", ["prosecution", "data-research", "sexual-exploitation", "covid-19"], ["US"], ["en"],
    ["Human Trafficking Institute"], "2021",
    "https://traffickinginstitute.org/2020-federal-human-trafficking-report/"),
  R("hti20-b", "Federal Human Trafficking Report 2020",
    "US federal human trafficking prosecutions in 2020, by state and district.",
    """Statistics on federal human trafficking prosecutions in the United States for calendar year 2020,
    compiled from court records. It shows how many new criminal cases were filed, how many defendants were
    convicted, what sentences were imposed and how often courts ordered restitution to victims. Data are
    presented by state and district, with commentary on trends such as the persistently small share of
    labour trafficking cases.""",
    "report", ["prosecution", "data-research", "remedy"], ["US"], ["en"],
    ["HTI"], "2020",
    "https://www.traffickinginstitute.org/wp-content/uploads/2021/05/2020-Federal-Human-Trafficking-Report-Low-Res.pdf",
    tt=["reworded"]),
)

# 19 US DOL 2020 List of Goods
C("dol20",
  R("dol20-a", "2020 List of Goods Produced by Child Labor or Forced Labor",
    "US Department of Labor list of 155 goods from 77 countries made with child or forced labour (2020).",
    """Biennial list required under the Trafficking Victims Protection Reauthorization Act, identifying goods
    and source countries where the US Department of Labor has reason to believe child labour or forced labour
    is used in production in violation of international standards. The 2020 edition lists 155 goods from 77
    countries, adding new entries and removing others on the basis of updated evidence. Agricultural
    commodities such as cotton, sugarcane, cocoa and coffee dominate, alongside manufactured and mined
    products. The report explains the research methodology and sources.""",
    "data", ["supply-chains", "child-trafficking", "labour-exploitation", "agriculture"], ["US"], ["en"],
    ["U.S. Department of Labor"], "2020-09-30",
    "https://www.dol.gov/agencies/ilab/reports/child-labor/list-of-goods"),
  R("dol20-b", "List of Goods Produced by Child Labor or Forced Labor (2020)",
    "Products made with child or forced labour, by country: the ILAB reference list.",
    """Reference list maintained by the US Labor Department's international affairs bureau naming products
    made with child or forced labour, country by country. It is meant to raise public awareness, guide
    corporate due diligence and inform procurement decisions, and comes with a searchable mobile app. This
    edition includes new entries on goods linked to the forced labour of Uyghurs and other minorities in
    China.""",
    "data", ["supply-chains", "labour-exploitation", "manufacturing"], [], ["en"],
    ["Bureau of International Labor Affairs"], "2020",
    "https://www.dol.gov/sites/dolgov/files/ILAB/child_labor_reports/tda2019/2020_TVPRA_List_Online_Final.pdf",
    tt=["reworded"]),
  R("dol20-c", "2020 TVPRA List of Goods Produced by Child Labor or Forced Labor",
    "Screening tool for sourcing risks: 155 goods across 77 countries.",
    """US government list used by companies and investors to screen sourcing risks. Covers 155 goods across
    77 countries; each listing indicates whether the concern is child labour, forced labour or both, so
    buyers can prioritise due diligence on high-risk commodities.""",
    "data", ["supply-chains", "child-trafficking"], ["US"], ["en"],
    ["USDOL ILAB"], None,
    "https://www.humantraffickingsearch.org/resource/2020-list-of-goods-produced-by-child-labor-or-forced-labor/",
    tt=["acronym-added"]),
)

# 20 Trafficking Victims Protection Act of 2000
C("tvpa00",
  R("tvpa00-a", "Trafficking Victims Protection Act of 2000 (TVPA)",
    "The US federal law that created the modern American anti-trafficking framework and the annual TIP Report.",
    """Landmark US federal law that created the modern American framework against human trafficking. It
    defines 'severe forms of trafficking in persons', establishes federal crimes of forced labour, sex
    trafficking and document servitude with substantial penalties, and introduces the T visa so that foreign
    victims can remain in the country. It also created the State Department's Office to Monitor and Combat
    Trafficking and the President's Interagency Task Force, and requires the annual Trafficking in Persons
    Report assessing other governments against minimum standards.""",
    "legislation", ["legislation-policy", "prosecution", "survivor-support"], ["US"], ["en"],
    ["United States Congress"], "2000-10-28",
    "https://www.congress.gov/106/plaws/publ386/PLAW-106publ386.pdf",
    tt=["acronym-added"]),
  R("tvpa00-b", "Victims of Trafficking and Violence Protection Act of 2000, Public Law 106-386",
    "Public Law 106-386: trafficking victims protection (Division A) and Violence Against Women Act reauthorisation (Division B).",
    """Public Law 106-386, signed on 28 October 2000. Division A, the Trafficking Victims Protection Act,
    focuses on prevention, protection of victims and prosecution of traffickers; Division B reauthorises
    programmes under the Violence Against Women Act. Among other measures, the law makes trafficking victims
    eligible for federally funded benefits, provides for mandatory restitution and allows non-humanitarian
    assistance to be withheld from countries that fail to make significant efforts to meet minimum
    standards.""",
    "legislation", ["legislation-policy", "remedy"], ["US"], ["en"],
    ["U.S. Congress"], "2000",
    "https://www.govinfo.gov/app/details/PLAW-106publ386",
    tt=["reworded"]),
  R("tvpa00-c", "TVPA 2000",
    "The founding US anti-trafficking statute and its '3P' approach.",
    """The founding US anti-trafficking statute, reauthorised several times since (2003, 2005, 2008, 2013 and
    later). Key concepts it introduced: the '3P' approach of prevention, protection and prosecution, the tier
    ranking in the annual TIP Report, and immigration relief for survivors who comply with reasonable
    requests from law enforcement.""",
    "legislation", ["legislation-policy"], ["US"], ["en"],
    ["US Government"], None,
    "https://2009-2017.state.gov/j/tip/laws/61124.htm",
    tt=["acronym", "truncated"]),
)

# 21 2021 Trafficking in Persons Report
C("tip21",
  R("tip21-a", "2021 Trafficking in Persons Report",
    "The US State Department's 2021 assessment of anti-trafficking efforts in 188 countries and territories.",
    """The US State Department's annual assessment of government efforts to combat human trafficking in 188
    countries and territories, including the United States. Each country narrative covers prosecution,
    protection and prevention and ends with prioritised recommendations; countries are placed on Tier 1,
    Tier 2, the Tier 2 Watch List or Tier 3 according to their efforts to meet the minimum standards of the
    Trafficking Victims Protection Act. The 2021 introduction examines how the COVID-19 pandemic increased
    vulnerability to trafficking while disrupting identification and services, and discusses links between
    racial inequity and trafficking.""",
    "report", ["legislation-policy", "prosecution", "covid-19", "data-research"], ["US"], ["en"],
    ["U.S. Department of State"], "2021-07-01",
    "https://www.state.gov/reports/2021-trafficking-in-persons-report/"),
  R("tip21-b", "Trafficking in Persons Report – June 2021",
    "Twenty-first edition of the US government's global ranking of anti-trafficking efforts.",
    """Twenty-first edition of the US government's global ranking of anti-trafficking efforts. Beyond the
    country chapters, it contains essays on how the pandemic changed traffickers' methods and survivors'
    access to help, a list of governments with a documented policy or pattern of state-sponsored trafficking,
    the list of countries implicated in recruiting child soldiers, and profiles of 'TIP Report Heroes'
    recognised for their work.""",
    "report", ["legislation-policy", "covid-19", "child-trafficking"], [], ["en"],
    ["Office to Monitor and Combat Trafficking in Persons"], "2021-06",
    "https://www.state.gov/wp-content/uploads/2021/09/TIPR-GPA-upload-07222021.pdf",
    tt=["reworded"]),
  R("tip21-c", "TIP Report 2021",
    "Annual tier rankings; 2021 notes pandemic-related backsliding and state-imposed forced labour.",
    """Annual report with tier placements for every country assessed. Notable in 2021: pandemic-related
    backsliding in several countries, closer attention to forced labour in supply chains, and strong
    criticism of the mass detention and forced labour of Uyghurs and other minorities in China.""",
    "report", ["legislation-policy", "supply-chains"], ["US"], ["en"],
    ["US State Department"], None,
    "https://www.humantraffickingsearch.org/resource/2021-trafficking-in-persons-report/",
    tt=["acronym", "reworded"]),
)

# 22 HRW Hidden Chains (2018) - includes a translated-title copy from a French-language hub
C("hrw-chains",
  R("hrw-chains-a", "Hidden Chains: Rights Abuses and Forced Labor in Thailand's Fishing Industry",
    "Human Rights Watch finds forced labour persists on Thai fishing boats despite government reforms.",
    """Human Rights Watch investigation into labour conditions on Thai fishing vessels after the government
    announced sweeping reforms in response to international pressure, including an EU 'yellow card'
    warning. Based on interviews with 248 current and former fishers, mostly migrants from Myanmar and
    Cambodia, the report documents forced labour, debt bondage, withheld wages, confiscated documents and
    abuse, and finds that port inspections were often superficial. It concludes that the reforms had not
    ended the systemic problems and recommends changes to Thai law and enforcement and to the policies of the
    EU, the US and seafood buyers.""",
    "report", ["fishing", "labour-exploitation", "migration", "debt-bondage"], ["TH"], ["en"],
    ["Human Rights Watch"], "2018-01-23",
    "https://www.hrw.org/report/2018/01/23/hidden-chains/rights-abuses-and-forced-labor-thailands-fishing-industry"),
  R("hrw-chains-b", "Hidden Chains",
    "Migrant fishermen in Thailand remain trapped in abusive work despite official promises.",
    """Report documenting how migrant fishermen in Thailand remain trapped in abusive work despite government
    promises. Workers described being unable to leave their vessels, paid late or not at all and kept in debt
    to brokers; many did not know the terms of their contracts. The 'port-in, port-out' inspections failed to
    detect these abuses because officials rarely interviewed crew members privately. HRW urges Thailand to
    ratify ILO Convention No. 188 and the Forced Labour Protocol and to allow migrant workers to form
    unions.""",
    "report", ["fishing", "labour-exploitation", "supply-chains"], ["TH", "MM", "KH"], ["en"],
    ["HRW"], "2018",
    "https://www.hrw.org/sites/default/files/report_pdf/thailand0118_report_web.pdf",
    tt=["subtitle"]),
  R("hrw-chains-c", "Chaînes cachées : abus et travail forcé dans l'industrie de la pêche en Thaïlande",
    "Rapport de Human Rights Watch (en anglais) sur le travail forcé à bord des navires de pêche thaïlandais.",
    """Rapport de Human Rights Watch, publié en anglais, sur le travail forcé dans la pêche thaïlandaise.
    Malgré les réformes annoncées par les autorités après le « carton jaune » de l'Union européenne, les
    enquêteurs ont recueilli les témoignages de centaines de pêcheurs migrants, surtout birmans et
    cambodgiens, qui décrivent salaires impayés, confiscation des papiers, dettes envers les intermédiaires et
    impossibilité de quitter les bateaux. Le rapport recommande des inspections plus rigoureuses, le droit
    syndical pour les migrants et une implication des acheteurs internationaux.""",
    "report", ["fishing", "labour-exploitation", "migration"], ["TH"], ["en"],
    ["Human Rights Watch"], "2018-01",
    "https://www.refworld.org/docid/5a69b0b84.html",
    tt=["translated-title"]),
)
