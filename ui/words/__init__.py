"""The window's words: labels for codes, error texts, dates, and loading the translations."""
