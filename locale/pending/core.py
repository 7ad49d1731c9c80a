"""German → English for the strings the core app and the roles added."""

EN = {
    "Gemeinsame Grundlagen": "Shared foundations",
    "Rolle": "Role",
    "Rollen": "Roles",
    "Gruppe": "Group",
}
