"""Dates and times as a language writes them: Babel formats, the catalogue gives the pattern.

Each way of writing a date is a Babel pattern (https://babel.pocoo.org/en/latest/dates.html)
translated in the catalogue under the context "date pattern" (French writes "dd/MM/y" where
English writes "d MMM y"), and Babel names the months in that language. A new language is
its catalogue, with the patterns its readers expect: no table of month names here.
"""

from __future__ import annotations

from datetime import date, datetime, time
from functools import cache, lru_cache

from babel import Locale
from babel.dates import format_date, format_datetime, format_time

from app.words.catalogue import catalogue_language, texts


def _locale(language: str) -> Locale:
    return _babel_locale(catalogue_language(language))  # the language the patterns are in


@cache
def _babel_locale(language: str) -> Locale:
    return Locale.parse(language)


def _date(day: date, pattern: str, language: str) -> str:
    if isinstance(day, datetime):
        day = day.date()
    return _formatted_day(day, pattern, catalogue_language(language))


@lru_cache(maxsize=4096)
def _formatted_day(day: date, pattern: str, language: str) -> str:
    # A printed log names the same few days thousands of times: each is written once.
    return format_date(day, pattern, locale=_babel_locale(language))


def _time(moment: datetime | time, pattern: str, language: str) -> str:
    clock = moment.time() if isinstance(moment, datetime) else moment  # the wall time as is
    return format_time(clock, pattern, locale=_locale(language))


def printed_day(day: date, language: str) -> str:
    """A day on paper: `21 Nov 2026` / `21/11/2026`."""
    # Translators: a Babel date pattern: a day on paper (French: dd/MM/y).
    return _date(day, texts(language).pgettext("date pattern", "d MMM y"), language)


def table_day(day: date, language: str) -> str:
    """A day in a narrow table column: `2026-12-04` / `04/12/2026`."""
    # Translators: a Babel date pattern: a day in a table column (French: dd/MM/yyyy).
    return _date(day, texts(language).pgettext("date pattern", "yyyy-MM-dd"), language)


def spoken_date(day: date, language: str) -> str:
    """A day as a statement says it: `14 October 2026` / `14 octobre 2026`."""
    # Translators: a Babel date pattern: a day in a statement (14 October 2026).
    return _date(day, texts(language).pgettext("date pattern", "d MMMM y"), language)


def spoken_time(moment: datetime | time, language: str) -> str:
    """A time as a statement says it: `10:30` / `10 h 30`."""
    # Translators: a Babel date pattern: a time in a statement (French: H 'h' mm).
    return _time(moment, texts(language).pgettext("date pattern", "HH:mm"), language)


def log_time_text(moment: datetime, language: str) -> str:
    """A local time written into the log: `2026-12-04 14:00` / `04/12/2026 14:00`."""
    # Translators: a Babel date pattern: a time in the log (French: dd/MM/yyyy HH:mm).
    pattern = texts(language).pgettext("date pattern", "yyyy-MM-dd HH:mm")
    return format_datetime(moment, pattern, locale=_locale(language))  # in moment's own zone
