"""Where a plan may live for live use: not on a network file system, not in a synced folder.

WAL needs shared memory and POSIX locks that network file systems do not honour, and a sync
tool (Syncthing, OneDrive, Dropbox, …) copies the database without its -wal file, mid-write.
Both are detected where possible (the mounted partitions and their file systems, which
psutil reads on Linux, Windows and macOS alike; marker folders and names up the path
everywhere) and the plan is refused for live use, with the reason.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from app.planfile.errors import OnSyncedFolder

NETWORK_FILE_SYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "sshfs", "fuse.sshfs", "afpfs", "9p", "davfs",
    "fuse.davfs2", "fuse.rclone", "ncpfs", "glusterfs", "fuse.glusterfs", "ceph", "lustre",
    "webdav"})
#: Files or folders a sync tool keeps in the root of what it syncs.
SYNC_MARKERS = {".stfolder": "Syncthing", ".dropbox": "Dropbox", ".dropbox.cache": "Dropbox",
                ".sync": "Resilio Sync", ".tresorit": "Tresorit"}
#: Folder names that sync clients create by default.
SYNC_FOLDER_NAMES = {"dropbox": "Dropbox", "onedrive": "OneDrive", "icloud drive": "iCloud",
                     "icloud~com~apple~clouddocs": "iCloud", "google drive": "Google Drive",
                     "mydrive": "Google Drive", "nextcloud": "Nextcloud",
                     "owncloud": "ownCloud", "pcloud drive": "pCloud", "seafile": "Seafile"}


class Mount(NamedTuple):
    """One mounted file system: where it is mounted, its type, its options."""

    point: str
    kind: str
    opts: str = ""


def mounts() -> list[Mount]:
    """Every mounted file system (psutil; on Windows a network drive says "remote" in its
    options), or none when the system will not tell."""
    import psutil  # here: only a live open asks (≈35 ms and 2 MB a CLI command is spared)

    try:
        return [Mount(p.mountpoint, p.fstype, p.opts) for p in psutil.disk_partitions(all=True)]
    except (OSError, RuntimeError):
        return []


def mount_of(path: Path, mounted: Sequence[Mount] | None = None) -> Mount | None:
    """The mount holding `path` (the deepest mount point above it), or None when unknown."""
    target = os.path.normcase(path.resolve())  # Windows: a drive letter in either case
    best: Mount | None = None
    for mount in mounts() if mounted is None else mounted:
        point = os.path.normcase(mount.point)
        inside = target == point or target.startswith(point.rstrip(os.sep) + os.sep)
        if inside and (best is None or len(mount.point) >= len(best.point)):
            best = mount
    return best


def mount_type(path: Path, mounted: Sequence[Mount] | None = None) -> str | None:
    """The file system type of the mount holding `path`, or None when unknown."""
    mount = mount_of(path, mounted)
    return mount.kind if mount is not None else None


def network_reason(folder: Path, mounted: Sequence[Mount] | None = None) -> str | None:
    """Why `folder` is on a network file system, or None when it is not (as far as known)."""
    if folder.drive.startswith(("\\\\", "//")):  # a Windows share: \\server\share
        return f"the folder is on a network share ({folder.drive})"
    mount = mount_of(folder, mounted)
    if mount is None:
        return None
    kind = mount.kind.lower()
    if kind in NETWORK_FILE_SYSTEMS or kind.startswith(("nfs", "cifs", "smb")):
        return f"the folder is on a network file system ({mount.kind})"
    if "remote" in mount.opts.split(","):  # Windows: a mapped network drive
        return f"the folder is on a network drive ({mount.point})"
    return None


def unsafe_location_reason(path: Path, mounted: Sequence[Mount] | None = None) -> str | None:
    """Why `path` must not hold a live plan, or None when it may (`mounted`: the mounts to
    look in, default the system's)."""
    folder = path.resolve().parent
    network = network_reason(folder, mounted)
    if network is not None:
        return network
    for env in ("OneDrive", "OneDriveCommercial", "OneDriveConsumer"):
        root = os.environ.get(env)
        if root and (folder == Path(root) or Path(root) in folder.parents):
            return "the folder is kept in step by OneDrive"
    for candidate in (folder, *folder.parents):
        for marker, marker_tool in SYNC_MARKERS.items():
            if (candidate / marker).exists():
                return f"the folder is kept in step by {marker_tool}"
        tool = SYNC_FOLDER_NAMES.get(candidate.name.lower())
        if tool is None and candidate.name.lower().startswith("onedrive"):
            tool = "OneDrive"
        if tool is not None:
            return f"the folder is kept in step by {tool} ({candidate})"
    return None


def refuse_unsafe_location(path: Path) -> None:
    """OnSyncedFolder when the plan's folder is networked or synced (see the module doc)."""
    reason = unsafe_location_reason(path)
    if reason is not None:
        raise OnSyncedFolder(str(path), reason)
