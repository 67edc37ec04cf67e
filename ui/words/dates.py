"""Days and times shown in the window, in the window language's own format (QLocale).

Stored dates are ISO ("2026-12-01"); a French reader reads "01/12/2026", an English one
"1 Dec 2026" (the day written out: "12/1/26" reads two ways).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

_ENGLISH_DAY = "d MMM yyyy"


def _day_format(locale: QLocale) -> str:
    if locale.language() == QLocale.Language.French:
        return locale.dateFormat(QLocale.FormatType.ShortFormat)  # dd/MM/yyyy
    return _ENGLISH_DAY


def day_text(iso_day: str | None) -> str:
    """An ISO calendar day as the window's language writes it ("" when none or unreadable)."""
    if not iso_day:
        return ""
    day = QDate.fromString(iso_day[:10], "yyyy-MM-dd")
    if not day.isValid():
        return iso_day
    locale = QLocale()
    return locale.toString(day, _day_format(locale))


def moment_text(moment: datetime) -> str:
    """A local date and time as the window's language writes it (24-hour clock)."""
    locale = QLocale()
    stamp = QDateTime(QDate(moment.year, moment.month, moment.day),
                      QTime(moment.hour, moment.minute))
    return locale.toString(stamp, f"{_day_format(locale)} HH:mm")


def short_moment_text(moment: datetime, with_day: bool = True) -> str:
    """A local time beside a log entry: "14:05" alone, or with its day and month in the
    window language's way ("30/11 14:05" in French, "30 Nov 14:05" in English)."""
    locale = QLocale()
    if not with_day:
        return locale.toString(QTime(moment.hour, moment.minute), "HH:mm")
    day = "dd/MM" if locale.language() == QLocale.Language.French else "d MMM"
    stamp = QDateTime(QDate(moment.year, moment.month, moment.day),
                      QTime(moment.hour, moment.minute))
    return locale.toString(stamp, f"{day} HH:mm")


def full_moment_text(moment: datetime, seconds: bool = False) -> str:
    """A local date and time with its year (tooltips), seconds when asked."""
    locale = QLocale()
    stamp = QDateTime(QDate(moment.year, moment.month, moment.day),
                      QTime(moment.hour, moment.minute, moment.second))
    return locale.toString(stamp, f"{_day_format(locale)} HH:mm{':ss' if seconds else ''}")
