"""Qt user interface (the window arrives with the window issue)."""
