"""Leipzig's 63 Ortsteile, the districts a venue can lie in.

They are proper names, the same in every language, so they are not translated.
The order is the city's own: by Stadtbezirk, then Ortsteil.
"""

from django.utils.text import slugify

DISTRICT_NAMES = [
    # Mitte
    "Zentrum",
    "Zentrum-Ost",
    "Zentrum-Südost",
    "Zentrum-Süd",
    "Zentrum-West",
    "Zentrum-Nordwest",
    "Zentrum-Nord",
    # Nordost
    "Schönefeld-Abtnaundorf",
    "Schönefeld-Ost",
    "Mockau-Süd",
    "Mockau-Nord",
    "Thekla",
    "Plaußig-Portitz",
    # Ost
    "Neustadt-Neuschönefeld",
    "Volkmarsdorf",
    "Anger-Crottendorf",
    "Sellerhausen-Stünz",
    "Paunsdorf",
    "Heiterblick",
    "Mölkau",
    "Engelsdorf",
    "Baalsdorf",
    "Althen-Kleinpösna",
    # Südost
    "Reudnitz-Thonberg",
    "Stötteritz",
    "Probstheida",
    "Meusdorf",
    "Liebertwolkwitz",
    "Holzhausen",
    # Süd
    "Südvorstadt",
    "Connewitz",
    "Marienbrunn",
    "Lößnig",
    "Dölitz-Dösen",
    # Südwest
    "Schleußig",
    "Plagwitz",
    "Kleinzschocher",
    "Großzschocher",
    "Knautkleeberg-Knauthain",
    "Hartmannsdorf-Knautnaundorf",
    # West
    "Schönau",
    "Grünau-Ost",
    "Grünau-Mitte",
    "Grünau-Siedlung",
    "Lausen-Grünau",
    "Grünau-Nord",
    "Miltitz",
    # Alt-West
    "Lindenau",
    "Altlindenau",
    "Neulindenau",
    "Leutzsch",
    "Böhlitz-Ehrenberg",
    "Burghausen-Rückmarsdorf",
    # Nordwest
    "Möckern",
    "Wahren",
    "Lützschena-Stahmeln",
    "Lindenthal",
    # Nord
    "Gohlis-Süd",
    "Gohlis-Mitte",
    "Gohlis-Nord",
    "Eutritzsch",
    "Seehausen",
    "Wiederitzsch",
]

_TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})

#: (value, name) pairs; the value is an ASCII slug that stays readable in URLs (?district=schleussig).
DISTRICT_CHOICES = [(slugify(name.lower().translate(_TRANSLITERATION)), name) for name in DISTRICT_NAMES]

_VALUES = {name: value for value, name in DISTRICT_CHOICES}


def district_value(name):
    """The stored value of the district called ``name`` (e.g. „Schleußig“ → ``schleussig``), or ''."""
    return _VALUES.get(name or "", "")
