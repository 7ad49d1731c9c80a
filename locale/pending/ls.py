EN = {
    "Bild daneben": "Picture beside it",
    "Absatz mit Bild": "Paragraph with picture",
}
