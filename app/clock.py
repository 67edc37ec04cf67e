"""Identifiers and times as stored: UUIDv7 strings and UTC ISO 8601 with milliseconds and Z."""

from __future__ import annotations

import os
import threading
import time
from datetime import UTC, date, datetime

_id_lock = threading.Lock()
_last_ms = 0
_counter = 0


def new_id() -> str:
    """A UUIDv7 (RFC 9562): time-ordered and unique across laptops, so plans can be merged.

    Within one millisecond the 12 bits after the time count up from a random start
    (RFC 9562's "fixed bit-length dedicated counter"), so ids made here sort in the order
    they were made; 62 more random bits keep laptops apart.
    """
    global _last_ms, _counter
    ms = time.time_ns() // 1_000_000
    tail = int.from_bytes(os.urandom(8)) & 0x3FFF_FFFF_FFFF_FFFF
    with _id_lock:
        if ms > _last_ms:
            _last_ms, _counter = ms, int.from_bytes(os.urandom(2)) & 0x7FF
        else:
            _counter += 1
            if _counter > 0xFFF:  # more than 2,048 ids in one millisecond: borrow the next
                _last_ms, _counter = _last_ms + 1, 0
            ms = _last_ms
        counter = _counter
    value = (ms << 80) | (0x7 << 76) | (counter << 64) | (0b10 << 62) | tail
    hex_id = f"{value:032x}"
    return f"{hex_id[:8]}-{hex_id[8:12]}-{hex_id[12:16]}-{hex_id[16:20]}-{hex_id[20:]}"


def format_utc(moment: datetime) -> str:
    """`2026-11-21T16:01:24.123Z` for an aware datetime."""
    moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def utc_now() -> str:
    """The current time as stored (the hot path of every write: no datetime objects)."""
    now_ns = time.time_ns()
    seconds, rest = divmod(now_ns, 1_000_000_000)
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(seconds)) + f".{rest // 1_000_000:03d}Z"


def parse_utc(text: str) -> datetime:
    """Read a stored time back as an aware UTC datetime."""
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


def to_local(text: str) -> datetime:
    """A stored UTC time in the machine's local time zone, for display and print."""
    return parse_utc(text).astimezone()


def today() -> date:
    """Today's local date (review dates and verification dates are calendar days)."""
    return datetime.now().date()
