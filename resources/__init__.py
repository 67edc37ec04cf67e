"""Data shipped with the app: demo plans, fonts, icons, translations (importlib.resources)."""
