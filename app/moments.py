"""What a French or English user types for a moment, read as a stored UTC time.

One parser for every field that takes a time (a due date, the time an event happened):

    parse_moment(text, now=None, field="moment") -> str      # "2026-12-04T13:00:00.000Z"

It accepts, case and accents aside, with or without spaces:

- a local date and time: "04/12/2026 14:00", "4/12/26 14h", "4/12 14h30" (this year),
  "4.12.2026 9h", "2026-12-04 14:00";
- a local time alone, today: "14:00", "02:40", "9h", "9 h 30" (never moved to tomorrow: a
  due time already past is the caller's to warn about);
- a day word and a time: "demain 9h", "tomorrow 9:00", "aujourd'hui 18h", "today 18:00",
  "hier 23h", "yesterday 23:00", "après-demain 8h", "le 04/12 à 14h", "at";
- a delay from now: "+1h", "+4h", "+24h", "+72h", "+30min", "+1h30", "+2j", "+2d", and "-10min"
  ("ten minutes ago", for when an event happened);
- a stored time with its zone ("2026-12-04T13:00:00Z", "…+01:00"), for scripts.

Local means this computer's time zone (as app.clock.to_local shows it back). `now` (an aware
datetime, default the current time) is what "today" and the delays count from, for tests.

Refusals are ValidationError(field, reason, text) with these reasons, worded by the CLI
(app/cli/common.py) and the window (ui/words/error_messages.py):

- "required": nothing typed;
- "not_a_moment": not a form above (e.g. "bientôt", "14:00 demain 3");
- "no_such_day": a date that does not exist ("31/02/2026") or outside MIN_YEAR..MAX_YEAR;
- "no_such_time": a time that does not exist ("25:00", "14:75");
- "time_missing": a date without a time ("04/12/2026": midnight is rarely what was meant);
- "delay_too_long": a delay past MAX_DELAY ("+9999h"), most likely a typing slip.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from app.clock import format_utc, parse_utc
from app.errors import ValidationError
from app.incidents.search_text import fold

#: The longest delay accepted ("+72h" is common, "+9999h" a slip of the finger).
MAX_DELAY = timedelta(days=366)
#: The years a typed date may name.
MIN_YEAR, MAX_YEAR = 1970, 2199

_DAY_WORDS = {
    "aujourd'hui": 0, "aujourdhui": 0, "today": 0,
    "demain": 1, "tomorrow": 1,
    "apres-demain": 2, "apres demain": 2,
    "hier": -1, "yesterday": -1,
}
_UNITS = {
    "min": 60, "mn": 60, "m": 60, "minute": 60, "minutes": 60,
    "h": 3600, "hr": 3600, "hrs": 3600, "heure": 3600, "heures": 3600, "hour": 3600,
    "hours": 3600,
    "j": 86400, "jour": 86400, "jours": 86400, "d": 86400, "day": 86400, "days": 86400,
}
_TIME = re.compile(r"(?P<h>\d{1,2})\s*(?::|h)\s*(?P<m>\d{2})?(?::(?P<s>\d{2}))?")
_DATE = re.compile(
    r"(?:(?P<y4>\d{4})-(?P<m4>\d{1,2})-(?P<d4>\d{1,2}))"
    r"|(?:(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})(?:[/.-](?P<y>\d{4}|\d{2}))?)")
_DELAY = re.compile(r"(?P<sign>[+-])\s*(?P<rest>.+)")
_DELAY_PART = re.compile(r"\s*(\d+)\s*([a-z]+)?")
_FILLERS = ("le ", "a ", "at ", "on ")


def parse_moment(text: object, *, now: datetime | None = None, field: str = "moment") -> str:
    """The stored UTC time (app.clock format) that `text` names; ValidationError if none."""
    raw = "" if text is None else str(text)
    typed = " ".join(fold(raw).replace("\u2019", "'").split())
    if not typed:
        raise ValidationError(field, "required", raw)
    current = (now or datetime.now().astimezone()).astimezone()
    stored = _stored_time(raw.strip())
    if stored is not None:
        return stored
    delay = _DELAY.fullmatch(typed)
    if delay:
        return format_utc(current + _delay(delay, raw, field))
    return format_utc(_local_moment(typed, raw, current, field))


def _stored_time(raw: str) -> str | None:
    # A time with its zone, as scripts write it: taken as is.
    if "T" not in raw or not re.search(r"(Z|[+-]\d{2}:?\d{2})$", raw):
        return None
    try:
        return format_utc(parse_utc(raw))
    except ValueError:
        return None


def _delay(match: re.Match[str], raw: str, field: str) -> timedelta:
    rest = match["rest"].replace(" ", "")
    seconds, position, last_unit = 0, 0, None
    while position < len(rest):
        part = _DELAY_PART.match(rest, position)
        if part is None or part.end() == position:
            raise ValidationError(field, "not_a_moment", raw)
        unit = part[2]
        if unit is None:
            # "+1h30": a bare number after hours is minutes; anything else is unclear.
            if last_unit != 3600 or part.end() != len(rest):
                raise ValidationError(field, "not_a_moment", raw)
            factor = 60
        elif unit in _UNITS:
            factor = _UNITS[unit]
        else:
            raise ValidationError(field, "not_a_moment", raw)
        seconds += int(part[1]) * factor
        last_unit, position = factor, part.end()
    if seconds > MAX_DELAY.total_seconds():
        raise ValidationError(field, "delay_too_long", raw)
    return timedelta(seconds=-seconds if match["sign"] == "-" else seconds)


def _local_moment(typed: str, raw: str, current: datetime, field: str) -> datetime:
    rest = typed
    day: date | None = None
    for word in sorted(_DAY_WORDS, key=len, reverse=True):
        if rest.startswith(word):
            day = current.date() + timedelta(days=_DAY_WORDS[word])
            rest = rest[len(word):].strip()
            break
    if day is None:
        rest = _without_filler(rest)
        found = _DATE.match(rest)
        if found and not _TIME.fullmatch(rest):
            day = _date(found, current, raw, field)
            rest = rest[found.end():].strip()
            if rest.startswith("t"):  # "2026-12-04T14:00", local
                rest = rest[1:]
    rest = _without_filler(rest.lstrip(",").strip())
    if not rest:
        if day is not None:
            raise ValidationError(field, "time_missing", raw)
        raise ValidationError(field, "not_a_moment", raw)
    clock = _TIME.fullmatch(rest)
    if clock is None:
        raise ValidationError(field, "not_a_moment", raw)
    hour, minute, second = int(clock["h"]), int(clock["m"] or 0), int(clock["s"] or 0)
    if hour > 23 or minute > 59 or second > 59:
        raise ValidationError(field, "no_such_time", raw)
    # astimezone() on a naive datetime reads it as this computer's local time.
    return datetime.combine(day or current.date(), time(hour, minute, second)).astimezone()


def _without_filler(text: str) -> str:
    for filler in _FILLERS:
        if text.startswith(filler):
            return text[len(filler):].strip()
    return text


def _date(found: re.Match[str], current: datetime, raw: str, field: str) -> date:
    if found["y4"]:
        year, month, day = int(found["y4"]), int(found["m4"]), int(found["d4"])
    else:
        day, month = int(found["d"]), int(found["m"])
        year = current.year if found["y"] is None else int(found["y"])
        if found["y"] is not None and len(found["y"]) == 2:
            year += 2000
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValidationError(field, "no_such_day", raw)  # "0001-01-01": a slip, not a plan
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError(field, "no_such_day", raw) from None
