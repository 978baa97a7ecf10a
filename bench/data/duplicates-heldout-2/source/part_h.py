# -*- coding: utf-8 -*-
"""French and Spanish civil-society / judicial material, plus near-misses across modules."""
from common import R, cluster, extra, near

# ---------------------------------------------------------------- Fondation Scelles 5th world report 2019
cluster("scelles2019", [
    R("Système prostitutionnel : nouveaux défis, nouvelles réponses – 5e Rapport mondial sur l'exploitation sexuelle",
      "", "report", "sexual-exploitation data-research gender", "", "fr", "Fondation Scelles", "2019",
      "https://www.fondationscelles.org/fr/publications/rapport-mondial",
      "Cinquième rapport mondial de la Fondation Scelles sur l'exploitation sexuelle.",
      """Rapport de la Fondation Scelles dressant un panorama mondial de
      l'exploitation sexuelle et de la prostitution : fiches pays, analyses
      thématiques sur la traite à des fins d'exploitation sexuelle, le rôle
      d'internet, les clients et les politiques publiques. S'inscrivant dans une
      perspective abolitionniste, il examine notamment la mise en œuvre de la loi
      française de 2016 et les évolutions législatives dans d'autres pays."""),
    R("Système prostitutionnel: nouveaux défis, nouvelles réponses", "title-affix case-punct", "research",
      "sexual-exploitation", "FR", "fr", "Fondation Scelles; Economica", "2019-01",
      "https://www.fondationscelles.org/pdf/RM5/Rapport_mondial_exploitation_sexuelle_2019.pdf",
      "Panorama de la prostitution et de la traite à des fins d'exploitation sexuelle dans le monde.",
      """Ouvrage collectif publié par la Fondation Scelles, qui analyse la situation
      de l'exploitation sexuelle dans plusieurs dizaines de pays et territoires. Il
      décrit les nouvelles formes de recrutement par les réseaux sociaux, la
      prostitution de mineurs et les liens avec la criminalité organisée, et
      plaide pour la pénalisation des clients et l'accompagnement des personnes
      prostituées."""),
])
extra("scelles2016", R(
    "Prostitution : exploitation, persécution, répression – 4e Rapport mondial sur l'exploitation sexuelle",
    "", "report", "sexual-exploitation data-research", "", "fr", "Fondation Scelles", "2016",
    "https://www.fondationscelles.org/fr/publications/rapport-mondial-2016",
    "Quatrième rapport mondial de la Fondation Scelles sur l'exploitation sexuelle.",
    """Édition précédente du rapport mondial de la Fondation Scelles, consacrée à
    l'exploitation sexuelle et à la prostitution dans le monde, avec des chapitres
    par pays et des analyses thématiques sur la traite, la répression et la
    situation des personnes prostituées."""))
near("scelles2019/0", "scelles2016", "edition", "Fondation Scelles world report on sexual exploitation: 5th (2019) vs 4th (2016)")

# ---------------------------------------------------------------- CGPJ judicial guide 2018
cluster("cgpj-guia2018", [
    R("Guía de criterios de actuación judicial frente a la trata de seres humanos", "", "guidance",
      "prosecution identification survivor-support", "ES", "es", "Consejo General del Poder Judicial", "2018",
      "https://www.poderjudicial.es/cgpj/es/Temas/Violencia-domestica-y-de-genero/Guias-y-Protocolos/",
      "Guía del CGPJ para jueces y magistrados sobre la trata de seres humanos.",
      """Guía elaborada por un grupo de expertos del Consejo General del Poder Judicial
      para orientar la actuación de jueces y magistrados en los procedimientos por
      trata de seres humanos. Aborda la identificación de las víctimas, la
      declaración de la víctima y la prueba preconstituida, las medidas de
      protección, el principio de no punición, la reparación y la cooperación
      internacional, con referencias a la jurisprudencia del Tribunal Supremo."""),
    R("Guía de criterios de actuación judicial frente a la trata de seres humanos (CGPJ, 2018)",
      "title-affix", "guidance", "prosecution remedy", "ES", "es", "CGPJ", None,
      "https://www.poderjudicial.es/stfls/CGPJ/OBSERVATORIO%20DE%20VIOLENCIA%20DOMESTICA/GUIAS%20Y%20PROTOCOLOS/FICHERO/Guia_trata_seres_humanos.pdf",
      "Criterios para el tratamiento judicial de la trata: víctima, prueba, protección y reparación.",
      """Documento de referencia para la judicatura española sobre la trata de
      seres humanos. Recoge criterios prácticos sobre el artículo 177 bis del
      Código Penal, la valoración del testimonio de víctimas traumatizadas, la
      evitación de la victimización secundaria y la indemnización, e incluye
      anexos con indicadores de trata y recursos de asistencia."""),
])

# ---------------------------------------------------------------- extra near-misses across modules
extra("dol-findings2019-bd", R(
    "2019 Findings on the Worst Forms of Child Labor: Bangladesh", "", "report",
    "child-trafficking labour-exploitation", "BD", "en", "U.S. Department of Labor", "2020-09-30",
    "https://www.dol.gov/agencies/ilab/resources/reports/child-labor/bangladesh",
    "Bangladesh country profile from the US Labor Department's 2019 child labour findings.",
    """Country chapter on Bangladesh from the Department of Labor's annual findings.
    It describes child labour in garment production, dried fish, brick kilns and
    domestic work, as well as commercial sexual exploitation of children, reviews
    gaps in the legal framework and labour inspection, and lists suggested
    government actions."""))
near("dol-findings2019/1", "dol-findings2019-bd", "part", "DOL Findings 2019: whole report vs Bangladesh country profile")
near("glotip2012/1", "tip2018/1", "lookalike", "UNODC Global Report on Trafficking in Persons vs US State Department Trafficking in Persons Report: different publishers and series")
near("unodc-digest2017/0", "ilo-casebook2009/1", "lookalike", "UNODC case digest on evidential issues (2017) vs ILO casebook of court decisions (2009)")
