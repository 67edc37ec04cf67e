"""The window's remembered settings (author, language, geometry), declared once with types.

Who signs is remembered per plan (`plans/<plan id>/author`): one laptop may open the demo and
the real plan, and their cells are different people.

QSettings reads back booleans and empty values as strings on some back ends (Frescobaldi's
qsettings.py tells the story), so every key goes through this wrapper with its type and default.

They live in an INI file in this laptop's configuration folder (app/paths.py: platformdirs, or
CRISISCELL_CONFIG_DIR), on every system: not the Windows registry, so that a portable copy on
a USB stick can keep its own, and a test or a second profile never reads the user's.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from app import paths

#: The settings file's name in the configuration folder.
FILE_NAME = "window.ini"


@dataclass(frozen=True)
class SettingKey:
    """One remembered value: its key, its Python type and its default."""

    key: str
    type: type
    default: object


AUTHOR = SettingKey("session/author", str, "")
LANGUAGE = SettingKey("ui/language", str, "")  # "" = follow the system locale
GEOMETRY = SettingKey("window/geometry", QByteArray, QByteArray())
LAST_PLAN = SettingKey("plan/last_path", str, "")

KEYS = (AUTHOR, LANGUAGE, GEOMETRY, LAST_PLAN)


class Settings:
    """Typed access to QSettings; `path` (tests) keeps them in an INI file of its own."""

    def __init__(self, path: Path | None = None) -> None:
        path = path if path is not None else paths.config_dir() / FILE_NAME
        self._qsettings = QSettings(str(path), QSettings.Format.IniFormat)

    def get(self, key: SettingKey) -> object:
        """The stored value converted to the key's type, or its default."""
        raw = self._qsettings.value(key.key)
        if raw is None:
            return key.default
        if key.type is QByteArray:
            return raw if isinstance(raw, QByteArray) else QByteArray(raw)
        if key.type is str:
            return "" if isinstance(raw, list) else str(raw)
        return key.type(raw)

    def set(self, key: SettingKey, value: object) -> None:
        """Store a value of the key's type (written to disk at once)."""
        if not isinstance(value, key.type):
            raise TypeError(f"{key.key} takes {key.type.__name__}, not {type(value).__name__}")
        self._qsettings.setValue(key.key, value)
        self._qsettings.sync()

    # Shorthands for what the window reads most.
    @property
    def author(self) -> str:
        """The name that signs this laptop's journal entries."""
        return str(self.get(AUTHOR))

    @author.setter
    def author(self, value: str) -> None:
        self.set(AUTHOR, value.strip())

    def author_for(self, plan_id: str) -> str:
        """Who signs on this laptop in that plan ("" when never asked there)."""
        return str(self.get(SettingKey(f"plans/{plan_id}/author", str, ""))).strip()

    def set_author_for(self, plan_id: str, name: str) -> None:
        """Remember who signs in that plan, and as the last name used on this laptop."""
        self.set(SettingKey(f"plans/{plan_id}/author", str, ""), name.strip())
        self.author = name

    @property
    def language(self) -> str:
        """"fr", "en" or "" (follow the system)."""
        return str(self.get(LANGUAGE))

    @language.setter
    def language(self, value: str) -> None:
        self.set(LANGUAGE, value)

    @property
    def geometry(self) -> QByteArray:
        """The main window's saveGeometry() bytes."""
        value = self.get(GEOMETRY)
        assert isinstance(value, QByteArray)
        return value

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self.set(GEOMETRY, value)
