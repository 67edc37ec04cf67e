"""Crash points: the process dies at the k-th step of a multi-step file operation.

As SQLite's crash tests do, tests set `CRISISCELL_CRASH_AT_STEP=k` in a child process and
loop k upward: the child runs backup, restore, rekey, a passphrase change or an export and
exits at once (`os._exit`, no clean-up, as a SIGKILL would leave it) when it reaches its
k-th step; the test then checks the plan is all old or all new and no readable leftover
lingers. `CRISISCELL_CRASH_AT=<step name>` instead kills the process with SIGKILL when it
reaches that step. Unset (always, outside tests) a step costs two dictionary lookups.
"""

from __future__ import annotations

import os
import signal
import sys

ENV = "CRISISCELL_CRASH_AT_STEP"
#: Or die at the step of this name, by a real SIGKILL (where the OS has one).
NAMED_ENV = "CRISISCELL_CRASH_AT"
#: The exit status of a process stopped at a crash point (tests tell it from a failure).
EXIT_STATUS = 86

_reached = 0


def step(name: str) -> None:
    """Mark one step of a multi-step operation done; die here if this is step k."""
    global _reached
    if os.environ.get(NAMED_ENV) == name:
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))
    limit = os.environ.get(ENV)
    if not limit:
        return
    _reached += 1
    if _reached >= int(limit):
        sys.stderr.write(f"crash point {_reached}: after {name}\n")
        sys.stderr.flush()
        os._exit(EXIT_STATUS)
