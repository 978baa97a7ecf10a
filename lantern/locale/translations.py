"""French and Spanish for the interface: fill the .po catalogues and compile them.

    cd lantern && python -m django makemessages -l fr -l es --no-location \
        --ignore='ingest/*' --ignore='curation/*' --ignore='api/*'
    python locale/translations.py        # fills msgstr from TEXT below, writes .mo (pure Python, babel)

Only what the public site shows is translated; the curators' admin stays in English.
tests/test_i18n_complete.py fails, naming the strings, when a public string has no French or
Spanish in the compiled catalogues: add it below and run the two commands again.
"""

from __future__ import annotations

from pathlib import Path

# msgid → (French, Spanish). Plural msgids are keyed by their singular; values are pairs.
TEXT: dict = {
    # Types, kinds, regions, help lines
    "Report": ("Rapport", "Informe"),
    "Research": ("Recherche", "Investigación"),
    "Guidance": ("Guide pratique", "Orientaciones"),
    "Toolkit": ("Boîte à outils", "Caja de herramientas"),
    "Briefing paper": ("Note d’information", "Nota informativa"),
    "Data and statistics": ("Données et statistiques", "Datos y estadísticas"),
    "Legislation": ("Législation", "Legislación"),
    "Policy": ("Politique", "Política"),
    "Training": ("Formation", "Formación"),
    "Factsheet": ("Fiche d’information", "Hoja informativa"),
    "Video and multimedia": ("Vidéo et multimédia", "Vídeo y multimedia"),
    "NGO": ("ONG", "ONG"),
    "Government": ("Gouvernement", "Gobierno"),
    "Intergovernmental": ("Intergouvernemental", "Intergubernamental"),
    "Academic": ("Universitaire", "Académico"),
    "Business": ("Entreprise", "Empresa"),
    "Partnership": ("Partenariat", "Alianza"),
    "Africa": ("Afrique", "África"),
    "Americas": ("Amériques", "Américas"),
    "Asia": ("Asie", "Asia"),
    "Europe": ("Europe", "Europa"),
    "Oceania": ("Océanie", "Oceanía"),
    "24 hours, every day": ("24 h sur 24, tous les jours", "24 horas, todos los días"),
    "24 hours, every day; text 233733": (
        "24 h sur 24, tous les jours ; SMS au 233733",
        "24 horas, todos los días; SMS al 233733",
    ),
    "APA": ("APA", "APA"),
    "Harvard": ("Harvard", "Harvard"),
    "English": ("Anglais", "Inglés"),
    "French": ("Français", "Francés"),
    "Spanish": ("Espagnol", "Español"),
    # Facets and filters
    "Type": ("Type", "Tipo"),
    "Topic": ("Thème", "Tema"),
    "Country": ("Pays", "País"),
    "Region": ("Région", "Región"),
    "Publisher": ("Éditeur", "Editor"),
    "Language": ("Langue", "Idioma"),
    "Collection": ("Collection", "Colección"),
    "Year": ("Année", "Año"),
    "Your search was long, so only its first words were used.": (
        "Votre recherche était longue : seuls ses premiers mots ont été utilisés.",
        "Su búsqueda era larga, así que solo se usaron sus primeras palabras.",
    ),
    "There is no page “%(asked)s”; showing page %(page)s of %(pages)s.": (
        "Il n’y a pas de page « %(asked)s » ; voici la page %(page)s sur %(pages)s.",
        "No hay página «%(asked)s»; se muestra la página %(page)s de %(pages)s.",
    ),
    "No %(label)s called “%(value)s”; that filter was ignored.": (
        "Aucun élément « %(value)s » (%(label)s) ; ce filtre a été ignoré.",
        "Ningún elemento «%(value)s» (%(label)s); se ha ignorado ese filtro.",
    ),
    "“%(value)s” is not a year or a range like 2017..2019; that filter was ignored.": (
        "« %(value)s » n’est pas une année ni une période comme 2017..2019 ; ce filtre a été ignoré.",
        "«%(value)s» no es un año ni un intervalo como 2017..2019; se ha ignorado ese filtro.",
    ),
    "Years must be between %(min)s and %(max)s.": (
        "Les années doivent être comprises entre %(min)s et %(max)s.",
        "Los años deben estar entre %(min)s y %(max)s.",
    ),
    "List": ("Liste", "Lista"),
    "Grid": ("Grille", "Cuadrícula"),
    "Relevance": ("Pertinence", "Relevancia"),
    "Newest": ("Plus récents", "Más recientes"),
    "Oldest": ("Plus anciens", "Más antiguos"),
    "Title A–Z": ("Titre A–Z", "Título A–Z"),
    "Problem with “%(title)s”": ("Problème avec « %(title)s »", "Problema con «%(title)s»"),
    # Pages
    "Page not found": ("Page introuvable", "Página no encontrada"),
    "There is no page at this address. The resource may have been moved or withdrawn, or the link may be mistyped.": (
        "Il n’y a pas de page à cette adresse. La ressource a peut-être été déplacée ou retirée, ou le lien est mal saisi.",
        "No hay ninguna página en esta dirección. Puede que el recurso se haya movido o retirado, o que el enlace esté mal escrito.",
    ),
    "Go to the home page": ("Aller à la page d’accueil", "Ir a la página de inicio"),
    "Something went wrong": ("Un problème est survenu", "Algo salió mal"),
    "Skip to content": ("Aller au contenu", "Saltar al contenido"),
    "Sorry, this page could not be shown. The problem has been logged. Please try again in a moment.": (
        "Désolé, cette page n’a pas pu être affichée. Le problème a été enregistré. Réessayez dans un instant.",
        "Lo sentimos, no se pudo mostrar esta página. El problema ha quedado registrado. Inténtelo de nuevo en un momento.",
    ),
    "Search resources": ("Rechercher des ressources", "Buscar recursos"),
    "Search": ("Rechercher", "Buscar"),
    "p. %(number)s": ("p. %(number)s", "pág. %(number)s"),
    "Read more": ("Lire la suite", "Leer más"),
    "about": ("sur", "sobre"),
    "Topics": ("Thèmes", "Temas"),
    "Notes about your search": ("Remarques sur votre recherche", "Notas sobre su búsqueda"),
    "Showing results for <strong>%(searched)s</strong>.": (
        "Résultats pour <strong>%(searched)s</strong>.",
        "Resultados para <strong>%(searched)s</strong>.",
    ),
    "Search instead for “%(typed)s”": ("Rechercher plutôt « %(typed)s »", "Buscar en su lugar «%(typed)s»"),
    "This page was open for a long time, so nothing was sent yet. Please check what you wrote and send it again "
    "(a file has to be attached again).": (
        "Cette page est restée ouverte longtemps : rien n’a encore été envoyé. Vérifiez ce que vous avez écrit et "
        "envoyez-le à nouveau (un fichier doit être joint de nouveau).",
        "Esta página estuvo abierta mucho tiempo, así que aún no se envió nada. Revise lo que escribió y vuelva a "
        "enviarlo (el archivo debe adjuntarse de nuevo).",
    ),
    "Filter results": ("Filtrer les résultats", "Filtrar resultados"),
    "selected": ("sélectionnés", "seleccionados"),
    "Skip to results": ("Aller aux résultats", "Saltar a los resultados"),
    "Selected": ("Sélection", "Selección"),
    "Remove filter": ("Retirer le filtre", "Quitar el filtro"),
    "Clear all filters": ("Retirer tous les filtres", "Quitar todos los filtros"),
    "Selected:": ("Sélectionné :", "Seleccionado:"),
    "Only the most common are listed; search to narrow further.": (
        "Seules les valeurs les plus fréquentes sont listées ; lancez une recherche pour affiner.",
        "Solo se muestran los más frecuentes; busque para afinar más.",
    ),
    "%(number)s resource": (
        ("%(number)s ressource", "%(number)s ressources"),
        ("%(number)s recurso", "%(number)s recursos"),
    ),
    "(showing %(start)s–%(end)s)": ("(%(start)s à %(end)s)", "(del %(start)s al %(end)s)"),
    "Sort results": ("Trier les résultats", "Ordenar resultados"),
    "Sort by:": ("Trier par :", "Ordenar por:"),
    "Show results as": ("Afficher les résultats en", "Mostrar resultados como"),
    "Map: %(counter)s country covered": (
        ("Carte : %(counter)s pays couvert", "Carte : %(counter)s pays couverts"),
        ("Mapa: %(counter)s país cubierto", "Mapa: %(counter)s países cubiertos"),
    ),
    "Countries covered by these results:": (
        "Pays couverts par ces résultats :",
        "Países cubiertos por estos resultados:",
    ),
    "Pages of results": ("Pages de résultats", "Páginas de resultados"),
    "Previous": ("Précédente", "Anterior"),
    "Page": ("Page", "Página"),
    "Next": ("Suivante", "Siguiente"),
    "No resources match “%(q)s”": (
        "Aucune ressource ne correspond à « %(q)s »",
        "Ningún recurso coincide con «%(q)s»",
    ),
    "with these filters": ("avec ces filtres", "con estos filtros"),
    "No resources match these filters.": (
        "Aucune ressource ne correspond à ces filtres.",
        "Ningún recurso coincide con estos filtros.",
    ),
    "No resources have been published here yet.": (
        "Aucune ressource n’a encore été publiée ici.",
        "Todavía no se ha publicado ningún recurso aquí.",
    ),
    "You could:": ("Vous pouvez :", "Puede:"),
    "remove the filters": ("retirer les filtres", "quitar los filtros"),
    "and search all resources": ("et chercher dans toutes les ressources", "y buscar en todos los recursos"),
    "check the spelling, or use fewer or more general words;": (
        "vérifier l’orthographe, ou utiliser moins de mots ou des mots plus généraux ;",
        "revisar la ortografía, o usar menos palabras o palabras más generales;",
    ),
    "browse the topics": ("parcourir les thèmes", "explorar los temas"),
    "Quick exit": ("Sortie rapide", "Salida rápida"),
    "leave this site now": ("quitter ce site maintenant", "salir de este sitio ahora"),
    "Browsing safely": ("Naviguer en sécurité", "Navegar con seguridad"),
    "Press Esc twice to leave quickly.": (
        "Appuyez deux fois sur Échap pour partir vite.",
        "Pulse Esc dos veces para salir rápido.",
    ),
    "Help lines": ("Lignes d’assistance", "Líneas de ayuda"),
    "Need help?": ("Besoin d’aide ?", "¿Necesita ayuda?"),
    "In an emergency, call the local emergency number.": (
        "En cas d’urgence, appelez le numéro d’urgence local.",
        "En caso de emergencia, llame al número de emergencias local.",
    ),
    'Searches inside the documents too. Use "quotes" for a phrase, -word to leave a word out, OR for either word.': (
        "Cherche aussi dans les documents. Mettez une expression « entre guillemets », -mot pour exclure un mot, OR pour l’un ou l’autre.",
        "Busca también dentro de los documentos. Use «comillas» para una frase, -palabra para excluir una palabra, OR para una u otra.",
    ),
    "About and safety": ("À propos et sécurité", "Acerca de y seguridad"),
    "About this site, and using it safely": (
        "À propos de ce site, et comment l’utiliser en sécurité",
        "Acerca de este sitio y cómo usarlo con seguridad",
    ),
    "%(site_name)s is a library of reports, guidance, toolkits, research, data and legislation on human trafficking and modern slavery, for everyone who works against exploitation and for people affected by it.": (
        "%(site_name)s est une bibliothèque de rapports, guides, boîtes à outils, recherches, données et textes de loi sur la traite des êtres humains et l’esclavage moderne, pour toutes celles et ceux qui luttent contre l’exploitation et pour les personnes qui la subissent.",
        "%(site_name)s es una biblioteca de informes, orientaciones, herramientas, investigaciones, datos y legislación sobre la trata de personas y la esclavitud moderna, para quienes trabajan contra la explotación y para las personas afectadas.",
    ),
    "If someone else uses or checks your phone or computer, they may be able to see which sites you have visited.": (
        "Si quelqu’un d’autre utilise ou contrôle votre téléphone ou votre ordinateur, il peut voir quels sites vous avez consultés.",
        "Si otra persona usa o revisa su teléfono u ordenador, podría ver qué sitios ha visitado.",
    ),
    "The red “Quick exit” button at the top of every page takes you straight to a weather site and replaces this page in the browser’s history, so the Back button does not return here. Pressing the Esc key twice does the same.": (
        "Le bouton rouge « Sortie rapide » en haut de chaque page vous envoie aussitôt vers un site météo et remplace cette page dans l’historique du navigateur : le bouton Retour ne ramène pas ici. Appuyer deux fois sur la touche Échap fait de même.",
        "El botón rojo «Salida rápida» en la parte superior de cada página le lleva enseguida a un sitio del tiempo y sustituye esta página en el historial del navegador, de modo que el botón Atrás no vuelve aquí. Pulsar dos veces la tecla Esc hace lo mismo.",
    ),
    "This site sets no cookies for visitors, loads nothing from other sites, and asks browsers not to keep copies of its pages.": (
        "Ce site ne dépose aucun cookie chez les visiteurs, ne charge rien depuis d’autres sites et demande aux navigateurs de ne pas garder de copie de ses pages.",
        "Este sitio no instala cookies a los visitantes, no carga nada de otros sitios y pide a los navegadores que no guarden copias de sus páginas.",
    ),
    "Your browser still keeps a list of the pages you visit. A private or incognito window keeps no history once it is closed. You can also delete this site from your history afterwards; deleting everything may itself be noticed.": (
        "Votre navigateur garde tout de même la liste des pages visitées. Une fenêtre de navigation privée n’en garde aucune trace une fois fermée. Vous pouvez aussi effacer ce site de l’historique ensuite ; tout effacer peut se remarquer.",
        "Su navegador sigue guardando la lista de páginas visitadas. Una ventana privada o de incógnito no guarda historial al cerrarla. También puede borrar este sitio del historial después; borrarlo todo puede llamar la atención.",
    ),
    "Downloaded files stay in your downloads folder until you delete them.": (
        "Les fichiers téléchargés restent dans votre dossier de téléchargements jusqu’à ce que vous les supprimiez.",
        "Los archivos descargados permanecen en su carpeta de descargas hasta que los borre.",
    ),
    "If you think your device is being watched, use a device the other person cannot reach, such as one at a library, a friend’s or a place of work.": (
        "Si vous pensez que votre appareil est surveillé, utilisez-en un que l’autre personne ne peut pas atteindre : à la bibliothèque, chez un ami ou au travail.",
        "Si cree que vigilan su dispositivo, use uno al que la otra persona no tenga acceso: en una biblioteca, en casa de una amistad o en el trabajo.",
    ),
    "Getting help": ("Obtenir de l’aide", "Pedir ayuda"),
    "Reporting a problem": ("Signaler un problème", "Informar de un problema"),
    'If a description is wrong, a link is broken or a file is missing, write to <a href="mailto:%(contact_email)s">%(contact_email)s</a> and name the resource.': (
        'Si une description est fausse, un lien cassé ou un fichier manquant, écrivez à <a href="mailto:%(contact_email)s">%(contact_email)s</a> en nommant la ressource.',
        'Si una descripción es errónea, un enlace no funciona o falta un archivo, escriba a <a href="mailto:%(contact_email)s">%(contact_email)s</a> indicando el recurso.',
    ),
    "If a description is wrong, a link is broken or a file is missing, please tell the people who run this hub.": (
        "Si une description est fausse, un lien cassé ou un fichier manquant, prévenez l’équipe qui gère ce site.",
        "Si una descripción es errónea, un enlace no funciona o falta un archivo, avise al equipo que gestiona este sitio.",
    ),
    "Main": ("Principal", "Principal"),
    "All resources": ("Toutes les ressources", "Todos los recursos"),
    "About": ("À propos", "Acerca de"),
    "%(site_name)s is a library of resources on human trafficking and modern slavery.": (
        "%(site_name)s est une bibliothèque de ressources sur la traite des êtres humains et l’esclavage moderne.",
        "%(site_name)s es una biblioteca de recursos sobre la trata de personas y la esclavitud moderna.",
    ),
    "It sets no cookies and loads nothing from other sites.": (
        "Il ne dépose aucun cookie et ne charge rien depuis d’autres sites.",
        "No instala cookies ni carga nada de otros sitios.",
    ),
    "Using this site safely": ("Utiliser ce site en sécurité", "Usar este sitio con seguridad"),
    "For curators": ("Pour les documentalistes", "Para el equipo editorial"),
    "Help in %(country_label)s: %(name)s": (
        "Aide – %(country_label)s : %(name)s",
        "Ayuda en %(country_label)s: %(name)s",
    ),
    "%(site_name)s: resources on human trafficking and modern slavery": (
        "%(site_name)s : ressources sur la traite des êtres humains et l’esclavage moderne",
        "%(site_name)s: recursos sobre la trata de personas y la esclavitud moderna",
    ),
    "Reports, guidance, toolkits and research for everyone working against exploitation – %(number)s resource to search, read and cite.": (
        (
            "Rapports, guides, boîtes à outils et recherches pour tous ceux qui luttent contre l’exploitation – %(number)s ressource à chercher, lire et citer.",
            "Rapports, guides, boîtes à outils et recherches pour tous ceux qui luttent contre l’exploitation – %(number)s ressources à chercher, lire et citer.",
        ),
        (
            "Informes, orientaciones, herramientas e investigaciones para quienes trabajan contra la explotación: %(number)s recurso para buscar, leer y citar.",
            "Informes, orientaciones, herramientas e investigaciones para quienes trabajan contra la explotación: %(number)s recursos para buscar, leer y citar.",
        ),
    ),
    "Featured": ("À la une", "Destacados"),
    "Newest resources": ("Ressources les plus récentes", "Recursos más recientes"),
    "See all resources, newest first": (
        "Voir toutes les ressources, les plus récentes d’abord",
        "Ver todos los recursos, los más recientes primero",
    ),
    "Browse by topic": ("Parcourir par thème", "Explorar por tema"),
    "No resources have been published yet.": (
        "Aucune ressource n’a encore été publiée.",
        "Todavía no se ha publicado ningún recurso.",
    ),
    "Browse by type": ("Parcourir par type", "Explorar por tipo"),
    "Browse by country or region": ("Parcourir par pays ou région", "Explorar por país o región"),
    "Regions": ("Régions", "Regiones"),
    "Countries": ("Pays", "Países"),
    "Organisation": ("Organisation", "Organización"),
    "Website": ("Site web", "Sitio web"),
    "website": ("site web", "sitio web"),
    "external site": ("site externe", "sitio externo"),
    "Back to results": ("Retour aux résultats", "Volver a los resultados"),
    "There is a newer edition of this resource:": (
        "Il existe une édition plus récente de cette ressource :",
        "Hay una edición más reciente de este recurso:",
    ),
    "Published by": ("Publié par", "Publicado por"),
    "Read or download": ("Lire ou télécharger", "Leer o descargar"),
    "Citation:": ("Référence :", "Referencia:"),
    "Download": ("Télécharger", "Descargar"),
    "%(number)s page": (("%(number)s page", "%(number)s pages"), ("%(number)s página", "%(number)s páginas")),
    "View at the source": ("Voir à la source", "Ver en la fuente"),
    "No file or link is available for this resource yet.": (
        "Aucun fichier ni lien n’est encore disponible pour cette ressource.",
        "Todavía no hay ningún archivo ni enlace para este recurso.",
    ),
    "Where your search words appear": ("Où apparaissent vos mots", "Dónde aparecen sus palabras"),
    "Summary": ("Résumé", "Resumen"),
    "About this resource": ("À propos de cette ressource", "Acerca de este recurso"),
    "Details": ("Détails", "Detalles"),
    ("details row", "Publisher"): (("Éditeur", "Éditeurs"), ("Editor", "Editores")),
    ("details row", "Author"): (("Auteur", "Auteurs"), ("Autor", "Autores")),
    "Date": ("Date", "Fecha"),
    "Licence": ("Licence", "Licencia"),
    "Superseded by": ("Remplacé par", "Sustituido por"),
    "Series": ("Série", "Serie"),
    "Collections": ("Collections", "Colecciones"),
    "In other languages": ("Dans d’autres langues", "En otros idiomas"),
    "original": ("original", "original"),
    "Other editions": ("Autres éditions", "Otras ediciones"),
    "superseded": ("remplacée", "sustituida"),
    "latest": ("la plus récente", "la más reciente"),
    "Cite this": ("Citer", "Citar"),
    "For reference managers:": ("Pour les gestionnaires de références :", "Para gestores de referencias:"),
    "Report a problem with this resource": (
        "Signaler un problème sur cette ressource",
        "Informar de un problema con este recurso",
    ),
    "(a wrong description, a broken link, a missing file)": (
        "(description erronée, lien cassé, fichier manquant)",
        "(descripción errónea, enlace roto, archivo que falta)",
    ),
    "Related resources": ("Ressources liées", "Recursos relacionados"),
    "“%(q)s” – search": ("« %(q)s » – recherche", "«%(q)s» – búsqueda"),
    "Search results": ("Résultats de recherche", "Resultados de búsqueda"),
    "Narrower topics:": ("Thèmes plus précis :", "Temas más específicos:"),
    # The suggest form, feeds, link checks
    "Suggest a resource": ("Proposer une ressource", "Sugerir un recurso"),
    "New resources": ("Nouvelles ressources", "Recursos nuevos"),
    "This search": ("Cette recherche", "Esta búsqueda"),
    "Web address of the resource": ("Adresse web de la ressource", "Dirección web del recurso"),
    "Or its file (PDF or Word)": ("Ou son fichier (PDF ou Word)", "O su archivo (PDF o Word)"),
    "Why it is useful": ("Pourquoi elle est utile", "Por qué es útil"),
    "Your email": ("Votre adresse e-mail", "Su correo electrónico"),
    "Only if you would like an answer.": (
        "Seulement si vous souhaitez une réponse.",
        "Solo si desea una respuesta.",
    ),
    "This form can only be sent from its own page on this site. Please send it from there.": (
        "Ce formulaire ne peut être envoyé que depuis sa propre page sur ce site. Merci de l’envoyer depuis celle-ci.",
        "Este formulario solo puede enviarse desde su propia página en este sitio. Envíelo desde allí.",
    ),
    "Thank you. A curator will look at your suggestion before anything is published.": (
        "Merci. Une personne de l’équipe éditoriale examinera votre proposition avant toute publication.",
        "Gracias. Una persona del equipo editorial revisará su sugerencia antes de publicar nada.",
    ),
    "Back to the library": ("Retour à la bibliothèque", "Volver a la biblioteca"),
    "Know a report, guide, toolkit or law that belongs here? Give its web address or attach the file, "
    "and tell us why it is useful. Curators check every suggestion; nothing is published without review.": (
        "Vous connaissez un rapport, un guide, une boîte à outils ou une loi qui a sa place ici ? Donnez son "
        "adresse web ou joignez le fichier, et dites-nous pourquoi il est utile. L’équipe éditoriale vérifie "
        "chaque proposition ; rien n’est publié sans relecture.",
        "¿Conoce un informe, una guía, una caja de herramientas o una ley que debería estar aquí? Indique su "
        "dirección web o adjunte el archivo, y díganos por qué es útil. El equipo editorial revisa cada "
        "sugerencia; nada se publica sin revisión.",
    ),
    "Please do not include anyone’s personal details or the story of a case.": (
        "N’indiquez pas de données personnelles ni l’histoire d’un cas.",
        "No incluya datos personales de nadie ni la historia de un caso.",
    ),
    "optional": ("facultatif", "opcional"),
    "Send suggestion": ("Envoyer la proposition", "Enviar sugerencia"),
    "The publisher's page no longer answers.": (
        "La page de l’éditeur ne répond plus.",
        "La página del editor ya no responde.",
    ),
    "Download the copy kept by this hub": (
        "Télécharger la copie conservée ici",
        "Descargar la copia conservada aquí",
    ),
    # Result cards: a work's other languages and editions
    # "Label: value", as each language punctuates it
    ("a label before its value", "%(label)s:"): ("%(label)s :", "%(label)s:"),
    # File formats
    "Web page": ("Page web", "Página web"),
    "Text": ("Texte", "Texto"),
    "File": ("Fichier", "Archivo"),
    # File sizes
    "%(size)s bytes": ("%(size)s octets", "%(size)s bytes"),
    "%(size)s KB": ("%(size)s Ko", "%(size)s KB"),
    "%(size)s MB": ("%(size)s Mo", "%(size)s MB"),
    "%(size)s GB": ("%(size)s Go", "%(size)s GB"),
    "Also in": ("Aussi en", "También en"),
    "Other versions": ("Autres versions", "Otras versiones"),
    "earlier edition": ("édition antérieure", "edición anterior"),
    "%(count)s edition": (
        ("%(count)s édition", "%(count)s éditions"),
        ("%(count)s edición", "%(count)s ediciones"),
    ),
    # Directories: organisations, countries, collections, topics
    "Organisations": ("Organisations", "Organizaciones"),
    ("region", "Other"): ("Autres", "Otros"),
    "Other": ("Autre", "Otro"),
    "kind “%(value)s”": ("type « %(value)s »", "tipo «%(value)s»"),
    "country “%(value)s”": ("pays « %(value)s »", "país «%(value)s»"),
    "region “%(value)s”": ("région « %(value)s »", "región «%(value)s»"),
    "topic “%(value)s”": ("thème « %(value)s »", "tema «%(value)s»"),
    "Not understood, so left out: %(values)s.": (
        "Non compris, donc ignoré : %(values)s.",
        "No se entendió, así que se omitió: %(values)s.",
    ),
    "Notes about this page": ("Remarques sur cette page", "Notas sobre esta página"),
    "Pages": ("Pages", "Páginas"),
    "Safety": ("Sécurité", "Seguridad"),
    "Skip the map to its table": ("Passer la carte pour aller à son tableau", "Saltar el mapa e ir a su tabla"),
    "The map as a table": ("La carte sous forme de tableau", "El mapa en forma de tabla"),
    "Resources the curators have gathered on one subject or occasion.": (
        "Des ressources réunies par l’équipe éditoriale autour d’un sujet ou d’un événement.",
        "Recursos que el equipo editorial ha reunido sobre un tema o con motivo de un acontecimiento.",
    ),
    "%(number)s collection": (
        ("%(number)s collection", "%(number)s collections"),
        ("%(number)s colección", "%(number)s colecciones"),
    ),
    "No collection has been published yet.": (
        "Aucune collection n’a encore été publiée.",
        "Todavía no se ha publicado ninguna colección.",
    ),
    "Pages of collections": ("Pages de collections", "Páginas de colecciones"),
    "Resources about %(counter)s country, by region, with the organisations based there and a help line where one is known.": (
        (
            "Des ressources sur %(counter)s pays, par région, avec les organisations qui y sont établies et une ligne d’assistance quand on en connaît une.",
            "Des ressources sur %(counter)s pays, par région, avec les organisations qui y sont établies et une ligne d’assistance quand on en connaît une.",
        ),
        (
            "Recursos sobre %(counter)s país, por región, con las organizaciones que tienen sede allí y una línea de ayuda cuando se conoce alguna.",
            "Recursos sobre %(counter)s países, por región, con las organizaciones que tienen sede allí y una línea de ayuda cuando se conoce alguna.",
        ),
    ),
    "Map of resources by country": ("Carte des ressources par pays", "Mapa de recursos por país"),
    "Resources by country: choose a country to open its page.": (
        "Ressources par pays : choisissez un pays pour ouvrir sa page.",
        "Recursos por país: elija un país para abrir su página.",
    ),
    "Resources": ("Ressources", "Recursos"),
    "%(number)s organisation": (
        ("%(number)s organisation", "%(number)s organisations"),
        ("%(number)s organización", "%(number)s organizaciones"),
    ),
    "Help line:": ("Ligne d’assistance :", "Línea de ayuda:"),
    "Pages of countries": ("Pages de pays", "Páginas de países"),
    "Members of this partnership": ("Membres de ce partenariat", "Miembros de esta alianza"),
    "Partnerships it belongs to": ("Partenariats dont elle fait partie", "Alianzas de las que forma parte"),
    "Works with": ("Travaille avec", "Trabaja con"),
    "Organisations that published resources together with this one.": (
        "Organisations qui ont publié des ressources avec celle-ci.",
        "Organizaciones que han publicado recursos junto con esta.",
    ),
    "%(number)s resource together": (
        ("%(number)s ressource en commun", "%(number)s ressources en commun"),
        ("%(number)s recurso en común", "%(number)s recursos en común"),
    ),
    "Who publishes the resources of this library, where they are based and what they work on.": (
        "Qui publie les ressources de cette bibliothèque, où ces organisations sont établies et sur quoi elles travaillent.",
        "Quién publica los recursos de esta biblioteca, dónde tiene su sede y en qué trabaja.",
    ),
    "Find organisations": ("Trouver des organisations", "Buscar organizaciones"),
    "Name, acronym or other name": ("Nom, sigle ou autre nom", "Nombre, sigla u otro nombre"),
    "Kind": ("Type", "Tipo"),
    "Any kind": ("Tous les types", "Cualquier tipo"),
    "Any region": ("Toutes les régions", "Cualquier región"),
    "Any country": ("Tous les pays", "Cualquier país"),
    "Topic of their resources": ("Thème de leurs ressources", "Tema de sus recursos"),
    "Any topic": ("Tous les thèmes", "Cualquier tema"),
    "Sort by": ("Trier par", "Ordenar por"),
    "Name": ("Nom", "Nombre"),
    "Number of resources": ("Nombre de ressources", "Número de recursos"),
    "Show organisations": ("Afficher les organisations", "Mostrar organizaciones"),
    "Show all": ("Tout afficher", "Mostrar todas"),
    "No organisation matches these choices.": (
        "Aucune organisation ne correspond à ces choix.",
        "Ninguna organización coincide con estas opciones.",
    ),
    "Pages of organisations": ("Pages d’organisations", "Páginas de organizaciones"),
    "Where they are based": ("Où elles sont établies", "Dónde tienen su sede"),
    "Organisations by country: choose a country to list its organisations.": (
        "Organisations par pays : choisissez un pays pour afficher ses organisations.",
        "Organizaciones por país: elija un país para ver sus organizaciones.",
    ),
    "Each organisation's page has a feed of its new resources.": (
        "La page de chaque organisation propose un flux de ses nouvelles ressources.",
        "La página de cada organización ofrece un canal con sus recursos nuevos.",
    ),
    "The library's vocabulary, broader topics first, with the number of resources on each (a broader topic counts those of its narrower ones once).": (
        "Le vocabulaire de la bibliothèque, des thèmes généraux aux plus précis, avec le nombre de ressources de chacun (un thème général compte une seule fois celles de ses thèmes plus précis).",
        "El vocabulario de la biblioteca, de los temas generales a los más específicos, con el número de recursos de cada uno (un tema general cuenta una sola vez los de sus temas más específicos).",
    ),
    "The vocabulary is empty.": ("Le vocabulaire est vide.", "El vocabulario está vacío."),
    "Pages of topics": ("Pages de thèmes", "Páginas de temas"),
    # Search warnings: the filter a value was not found in
    "type": ("type", "tipo"),
    "topic": ("thème", "tema"),
    "country": ("pays", "país"),
    "region": ("région", "región"),
    "publisher": ("éditeur", "editor"),
    "language": ("langue", "idioma"),
    "collection": ("collection", "colección"),
    "No resource has every word you searched for; these have some of them.": (
        "Aucune ressource ne contient tous les mots recherchés ; celles-ci en contiennent une partie.",
        "Ningún recurso contiene todas las palabras buscadas; estos contienen algunas.",
    ),
    "Unknown sort “%(sort)s”; sorted by the default instead.": (
        "Tri « %(sort)s » inconnu ; les résultats sont triés par défaut.",
        "Orden «%(sort)s» desconocido; se usa el orden predeterminado.",
    ),
    # The offline copy
    "Offline copy made on %(date)s: resources added or changed since then are not in it.": (
        "Copie hors ligne faite le %(date)s : les ressources ajoutées ou modifiées depuis n’y figurent pas.",
        "Copia sin conexión hecha el %(date)s: los recursos añadidos o modificados desde entonces no están incluidos.",
    ),
    "Searches titles, summaries, publishers, topics and the text of the files in this copy.": (
        "Cherche dans les titres, résumés, éditeurs, thèmes et le texte des fichiers de cette copie.",
        "Busca en los títulos, resúmenes, editores, temas y el texto de los archivos de esta copia.",
    ),
    "Searching this copy needs JavaScript. Browse by topic, country, collection or organisation from the home page.": (
        "La recherche dans cette copie nécessite JavaScript. Parcourez par thème, pays, collection ou organisation depuis la page d’accueil.",
        "Para buscar en esta copia hace falta JavaScript. Explore por tema, país, colección u organización desde la página de inicio.",
    ),
    "Loading…": ("Chargement…", "Cargando…"),
    "No resource matches this search.": (
        "Aucune ressource ne correspond à cette recherche.",
        "Ningún recurso coincide con esta búsqueda.",
    ),
    "1 resource": ("1 ressource", "1 recurso"),
    "%s resources": ("%s ressources", "%s recursos"),
    # Names seen by curators in the admin's list of applications
    "Public site": ("Site public", "Sitio público"),
    # Report a problem with a resource (lantern/public/report.py, public/report.html)
    "Report a problem": ("Signaler un problème", "Informar de un problema"),
    "or write to the curators": ("ou écrire à l’équipe éditoriale", "o escribir al equipo editorial"),
    "About the resource:": ("À propos de la ressource :", "Sobre el recurso:"),
    "What is wrong?": ("Qu’est-ce qui ne va pas ?", "¿Qué está mal?"),
    "A link or file does not work": (
        "Un lien ou un fichier ne fonctionne pas",
        "Un enlace o un archivo no funciona",
    ),
    "Wrong or outdated information": (
        "Informations erronées ou dépassées",
        "Información errónea o desactualizada",
    ),
    "It duplicates another resource": (
        "C’est un doublon d’une autre ressource",
        "Duplica otro recurso",
    ),
    "Harmful or unsafe content": ("Contenu nuisible ou dangereux", "Contenido dañino o peligroso"),
    "Something else": ("Autre chose", "Otra cosa"),
    "Choose what is wrong.": ("Choisissez ce qui ne va pas.", "Elija qué está mal."),
    "Tell us more": ("Dites-nous en plus", "Cuéntenos más"),
    "Which link, what is out of date, which resource it duplicates… Needed for “Something else”.": (
        "Quel lien, ce qui est dépassé, quelle ressource est en double… Nécessaire pour « Autre chose ».",
        "Qué enlace, qué está desactualizado, qué recurso duplica… Necesario para «Otra cosa».",
    ),
    "Please say what the problem is.": (
        "Merci de préciser le problème.",
        "Indique cuál es el problema.",
    ),
    "This page was open for a long time, so nothing was sent yet. Please check what you wrote and send it again.": (
        "Cette page est restée ouverte longtemps, rien n’a donc encore été envoyé. Vérifiez ce que vous avez "
        "écrit et envoyez-le à nouveau.",
        "Esta página estuvo abierta mucho tiempo, así que aún no se ha enviado nada. Revise lo que escribió "
        "y envíelo de nuevo.",
    ),
    "Thank you — you have sent several reports in the last hour. Please try again later.": (
        "Merci — vous avez envoyé plusieurs signalements au cours de la dernière heure. Réessayez plus tard.",
        "Gracias — ha enviado varios informes en la última hora. Inténtelo de nuevo más tarde.",
    ),
    "Reports are paused for a while. Please try again later.": (
        "Les signalements sont suspendus pour un moment. Réessayez plus tard.",
        "Los informes están en pausa por un tiempo. Inténtelo de nuevo más tarde.",
    ),
    "Thank you. A curator will read your report and look at the resource.": (
        "Merci. Une personne de l’équipe éditoriale lira votre signalement et examinera la ressource.",
        "Gracias. Una persona del equipo editorial leerá su informe y revisará el recurso.",
    ),
    "Back to the resource": ("Retour à la ressource", "Volver al recurso"),
    "Tell the curators what is wrong with this resource. They read every report.": (
        "Dites à l’équipe éditoriale ce qui ne va pas avec cette ressource. Elle lit chaque signalement.",
        "Indique al equipo editorial qué está mal en este recurso. Lee cada informe.",
    ),
    "Nothing was sent yet:": ("Rien n’a encore été envoyé :", "Aún no se ha enviado nada:"),
    "Send report": ("Envoyer le signalement", "Enviar informe"),
}


def fill(language: int, code: str, path: Path) -> None:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po, write_po

    with path.open("rb") as handle:
        catalogue = read_po(handle, locale=code)
    for message in catalogue:
        if not message.id:
            continue
        key = message.id[0] if isinstance(message.id, tuple) else message.id
        found = TEXT.get((message.context, key)) if message.context else TEXT.get(key)
        if found is None:
            continue
        text = found[language]
        if isinstance(text, tuple):  # plural forms: the catalogue's count, the last one repeated
            forms = catalogue.num_plurals
            text = tuple(text[: forms - 1]) + (text[-1],) * (forms - len(text[: forms - 1]))
        message.string = text
        message.flags.discard("fuzzy")
    with path.open("wb") as handle:
        write_po(handle, catalogue, width=100, omit_header=False)
    with path.with_suffix(".mo").open("wb") as handle:
        write_mo(handle, catalogue)


if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    for index, code in enumerate(("fr", "es")):
        fill(index, code, here / code / "LC_MESSAGES" / "django.po")
    print("filled and compiled fr, es")
