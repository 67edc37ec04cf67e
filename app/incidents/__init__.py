"""Incidents and their live log: levels, actions, the journal and its links, regulatory clocks,
search (log and act).
"""
