from common import R, C

# 23 EJF Thailand's Seafood Slaves (2015) - one copy from a Spanish-language hub with translated title
C("ejf-slaves",
  R("ejf-slaves-a", "Thailand's Seafood Slaves: Human Trafficking, Slavery and Murder in Kantang's Fishing Industry",
    "EJF investigation into trafficking, slavery and killings on fishing boats operating from Kantang, southern Thailand.",
    """Investigation by the Environmental Justice Foundation into the fishing fleet operating from Kantang, a
    port in southern Thailand. Drawing on testimony from trafficked Burmese and Cambodian workers and on the
    organisation's own field investigations, the report describes men sold to boat owners, held at sea for
    long periods, beaten and in some cases killed, while their catch entered supply chains serving export
    markets. It links these abuses to illegal, unreported and unregulated fishing and to weak oversight of
    the Thai fleet, and calls on Thailand, the European Union and seafood buyers to act.""",
    "report", ["fishing", "labour-exploitation", "supply-chains", "migration"], ["TH"], ["en"],
    ["Environmental Justice Foundation"], "2015",
    "https://ejfoundation.org/reports/thailands-seafood-slaves-human-trafficking-slavery-and-murder-in-kantangs-fishing-industry"),
  R("ejf-slaves-b", "Los esclavos del marisco de Tailandia: trata de personas, esclavitud y asesinatos en la industria pesquera de Kantang",
    "Informe (en inglés) de la Environmental Justice Foundation sobre trata y trabajo forzoso en la flota pesquera de Kantang.",
    """Informe de la Environmental Justice Foundation, disponible en inglés, sobre la flota pesquera del puerto
    de Kantang, en el sur de Tailandia. Recoge testimonios de trabajadores migrantes de Myanmar y Camboya
    vendidos a armadores, retenidos durante meses en alta mar, golpeados e incluso asesinados. Relaciona la
    trata y el trabajo forzoso con la pesca ilegal, no declarada y no reglamentada, y pide a Tailandia, a la
    Unión Europea y a las empresas compradoras de pescado que garanticen la trazabilidad y sancionen a los
    responsables.""",
    "report", ["fishing", "labour-exploitation", "supply-chains"], ["TH"], ["en"],
    ["EJF"], None,
    "https://ejfoundation.org/resources/downloads/EJF-Thailand-Seafood-Slaves-low-res.pdf",
    tt=["translated-title"]),
)

# 24 Amnesty The Dark Side of Migration (2013)
C("amn-darkside",
  R("amn-darkside-a", "The Dark Side of Migration: Spotlight on Qatar's construction sector ahead of the World Cup",
    "Amnesty documents forced labour and abuse of migrant construction workers in Qatar ahead of the 2022 World Cup.",
    """Amnesty International research on the treatment of migrant construction workers in Qatar as the
    country prepared to host the 2022 FIFA World Cup. Based on interviews with workers, employers and
    officials, it documents unpaid wages, dangerous working conditions, squalid labour camps, passport
    confiscation and workers prevented from leaving the country under the sponsorship and exit-permit
    system; some cases amount to forced labour. The report urges Qatar to reform the kafala system and
    enforce its labour law, and calls on construction companies and FIFA to ensure projects are free of
    abuse.""",
    "report", ["construction", "labour-exploitation", "migration"], ["QA"], ["en"],
    ["Amnesty International"], "2013-11-17",
    "https://www.amnesty.org/en/documents/mde22/010/2013/en/"),
  R("amn-darkside-b", "Dark side of migration: spotlight on Qatar's construction sector ahead of the World Cup",
    "How the sponsorship system leaves World Cup construction workers at the mercy of employers.",
    """How does the sponsorship system leave migrant workers building Qatar's World Cup infrastructure at the
    mercy of their employers? Amnesty found workers from Nepal, India, Sri Lanka and other countries owed
    months of pay, denied exit permits and threatened when they complained, with some forced to keep working
    to avoid losing everything. The report highlights the responsibility of main contractors for abuses by
    subcontractors and recommends legal reform, labour inspections and access to justice.""",
    "report", ["construction", "migration", "remedy"], ["QA", "NP", "IN"], ["en"],
    ["Amnesty"], "2013",
    "https://www.amnesty.org/en/wp-content/uploads/2021/06/mde220102013en.pdf",
    tt=["leading-the", "case-punct"]),
)

# 25 Verité Malaysia electronics (2014)
C("verite-my",
  R("verite-my-a", "Forced Labor in the Production of Electronic Goods in Malaysia: A Comprehensive Study of Scope and Characteristics",
    "Verité survey of workers in Malaysia's electronics sector finds forced labour driven by fees, debt and passport retention.",
    """Study funded by the US Department of Labor that surveyed several hundred workers across Malaysia's
    electronics manufacturing sector, a key node in global supply chains for consumer electronics. Verité
    found forced labour present in the industry, affecting over a quarter of the workers interviewed and a
    considerably higher share of foreign migrant workers. The main drivers were recruitment fees and the
    resulting debt, passport retention by employers or agents, deceptive recruitment and restrictions on
    movement. The report recommends action by the Malaysian government, electronics brands and labour
    recruiters.""",
    "research", ["manufacturing", "labour-exploitation", "supply-chains", "debt-bondage"], ["MY"], ["en"],
    ["Verité"], "2014-09",
    "https://verite.org/project/forced-labor-in-malaysian-electronics/"),
  R("verite-my-b", "Forced labor in the production of electronic goods in Malaysia",
    "Migrant workers, labour agents and confiscated passports in Malaysian electronics factories.",
    """Research on the conditions of migrant workers from Nepal, Indonesia, Myanmar, Bangladesh and other
    countries employed in Malaysian electronics factories. Using a survey instrument built on ILO indicators,
    the study measured the prevalence of forced labour and documented the role of third-party labour agents,
    excessive fees and confiscated identity documents. Its findings prompted the electronics industry
    coalition to tighten its code of conduct on recruitment fees and passport holding.""",
    "research", ["manufacturing", "migration", "debt-bondage"], ["MY", "NP", "ID", "MM", "BD"], ["en"],
    ["Verite"], "2014",
    "https://www.verite.org/wp-content/uploads/2016/11/VeriteForcedLaborMalaysianElectronics2014.pdf",
    tt=["subtitle", "case-punct"]),
)

# 26 OECD Due Diligence Guidance for RBC (2018)
C("oecd-ddg",
  R("oecd-ddg-a", "OECD Due Diligence Guidance for Responsible Business Conduct",
    "The OECD's six-step due diligence framework for identifying and addressing adverse impacts, including forced labour.",
    """Cross-sector guidance adopted by OECD governments to help enterprises implement the due diligence
    recommendations of the OECD Guidelines for Multinational Enterprises. It sets out a six-step framework:
    embed responsible business conduct in policies and management systems; identify and assess adverse
    impacts in operations, supply chains and business relationships; cease, prevent or mitigate them; track
    implementation and results; communicate how impacts are addressed; and provide for or cooperate in
    remediation. Forced labour, child labour and human trafficking are among the human rights risks covered,
    with practical actions and explanatory annexes.""",
    "guidance", ["supply-chains", "remedy", "legislation-policy"], [], ["en"],
    ["Organisation for Economic Co-operation and Development"], "2018-05",
    "https://mneguidelines.oecd.org/OECD-Due-Diligence-Guidance-for-Responsible-Business-Conduct.pdf"),
  R("oecd-ddg-b", "Due Diligence Guidance for Responsible Business Conduct",
    "The common starting point for companies facing modern slavery reporting and due diligence laws.",
    """Companies seeking to comply with modern slavery reporting and due diligence laws often start from this
    OECD document. It explains how to prioritise the most severe risks, how to engage affected stakeholders
    including workers, and how responsibility differs depending on whether a company causes, contributes to
    or is directly linked to an impact. It also serves as the common reference for the OECD's sector guidance
    on minerals, garments and footwear, agriculture and the financial sector.""",
    "guidance", ["supply-chains", "remedy"], [], ["en"],
    ["OECD"], "2018",
    "https://www.oecd.org/investment/due-diligence-guidance-for-responsible-business-conduct.htm",
    tt=["acronym-prefix"]),
)

# 27 UN Guiding Principles on Business and Human Rights (2011)
C("ungp",
  R("ungp-a", "Guiding Principles on Business and Human Rights: Implementing the United Nations 'Protect, Respect and Remedy' Framework",
    "The 31 UN principles on the state duty to protect, the corporate responsibility to respect and access to remedy.",
    """The 31 principles endorsed by the UN Human Rights Council in June 2011, developed by the Special
    Representative of the Secretary-General, John Ruggie. They rest on three pillars: the state duty to
    protect against human rights abuses by business, the corporate responsibility to respect human rights,
    and access to effective remedy for victims. Companies are expected to adopt a policy commitment, carry
    out human rights due diligence and enable remediation. Although not specific to trafficking, the
    principles underpin modern slavery reporting laws and most corporate anti-slavery frameworks.""",
    "policy", ["supply-chains", "remedy", "legislation-policy"], [], ["en"],
    ["Office of the United Nations High Commissioner for Human Rights"], "2011",
    "https://www.ohchr.org/documents/publications/guidingprinciplesbusinesshr_en.pdf"),
  R("ungp-b", "UN Guiding Principles on Business and Human Rights (UNGPs)",
    "Global standard for preventing and remedying business-related human rights harms, including forced labour.",
    """Global standard for preventing and addressing business-related human rights harms, including forced
    labour and trafficking in supply chains. The 'protect, respect and remedy' framework makes clear that
    states must regulate and adjudicate, that businesses must avoid infringing rights and address impacts
    they are involved with, and that victims need both judicial and non-judicial grievance mechanisms.
    Endorsed unanimously by the Human Rights Council in resolution 17/4.""",
    "policy", ["supply-chains", "remedy"], [], ["en"],
    ["United Nations Human Rights Council"], "2011-06-16",
    "https://www.business-humanrights.org/en/big-issues/un-guiding-principles-on-business-human-rights/",
    tt=["prefix", "acronym-added", "subtitle"]),
)

# 28 ETI Base Code Guidance: Modern slavery (2017)
C("eti-ms",
  R("eti-ms-a", "Base Code Guidance: Modern slavery",
    "ETI guidance on applying Base Code clause 1 – employment is freely chosen – across supply chains.",
    """Guidance from the Ethical Trading Initiative on implementing clause 1 of the ETI Base Code – employment
    is freely chosen – in supply chains. It explains key concepts and legal definitions of forced labour,
    human trafficking and modern slavery, sets out indicators that suppliers and auditors should watch for,
    and describes how brands and retailers can assess risks, respond when cases are found and work with
    suppliers, trade unions and NGOs to prevent recurrence. Examples from member companies illustrate good
    practice.""",
    "guidance", ["supply-chains", "labour-exploitation", "remedy"], [], ["en"],
    ["Ethical Trading Initiative"], "2017",
    "https://www.ethicaltrade.org/resources/base-code-guidance-modern-slavery"),
  R("eti-ms-b", "ETI Base Code guidance: modern slavery – practical guidance for brands and retailers",
    "What to do when modern slavery is found at a supplier: a handbook for sourcing teams.",
    """Practical handbook for sourcing and ethical trade teams. When modern slavery is found at a supplier,
    it advises putting the worker's safety first, avoiding immediate termination of the relationship,
    involving specialist organisations and supporting remediation. It also covers recruitment fees,
    retention of identity documents and the risks associated with labour agencies.""",
    "toolkit", ["supply-chains", "remedy"], [], ["en"],
    ["ETI"], None,
    "https://respect.international/etis-base-code-guidance-modern-slavery-practical-guidance-for-brands-and-retailers/",
    tt=["acronym-prefix", "subtitle", "case-punct"]),
)

# 29 BHRRC Modern Slavery Act: Five years of reporting (2021)
C("bhrrc-5y",
  R("bhrrc-5y-a", "Modern Slavery Act: Five years of reporting",
    "Business & Human Rights Resource Centre verdict on five years of UK modern slavery statements.",
    """Briefing by the Business & Human Rights Resource Centre, which ran the public Modern Slavery Registry
    of company statements, looking back at five years of reporting under section 54 of the UK Modern Slavery
    Act. Having assessed thousands of statements, it concludes that the transparency provision has failed to
    drive systemic corporate action: many statements do not meet even the minimum legal requirements, and
    few companies disclose meaningful risk assessments or outcomes, even in high-risk sectors. It calls for
    mandatory human rights due diligence legislation with penalties and civil liability.""",
    "briefing", ["supply-chains", "legislation-policy"], ["GB"], ["en"],
    ["Business & Human Rights Resource Centre"], "2021-02",
    "https://www.business-humanrights.org/en/from-us/briefings/modern-slavery-act-five-years-of-reporting/"),
  R("bhrrc-5y-b", "Modern Slavery Act – five years of reporting: conclusions from monitoring corporate disclosure",
    "Has supply chain transparency worked? Persistent non-compliance and boilerplate statements, says the Resource Centre.",
    """Has supply chain transparency worked? The Resource Centre's verdict on the UK reporting requirement is
    largely negative. Its analysis of statements from large companies across sectors finds persistent
    non-compliance, boilerplate language and no enforcement by government, although a small group of
    leading companies and investors have pushed for better practice. The briefing recommends strengthening
    the Act and aligning it with emerging due diligence laws in Europe.""",
    "report", ["supply-chains", "legislation-policy"], ["GB"], ["en"],
    ["Business and Human Rights Resource Centre (BHRRC)"], "2021",
    "https://media.business-humanrights.org/media/documents/Modern_Slavery_Act_Five_Years_of_Reporting.pdf",
    tt=["subtitle", "case-punct"]),
)

# 30 FLEX Risky Business (2017)
C("flex-risky",
  R("flex-risky-a", "Risky Business: Tackling exploitation in the UK labour market",
    "FLEX maps the factors that let labour abuse in the UK escalate into forced labour and trafficking.",
    """Report by Focus on Labour Exploitation examining the factors that put workers in the UK at risk of
    labour abuse that can escalate into forced labour and trafficking. It identifies high-risk sectors and
    business models – subcontracting chains, agency work, zero-hours contracts and bogus self-employment – and
    shows how insecure immigration status, tied accommodation and lack of access to enforcement leave
    workers unable to challenge abuse. Prevention, it argues, requires stronger labour market enforcement
    and not only criminal justice responses; recommendations are addressed to the UK government and the
    Director of Labour Market Enforcement.""",
    "research", ["labour-exploitation", "prevention", "migration", "legislation-policy"], ["GB"], ["en"],
    ["Focus on Labour Exploitation"], "2017",
    "https://labourexploitation.org/publications/risky-business-tackling-exploitation-uk-labour-market"),
  R("flex-risky-b", "Risky Business",
    "How everyday labour abuse turns into severe exploitation – and how enforcement can stop it.",
    """How does everyday labour abuse turn into severe exploitation? FLEX maps risk factors in the UK labour
    market, from precarious contracts and reliance on labour providers to workers' fear of losing their right
    to remain. It calls for properly resourced labour inspectorates, joint liability along supply chains, and
    firewalls between labour rights enforcement and immigration control so that migrant workers can report
    abuse safely.""",
    "report", ["labour-exploitation", "migration", "prevention"], ["GB"], ["en"],
    ["FLEX"], None,
    "https://www.labourexploitation.org/sites/default/files/publications/RiskyBusiness_Final.pdf",
    tt=["subtitle"]),
)

# 31 Anti-Slavery International: forced criminal activities and begging (2014)
C("asi-crim14",
  R("asi-crim14-a", "Trafficking for Forced Criminal Activities and Begging in Europe: Exploratory Study and Good Practice Examples",
    "RACE in Europe study of people trafficked to commit crimes or beg, and good practice in identifying them.",
    """Exploratory study from the RACE in Europe project led by Anti-Slavery International, looking at a form
    of trafficking that had received little attention: people forced to commit crimes such as pickpocketing,
    shoplifting, cannabis cultivation and benefit fraud, or to beg. Drawing on research in several European
    countries, it finds that victims – often children and adults from marginalised communities – are
    routinely treated as offenders and prosecuted rather than identified. It sets out good practice in
    identification, application of the non-punishment principle and multi-agency cooperation.""",
    "research", ["criminal-exploitation", "child-trafficking", "identification", "prosecution"], [], ["en"],
    ["Anti-Slavery International"], "2014-09",
    "https://www.antislavery.org/wp-content/uploads/2017/01/trafficking-for-forced-criminal-activities-and-begging-in-europe.pdf"),
  R("asi-crim14-b", "Trafficking for forced criminal activities and begging in Europe",
    "Why are people exploited in criminal activities so rarely recognised as victims?",
    """Why are people exploited in criminal activities so rarely recognised as trafficking victims? This report
    describes how traffickers profit from forced begging and petty crime, how children and vulnerable adults
    are recruited, and the barriers facing police, prosecutors and child protection services. Good practice
    examples from across Europe show how specialist training and the non-punishment principle can improve
    outcomes.""",
    "report", ["criminal-exploitation", "identification"], [], ["en"],
    ["Anti-Slavery International", "RACE in Europe"], "2014",
    "https://www.antislavery.org/reports/trafficking-forced-criminal-activities-begging-europe/",
    tt=["subtitle", "case-punct"]),
)

# 32 ECPAT UK Heading back to harm (2016)
C("ecpat-hbth",
  R("ecpat-hbth-a", "Heading back to harm: A study on trafficked and unaccompanied children going missing from care in the UK",
    "ECPAT UK and Missing People find trafficked and unaccompanied children going missing from care at alarming rates.",
    """Research by ECPAT UK in partnership with Missing People on trafficked and unaccompanied children who go
    missing from local authority care. Freedom of Information data from 217 local authorities showed that
    more than a quarter of trafficked children in care and hundreds of unaccompanied children went missing
    at least once in the year to September 2015, and that 207 had not been found. The study reveals
    inconsistent identification and recording, and argues that the child protection system is not equipped
    to keep these children safe from re-trafficking.""",
    "research", ["child-trafficking", "survivor-support", "data-research"], ["GB"], ["en"],
    ["ECPAT UK", "Missing People"], "2016-11-15",
    "https://www.ecpat.org.uk/heading-back-to-harm-a-study-on-trafficked-and-unaccompanied-children-going-missing-from-care-in-the-uk"),
  R("ecpat-hbth-b", "Heading Back to Harm",
    "Why trafficked children disappear from care, and what would keep them safe.",
    """Why do trafficked children disappear from care? Combining local authority data with the views of
    practitioners and young people, this report identifies the triggers – traffickers' continuing control,
    unsuitable accommodation, lack of trust in professionals – and calls for child-specific training,
    independent child trafficking advocates, safe placements with safety planning and better data on
    missing children.""",
    "report", ["child-trafficking", "referral"], ["GB"], ["en"],
    ["Every Child Protected Against Trafficking UK"], "2016",
    "https://trustforlondon.org.uk/research/heading-back-harm/",
    tt=["subtitle", "case-punct"]),
)

# 33 Human Trafficking Foundation: Day 46 (2016)
C("htf-day46",
  R("htf-day46-a", "Day 46: Is there life after the safe house for survivors of modern slavery?",
    "What happens to survivors of modern slavery in England and Wales when NRM support ends.",
    """Report by the Human Trafficking Foundation on what happens to adult survivors of modern slavery in
    England and Wales when government-funded support under the National Referral Mechanism ends, at that time
    after 45 days. Based on consultation with support providers, local authorities and survivors, it finds that
    many people leave safe houses with nowhere to go, no settled immigration status and little access to
    further help, putting them at risk of destitution and re-trafficking. It recommends longer-term support,
    planned move-on and clearer responsibilities for local authorities.""",
    "research", ["survivor-support", "referral", "lived-experience"], ["GB"], ["en"],
    ["Human Trafficking Foundation"], "2016-10",
    "https://www.humantraffickingfoundation.org/day-46"),
  R("htf-day46-b", "Day 46 – Is There Life After the Safe House for Survivors of Modern Slavery?",
    "Move-on from specialist accommodation: gaps in housing, benefits, health and legal advice.",
    """What does 'day 46' look like for someone formally recognised as a victim of trafficking? This study
    follows the transition out of specialist accommodation and documents gaps in housing, welfare benefits,
    healthcare, legal advice and mental health support. Recovery, it argues, cannot be achieved within a
    fixed short period; it proposes continued, needs-based support.""",
    "report", ["survivor-support", "health"], ["GB"], ["en"],
    ["HTF"], None,
    "https://www.antislaverycommissioner.co.uk/media/1096/day-46.pdf",
    tt=["case-punct"]),
)

# 34 Slavery and Trafficking Survivor Care Standards (2018)
C("htf-stand18",
  R("htf-stand18-a", "The Slavery and Trafficking Survivor Care Standards",
    "Updated UK care standards for services supporting adult survivors of modern slavery (2018).",
    """Updated edition of the UK care standards for services supporting adult survivors of modern slavery,
    compiled by the Human Trafficking Foundation with input from more than thirty organisations, including
    care providers, police, lawyers and clinicians. The standards cover organisational requirements, needs
    assessment, accommodation, health, legal advice, interpreting and move-on, and incorporate the Helen
    Bamber Foundation's Trauma-Informed Code of Conduct. The government had committed to adopting the
    standards as a minimum in its victim care contract.""",
    "guidance", ["survivor-support", "referral", "health"], ["GB"], ["en"],
    ["Human Trafficking Foundation"], "2018-10-15",
    "https://www.humantraffickingfoundation.org/news/2018/10/12/launch-of-updated-slavery-and-trafficking-survivor-care-standards"),
  R("htf-stand18-b", "Slavery and Trafficking Survivor Care Standards 2018",
    "Minimum expectations for trauma-informed support to adult survivors, wherever they are in the UK.",
    """Blueprint for high-quality, trauma-informed support to adult survivors in the UK, updated to reflect
    changes in law, policy and practice since the Modern Slavery Act 2015. It sets minimum expectations for
    any organisation working with survivors – before, during and after the recovery and reflection period –
    so that care is consistent wherever a survivor is supported.""",
    "guidance", ["survivor-support", "lived-experience"], ["GB"], ["en"],
    ["HTF"], "2018",
    "https://healtrafficking.org/2019/05/publication-updated-uk-slavery-and-trafficking-survivor-care-standards/",
    tt=["leading-the", "year-added"]),
)

# 35 Helen Bamber Foundation Trauma-Informed Code of Conduct (2018)
C("hbf-ticc18",
  R("hbf-ticc18-a", "The Trauma-Informed Code of Conduct for all Professionals working with Survivors of Human Trafficking and Slavery",
    "Helen Bamber Foundation code on trauma-informed ways of working with survivors of trafficking.",
    """Practical code written by clinicians at the Helen Bamber Foundation for any professional who may meet
    survivors of trafficking and slavery – police officers, doctors, nurses, social workers, lawyers,
    immigration officials and support workers. It explains how trauma affects memory, behaviour and the
    ability to disclose, and sets out trauma-informed ways of working: ensuring safety and privacy, explaining
    roles and processes, using interpreters appropriately, avoiding re-traumatisation in interviews and
    respecting survivors' choices.""",
    "guidance", ["survivor-support", "health", "identification"], ["GB"], ["en"],
    ["Helen Bamber Foundation"], "2018-10-19",
    "http://www.helenbamber.org/wp-content/uploads/2019/01/Trauma-Informed-Code-of-Conduct.pdf",
    authors=["Rachel Witkin", "Katy Robjant"]),
  R("hbf-ticc18-b", "Trauma-Informed Code of Conduct (TiCC)",
    "Short, concrete rules for talking to and working with someone who has been trafficked.",
    """How should professionals talk to and work with someone who has been trafficked? The code gives short,
    concrete rules – introduce yourself and your role, never promise what you cannot deliver, allow breaks,
    do not ask for the same account again and again, recognise signs of distress – and also addresses
    self-care and supervision for staff.""",
    "guidance", ["survivor-support", "lived-experience"], ["GB"], ["en"],
    ["HBF"], "2018",
    "https://www.helenbamber.org/resources/best-practiseguidelines/trauma-informed-code-conduct",
    authors=["Witkin, R.", "Robjant, K."],
    tt=["subtitle", "leading-the", "acronym-added"]),
)

# 36 NAO Reducing Modern Slavery (2017)
C("nao-rms",
  R("nao-rms-a", "Reducing Modern Slavery",
    "National Audit Office value-for-money review of the UK's Modern Slavery Strategy and Act.",
    """Value-for-money audit by the UK National Audit Office of the Home Office's implementation of the 2014
    Modern Slavery Strategy and the Modern Slavery Act 2015. It finds that the government made a good start
    in raising awareness and creating new legislation but lacked a clear understanding of the scale of the
    crime, of how much was being spent and of whether the strategy was working. Support for victims ended
    abruptly after the reflection period, and few cases led to prosecution. The NAO recommends better data,
    clearer governance and a plan for evaluating outcomes.""",
    "report", ["legislation-policy", "referral", "prosecution"], ["GB"], ["en"],
    ["National Audit Office"], "2017-12-15",
    "https://www.nao.org.uk/reports/reducing-modern-slavery/"),
  R("nao-rms-b", "Reducing modern slavery: Report by the Comptroller and Auditor General (HC 630, Session 2017–2019)",
    "Audit to Parliament: rapid growth in NRM referrals, long delays, little information on victims' outcomes.",
    """Audit report to Parliament examining whether the UK response to modern slavery is achieving value for
    money. Key findings include the rapid growth in National Referral Mechanism referrals, long delays in
    decision-making, limited information on what happens to victims after they leave support, and weak
    monitoring of the transparency statements businesses are required to publish.""",
    "report", ["legislation-policy", "referral", "supply-chains"], ["GB"], ["en"],
    ["NAO"], "2017",
    "https://www.nao.org.uk/wp-content/uploads/2017/12/Reducing-Modern-Slavery.pdf",
    tt=["subtitle", "case-punct", "doc-symbol"]),
)

# 37 Hidden in Plain Sight (Australia, 2017)
C("aus-hips",
  R("aus-hips-a", "Hidden in Plain Sight: An inquiry into establishing a Modern Slavery Act in Australia",
    "Final report of the Australian parliamentary inquiry recommending a Modern Slavery Act.",
    """Final report of the Australian parliamentary inquiry, tabled in December 2017, into whether Australia
    should adopt legislation similar to or improving on the UK Modern Slavery Act 2015. After receiving more
    than 200 submissions and holding public hearings, the committee concluded that modern slavery is often
    hidden in plain sight in Australian industries and supply chains. It made 49 recommendations, including
    a Modern Slavery Act with a mandatory supply chain reporting requirement, an independent anti-slavery
    commissioner, improved support for victims, and action on forced marriage and orphanage trafficking.""",
    "report", ["legislation-policy", "supply-chains", "survivor-support"], ["AU"], ["en"],
    ["Parliament of Australia, Joint Standing Committee on Foreign Affairs, Defence and Trade"], "2017-12-07",
    "https://www.aph.gov.au/Parliamentary_Business/Committees/Joint/Foreign_Affairs_Defence_and_Trade/ModernSlavery/Final_report"),
  R("aus-hips-b", "Hidden in plain sight",
    "The Australian parliament's blueprint for modern slavery supply chain reporting.",
    """Australian parliament's blueprint for a Modern Slavery Act. The committee recommended requiring large
    entities to publish annual statements on modern slavery risks in their operations and supply chains,
    with a central public register and penalties for non-compliance, and extending obligations to government
    procurement. It also examined the support available to survivors and how far it depends on their
    participation in criminal proceedings.""",
    "report", ["legislation-policy", "supply-chains"], ["AU"], ["en"],
    ["Joint Standing Committee on Foreign Affairs, Defence and Trade"], "2017",
    "https://www.aph.gov.au/-/media/02_Parliamentary_Business/24_Committees/244_Joint_Committees/JSCFADT/Modern_Slavery/Final_Report/Hidden_in_Plain_Sight.pdf",
    tt=["subtitle", "case-punct"]),
)

# 38 Canada National Strategy to Combat Human Trafficking 2019-2024
C("ca-strat19",
  R("ca-strat19-a", "National Strategy to Combat Human Trafficking 2019-2024",
    "Canada's five-year federal anti-trafficking strategy, adding 'empowerment' to the four Ps.",
    """Five-year federal strategy launched by Public Safety Canada in September 2019, bringing federal
    anti-trafficking activities under a single framework with new funding. Building on the 2012–2016
    National Action Plan, it adds 'empowerment' to the internationally recognised pillars of prevention,
    protection, prosecution and partnership. Measures include a national human trafficking hotline, support
    for survivor services, awareness work with groups at higher risk such as Indigenous women and girls,
    youth and migrant workers, training for frontline staff, and stronger action against forced labour in
    supply chains.""",
    "policy", ["legislation-policy", "survivor-support", "prevention", "partnership-working"], ["CA"], ["en"],
    ["Public Safety Canada"], "2019-09-04",
    "https://www.publicsafety.gc.ca/cnt/rsrcs/pblctns/2019-ntnl-strtgy-hmnn-trffc/index-en.aspx"),
  R("ca-strat19-b", "Canada's National Strategy to Combat Human Trafficking",
    "How federal departments will prevent trafficking, empower survivors and bring offenders to justice.",
    """Government of Canada plan, backed by dedicated new funding, setting out how federal departments will
    prevent trafficking, protect and empower victims and survivors, and bring offenders to justice. Actions
    include a dedicated hotline, trauma-informed training, funding for community organisations, measures to
    address forced labour risks in federal procurement, and improved data collection with Statistics
    Canada.""",
    "policy", ["legislation-policy", "supply-chains", "data-research"], ["CA"], ["en"],
    ["Government of Canada"], "2019",
    "https://www.publicsafety.gc.ca/cnt/rsrcs/pblctns/2019-ntnl-strtgy-hmnn-trffc/2019-ntnl-strtgy-hmnn-trffc-en.pdf",
    tt=["prefix", "no-year-in-title"]),
)

# 39 Canada Fighting Against Forced Labour and Child Labour in Supply Chains Act (2023) - bilingual statute
C("ca-act23",
  R("ca-act23-a", "Fighting Against Forced Labour and Child Labour in Supply Chains Act (S.C. 2023, c. 9)",
    "Canada's supply chain reporting law on forced labour and child labour, in force since January 2024.",
    """Canadian federal statute, formerly Bill S-211, which received Royal Assent in May 2023 and took effect
    on 1 January 2024. It requires certain government institutions, and private-sector entities above size
    thresholds that produce, sell or import goods (or control entities that do), to report annually to the
    Minister of Public Safety on the steps taken to prevent and reduce the risk of forced labour and child
    labour in their operations and supply chains. Reports must be approved by the governing body and
    published, and non-compliance can lead to fines. The Act also amends the Customs Tariff to prohibit
    imports of goods made with child labour.""",
    "legislation", ["supply-chains", "legislation-policy", "child-trafficking", "labour-exploitation"], ["CA"], ["en", "fr"],
    ["Parliament of Canada"], "2023-05-11",
    "https://laws-lois.justice.gc.ca/eng/acts/F-10.6/"),
  R("ca-act23-b", "Loi sur la lutte contre le travail forcé et le travail des enfants dans les chaînes d'approvisionnement",
    "Loi canadienne imposant des rapports annuels sur le travail forcé et le travail des enfants dans les chaînes d'approvisionnement.",
    """Loi fédérale canadienne (ancien projet de loi S-211), sanctionnée en mai 2023 et en vigueur depuis le
    1er janvier 2024. Elle oblige les institutions fédérales et les entités d'une certaine taille qui
    produisent, vendent ou importent des marchandises à remettre chaque année au ministre de la Sécurité
    publique un rapport sur les mesures prises pour prévenir et réduire le risque de travail forcé ou de
    travail des enfants dans leurs activités et leurs chaînes d'approvisionnement. Les rapports sont publiés
    et des amendes sont prévues en cas de manquement. La loi modifie aussi le Tarif des douanes pour interdire
    l'importation de biens produits par le travail des enfants.""",
    "legislation", ["supply-chains", "legislation-policy"], ["CA"], ["en", "fr"],
    ["Gouvernement du Canada"], "2023",
    "https://www.securitepublique.gc.ca/cnt/cntrng-crm/frcd-lbr-cndn-spply-chns/index-fr.aspx",
    tt=["translated-title", "doc-symbol"]),
)

# 40 FRA Severe labour exploitation (2015)
C("fra-sle15",
  R("fra-sle15-a", "Severe labour exploitation: workers moving within or into the European Union – States' obligations and victims' rights",
    "FRA research on criminal labour exploitation of workers moving within or into the EU, and what states owe victims.",
    """EU Fundamental Rights Agency research into criminal forms of labour exploitation suffered by workers
    who move within the EU or arrive from third countries. Based on interviews and focus groups with more than
    600 professionals – labour inspectors, police, judges, lawyers, victim support workers and recruitment
    agencies – in 21 member states, plus case studies, it finds that severe exploitation occurs in sectors
    such as agriculture, construction, hospitality, domestic work and manufacturing, yet rarely results in
    prosecution or compensation. It proposes an approach built on prevention, monitoring, victims' access to
    justice and effective enforcement.""",
    "research", ["labour-exploitation", "migration", "agriculture", "remedy"], [], ["en"],
    ["European Union Agency for Fundamental Rights"], "2015-06",
    "https://fra.europa.eu/en/publication/2015/severe-labour-exploitation-workers-moving-within-or-european-union"),
  R("fra-sle15-b", "Severe labour exploitation: workers moving within or into the EU",
    "Why severe labour exploitation in Europe so seldom leads to punishment.",
    """Why is severe labour exploitation in Europe so seldom punished? FRA identifies risk factors linked to
    the worker, the workplace and the legal framework, and finds that labour inspectorates often lack the
    mandate and resources to act, that victims fear losing their jobs or residence, and that criminal law
    provisions go unused. Recommendations include more frequent, targeted inspections, effective complaint
    mechanisms and back-pay claims for workers in an irregular situation.""",
    "report", ["labour-exploitation", "construction", "hospitality"], [], ["en"],
    ["FRA"], "2015",
    "https://fra.europa.eu/sites/default/files/fra_uploads/fra-2015-severe-labour-exploitation_en.pdf",
    tt=["subtitle", "acronym"]),
  R("fra-sle15-c", "Severe Labour Exploitation – Workers Moving Within or Into the European Union: States' Obligations and Victims' Rights",
    "Comparative EU report on the legal framework against severe labour exploitation and how it works in practice.",
    """Comparative report on the exploitation of EU and non-EU migrant workers. It reviews the legal framework –
    the Employer Sanctions Directive, the Anti-Trafficking Directive and the Victims' Rights Directive – and
    examines how it is applied in practice, concluding with what member states owe victims in terms of
    protection, compensation and access to justice.""",
    "research", ["labour-exploitation", "legislation-policy", "remedy"], [], ["en"],
    ["EU Agency for Fundamental Rights"], None,
    "https://op.europa.eu/en/publication-detail/-/publication/severe-labour-exploitation-workers-moving-within-or-into-the-eu",
    tt=["case-punct"]),
)

# 41 Europol Situation Report (2016)
C("europol16",
  R("europol16-a", "Situation Report: Trafficking in human beings in the EU",
    "Europol's intelligence-based picture of trafficking networks operating in the European Union.",
    """Europol's assessment of the trafficking networks affecting the European Union, based on intelligence
    contributed by member states. It describes the main forms detected – sexual exploitation, labour
    exploitation, forced criminality and begging, and sham marriages – and notes that many identified
    victims are EU nationals, particularly from Romania, Bulgaria and Hungary, while non-EU victims most often
    come from Nigeria and China. The report examines the structure and modus operandi of criminal networks,
    their use of the internet and of legal businesses, and the laundering of proceeds.""",
    "report", ["prosecution", "data-research", "sexual-exploitation", "criminal-exploitation"], [], ["en"],
    ["Europol"], "2016-02",
    "https://www.europol.europa.eu/publications-events/publications/situation-report-trafficking-in-human-beings-in-eu"),
  R("europol16-b", "Trafficking in Human Beings in the EU – Europol Situation Report",
    "How organised crime groups recruit, move and control trafficking victims in the EU.",
    """Intelligence-based picture of organised crime groups engaged in human trafficking in the EU, focusing on
    how they recruit, transport and control victims, how family and ethnic ties structure many networks, and
    how the migration crisis of 2015 could create new opportunities for exploitation. Intended for law
    enforcement and policymakers.""",
    "briefing", ["prosecution", "migration"], [], ["en"],
    ["European Union Agency for Law Enforcement Cooperation"], "2016",
    "https://www.europol.europa.eu/cms/sites/default/files/documents/thb_situational_report_-_europol.pdf",
    tt=["reworded", "case-punct"]),
)

# 42 European Commission identification guidelines for consular services and border guards (2013)
C("ec-idg13",
  R("ec-idg13-a", "Guidelines for the identification of victims of trafficking in human beings: Especially for Consular Services and Border Guards",
    "European Commission guidelines helping consular staff and border guards recognise possible trafficking victims.",
    """Practical guidelines from the European Commission to help consular staff and border guards recognise
    possible victims of trafficking at the visa application and border crossing stages. Developed with input
    from member state authorities, they describe indicators related to documents, travel circumstances,
    behaviour and accompanying persons, suggest how to conduct interviews and refer suspected victims to
    assistance, and summarise victims' rights under the EU Anti-Trafficking Directive.""",
    "guidance", ["identification", "referral", "migration"], [], ["en"],
    ["European Commission"], "2013",
    "https://ec.europa.eu/anti-trafficking/publications/guidelines-identification-victims-trafficking-human-beings_en"),
  R("ec-idg13-b", "Guidelines for the Identification of Victims of Trafficking in Human Beings",
    "Warning signs and referral steps for officials who meet travellers before or at entry into the EU.",
    """Checklist-style guidance for officials who meet travellers before or at entry into the EU. It explains
    the difference between trafficking and migrant smuggling, lists warning signs such as inconsistent
    stories or another person holding the traveller's documents, and stresses that identification is a
    process in which border and consular staff are an early link, followed by referral to specialised
    services.""",
    "guidance", ["identification", "migration"], [], ["en"],
    ["European Commission, Directorate-General for Home Affairs"], None,
    "https://op.europa.eu/en/publication-detail/-/publication/guidelines-for-the-identification-of-victims-of-trafficking-in-human-beings",
    tt=["subtitle", "case-punct"]),
)

# 43 Eurostat Trafficking in human beings - 2015 edition
C("eurostat15",
  R("eurostat15-a", "Trafficking in human beings – 2015 edition",
    "Eurostat statistics on registered victims and traffickers in the EU for 2010–2012.",
    """Second Eurostat statistical working paper on trafficking in human beings, presenting data collected from
    EU member states and candidate and EEA countries for 2010–2012 on registered victims, suspected and
    prosecuted traffickers and convictions. Over 30,000 registered victims were reported in the EU across the
    three years. Around two-thirds were trafficked for sexual exploitation, most were women, and EU citizens
    made up a large share. The report stresses that figures reflect detection and recording practices and are
    not comparable measures of prevalence.""",
    "data", ["data-research", "prosecution", "sexual-exploitation"], [], ["en"],
    ["Eurostat"], "2015-10",
    "https://ec.europa.eu/eurostat/web/products-statistical-working-papers/-/KS-TC-14-008"),
  R("eurostat15-b", "Eurostat statistical working paper: Trafficking in Human Beings (2015)",
    "EU trafficking statistics by sex, age, citizenship and form of exploitation, with police and court data.",
    """Statistics on trafficking in the EU compiled by the EU statistical office together with the Commission's
    anti-trafficking coordinator. Tables show registered and presumed victims by sex, age, citizenship and form
    of exploitation, alongside police, prosecution and court data on traffickers. Data limitations and
    differences between national definitions are discussed at length.""",
    "data", ["data-research", "labour-exploitation"], [], ["en"],
    ["European Commission"], "2014",
    "https://ec.europa.eu/anti-trafficking/sites/antitrafficking/files/eurostat_report_on_trafficking_in_human_beings_-_2015_edition.pdf",
    tt=["prefix", "reworded"]),
)
