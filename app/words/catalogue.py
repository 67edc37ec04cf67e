"""The one catalogue of app/'s texts: gettext, English sources, a `.po` file per language.

    texts(language).gettext("Action done: {title}.")          # the plan's language, explicit
    texts(language).ngettext(singular, plural, count)
    texts(language).pgettext("crisis level", "watch")         # a short word named in context

The texts app/ writes are stored data or paper: the log reads the same on every laptop and in
print, so every look-up names the plan's language (or `print --lang`), never the process
locale. The catalogues are resources/locale/<lang>/LC_MESSAGES/crisiscell.po, compiled to
`.mo` by the build (`make mo`); French is the one shipped. A language is a file: drop its
`.mo` there and `texts()` finds it. English is the source (the msgids), so it has none.

A language without a catalogue reads in French, the plan's default language (as the window
and the plan do when nothing says otherwise); a text a catalogue lacks reads in English, its
source, as gettext does.

Texts kept in tables (a key → a text) are marked with `N_`, `NN_` and `NC_`, which return
their arguments: the catalogue test (tests/words/test_catalogue.py) and `pybabel extract`
(`make pot`) find every marked or looked-up literal in app/.
"""

from __future__ import annotations

import gettext
from functools import cache
from importlib import resources
from pathlib import Path

DOMAIN = "crisiscell"
#: The language of the msgids: it needs no catalogue.
SOURCE_LANGUAGE = "en"
#: The language of a plan that says none, and of any language without a catalogue.
FALLBACK_LANGUAGE = "fr"


def locale_dir() -> Path:
    """Folder of the compiled catalogues shipped in resources/ (<lang>/LC_MESSAGES/*.mo)."""
    return Path(str(resources.files("resources").joinpath("locale")))


@cache
def catalogue_language(language: str) -> str:
    """The language texts for `language` are read in: itself when it has a catalogue."""
    found = language == SOURCE_LANGUAGE or gettext.find(
        DOMAIN, str(locale_dir()), languages=[language]) is not None
    return language if found else FALLBACK_LANGUAGE


@cache
def texts(language: str) -> gettext.NullTranslations:
    """The catalogue of `language` (French when it has none), read once per process."""
    language = catalogue_language(language)
    if language == SOURCE_LANGUAGE:
        return gettext.NullTranslations()  # the msgids are the English texts
    return gettext.translation(DOMAIN, str(locale_dir()), languages=[language])


def reload() -> None:
    """Forget the catalogues read, so the next look-up reads the files again."""
    texts.cache_clear()
    catalogue_language.cache_clear()


def N_(message: str) -> str:  # noqa: N802 (gettext's own name for the marker)
    """Marks `message` for the catalogue where it is kept in a table and looked up later."""
    return message


def NN_(singular: str, plural: str) -> tuple[str, str]:  # noqa: N802
    """Marks a text with a count: its singular and plural, for `ngettext` later."""
    return singular, plural


def NC_(context: str, message: str) -> str:  # noqa: N802
    """Marks a short word whose meaning needs `context` (`pgettext(context, message)` later)."""
    return message
