"""What a window shows, read widget by widget, and which of it belongs to the other language.

The .ts pairs say which texts are English sources and which their French translations; a
text shown after a switch that is one of the other language's (and not also one of the
language switched to, like "Contact") was not re-translated. Each leftover names the ui/
module whose widget shows it, so a failure points at the file to fix.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from ui.words.i18n import translations_dir

_PLACEHOLDER = re.compile(r"\\\{[A-Za-z_0-9]*\\\}|%n")


@dataclass(frozen=True)
class Shown:
    """One text on screen: what, where (the ui module of the widget), and how it is shown."""

    text: str
    module: str
    how: str


def _clean(text: str) -> str:
    return re.sub(r"&(?!&)", "", text).replace("\xa0", " ").strip()


class LanguageTexts:
    """The English sources and French translations of the .ts, as exact texts and patterns."""

    def __init__(self) -> None:
        self.english: set[str] = set()
        self.french: set[str] = set()
        self.english_patterns: list[re.Pattern[str]] = []
        self.french_patterns: list[re.Pattern[str]] = []
        root = ET.parse(translations_dir() / "crisiscell_fr.ts").getroot()
        for message in root.iter("message"):
            source = _clean(message.findtext("source") or "")
            translation = message.find("translation")
            forms = ([f.text or "" for f in translation.iter("numerusform")]
                     if translation is not None and message.get("numerus") == "yes"
                     else [translation.text or "" if translation is not None else ""])
            for form in map(_clean, forms):
                if not form or form == source:
                    continue
                self._add(source, self.english, self.english_patterns)
                self._add(form, self.french, self.french_patterns)
        # English plurals ("%n contact(s)" shown as "37 contacts") are in the English .ts.
        english = ET.parse(translations_dir() / "crisiscell_en.ts").getroot()
        for form in english.iter("numerusform"):
            self._add(_clean(form.text or ""), self.english, self.english_patterns)

    @staticmethod
    def _add(text: str, exact: set[str], patterns: list[re.Pattern[str]]) -> None:
        exact.add(text)
        if "{" in text or "%n" in text:
            body = _PLACEHOLDER.sub(".+", re.escape(text))
            # A pattern made only of placeholders ("{n}") would match anything.
            if len(re.sub(r"\.\+|\\.|\s", "", body)) >= 4:
                patterns.append(re.compile(f"^{body}$", re.S))

    def belongs(self, text: str, language: str) -> bool:
        """Whether `text` is one of `language`'s texts (exactly or by its pattern)."""
        exact, patterns = ((self.english, self.english_patterns) if language == "en"
                           else (self.french, self.french_patterns))
        text = _clean(text)
        return text in exact or any(p.match(text) for p in patterns)

    def leftovers(self, shown: list[Shown], now: str) -> list[Shown]:
        """Texts of the other language still shown after switching to `now`."""
        other = "fr" if now == "en" else "en"
        return [s for s in shown
                if self.belongs(s.text, other) and not self.belongs(s.text, now)]


def _module(widget: QWidget) -> str:
    """The ui/ module that made this widget (its own class or its nearest ancestor's)."""
    current: QWidget | None = widget
    while current is not None:
        for cls in type(current).__mro__:
            if cls.__module__.startswith("ui."):
                return cls.__module__.replace(".", "/") + ".py"
        current = current.parentWidget()
    return "?"


def visible_texts(window: QWidget) -> list[Shown]:
    """Every text a user sees in `window`: labels, buttons, titles, placeholders, headers,
    combo items, tab titles, menus."""
    shown: list[Shown] = []

    def add(text: object, widget: QWidget, how: str) -> None:
        if isinstance(text, str) and text.strip():
            shown.append(Shown(text, _module(widget), how))

    widgets = [window, *window.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.RichText \
                and not widget.text().lstrip().startswith("<"):
            add(widget.text(), widget, "label")
        elif isinstance(widget, QAbstractButton):
            add(widget.text(), widget, "button")
        elif isinstance(widget, QGroupBox):
            add(widget.title(), widget, "group box")
        if isinstance(widget, QLineEdit):
            add(widget.placeholderText(), widget, "placeholder")
        if isinstance(widget, (QTextEdit, QPlainTextEdit)):
            add(widget.placeholderText(), widget, "placeholder")
        if isinstance(widget, QComboBox):
            for index in range(widget.count()):
                add(widget.itemText(index), widget, "combo item")
        if isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                add(widget.tabText(index), widget, "tab title")
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model keeps columnCount private: one column
                columns = 1
            for column in range(columns):
                add(model.headerData(column, Qt.Orientation.Horizontal), widget, "header")
            for row in range(min(model.rowCount(QModelIndex()), 30)):
                for column in range(columns):
                    add(model.index(row, column).data(), widget, "cell")
    if isinstance(window, QMainWindow):
        add(window.windowTitle(), window, "window title")
        named_in_themselves = set(getattr(window, "language_actions", {}).values())
        for menu in window.menuBar().findChildren(QMenu):
            add(menu.title(), window, "menu")
            for action in menu.actions():
                if action not in named_in_themselves:  # "Français", "English": never translated
                    add(action.text(), window, "menu item")
    return shown
