# -*- coding: utf-8 -*-
"""More UN / ILO / UNODC material: fishing, child labour, treaties, issue papers."""
from common import R, cluster, extra, near

# ---------------------------------------------------------------- Ship to Shore Rights baseline
cluster("s2s2018", [
    R("Ship to Shore Rights: Baseline research findings on fishers and seafood workers in Thailand",
      "", "research", "fishing labour-exploitation migration data-research", "TH", "en",
      "International Labour Organization", "2018",
      "https://www.ilo.org/asia/publications/WCMS_619727/lang--en/index.htm",
      "Survey of fishers and seafood processing workers in Thailand under the EU-funded Ship to Shore Rights project.",
      """Baseline survey carried out for the Ship to Shore Rights project, funded by
      the European Union, among migrant and Thai workers on fishing vessels and in
      seafood processing. It measures working conditions, wages, recruitment debts,
      document retention and indicators of forced labour after the Thai government's
      reforms of the fishing sector, and finds that despite improvements serious
      abuses persist, especially at sea. Intended as a benchmark for later
      measurement."""),
    R("Baseline research findings on fishers and seafood workers in Thailand", "title-affix", "data",
      "fishing data-research", "TH MM KH", "en",
      "ILO Regional Office for Asia and the Pacific", None,
      "https://www.ilo.org/wcmsp5/groups/public/---asia/---ro-bangkok/documents/publication/wcms_619727.pdf",
      "Data on wages, hours, debts and coercion among Myanmar, Cambodian and Thai fishers.",
      """Quantitative findings from interviews with several hundred fishers and
      seafood processing workers, most of them migrants from Myanmar and Cambodia.
      The report tabulates indicators such as unpaid or withheld wages, excessive
      hours, lack of written contracts and withheld identity documents, and
      compares fishing with processing. It concludes that forced labour remains
      a real risk in Thai fisheries and recommends stronger inspections and
      worker organisation."""),
    R("Ship to Shore Rights: Baseline research", "truncated", "report",
      "fishing supply-chains labour-exploitation", "TH", "en",
      "ILO; European Union", "2018",
      "https://reliefweb.int/report/thailand/ship-shore-rights-baseline-research-findings-fishers-and-seafood-workers-thailand",
      "ILO/EU baseline on conditions in Thailand's fishing and seafood industry.",
      """Mirror of the ILO baseline study on Thailand's seafood workforce. It reports
      that reforms following international pressure — registration of migrant
      workers, port-in port-out controls, new fisheries law — had some effect, but
      that wage deductions, debt and deception in recruitment remain common. The
      findings are meant to guide buyers and the Thai government as well as to
      measure change by the end of the project."""),
])
extra("s2s-endline2020", R(
    "Endline research findings on fishers and seafood workers in Thailand", "", "research",
    "fishing labour-exploitation data-research", "TH", "en",
    "International Labour Organization", "2020",
    "https://www.ilo.org/asia/publications/WCMS_738042/lang--en/index.htm",
    "Follow-up survey at the end of the Ship to Shore Rights project, compared with the baseline.",
    """Endline survey of fishers and seafood processing workers in Thailand, repeating
    the questions of the earlier baseline to measure change at the close of the
    Ship to Shore Rights project. It finds improvements in some areas such as written
    contracts and wage payment methods but continued problems with document
    retention, debt and forced labour indicators at sea."""))
near("s2s2018/0", "s2s-endline2020", "edition", "Ship to Shore Rights baseline (2018) vs endline (2020) survey")

# ---------------------------------------------------------------- Child labour 2020 estimates
cluster("cl2020", [
    R("Child Labour: Global estimates 2020, trends and the road forward", "", "data",
      "data-research child-trafficking labour-exploitation covid-19", "", "en",
      "International Labour Office; United Nations Children's Fund", "2021-06-10",
      "https://www.ilo.org/ipec/Informationresources/WCMS_797515/lang--en/index.htm",
      "160 million children in child labour at the start of 2020: first rise in two decades.",
      """Joint ILO–UNICEF estimates showing that 160 million children — 63 million
      girls and 97 million boys — were in child labour at the beginning of 2020, an
      increase of 8.4 million in four years, and that 79 million were in hazardous
      work. Progress has stalled for the first time since estimates began in 2000.
      Agriculture accounts for most child labour, and the COVID-19 crisis threatens
      to push millions more children into work."""),
    R("Child labour - global estimates 2020, trends & the road forward", "case-punct ampersand",
      "data", "child-trafficking data-research", "", "en", "ILO; UNICEF", "2021",
      "https://data.unicef.org/resources/child-labour-2020-global-estimates-trends-and-the-road-forward/",
      "Latest global numbers on child labour and the policies needed to reverse the trend.",
      """The fifth round of global child labour estimates, published for the
      International Year for the Elimination of Child Labour. Sub-Saharan Africa
      has seen the largest increase and now has the most children in child labour.
      Most child labour happens within families, and much of it keeps children out of
      school. The report calls for universal social protection, free quality
      education and decent work for adults."""),
    R("Child Labour: Global Estimates 2020", "truncated case-punct", "research",
      "child-trafficking labour-exploitation agriculture", "", "en",
      "International Labour Organization; UNICEF", "2021-06",
      "https://www.ilo.org/wcmsp5/groups/public/---ed_norm/---ipec/documents/publication/wcms_797515.pdf",
      "Regional, age and sector breakdown of the 2020 child labour figures.",
      """Statistical report with breakdowns by age group, sex, region, sector and
      place of residence. Younger children aged 5 to 11 account for a growing share
      of child labour, and the number of children in hazardous work has also
      increased. Scenario modelling suggests that millions more children could be
      in child labour by the end of 2022 because of the pandemic unless social
      protection is expanded."""),
])
extra("cl2017", R(
    "Global estimates of child labour: Results and trends, 2012-2016", "", "data",
    "child-trafficking data-research", "", "en", "International Labour Office", "2017-09",
    "https://www.ilo.org/global/publications/books/WCMS_575499/lang--en/index.htm",
    "152 million children in child labour: the 2017 global estimates.",
    """Global estimates released by the ILO with the Alliance 8.7 partners, finding 152
    million children in child labour in 2016, nearly half of them in hazardous work.
    The numbers show continued but slowing progress since 2000 and highlight Africa
    and agriculture. Published alongside the first global estimates of modern
    slavery."""))
extra("cl2020-exec", R(
    "Child Labour: Global estimates 2020, trends and the road forward – Executive summary", "",
    "briefing", "child-trafficking data-research", "", "en", "ILO; UNICEF", "2021-06",
    "https://www.ilo.org/wcmsp5/groups/public/---ed_norm/---ipec/documents/publication/wcms_800090.pdf",
    "Short summary of the ILO–UNICEF 2020 child labour estimates.",
    """Executive summary of the joint 2020 global estimates of child labour. It presents
    the headline numbers — 160 million children, 79 million in hazardous work — the
    main trends since 2016 and the policy priorities, without the detailed tables
    and methodology of the full report."""))
near("cl2020/0", "cl2017", "edition", "Global child labour estimates 2020 vs 2012-2016 round")
near("cl2020/2", "cl2020-exec", "summary", "Child labour estimates 2020: full report vs executive summary")

# ---------------------------------------------------------------- UN Global Plan of Action 2010
cluster("gpa2010", [
    R("United Nations Global Plan of Action to Combat Trafficking in Persons", "", "policy",
      "legislation-policy survivor-support partnership-working", "", "en",
      "United Nations General Assembly", "2010-07-30",
      "https://www.unodc.org/documents/human-trafficking/United_Nations_Global_Plan_of_Action_to_Combat_Trafficking_in_Persons.pdf",
      "General Assembly plan urging universal ratification of the Protocol and creating a trust fund for victims.",
      """Adopted by General Assembly resolution 64/293, the plan commits member
      states to integrate the fight against trafficking into the UN's broader
      programmes on development and security. It urges ratification and full
      implementation of the Organized Crime Convention and its Trafficking
      Protocol, and sets out actions under prevention, protection, prosecution and
      partnership. It established the UN Voluntary Trust Fund for Victims of
      Trafficking in Persons, especially Women and Children."""),
    R("Global Plan of Action to Combat Trafficking in Persons (A/RES/64/293)", "title-affix",
      "legislation", "legislation-policy prevention", "", "en", "UN General Assembly", "2010",
      "https://www.refworld.org/docid/4cbec9a62.html",
      "Resolution 64/293: the UN-wide action plan against human trafficking.",
      """Text of the 2010 resolution. It is organised around four areas: preventing
      trafficking, protecting and assisting victims, prosecuting crimes of
      trafficking, and strengthening partnerships. It asks UNODC to manage a trust
      fund for victims, calls for a biennial global report on trafficking patterns,
      and mandates the General Assembly to appraise progress periodically."""),
])
extra("pd2017", R(
    "Political declaration on the implementation of the United Nations Global Plan of Action to Combat Trafficking in Persons",
    "", "policy", "legislation-policy", "", "en", "United Nations General Assembly", "2017-09",
    "https://undocs.org/en/A/RES/72/1",
    "2017 General Assembly declaration appraising implementation of the 2010 Global Plan of Action.",
    """Resolution 72/1, adopted at a high-level meeting of the General Assembly
    appraising the Global Plan of Action. Member states reaffirm their commitment to
    ending trafficking, recognise links with conflict, migration and supply chains,
    and renew support for the trust fund for victims. A further political declaration
    followed in 2021."""))
near("gpa2010/0", "pd2017", "lookalike", "UN Global Plan of Action (2010) vs the 2017 political declaration on its implementation")

# ---------------------------------------------------------------- 1956 Supplementary Convention
cluster("supp1956", [
    R("Supplementary Convention on the Abolition of Slavery, the Slave Trade, and Institutions and Practices Similar to Slavery",
      "", "legislation", "legislation-policy debt-bondage forced-marriage", "", "en",
      "United Nations", "1956-09-07",
      "https://www.ohchr.org/en/instruments-mechanisms/instruments/supplementary-convention-abolition-slavery-slave-trade-and",
      "The 1956 treaty extending the ban on slavery to debt bondage, serfdom and servile marriage.",
      """Adopted in Geneva by a conference of plenipotentiaries, the convention
      supplements the 1926 Slavery Convention. It requires states to abolish
      institutions and practices similar to slavery — debt bondage, serfdom, forms
      of marriage in which a woman is given or transferred for payment or
      inherited, and the delivery of children for exploitation of their labour.
      It also criminalises the slave trade and the enslavement of others."""),
    R("Supplementary Slavery Convention 1956", "reworded", "legislation",
      "legislation-policy forms-of-exploitation", "", "en", "United Nations", "1956",
      "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-4&chapter=18",
      "Treaty status page for the 1956 convention on slavery-like practices.",
      """UN treaty collection page for the 1956 convention, listing signatures,
      ratifications and declarations. The instrument is the main international
      source for the notion of 'practices similar to slavery' and is cited in
      modern slavery legislation and in definitions used by researchers to cover
      debt bondage and forced marriage alongside chattel slavery."""),
    R("Supplementary convention on the abolition of slavery, the slave trade and institutions and practices similar to slavery",
      "case-punct", "policy", "debt-bondage forced-marriage child-trafficking", "", "en",
      "United Nations Conference of Plenipotentiaries", "1957",
      "https://www.refworld.org/docid/3ae6b3af14.html",
      "Full text of the supplementary convention, in force since 1957.",
      """The 1956 convention in full, which entered into force in April 1957. Beyond
      debt bondage and serfdom, it targets servile forms of marriage — including
      the transfer of a widow on her husband's death — and practices by which a
      child under 18 is handed over for exploitation. States undertake to set
      minimum marriage ages and to encourage registration of marriages."""),
])
extra("slavery1926", R(
    "Slavery Convention", "", "legislation", "legislation-policy forms-of-exploitation", "", "en",
    "League of Nations", "1926-09-25",
    "https://www.ohchr.org/en/instruments-mechanisms/instruments/slavery-convention",
    "The League of Nations convention that first defined slavery in international law.",
    """Signed in Geneva in 1926, the convention defines slavery as the status or
    condition of a person over whom any or all of the powers attaching to the right
    of ownership are exercised, and commits parties to prevent the slave trade and
    to bring about the complete abolition of slavery progressively. Amended by a
    1953 Protocol transferring League functions to the UN."""))
near("supp1956/0", "slavery1926", "lookalike", "Supplementary Slavery Convention 1956 vs Slavery Convention 1926")

# ---------------------------------------------------------------- OPSC
cluster("opsc2000", [
    R("Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography",
      "", "legislation", "child-trafficking sexual-exploitation legislation-policy", "", "en",
      "United Nations General Assembly", "2000-05-25",
      "https://www.ohchr.org/en/instruments-mechanisms/instruments/optional-protocol-convention-rights-child-sale-children-child",
      "Treaty requiring states to criminalise the sale of children, child prostitution and child pornography.",
      """Adopted by General Assembly resolution 54/263, this optional protocol to the
      Convention on the Rights of the Child defines the sale of children, child
      prostitution and child pornography and requires states parties to
      criminalise them, including when committed abroad. It covers the offering,
      delivering or accepting of a child for sexual exploitation, transfer of organs
      or forced labour, and sets out protections for child victims in criminal
      proceedings."""),
    R("OPSC: Optional Protocol on the Sale of Children, Child Prostitution & Child Pornography",
      "acronym reworded ampersand", "legislation", "child-trafficking sexual-exploitation", "", "en",
      "OHCHR", "2002",
      "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=IV-11-c&chapter=4",
      "Status of ratification of the CRC protocol on sale of children and child sexual exploitation.",
      """Treaty record for the protocol, which entered into force in January 2002 and
      is now ratified by the vast majority of states. Parties report periodically to
      the Committee on the Rights of the Child. The protocol establishes
      extraterritorial jurisdiction, extradition and seizure of proceeds, and calls
      for child-sensitive procedures and rehabilitation of victims."""),
])

# ---------------------------------------------------------------- OHCHR Fact Sheet 36
cluster("fs36", [
    R("Human Rights and Human Trafficking: Fact Sheet No. 36", "", "factsheet",
      "legislation-policy survivor-support remedy", "", "en",
      "Office of the United Nations High Commissioner for Human Rights", "2014",
      "https://www.ohchr.org/sites/default/files/Documents/Publications/FS36_en.pdf",
      "OHCHR fact sheet on a human rights-based approach to trafficking.",
      """Short OHCHR publication explaining how international human rights law
      applies to trafficking. It sets out the definition, the rights most often
      violated, and state obligations of due diligence to prevent trafficking,
      protect victims and prosecute offenders. Key themes are non-detention and
      non-prosecution of victims, access to remedies, safe return and the special
      needs of children, with reference to the Recommended Principles and
      Guidelines."""),
    R("Fact Sheet No. 36: Human rights and human trafficking", "title-affix=front case-punct",
      "factsheet", "remedy identification", "", "en", "OHCHR", None,
      "https://www.ohchr.org/en/publications/fact-sheets/fact-sheet-no-36-human-rights-and-human-trafficking",
      "What a rights-based response to trafficking means, in UN human rights terms.",
      """Guide for a general audience setting out why trafficking is a human rights
      issue and what that implies. It discusses the responsibility of states for
      acts of private traffickers, the rights of trafficked persons to assistance
      and remedies irrespective of their cooperation with authorities, and risks
      that anti-trafficking measures themselves can violate rights, for instance by
      restricting women's freedom of movement."""),
    R("Human rights & human trafficking", "title-affix=no-fs case-punct ampersand", "briefing",
      "legislation-policy gender", "", "en", "United Nations Human Rights", "2014",
      "https://www.refworld.org/docid/5492b5ce4.html",
      "Fact sheet from the UN human rights office: trafficking, rights and state responsibility.",
      """The UN human rights office's introduction to trafficking. It covers the
      legal framework, the links with migration, gender and discrimination, the
      situation of trafficked children, and the work of UN human rights mechanisms
      such as the Special Rapporteur on trafficking. It is part of a numbered series
      of fact sheets on human rights topics."""),
])
extra("fs14", R(
    "Contemporary Forms of Slavery: Fact Sheet No. 14", "", "factsheet",
    "forms-of-exploitation legislation-policy", "", "en",
    "Office of the United Nations High Commissioner for Human Rights", "1991",
    "https://www.ohchr.org/sites/default/files/Documents/Publications/FactSheet14en.pdf",
    "Early UN fact sheet on slavery-like practices and the UN Working Group that monitored them.",
    """Fact sheet from the UN human rights series describing contemporary forms of
    slavery — debt bondage, sale of children, forced prostitution, servile marriage —
    and the international instruments that prohibit them. It presents the work of the
    then Working Group on Contemporary Forms of Slavery."""))
near("fs36/0", "fs14", "lookalike", "OHCHR Fact Sheet 36 (trafficking, 2014) vs Fact Sheet 14 (contemporary slavery, 1991)")

# ---------------------------------------------------------------- UNODC issue paper APOV
cluster("apov2012", [
    R("Issue Paper: Abuse of a position of vulnerability and other \"means\" within the definition of trafficking in persons",
      "", "research", "legislation-policy prosecution", "", "en",
      "United Nations Office on Drugs and Crime", "2012",
      "https://www.unodc.org/documents/human-trafficking/2012/UNODC_2012_Issue_Paper_-_Abuse_of_a_Position_of_Vulnerability.pdf",
      "UNODC study of how states interpret 'abuse of a position of vulnerability' in trafficking law.",
      """UNODC study of one of the least understood elements of the Protocol
      definition. Based on a survey of legislation and case law in a dozen
      countries and an expert group meeting, it finds that many states have not
      defined the concept and that practice varies widely. It warns against
      reading the term so broadly that any exploitation of poverty becomes
      trafficking, and offers guidance on evidence of vulnerability and its
      abuse."""),
    R("Abuse of a Position of Vulnerability and Other 'Means' Within the Definition of Trafficking in Persons",
      "title-affix case-punct", "guidance", "prosecution identification", "", "en", "UNODC", "2013",
      "https://sherloc.unodc.org/cld/en/bibliography/abuse-of-a-position-of-vulnerability-issue-paper.html",
      "How courts and prosecutors deal with vulnerability as a means of trafficking.",
      """Bibliography entry for UNODC's paper on vulnerability. It looks at the
      relationship between the 'means' element and consent, at whether the
      victim's perception of having no real alternative is relevant, and at how
      vulnerability is proved in court. Practitioners are advised to consider
      vulnerability both as a means and as an aggravating factor, and to avoid
      over-reliance on victim testimony."""),
])
extra("recfees2015", R(
    "Issue Paper: The Role of Recruitment Fees and Abusive and Fraudulent Recruitment Practices of Recruitment Agencies in Trafficking in Persons",
    "", "research", "migration labour-exploitation debt-bondage", "", "en",
    "United Nations Office on Drugs and Crime", "2015",
    "https://www.unodc.org/documents/human-trafficking/2015/Recruitment_Fees_Report-Final-22_June_2015_AG_Final.pdf",
    "UNODC issue paper on recruitment agencies, fees and deception as drivers of trafficking.",
    """Part of UNODC's issue paper series, this study examines how recruitment fees,
    deceptive job offers and abusive agency practices contribute to trafficking of
    migrant workers. It reviews regulation of recruitment in origin and destination
    countries and recommends bans on worker-paid fees and stronger cross-border
    oversight."""))
near("apov2012/0", "recfees2015", "lookalike", "two UNODC issue papers: abuse of vulnerability (2012) vs recruitment fees (2015)")

# ---------------------------------------------------------------- Legislative guide 2020
cluster("legguide2020", [
    R("Legislative Guide for the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime",
      "", "guidance", "legislation-policy prosecution", "", "en",
      "United Nations Office on Drugs and Crime", "2020",
      "https://www.unodc.org/documents/human-trafficking/2020/TiP_LegislativeGuide_Final.pdf",
      "Updated UNODC guide for drafters implementing the Palermo Trafficking Protocol in national law.",
      """A stand-alone legislative guide for the Trafficking in Persons Protocol,
      updating the 2004 guides. It walks through each provision, distinguishing
      mandatory requirements from optional measures, and explains the definition's
      act, means and purpose elements, the irrelevance of consent where means are
      used, and the special rule for children. It adds guidance on non-punishment,
      victim assistance, jurisdiction and international cooperation."""),
    R("Legislative Guide for the Trafficking in Persons Protocol", "reworded", "legislation",
      "legislation-policy", "", "en", "UNODC", "2021",
      "https://sherloc.unodc.org/cld/en/v3/sherloc/legislative-guides/trafficking-in-persons-protocol.html",
      "Article-by-article commentary on implementing the Trafficking Protocol in domestic law.",
      """UNODC's commentary for legislators on the Trafficking Protocol, hosted on the
      SHERLOC knowledge portal alongside sample legislation. It explains what
      states must criminalise, how to treat attempts and participation, and what
      protection and prevention obligations follow. Drafting examples from
      national laws illustrate different ways of incorporating the definition."""),
])
extra("legguide2004", R(
    "Legislative Guides for the Implementation of the United Nations Convention against Transnational Organized Crime and the Protocols Thereto",
    "", "guidance", "legislation-policy", "", "en",
    "United Nations Office on Drugs and Crime", "2004",
    "https://www.unodc.org/pdf/crime/legislative_guides/Legislative%20guides_Full%20version.pdf",
    "The original 2004 guides covering the Organized Crime Convention and all three Protocols.",
    """One volume containing legislative guides for the Convention against
    Transnational Organized Crime and its protocols on trafficking in persons,
    smuggling of migrants and firearms. Each part sets out the requirements of the
    instrument and options for national implementation. The trafficking part was
    later replaced by a dedicated, expanded guide."""))
near("legguide2020/0", "legguide2004", "version", "UNODC legislative guide: 2020 stand-alone TIP Protocol guide vs 2004 combined guides")
