"""Tests that read or write local times run in a known time zone, whatever the machine says."""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator


@contextlib.contextmanager
def local_time_in(zone: str) -> Iterator[None]:
    """Local time is `zone` (e.g. "Europe/Paris") inside the block, as the machine had it after."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = zone
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = before
        time.tzset()
