"""The Incident log tab (main courante): the log, its side panels and the dialogs of an incident.
"""
