# -*- coding: utf-8 -*-
"""UN / ILO / UNODC global instruments, estimates and guidance."""
from common import R, cluster, extra, near

# ---------------------------------------------------------------- UNODC GLOTIP 2012
cluster("glotip2012", [
    R("Global Report on Trafficking in Persons 2012", "", "report",
      "data-research prosecution legislation-policy", "", "en",
      "United Nations Office on Drugs and Crime", "2012-12",
      "https://www.unodc.org/unodc/en/data-and-analysis/glotip_2012.html",
      "UNODC's second global report maps detected victims, offenders and trafficking flows for 2007–2010.",
      """The second edition of the UNODC global report compiles official data from
      more than 130 countries on cases detected between 2007 and 2010. Women make up
      the majority of detected victims, while the share of children has grown to
      roughly a quarter. Sexual exploitation remains the most frequently detected
      purpose, but trafficking for forced labour accounts for a growing share. The
      report identifies several hundred distinct trafficking flows and notes that
      convictions remain very low in many countries despite near-universal
      criminalisation."""),
    R("UNODC Global Report on Trafficking in Persons", "title-affix=unodc-noyear", "data",
      "data-research child-trafficking sexual-exploitation labour-exploitation", "", "en",
      "UNODC", "2012",
      "https://www.unodc.org/documents/data-and-analysis/glotip/Trafficking_in_Persons_2012_web.pdf",
      "Country profiles and regional analysis: who is trafficked, by whom, and where to.",
      """Full PDF of the 2012 Global Report. Besides the global overview it contains
      regional chapters and country profiles summarising legislation, investigations,
      prosecutions and convictions as reported by governments. Key messages: child
      victims are increasingly detected, most victims are trafficked within their own
      region, and forced labour is detected more often than in earlier years. Useful
      as a baseline for tracking national criminal justice responses over time."""),
    R("Global report on trafficking in persons, 2012", "case-punct", "research",
      "data-research migration gender", "", "en",
      "Office des Nations Unies contre la drogue et le crime", "2013",
      "https://www.refworld.org/docid/50ffd0ab2.html",
      "Mirror copy of the UN's global data review on human trafficking patterns and flows.",
      """Reference copy of the UN global analysis of human trafficking patterns. The
      study stresses that trafficking is overwhelmingly detected close to home, with
      domestic and intra-regional flows dominating, while long-distance flows to rich
      destinations are fewer but persistent. It highlights the high proportion of
      women among convicted offenders compared with other crimes, and it calls on
      states to improve the quality and comparability of the data they collect."""),
])
extra("glotip2009", R(
    "Global Report on Trafficking in Persons", "", "report",
    "data-research legislation-policy sexual-exploitation", "", "en",
    "UNODC; UN.GIFT", "2009-02",
    "https://www.unodc.org/documents/Global_Report_on_TIP.pdf",
    "The first UN global report on trafficking, based on data from 155 countries.",
    """The first global report published by UNODC under the UN Global Initiative to
    Fight Human Trafficking. Drawing on information from 155 countries, it finds that
    sexual exploitation was by far the most commonly identified form (around four in
    five cases), followed by forced labour, and that women play an unusually large
    role among offenders. It also documents that many countries had yet to record a
    single conviction."""))
near("glotip2012/0", "glotip2009", "edition", "UNODC global report 2012 vs the first edition (2009)")

# ---------------------------------------------------------------- ILO global estimate 2012
cluster("ilo-ge2012", [
    R("ILO Global Estimate of Forced Labour: Results and Methodology", "", "data",
      "data-research labour-exploitation sexual-exploitation", "", "en",
      "International Labour Office", "2012-06-01",
      "https://www.ilo.org/global/topics/forced-labour/publications/WCMS_182004/lang--en/index.htm",
      "20.9 million people in forced labour worldwide: the ILO's 2012 estimate and how it was built.",
      """The ILO's second global estimate puts the number of people in forced labour
      at 20.9 million over the reference period 2002–2011. Some 90 per cent are
      exploited in the private economy, by individuals or enterprises, either in
      forced sexual exploitation or in other economic activities, while about 2.2
      million are in state-imposed forced labour. The Asia-Pacific region accounts for
      the largest number. The report explains the capture-recapture methodology based
      on reported cases."""),
    R("ILO 2012 Global Estimate of Forced Labour", "subtitle title-affix=year", "research",
      "data-research labour-exploitation", "", "en",
      "ILO Special Action Programme to Combat Forced Labour (SAP-FL)", "2012",
      "https://www.ilo.org/wcmsp5/groups/public/---ed_norm/---declaration/documents/publication/wcms_182004.pdf",
      "Regional and sex-disaggregated figures on forced labour from the ILO.",
      """Women and girls make up slightly more than half of the 20.9 million victims
      counted by this estimate, and children around a quarter. Figures are broken
      down by region, by form of forced labour and by whether the victims moved across
      or within borders. The methodology annex describes how random samples of
      reported cases were double-checked to correct for under-reporting, and why the
      figure is a conservative one."""),
    R("Global estimate of forced labour: results and methodology", "title-affix=no-ilo case-punct",
      "report", "data-research migration", "", "en", "ILO", None,
      "https://www.humantraffickingsearch.org/resource/ilo-global-estimate-of-forced-labour-results-and-methodology/",
      "How many people are in forced labour? The ILO's numbers, summarised for practitioners.",
      """A resource-library entry for the ILO estimate of forced labour. The headline
      is about 21 million victims at any given time, three in every thousand people
      worldwide. A notable finding is that almost half of victims had moved, either
      internally or across borders, and that cross-border movement is strongly
      associated with forced sexual exploitation. The estimate superseded the ILO's
      earlier minimum figure of 2005, which used a different method."""),
])
extra("ilo-min2005", R(
    "ILO Minimum Estimate of Forced Labour in the World", "", "data",
    "data-research labour-exploitation", "", "en",
    "International Labour Office", "2005-04",
    "https://www.ilo.org/global/topics/forced-labour/publications/WCMS_081913/lang--en/index.htm",
    "The 2005 working paper behind the ILO's first figure of 12.3 million forced labourers.",
    """Working paper presenting the ILO's first global estimate, according to which at
    least 12.3 million people were in forced labour. It explains the method of
    counting reported cases and extrapolating from them, breaks the figure down by
    region and by state-imposed or private forced labour, and estimates how many of
    the victims had been trafficked.""",
    authors=["Patrick Belser", "Michaëlle de Cock", "Farhad Mehran"]))
extra("ilo-ge2012-summary", R(
    "ILO 2012 Global Estimate of Forced Labour: Executive Summary", "", "briefing",
    "data-research labour-exploitation", "", "en",
    "International Labour Office", "2012-06",
    "https://www.ilo.org/wcmsp5/groups/public/---ed_norm/---declaration/documents/publication/wcms_181953.pdf",
    "Short summary of the 2012 forced labour estimate: key figures only.",
    """A few pages summarising the headline results of the 2012 ILO global estimate of
    forced labour: 20.9 million victims, the split between privately imposed and
    state-imposed forced labour, and the regional distribution. It omits the
    methodology chapter and annexes and points readers to the full report for the
    details of the estimation."""))
near("ilo-ge2012/0", "ilo-min2005", "edition", "ILO global estimate 2012 vs the 2005 minimum estimate")
near("ilo-ge2012/1", "ilo-ge2012-summary", "summary", "ILO 2012 estimate: full report vs executive summary")

# ---------------------------------------------------------------- ILO Global Report 2005
cluster("ilo-alliance2005", [
    R("A Global Alliance against Forced Labour: Global Report under the Follow-up to the ILO Declaration on Fundamental Principles and Rights at Work 2005",
      "", "report", "labour-exploitation legislation-policy data-research", "", "en",
      "International Labour Office", "2005",
      "https://www.ilo.org/public/english/standards/relm/ilc/ilc93/pdf/rep-i-b.pdf",
      "ILO's 2005 Global Report on forced labour, submitted to the 93rd International Labour Conference.",
      """Report I(B) to the International Labour Conference in 2005, the second Global
      Report on forced labour under the 1998 Declaration follow-up. It presents the
      first ILO minimum estimate of 12.3 million people in forced labour, of whom some
      2.4 million were trafficked, and estimates the profits generated by trafficked
      forced labour at around US$32 billion a year. It proposes a global alliance of
      governments, workers and employers to eliminate forced labour."""),
    R("A global alliance against forced labour", "subtitle case-punct", "report",
      "labour-exploitation prevention", "", "en", "ILO", "2005-05",
      "https://www.ilo.org/global/topics/forced-labour/publications/WCMS_081882/lang--en/index.htm",
      "How forced labour persists in the modern economy and what an alliance against it would do.",
      """The ILO's 2005 flagship review of forced labour worldwide. Beyond the global
      numbers it describes the main forms found today — debt bondage in South Asia,
      coercive recruitment of migrant workers, forced labour linked to trafficking in
      industrialised countries and state-imposed labour — and sets out an action plan
      for the ILO's Special Action Programme, stressing better data, law enforcement
      and the role of employers' and workers' organisations."""),
])
extra("ilo-coercion2009", R(
    "The cost of coercion: Global Report under the Follow-up to the ILO Declaration on Fundamental Principles and Rights at Work",
    "", "report", "labour-exploitation data-research", "", "en",
    "International Labour Office", "2009",
    "https://www.ilo.org/public/english/standards/relm/ilc/ilc98/pdf/rep-i-b.pdf",
    "The ILO's 2009 Global Report on forced labour puts a price on coercion.",
    """Third Global Report on forced labour, presented to the 98th International Labour
    Conference. It estimates the earnings lost by victims of forced labour through
    underpayment and illegal recruitment fees at around US$20 billion a year, reviews
    progress since 2005 and looks at the risks created by the economic crisis, labour
    migration and weak labour inspection."""))
near("ilo-alliance2005/0", "ilo-coercion2009", "edition", "ILO Global Report on forced labour 2005 vs 2009 (same series)")

# ---------------------------------------------------------------- C029
cluster("c029", [
    R("Forced Labour Convention, 1930 (No. 29)", "", "legislation",
      "legislation-policy labour-exploitation", "", "en",
      "International Labour Organization", "1930-06-28",
      "https://www.ilo.org/dyn/normlex/en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C029",
      "The founding ILO standard defining and prohibiting forced or compulsory labour.",
      """Adopted at the 14th session of the International Labour Conference, the
      convention obliges ratifying states to suppress forced or compulsory labour,
      defined as all work or service exacted from any person under the menace of any
      penalty and for which the person has not offered himself voluntarily. It lists
      narrow exceptions such as compulsory military service and normal civic
      obligations, and requires that illegal exaction of forced labour be punishable
      as a penal offence."""),
    R("C029 - Forced Labour Convention", "title-affix=code-noyear", "legislation",
      "legislation-policy labour-exploitation", "", "en", "ILO", "1930",
      "https://www.refworld.org/docid/3ddb621f2a.html",
      "Text of ILO Convention 29; one of the most widely ratified international labour standards.",
      """Full text of the ILO's first instrument on forced labour. Its definition —
      work exacted under menace of penalty and not offered voluntarily — remains the
      reference point for national law and for the trafficking definition's
      forced labour element. Supplemented in 2014 by a Protocol on prevention,
      protection and remedies. Ratified by nearly all ILO member states, it is one of
      the fundamental conventions."""),
    R("Convention concerning Forced or Compulsory Labour", "reworded", "policy",
      "legislation-policy forms-of-exploitation", "", "en",
      "International Labour Conference", None,
      "https://www.ohchr.org/en/instruments-mechanisms/instruments/forced-labour-convention-1930-no-29",
      "International instrument prohibiting forced labour, with transitional provisions now obsolete.",
      """Universal instrument reproduced in the UN human rights collection. Article 2
      sets out the definition used ever since, and the exceptions for military
      service, civic obligations, prison labour under public supervision,
      emergencies and minor communal services. Much of the original text concerned
      the 'transitional period' for colonial forced labour; those articles were
      deleted by the 2014 Protocol, which also added obligations on prevention and
      victim protection."""),
])
extra("c029-fr", R(
    "Convention (n° 29) sur le travail forcé, 1930", "", "legislation",
    "legislation-policy labour-exploitation", "", "fr",
    "Organisation internationale du Travail", "1930-06-28",
    "https://www.ilo.org/dyn/normlex/fr/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C029",
    "Texte français de la convention de l'OIT sur le travail forcé.",
    """Version française de la convention n° 29 de l'OIT. Elle définit le travail
    forcé ou obligatoire comme tout travail ou service exigé d'un individu sous la
    menace d'une peine quelconque et pour lequel il ne s'est pas offert de plein gré,
    prévoit des exceptions limitées et impose aux États de sanctionner pénalement le
    recours illégal au travail forcé."""))
extra("c105", R(
    "Abolition of Forced Labour Convention, 1957 (No. 105)", "", "legislation",
    "legislation-policy labour-exploitation", "", "en",
    "International Labour Organization", "1957-06-25",
    "https://www.ilo.org/dyn/normlex/en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C105",
    "ILO convention banning forced labour used for political coercion, discipline or discrimination.",
    """The second fundamental ILO convention on forced labour. It requires ratifying
    states to abolish any form of forced or compulsory labour used as political
    coercion or punishment for expressing views, for economic development, as labour
    discipline, as punishment for taking part in strikes, or as a means of racial,
    social, national or religious discrimination."""))
near("c029/0", "c029-fr", "translation", "ILO Convention 29: English vs French text")
near("c029/1", "c105", "lookalike", "Forced Labour Convention 1930 (No. 29) vs Abolition of Forced Labour Convention 1957 (No. 105)")

# ---------------------------------------------------------------- C182
cluster("c182", [
    R("Worst Forms of Child Labour Convention, 1999 (No. 182)", "", "legislation",
      "child-trafficking legislation-policy labour-exploitation", "", "en",
      "International Labour Organization", "1999-06-17",
      "https://www.ilo.org/dyn/normlex/en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C182",
      "ILO convention requiring immediate action against the worst forms of child labour, including trafficking.",
      """The convention requires ratifying states to take immediate and effective
      measures to prohibit and eliminate the worst forms of child labour as a matter
      of urgency. These include all forms of slavery or practices similar to slavery,
      such as the sale and trafficking of children, debt bondage and forced
      recruitment for armed conflict, the use of children for prostitution or
      pornography and for illicit activities, and hazardous work. It became the first
      ILO convention to be ratified by every member state."""),
    R("ILO C182: Worst Forms of Child Labour Convention", "title-affix=code-noyear", "legislation",
      "child-trafficking sexual-exploitation criminal-exploitation", "", "en", "International Labour Organization", "1999",
      "https://www.ilo.org/wcmsp5/groups/public/---ed_norm/---normes/documents/normativeinstrument/wcms_c182.pdf",
      "Convention 182 text: definitions, time-bound measures and international cooperation.",
      """Text of ILO Convention 182. Article 3 defines the worst forms of child labour
      for anyone under 18, explicitly covering child trafficking, commercial sexual
      exploitation and use of children in drug trafficking. States must design
      programmes of action, set up monitoring mechanisms, provide penal sanctions and
      take time-bound measures for prevention, removal, rehabilitation and access to
      free basic education. Read together with Recommendation No. 190."""),
])
extra("r190", R(
    "Worst Forms of Child Labour Recommendation, 1999 (No. 190)", "", "guidance",
    "child-trafficking legislation-policy", "", "en",
    "International Labour Organization", "1999-06-17",
    "https://www.ilo.org/dyn/normlex/en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_INSTRUMENT_ID:312528",
    "The non-binding recommendation that accompanies Convention 182.",
    """Recommendation supplementing the Worst Forms of Child Labour Convention. It
    gives guidance on programmes of action, on the criteria for determining
    hazardous work, on data collection and on making certain worst forms criminal
    offences, and encourages international cooperation. As a recommendation it is not
    open to ratification."""))
near("c182/0", "r190", "lookalike", "ILO Convention 182 vs Recommendation 190 on the worst forms of child labour")

# ---------------------------------------------------------------- ICLS guidelines 2018
cluster("icls-fl2018", [
    R("Guidelines concerning the measurement of forced labour", "", "guidance",
      "data-research labour-exploitation", "", "en",
      "International Conference of Labour Statisticians", "2018-10",
      "https://www.ilo.org/wcmsp5/groups/public/---dgreports/---stat/documents/meetingdocument/wcms_648619.pdf",
      "Statistical standard adopted by the 20th ICLS for surveys on forced labour.",
      """Guidelines adopted by the 20th International Conference of Labour
      Statisticians in Geneva. They give a statistical definition of forced labour
      built on two elements — involuntariness and coercion — and explain how survey
      questions can capture them, along with reference periods, population coverage,
      forced labour of children, state-imposed forced labour and indicators. They are
      intended to make national surveys comparable and to support SDG target 8.7."""),
    R("20th ICLS Guidelines Concerning the Measurement of Forced Labour", "title-affix case-punct",
      "data", "data-research", "", "en", "ILO Department of Statistics", "2018",
      "https://ilostat.ilo.org/about/standards/icls/icls-documents/",
      "International standard for counting forced labour in household and establishment surveys.",
      """The ILO statistical standard on forced labour, one of the resolutions and
      guidelines of the 2018 labour statisticians' conference. It operationalises the
      legal definition of Convention No. 29 for survey use: work is forced when it is
      both involuntary and imposed through coercion. It covers measurement of
      recruitment, work and impossibility of leaving, and proposes standard
      tabulations for reporting prevalence."""),
])

# ---------------------------------------------------------------- Fair recruitment 2019
cluster("fair-rec2019", [
    R("General principles and operational guidelines for fair recruitment and Definition of recruitment fees and related costs",
      "", "guidance", "labour-exploitation migration debt-bondage supply-chains", "", "en",
      "International Labour Office", "2019",
      "https://www.ilo.org/global/topics/fair-recruitment/WCMS_536755/lang--en/index.htm",
      "ILO principles on fair recruitment plus the tripartite definition of recruitment fees.",
      """Combined ILO publication bringing together the general principles and
      operational guidelines for fair recruitment and the definition of recruitment
      fees and related costs agreed by a tripartite meeting of experts in 2018. The
      central principle is that no recruitment fees or related costs should be
      charged to workers or jobseekers. Guidelines are addressed separately to
      governments, enterprises, public employment services and labour recruiters."""),
    R("ILO General Principles & Operational Guidelines for Fair Recruitment and Definition of Recruitment Fees and Related Costs",
      "title-affix ampersand case-punct", "guidance", "migration labour-exploitation", "", "en",
      "ILO", None,
      "https://www.ilo.org/wcmsp5/groups/public/---ed_protect/---protrav/---migrant/documents/publication/wcms_536755.pdf",
      "Who should pay for recruitment? The ILO says employers, not workers.",
      """This PDF sets out what fair recruitment means in ILO terms. It lists the costs
      that count as recruitment fees — advertising, placement, travel, documentation,
      medical checks, training — and insists that workers must not bear them.
      Recruitment should respect human rights, avoid deception about jobs, and never
      involve retention of identity documents. Widely used by businesses and
      governments to tackle debt bondage among migrant workers."""),
    R("Fair recruitment principles and definition of recruitment fees", "reworded", "policy",
      "migration supply-chains debt-bondage", "", "en",
      "Organización Internacional del Trabajo", "2019",
      "https://www.ihrb.org/employerpays/resources/ilo-general-principles-fair-recruitment",
      "Reference copy of the ILO fair recruitment framework used by the Employer Pays movement.",
      """Copy held in a business and human rights resource collection. The
      framework is non-binding but draws on international labour standards and is
      referenced by company codes and national regulation. It treats deceptive
      recruitment, worker-paid fees and debt as key routes into forced labour for
      migrant workers, and gives states responsibility for regulating and monitoring
      recruiters across borders."""),
])
extra("fair-rec2016", R(
    "General principles and operational guidelines for fair recruitment", "", "guidance",
    "migration labour-exploitation", "", "en", "International Labour Office", "2016",
    "https://www.ilo.org/wcmsp5/groups/public/---ed_norm/---declaration/documents/publication/wcms_536263.pdf",
    "The original 2016 ILO fair recruitment principles, before the fees definition was added.",
    """Principles and guidelines adopted by a tripartite ILO meeting of experts in
    September 2016. They state that no fees should be charged to workers and set out
    responsibilities of governments, enterprises and recruiters, but do not yet
    include a detailed definition of recruitment fees and related costs, which was
    agreed in 2018 and published with the principles in a later consolidated
    edition."""))
near("fair-rec2019/0", "fair-rec2016", "version", "ILO fair recruitment principles: 2019 consolidated edition with fees definition vs 2016 original")

# ---------------------------------------------------------------- Ending forced labour by 2030
cluster("endfl2030", [
    R("Ending forced labour by 2030: A review of policies and programmes", "", "research",
      "legislation-policy labour-exploitation prevention", "", "en",
      "International Labour Office", "2018",
      "https://www.ilo.org/global/topics/forced-labour/publications/WCMS_653986/lang--en/index.htm",
      "ILO review of what governments and others are doing to meet SDG target 8.7 on forced labour.",
      """The review takes stock of policy responses to forced labour in the light of
      SDG target 8.7 and the 2014 Protocol. It looks at legal frameworks, labour
      inspection and law enforcement, protection of victims, fair recruitment and
      business due diligence, and finds large gaps: too few cases reach courts and
      remedies are rarely granted. It argues for addressing root causes such as
      poverty, discrimination and weak social protection."""),
    R("Ending Forced Labour by 2030", "subtitle case-punct", "research",
      "labour-exploitation remedy supply-chains", "", "en", "ILO", None,
      "https://www.ilo.org/wcmsp5/groups/public/---ed_norm/---ipec/documents/publication/wcms_653986.pdf",
      "Policies and programmes that work, and gaps that remain, on the road to 2030.",
      """Published under the ILO's fundamental principles programme, this study
      reviews national action plans, legislation and projects in several regions. It
      shows that most forced labour occurs in the private economy, that victims'
      access to compensation is very limited, and that migrant workers are
      particularly exposed. Recommendations target governments, social partners and
      companies, including stronger labour inspection and ratification of the Forced
      Labour Protocol."""),
])

# ---------------------------------------------------------------- ILO casebook 2009
cluster("ilo-casebook2009", [
    R("Forced Labour and Human Trafficking: Casebook of Court Decisions. A training manual for judges, prosecutors and legal practitioners",
      "", "training", "prosecution labour-exploitation legislation-policy", "", "en",
      "International Labour Office", "2009",
      "https://www.ilo.org/global/topics/forced-labour/publications/WCMS_106143/lang--en/index.htm",
      "Court decisions from many jurisdictions, arranged as a training tool for the judiciary.",
      """A training manual built around summaries of court cases on forced labour
      and trafficking from a wide range of countries. Cases are grouped by theme —
      the meaning of coercion and consent, debt bondage, deception, the role of
      intermediaries, compensation of victims — with commentary drawing out how
      judges interpreted the law. Intended for judges, prosecutors and lawyers, and
      for use in judicial training institutes."""),
    R("Casebook of court decisions on forced labour and human trafficking", "reworded subtitle",
      "guidance", "prosecution remedy", "", "en", "ILO SAP-FL", "2009",
      "https://sherloc.unodc.org/cld/en/bibliography/forced-labour-and-human-trafficking-casebook-of-court-decisions.html",
      "ILO compilation of case law useful for prosecutors building forced labour cases.",
      """Bibliographic entry for the ILO casebook. The collection shows how courts in
      Europe, the Americas, Asia and Africa have dealt with forced labour offences,
      including cases where victims were not physically confined but controlled
      through debts, threats or withheld documents. Particularly useful on
      sentencing and on awarding damages and back wages to victims."""),
])

# ---------------------------------------------------------------- ILO guidance 2005
cluster("ilo-lawguide2005", [
    R("Human Trafficking and Forced Labour Exploitation: Guidance for Legislation and Law Enforcement",
      "", "guidance", "legislation-policy prosecution labour-exploitation", "", "en",
      "International Labour Office, Special Action Programme to Combat Forced Labour", "2005",
      "https://www.ilo.org/global/topics/forced-labour/publications/WCMS_081999/lang--en/index.htm",
      "How to write and enforce laws on trafficking for forced labour: ILO guidance.",
      """Guidance for legislators, police and labour inspectors on criminalising and
      investigating trafficking for forced labour. It explains how the Palermo
      Protocol relates to ILO forced labour standards, proposes elements of national
      legislation, and discusses the indicators of coercion that investigators
      should look for, including deception, debt, confiscation of documents and
      threats against family members. It also addresses victim protection."""),
    R("Human trafficking and forced labour exploitation - guidance for legislation & law enforcement",
      "case-punct ampersand", "guidance", "prosecution identification", "", "en", "ILO", None,
      "https://www.legislationline.org/download/id/1417/file/ILO_guidance_legislation_2005.pdf",
      "ILO manual linking trafficking law and forced labour standards for law enforcement.",
      """An early ILO tool for practitioners facing the then new offence of
      trafficking for labour exploitation. It compares approaches in different legal
      systems, suggests model provisions, and gives practical advice on cooperation
      between police, prosecutors and labour inspectors. Also covers the non-punishment
      of victims for offences linked to their situation and the role of civil
      remedies."""),
])
