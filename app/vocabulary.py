"""The crisis cell's fixed vocabularies, in one place: codes stored, words chosen by ui/ or print.

Level bands of the risk matrix, crisis levels, journal kinds, contact groups, cell roles,
audiences and channels with their length limits.
"""

from __future__ import annotations

RISK_CATEGORIES = (
    "reputation", "social_media", "product", "cyber", "data", "social", "industrial",
    "information", "regulatory", "governance", "other",
)

LIKELIHOOD_RANGE = range(1, 6)
IMPACT_RANGE = range(1, 6)

#: Upper score bound (inclusive) of each band of the 5×5 matrix, lowest first.
LEVEL_BANDS: tuple[tuple[str, int], ...] = (
    ("low", 4),
    ("medium", 9),
    ("high", 14),
    ("critical", 25),
)


def level_band(likelihood: int, impact: int) -> str:
    """The band (low / medium / high / critical) of a likelihood × impact score."""
    score = likelihood * impact
    for band, upper in LEVEL_BANDS:
        if score <= upper:
            return band
    return LEVEL_BANDS[-1][0]


WARNING_SIGNAL_KINDS = ("keyword", "hashtag", "volume", "other")

CRISIS_LEVELS = ("veille", "alerte", "crise", "crise_majeure")

JOURNAL_KINDS = (
    "observation", "information", "decision", "action", "communication", "call",
    "level_change", "status_change", "closure",
)
#: Kinds a person types directly; the others are written by the services.
TYPED_KINDS = ("observation", "information", "decision", "action", "communication", "call")

INFO_STATUSES = ("to_verify", "verified", "false")

CONTACT_KINDS = ("person", "organisation")
CONTACT_GROUPS = (
    "crisis_cell", "management", "agency", "legal", "insurer", "authorities", "press",
    "partners", "suppliers",
)
OUTSIDE_GROUPS = ("agency", "legal", "insurer", "authorities", "press", "partners", "suppliers")
PHONE_KINDS = ("mobile", "office", "home", "other")
#: Contacts not verified for this many days are flagged stale.
STALE_AFTER_DAYS = 90

CELL_ROLES = (
    "crisis_director", "communication", "legal", "hr", "it", "community_manager", "scribe",
    "operations",
)

AUDIENCES = ("employees", "customers", "partners", "media", "authorities", "public")

#: Channel → maximum length of a message body in characters (None: no limit).
CHANNEL_LIMITS: dict[str, int | None] = {
    "x": 280,
    "sms": 160,
    "instagram": 2200,
    "linkedin": 3000,
    "facebook": 63206,
    "press_release": None,
    "email": None,
    "website": None,
    "phone_script": None,
}
CHANNELS = tuple(CHANNEL_LIMITS)

MESSAGE_STATUSES = ("draft", "approved")
LANGUAGES = ("fr", "en")
