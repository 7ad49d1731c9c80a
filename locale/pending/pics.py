"""German → English pairs for the pictures, visual identity and share cards."""

EN = {
    "Alternativtext": "Alternative text",
    "Dekoratives Bild": "Decorative image",
    "Beschreiben Sie in einem Satz, was auf dem Bild zu sehen ist und für den Inhalt wichtig ist "
    "(z. B. „Zwei Frauen löten an einer Platine“). Nicht „Bild von …“, nicht der Dateiname. "
    "Pflicht, wenn ein Bild gewählt ist.": (
        "Describe in one sentence what the picture shows that matters for the content "
        "(e.g. “Two women soldering a circuit board”). Not “Picture of …”, not the file name. "
        "Required when a picture is chosen."
    ),
    "Beschreiben Sie in einem Satz, was auf dem Bild zu sehen ist und für den Inhalt wichtig ist. "
    "Leer lassen nur, wenn das Bild als dekorativ markiert ist.": (
        "Describe in one sentence what the picture shows that matters for the content. "
        "Leave empty only when the picture is marked as decorative."
    ),
    "Ankreuzen, wenn das Bild nur schmückt und nichts zeigt, was der Text nicht schon sagt. "
    "Screenreader überspringen es dann.": (
        "Tick when the picture only decorates and shows nothing the text does not already say. "
        "Screen readers then skip it."
    ),
    "Bitte beschreiben Sie das Bild mit einem Alternativtext.": (
        "Please describe the picture with an alternative text."
    ),
    "Der Alternativtext beschreibt das Bild, er ist nicht sein Titel oder Dateiname.": (
        "The alternative text describes the picture; it is not its title or file name."
    ),
    "Das Logo steht immer neben dem Namen der Einrichtung und braucht deshalb keinen Alternativtext. "
    "Am besten quadratisch, mindestens 192 × 192 Pixel.": (
        "The logo always stands next to the organisation's name and so needs no alternative text. "
        "Best square, at least 192 × 192 pixels."
    ),
    "Ein Foto oder eine Grafik zum Angebot; der Fokuspunkt des Bildes bleibt im Ausschnitt.": (
        "A photo or graphic for the offer; the image's focal point stays in the crop."
    ),
    "Erscheint über der Nachricht und in Listen; der Fokuspunkt bleibt im Ausschnitt.": (
        "Shown above the news item and in lists; the focal point stays in the crop."
    ),
    "Ein Bild für den Kopf der Arena-Seite; ohne Bild erscheint die Illustration der Arena.": (
        "A picture for the top of the arena page; without one, the arena's illustration is shown."
    ),
    "Digitale Bildung für alle in Leipzig": "Digital education for everyone in Leipzig",
    "Alle Angebote ansehen": "See all offers",
}
