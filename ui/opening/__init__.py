"""Getting to an open plan: the start page, the opening flow, unlocking, the recovery sheet, who is
at this laptop.
"""
