# -*- coding: utf-8 -*-
"""EU agency (FRA), OSCE and UK parliamentary material."""
from common import R, cluster, extra, near

# ---------------------------------------------------------------- FRA workers' perspectives 2019
cluster("fra-workers2019", [
    R("Protecting migrant workers from exploitation in the EU: workers' perspectives", "", "research",
      "labour-exploitation migration lived-experience", "", "en",
      "European Union Agency for Fundamental Rights", "2019-06",
      "https://fra.europa.eu/en/publication/2019/protecting-migrant-workers-exploitation-eu-workers-perspectives",
      "FRA interviews with exploited migrant workers across EU countries about what went wrong and what would help.",
      """Based on interviews with more than two hundred migrant workers who had
      experienced severe labour exploitation in eight EU Member States, this FRA
      report gives workers' own accounts of recruitment, working and living
      conditions, and attempts to seek help. Sectors include agriculture,
      construction, hospitality, domestic work and manufacturing. Workers describe
      deception, withheld wages and isolation, and rarely obtained justice or
      compensation."""),
    R("Protecting Migrant Workers from Exploitation in the EU – Workers' Perspectives", "case-punct",
      "research", "labour-exploitation remedy", "", "en", "FRA", "2019",
      "https://fra.europa.eu/sites/default/files/fra_uploads/fra-2019-severe-labour-exploitation-workers-perspectives_en.pdf",
      "Severe labour exploitation in the EU as told by the workers who experienced it.",
      """Second report of FRA's fieldwork on severe labour exploitation, focusing on
      the perspectives of workers from both EU and non-EU countries. It identifies
      risk factors — dependence on the employer for housing or residence status,
      language barriers, lack of information — and recommends targeted inspections,
      effective complaint mechanisms, and ways for workers to claim back pay
      without fear of deportation."""),
    R("Protecting migrant workers from exploitation in the European Union: workers' perspectives",
      "acronym", "research", "migration labour-exploitation", "", "en",
      "Agence des droits fondamentaux de l'Union européenne", "2019-06-24",
      "https://op.europa.eu/en/publication-detail/-/publication/6a6c8d9a-9a6b-11e9-9d01-01aa75ed71a1",
      "EU Fundamental Rights Agency report on exploited migrant workers' experiences.",
      """Publications Office record of the FRA report. Workers interviewed had often
      been recruited with false promises, then faced 12-hour days, poor housing,
      and threats. Few knew where to complain, and those who did were seldom
      helped. The agency calls on Member States to ensure that victims of severe
      labour exploitation can access justice and that employers face
      sanctions."""),
])
extra("fra-inspections2018", R(
    "Protecting migrant workers from exploitation in the EU: boosting workplace inspections", "",
    "research", "labour-exploitation migration", "", "en",
    "European Union Agency for Fundamental Rights", "2018-10",
    "https://fra.europa.eu/en/publication/2018/protecting-migrant-workers-exploitation-eu-boosting-workplace-inspections",
    "FRA report on how workplace inspections can better detect labour exploitation of migrants.",
    """First report from the same FRA research on severe labour exploitation, focused
    on workplace inspections. Based on workers' experiences, it finds that
    inspections are too rare, predictable and sometimes focused on immigration
    status, and recommends unannounced, well-resourced inspections that put
    workers' rights first."""))
near("fra-workers2019/0", "fra-inspections2018", "lookalike", "two FRA reports with the same main title: workers' perspectives (2019) vs boosting workplace inspections (2018)")

# ---------------------------------------------------------------- FRA children deprived of parental care 2019
cluster("fra-children2019", [
    R("Children deprived of parental care found in an EU Member State other than their own: A guide to enhance child protection focusing on victims of trafficking",
      "", "guidance", "child-trafficking survivor-support referral", "", "en",
      "European Union Agency for Fundamental Rights", "2019",
      "https://fra.europa.eu/en/publication/2019/children-deprived-parental-care-found-eu-member-state-other-their-own-guide-enhance",
      "FRA guide for authorities handling EU children without parental care found in another Member State.",
      """Practical guide for child protection authorities and other professionals
      who encounter children from one EU Member State, without parental care, in
      another — many of them potential victims of trafficking. It explains the
      relevant EU law, including the Brussels IIa regulation, and sets out steps:
      identification, appointing a guardian, cross-border cooperation, assessing
      the child's best interests and deciding on a durable solution."""),
    R("Children deprived of parental care found in an EU Member State other than their own",
      "subtitle", "toolkit", "child-trafficking referral partnership-working", "", "en", "FRA", "2019-06",
      "https://fra.europa.eu/sites/default/files/fra_uploads/fra-2019-children-deprived-of-parental-care_en.pdf",
      "Step-by-step guide to protecting EU child victims of trafficking across borders.",
      """Guide developed by the EU Fundamental Rights Agency with the European
      Commission. It focuses on EU-national children found in another Member State,
      a group that includes child victims of trafficking and children at risk, and
      provides a flow chart and checklists for cooperation between authorities of
      the two states, with attention to the child's views and safety."""),
])
extra("fra-guardianship2014", R(
    "Guardianship for children deprived of parental care: A handbook to reinforce guardianship systems to cater for the specific needs of child victims of trafficking",
    "", "guidance", "child-trafficking survivor-support", "", "en",
    "European Union Agency for Fundamental Rights", "2014",
    "https://fra.europa.eu/en/publication/2014/guardianship-children-deprived-parental-care-handbook-reinforce-guardianship",
    "FRA/Commission handbook on guardianship systems for child victims of trafficking.",
    """Handbook prepared with the European Commission setting out principles and core
    standards for guardianship systems for children deprived of parental care, with
    specific attention to child victims of trafficking: independence and
    qualifications of guardians, caseloads, and the guardian's role in proceedings."""))
near("fra-children2019/1", "fra-guardianship2014", "lookalike", "two FRA guides on 'children deprived of parental care' and trafficking (2019 vs 2014)")

# ---------------------------------------------------------------- OSCE non-punishment 2013
cluster("osce-nonpunish2013", [
    R("Policy and legislative recommendations towards the effective implementation of the non-punishment provision with regard to victims of trafficking",
      "", "guidance", "legislation-policy criminal-exploitation prosecution", "", "en",
      "OSCE Office of the Special Representative and Co-ordinator for Combating Trafficking in Human Beings",
      "2013-04",
      "https://www.osce.org/secretariat/101002",
      "OSCE recommendations on not punishing trafficking victims for offences they were compelled to commit.",
      """Recommendations issued by the OSCE Special Representative, developed with an
      expert group, on implementing the principle that victims of trafficking
      should not be punished for unlawful acts committed as a direct consequence
      of being trafficked. They explain the legal basis in international
      instruments, propose how states can frame the provision in law and
      prosecution guidance, and stress early identification as a
      precondition."""),
    R("OSCE Non-Punishment Recommendations", "reworded", "policy",
      "legislation-policy criminal-exploitation", "", "en", "OSCE", "2013",
      "https://www.osce.org/files/f/documents/d/8/101002.pdf",
      "OSCE guidance on the non-punishment principle for trafficked persons.",
      """Short OSCE paper arguing that punishing trafficked persons for crimes such as
      immigration offences, drug cultivation, theft or prostitution-related
      offences is unjust and hampers investigations. It covers the scope of the
      principle — not only prosecution but also detention and administrative
      penalties — and recommends that victims' criminal records be cleared."""),
    R("Recomendaciones de política y legislación para la aplicación efectiva de la disposición sobre la no punición de las víctimas de trata",
      "translated-title", "guidance", "legislation-policy", "", "en",
      "Organización para la Seguridad y la Cooperación en Europa", None,
      "https://www.legislationline.org/documents/id/18614",
      "Recomendaciones de la OSCE sobre la no punición de las víctimas de trata (documento en inglés).",
      """Recomendaciones de la Representante Especial de la OSCE para combatir la
      trata sobre el principio de no punición: las víctimas no deben ser
      sancionadas por delitos cometidos como consecuencia directa de su situación.
      Proponen disposiciones legales, directrices para fiscales y formación, y
      subrayan la identificación temprana."""),
])

# ---------------------------------------------------------------- OSCE Action Plan 2003
cluster("osce-ap2003", [
    R("OSCE Action Plan to Combat Trafficking in Human Beings", "", "policy",
      "legislation-policy partnership-working", "", "en",
      "Organization for Security and Co-operation in Europe", "2003-07-24",
      "https://www.osce.org/actionplan",
      "The OSCE participating States' 2003 plan of action against human trafficking.",
      """Adopted by the OSCE Permanent Council in Decision No. 557 and endorsed by the
      Maastricht Ministerial Council, the action plan sets out commitments for
      participating States on investigation, law enforcement and prosecution,
      prevention, and protection and assistance of victims, and defines the role of
      OSCE institutions. It introduced national referral mechanisms and the idea of
      a human rights-based, comprehensive approach."""),
    R("Decision No. 557: OSCE Action Plan to Combat Trafficking in Human Beings (PC.DEC/557)",
      "title-affix", "legislation", "legislation-policy referral", "", "en", "OSCE Permanent Council", "2003",
      "https://www.osce.org/files/f/documents/3/6/23866.pdf",
      "Permanent Council decision containing the OSCE anti-trafficking action plan.",
      """Text of the Permanent Council decision adopting the OSCE Action Plan. It
      recommends measures at national level — ratifying the Palermo Protocol,
      establishing national coordinators and referral mechanisms, training, data
      collection, and addressing root causes — and tasks OSCE structures with
      supporting implementation. It was later complemented by addenda on child
      victims and on new challenges."""),
])
extra("osce-ap-addendum2013", R(
    "Addendum to the OSCE Action Plan to Combat Trafficking in Human Beings: One Decade Later", "",
    "policy", "legislation-policy supply-chains", "", "en",
    "Organization for Security and Co-operation in Europe", "2013-12-06",
    "https://www.osce.org/pc/109340",
    "2013 addendum updating the OSCE action plan ten years on.",
    """Permanent Council Decision No. 1107 adding new recommendations to the 2003
    action plan, covering trafficking for labour exploitation, supply chains and
    public procurement, the use of the internet, non-punishment of victims,
    and partnerships with civil society and business. It reflects lessons learned
    in the decade since the original plan was adopted."""))
near("osce-ap2003/0", "osce-ap-addendum2013", "version", "OSCE Action Plan 2003 vs its 2013 Addendum (One Decade Later)")

# ---------------------------------------------------------------- ODIHR return principles 2014
cluster("odihr-return2014", [
    R("OSCE/ODIHR Guiding Principles on Human Rights in the Return of Trafficked Persons", "",
      "guidance", "migration survivor-support legislation-policy", "", "en",
      "OSCE Office for Democratic Institutions and Human Rights", "2014",
      "https://www.osce.org/odihr/124268",
      "ODIHR principles to ensure returns of trafficked persons respect their rights and safety.",
      """Guiding principles setting out human rights standards for the return of
      trafficked persons to their countries of origin. They cover the right to
      seek asylum and non-refoulement, risk assessment before return, the
      voluntary nature of return, preparation and safe travel, reintegration
      assistance, and special protection for children, and stress that return
      should not be conditional on cooperation with authorities."""),
    R("Guiding principles on human rights in the return of trafficked persons", "title-affix case-punct",
      "guidance", "migration", "", "en", "ODIHR", "2014-11",
      "https://www.osce.org/files/f/documents/2/c/124268.pdf",
      "Human rights standards for safe and dignified return of trafficking victims.",
      """Published by the OSCE's human rights office, these principles respond to
      evidence that trafficked persons are often returned without assessment of
      the risks of re-trafficking or reprisals. They provide practical guidance for
      states of destination and origin and for service providers, linking return
      to the availability of effective remedies and long-term
      reintegration."""),
])

# ---------------------------------------------------------------- OSCE compensation 2008
cluster("odihr-comp2008", [
    R("Compensation for Trafficked and Exploited Persons in the OSCE Region", "", "research",
      "remedy legislation-policy", "", "en",
      "OSCE Office for Democratic Institutions and Human Rights", "2008",
      "https://www.osce.org/odihr/32023",
      "ODIHR study of the legal avenues through which trafficked persons can obtain compensation.",
      """Study reviewing how trafficked and exploited persons can obtain compensation
      in OSCE participating States — through criminal proceedings, civil claims,
      labour tribunals and state compensation funds — and the obstacles they meet,
      such as lack of legal aid, deportation before claims are heard and the
      difficulty of seizing traffickers' assets. It includes examples of good
      practice and recommendations."""),
    R("Compensation for trafficked & exploited persons in the OSCE region", "case-punct ampersand",
      "guidance", "remedy", "", "en", "OSCE/ODIHR", None,
      "https://www.osce.org/files/f/documents/2/4/32023.pdf",
      "Why so few trafficking victims get compensation, and how to change that.",
      """An ODIHR publication mapping compensation mechanisms for victims of
      trafficking and labour exploitation across the OSCE area. It argues that
      compensation is a right, not a favour, and that access to it depends on
      information, legal assistance and a secure residence status while claims
      proceed. It informed later projects such as COMP.ACT."""),
])

# ---------------------------------------------------------------- Work and Pensions Committee 2017
cluster("wpc-victims2017", [
    R("Victims of modern slavery", "", "policy",
      "survivor-support legislation-policy", "GB", "en",
      "House of Commons Work and Pensions Committee", "2017-04-30",
      "https://publications.parliament.uk/pa/cm201617/cmselect/cmworpen/803/80302.htm",
      "Commons committee finds support for identified victims of modern slavery inadequate.",
      """Twelfth report of session 2016–17 of the Work and Pensions Committee. It
      finds that the UK's approach to supporting victims after identification is
      inadequate: support ends abruptly, victims have no clear immigration status
      or access to benefits, and there is little data on what happens to them. It
      recommends that all confirmed victims receive at least one year's leave to
      remain and tailored support."""),
    R("Victims of Modern Slavery: Twelfth Report of Session 2016–17 (HC 803)", "title-affix case-punct",
      "report", "survivor-support remedy", "GB", "en", "Work and Pensions Committee", "2017",
      "https://publications.parliament.uk/pa/cm201617/cmselect/cmworpen/803/803.pdf",
      "Parliamentary inquiry into what happens to modern slavery victims after the NRM.",
      """Select committee report on the support given to victims of modern slavery,
      concluding that victims are often left destitute and at risk of
      re-trafficking once the NRM's reflection period ends. It calls for better
      access to benefits, employment support and healthcare, and for the
      government to collect data on outcomes for survivors."""),
])
