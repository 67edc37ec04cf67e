"""Where a plan may live for live use: not on a network file system, not in a synced folder.

WAL needs shared memory and POSIX locks that network file systems do not honour, and a sync
tool (Syncthing, OneDrive, Dropbox, …) copies the database without its -wal file, mid-write.
Both are detected where possible (the mount table on Linux, marker folders and names up the
path everywhere) and the plan is refused for live use, with the reason.
"""

from __future__ import annotations

import os
from pathlib import Path

from app.planfile.errors import OnSyncedFolder

NETWORK_FILE_SYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "sshfs", "fuse.sshfs", "afpfs", "9p", "davfs",
    "fuse.davfs2", "fuse.rclone", "ncpfs", "glusterfs", "fuse.glusterfs", "ceph", "lustre"})
#: Files or folders a sync tool keeps in the root of what it syncs.
SYNC_MARKERS = {".stfolder": "Syncthing", ".dropbox": "Dropbox", ".dropbox.cache": "Dropbox",
                ".sync": "Resilio Sync", ".tresorit": "Tresorit"}
#: Folder names that sync clients create by default.
SYNC_FOLDER_NAMES = {"dropbox": "Dropbox", "onedrive": "OneDrive", "icloud drive": "iCloud",
                     "icloud~com~apple~clouddocs": "iCloud", "google drive": "Google Drive",
                     "mydrive": "Google Drive", "nextcloud": "Nextcloud",
                     "owncloud": "ownCloud", "pcloud drive": "pCloud", "seafile": "Seafile"}


def mount_type(path: Path, mounts_file: str = "/proc/self/mounts") -> str | None:
    """The file system type of the mount holding `path` (Linux), or None when unknown."""
    try:
        lines = Path(mounts_file).read_text().splitlines()
    except OSError:
        return None
    target = str(path.resolve())
    best, best_type = "", None
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, best_type = point, parts[2]
    return best_type


def unsafe_location_reason(path: Path) -> str | None:
    """Why `path` must not hold a live plan, or None when it may."""
    folder = path.resolve().parent
    kind = mount_type(folder)
    if kind is not None and (kind in NETWORK_FILE_SYSTEMS or kind.startswith(("nfs", "cifs"))):
        return f"the folder is on a network file system ({kind})"
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
