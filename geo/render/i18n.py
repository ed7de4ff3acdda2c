"""The map page's interface text in the six languages geo reads (the article's language).

Only the page's own words are translated; what comes from the article (names, quotes,
claimants) is shown as written. An unknown language falls back to English.
"""

from __future__ import annotations

LANGS = ("en", "fr", "de", "it", "pt", "es")

_T: dict[str, tuple[str, str, str, str, str, str]] = {
    # key: (en, fr, de, it, pt, es)
    "title": ("Map of the claims", "Carte des affirmations", "Karte der Behauptungen", "Mappa delle affermazioni", "Mapa das alegações", "Mapa de las afirmaciones"),
    "source": ("Source", "Source", "Quelle", "Fonte", "Fonte", "Fuente"),
    "claimed_by": ("Claimed by", "Selon", "Behauptet von", "Secondo", "Segundo", "Según"),
    "nobody": ("nobody named", "personne de nommé", "niemand genannt", "nessuno nominato", "ninguém nomeado", "nadie nombrado"),
    "published": ("Published", "Publié le", "Veröffentlicht", "Pubblicato", "Publicado", "Publicado"),
    "not_given": ("not given", "non indiqué", "nicht angegeben", "non indicato", "não indicado", "no indicado"),
    "language": ("Language", "Langue", "Sprache", "Lingua", "Língua", "Idioma"),
    "warning": (
        "What is drawn is what the article claims, not established fact. Click a highlighted name to find it on the map; click a feature to find its sentence.",
        "Ce qui est dessiné est ce que l'article affirme, non un fait établi. Cliquez sur un nom surligné pour le trouver sur la carte ; cliquez sur un élément de la carte pour trouver sa phrase.",
        "Gezeichnet ist, was der Artikel behauptet, nicht gesicherte Tatsachen. Klicken Sie auf einen markierten Namen, um ihn auf der Karte zu finden, und auf ein Kartenelement, um seinen Satz zu finden.",
        "Ciò che è disegnato è ciò che l'articolo afferma, non un fatto accertato. Fate clic su un nome evidenziato per trovarlo sulla mappa, su un elemento della mappa per trovarne la frase.",
        "O que está desenhado é o que o artigo alega, não um facto estabelecido. Clique num nome destacado para o encontrar no mapa; clique num elemento do mapa para encontrar a sua frase.",
        "Lo dibujado es lo que afirma el artículo, no un hecho establecido. Haga clic en un nombre resaltado para encontrarlo en el mapa; en un elemento del mapa para encontrar su frase.",
    ),
    "legend": ("Legend", "Légende", "Legende", "Legenda", "Legenda", "Leyenda"),
    "status_colour": ("status (colour)", "statut (couleur)", "Status (Farbe)", "stato (colore)", "estado (cor)", "estado (color)"),
    "claimed": ("claimed", "affirmé", "behauptet", "affermato", "alegado", "afirmado"),
    "disputed": ("disputed", "contesté", "bestritten", "contestato", "contestado", "disputado"),
    "confirmed": ("confirmed", "confirmé", "bestätigt", "confermato", "confirmado", "confirmado"),
    "refuted": ("refuted", "réfuté", "widerlegt", "smentito", "refutado", "refutado"),
    "claimant_outline": ("Claimed by (outline)", "Selon (contour)", "Behauptet von (Umriss)", "Secondo (contorno)", "Segundo (contorno)", "Según (contorno)"),
    "event_kinds": ("event (capture, attack …)", "événement (prise, attaque …)", "Ereignis (Einnahme, Angriff …)", "evento (presa, attacco …)", "evento (tomada, ataque …)", "evento (toma, ataque …)"),
    "town": ("town", "ville", "Ort", "città", "cidade", "localidad"),
    "crossing": ("crossing", "point de passage", "Übergang", "valico", "passagem", "paso"),
    "river": ("river", "fleuve", "Fluss", "fiume", "rio", "río"),
    "border": ("border", "frontière", "Grenze", "confine", "fronteira", "frontera"),
    "area": ("area", "zone", "Gebiet", "zona", "zona", "zona"),
    "uncertainty": (
        "uncertainty of a location (circle; band along a border)", "incertitude d'un lieu (cercle ; bande le long d'une frontière)",
        "Unsicherheit eines Ortes (Kreis; Band entlang einer Grenze)", "incertezza di un luogo (cerchio; fascia lungo un confine)",
        "incerteza de um local (círculo; faixa ao longo de uma fronteira)", "incertidumbre de un lugar (círculo; franja a lo largo de una frontera)",
    ),
    "uncertain_place": (
        "uncertain place (dashed, faded): the name may mean another place; its popup lists them",
        "lieu incertain (tirets, pâle) : le nom peut désigner un autre lieu ; sa fenêtre les énumère",
        "unsicherer Ort (gestrichelt, blass): der Name kann einen anderen Ort meinen; sein Popup nennt sie",
        "luogo incerto (tratteggiato, sbiadito): il nome può indicare un altro luogo; il suo popup li elenca",
        "local incerto (tracejado, esbatido): o nome pode designar outro local; a sua janela enumera-os",
        "lugar incierto (discontinuo, tenue): el nombre puede designar otro lugar; su ventana los enumera",
    ),
    "uncertain_places": (
        "Uncertain places (which one is meant?)", "Lieux incertains (lequel est visé ?)", "Unsichere Orte (welcher ist gemeint?)",
        "Luoghi incerti (quale si intende?)", "Locais incertos (qual se quer dizer?)", "Lugares inciertos (¿cuál se quiere decir?)",
    ),
    "direction": (
        "► direction of a claimed movement; dashed: inferred or disputed", "► sens d'un mouvement affirmé ; en tirets : déduit ou contesté",
        "► Richtung einer behaupteten Bewegung; gestrichelt: erschlossen oder bestritten", "► direzione di un movimento affermato; tratteggiato: dedotto o contestato",
        "► direção de um movimento alegado; tracejado: inferido ou contestado", "► dirección de un movimiento afirmado; discontinuo: inferido o disputado",
    ),
    "dates": ("Dates claimed", "Dates affirmées", "Behauptete Daten", "Date affermate", "Datas alegadas", "Fechas afirmadas"),
    "to": ("to", "au", "bis", "al", "a", "al"),
    "search": ("Find a place or movement", "Trouver un lieu ou un mouvement", "Ort oder Bewegung suchen", "Trova un luogo o un movimento", "Encontrar um local ou movimento", "Buscar un lugar o movimiento"),
    "not_found": ("Nothing by that name", "Rien de ce nom", "Nichts mit diesem Namen", "Niente con questo nome", "Nada com esse nome", "Nada con ese nombre"),
    "not_drawn": ("Claims not drawn", "Affirmations non dessinées", "Nicht gezeichnete Behauptungen", "Affermazioni non disegnate", "Alegações não desenhadas", "Afirmaciones no dibujadas"),
    "unknown_names": ("Names no gazetteer knows", "Noms inconnus du répertoire", "Namen, die kein Ortsverzeichnis kennt", "Nomi che nessun gazetteer conosce", "Nomes que nenhum gazetteer conhece", "Nombres que ningún nomenclátor conoce"),
    "not_drawn_short": ("not drawn", "non dessinés", "nicht gezeichnet", "non disegnati", "não desenhados", "no dibujados"),
    "named_not_place": (
        "Named, but not a place where something happened:", "Nommés, mais pas un lieu où quelque chose s'est passé :",
        "Genannt, aber kein Ort, an dem etwas geschah:", "Nominati, ma non un luogo dove è successo qualcosa:",
        "Nomeados, mas não um local onde algo aconteceu:", "Nombrados, pero no un lugar donde ocurrió algo:",
    ),
    "show_on_map": ("show on the map", "montrer sur la carte", "auf der Karte zeigen", "mostra sulla mappa", "mostrar no mapa", "mostrar en el mapa"),
    "download": ("Download the GeoJSON", "Télécharger le GeoJSON", "GeoJSON herunterladen", "Scarica il GeoJSON", "Descarregar o GeoJSON", "Descargar el GeoJSON"),
    "no_text": ("The article text is not in this file.", "Le texte de l'article n'est pas dans ce fichier.", "Der Text des Artikels ist nicht in dieser Datei.", "Il testo dell'articolo non è in questo file.", "O texto do artigo não está neste ficheiro.", "El texto del artículo no está en este archivo."),
    "article": ("Article text", "Texte de l'article", "Text des Artikels", "Testo dell'articolo", "Texto do artigo", "Texto del artículo"),
    "map": ("Map", "Carte", "Karte", "Mappa", "Mapa", "Mapa"),
}


def texts(lang: str | None) -> dict[str, str]:
    """The page's words in ``lang`` (English when it is not one of :data:`LANGS`).

    >>> texts("fr")["legend"], texts("xx")["legend"]
    ('Légende', 'Legend')
    """
    i = LANGS.index(lang) if lang in LANGS else 0
    return {k: v[i] for k, v in _T.items()}
