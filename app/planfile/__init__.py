"""The plan's files: its companions, atomic writes, the witness of its chains, crash points.

DESIGN.md's `app/planfile/`: the house issue moves the older plan-file modules (locks,
backups, verified state) in here; new plan-file code starts here.
"""
