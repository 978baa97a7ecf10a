# -*- coding: utf-8 -*-
"""Practice guidance (UNODC, WHO, IOM, UNICEF, ECPAT) and US government material."""
from common import R, cluster, extra, near

# ---------------------------------------------------------------- UNODC case digest 2017
cluster("unodc-digest2017", [
    R("Case Digest: Evidential Issues in Trafficking in Persons Cases", "", "guidance",
      "prosecution identification", "", "en", "United Nations Office on Drugs and Crime", "2017",
      "https://www.unodc.org/documents/human-trafficking/2017/Case_Digest_Evidential_Issues_in_Trafficking.pdf",
      "UNODC digest of court cases on proving trafficking, from consent to victim credibility.",
      """A digest of over a hundred trafficking cases from about thirty jurisdictions,
      chosen to show how courts handle recurring evidential problems. Chapters cover
      the relevance of consent, victims' inconsistent statements and delayed
      disclosure, the use of expert witnesses, corroborating evidence such as
      financial records and communications, and victims' behaviour that may seem
      counterintuitive to judges, such as not escaping when they had the
      opportunity."""),
    R("Evidential issues in trafficking in persons cases: case digest", "title-affix=moved case-punct",
      "guidance", "prosecution", "", "en", "UNODC", None,
      "https://sherloc.unodc.org/cld/en/bibliography/case-digest-evidential-issues.html",
      "Practical lessons for prosecutors from trafficking judgments worldwide.",
      """Designed for prosecutors and judges, this UNODC tool draws lessons from
      national case law about building trafficking cases that do not rest on victim
      testimony alone. It discusses how courts assessed coercion in cases involving
      debt, religious rituals or intimate relationships, and how credibility
      challenges were met. Each issue is illustrated with short case summaries and
      links to the full judgments in the UNODC database."""),
])

# ---------------------------------------------------------------- UNODC female defendants 2020
cluster("unodc-female2020", [
    R("Female Victims of Trafficking for Sexual Exploitation as Defendants: A Case Law Analysis",
      "", "research", "sexual-exploitation prosecution gender", "", "en",
      "United Nations Office on Drugs and Crime", "2020",
      "https://www.unodc.org/documents/human-trafficking/2020/final_Female_victims_of_trafficking_for_sexual_exploitation_as_defendants.pdf",
      "When victims become accused: UNODC analysis of cases against women trafficked for sexual exploitation.",
      """UNODC examines court cases in which women who had been trafficked for sexual
      exploitation were themselves prosecuted, often for recruiting or controlling
      other victims. The analysis shows how victims can progress into offending
      roles under the influence of their traffickers and how rarely courts
      considered their own victimisation. It discusses the non-punishment principle,
      defences of duress, and sentencing."""),
    R("Female victims of trafficking for sexual exploitation as defendants", "subtitle", "research",
      "gender prosecution remedy", "", "en", "UNODC", "2020-01",
      "https://www.unodc.org/unodc/en/human-trafficking/publications.html",
      "Case law review on women prosecuted for trafficking after being trafficked themselves.",
      """A review of case law showing that women trafficked into prostitution are
      sometimes convicted as co-offenders. The report analyses what prompted their
      involvement, such as promises of release or debt reduction, and how judges
      and prosecutors treated evidence of their past exploitation. It recommends
      early identification, screening of female defendants for trafficking
      indicators, and application of the non-punishment principle."""),
])

# ---------------------------------------------------------------- WHO ethical recommendations 2003
cluster("who-ethical2003", [
    R("WHO Ethical and Safety Recommendations for Interviewing Trafficked Women", "", "guidance",
      "data-research health gender survivor-support", "", "en", "World Health Organization", "2003",
      "https://www.who.int/publications/i/item/9241546255",
      "Ten principles for researchers and others interviewing women who have been trafficked.",
      """Guidance produced with the London School of Hygiene & Tropical Medicine,
      setting out ten principles for anyone interviewing women who have been
      trafficked — researchers, journalists, service providers. They include doing
      no harm, knowing the subject and assessing risks, preparing referral
      information, ensuring anonymity and confidentiality, obtaining informed
      consent, not re-traumatising the interviewee, and being prepared for
      emergency intervention.""",
      authors=["Cathy Zimmerman", "Charlotte Watts"]),
    R("Ethical and safety recommendations for interviewing trafficked women", "title-affix case-punct",
      "research", "data-research health", "", "en", "WHO", None,
      "https://www.who.int/mip/2003/other_documents/en/Ethical_Safety-GWH.pdf",
      "Classic WHO guidance on safe, ethical interviewing of trafficking survivors.",
      """Short guide written by Cathy Zimmerman and Charlotte Watts for the World
      Health Organization. It recognises that asking a trafficked woman about her
      experience can put her and her family at risk and can be distressing, and
      explains how to weigh those risks against the value of the information.
      Practical advice covers choosing and preparing interpreters, managing
      security, and using the information collected responsibly.""",
      authors=["Zimmerman, C.", "Watts, C."]),
    R("Ethical & Safety Recommendations for Interviewing Trafficked Women (WHO 2003)",
      "title-affix=nowho-year ampersand", "guidance", "survivor-support lived-experience", "", "en",
      "World Health Organization; London School of Hygiene & Tropical Medicine", "2003-01",
      "https://www.humantraffickingsearch.org/resource/who-ethical-and-safety-recommendations-for-interviewing-trafficked-women/",
      "WHO/LSHTM checklist before you interview a trafficked person.",
      """Frequently cited guidance that has shaped research ethics in the
      anti-trafficking field. It reminds interviewers that a trafficked woman's own
      assessment of her safety should be respected, that no interview is worth a
      risk to her, and that people who cannot be referred to help should not be
      asked about traumatic experiences. The recommendations also apply to
      interviews with men and children."""),
])
extra("who-ethical2003-es", R(
    "Recomendaciones éticas y de seguridad de la OMS para entrevistar a mujeres víctimas de la trata de personas",
    "", "guidance", "data-research health gender", "", "es", "Organización Mundial de la Salud", "2003",
    "https://www.who.int/gender/documents/women_and_girls/9241546255_spa.pdf",
    "Versión en español de las recomendaciones de la OMS para entrevistar a mujeres víctimas de trata.",
    """Traducción al español de las diez recomendaciones de la OMS sobre ética y
    seguridad al entrevistar a mujeres víctimas de trata: no causar daño, evaluar
    riesgos, preparar información de derivación, garantizar el anonimato y la
    confidencialidad, obtener el consentimiento informado y no revictimizar."""))
near("who-ethical2003/0", "who-ethical2003-es", "translation", "WHO interviewing recommendations: English original vs Spanish translation")

# ---------------------------------------------------------------- IOM Caring for trafficked persons 2009
cluster("iom-caring2009", [
    R("Caring for Trafficked Persons: Guidance for Health Providers", "", "guidance",
      "health survivor-support identification", "", "en",
      "International Organization for Migration", "2009",
      "https://publications.iom.int/books/caring-trafficked-persons-guidance-health-providers",
      "Health care guidance for clinicians who may meet trafficked people.",
      """Handbook for health providers who may come into contact with trafficked
      persons. It explains the health consequences of trafficking — physical
      injuries, sexual and reproductive health problems, mental health effects —
      and how to offer trauma-informed, safe care. Chapters cover recognising signs
      of trafficking, informed consent, confidentiality, referrals, infectious
      disease, and the health provider's own safety.""",
      authors=["Cathy Zimmerman", "Rosilyn Borland"]),
    R("Caring for trafficked persons", "subtitle case-punct", "toolkit", "health", "", "en",
      "IOM; London School of Hygiene and Tropical Medicine; UN.GIFT", "2009-05",
      "https://publications.iom.int/system/files/pdf/ct_handbook.pdf",
      "IOM/LSHTM handbook with practical tools for clinicians and health workers.",
      """A practical handbook produced by IOM with the London School of Hygiene and
      Tropical Medicine under the UN Global Initiative to Fight Human Trafficking.
      It includes short action sheets on specific situations — first contact,
      mental health support, working with interpreters, caring for children,
      security — and stresses that health workers should follow 'do no harm'
      principles and not try to 'rescue' patients."""),
    R("Caring for Trafficked Persons - Guidance for Health Providers", "case-punct", "guidance",
      "health survivor-support", "", "en", "International Organisation for Migration", "2010",
      "https://www.ungift.org/doc/knowledgehub/resource-centre/IOM_Caring_for_Trafficked_Persons.pdf",
      "UN.GIFT mirror of the IOM health providers' guide on trafficking.",
      """Copy from the UN.GIFT knowledge hub of the IOM guide. It advocates a
      victim-centred approach to health care: providers are often among the few
      outsiders who see trafficked people while they are still under the control
      of traffickers, and need to know how to respond safely. The guide gives
      advice on examination, documentation, psychological first aid and
      referral."""),
])

# ---------------------------------------------------------------- IOM crisis 2015
cluster("iom-crisis2015", [
    R("Addressing Human Trafficking and Exploitation in Times of Crisis: Evidence and Recommendations for Further Action to Protect Vulnerable and Mobile Populations",
      "", "research", "conflict-crisis migration prevention", "", "en",
      "International Organization for Migration", "2015-12",
      "https://publications.iom.int/books/addressing-human-trafficking-and-exploitation-times-crisis",
      "IOM evidence on how conflicts and disasters increase trafficking risks, and what to do.",
      """Briefing document reviewing evidence on trafficking and exploitation in
      humanitarian crises — armed conflicts and natural disasters. It identifies
      patterns such as trafficking of displaced people, forced marriage, exploitation
      of migrant workers caught in crises and recruitment by armed groups, and argues
      that counter-trafficking should be part of humanitarian response from the
      outset. Recommendations address humanitarian actors, states and donors."""),
    R("Addressing human trafficking and exploitation in times of crisis", "subtitle case-punct",
      "research", "conflict-crisis migration", "", "en", "IOM", "2015",
      "https://publications.iom.int/system/files/pdf/addressing_human_trafficking_dec2015.pdf",
      "Why trafficking must be addressed in humanitarian responses: IOM briefing.",
      """IOM briefing arguing that trafficking in crisis settings is neither
      inevitable nor a side issue. Drawing on case studies from Syria, Haiti,
      Nepal, the Philippines and other emergencies, it shows how crises amplify
      existing vulnerabilities. It calls for integrating anti-trafficking measures
      into humanitarian coordination, better data, and protection of migrants
      caught in countries in crisis."""),
])

# ---------------------------------------------------------------- UNICEF guidelines 2006
cluster("unicef-guidelines2006", [
    R("Guidelines on the Protection of Child Victims of Trafficking", "", "guidance",
      "child-trafficking survivor-support identification", "", "en",
      "United Nations Children's Fund", "2006-09",
      "https://www.unicef.org/media/files/UNICEF_Guidelines_on_the_Protection_of_Child_Victims_of_Trafficking.pdf",
      "UNICEF technical notes on identifying, protecting and assisting trafficked children.",
      """Guidelines setting standards for the protection of child victims of
      trafficking based on the Convention on the Rights of the Child. They cover
      identification and presumption of age, appointment of a guardian,
      registration and documentation, interim care, individual case assessment,
      durable solutions including return or local integration, and access to
      justice. The best interests of the child are the primary consideration at
      every stage."""),
    R("UNICEF Guidelines on the Protection of Child Victims of Trafficking (Technical Notes)",
      "title-affix", "policy", "child-trafficking", "", "en", "UNICEF", "2006",
      "https://www.refworld.org/docid/49997af727.html",
      "Child rights standards for state agencies dealing with trafficked children.",
      """A UNICEF technical note intended for governments, international bodies and
      NGOs. It insists that trafficked children are never to be detained or
      prosecuted for offences related to their situation, that a guardian should
      be appointed as soon as a child is identified, and that decisions on return
      require a careful assessment of family and risks. It builds on earlier
      guidelines developed for South-Eastern Europe."""),
])
extra("unicef-refguide2006", R(
    "Reference Guide on Protecting the Rights of Child Victims of Trafficking in Europe", "",
    "guidance", "child-trafficking survivor-support", "", "en", "UNICEF", "2006",
    "https://www.unicef.org/ceecis/protecting_rights_child_victims_trafficking_europe.pdf",
    "UNICEF reference guide for European practitioners on trafficked children's rights.",
    """Reference guide describing, step by step, what European states should do when
    a trafficked child is identified — from referral and guardianship to
    interviews, residence status, return and reintegration — and giving examples of
    practice from countries across Europe. It is addressed to social workers, police,
    lawyers and officials rather than to policy-makers alone.""",
    authors=["Mike Dottridge"]))
near("unicef-guidelines2006/0", "unicef-refguide2006", "lookalike", "UNICEF child victims guidelines (global) vs UNICEF reference guide for Europe, both 2006")

# ---------------------------------------------------------------- Luxembourg Guidelines 2016
cluster("luxembourg2016", [
    R("Terminology Guidelines for the Protection of Children from Sexual Exploitation and Sexual Abuse",
      "", "guidance", "child-trafficking sexual-exploitation", "", "en",
      "Interagency Working Group on Sexual Exploitation of Children", "2016-01",
      "https://ecpat.org/luxembourg-guidelines/",
      "The Luxembourg Guidelines: agreed terms for talking about child sexual exploitation and abuse.",
      """Adopted in Luxembourg by an interagency working group of UN agencies,
      NGOs and experts, the guidelines review the terms used for sexual
      exploitation and abuse of children and recommend which to use and which to
      avoid. They discourage terms such as 'child prostitute' or 'child sex
      tourism' that stigmatise children or minimise the harm, and propose
      alternatives like 'child sexual abuse material'."""),
    R("Luxembourg Guidelines", "reworded", "guidance",
      "child-trafficking sexual-exploitation technology", "", "en",
      "ECPAT International; ECPAT Luxembourg", "2016",
      "https://ecpat.org/wp-content/uploads/2021/05/Terminology-guidelines-396922-EN-1.pdf",
      "Which words to use — and avoid — when writing about sexual exploitation of children.",
      """Widely known as the Luxembourg Guidelines, this glossary was coordinated by
      ECPAT. For each term it gives the legal background, how the term is commonly
      used, and a recommendation. It covers online-facilitated exploitation,
      grooming, sexual extortion and trafficking of children for sexual purposes,
      and aims at consistency among policy-makers, researchers and media."""),
    R("Terminology guidelines for the protection of children from sexual exploitation & sexual abuse",
      "case-punct ampersand", "toolkit", "child-trafficking", "", "en", "ECPAT", "2016-06",
      "https://www.ohchr.org/sites/default/files/Documents/Issues/Children/SR/TerminologyGuidelines_396922-E.pdf",
      "Glossary adopted by an interagency group to harmonise child protection terminology.",
      """Copy of the interagency terminology guidelines hosted by the UN human rights
      office. A reference tool for anyone drafting law, policy or reports on child
      sexual exploitation, it explains the distinction between abuse and
      exploitation and why language matters for children's dignity. Available in
      several languages."""),
])
extra("luxembourg2016-es", R(
    "Orientaciones terminológicas para la protección de niñas, niños y adolescentes contra la explotación y el abuso sexuales",
    "", "guidance", "child-trafficking sexual-exploitation", "", "es", "ECPAT International", "2017",
    "https://ecpat.org/wp-content/uploads/2021/05/Terminology-guidelines-396922-ES.pdf",
    "Versión en español de las Orientaciones de Luxemburgo.",
    """Traducción al español de las orientaciones terminológicas adoptadas en
    Luxemburgo por un grupo de trabajo interinstitucional. Explica qué términos
    utilizar para hablar de la explotación y el abuso sexual de niñas, niños y
    adolescentes y cuáles evitar por estigmatizantes, con el fin de armonizar el
    lenguaje de legisladores, investigadores, periodistas y profesionales."""))
extra("luxembourg2016-fr", R(
    "Guide de terminologie pour la protection des enfants contre l'exploitation et l'abus sexuels",
    "", "guidance", "child-trafficking sexual-exploitation", "", "fr", "ECPAT International", "2016",
    "https://ecpat.org/wp-content/uploads/2021/05/Terminology-guidelines-396922-FR.pdf",
    "Version française des lignes directrices de Luxembourg sur la terminologie.",
    """Traduction française du guide de terminologie adopté à Luxembourg. Il passe en
    revue les termes employés pour désigner l'exploitation et les abus sexuels
    d'enfants, recommande ceux à privilégier et déconseille ceux qui stigmatisent
    l'enfant ou banalisent les faits, comme « prostitution enfantine » ou
    « pédopornographie », au profit d'expressions centrées sur l'enfant."""))
near("luxembourg2016/1", "luxembourg2016-es", "translation", "Luxembourg Guidelines: English vs Spanish version")
near("luxembourg2016/2", "luxembourg2016-fr", "translation", "Luxembourg Guidelines: English vs French version")

# ---------------------------------------------------------------- ECPAT Offenders on the Move 2016
cluster("ecpat-offenders2016", [
    R("Offenders on the Move: Global Study on Sexual Exploitation of Children in Travel and Tourism",
      "", "research", "child-trafficking sexual-exploitation", "", "en",
      "ECPAT International; Defence for Children-ECPAT Netherlands", "2016-05",
      "https://ecpat.org/resource/offenders-on-the-move-global-study-on-sexual-exploitation-of-children-in-travel-and-tourism/",
      "ECPAT's global study: child sexual exploitation in travel and tourism is spreading, not shrinking.",
      """A global study by ECPAT and partners on sexual exploitation of children in
      travel and tourism. It concludes that the problem has expanded with cheaper
      travel and the internet, that no region is untouched, and that there is no
      typical offender: most are domestic or regional travellers and 'situational'
      offenders rather than preferential abusers. Recommendations address
      governments, the travel industry and law enforcement."""),
    R("Offenders on the move", "subtitle case-punct", "research", "child-trafficking prevention", "", "en",
      "ECPAT", "2016",
      "https://www.ecpat.nl/wp-content/uploads/2016/05/Offenders-on-the-Move-Global-Study.pdf",
      "Global study on child sexual exploitation linked to travel, tourism and volunteering.",
      """Final report of the Global Study, involving regional and country studies and
      a high-level task force. It describes new forms of offending linked to
      voluntourism, informal accommodation and online booking, and the
      vulnerability of children in tourist destinations. It calls for better data,
      extraterritorial prosecution, screening of volunteers and stronger
      child-protection codes in the tourism sector."""),
])

# ---------------------------------------------------------------- US TIP Report 2018
cluster("tip2018", [
    R("Trafficking in Persons Report June 2018", "title-affix=month", "report",
      "legislation-policy prosecution partnership-working", "US", "en",
      "U.S. Department of State", "2018-06-28",
      "https://www.state.gov/reports/2018-trafficking-in-persons-report/",
      "State Department annual assessment of anti-trafficking efforts in 187 countries, with tier rankings.",
      """The 2018 edition of the State Department's annual report ranks governments
      in tiers according to their efforts to meet the minimum standards of the
      Trafficking Victims Protection Act. Its introduction focuses on local
      communities' role in preventing and responding to trafficking, arguing that
      effective responses are built by local actors. Each country narrative covers
      prosecution, protection and prevention and gives recommendations."""),
    R("2018 Trafficking in Persons Report", "", "data",
      "legislation-policy identification", "US", "en",
      "U.S. Department of State", "2018",
      "https://www.state.gov/wp-content/uploads/2019/01/282798.pdf",
      "Full PDF of the 2018 TIP Report: country narratives, tier placements and special cases.",
      """Complete 2018 report, including the introduction on community-based
      responses, victim stories, the list of countries on the Tier 2 Watch List, and
      narratives for each country. It also includes the list of countries subject to
      the Child Soldiers Prevention Act and a description of the methodology used to
      assign tiers."""),
    R("TIP Report 2018", "acronym title-affix=year-end", "report",
      "legislation-policy", "US", "en", "US State Department", None,
      "https://www.humantraffickingsearch.org/resource/2018-trafficking-in-persons-report/",
      "The 18th annual TIP Report, as catalogued by a resource library.",
      """Annual US government report rating how well nearly every country tackles
      human trafficking. The 2018 edition highlights the importance of engaging
      communities, faith groups and local governments. It downgraded several
      countries and remains a key, if contested, tool of US diplomacy, linked to
      possible restrictions on assistance for Tier 3 countries."""),
])
extra("tip2017", R(
    "2017 Trafficking in Persons Report", "", "report", "legislation-policy prosecution", "US", "en",
    "U.S. Department of State", "2017-06-27",
    "https://www.state.gov/reports/2017-trafficking-in-persons-report/",
    "The State Department's 2017 annual report and tier placements.",
    """The 2017 edition of the annual Trafficking in Persons Report. Its introduction
    focuses on governments' responsibility to hold traffickers accountable through
    criminal justice, and on the obstacles to prosecution. As every year, it
    contains tier rankings and a narrative on each country assessed, including the
    United States."""))
extra("tip2018-gb", R(
    "2018 Trafficking in Persons Report: United Kingdom", "", "report",
    "legislation-policy identification", "GB", "en", "U.S. Department of State", "2018-06-28",
    "https://www.state.gov/reports/2018-trafficking-in-persons-report/united-kingdom/",
    "Country narrative for the UK from the 2018 TIP Report.",
    """The United Kingdom chapter of the 2018 report. It ranks the UK at Tier 1,
    summarises prosecutions and convictions under the Modern Slavery Act, describes
    the National Referral Mechanism and victim support, and recommends improvements
    such as faster identification decisions and more support after the NRM."""))
near("tip2018/1", "tip2017", "edition", "TIP Report 2018 vs 2017")
near("tip2018/0", "tip2018-gb", "part", "TIP Report 2018: whole report vs United Kingdom country narrative")

# ---------------------------------------------------------------- US NAP 2021
cluster("us-nap2021", [
    R("The National Action Plan to Combat Human Trafficking", "", "policy",
      "legislation-policy survivor-support prevention", "US", "en", "The White House", "2021-12",
      "https://www.whitehouse.gov/wp-content/uploads/2021/12/National-Action-Plan-to-Combat-Human-Trafficking.pdf",
      "US federal strategy to prevent trafficking, protect survivors, prosecute traffickers and build partnerships.",
      """The Biden administration's plan, updating the 2020 national action plan,
      organises federal action under prevention, protection, prosecution and
      partnership, with equity and survivor input as cross-cutting principles. It
      commits agencies to improving identification in federal programmes,
      expanding services, addressing forced labour in supply chains and federal
      procurement, and strengthening data. Priority actions are assigned to
      specific departments."""),
    R("National Action Plan to Combat Human Trafficking (NAP) 2021", "leading-the title-affix", "policy",
      "legislation-policy supply-chains", "US", "en", "White House", "2021",
      "https://www.state.gov/the-national-action-plan-to-combat-human-trafficking/",
      "Updated US NAP with a stronger focus on survivors, equity and forced labour.",
      """Landing page for the 2021 US national action plan. Compared with earlier
      plans it emphasises racial equity, the needs of underserved communities and
      the involvement of people with lived experience, and gives more space to
      labour trafficking and goods made with forced labour. Implementation is
      coordinated through the President's Interagency Task Force."""),
    R("National Action Plan to Combat Human Trafficking", "leading-the", "guidance",
      "legislation-policy partnership-working", "US", "en",
      "President's Interagency Task Force to Monitor and Combat Trafficking in Persons", "2022",
      "https://www.hhs.gov/sites/default/files/national-action-plan-to-combat-human-trafficking.pdf",
      "Whole-of-government plan against human trafficking in the United States.",
      """Interagency plan setting out how US federal departments will work together
      against trafficking over the coming years. It includes commitments on
      training federal staff, on screening in immigration, child welfare and
      health programmes, on victim-centred investigations and on trauma-informed
      services, as well as on international cooperation."""),
])
extra("us-nap2020", R(
    "The National Action Plan to Combat Human Trafficking", "", "policy",
    "legislation-policy prosecution", "US", "en", "The White House", "2020",
    "https://trumpwhitehouse.archives.gov/wp-content/uploads/2020/10/NAP-to-Combat-Human-Trafficking.pdf",
    "The 2020 US national action plan on human trafficking.",
    """National action plan released in 2020 setting out federal goals on prevention,
    victim protection and prosecution of traffickers, with particular attention to
    protecting children and to coordination among federal agencies. It was later
    replaced by an updated plan adopted at the end of 2021."""))
near("us-nap2021/0", "us-nap2020", "version", "US National Action Plan 2021 vs 2020 plan (same title)")

# ---------------------------------------------------------------- DOL Findings 2019
cluster("dol-findings2019", [
    R("2019 Findings on the Worst Forms of Child Labor", "", "report",
      "child-trafficking labour-exploitation legislation-policy", "US", "en",
      "U.S. Department of Labor", "2020-09-30",
      "https://www.dol.gov/agencies/ilab/resources/reports/child-labor/findings",
      "USDOL annual assessment of child labour and government efforts in over 130 countries and territories.",
      """Annual report required by the Trade and Development Act of 2000. For each
      beneficiary country of US trade preferences, it describes the prevalence and
      sectors of child labour, including its worst forms such as commercial sexual
      exploitation and forced labour, and assesses laws, enforcement, coordination,
      policies and social programmes. Each country receives an assessment level and
      suggested actions."""),
    R("Findings on the Worst Forms of Child Labor (2019)", "title-affix=year-end", "report",
      "child-trafficking data-research", "", "en", "Bureau of International Labor Affairs", "2020",
      "https://www.dol.gov/sites/dolgov/files/ILAB/child_labor_reports/tda2019/2019_TDA_BigBook_Online_optimized.pdf",
      "The 2019 'TDA report' on child labour: country profiles and assessment levels.",
      """Complete report covering reporting year 2019. Country profiles document
      child labour in agriculture, domestic work, mining and other sectors, and
      gaps in minimum age, hazardous work and trafficking laws. ILAB notes which
      countries made significant advancement, moderate or minimal advancement, and
      flags labour inspection capacity. Used by companies and researchers for
      supply chain risk assessment."""),
])
extra("dol-findings2020", R(
    "2020 Findings on the Worst Forms of Child Labor", "", "report",
    "child-trafficking labour-exploitation", "US", "en", "U.S. Department of Labor", "2021-09",
    "https://www.dol.gov/sites/dolgov/files/ILAB/child_labor_reports/tda2020/2020_TDA_BigBook_Online_optimized.pdf",
    "USDOL's child labour findings for reporting year 2020.",
    """The following year's edition of the Department of Labor's annual child labour
    assessment, covering 2020. It documents how the COVID-19 pandemic increased
    child labour risks through school closures and income loss, and assesses
    government efforts country by country. Each profile ends with suggested
    actions on laws, enforcement, coordination, policies and social programmes,
    and countries are again rated according to the level of advancement
    achieved during the year."""))
near("dol-findings2019/0", "dol-findings2020", "edition", "DOL Findings on the Worst Forms of Child Labor 2019 vs 2020")

# ---------------------------------------------------------------- UFLPA strategy 2022
cluster("uflpa-strategy2022", [
    R("Strategy to Prevent the Importation of Goods Mined, Produced, or Manufactured with Forced Labor in the People's Republic of China",
      "", "policy", "supply-chains labour-exploitation legislation-policy", "US CN", "en",
      "Forced Labor Enforcement Task Force", "2022-06-17",
      "https://www.dhs.gov/uflpa-strategy",
      "The US strategy implementing the Uyghur Forced Labor Prevention Act.",
      """Strategy required by the Uyghur Forced Labor Prevention Act, submitted to
      Congress by the interagency Forced Labor Enforcement Task Force chaired by
      the Department of Homeland Security. It assesses the risk of forced labour
      in Xinjiang and in labour transfer programmes, introduces the UFLPA Entity
      List, identifies high-priority sectors such as apparel, cotton, tomatoes and
      polysilicon, and gives importers guidance on the evidence needed to rebut the
      presumption of forced labour."""),
    R("UFLPA Strategy", "acronym reworded", "guidance", "supply-chains", "US CN", "en",
      "DHS", "2022",
      "https://www.dhs.gov/sites/default/files/2022-06/22_0617_fletf_uflpa-strategy.pdf",
      "Importer guidance and entity list under the Uyghur Forced Labor Prevention Act.",
      """DHS publication setting out how US customs will enforce the rebuttable
      presumption that goods made wholly or partly in Xinjiang, or by listed
      entities, are made with forced labour. Importers are expected to trace their
      supply chains, document due diligence and provide clear and convincing
      evidence to obtain an exception. The document will be updated annually."""),
])
extra("uflpa-act", R(
    "Uyghur Forced Labor Prevention Act (Public Law 117-78)", "", "legislation",
    "supply-chains legislation-policy", "US CN", "en", "United States Congress", "2021-12-23",
    "https://www.congress.gov/bill/117th-congress/house-bill/6256",
    "US law creating a presumption that goods from Xinjiang are made with forced labour.",
    """Federal statute signed in December 2021. It establishes a rebuttable
    presumption that goods mined, produced or manufactured in the Xinjiang Uyghur
    Autonomous Region, or by entities on a government list, are made with forced
    labour and barred from import, and requires the Forced Labor Enforcement Task
    Force to develop an enforcement strategy."""))
near("uflpa-strategy2022/0", "uflpa-act", "lookalike", "UFLPA enforcement strategy (2022) vs the Act itself (2021)")

# ---------------------------------------------------------------- Urban Institute 2014
cluster("urban-labor2014", [
    R("Understanding the Organization, Operation, and Victimization Process of Labor Trafficking in the United States",
      "", "research", "labour-exploitation data-research prosecution", "US", "en",
      "Urban Institute; Northeastern University", "2014-10",
      "https://www.urban.org/research/publication/understanding-organization-operation-and-victimization-process-labor-trafficking-united-states",
      "Landmark US study of how labour trafficking operates, based on closed cases and survivor interviews.",
      """Funded by the National Institute of Justice, this study examined closed
      labour trafficking cases served by service providers in several US cities,
      combined with interviews with survivors, law enforcement and service
      providers. Most victims had entered the country legally, often on temporary
      visas, and were exploited in agriculture, hospitality, domestic work and other
      sectors. Few cases led to federal prosecution.""",
      authors=["Colleen Owens", "Meredith Dank", "Justin Breaux", "Isela Bañuelos", "Amy Farrell",
               "Rebecca Pfeffer", "Katie Bright", "Ryan Heitsmith", "Jack McDevitt"]),
    R("Understanding the organization, operation and victimization process of labor trafficking in the U.S.",
      "case-punct acronym", "research", "labour-exploitation migration agriculture", "US", "en",
      "Urban Institute", "2014",
      "https://www.urban.org/sites/default/files/publication/33821/413249-Understanding-the-Organization-Operation-and-Victimization-Process-of-Labor-Trafficking-in-the-United-States.PDF",
      "How labour traffickers recruit, control and exploit workers in the US — Urban Institute report.",
      """Report documenting the recruitment, migration and exploitation experiences
      of labour trafficking victims in the US. Recruiters frequently charged large
      fees, creating debts; employers used document confiscation, threats of
      deportation and isolation to control workers. The authors recommend closing
      gaps in the temporary visa system, better training for labour inspectors, and
      more resources for victim services.""",
      authors=["Owens, C.", "Dank, M.", "Farrell, A.", "McDevitt, J."]),
])

# ---------------------------------------------------------------- Polaris Knocking 2015
cluster("polaris-knocking2015", [
    R("Knocking at Your Door: Labor Trafficking on Traveling Sales Crews", "", "research",
      "labour-exploitation identification", "US", "en", "Polaris", "2015",
      "https://polarisproject.org/resources/knocking-at-your-door-labor-trafficking-on-traveling-sales-crews/",
      "Polaris report on young people trapped in door-to-door traveling sales crews.",
      """Polaris examines the traveling sales crew industry, in which young people
      are recruited to sell magazines or other products door to door across the
      United States. Using hotline cases, it shows how crew managers use
      abandonment in unfamiliar cities, debts, withheld earnings, violence and
      pressure to meet quotas to keep workers selling, and calls for regulation and
      public awareness."""),
    R("Knocking at your door", "subtitle case-punct", "report", "labour-exploitation", "US", "en",
      "Polaris Project", None,
      "https://polarisproject.org/wp-content/uploads/2019/09/Knocking-at-Your-Door-Labor-Trafficking-on-Traveling-Sales-Crews.pdf",
      "Traveling sales crews and labor trafficking: evidence from the US national hotline.",
      """A study of labour trafficking in traveling sales crews based on cases
      reported to the National Human Trafficking Hotline. Crew members are often
      young, poor and recruited through online ads promising travel and high
      earnings; in practice they work long hours with little pay and face
      punishment if they fall short. The report gives recommendations for
      legislators, law enforcement and consumers."""),
])
