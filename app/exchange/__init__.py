"""Formats in and out of a plan: the demo plan's JSON today; vCard, CSV and listening exports next.
"""
