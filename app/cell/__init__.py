"""The crisis cell and who it calls: contacts, phones, roles with holder and deputy, the call tree
and its activation (alert).
"""
