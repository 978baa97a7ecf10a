# -*- coding: utf-8 -*-
"""National legislation and national-language material (Africa, Asia, Latin America, France, Spain)."""
from common import R, cluster, extra, near

# ---------------------------------------------------------------- Nigeria 2015
cluster("ng-tip2015", [
    R("Trafficking in Persons (Prohibition) Enforcement and Administration Act, 2015", "", "legislation",
      "legislation-policy prosecution survivor-support", "NG", "en",
      "National Assembly of the Federal Republic of Nigeria", "2015",
      "https://www.naptip.gov.ng/wp-content/uploads/2018/10/TIPPEA-2015.pdf",
      "Nigeria's main anti-trafficking statute, which repealed the 2003 Act and strengthened NAPTIP.",
      """The Act repeals the Trafficking in Persons (Prohibition) Law Enforcement and
      Administration Act of 2003 and re-establishes the National Agency for the
      Prohibition of Trafficking in Persons (NAPTIP) with wider powers. It defines
      and criminalises trafficking and related offences such as exploitative
      labour, organ harvesting and foreign travel promoting prostitution, raises
      penalties, removes the option of fines in lieu of imprisonment for many
      offences, and creates a victims' trust fund."""),
    R("Nigeria: Trafficking in Persons (Prohibition) Enforcement & Administration Act 2015",
      "title-affix ampersand case-punct", "legislation", "legislation-policy", "NG", "en",
      "NAPTIP", "2015-03",
      "https://www.refworld.org/docid/5a8c3e2f4.html",
      "Nigerian federal law against trafficking in persons, 2015.",
      """Text of Nigeria's 2015 anti-trafficking law. Parts of the Act set out the
      functions of NAPTIP, offences and penalties, rights of trafficked persons —
      including protection from re-victimisation and access to shelter and
      counselling — and provisions on mutual legal assistance, forfeiture of assets
      and compensation. It applies across the federation and complements
      state-level laws."""),
])
extra("ng-tip2003", R(
    "Trafficking in Persons (Prohibition) Law Enforcement and Administration Act, 2003", "",
    "legislation", "legislation-policy prosecution", "NG", "en",
    "National Assembly of the Federal Republic of Nigeria", "2003",
    "https://www.legislationline.org/documents/id/8549",
    "Nigeria's first federal anti-trafficking law, which created NAPTIP (repealed 2015).",
    """The original Nigerian anti-trafficking statute, which established the National
    Agency for the Prohibition of Traffic in Persons and criminalised trafficking
    and related offences. It also provided for the confiscation of traffickers'
    assets and for a victims' trust fund. Amended in 2005, it was repealed and
    replaced by the 2015 Act."""))
near("ng-tip2015/0", "ng-tip2003", "version", "Nigeria TIP Act 2015 vs the 2003 Act it repealed")

# ---------------------------------------------------------------- South Africa 2013
cluster("za-pacotip2013", [
    R("Prevention and Combating of Trafficking in Persons Act 7 of 2013", "", "legislation",
      "legislation-policy prosecution survivor-support", "ZA", "en", "Republic of South Africa", "2013-07-29",
      "https://www.gov.za/documents/prevention-and-combating-trafficking-persons-act",
      "South Africa's comprehensive trafficking law (PACOTIP), in force since 2015.",
      """South Africa's first comprehensive anti-trafficking law gives effect to the
      Palermo Protocol. It criminalises trafficking in persons, debt bondage, the
      use of a trafficked person's services and the possession or destruction of
      identity documents, with penalties up to life imprisonment. It provides for
      identification and assistance of victims, accreditation of service
      organisations, a recovery and reflection period and residence for foreign
      victims."""),
    R("PACOTIP Act, 2013", "acronym", "legislation", "legislation-policy", "ZA", "en",
      "Parliament of South Africa", "2015",
      "https://www.justice.gov.za/legislation/acts/2013-007.pdf",
      "The Prevention and Combating of Trafficking in Persons Act, commonly known as PACOTIP.",
      """South African statute commonly referred to as PACOTIP, which came into
      operation in August 2015 together with its regulations. It places
      obligations on the Department of Social Development to assess and refer
      victims, creates reporting duties for certain professionals, and provides for
      compensation orders against convicted traffickers."""),
    R("Prevention & Combating of Trafficking in Persons Act (No. 7 of 2013) – South Africa",
      "ampersand title-affix case-punct", "policy", "legislation-policy child-trafficking", "ZA", "en",
      "Government of South Africa", "2013",
      "https://www.saflii.org/za/legis/num_act/pacotipa2013448.pdf",
      "South African anti-trafficking legislation: offences, victim protection and coordination.",
      """Act No. 7 of 2013 as published by the South African Legal Information
      Institute. Beyond criminal offences, it regulates the protection of child
      victims through the Children's Act, allows victims to seek residence,
      requires carriers to report suspected trafficking, and establishes an
      intersectoral committee to coordinate implementation."""),
])

# ---------------------------------------------------------------- Mauritania 2015
cluster("mr-slavery2015", [
    R("Loi n° 2015-031 portant incrimination de l'esclavage et réprimant les pratiques esclavagistes",
      "", "legislation", "legislation-policy forms-of-exploitation", "MR", "fr",
      "République Islamique de Mauritanie", "2015-09-10",
      "https://www.legislationline.org/documents/id/20338",
      "Loi mauritanienne de 2015 qui fait de l'esclavage un crime contre l'humanité.",
      """La loi de 2015 remplace la loi de 2007 sur l'esclavage. Elle qualifie
      l'esclavage de crime contre l'humanité imprescriptible, alourdit les peines,
      incrimine diverses pratiques esclavagistes, dont le mariage forcé et la
      privation d'héritage, et prévoit la création de juridictions spécialisées.
      Elle permet aux associations de défense des droits humains de se constituer
      partie civile et prévoit une assistance judiciaire aux victimes."""),
    R("Mauritania: Law No. 2015-031 criminalising slavery and punishing slavery-like practices",
      "translated-title title-affix", "legislation", "legislation-policy", "MR", "fr",
      "Government of Mauritania", "2015",
      "https://www.refworld.org/docid/5a5c9b624.html",
      "Mauritania's 2015 anti-slavery law, establishing special courts (French text).",
      """Mauritania's revised anti-slavery law, adopted in August 2015 after
      criticism that the 2007 law was hardly enforced. It defines slavery as a
      crime against humanity, provides prison terms of ten to twenty years, and
      creates three special criminal courts for slavery cases. Implementation has
      been slow, with few prosecutions reported by NGOs."""),
])
extra("mr-slavery2007", R(
    "Loi n° 2007-048 portant incrimination de l'esclavage et réprimant les pratiques esclavagistes",
    "", "legislation", "legislation-policy", "MR", "fr", "République Islamique de Mauritanie", "2007-09-03",
    "https://www.legislationline.org/documents/id/16523",
    "Première loi mauritanienne incriminant l'esclavage (2007), remplacée en 2015.",
    """Loi de 2007 qui, pour la première fois, érige l'esclavage en infraction pénale
    en Mauritanie et réprime les pratiques esclavagistes. Jugée peu appliquée, elle
    a été abrogée et remplacée par la loi de 2015 qui porte le même intitulé.
    Elle prévoyait des peines de prison pour les auteurs de pratiques
    esclavagistes."""))
near("mr-slavery2015/0", "mr-slavery2007", "version", "Mauritania anti-slavery law 2015-031 vs 2007-048 (same title)")

# ---------------------------------------------------------------- Philippines RA 10364
cluster("ph-ra10364", [
    R("Republic Act No. 10364: Expanded Anti-Trafficking in Persons Act of 2012", "", "legislation",
      "legislation-policy prosecution", "PH", "en", "Congress of the Philippines", "2013-02-06",
      "https://www.officialgazette.gov.ph/2013/02/06/republic-act-no-10364/",
      "Philippine law expanding the 2003 Anti-Trafficking in Persons Act.",
      """Amends and expands Republic Act No. 9208 of 2003. The expanded act broadens
      the definition of trafficking, adds offences such as attempted trafficking
      and accomplice liability, penalises those who buy or engage the services of
      trafficked persons, strengthens the Inter-Agency Council Against Trafficking
      (IACAT), and extends protection and confidentiality rules for victims. It
      also covers trafficking through marriage and adoption."""),
    R("Expanded Anti-Trafficking in Persons Act of 2012 (RA 10364)", "title-affix acronym", "legislation",
      "legislation-policy child-trafficking", "PH", "en", "Congress of the Philippines", "2012",
      "https://www.lawphil.net/statutes/repacts/ra2013/ra_10364_2013.html",
      "The Philippines' expanded anti-trafficking law, signed in 2013.",
      """Philippine anti-trafficking statute enacted during the 15th Congress and
      signed in early 2013. It introduces extraterritorial jurisdiction, allows
      prosecution without the victim's complaint, and makes trafficking
      qualified — with life imprisonment — in cases such as those involving
      children, large scale or public officials."""),
])
extra("ph-ra9208", R(
    "Republic Act No. 9208: Anti-Trafficking in Persons Act of 2003", "", "legislation",
    "legislation-policy", "PH", "en", "Congress of the Philippines", "2003-05-26",
    "https://www.officialgazette.gov.ph/2003/05/26/republic-act-no-9208/",
    "The Philippines' original anti-trafficking law (2003).",
    """The first comprehensive Philippine law against trafficking, defining and
    penalising trafficking in persons, establishing the Inter-Agency Council
    Against Trafficking, and providing for protection and reintegration of victims,
    including confidentiality of proceedings and witness protection. Later amended
    by the Expanded Anti-Trafficking in Persons Act."""))
near("ph-ra10364/0", "ph-ra9208", "version", "Philippines RA 10364 (expanded act, 2012/13) vs RA 9208 (2003)")

# ---------------------------------------------------------------- Brazil Lei 13.344
cluster("br-13344", [
    R("Lei nº 13.344, de 6 de outubro de 2016", "", "legislation",
      "legislation-policy prosecution survivor-support", "BR", "pt", "Presidência da República", "2016-10-06",
      "https://www.planalto.gov.br/ccivil_03/_ato2015-2018/2016/lei/l13344.htm",
      "Lei brasileira sobre prevenção e repressão ao tráfico interno e internacional de pessoas.",
      """Dispõe sobre a prevenção e repressão ao tráfico interno e internacional de
      pessoas e sobre medidas de atenção às vítimas. A lei introduz no Código Penal
      o artigo 149-A, que tipifica o tráfico de pessoas para remoção de órgãos,
      trabalho em condições análogas à de escravo, servidão, adoção ilegal e
      exploração sexual, revoga os antigos artigos sobre tráfico para fins de
      prostituição e prevê proteção e assistência às vítimas."""),
    R("Brazil – Law 13,344 on domestic and international trafficking in persons", "translated-title reworded",
      "legislation", "legislation-policy", "BR", "pt", "Government of Brazil", "2016",
      "https://www.refworld.org/docid/5846dbcb4.html",
      "Brazil's 2016 anti-trafficking law aligning the Penal Code with the Palermo Protocol (Portuguese text).",
      """Brazil's 2016 law brought the definition of trafficking in the Penal Code
      into line with the Palermo Protocol: previously only trafficking for sexual
      exploitation was criminalised. The new article covers several forms of
      exploitation, sets aggravating circumstances and sentence reductions, and
      adds provisions on prevention, victim assistance and temporary residence for
      foreign victims."""),
    R("Lei 13.344/2016 – Lei de Tráfico de Pessoas", "title-affix reworded=b", "policy",
      "legislation-policy forms-of-exploitation", "BR", "pt", "", None,
      "https://www.jusbrasil.com.br/legislacao/390275563/lei-13344-16",
      "Marco legal do enfrentamento ao tráfico de pessoas no Brasil.",
      """Texto da lei que estabeleceu o marco legal do enfrentamento ao tráfico de
      pessoas no Brasil, articulando prevenção, repressão e atenção às vítimas.
      Além de alterar o Código Penal, permite a concessão de residência permanente
      às vítimas estrangeiras e prevê campanhas de sensibilização e a criação de
      um sistema de informações sobre o tema."""),
])

# ---------------------------------------------------------------- Uruguay Ley 19.643
cluster("uy-19643", [
    R("Ley N° 19.643: Prevención y combate de la trata de personas", "", "legislation",
      "legislation-policy survivor-support", "UY", "es", "Parlamento del Uruguay", "2018-07",
      "https://www.impo.com.uy/bases/leyes/19643-2018",
      "Ley integral uruguaya contra la trata y la explotación de personas.",
      """Ley integral que tiene por objeto la prevención, persecución y sanción de la
      trata y la explotación de personas, así como la atención, protección y
      reparación de las víctimas. Crea el Consejo Nacional de Prevención y Combate
      a la Trata y la Explotación de Personas, establece derechos de las víctimas
      —incluida la residencia para extranjeras— y modifica el Código Penal."""),
    R("Uruguay: Law 19,643 on the prevention of and fight against trafficking in persons",
      "translated-title title-affix", "legislation", "legislation-policy", "UY", "es",
      "República Oriental del Uruguay", "2018",
      "https://www.refworld.org/docid/5b9f7c5c4.html",
      "Uruguay's 2018 comprehensive law against trafficking and exploitation (Spanish text).",
      """Comprehensive anti-trafficking law adopted by Uruguay in 2018. It takes a
      human rights and gender-based approach, guarantees victims assistance
      regardless of whether they cooperate with the justice system, provides for
      reparation, and sets up an inter-institutional national council to
      coordinate policy. It also addresses prevention in the labour sphere."""),
])

# ---------------------------------------------------------------- Paraguay Ley 4788
cluster("py-4788", [
    R("Ley N° 4788 Integral contra la Trata de Personas", "", "legislation",
      "legislation-policy prosecution", "PY", "es", "Congreso de la Nación Paraguaya", "2012",
      "https://www.bacn.gov.py/leyes-paraguayas/3991/ley-n-4788-integral-contra-la-trata-de-personas",
      "Ley paraguaya integral contra la trata de personas (2012).",
      """Ley que tiene por objeto prevenir y sancionar la trata de personas en
      cualquiera de sus manifestaciones, perpetrada en el territorio nacional y en
      el extranjero, y proteger y asistir a las víctimas. Tipifica la trata con
      fines de explotación sexual y laboral, la extracción de órganos y otras
      formas, fija agravantes y crea la Mesa Interinstitucional y un fondo para la
      atención de víctimas."""),
    R("Ley 4788/12 Integral contra la trata de personas – Paraguay", "title-affix case-punct",
      "policy", "legislation-policy", "PY", "es", "República del Paraguay", None,
      "https://www.oas.org/juridico/pdfs/mesicic5_py_ley_4788.pdf",
      "Texto de la ley integral paraguaya contra la trata, 2012.",
      """Copia de la ley paraguaya de 2012 contra la trata de personas. Además de los
      tipos penales, establece los derechos de las víctimas a asistencia médica,
      psicológica y jurídica, a la protección de su identidad y a la repatriación
      segura, y atribuye competencias al Ministerio de la Mujer y a otras
      instituciones en la política nacional."""),
])

# ---------------------------------------------------------------- Costa Rica Ley 9095
cluster("cr-9095", [
    R("Ley N° 9095 contra la Trata de Personas y creación de la Coalición Nacional contra el Tráfico Ilícito de Migrantes y la Trata de Personas (CONATT)",
      "", "legislation", "legislation-policy partnership-working", "CR", "es",
      "Asamblea Legislativa de la República de Costa Rica", "2012",
      "https://www.pgrweb.go.cr/scij/Busqueda/Normativa/Normas/nrm_texto_completo.aspx?nValor1=1&nValor2=73651",
      "Ley costarricense contra la trata que crea la CONATT y un fondo nacional.",
      """Ley que establece el marco de prevención, protección y persecución de la
      trata de personas en Costa Rica. Crea la Coalición Nacional contra el Tráfico
      Ilícito de Migrantes y la Trata de Personas (CONATT) como instancia de
      coordinación, un fondo nacional financiado en parte por un impuesto de
      salida, y un equipo de respuesta inmediata para la atención de víctimas.
      También reforma el Código Penal."""),
    R("Ley contra la trata de personas (Ley 9095) – Costa Rica", "reworded title-affix case-punct",
      "legislation", "legislation-policy survivor-support", "CR", "es", "Gobierno de Costa Rica", "2013",
      "https://www.oas.org/juridico/PDFs/mesicic5_cri_ley_9095.pdf",
      "Costa Rica: ley integral contra la trata vigente desde 2013.",
      """Texto de la ley costarricense contra la trata, publicada en La Gaceta a
      inicios de 2013. Define los derechos de las personas víctimas, incluidos la
      protección, la asistencia y la regularización migratoria, y asigna funciones
      a la Dirección General de Migración y Extranjería como secretaría técnica de
      la coalición nacional."""),
])

# ---------------------------------------------------------------- Kenya 2010
cluster("ke-ctip2010", [
    R("Counter-Trafficking in Persons Act, 2010 (No. 8 of 2010)", "", "legislation",
      "legislation-policy prosecution", "KE", "en", "Parliament of Kenya", "2010",
      "http://kenyalaw.org/kl/fileadmin/pdfdownloads/Acts/Counter-TraffickinginPersonsAct_No8of2010.pdf",
      "Kenya's anti-trafficking statute, providing offences, victim assistance and an advisory committee.",
      """Kenyan law implementing the Palermo Protocol. It criminalises trafficking in
      persons and related offences, including promoting trafficking and trafficking
      for sexual exploitation, with severe penalties, and provides for the
      protection and assistance of victims, a national assistance trust fund and a
      Counter-Trafficking in Persons Advisory Committee to coordinate
      implementation."""),
    R("Kenya Counter Trafficking in Persons Act", "title-affix case-punct", "legislation",
      "legislation-policy survivor-support", "KE", "en", "Republic of Kenya", None,
      "https://www.ilo.org/dyn/natlex/natlex4.detail?p_lang=en&p_isn=88576",
      "Kenyan law against human trafficking (2010), in force since 2012.",
      """National legislation on trafficking in persons in Kenya, which came into
      force in 2012. It covers trafficking within Kenya and across borders, sets
      out the rights of victims to shelter, medical care and repatriation, allows
      courts to order compensation, and establishes a fund for victim
      assistance."""),
])

# ---------------------------------------------------------------- India Bill 2018
cluster("in-bill2018", [
    R("The Trafficking of Persons (Prevention, Protection and Rehabilitation) Bill, 2018", "", "legislation",
      "legislation-policy survivor-support prosecution", "IN", "en", "Lok Sabha", "2018-07",
      "https://prsindia.org/billtrack/the-trafficking-of-persons-prevention-protection-and-rehabilitation-bill-2018",
      "India's 2018 anti-trafficking bill, passed by the Lok Sabha but lapsed.",
      """Bill introduced by the Ministry of Women and Child Development and passed
      by the Lok Sabha in July 2018. It would have created a National
      Anti-Trafficking Bureau and anti-trafficking committees at national, state
      and district levels, defined aggravated forms of trafficking, and provided for
      rehabilitation of victims, with time-bound trials. It was not taken up in
      the Rajya Sabha and lapsed in 2019."""),
    R("Trafficking of Persons (Prevention, Protection & Rehabilitation) Bill 2018", "leading-the ampersand case-punct",
      "policy", "legislation-policy", "IN", "en", "Ministry of Women and Child Development", "2018",
      "https://wcd.nic.in/sites/default/files/TraffickingofPersonsBill2018.pdf",
      "Draft Indian law on trafficking, prevention and rehabilitation (2018 version).",
      """Government of India bill on trafficking, criticised by some civil society
      groups for a focus on rescue and institutional rehabilitation and for
      provisions that could affect sex workers and migrants. It provided for
      rehabilitation funds, special courts in each district and the attachment of
      property of traffickers."""),
])
extra("in-bill2021", R(
    "Trafficking in Persons (Prevention, Care and Rehabilitation) Bill, 2021", "", "legislation",
    "legislation-policy survivor-support", "IN", "en", "Ministry of Women and Child Development", "2021-06",
    "https://wcd.nic.in/sites/default/files/Draft%20Trafficking%20in%20Persons%20Bill%202021.pdf",
    "The 2021 draft Indian trafficking bill published for public comment.",
    """Draft bill released by India's Ministry of Women and Child Development for
    consultation in 2021, following the lapse of the 2018 bill. It extends to
    trafficking with transnational implications, gives the National Investigation
    Agency a role, and provides for care and rehabilitation of victims."""))
near("in-bill2018/0", "in-bill2021", "version", "India trafficking bill 2018 vs 2021 draft")

# ---------------------------------------------------------------- France Loi 2013-711
cluster("fr-2013-711", [
    R("Loi n° 2013-711 du 5 août 2013 portant diverses dispositions d'adaptation dans le domaine de la justice en application du droit de l'Union européenne et des engagements internationaux de la France",
      "", "legislation", "legislation-policy prosecution", "FR", "fr", "République française", "2013-08-05",
      "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000027805521",
      "Loi française qui transpose la directive 2011/36/UE et crée les infractions d'esclavage, de servitude et de travail forcé.",
      """Loi d'adaptation du droit pénal français au droit de l'Union et aux
      engagements internationaux. Elle redéfinit l'infraction de traite des êtres
      humains (article 225-4-1 du code pénal) conformément à la directive
      2011/36/UE, autour des éléments d'acte, de moyen et de finalité, en
      élargissant les finalités d'exploitation, et crée les infractions de réduction en
      esclavage, d'exploitation de la personne réduite en esclavage, de travail
      forcé et de réduction en servitude."""),
    R("Loi du 5 août 2013 (adaptation au droit de l'UE – traite des êtres humains, esclavage, travail forcé)",
      "truncated title-affix", "legislation", "legislation-policy forms-of-exploitation", "FR", "fr",
      "Parlement", "2013",
      "https://www.legislationline.org/documents/id/18765",
      "La loi qui a modernisé la définition de la traite en droit français.",
      """Texte de la loi de 2013 qui a aligné la définition française de la traite
      sur la directive européenne et la Convention du Conseil de l'Europe, après la
      condamnation de la France par la Cour européenne des droits de l'homme pour
      l'insuffisance de sa législation en matière de servitude. La loi contient
      aussi de nombreuses dispositions sans lien avec la traite."""),
])
