"""Texts the services write into the log themselves, in the plan's language.

They are stored data (the log must read the same on every laptop and on paper), so they
follow the plan's language rather than the window's.
"""

from __future__ import annotations

from app.clock import to_local

_TEXTS: dict[str, dict[str, str]] = {
    "entries_lost": {
        "fr": "ENTRÉES MANQUANTES : les entrées n° {first} à {last} de ce journal, que cet "
              "ordinateur a vues enregistrées, manquent au fichier du plan (journal d'écriture "
              "anticipée perdu ou copie plus ancienne). Le journal reprend après elles ; une "
              "sauvegarde ou un autre ordinateur peut encore les avoir.",
        "en": "MISSING ENTRIES: entries no. {first} to {last} of this log, which this "
              "computer saw committed, are missing from the plan file (a lost write-ahead log "
              "or an older copy). The log goes on after them; a backup or another computer "
              "may still hold them.",
    },
    "entry_lost": {
        "fr": "ENTRÉE MANQUANTE : l'entrée n° {first} de ce journal, que cet ordinateur a vue "
              "enregistrée, manque au fichier du plan (journal d'écriture anticipée perdu ou "
              "copie plus ancienne). Le journal reprend après elle ; une sauvegarde ou un autre "
              "ordinateur peut encore l'avoir.",
        "en": "MISSING ENTRY: entry no. {first} of this log, which this computer saw "
              "committed, is missing from the plan file (a lost write-ahead log or an older "
              "copy). The log goes on after it; a backup or another computer may still hold it.",
    },
    "incident_opened": {
        "fr": "Ouverture de l'incident « {title} » au niveau {level}.",
        "en": "Incident “{title}” opened at level {level}.",
    },
    "level_changed": {
        "fr": "Changement de niveau : {old} → {new}. {reason}",
        "en": "Level changed: {old} → {new}. {reason}",
    },
    "incident_closed": {
        "fr": "Clôture de l'incident. {reason}",
        "en": "Incident closed. {reason}",
    },
    "incident_closed_statement": {
        "fr": "Clôture de l'incident. Déclaration de clôture : {statement}",
        "en": "Incident closed. Closing statement: {statement}",
    },
    "still_to_verify": {
        "fr": "Informations encore à vérifier à la clôture : {count}.",
        "en": "Information still to verify at closing: {count}.",
    },
    "action_dropped": {
        "fr": "Action abandonnée : {title}. Motif : {reason}",
        "en": "Action dropped: {title}. Reason: {reason}",
    },
    "action_carried": {
        "fr": "Action reportée dans les tâches du plan : {title}.",
        "en": "Action carried to the plan tasks: {title}.",
    },
    "action_created": {
        "fr": "Action créée : {title} (responsable : {owner}, échéance : {due}).",
        "en": "Action created: {title} (owner: {owner}, due: {due}).",
    },
    "action_done": {
        "fr": "Action terminée : {title}.",
        "en": "Action done: {title}.",
    },
    "message_used": {
        "fr": "Message « {title} » ({channel}, {audience}) prêt à publier : {text}",
        "en": "Message “{title}” ({channel}, {audience}) ready to publish: {text}",
    },
    "clock_restarted": {
        "fr": "Délai réglementaire « {title} » compté à partir du {start} : échéance {due}.",
        "en": "Regulatory clock “{title}” counted from {start}: due {due}.",
    },
    "clock_done": {
        "fr": "Délai réglementaire respecté : {title} (échéance {due}).",
        "en": "Regulatory deadline met: {title} (due {due}).",
    },
    "clock_done_late": {
        "fr": "Délai réglementaire dépassé, obligation remplie en retard : {title} "
              "(échéance {due}).",
        "en": "Regulatory deadline missed, obligation met late: {title} (due {due}).",
    },
    "status_changed": {
        "fr": "Information {status} : {text}",
        "en": "Information {status}: {text}",
    },
    "status_changed_source": {
        "fr": "Information {status} (source : {source}) : {text}",
        "en": "Information {status} (source: {source}): {text}",
    },
}

INFO_STATUS_NAMES = {
    "fr": {"to_verify": "à vérifier", "verified": "vérifiée", "false": "fausse"},
    "en": {"to_verify": "to verify", "verified": "verified", "false": "false"},
}

LEVEL_NAMES = {
    "fr": {"veille": "veille", "alerte": "alerte", "crise": "crise",
           "crise_majeure": "crise majeure"},
    "en": {"veille": "watch", "alerte": "alert", "crise": "crisis",
           "crise_majeure": "major crisis"},
}


def log_text(key: str, language: str, **values: str) -> str:
    """The text of an automatic log entry, in `language` (French when unknown)."""
    template = _TEXTS[key].get(language) or _TEXTS[key]["fr"]
    return template.format(**values).strip()


def info_status_name(status: str, language: str) -> str:
    """An information status as people say it."""
    return INFO_STATUS_NAMES.get(language, INFO_STATUS_NAMES["fr"]).get(status, status)


def local_time_text(stored: str, language: str) -> str:
    """A stored UTC time as this laptop's local time, the way the plan's language writes it."""
    moment = to_local(stored)
    return moment.strftime("%d/%m/%Y %H:%M" if language == "fr" else "%Y-%m-%d %H:%M")


def level_name(level: str, language: str) -> str:
    """A crisis level as people say it."""
    return LEVEL_NAMES.get(language, LEVEL_NAMES["fr"]).get(level, level)
