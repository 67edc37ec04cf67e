"""The window (Qt) over app/'s services: `launcher.py` the entry point, `window/` the main
window, a folder per tab, `opening/` to get to an open plan, shared `widgets/`, `words/`."""
