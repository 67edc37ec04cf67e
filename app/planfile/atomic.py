"""The one owner of the files we write: atomic, owner-only, and never onto a plan's own files.

Every writer goes through `replacing_file` (or `write_bytes` for a small payload): a fresh
temporary file beside the target, created 0600 whatever the umask (SQLite, reportlab and
`shutil.copyfile` keep the mode of a file that already exists), held under an OS lock while
it is written, fsynced, renamed (or linked, never over an existing file) into place, and the
folder fsynced. OS errors become DiskFull (ENOSPC), DiskError (EIO), PlanCannotOpen
(ENOENT) or PlanReadOnly (EROFS, EACCES, …): `storage_error`.

Before a byte is written, `refuse_plan_output` checks the target is not a plan, one of its
companions (`-wal`, `-shm`, `.keys`, `.lock`, `.writers`), one of its backups, or a symbolic
or hard link to any of them (seen: `print contacts -o p.crisiscell` replaced the plan by a
PDF, `print card -o p.crisiscell.keys` destroyed the key file).

Leftovers: a temporary file is named `.<target>.<random>.<tag>`; a process killed midway
leaves it (0600, so unreadable by others), and `sweep` — run by the next write of the same
kind in that folder — removes every such file whose writer no longer holds its lock.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

from app.planfile import companions
from app.planfile.errors import OutputIsPlan
from db.errors import DiskError, DiskFull, PlanCannotOpen, PlanReadOnly, StorageError

FILE_MODE = 0o600
FOLDER_MODE = 0o700
#: What the process creates when a library (SQLite, reportlab) makes a file we did not.
OWNER_ONLY_UMASK = 0o077
#: The files SQLite keeps beside a database it writes (our temporary ones included).
_SQLITE_SIDES = ("-journal", companions.WAL, companions.SHM)

_WHAT = {
    companions.WAL: "its write-ahead log",
    companions.SHM: "its write-ahead log's index (-shm)",
    companions.KEYS: "its key file",
    companions.LOCK: "its instance lock",
    companions.WRITERS: "its writers lock",
}
#: The code of each (OutputIsPlan.what), for the window's own words.
_CODE = {"the plan": "plan", "a backup of it": "backup", _WHAT[companions.WAL]: "wal",
         _WHAT[companions.SHM]: "shm", _WHAT[companions.KEYS]: "keys",
         _WHAT[companions.LOCK]: "lock", _WHAT[companions.WRITERS]: "writers"}


def _refused(target: Path, what: str, *, link: bool = False) -> OutputIsPlan:
    return OutputIsPlan(str(target), f"a link to {what}" if link else what,
                        what=_CODE.get(what, "other_plan"), link=link)


def owner_only_umask() -> int:
    """Make what this process creates owner-only (entry points call it); the old umask."""
    return os.umask(OWNER_ONLY_UMASK)


# --- the guard ------------------------------------------------------------------------------

def backup_name_pattern(plan_path: str | Path) -> re.Pattern[str]:
    """The names backups of `plan_path` take: `<stem>-<UTC stamp>-<reason><suffix>`."""
    plan_path = Path(plan_path)
    stem, suffix = plan_path.stem, plan_path.suffix or ".db"
    return re.compile(
        rf"\A{re.escape(stem)}-(\d{{8}}T\d{{12}}Z)-([a-z]+){re.escape(suffix)}\Z")


def backup_folders(plan_path: str | Path, second_folder: str | Path | None = None) -> list[Path]:
    """Where backups of `plan_path` go: `backups/` beside it, and the second folder if set."""
    from app.planfile.backups import FOLDER_NAME, SECOND_FOLDER_ENV  # the names live with backups

    second = second_folder or os.environ.get(SECOND_FOLDER_ENV) or None
    return [Path(plan_path).parent / FOLDER_NAME] + ([Path(second)] if second else [])


def _plan_files(plan_path: Path) -> list[tuple[Path, str]]:
    """The plan and its companions, with what to call each."""
    return [(plan_path, "the plan"),
            *((companions.companion(plan_path, s), _WHAT[s]) for s in companions.SUFFIXES)]


def _real(path: Path) -> Path:
    """Where `path` leads, following every link, dangling or looping ones too (Path.resolve
    raises on a loop)."""
    return Path(os.path.realpath(path))


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        found = path.stat()
    except OSError:
        return None
    return found.st_dev, found.st_ino


def _is_backup_name(target: Path, plan_path: Path, second_folder: str | Path | None) -> bool:
    """A name a backup of the plan (or its key file) takes, in a backup folder, whether it
    exists yet or not."""
    if not backup_name_pattern(plan_path).match(target.name.removesuffix(companions.KEYS)):
        return False
    return any(target.parent == _real(folder)
               for folder in backup_folders(plan_path, second_folder))


def _is_a_backup(identity: tuple[int, int], plan_path: Path,
                 second_folder: str | Path | None) -> bool:
    """Whether the file with this (st_dev, st_ino) is a backup of the plan or its key file
    (a hard link to one): the folder listing gives each inode without a stat."""
    pattern = backup_name_pattern(plan_path)
    for folder in backup_folders(plan_path, second_folder):
        where = _identity(folder)
        if where is None or where[0] != identity[0]:
            continue  # missing, or another file system: no hard link from there
        with contextlib.suppress(OSError), os.scandir(folder) as entries:
            for entry in entries:
                if (entry.inode() == identity[1]
                        and pattern.match(entry.name.removesuffix(companions.KEYS))):
                    return True
    return False


def refuse_plan_output(target: str | Path, plan_path: str | Path | None = None, *,
                       second_folder: str | Path | None = None,
                       backup: bool = False) -> None:
    """OutputIsPlan when writing `target` would land on a plan's own files.

    With `plan_path`: the plan, its companions, its backups (and their key files), or a
    symbolic or hard link to one of them — a dangling link to a companion not made yet too.
    Whatever the plan: a companion of an existing file beside the target, or a file with a
    key file beside it (another plan). `backup`: the writer is Backups, whose own names
    in the backup folders are its to write.
    """
    target = Path(target)
    resolved = _real(target)
    link = target.is_symlink()
    identity = _identity(target)
    if plan_path is not None:
        plan_path = Path(plan_path)
        for path, what in _plan_files(plan_path):
            if resolved == _real(path):
                raise _refused(target, what, link=link)
            if identity is not None and identity == _identity(path):
                raise _refused(target, what, link=True)
        if not backup:
            if _is_backup_name(resolved, _real(plan_path), second_folder):
                raise _refused(target, "a backup of it", link=link)
            if identity is not None and _is_a_backup(identity, plan_path, second_folder):
                raise _refused(target, "a backup of it", link=True)
    for suffix in companions.SUFFIXES:
        if resolved.name.endswith(suffix) and len(resolved.name) > len(suffix):
            owner = resolved.with_name(resolved.name.removesuffix(suffix))
            if owner.is_file():
                what = _WHAT[suffix].replace("its ", "the ", 1)
                raise _refused(target, f"{what} of the plan {owner}", link=link)
    if resolved.is_file() and companions.companion(resolved, companions.KEYS).is_file():
        raise _refused(target, "a plan (its key file is beside it)", link=link)


def tighten(plan_path: str | Path) -> None:
    """Make a plan's files made by an earlier version (0644 under umask 022) owner-only: the
    plan, its companions, `backups/` and the backups in it. Where it cannot (another owner,
    read-only media) nothing is said: opening does not depend on it."""
    plan_path = Path(plan_path)
    files = [plan_path, *companions.companions(plan_path)]
    folders = backup_folders(plan_path)[:1]
    with contextlib.suppress(OSError):
        files += [p for p in folders[0].iterdir() if p.is_file()]
    for path, mode in [*((f, FILE_MODE) for f in files), *((d, FOLDER_MODE) for d in folders)]:
        with contextlib.suppress(OSError):
            if stat.S_IMODE(path.lstat().st_mode) & ~mode and not path.is_symlink():
                os.chmod(path, stat.S_IMODE(path.stat().st_mode) & mode)


# --- folders and temporary files ------------------------------------------------------------

def private_folder(folder: str | Path) -> Path:
    """Make `folder` (and each missing parent) 0700; an existing one is left as it is."""
    folder = Path(folder)
    missing = []
    probe = folder
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for path in reversed(missing):
        try:
            path.mkdir(mode=FOLDER_MODE)
        except FileExistsError:
            continue
        except OSError as error:
            raise storage_error(error, path) from error
    return folder


#: What an OS error is for the user, by errno; any other refusal (EROFS, EACCES, EPERM, …)
#: is PlanReadOnly: the file or its folder cannot be written.
_BY_ERRNO: dict[int, type[StorageError]] = {
    errno.ENOSPC: DiskFull, errno.EDQUOT: DiskFull,
    errno.EIO: DiskError,
    errno.ENOENT: PlanCannotOpen, errno.ENOTDIR: PlanCannotOpen, errno.EISDIR: PlanCannotOpen,
}


def storage_error(error: OSError, path: str | Path) -> StorageError:
    """The StorageError an OS error on `path` is for the user: a full or failing disk, a
    missing folder, or a refusal (the one errno mapping: every OS error on a plan's files
    goes through it)."""
    kind = _BY_ERRNO.get(error.errno or 0, PlanReadOnly)
    return kind(str(path), error.strerror or str(error))


def _is_temp_of(name: str, tag: str, target_name: str | None) -> bool:
    for side in ("", *_SQLITE_SIDES):
        if name.endswith(f".{tag}{side}"):
            base = name.removesuffix(side)
            if target_name is None:
                return base.startswith(".")
            return base.startswith(f".{target_name}.")
    return False


def sweep(folder: str | Path, tag: str, target_name: str | None = None) -> list[Path]:
    """Remove the temporary files `.<name>.<random>.<tag>` (and SQLite's files beside them)
    that a killed writer left in `folder` (only those of `target_name`, when given). A
    temporary file still locked by a live writer is left to it."""
    removed: list[Path] = []
    try:
        entries = sorted(Path(folder).iterdir())
    except OSError:
        return removed
    for entry in entries:
        if not _is_temp_of(entry.name, tag, target_name):
            continue
        main = next((entry.with_name(entry.name.removesuffix(side)) for side in _SQLITE_SIDES
                     if entry.name.endswith(side)), entry)
        if main.exists() and _held(main):
            continue
        with contextlib.suppress(OSError):
            entry.unlink()
            removed.append(entry)
    return removed


def create_private(path: str | Path) -> Path:
    """Create `path` empty and 0600 (FileExistsError if it exists), for a library (SQLite)
    to fill: it keeps the mode of a file that exists, and gives its -wal and -shm the same."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        if os.name == "posix":
            os.fchmod(fd, FILE_MODE)
    finally:
        os.close(fd)
    return Path(path)


class TempFile:
    """A fresh 0600 file beside its target, locked while this process writes it."""

    def __init__(self, target: Path, tag: str) -> None:
        self.target = target
        self.path = target.with_name(f".{target.name}.{secrets.token_hex(4)}.{tag}")
        try:
            self._fd: int | None = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_EXCL,
                                           FILE_MODE)
        except OSError as error:
            raise storage_error(error, target) from error
        try:
            if os.name == "posix":
                os.fchmod(self._fd, FILE_MODE)  # exactly 0600, whatever the umask took away
            _hold(self._fd)
        except OSError as error:
            self.remove()
            raise storage_error(error, target) from error

    def sync(self) -> None:
        """fsync what was written to the file (by us or by a library through its path)."""
        with open(self.path, "rb+") as handle:
            os.fsync(handle.fileno())

    def remove(self) -> None:
        """Unlock and delete it, with SQLite's files beside it."""
        self.close()
        remove_with_sides(self.path)

    def close(self) -> None:
        """Let go of the lock (the file stays)."""
        if self._fd is not None:
            fd, self._fd = self._fd, None
            os.close(fd)


def remove_with_sides(path: str | Path) -> None:
    """Delete a temporary database and the files SQLite keeps beside it (-journal, -wal,
    -shm), whichever exist."""
    for leftover in (Path(path), *(Path(f"{path}{side}") for side in _SQLITE_SIDES)):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()


def new_temp(target: str | Path, tag: str, *, sweep_folder: bool = False) -> TempFile:
    """A fresh temporary file for `target`, after removing what killed writers left: their
    temporary files of this target (or, `sweep_folder`, of any target in its folder)."""
    target = Path(target)
    sweep(target.parent, tag, None if sweep_folder else target.name)
    return TempFile(target, tag)


@contextlib.contextmanager
def replacing_file(target: str | Path, *, plan: str | Path | None = None,
                   second_folder: str | Path | None = None, tag: str = "tmp",
                   exclusive: bool = False, companion: bool = False, backup: bool = False,
                   sweep_folder: bool = False,
                   step: Callable[[str], None] | None = None) -> Iterator[Path]:
    """Write `target` all or nothing: yields a temporary path to write; on a clean exit it
    is fsynced and renamed over `target` (`exclusive`: linked, PlanAlreadyExists-like
    FileExistsError if `target` appeared), and the folder fsynced. On any error the
    temporary file is removed and `target` is as it was.

    `plan` names the plan whose files `target` must not be (see refuse_plan_output);
    `companion` is for the plan's own machinery writing a companion on purpose (key file).
    """
    target = Path(target)
    if not companion:
        refuse_plan_output(target, plan, second_folder=second_folder, backup=backup)
    temp = new_temp(target, tag, sweep_folder=sweep_folder)
    try:
        yield temp.path
        temp.sync()
        _step(step, "synced")
        if not companion:  # the target may have changed while we wrote
            refuse_plan_output(target, plan, second_folder=second_folder, backup=backup)
        if exclusive:
            os.link(temp.path, target)
        else:
            os.replace(temp.path, target)
        _step(step, "in place")
        sync_folder(target.parent)
    except OSError as error:
        if isinstance(error, FileExistsError) and exclusive:
            raise
        raise storage_error(error, target) from error
    finally:
        temp.remove()


def write_bytes(target: str | Path, payload: bytes, *, plan: str | Path | None = None,
                companion: bool = False, tag: str = "tmp") -> Path:
    """Write `payload` to `target` atomically, 0600 (see replacing_file)."""
    target = Path(target)
    with (replacing_file(target, plan=plan, companion=companion, tag=tag) as temp,
          open(temp, "wb") as handle):
        handle.write(payload)
    return target


def sync_folder(folder: str | Path) -> None:
    """fsync a folder so that a rename in it is durable (no-op where folders cannot be opened)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _step(callback: Callable[[str], None] | None, name: str) -> None:
    if callback is not None:
        callback(name)


if os.name == "nt":  # pragma: no cover - Windows: an open file cannot be deleted there
    def _hold(fd: int) -> None:
        pass

    def _held(path: Path) -> bool:
        return False  # unlink fails on a file another process has open (sweep skips it)
else:
    import fcntl

    def _hold(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _held(path: Path) -> bool:
        """Whether a live writer holds the lock on this temporary file."""
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return True
        finally:
            os.close(fd)  # closing drops the lock we may have taken
        return False


