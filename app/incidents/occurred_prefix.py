"""The time an event happened, typed before the entry's text ("02:40 Appel de l'ARS").

A small local parse of a leading HH:MM (or 02h40): today at that local time, or yesterday when
that is still to come (a scribe logs at 00:10 what happened at 23:50). It stays apart from
app/moments.py, whose "14:00" means today whatever the hour (a due time): a time typed before
an entry is always in the past, and only a bare time at the start of the line is taken.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

_PREFIX = re.compile(r"^\s*([01]?\d|2[0-3])[:hH]([0-5]\d)\s+(\S.*)$", re.DOTALL)


def split_occurred(text: str, now: datetime | None = None) -> tuple[datetime | None, str]:
    """(when it happened, the text without the time), or (None, text) with no leading time."""
    found = _PREFIX.match(text)
    if found is None:
        return None, text
    now = now or datetime.now().astimezone()
    moment = now.replace(hour=int(found[1]), minute=int(found[2]), second=0, microsecond=0)
    if moment > now:
        moment -= timedelta(days=1)
    return moment, found[3].strip()
