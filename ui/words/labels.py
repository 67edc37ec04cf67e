"""Display words for the codes of app.vocabulary (levels, kinds, groups, roles, channels...).

The one place where a stored code becomes a word on screen; every word goes through
QCoreApplication.translate("Labels", ...) so pyside6-lupdate extracts it. An unknown code is
shown as itself rather than hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.cell.roles import custom_role_name

_CONTEXT = "Labels"

# QT_TRANSLATE_NOOP marks the literals for pyside6-lupdate; translate() words them at call time,
# so a language switch at run time takes effect on the next call.
_LEVELS = {
    "veille": QT_TRANSLATE_NOOP("Labels", "Watch"),
    "alerte": QT_TRANSLATE_NOOP("Labels", "Alert"),
    "crise": QT_TRANSLATE_NOOP("Labels", "Crisis"),
    "crise_majeure": QT_TRANSLATE_NOOP("Labels", "Major crisis"),
}

_KINDS = {
    "observation": QT_TRANSLATE_NOOP("Labels", "Observation"),
    "information": QT_TRANSLATE_NOOP("Labels", "Incoming information"),
    "decision": QT_TRANSLATE_NOOP("Labels", "Decision"),
    "action": QT_TRANSLATE_NOOP("Labels", "Action"),
    "communication": QT_TRANSLATE_NOOP("Labels", "Communication"),
    "call": QT_TRANSLATE_NOOP("Labels", "Call"),
    "level_change": QT_TRANSLATE_NOOP("Labels", "Level change"),
    "status_change": QT_TRANSLATE_NOOP("Labels", "Status change"),
    "closure": QT_TRANSLATE_NOOP("Labels", "Closure"),
}

_GROUPS = {
    "crisis_cell": QT_TRANSLATE_NOOP("Labels", "Crisis cell"),
    "management": QT_TRANSLATE_NOOP("Labels", "Management"),
    "agency": QT_TRANSLATE_NOOP("Labels", "Communication agency"),
    "legal": QT_TRANSLATE_NOOP("Labels", "Lawyers"),
    "insurer": QT_TRANSLATE_NOOP("Labels", "Insurer"),
    "authorities": QT_TRANSLATE_NOOP("Labels", "Authorities"),
    "press": QT_TRANSLATE_NOOP("Labels", "Press"),
    "partners": QT_TRANSLATE_NOOP("Labels", "Key partners"),
    "suppliers": QT_TRANSLATE_NOOP("Labels", "Suppliers"),
}

_ROLES = {
    "crisis_director": QT_TRANSLATE_NOOP("Labels", "Crisis director"),
    "communication": QT_TRANSLATE_NOOP("Labels", "Communication"),
    "legal": QT_TRANSLATE_NOOP("Labels", "Legal"),
    "hr": QT_TRANSLATE_NOOP("Labels", "Human resources"),
    "it": QT_TRANSLATE_NOOP("Labels", "IT"),
    "community_manager": QT_TRANSLATE_NOOP("Labels", "Community manager"),
    "scribe": QT_TRANSLATE_NOOP("Labels", "Scribe"),
    "operations": QT_TRANSLATE_NOOP("Labels", "Operations"),
}

_CHANNELS = {
    "x": QT_TRANSLATE_NOOP("Labels", "X (Twitter)"),
    "sms": QT_TRANSLATE_NOOP("Labels", "SMS"),
    "instagram": QT_TRANSLATE_NOOP("Labels", "Instagram"),
    "linkedin": QT_TRANSLATE_NOOP("Labels", "LinkedIn"),
    "facebook": QT_TRANSLATE_NOOP("Labels", "Facebook"),
    "press_release": QT_TRANSLATE_NOOP("Labels", "Press release"),
    "email": QT_TRANSLATE_NOOP("Labels", "E-mail"),
    "website": QT_TRANSLATE_NOOP("Labels", "Website"),
    "phone_script": QT_TRANSLATE_NOOP("Labels", "Phone script"),
}

_AUDIENCES = {
    "employees": QT_TRANSLATE_NOOP("Labels", "Employees"),
    "customers": QT_TRANSLATE_NOOP("Labels", "Customers"),
    "partners": QT_TRANSLATE_NOOP("Labels", "Partners"),
    "media": QT_TRANSLATE_NOOP("Labels", "Media"),
    "authorities": QT_TRANSLATE_NOOP("Labels", "Authorities"),
    "public": QT_TRANSLATE_NOOP("Labels", "General public"),
}

_CATEGORIES = {
    "reputation": QT_TRANSLATE_NOOP("Labels", "Reputation"),
    "social_media": QT_TRANSLATE_NOOP("Labels", "Social media"),
    "product": QT_TRANSLATE_NOOP("Labels", "Product"),
    "cyber": QT_TRANSLATE_NOOP("Labels", "Cyberattack"),
    "data": QT_TRANSLATE_NOOP("Labels", "Data leak"),
    "social": QT_TRANSLATE_NOOP("Labels", "Labour relations"),
    "industrial": QT_TRANSLATE_NOOP("Labels", "Industrial accident"),
    "information": QT_TRANSLATE_NOOP("Labels", "Misinformation"),
    "regulatory": QT_TRANSLATE_NOOP("Labels", "Regulatory"),
    "governance": QT_TRANSLATE_NOOP("Labels", "Governance"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}

_BANDS = {
    "low": QT_TRANSLATE_NOOP("Labels", "Low"),
    "medium": QT_TRANSLATE_NOOP("Labels", "Medium"),
    "high": QT_TRANSLATE_NOOP("Labels", "High"),
    "critical": QT_TRANSLATE_NOOP("Labels", "Critical"),
}

_INFO_STATUSES = {
    "to_verify": QT_TRANSLATE_NOOP("Labels", "To verify"),
    "verified": QT_TRANSLATE_NOOP("Labels", "Verified"),
    "false": QT_TRANSLATE_NOOP("Labels", "False"),
}

_MESSAGE_STATUSES = {
    "draft": QT_TRANSLATE_NOOP("Labels", "Draft"),
    "approved": QT_TRANSLATE_NOOP("Labels", "Approved"),
}

_LANGUAGES = {
    "fr": QT_TRANSLATE_NOOP("Labels", "French"),
    "en": QT_TRANSLATE_NOOP("Labels", "English"),
}

#: Crisis level → badge colour (hex). The badge always writes the level too.
LEVEL_COLOURS: dict[str, str] = {
    "veille": "#2e7d32",
    "alerte": "#f9a825",
    "crise": "#ef6c00",
    "crise_majeure": "#c62828",
}

#: Risk band → matrix cell colour (hex). The cell's tooltip and accessible text name the band.
BAND_COLOURS: dict[str, str] = {
    "low": "#a5d6a7",
    "medium": "#fff59d",
    "high": "#ffcc80",
    "critical": "#ef9a9a",
}

#: Text colour readable on each level badge.
LEVEL_TEXT_COLOURS: dict[str, str] = {
    "veille": "#ffffff",
    "alerte": "#000000",
    "crise": "#000000",
    "crise_majeure": "#ffffff",
}


def _word(table: dict[str, str], code: str | None) -> str:
    if code is None:
        return ""
    source = table.get(code)
    if source is None:
        return code
    return QCoreApplication.translate(_CONTEXT, source)


def level_label(code: str | None) -> str:
    """The crisis level's name (veille → Watch / Veille)."""
    return _word(_LEVELS, code)


def kind_label(code: str | None) -> str:
    """The journal entry kind's name."""
    return _word(_KINDS, code)


def group_label(code: str | None) -> str:
    """The contact group's name."""
    return _word(_GROUPS, code)


def role_label(code: str | None) -> str:
    """The cell role's name (a role the plan added itself has its own)."""
    custom = custom_role_name(code)
    return custom if custom is not None else _word(_ROLES, code)


def channel_label(code: str | None) -> str:
    """The publication channel's name."""
    return _word(_CHANNELS, code)


def audience_label(code: str | None) -> str:
    """The message audience's name."""
    return _word(_AUDIENCES, code)


def category_label(code: str | None) -> str:
    """The risk category's name."""
    return _word(_CATEGORIES, code)


def band_label(code: str | None) -> str:
    """The risk band's name (low, medium, high, critical)."""
    return _word(_BANDS, code)


def info_status_label(code: str | None) -> str:
    """The status of a piece of incoming information (to verify, verified, false)."""
    return _word(_INFO_STATUSES, code)


def message_status_label(code: str | None) -> str:
    """A prepared message's status (draft, approved)."""
    return _word(_MESSAGE_STATUSES, code)


def language_label(code: str | None) -> str:
    """A plan or message language's name."""
    return _word(_LANGUAGES, code)
