EN = {
    "Gemeinsame Grundlagen": "Shared foundations",
}
