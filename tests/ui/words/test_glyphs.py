"""Every symbol the window writes exists in the font shipped with the app (DejaVu Sans), so
no laptop shows an empty box where a sign should be (a stopwatch sign did, in the header)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from reportlab.pdfbase.ttfonts import TTFont

UI = Path(__file__).resolve().parents[3] / "ui"


def test_every_symbol_in_the_window_has_a_glyph_in_the_shipped_font() -> None:
    font_file = resources.files("resources") / "fonts" / "DejaVuSans.ttf"
    covered = TTFont("DejaVuSans", str(font_file)).face.charToGlyph
    symbols = {
        (str(path.relative_to(UI)), ch)
        for path in UI.rglob("*.py")
        for ch in path.read_text(encoding="utf-8")
        if ord(ch) > 0x2000  # punctuation, arrows, signs: beyond Latin letters and accents
    }
    missing = sorted((name, f"U+{ord(ch):04X} {ch}") for name, ch in symbols
                     if ord(ch) not in covered)
    assert missing == []
