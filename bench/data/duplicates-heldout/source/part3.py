from common import R, C

# ---------------------------------------------------------------- French

# 44 CNCDH study (2010) - one copy from an English-language hub with translated title
C("cncdh10",
  R("cncdh10-a", "La traite et l'exploitation des êtres humains en France",
    "Étude de la CNCDH sur toutes les formes de traite et d'exploitation observées en France et sur la réponse pénale.",
    """Étude de la Commission nationale consultative des droits de l'homme consacrée à l'ensemble des formes
    de traite et d'exploitation observées en France : exploitation sexuelle, travail forcé, servitude
    domestique, mendicité forcée et contrainte à commettre des délits. Fondée sur l'audition d'acteurs
    institutionnels et associatifs, elle analyse le cadre juridique et ses insuffisances, la faible
    application de l'incrimination de traite par les juridictions et les lacunes de la protection des
    victimes. Elle formule des recommandations, dont l'adoption d'un plan national d'action et la création
    d'un rapporteur national indépendant.""",
    "research", ["legislation-policy", "prosecution", "survivor-support", "forms-of-exploitation"], ["FR"], ["fr"],
    ["Commission nationale consultative des droits de l'homme"], "2010",
    "https://www.cncdh.fr/publications/la-traite-et-lexploitation-des-etres-humains-en-france"),
  R("cncdh10-b", "Trafficking and exploitation of human beings in France",
    "French national human rights commission study (in French) on trafficking and the criminal justice response in France.",
    """Study by France's national advisory commission on human rights (CNCDH), published in French by La
    Documentation française. It reviews how French law and practice deal with trafficking for sexual and
    labour exploitation, domestic servitude, forced begging and forced criminality, and finds that
    prosecutors rarely use the trafficking offence, preferring related charges such as procuring. The
    commission recommends better identification and protection of victims regardless of their cooperation
    with the police, training for professionals, a national action plan and an independent national
    rapporteur – a role the CNCDH later took on itself.""",
    "report", ["legislation-policy", "identification", "prosecution"], ["FR"], ["fr"],
    ["CNCDH", "La Documentation française"], None,
    "https://www.vie-publique.fr/rapport/31034-la-traite-et-lexploitation-des-etres-humains-en-france",
    tt=["translated-title"]),
)

# 45 France first national action plan 2014-2016
C("fr-pan14",
  R("fr-pan14-a", "Plan d'action national contre la traite des êtres humains 2014-2016",
    "Premier plan national français contre la traite : 23 mesures autour de l'identification des victimes, du démantèlement des réseaux et de la coordination.",
    """Premier plan national français de lutte contre la traite des êtres humains, adopté en mai 2014 pour la
    période 2014-2016 et coordonné par la Mission interministérielle pour la protection des femmes contre les
    violences et la lutte contre la traite des êtres humains (MIPROF). Il s'articule autour de trois
    priorités : identifier et accompagner les victimes, poursuivre et démanteler les réseaux, et faire de la
    lutte contre la traite une politique publique à part entière. Ses 23 mesures portent notamment sur
    l'accueil sécurisé des victimes, la formation des professionnels, la protection des mineurs et
    l'amélioration de la connaissance statistique.""",
    "policy", ["legislation-policy", "survivor-support", "identification", "partnership-working"], ["FR"], ["fr"],
    ["Ministère des Droits des femmes", "MIPROF"], "2014-05",
    "https://www.egalite-femmes-hommes.gouv.fr/wp-content/uploads/2014/05/plan_action_traite.pdf"),
  R("fr-pan14-b", "1er plan d'action national contre la traite des êtres humains (2014-2016)",
    "La traite devient une politique publique à part entière en France.",
    """Ce plan marque la reconnaissance de la lutte contre la traite comme politique publique en France, dans le
    prolongement de la directive européenne de 2011 et des recommandations du GRETA. Il prévoit notamment
    l'harmonisation des procédures d'identification, l'accès à un hébergement sécurisé, la délivrance de
    titres de séjour aux victimes, la lutte contre l'exploitation des mineurs contraints à commettre des
    délits et la coordination des acteurs sous l'égide de la MIPROF. Son évaluation a nourri le deuxième plan
    2019-2021.""",
    "policy", ["legislation-policy", "child-trafficking", "criminal-exploitation"], ["FR"], ["fr"],
    ["Gouvernement français"], "2014",
    "https://arretonslesviolences.gouv.fr/sites/default/files/2017-10/Plan_action_national_traite_2014-2016.pdf",
    tt=["prefix", "case-punct"]),
)

# 46 Loi n° 2016-444 (France)
C("fr-loi16",
  R("fr-loi16-a", "Loi n° 2016-444 du 13 avril 2016 visant à renforcer la lutte contre le système prostitutionnel et à accompagner les personnes prostituées",
    "Loi française pénalisant l'achat d'actes sexuels, supprimant le racolage et créant un parcours de sortie de la prostitution.",
    """Loi française qui réforme l'approche de la prostitution : elle abroge le délit de racolage public, crée
    une infraction d'achat d'un acte sexuel sanctionnée par une contravention et un stage de sensibilisation,
    et instaure un parcours de sortie de la prostitution et d'insertion sociale et professionnelle, assorti
    d'une aide financière et, pour les personnes étrangères, d'une autorisation provisoire de séjour. Elle
    renforce également la lutte contre le proxénétisme et la traite, notamment sur internet, ainsi que la
    protection des victimes au cours des procédures.""",
    "legislation", ["sexual-exploitation", "legislation-policy", "survivor-support"], ["FR"], ["fr"],
    ["République française"], "2016-04-13",
    "https://www.legifrance.gouv.fr/loda/id/JORFTEXT000032396046"),
  R("fr-loi16-b", "Loi du 13 avril 2016 visant à renforcer la lutte contre le système prostitutionnel",
    "Les personnes prostituées reconnues comme victimes, les clients pénalisés.",
    """Texte adopté après plus de deux ans de navette parlementaire, qui fait de la France l'un des pays
    européens pénalisant les clients de la prostitution. Les personnes prostituées sont considérées comme des
    victimes : le racolage n'est plus une infraction et des commissions départementales organisent
    l'accompagnement de celles qui souhaitent sortir de la prostitution. La loi prévoit aussi des actions de
    prévention en milieu scolaire et un fonds pour la prévention de la prostitution et l'accompagnement
    social et professionnel des personnes prostituées.""",
    "legislation", ["sexual-exploitation", "prevention", "gender"], ["FR"], ["fr"],
    ["Parlement français"], "2016",
    "https://www.vie-publique.fr/loi/20728-loi-13-avril-2016-lutte-contre-le-systeme-prostitutionnel",
    tt=["truncated", "no-number"]),
  R("fr-loi16-c", "Loi 2016-444 (lutte contre le système prostitutionnel et accompagnement des personnes prostituées)",
    "Pénalisation de l'achat d'actes sexuels et protection des victimes de proxénétisme et de traite.",
    """Législation relative à l'exploitation sexuelle : pénalisation de l'achat d'actes sexuels, suppression du
    délit de racolage, parcours de sortie de la prostitution et mesures de protection des victimes de traite
    et de proxénétisme, notamment la possibilité de témoigner sans que leur adresse soit révélée.""",
    "legislation", ["sexual-exploitation", "legislation-policy"], ["FR"], ["fr"],
    [], None,
    "https://www.assemblee-nationale.fr/14/dossiers/lutte_contre_systeme_prostitutionnel.asp",
    tt=["reworded"]),
)

# 47 MIPROF training guide (2022)
C("miprof-guide",
  R("miprof-guide-a", "L'identification et la protection des victimes de traite des êtres humains",
    "Guide de formation de la MIPROF pour tous les professionnels susceptibles de rencontrer des victimes de traite.",
    """Guide de formation conçu par la MIPROF et le ministère chargé de l'égalité entre les femmes et les
    hommes, en lien avec des professionnels, des experts et des associations spécialisées, pour donner une
    culture commune à tous ceux qui peuvent rencontrer des victimes de traite. Il rappelle la définition
    pénale de la traite et des infractions voisines, décrit les formes d'exploitation et l'ampleur du
    phénomène en France, puis détaille le repérage, l'identification, l'orientation et l'accompagnement des
    victimes, y compris les spécificités des mineurs.""",
    "training", ["identification", "referral", "survivor-support", "child-trafficking"], ["FR"], ["fr"],
    ["Mission interministérielle pour la protection des femmes contre les violences et la lutte contre la traite des êtres humains"],
    "2022-10-18",
    "https://www.egalite-femmes-hommes.gouv.fr/node/1190"),
  R("miprof-guide-b", "Guide de formation : l'identification et la protection des victimes de traite des êtres humains (TEH)",
    "Des réponses concrètes aux questions des professionnels, du repérage à l'accompagnement des victimes.",
    """Outil pédagogique présenté le 18 octobre 2022, Journée européenne de lutte contre la traite. Il répond
    aux questions concrètes des policiers, travailleurs sociaux, soignants, magistrats et bénévoles
    associatifs : quels signes doivent alerter, comment conduire un entretien, quels droits ouvrir (titre de
    séjour, hébergement sécurisé, indemnisation), vers quels partenaires orienter. Le collectif « Ensemble
    contre la traite des êtres humains » a contribué à sa rédaction.""",
    "guidance", ["identification", "partnership-working", "remedy"], ["FR"], ["fr"],
    ["MIPROF", "Ministère chargé de l'Égalité entre les femmes et les hommes"], "2022",
    "https://contrelatraite.net/index.php/guide_protection_victimes",
    tt=["prefix", "acronym-added", "case-punct"]),
)

# 48 MIPROF/SSMSI victims supported by associations in 2021
C("miprof-prof21",
  R("miprof-prof21-a", "La traite des êtres humains en France : le profil des victimes accompagnées par les associations en 2021",
    "Enquête MIPROF–SSMSI : plus de 2 800 victimes de traite accompagnées par 44 associations en 2021.",
    """Résultats de l'enquête annuelle menée par la MIPROF et le service statistique ministériel de la sécurité
    intérieure auprès des associations qui accompagnent des victimes de traite en France. En 2021, plus de
    2 800 victimes ont été suivies par les 44 associations répondantes, dont quelque 2 600 exploitées au moins
    en partie en France. L'exploitation sexuelle reste majoritaire (74 %), devant l'exploitation par le
    travail (18 %), la contrainte à commettre des délits, la mendicité forcée et d'autres formes. L'étude
    décrit le profil des victimes selon le sexe, l'âge, la nationalité et la forme d'exploitation.""",
    "data", ["data-research", "sexual-exploitation", "labour-exploitation", "criminal-exploitation"], ["FR"], ["fr"],
    ["MIPROF", "Service statistique ministériel de la sécurité intérieure"], "2022",
    "https://www.interieur.gouv.fr/Interstats/Actualites/La-traite-des-etres-humains-en-France-le-profil-des-victimes-accompagnees-par-les-associations-en-2021"),
  R("miprof-prof21-b", "Traite des êtres humains en France – profil des victimes accompagnées par les associations (édition 2021)",
    "Des victimes souvent invisibles dans les statistiques policières, décrites à partir des données associatives.",
    """Sixième édition de l'enquête statistique réalisée avec les associations du collectif « Ensemble contre
    la traite des êtres humains » et d'autres structures. Elle complète les données de la délinquance
    enregistrée en décrivant des victimes souvent invisibles : majoritairement des femmes pour l'exploitation
    sexuelle, des hommes pour l'exploitation par le travail hors domestique, et une part importante de
    mineurs parmi les victimes contraintes à commettre des délits. L'enquête met en œuvre une mesure du plan
    d'action national contre la traite.""",
    "data", ["data-research", "gender", "child-trafficking"], ["FR"], ["fr"],
    ["SSMSI", "Mission interministérielle pour la protection des femmes contre les violences et la lutte contre la traite des êtres humains"],
    None,
    "https://mobile.interieur.gouv.fr/Interstats/Actualites/La-traite-des-etres-humains-en-France-le-profil-des-victimes-accompagnees-par-les-associations-en-2021",
    tt=["leading-article", "reworded"]),
)

# 49 Myria annual report 2019 (Belgium)
C("myria19",
  R("myria19-a", "Rapport annuel traite et trafic des êtres humains 2019 : De la force d'action pour les victimes",
    "Rapport annuel du rapporteur national belge, centré en 2019 sur l'information des victimes et l'aide juridique.",
    """Rapport annuel public et indépendant de Myria, Centre fédéral Migration et rapporteur national
    indépendant de la Belgique sur la traite des êtres humains. L'édition 2019 se concentre sur l'information
    des victimes de traite et sur l'aide juridique : Myria constate que la lutte contre la traite ne figure
    plus en pratique à l'agenda politique, que les victimes sont mal informées de leurs droits et que l'accès
    à un avocat spécialisé reste difficile. Le rapport analyse aussi l'évolution du phénomène, la
    jurisprudence récente et les données chiffrées, et adresse des recommandations aux autorités.""",
    "report", ["survivor-support", "remedy", "prosecution", "legislation-policy"], ["BE"], ["fr"],
    ["Myria – Centre fédéral Migration"], "2019",
    "https://www.myria.be/fr/publications/rapport-annuel-traite-et-trafic-des-etres-humains-2019-de-la-force-daction-pour-les-victimes"),
  R("myria19-b", "De la force d'action pour les victimes – Rapport annuel Traite et trafic 2019",
    "Pionnière au début des années 1990, la Belgique marque le pas dans la lutte contre la traite, selon Myria.",
    """Pionnière de la lutte contre la traite au début des années 1990, la Belgique marque le pas selon Myria.
    Ce rapport destiné au gouvernement et au parlement examine les difficultés de détection, d'information et
    de protection des victimes, et plaide pour leur « force d'action » : une information claire dès le
    premier contact, une assistance juridique de qualité et la possibilité d'obtenir réparation. Une partie
    est consacrée au trafic d'êtres humains, avec des analyses de dossiers judiciaires.""",
    "report", ["survivor-support", "remedy", "migration"], ["BE"], ["fr"],
    ["Myria"], None,
    "https://www.myria.be/files/Traite-rapport-2019.pdf",
    tt=["reordered", "case-punct"]),
)

# 50 Switzerland national action plan 2017-2020
C("ch-pan17",
  R("ch-pan17-a", "Plan d'action national contre la traite des êtres humains 2017–2020",
    "Deuxième plan d'action national suisse : 28 mesures pour 2017-2020.",
    """Deuxième plan d'action national suisse, élaboré sous l'égide du Service de coordination contre la
    traite d'êtres humains et le trafic de migrants (SCOTT) rattaché à fedpol. Il fixe les axes stratégiques
    pour 2017-2020 et propose 28 mesures réparties entre sensibilisation et formation, poursuite pénale,
    protection des victimes et coopération nationale et internationale. L'accent est mis sur la formation des
    policiers, des procureurs, des ONG et des services de migration, sur la sensibilisation du personnel
    médical et sur l'identification des victimes parmi les requérants d'asile.""",
    "policy", ["legislation-policy", "identification", "partnership-working"], ["CH"], ["fr"],
    ["Office fédéral de la police (fedpol)"], "2017",
    "https://www.fedpol.admin.ch/fedpol/fr/home/kriminalitaet/menschenhandel/nap.html"),
  R("ch-pan17-b", "Deuxième Plan d'action national (PAN) contre la traite des êtres humains 2017-2020 – Suisse",
    "Confédération, cantons et société civile réunis autour de 28 actions contre la traite.",
    """Pays de destination et de transit, la Suisse renforce sa lutte contre la traite par un plan qui associe
    Confédération, cantons et société civile. Parmi les 28 actions figurent des lignes directrices pour
    harmoniser les pratiques cantonales, une campagne auprès des médecins urgentistes, une liste de contrôle
    pour détecter l'exploitation de la force de travail et une meilleure prise en compte des victimes dans la
    procédure d'asile. L'évaluation finale a montré que 20 des 28 mesures avaient été entièrement mises en
    œuvre.""",
    "policy", ["legislation-policy", "labour-exploitation", "migration"], ["CH"], ["fr"],
    ["Service de coordination contre la traite d'êtres humains et le trafic de migrants (SCOTT)"], None,
    "https://humantraffickingsearch.org/resource/plan-daction-national-contre-la-traite-des-etres-humains-2017-2020",
    tt=["prefix", "acronym-added", "country-suffix", "case-punct"]),
)

# 51 Côte d'Ivoire law 2016-1111
C("ci-loi16",
  R("ci-loi16-a", "Loi n° 2016-1111 du 8 décembre 2016 relative à la lutte contre la traite des personnes",
    "Loi ivoirienne définissant et réprimant la traite des personnes et instituant un comité national de lutte.",
    """Loi ivoirienne qui définit et réprime la traite des personnes conformément au Protocole de Palerme,
    ratifié par la Côte d'Ivoire en 2012. Elle a pour objet de prévenir et réprimer la traite, de protéger et
    d'assister les victimes et les témoins, et de promouvoir la coopération nationale et internationale. Elle
    institue un Comité national de lutte contre la traite des personnes, prévoit des peines d'emprisonnement
    et d'amende aggravées lorsque la victime est un enfant, et organise la prise en charge des victimes
    avant, pendant et après le procès.""",
    "legislation", ["legislation-policy", "prosecution", "child-trafficking"], ["CI"], ["fr"],
    ["République de Côte d'Ivoire"], "2016-12-08",
    "https://www.juriafrica.com/lex/link/refs/30364.htm"),
  R("ci-loi16-b", "Côte d'Ivoire – Loi relative à la lutte contre la traite des personnes (2016)",
    "Une législation durcie contre la traite et l'exploitation, notamment des jeunes filles.",
    """Texte adopté par l'Assemblée nationale pour durcir la répression de la traite et de l'exploitation, en
    particulier des jeunes filles. La traite y couvre le recrutement, le transport, le transfert,
    l'hébergement ou l'accueil d'une personne à des fins d'exploitation, par la menace, la contrainte, l'abus
    d'autorité ou de vulnérabilité ; l'exploitation inclut le travail forcé, l'exploitation sexuelle, la
    mendicité et la servitude. La loi complète la loi de 2010 portant interdiction de la traite et des pires
    formes de travail des enfants.""",
    "legislation", ["legislation-policy", "sexual-exploitation", "labour-exploitation"], ["CI"], ["fr"],
    ["Assemblée nationale de Côte d'Ivoire"], "2017",
    "https://www.ilo.org/dyn/natlex/natlex4.detail?p_lang=fr&p_isn=104223",
    tt=["reworded", "country-prefix"]),
)

# 52 Senegal law 2005-06
C("sn-loi05",
  R("sn-loi05-a", "Loi n° 2005-06 du 10 mai 2005 relative à la lutte contre la traite des personnes et pratiques assimilées et à la protection des victimes",
    "Loi sénégalaise incriminant la traite, l'exploitation de la mendicité d'autrui et le trafic de migrants.",
    """Loi sénégalaise qui incrimine la traite des personnes et les pratiques assimilées, notamment
    l'organisation de la migration clandestine, l'exploitation de la mendicité d'autrui et la prostitution des
    mineurs. Elle punit la traite de peines de réclusion et d'amende, aggravées lorsque les faits sont commis
    avec violence, en bande organisée ou au préjudice de mineurs, et comporte des dispositions relatives à la
    protection, à l'assistance et au rapatriement des victimes et des témoins.""",
    "legislation", ["legislation-policy", "child-trafficking", "criminal-exploitation"], ["SN"], ["fr"],
    ["République du Sénégal"], "2005-05-10",
    "http://www.jo.gouv.sn/spip.php?article3590"),
  R("sn-loi05-b", "Loi sénégalaise n°2005-06 sur la traite des personnes et pratiques assimilées",
    "Texte de référence au Sénégal, souvent invoqué à propos de la mendicité forcée des enfants talibés.",
    """Texte de référence de la lutte contre la traite au Sénégal, souvent cité à propos de l'exploitation des
    enfants talibés contraints à mendier par certains maîtres coraniques, dont les poursuites restent rares.
    Elle prévoit aussi des mesures de protection des victimes et des témoins au cours de la procédure.""",
    "legislation", ["child-trafficking", "legislation-policy"], ["SN"], ["fr"],
    ["Assemblée nationale du Sénégal"], "2005",
    "https://www.ilo.org/dyn/natlex/natlex4.detail?p_lang=fr&p_isn=71235",
    tt=["reworded", "truncated"]),
)

# 53 Morocco law 27-14
C("ma-loi14",
  R("ma-loi14-a", "Loi n° 27-14 relative à la lutte contre la traite des êtres humains",
    "Première loi marocaine spécifique à la traite, promulguée en août 2016.",
    """Première loi marocaine consacrée spécifiquement à la traite, adoptée par le Parlement en 2016 pour mettre
    le droit national en conformité avec le Protocole de Palerme. Elle introduit dans le Code pénal une
    définition large de la traite et de l'exploitation – exploitation sexuelle, travail forcé, servitude,
    mendicité, prélèvement d'organes –, des peines allant de cinq à trente ans d'emprisonnement selon les
    circonstances, et des mesures de protection et d'assistance aux victimes. Elle crée une commission
    nationale de coordination placée auprès du Chef du gouvernement.""",
    "legislation", ["legislation-policy", "prosecution", "survivor-support"], ["MA"], ["fr"],
    ["Royaume du Maroc"], "2016-08-25",
    "https://cnclt.justice.gov.ma/fr/loi-27-14/"),
  R("ma-loi14-b", "Dahir n° 1-16-127 portant promulgation de la loi n° 27-14 relative à la lutte contre la traite des êtres humains",
    "Les articles 448-1 et suivants du Code pénal marocain sur la traite des êtres humains.",
    """Texte promulgué par dahir et publié au Bulletin officiel, qui insère dans le Code pénal et le Code de
    procédure pénale des dispositions sur la traite des êtres humains (articles 448-1 et suivants). Il aggrave
    les sanctions lorsque la victime est mineure ou vulnérable ou lorsque l'infraction est transnationale,
    prévoit que la victime ne soit pas tenue responsable des infractions commises sous la contrainte, et
    institue la Commission nationale chargée de la coordination des mesures de lutte et de prévention.""",
    "legislation", ["legislation-policy", "prosecution"], ["MA"], ["fr"],
    ["Secrétariat général du gouvernement"], "2016",
    "http://www.sgg.gov.ma/Portals/0/lois/Loi_27.14_Fr.pdf",
    tt=["prefix", "reworded"]),
)

# ---------------------------------------------------------------- Spanish

# 54 Spain Protocolo Marco (2011)
C("es-protmarco",
  R("es-protmarco-a", "Protocolo Marco de Protección de las Víctimas de Trata de Seres Humanos",
    "Protocolo español que coordina la detección, identificación, asistencia y protección de víctimas de trata.",
    """Protocolo aprobado en octubre de 2011 por varios ministerios, la Fiscalía General del Estado y el
    Consejo General del Poder Judicial para coordinar la actuación ante víctimas de trata en España. Desarrolla
    el artículo 59 bis de la Ley de Extranjería y establece pautas para la detección e identificación de
    víctimas, la información sobre sus derechos, el periodo de restablecimiento y reflexión, la derivación a
    recursos de asistencia y la colaboración con las organizaciones especializadas. Incluye disposiciones
    específicas para menores de edad y para víctimas extranjeras en situación irregular.""",
    "guidance", ["identification", "referral", "survivor-support", "partnership-working"], ["ES"], ["es"],
    ["Gobierno de España"], "2011-10-28",
    "https://violenciagenero.igualdad.gob.es/otrasFormas/trata/normativaProtocolo/protocolo/docs/ProtocoloTrata.pdf"),
  R("es-protmarco-b", "Protocolo marco de protección de víctimas de trata",
    "Quién identifica, cómo se entrevista y qué protección se ofrece: el marco común de actuación en España.",
    """Marco de actuación común para policías, fiscales, jueces, servicios sociales y ONG cuando se sospecha que
    una persona es víctima de trata. Define quién realiza la identificación formal (unidades policiales con
    formación específica), cómo debe desarrollarse la entrevista, qué medidas de protección y asistencia se
    ofrecen y cómo se tramita la autorización de residencia por circunstancias excepcionales. Ha servido de
    base a los protocolos autonómicos posteriores.""",
    "guidance", ["identification", "referral", "migration"], ["ES"], ["es"],
    ["Ministerio del Interior", "Ministerio de Justicia", "Fiscalía General del Estado", "Consejo General del Poder Judicial"], "2011",
    "https://www.interior.gob.es/opencms/export/sites/default/.galleries/galeria-de-prensa/documentos-y-multimedia/protocolo-marco-trata.pdf",
    tt=["truncated", "case-punct"]),
)

# 55 Spain Plan Integral 2015-2018
C("es-plan15",
  R("es-plan15-a", "Plan Integral de lucha contra la trata de mujeres y niñas con fines de explotación sexual 2015-2018",
    "Segundo plan estatal español contra la trata con fines de explotación sexual: 143 medidas.",
    """Segundo plan estatal español contra la trata con fines de explotación sexual, aprobado en septiembre de
    2015 para el periodo 2015-2018. Parte de la consideración de la trata de mujeres y niñas como una forma de
    violencia contra las mujeres y organiza 143 medidas en cinco prioridades: refuerzo de la prevención y la
    detección; identificación, protección y asistencia a las víctimas; análisis y mejora del conocimiento;
    persecución más activa de los tratantes; y coordinación y cooperación entre instituciones y con la
    sociedad civil.""",
    "policy", ["sexual-exploitation", "gender", "legislation-policy", "identification"], ["ES"], ["es"],
    ["Ministerio de Sanidad, Servicios Sociales e Igualdad"], "2015-09",
    "https://violenciagenero.igualdad.gob.es/otrasFormas/trata/planIntegral/DOC/Plan_Integral_Trata_18_Septiembre2015_2018.pdf"),
  R("es-plan15-b", "Plan integral contra la trata de mujeres y niñas con fines de explotación sexual (2015-2018)",
    "Detección de víctimas menores de edad e implicación de profesionales sanitarios, educativos y sociales.",
    """Instrumento del Gobierno de España para luchar contra la trata con fines de explotación sexual, con
    especial atención a las víctimas menores de edad y a la implicación de los profesionales sanitarios,
    educativos y de servicios sociales en la detección. Incluye un diagnóstico de la situación en España, el
    marco normativo internacional y nacional, y un sistema de seguimiento y evaluación con indicadores.""",
    "policy", ["sexual-exploitation", "child-trafficking", "health"], ["ES"], ["es"],
    ["Gobierno de España"], "2017",
    "https://bienestaryproteccioninfantil.es/plan-integral-de-lucha-contra-la-trata-de-mujeres-y-ninas-con-fines-de-explotacion-sexual-2015-2018/",
    tt=["reworded", "case-punct"]),
)

# 56 Defensor del Pueblo 2012
C("dp-invis",
  R("dp-invis-a", "La trata de seres humanos en España: víctimas invisibles",
    "Informe monográfico del Defensor del Pueblo sobre los fallos en la detección y protección de víctimas de trata.",
    """Informe monográfico de la institución del Defensor del Pueblo sobre la trata de seres humanos en España,
    presentado en septiembre de 2012. Constata que los mecanismos de detección e identificación de víctimas
    no funcionan adecuadamente, que muchos casos se tramitan como inmigración irregular y que el periodo de
    restablecimiento y reflexión apenas se utiliza. Reclama una mayor participación de las ONG en la
    identificación, que la trata no se reduzca a un problema migratorio o de orden público, y protocolos
    específicos para menores de edad.""",
    "report", ["identification", "legislation-policy", "child-trafficking", "sexual-exploitation"], ["ES"], ["es"],
    ["Defensor del Pueblo"], "2012-09",
    "https://www.defensordelpueblo.es/informe-monografico/la-trata-de-seres-humanos-en-espana-victimas-invisibles/"),
  R("dp-invis-b", "La trata de seres humanos en España: Víctimas invisibles (Informes, estudios y documentos, 30)",
    "Más de trescientas páginas sobre el marco normativo y la práctica administrativa frente a la trata en España.",
    """Estudio de más de trescientas páginas que analiza el marco normativo y la práctica administrativa frente
    a la trata con fines de explotación sexual y laboral en España. Dedica especial atención a las mujeres y
    niñas explotadas en la prostitución, a los menores de edad no identificados como víctimas y a los hijos de
    las víctimas nacidos en España, y formula recomendaciones a ministerios, fiscalías y comunidades
    autónomas.""",
    "research", ["sexual-exploitation", "labour-exploitation", "child-trafficking"], ["ES"], ["es"],
    ["Defensor del Pueblo de España"], "2012",
    "https://www.defensordelpueblo.es/wp-content/uploads/2015/05/2012-09-Trata-de-seres-humanos-en-Espana-victimas-invisibles-ESP.pdf",
    tt=["series-suffix", "case-punct"]),
)

# 57 CNDH Mexico diagnostic 2019 - one copy from an English-language hub with translated title
C("cndh19",
  R("cndh19-a", "Diagnóstico sobre la Situación de la Trata de Personas en México 2019",
    "La CNDH identifica 5 245 posibles víctimas de trata en México entre 2012 y 2017.",
    """Diagnóstico elaborado por la Comisión Nacional de los Derechos Humanos con información de la Fiscalía
    General de la República, las fiscalías y procuradurías estatales, el Poder Judicial y las comisiones de
    atención a víctimas. Entre junio de 2012 y julio de 2017 se identificaron 5 245 posibles víctimas de trata
    en México: 85 % mujeres y niñas, 70 % en explotación sexual y 17 % en explotación laboral. Siete de cada
    diez investigaciones se concentraron en cinco entidades federativas. El documento analiza la respuesta de
    las autoridades y formula recomendaciones sobre prevención, atención a víctimas y persecución del
    delito.""",
    "report", ["data-research", "sexual-exploitation", "prosecution", "gender"], ["MX"], ["es"],
    ["Comisión Nacional de los Derechos Humanos"], "2019-07",
    "https://www.cndh.org.mx/documento/diagnostico-sobre-la-situacion-de-la-trata-de-personas-en-mexico-2019"),
  R("cndh19-b", "Diagnosis of the Situation of Human Trafficking in Mexico 2019",
    "Mexico's National Human Rights Commission assessment (in Spanish) of official trafficking data, 2012–2017.",
    """Assessment by Mexico's National Human Rights Commission (CNDH), published in Spanish, of official data
    on human trafficking between 2012 and 2017. It counts more than 5,000 possible victims, mostly women and
    girls exploited sexually, and notes that the great majority were Mexican nationals, half of them
    identified in their own state. Federal prevention, it finds, is largely limited to awareness campaigns,
    and relatively few cases end in convictions; it recommends tackling structural causes and strengthening
    support for victims.""",
    "data", ["data-research", "prevention", "prosecution"], ["MX"], ["es"],
    ["CNDH Mexico"], "2019",
    "https://blog.cndh.org.mx/node/106",
    tt=["translated-title"]),
)

# 58 Argentina Ley 26.364 (2008)
C("ar-26364",
  R("ar-26364-a", "Ley 26.364: Prevención y sanción de la trata de personas y asistencia a sus víctimas",
    "Primera ley argentina específica sobre trata de personas (2008).",
    """Primera ley argentina específica sobre trata de personas, sancionada en abril de 2008. Tipifica la trata
    de mayores y de menores de edad, define la explotación (reducción a servidumbre, trabajos forzados,
    explotación sexual, extracción de órganos) y reconoce derechos a las víctimas: asistencia psicológica,
    médica y jurídica, alojamiento, protección frente a represalias, información en su idioma y no punibilidad
    por delitos derivados de su condición. En su versión original, para víctimas mayores de 18 años se exigía
    acreditar medios comisivos como el engaño, la violencia o el abuso de vulnerabilidad.""",
    "legislation", ["legislation-policy", "prosecution", "survivor-support"], ["AR"], ["es"],
    ["Congreso de la Nación Argentina"], "2008-04-29",
    "http://servicios.infoleg.gob.ar/infolegInternet/anexos/140000-144999/140100/norma.htm"),
  R("ar-26364-b", "Ley de Prevención y Sanción de la Trata de Personas y Asistencia a sus Víctimas (Ley N° 26.364)",
    "Marco nacional argentino de prevención, sanción y asistencia frente a la trata.",
    """Norma nacional argentina que crea el marco de prevención, sanción y asistencia frente a la trata, en línea
    con el Protocolo de Palermo. Establece obligaciones del Estado en materia de rescate y acompañamiento de
    víctimas, la posibilidad de permanecer en el país para las víctimas extranjeras y la coordinación con las
    provincias. Fue modificada sustancialmente en 2012 por la Ley 26.842.""",
    "legislation", ["legislation-policy", "migration"], ["AR"], ["es"],
    ["República Argentina"], "2008",
    "https://www.argentina.gob.ar/normativa/nacional/ley-26364-140100",
    tt=["reordered", "case-punct"]),
)

# 59 Colombia Ley 985 de 2005
C("co-985",
  R("co-985-a", "Ley 985 de 2005 por medio de la cual se adoptan medidas contra la trata de personas y normas para la atención y protección de las víctimas de la misma",
    "Ley colombiana contra la trata que crea el Comité Interinstitucional y define derechos de las víctimas.",
    """Ley colombiana que modifica el delito de trata de personas en el Código Penal, con una definición amplia
    de explotación, y crea el Comité Interinstitucional para la Lucha contra la Trata de Personas como
    instancia coordinadora. Ordena la elaboración de una Estrategia Nacional y establece los derechos de las
    víctimas a asistencia inmediata y mediata – alojamiento, atención médica y psicológica, asesoría jurídica,
    protección y retorno –, además de medidas de prevención, cooperación internacional y un sistema de
    información sobre el delito.""",
    "legislation", ["legislation-policy", "survivor-support", "partnership-working"], ["CO"], ["es"],
    ["Congreso de la República de Colombia"], "2005-08-26",
    "http://www.secretariasenado.gov.co/senado/basedoc/ley_0985_2005.html"),
  R("co-985-b", "Ley 985 de 2005 – Medidas contra la trata de personas y atención a víctimas",
    "El consentimiento de la víctima no exime al tratante: el marco legal colombiano desde 2005.",
    """Marco legal colombiano contra la trata, vigente desde 2005. Dispone que el consentimiento de la víctima
    no exime de responsabilidad penal al tratante, contempla medidas específicas para niños, niñas y
    adolescentes y prevé la creación de comités departamentales y municipales. Sus disposiciones se han
    desarrollado mediante sucesivas estrategias nacionales adoptadas por decreto.""",
    "legislation", ["legislation-policy", "child-trafficking"], ["CO"], ["es"],
    ["Ministerio del Interior de Colombia"], None,
    "https://www.funcionpublica.gov.co/eva/gestornormativo/norma.php?i=17004",
    tt=["reworded", "truncated"]),
)

# 60 Peru Ley 28950 (2007)
C("pe-28950",
  R("pe-28950-a", "Ley N° 28950, Ley contra la trata de personas y el tráfico ilícito de migrantes",
    "Ley peruana que tipifica la trata de personas y el tráfico ilícito de migrantes (2007).",
    """Ley peruana que tipifica en el Código Penal los delitos de trata de personas y de tráfico ilícito de
    migrantes, con sus formas agravadas, y adecúa la legislación nacional al Protocolo de Palermo y al
    Protocolo contra el tráfico ilícito de migrantes. Establece que el Estado debe brindar a las víctimas
    repatriación segura, alojamiento transitorio, asistencia médica, psicológica y legal, y garantizar la
    reserva de su identidad. Ha sido modificada posteriormente, entre otras por la Ley 30251 de 2014.""",
    "legislation", ["legislation-policy", "migration", "survivor-support"], ["PE"], ["es"],
    ["Congreso de la República del Perú"], "2007-01-16",
    "https://leyes.congreso.gob.pe/Documentos/Leyes/28950.pdf"),
  R("pe-28950-b", "Ley contra la Trata de Personas y el Tráfico Ilícito de Migrantes (Perú)",
    "Trata y tráfico ilícito de migrantes: dos delitos distintos en la legislación peruana.",
    """Norma que distingue la trata de personas, orientada a la explotación, del tráfico ilícito de migrantes,
    centrado en facilitar la entrada irregular a otro país. Prevé penas más severas cuando la víctima es menor
    de edad, cuando el autor es funcionario público o cuando la víctima sufre lesiones graves, e incluye
    obligaciones de prevención y de protección de víctimas y testigos.""",
    "legislation", ["legislation-policy", "prosecution", "migration"], ["PE"], ["es"],
    ["Ministerio del Interior del Perú"], "2007",
    "https://www.refworld.org/docid/4f9a90d72.html",
    tt=["no-number", "country-suffix", "case-punct"]),
)

# 61 Chile Ley 20.507 (2011)
C("cl-20507",
  R("cl-20507-a", "Ley 20.507 que tipifica los delitos de tráfico ilícito de migrantes y trata de personas y establece normas para su prevención y más efectiva persecución criminal",
    "Ley chilena de 2011 que incorpora al Código Penal la trata de personas y el tráfico de migrantes.",
    """Ley chilena que incorpora al Código Penal los delitos de tráfico ilícito de migrantes y de trata de
    personas, esta última con fines de explotación sexual, trabajos o servicios forzados, servidumbre,
    esclavitud o extracción de órganos. Agrava las penas cuando la víctima es menor de edad o cuando el autor
    actúa como funcionario público, y establece medidas de protección para víctimas extranjeras, como la
    posibilidad de solicitar un permiso de residencia temporal y el acceso a asistencia.""",
    "legislation", ["legislation-policy", "prosecution", "migration"], ["CL"], ["es"],
    ["Congreso Nacional de Chile"], "2011-04-08",
    "https://www.bcn.cl/leychile/navegar?idNorma=1024298"),
  R("cl-20507-b", "Ley de trata de personas y tráfico de migrantes (Ley N° 20.507)",
    "Antes de 2011 Chile solo sancionaba la trata con fines de prostitución.",
    """Antes de esta norma, Chile solo sancionaba la trata con fines de prostitución. La ley de 2011 amplía el
    tipo penal, permite técnicas especiales de investigación propias del crimen organizado, como agentes
    encubiertos e interceptación de comunicaciones, y otorga a las víctimas derechos de información,
    protección y regularización migratoria.""",
    "legislation", ["legislation-policy", "prosecution"], ["CL"], ["es"],
    ["Biblioteca del Congreso Nacional de Chile"], "2011",
    "https://www.leychile.cl/Navegar?idNorma=1024298",
    tt=["reworded"]),
)

# 62 Guatemala Decreto 9-2009
C("gt-9-2009",
  R("gt-9-2009-a", "Ley contra la Violencia Sexual, Explotación y Trata de Personas (Decreto 9-2009)",
    "Ley guatemalteca que reforma el Código Penal y crea la Secretaría contra la Violencia Sexual, Explotación y Trata (SVET).",
    """Ley guatemalteca que reforma el Código Penal para sancionar la violencia sexual, la explotación y la trata
    de personas, y crea la Secretaría contra la Violencia Sexual, Explotación y Trata de Personas (SVET)
    adscrita a la Vicepresidencia. Define la trata de forma amplia, incluyendo la adopción irregular, el
    reclutamiento de menores para grupos delictivos, la mendicidad, la pornografía y el matrimonio forzado o
    servil, y establece principios de protección como el interés superior del niño, la no revictimización y
    la confidencialidad.""",
    "legislation", ["legislation-policy", "sexual-exploitation", "child-trafficking", "forced-marriage"], ["GT"], ["es"],
    ["Congreso de la República de Guatemala"], "2009",
    "https://www.congreso.gob.gt/detalle_pdf/decretos/1086"),
  R("gt-9-2009-b", "Decreto 9-2009: Ley contra la violencia sexual, explotación y trata de personas",
    "Marco guatemalteco de 2009 sobre violencia sexual y trata: consentimiento irrelevante y reparación integral.",
    """Marco normativo de Guatemala sobre violencia sexual y trata, aprobado en 2009. Establece que el
    consentimiento de la víctima no excluye la responsabilidad penal, tipifica delitos como la explotación
    sexual comercial de niños, niñas y adolescentes y la utilización de actividades turísticas para la
    explotación sexual, y obliga al Estado a brindar atención integral y reparación a las víctimas.""",
    "legislation", ["sexual-exploitation", "child-trafficking", "remedy"], ["GT"], ["es"],
    ["Secretaría contra la Violencia Sexual, Explotación y Trata de Personas (SVET)"], None,
    "https://svet.gob.gt/sites/default/files/Decreto%209-2009.pdf",
    tt=["reordered", "case-punct"]),
)

# 63 Bolivia Ley 263 (2012)
C("bo-263",
  R("bo-263-a", "Ley N° 263, Ley Integral contra la Trata y Tráfico de Personas",
    "Ley boliviana de 2012 que crea el Consejo Plurinacional contra la Trata y Tráfico de Personas.",
    """Ley boliviana que establece un régimen integral de prevención, protección, atención, persecución y
    sanción de la trata y el tráfico de personas. Crea el Consejo Plurinacional contra la Trata y Tráfico de
    Personas, encargado de aprobar la política plurinacional y su plan, define responsabilidades de
    ministerios, gobernaciones y municipios, y modifica el Código Penal para endurecer las penas y tipificar
    delitos conexos. Reconoce a las víctimas derechos a la protección, la asistencia integral, la reserva de
    identidad y la reintegración.""",
    "legislation", ["legislation-policy", "prevention", "survivor-support"], ["BO"], ["es"],
    ["Estado Plurinacional de Bolivia"], "2012-07-31",
    "http://www.gacetaoficialdebolivia.gob.bo/normas/verGratis_gob/142563"),
  R("bo-263-b", "Ley Integral contra la Trata y Tráfico de Personas – Bolivia (Ley 263 de 2012)",
    "Prevención en la educación, el empleo, los medios y las fronteras, además de la sanción penal.",
    """Norma que complementa la sanción penal con deberes de prevención en los ámbitos educativo, laboral,
    comunicacional y migratorio. Prevé obligaciones para los medios de comunicación y las agencias de empleo,
    controles en terminales de transporte y pasos fronterizos, y la creación de consejos departamentales
    contra la trata y tráfico.""",
    "legislation", ["prevention", "legislation-policy", "migration"], ["BO"], ["es"],
    ["Asamblea Legislativa Plurinacional"], "2012",
    "https://www.oas.org/dil/esp/Ley_263_Bolivia.pdf",
    tt=["no-number", "country-suffix"]),
)

# 64 Save the Children Spain - Infancias invisibles (2016)
C("stc-inv16",
  R("stc-inv16-a", "Infancias invisibles: Menores extranjeros no acompañados, víctimas de trata y refugiados en España",
    "Save the Children denuncia la desprotección de niños no acompañados, niñas víctimas de trata e infancia refugiada en España.",
    """Informe de Save the Children sobre tres grupos de niños y niñas especialmente desprotegidos en España:
    los menores extranjeros no acompañados, las niñas víctimas de trata con fines de explotación sexual y la
    infancia refugiada. A partir de investigaciones realizadas con la Fundación porCausa y de trabajo de campo
    en Melilla y otros territorios, denuncia que las administraciones priorizan su condición de migrantes
    sobre la de menores, que apenas se identifica a niñas víctimas de trata y que el sistema de acogida no se
    adapta a las necesidades de la infancia. Incluye recomendaciones a las autoridades estatales y
    autonómicas.""",
    "report", ["child-trafficking", "migration", "sexual-exploitation"], ["ES"], ["es"],
    ["Save the Children España"], "2016-06",
    "https://www.savethechildren.es/publicaciones/infancias-invisibles",
    authors=["Almudena Escorial", "Liliana Marcos", "Catalina Perazzo"]),
  R("stc-inv16-b", "Infancias invisibles",
    "¿Por qué hay niños a los que ninguna autoridad ve?",
    """¿Por qué hay niños a los que ninguna autoridad ve? Save the Children muestra que en 2014 la policía solo
    identificó a 17 niñas víctimas de trata para explotación sexual, que muchos niños que llegan solos no
    llegan a ser tutelados y que hay familias refugiadas que se ven separadas. Reclama identificación
    temprana, recursos especializados y que el interés superior del menor prevalezca sobre el control
    migratorio.""",
    "report", ["child-trafficking", "identification", "migration"], ["ES"], ["es"],
    ["Save the Children"], "2016",
    "https://www.savethechildren.es/sites/default/files/imce/docs/infancias_invisibles_ok.pdf",
    tt=["subtitle"]),
)
