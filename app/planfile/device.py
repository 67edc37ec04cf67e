"""This laptop's identity: a UUIDv7 made once and kept in the user config folder.

The device id belongs to the computer, not to the plan file: a plan copied to another
laptop must not log under the first laptop's id, or the two journal chains would collide.
"""

from __future__ import annotations

import os
import socket

from app import paths
from app.clock import new_id
from app.planfile import atomic


def this_device_id() -> str:
    """The id of this computer (`CRISISCELL_DEVICE_ID` overrides it, for tests and kiosks)."""
    override = os.environ.get("CRISISCELL_DEVICE_ID")
    if override:
        return override
    path = paths.config_dir() / "device-id"
    try:
        existing = path.read_text(encoding="ascii").strip()
    except OSError:
        existing = ""
    if existing:
        return existing
    device_id = new_id()
    atomic.private_folder(path.parent)  # the config folder: 0700
    atomic.write_bytes(path, device_id.encode("ascii"))
    return device_id


def this_device_name() -> str:
    """A human name for this computer, shown next to its entries."""
    return socket.gethostname() or "unknown"
