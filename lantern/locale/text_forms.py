"""French and Spanish for what visitors send and take away: the suggest and report forms, feeds,
link checks, the offline copy, and the site's name in the admin (see ``translations.py``)."""

# msgid → (French, Spanish). Plural msgids are keyed by their singular; values are pairs.
FORMS: dict = {
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
