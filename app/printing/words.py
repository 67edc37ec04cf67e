"""The words printed documents use, in French and English (documents follow the plan's language).

Printed paper is read far from the laptop that made it, so its words come from the plan's
language, not from the window's; codes of app/vocabulary.py are named here for print.
"""

from __future__ import annotations

from datetime import date, datetime

from app.cell.roles import custom_role_name

_WORDS: dict[str, dict[str, str]] = {
    # furniture
    "confidential": {"fr": "CONFIDENTIEL / CONFIDENTIAL", "en": "CONFIDENTIEL / CONFIDENTIAL"},
    "printed": {"fr": "Imprimé le {when}", "en": "Printed {when}"},
    "revision": {"fr": "Révision {revision} du plan", "en": "Plan revision {revision}"},
    "page_of": {"fr": "Page {page} sur {total}", "en": "Page {page} of {total}"},
    "head_hash": {"fr": "Empreinte du journal : {hash}", "en": "Log head hash: {hash}"},
    "none": {"fr": "—", "en": "—"},
    # titles
    "title_contacts": {"fr": "Annuaire de crise", "en": "Crisis contact sheet"},
    "title_contacts_redacted": {"fr": "Annuaire de crise — copie murale",
                                "en": "Crisis contact sheet — wall copy"},
    "title_calltree": {"fr": "Arbre d'appel", "en": "Call tree"},
    "title_journal": {"fr": "Main courante — rapport d'incident",
                      "en": "Incident log — activity report"},
    "title_plan": {"fr": "Plan de gestion de crise", "en": "Crisis management plan"},
    "title_card": {"fr": "Cartes réflexe de la cellule", "en": "Crisis cell pocket cards"},
    # contacts
    "cell_roles": {"fr": "Rôles de la cellule", "en": "Cell roles"},
    "role": {"fr": "Rôle", "en": "Role"},
    "holder": {"fr": "Titulaire", "en": "Holder"},
    "deputy": {"fr": "Suppléant", "en": "Deputy"},
    "name": {"fr": "Nom", "en": "Name"},
    "function": {"fr": "Fonction", "en": "Function"},
    "organisation": {"fr": "Organisation", "en": "Organisation"},
    "mobile": {"fr": "Portable", "en": "Mobile"},
    "other_numbers": {"fr": "Autres numéros", "en": "Other numbers"},
    "email": {"fr": "E-mail", "en": "E-mail"},
    "last_verified": {"fr": "Vérifié le", "en": "Last verified"},
    "never_verified": {"fr": "jamais", "en": "never"},
    "stale_legend": {
        "fr": "⚠ coordonnées non vérifiées depuis plus de {days} jours : à confirmer avant usage.",
        "en": "⚠ details not verified for more than {days} days: confirm before use."},
    "redacted_legend": {
        "fr": "Copie murale : les numéros personnels (portable, domicile) ne sont pas imprimés.",
        "en": "Wall copy: personal numbers (mobile, home) are not printed."},
    "redacted": {"fr": "masqué", "en": "withheld"},
    "no_contacts": {"fr": "Aucun contact.", "en": "No contacts."},
    "no_roles": {"fr": "Aucun rôle attribué.", "en": "No roles assigned."},
    "phone_office": {"fr": "Bur.", "en": "Office"},
    "phone_home": {"fr": "Dom.", "en": "Home"},
    "phone_other": {"fr": "Autre", "en": "Other"},
    "phone_mobile": {"fr": "Port.", "en": "Mob."},
    # call tree
    "calltree_intro": {
        "fr": "Qui appelle qui, dans l'ordre. Sans réponse : laisser un message, "
              "appeler le suivant, rappeler après la liste.",
        "en": "Who calls whom, in order. No answer: leave a message, call the next one, "
              "call back after the list."},
    "step": {"fr": "N°", "en": "No."},
    "caller": {"fr": "Appelant", "en": "Caller"},
    "callee": {"fr": "Appelle", "en": "Calls"},
    "numbers_to_dial": {"fr": "Numéros à composer", "en": "Numbers to dial"},
    "alert_raiser": {"fr": "Qui donne l'alerte", "en": "Whoever raises the alert"},
    "empty_calltree": {"fr": "L'arbre d'appel est vide.", "en": "The call tree is empty."},
    # journal
    "incident": {"fr": "Incident", "en": "Incident"},
    "nature": {"fr": "Nature", "en": "Nature"},
    "exercise": {"fr": "EXERCICE", "en": "EXERCISE"},
    "real": {"fr": "Réel", "en": "Real"},
    "opened": {"fr": "Ouvert le", "en": "Opened"},
    "closed": {"fr": "Clos le", "en": "Closed"},
    "still_open": {"fr": "en cours", "en": "still open"},
    "current_level": {"fr": "Niveau actuel", "en": "Current level"},
    "level_history": {"fr": "Historique des niveaux", "en": "Level history"},
    "entries": {"fr": "Entrées", "en": "Entries"},
    "time": {"fr": "Heure", "en": "Time"},
    "author": {"fr": "Auteur", "en": "Author"},
    "kind": {"fr": "Type", "en": "Kind"},
    "text": {"fr": "Texte", "en": "Text"},
    "occurred": {"fr": "survenu {when}", "en": "occurred {when}"},
    "corrected_by": {"fr": "Corrigé par n° {number} ({when}, {author}) : {text}",
                     "en": "Corrected by no. {number} ({when}, {author}): {text}"},
    "correction_of": {"fr": "Correction du n° {number} :", "en": "Correction of no. {number}:"},
    "status_of": {"fr": "(concerne le n° {number})", "en": "(about no. {number})"},
    "info_status": {"fr": "Statut : {status}", "en": "Status: {status}"},
    "info_status_now": {"fr": "Statut actuel : {status}", "en": "Current status: {status}"},
    "status_history": {"fr": "Historique : {steps}", "en": "History: {steps}"},
    "status_step": {"fr": "{status} ({when}, {author})", "en": "{status} ({when}, {author})"},
    "closed_state": {"fr": "Clôturé (dernier niveau : {level})",
                     "en": "Closed (last level: {level})"},
    "review_title": {"fr": "Retour d'expérience", "en": "Post-crisis review"},
    "review_worked": {"fr": "Ce qui a fonctionné", "en": "What worked"},
    "review_failed": {"fr": "Ce qui n'a pas fonctionné", "en": "What did not work"},
    "review_changes": {"fr": "Ce qu'il faut changer", "en": "What to change"},
    "review_none": {"fr": "Retour d'expérience non rédigé.",
                    "en": "No post-crisis review written yet."},
    "review_tasks": {"fr": "Tâches issues du retour d'expérience",
                     "en": "Tasks from the review"},
    "task_owner": {"fr": "Responsable", "en": "Owner"},
    "entry_number": {"fr": "n° {number}", "en": "no. {number}"},
    "chain_title": {"fr": "Contrôle d'intégrité du journal", "en": "Log integrity check"},
    "chain_ok": {
        "fr": "Chaîne vérifiée : les {checked} entrées ({chains} chaîne(s)) sont intactes, "
              "aucune n'a été modifiée.",
        "en": "Chain verified: all {checked} entries ({chains} chain(s)) are intact; none was "
              "altered."},
    # What the chain alone cannot say (the end of a chain): only the witness vouches for it.
    "chain_witnessed": {
        "fr": "Vérifié par rapport aux têtes de chaîne vues sur cet ordinateur : aucune entrée "
              "n'a été supprimée.",
        "en": "Verified against the heads witnessed on this laptop: none was removed."},
    "chain_backup_heads": {
        "fr": "Vérifié par rapport aux têtes de chaîne relevées par cette sauvegarde : aucune "
              "entrée n'a été supprimée depuis qu'elle a été prise.",
        "en": "Verified against the heads this backup recorded: none was removed since it was "
              "taken."},
    "chain_unwitnessed": {
        "fr": "Cet ordinateur n'a aucun témoin des têtes de ce journal : des entrées coupées à "
              "sa fin ne se verraient pas ici.",
        "en": "This laptop holds no witness of this log's heads: entries cut from its end "
              "would not show here."},
    "chain_missing": {
        "fr": "INCOMPLET : des entrées vues enregistrées sur cet ordinateur manquent dans ce "
              "journal ({missing}, à partir de la position {seq}). Ce document ne les contient "
              "pas.",
        "en": "INCOMPLETE: entries seen committed on this laptop are missing from this log "
              "({missing}, from position {seq}). This document does not hold them."},
    "chain_rewritten": {
        "fr": "RÉÉCRIT : l'entrée en position {seq} n'est pas celle qui a été vue enregistrée.",
        "en": "REWRITTEN: the entry at position {seq} is not the one seen committed."},
    "chain_broken": {
        "fr": "CHAÎNE ROMPUE à l'entrée n° {number} (id {entry_id}, position {seq}) : {reason}. "
              "Ce journal a été altéré ; ne pas s'y fier sans enquête.",
        "en": "CHAIN BROKEN at entry no. {number} (id {entry_id}, position {seq}): {reason}. "
              "This log was altered; do not rely on it without investigation."},
    "chain_empty": {"fr": "Aucune entrée à vérifier.", "en": "No entries to check."},
    "head_hash_line": {"fr": "Empreinte de tête (SHA-256) : {hash}",
                       "en": "Head hash (SHA-256): {hash}"},
    "head_hash_note": {
        "fr": "Cette empreinte figure en pied de chaque page : une page isolée se rattache "
              "ainsi à son journal.",
        "en": "This hash stands in every page's footer, so a single page can be matched to "
              "its log."},
    "no_incident": {"fr": "Aucun incident dans ce plan.", "en": "No incident in this plan."},
    "no_entries": {"fr": "Aucune entrée.", "en": "No entries."},
    # regulatory clocks (app/incidents/regulatory_clocks.py)
    "clocks_title": {"fr": "Délais réglementaires", "en": "Regulatory deadlines"},
    "clock": {"fr": "Obligation", "en": "Obligation"},
    "clock_within": {"fr": "Délai", "en": "Within"},
    "clock_from": {"fr": "Compté depuis", "en": "Counted from"},
    "clock_due": {"fr": "Échéance", "en": "Due"},
    "clock_state": {"fr": "État", "en": "State"},
    "clock_from_opening": {"fr": "{when} (ouverture)", "en": "{when} (opening)"},
    "clock_from_entry": {"fr": "{when} (entrée n° {number})", "en": "{when} (entry no. {number})"},
    "clock_met": {"fr": "Respecté le {when}", "en": "Met on {when}"},
    "clock_met_late": {"fr": "⚠ Rempli en retard, le {when}", "en": "⚠ Met late, on {when}"},
    "clock_overdue": {"fr": "⚠ DÉPASSÉ de {late}", "en": "⚠ OVERDUE by {late}"},
    "clock_running": {"fr": "En cours : reste {left}", "en": "Running: {left} left"},
    "clock_not_met": {"fr": "⚠ Non rempli à la clôture", "en": "⚠ Not met at closing"},
    "reason_content_altered": {"fr": "contenu modifié", "en": "content altered"},
    "reason_previous_missing_or_altered": {"fr": "entrée précédente manquante ou modifiée",
                                           "en": "previous entry missing or altered"},
    "reason_sequence_gap": {"fr": "trou dans la séquence", "en": "gap in the sequence"},
    "reason_out_of_order": {"fr": "entrées déplacées : rangées hors de l'ordre de la chaîne",
                            "en": "entries moved: stored out of the chain's order"},
    "signature": {"fr": "Établi par : ____________________   Signature : ______________",
                  "en": "Prepared by: ____________________   Signature: ______________"},
    # plan binder
    "contents": {"fr": "Sommaire", "en": "Contents"},
    "owner": {"fr": "Responsable du plan", "en": "Plan owner"},
    "next_review": {"fr": "Prochaine revue", "en": "Next review"},
    "heat_map": {"fr": "Carte des risques", "en": "Risk heat map"},
    "likelihood": {"fr": "Probabilité", "en": "Likelihood"},
    "impact": {"fr": "Impact", "en": "Impact"},
    "heat_map_note": {"fr": "Nombre de risques par case (probabilité × impact).",
                      "en": "Number of risks per cell (likelihood × impact)."},
    "risk_register": {"fr": "Registre des risques", "en": "Risk register"},
    "risk": {"fr": "Risque", "en": "Risk"},
    "risk_owner": {"fr": "Responsable", "en": "Owner"},
    "message": {"fr": "Message", "en": "Message"},
    "category": {"fr": "Catégorie", "en": "Category"},
    "score": {"fr": "Score", "en": "Score"},
    "band": {"fr": "Niveau", "en": "Band"},
    "warning_signals": {"fr": "Signaux d'alerte", "en": "Warning signals"},
    "no_risks": {"fr": "Aucun risque enregistré.", "en": "No risks recorded."},
    "roles_contacts": {"fr": "Rôles et contacts", "en": "Roles and contacts"},
    "message_library": {"fr": "Bibliothèque de messages", "en": "Message library"},
    "general_messages": {"fr": "Messages généraux", "en": "General messages"},
    "audience": {"fr": "Public", "en": "Audience"},
    "channel": {"fr": "Canal", "en": "Channel"},
    "status": {"fr": "Statut", "en": "Status"},
    "approved_by": {"fr": "validé par {who} le {on}, jusqu'au {until}",
                    "en": "approved by {who} on {on}, until {until}"},
    "approval_expired": {"fr": "validation expirée", "en": "approval expired"},
    "no_messages": {"fr": "Aucun message préparé.", "en": "No prepared messages."},
    "checklists": {"fr": "Listes de contrôle", "en": "Checklists"},
    "no_checklists": {"fr": "Aucune liste de contrôle.", "en": "No checklists."},
    "review_dates": {"fr": "Dates de revue", "en": "Review dates"},
    "plan_tasks": {"fr": "Tâches d'amélioration du plan", "en": "Plan improvement tasks"},
    "what": {"fr": "Objet", "en": "What"},
    "date": {"fr": "Date", "en": "Date"},
    "done": {"fr": "fait", "en": "done"},
    "to_do": {"fr": "à faire", "en": "to do"},
    "the_plan": {"fr": "Le plan", "en": "The plan"},
    "summary_counts": {
        "fr": "{risks} risques · {contacts} contacts · {roles} rôles · {messages} messages",
        "en": "{risks} risks · {contacts} contacts · {roles} roles · {messages} messages"},
    "cover_note": {
        "fr": "Exemplaire papier de secours : à tenir à jour à chaque révision du plan.",
        "en": "Paper backup copy: replace it at every revision of the plan."},
    # card
    "card_heading": {"fr": "CELLULE DE CRISE", "en": "CRISIS CELL"},
    "key_numbers": {"fr": "Numéros clés", "en": "Key numbers"},
    "deputies": {"fr": "Suppléants", "en": "Deputies"},
    "card_instructions": {
        "fr": "Découper le long des tirets, plier sur le pointillé central.",
        "en": "Cut along the dashed lines, fold on the dotted centre line."},
    "fold": {"fr": "pli", "en": "fold"},
}

_CODES: dict[str, dict[str, dict[str, str]]] = {
    "group": {
        "fr": {"crisis_cell": "Cellule de crise", "management": "Direction",
               "agency": "Agence de communication", "legal": "Conseils juridiques",
               "insurer": "Assureur", "authorities": "Autorités", "press": "Presse",
               "partners": "Partenaires", "suppliers": "Fournisseurs"},
        "en": {"crisis_cell": "Crisis cell", "management": "Management",
               "agency": "Communication agency", "legal": "Legal counsel", "insurer": "Insurer",
               "authorities": "Authorities", "press": "Press", "partners": "Partners",
               "suppliers": "Suppliers"},
    },
    "role": {
        "fr": {"crisis_director": "Directeur de crise", "communication": "Communication",
               "legal": "Juridique", "hr": "Ressources humaines", "it": "Informatique",
               "community_manager": "Community manager", "scribe": "Main courante",
               "operations": "Opérations"},
        "en": {"crisis_director": "Crisis director", "communication": "Communication",
               "legal": "Legal", "hr": "Human resources", "it": "IT",
               "community_manager": "Community manager", "scribe": "Scribe",
               "operations": "Operations"},
    },
    "kind": {
        "fr": {"observation": "Constat", "information": "Information", "decision": "Décision",
               "action": "Action", "communication": "Communication", "call": "Appel",
               "level_change": "Niveau", "status_change": "Statut", "closure": "Clôture"},
        "en": {"observation": "Observation", "information": "Information",
               "decision": "Decision", "action": "Action", "communication": "Communication",
               "call": "Call", "level_change": "Level", "status_change": "Status",
               "closure": "Closure"},
    },
    # short names for the pocket card, where a column is a few centimetres wide
    "role_short": {
        "fr": {"crisis_director": "Dir. de crise", "communication": "Communication",
               "legal": "Juridique", "hr": "RH", "it": "Informatique",
               "community_manager": "Community mgr", "scribe": "Main courante",
               "operations": "Opérations"},
        "en": {"crisis_director": "Crisis director", "communication": "Communication",
               "legal": "Legal", "hr": "HR", "it": "IT", "community_manager": "Community mgr",
               "scribe": "Scribe", "operations": "Operations"},
    },
    "group_short": {
        "fr": {"crisis_cell": "Cellule", "management": "Direction", "agency": "Agence",
               "legal": "Juridique", "insurer": "Assureur", "authorities": "Autorités",
               "press": "Presse", "partners": "Partenaires", "suppliers": "Fournisseurs"},
        "en": {"crisis_cell": "Cell", "management": "Management", "agency": "Agency",
               "legal": "Legal", "insurer": "Insurer", "authorities": "Authorities",
               "press": "Press", "partners": "Partners", "suppliers": "Suppliers"},
    },
    "category": {
        "fr": {"reputation": "Réputation", "social_media": "Réseaux sociaux",
               "product": "Produit", "cyber": "Cyber", "data": "Données", "social": "Social",
               "industrial": "Industriel", "information": "Information",
               "regulatory": "Réglementaire", "governance": "Gouvernance", "other": "Autre"},
        "en": {"reputation": "Reputation", "social_media": "Social media", "product": "Product",
               "cyber": "Cyber", "data": "Data", "social": "Social", "industrial": "Industrial",
               "information": "Information", "regulatory": "Regulatory",
               "governance": "Governance", "other": "Other"},
    },
    "band": {
        "fr": {"low": "faible", "medium": "moyen", "high": "élevé", "critical": "critique"},
        "en": {"low": "low", "medium": "medium", "high": "high", "critical": "critical"},
    },
    "signal": {
        "fr": {"keyword": "mot-clé", "hashtag": "hashtag", "volume": "volume", "other": "autre"},
        "en": {"keyword": "keyword", "hashtag": "hashtag", "volume": "volume", "other": "other"},
    },
    "audience": {
        "fr": {"employees": "Salariés", "customers": "Clients", "partners": "Partenaires",
               "media": "Médias", "authorities": "Autorités", "public": "Grand public"},
        "en": {"employees": "Employees", "customers": "Customers", "partners": "Partners",
               "media": "Media", "authorities": "Authorities", "public": "Public"},
    },
    "channel": {
        "fr": {"x": "X", "sms": "SMS", "instagram": "Instagram", "linkedin": "LinkedIn",
               "facebook": "Facebook", "press_release": "Communiqué de presse",
               "email": "E-mail", "website": "Site web", "phone_script": "Script téléphonique"},
        "en": {"x": "X", "sms": "SMS", "instagram": "Instagram", "linkedin": "LinkedIn",
               "facebook": "Facebook", "press_release": "Press release", "email": "E-mail",
               "website": "Website", "phone_script": "Phone script"},
    },
    "message_status": {
        "fr": {"draft": "brouillon", "approved": "validé"},
        "en": {"draft": "draft", "approved": "approved"},
    },
}

_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _language(language: str) -> str:
    return language if language in ("fr", "en") else "fr"


def word(key: str, language: str, **values: object) -> str:
    """A printed word or sentence in `language` (French when unknown), filled with `values`."""
    text = _WORDS[key][_language(language)]
    return text.format(**values) if values else text


def code_name(vocabulary: str, code: str, language: str) -> str:
    """A vocabulary code (group, role, kind, category, band…) as printed; the code if unknown."""
    if vocabulary in ("role", "role_short") and custom_role_name(code) is not None:
        return str(custom_role_name(code))  # a role the plan added itself: its own name
    return _CODES[vocabulary][_language(language)].get(code, code)


def day_text(day: date | str | None, language: str) -> str:
    """A calendar day as printed: 21/11/2026 in French, 21 Nov 2026 in English."""
    if not day:
        return ""
    if isinstance(day, str):
        day = date.fromisoformat(day[:10])
    if _language(language) == "fr":
        return day.strftime("%d/%m/%Y")
    return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"


def moment_text(moment: datetime, language: str, *, seconds: bool = False) -> str:
    """A local date and time as printed."""
    clock = moment.strftime("%H:%M:%S" if seconds else "%H:%M")
    return f"{day_text(moment.date(), language)} {clock}"
