"""Widgets every tab shares: tables, form parts, the notice bar, the contact picker, confirmations.
"""
