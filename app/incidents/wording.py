"""Texts the services write into the log themselves, in the plan's language.

They are stored data (the log must read the same on every laptop and on paper), so they
follow the plan's language rather than the window's. The texts are English msgids of app/'s
catalogue (app/words/catalogue.py); their French is in resources/locale/fr/.
"""

from __future__ import annotations

from app.clock import to_local
from app.words.catalogue import N_, NC_, texts
from app.words.dates import log_time_text

_TEXTS: dict[str, str] = {
    "entries_lost": N_(
        "MISSING ENTRIES: entries no. {first} to {last} of this log, which this computer saw "
        "committed, are missing from the plan file (a lost write-ahead log or an older copy). "
        "The log goes on after them; a backup or another computer may still hold them."),
    "entry_lost": N_(
        "MISSING ENTRY: entry no. {first} of this log, which this computer saw committed, is "
        "missing from the plan file (a lost write-ahead log or an older copy). The log goes on "
        "after it; a backup or another computer may still hold it."),
    "incident_opened": N_("Incident “{title}” opened at level {level}."),
    "level_changed": N_("Level changed: {old} → {new}. {reason}"),
    "incident_closed": N_("Incident closed. {reason}"),
    "incident_closed_statement": N_("Incident closed. Closing statement: {statement}"),
    "still_to_verify": N_("Information still to verify at closing: {count}."),
    "action_dropped": N_("Action dropped: {title}. Reason: {reason}"),
    "action_carried": N_("Action carried to the plan tasks: {title}."),
    "action_created": N_("Action created: {title} (owner: {owner}, due: {due})."),
    "action_done": N_("Action done: {title}."),
    "message_used": N_("Message “{title}” ({channel}, {audience}) ready to publish: {text}"),
    "clock_restarted": N_("Regulatory clock “{title}” counted from {start}: due {due}."),
    "clock_done": N_("Regulatory deadline met: {title} (due {due})."),
    "clock_done_late": N_("Regulatory deadline missed, obligation met late: {title} "
                          "(due {due})."),
    "status_changed": N_("Information {status}: {text}"),
    "status_changed_source": N_("Information {status} (source: {source}): {text}"),
}

_INFO_STATUS_NAMES = {
    "to_verify": NC_("information status", "to verify"),
    "verified": NC_("information status", "verified"),
    "false": NC_("information status", "false"),
}

#: The crisis levels as the log and the paper say them (the window's are in ui/words/labels.py).
_LEVEL_NAMES = {
    "veille": NC_("crisis level", "watch"),
    "alerte": NC_("crisis level", "alert"),
    "crise": NC_("crisis level", "crisis"),
    "crise_majeure": NC_("crisis level", "major crisis"),
}


def log_text(key: str, language: str, **values: str) -> str:
    """The text of an automatic log entry, in `language` (French when it has no catalogue)."""
    return texts(language).gettext(_TEXTS[key]).format(**values).strip()


def info_status_name(status: str, language: str) -> str:
    """An information status as people say it."""
    if status not in _INFO_STATUS_NAMES:
        return status
    return texts(language).pgettext("information status", _INFO_STATUS_NAMES[status])


def local_time_text(stored: str, language: str) -> str:
    """A stored UTC time as this laptop's local time, the way the plan's language writes it."""
    return log_time_text(to_local(stored), language)


def level_name(level: str, language: str) -> str:
    """A crisis level as people say it."""
    if level not in _LEVEL_NAMES:
        return level
    return texts(language).pgettext("crisis level", _LEVEL_NAMES[level])
