"""Loads the window's translations: ours (crisiscell_<lang>.qm) and Qt's own (qtbase_<lang>.qm).

French when the system locale is French, else English (the source language), unless the user
chose one in the settings. Switching at run time removes the old translators and installs the
new ones; every widget then hears QEvent.LanguageChange and re-sets its texts.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

SUPPORTED = ("fr", "en")


def system_language() -> str:
    """"fr" when the system locale is French, else "en"."""
    return "fr" if QLocale.system().language() == QLocale.Language.French else "en"


def resolve_language(chosen: str) -> str:
    """The language to use: the user's choice when supported, else the system's."""
    return chosen if chosen in SUPPORTED else system_language()


def translations_dir() -> Path:
    """Folder of the compiled .qm files shipped in resources/."""
    return Path(str(resources.files("resources").joinpath("translations")))


class Translations:
    """Owns the installed translators so a language switch can replace them."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def install(self, language: str) -> bool:
        """Use `language` ("fr" or "en"); returns False when our .qm could not be loaded."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        self.language = language
        QLocale.setDefault(QLocale(QLocale.Language.French if language == "fr"
                                   else QLocale.Language.English))
        ours = QTranslator(self._app)
        loaded = ours.load(f"crisiscell_{language}", str(translations_dir()))
        if loaded:
            self._app.installTranslator(ours)
            self._installed.append(ours)
        if language == "en":
            # The source texts are English; its .qm holds only the plural forms ("1 minute").
            return True
        qt = QTranslator(self._app)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language}", qt_folder):
            self._app.installTranslator(qt)
            self._installed.append(qt)
        return loaded
