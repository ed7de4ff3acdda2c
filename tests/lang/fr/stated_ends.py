"""French sentences of tests/extract/test_stated_ends.py, one table a test (see tests/lang/__init__.py)."""

import pytest

THE_MOVERS_BETWEEN_VERB_AND_MARKER = [
    pytest.param("L'armée a retiré ses troupes de Tombouctou.", ("region:ML.08", None), id="retire-ses-troupes-de"),
    pytest.param("Le HCR a transféré les réfugiés à Kigoma.", (None, "geonames:157738"), id="transfere-les-refugies-a"),
]

A_THING_SENT_IS_NO_MOVER = [
    pytest.param("Le ministère a envoyé une lettre à Kigoma.", id="envoye-une-lettre-a"),
]

BETWEEN_TWO_PLACES = [
    pytest.param("Les soldats ont escorté un convoi entre Gao et Niamey.", ("geonames:2457163", "geonames:2440485"), id="escorte-entre-x-et-y"),
]

BETWEEN_TWO_PLACES_WITHOUT_A_MOVE = [
    pytest.param("Les combats entre Gao et Niamey continuent.", id="combats-entre"),
]

A_PLACE_THE_COPULA_JOINS_TO_A_DESTINATION = [
    pytest.param("Rome, Turin et Milan seront les destinations des familles.", [(None, "geonames:3169070"), (None, "geonames:3165524"), (None, "geonames:3173435")], id="x-y-et-z-seront-les-destinations"),
    pytest.param("La destination finale du convoi est Niamey.", [(None, "geonames:2440485")], id="la-destination-est-x"),
]

A_PHRASE_OF_REFUGE_IS_LOCATED_BY_THE_PLACE_AFTER_IT = [
    # held before (the weak goal "au" after the phrase): the same construction
    pytest.param("Des milliers de personnes ont fui le Soudan pour la sécurité au Tchad.", ("country:SDN", "country:TCD"), id="fui-x-pour-la-securite-au-y"),
]

FROM_WHERE_IS_THE_PLACE_NAMED_BEFORE = [
    pytest.param("Les avions ont atterri à Rome, capitale de l'Italie, d'où ils ont continué vers Israël.", ("geonames:3169070", "country:ISR"), id="d-ou"),
]

THE_CAPITAL_OF_A_COUNTRY_DESCRIBES_THE_PLACE_BEFORE = [
    pytest.param("Les familles ont fui vers Rome, capitale de l'Italie.", "country:ITA", id="x-capitale-de-y"),
]

# (an invented name no gazetteer knows ends the list)
A_LIST_OF_DESTINATIONS_ENDING_IN_AN_UNKNOWN_NAME = [
    pytest.param("Rome, Turin et Zorvania seront les destinations des familles.", [(None, "geonames:3169070"), (None, "geonames:3165524")], id="x-y-and-an-unknown-name"),
]

# (the story's earlier movement must lend no origin: the sentence states one, in words no place is)
AN_END_FRONTED_IN_WORDS = [
    pytest.param('Des milliers de réfugiés sont venus de Grèce en Macédoine. La situation à la frontière est tendue. De Xyzabad, ils marchent à pied vers la Serbie.', id="unknown-name"),
    pytest.param('Des milliers de réfugiés sont venus de Grèce en Macédoine. La situation à la frontière est tendue. Depuis le camp, ils marchent à pied vers la Serbie.', id="place-noun"),
]

A_STATE_OF_THINGS_IS_NO_MOVER = [
    pytest.param('La vie normale est revenue à Alep.', id='life-returned'),
    pytest.param('Le calme est revenu à Homs lundi.', id='calm-returned'),
]
