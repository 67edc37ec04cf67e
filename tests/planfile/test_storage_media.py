"""Where the plan lives: a full disk, read-only media, network and synced folders.

The full disk and the read-only medium are real: a small tmpfs mounted for the test (skipped
where this process may not mount one)."""

from __future__ import annotations

import hashlib
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.plan import Plan
from app.planfile.errors import OnSyncedFolder
from app.planfile.location import Mount, mount_of, mount_type, unsafe_location_reason
from db.errors import DiskFull, PlanReadOnly, StorageError
from tests.plan_support import mounted_tmpfs


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MiB tmpfs: room for a plan and a few dozen entries."""
    with mounted_tmpfs(tmp_path / "disk", "1m") as point:
        yield point


def test_a_full_disk(small_disk: Path) -> None:
    path = small_disk / "plan.crisiscell"
    plan = Plan.create(path, organisation="Maréval")
    incident = plan.incidents.open("Saturation", author="Hélène")
    saved: list[str] = []
    with pytest.raises(DiskFull) as caught:
        for n in range(10_000):  # bounded: the disk is 1 MiB
            saved.append(plan.journal.append(incident.id, f"Entrée {n} " + "x" * 2000,
                                             author="Hélène").id)
    assert caught.value.code == "disk_full"
    refused_text = f"Entrée {len(saved)} "
    plan.close()
    with Plan.open(path) as reopened:
        entries = reopened.journal.entries(incident.id)
        assert [e.id for e in entries][1:] == saved  # every earlier commit, nothing more
        assert not any(e.text.startswith(refused_text) for e in entries)
        assert reopened.journal.verify().ok
        assert reopened.integrity_problems() == []


def test_read_only_media(small_disk: Path) -> None:
    path = small_disk / "plan.crisiscell"
    with Plan.create(path, organisation="Maréval") as plan:
        incident_id = plan.incidents.open("Exercice", author="Hélène").id
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    digest = sha256(path)
    with Plan.open(path) as plan:  # reading works: the plan can still be consulted
        assert plan.info.get().organisation == "Maréval"
        with pytest.raises(StorageError) as caught:
            plan.journal.append(incident_id, "Impossible ici", author="Hélène")
        assert isinstance(caught.value, PlanReadOnly)
    assert sha256(path) == digest
    with Plan.open(path, live=True) as plan:  # the window opens it to consult it…
        assert isinstance(plan.backup_problem, PlanReadOnly)  # …and says why no backup
    assert sha256(path) == digest


@pytest.mark.parametrize("marker", [".stfolder", ".dropbox"])
def test_a_synced_folder_is_refused_for_live_use(tmp_path: Path, marker: str) -> None:
    synced = tmp_path / "partage"
    (synced / "crise").mkdir(parents=True)
    (synced / marker).mkdir()
    path = synced / "crise" / "plan.crisiscell"
    Plan.create(path, organisation="Maréval").close()
    digest = sha256(path)
    with pytest.raises(OnSyncedFolder) as caught:
        Plan.open(path, live=True)
    assert caught.value.code == "on_synced_folder"
    assert ("Syncthing" if marker == ".stfolder" else "Dropbox") in caught.value.detail
    assert sha256(path) == digest
    assert not (path.parent / "backups").exists()
    Plan.open(path).close()  # a one-shot read (the CLI) is still allowed


@pytest.mark.parametrize("name", ["OneDrive - Maréval", "Dropbox", "Nextcloud"])
def test_sync_client_folders_by_name(tmp_path: Path, name: str) -> None:
    folder = tmp_path / name / "plans"
    folder.mkdir(parents=True)
    reason = unsafe_location_reason(folder / "plan.crisiscell")
    assert reason is not None and "kept in step" in reason


def test_a_network_file_system_is_named() -> None:
    mounts = [Mount("/proc", "proc", "rw"), Mount("/", "ext4", "rw"),
              Mount("/mnt/crise", "nfs4", "rw")]
    assert mount_type(Path("/mnt/crise/plan.crisiscell"), mounts) == "nfs4"
    assert mount_type(Path("/home/plan.crisiscell"), mounts) == "ext4"
    reason = unsafe_location_reason(Path("/mnt/crise/plan.crisiscell"), mounts)
    assert reason == "the folder is on a network file system (nfs4)"
    assert unsafe_location_reason(Path("/home/plan.crisiscell"), mounts) is None


def test_a_network_drive_is_named_by_its_options() -> None:
    """Windows says "remote" in a mapped network drive's options (its type is NTFS)."""
    mounts = [Mount("/", "NTFS", "rw,fixed"), Mount("/partage", "NTFS", "rw,remote")]
    reason = unsafe_location_reason(Path("/partage/crise/plan.crisiscell"), mounts)
    assert reason == "the folder is on a network drive (/partage)"


def test_the_systems_own_mounts_are_read(tmp_path: Path) -> None:
    """psutil's partitions, not a file we hand it: a tmpfs mounted now is seen at once."""
    with mounted_tmpfs(tmp_path / "disk", "1m") as point:
        assert mount_type(point / "plan.crisiscell") == "tmpfs"
        found = mount_of(point / "plan.crisiscell")
        assert found is not None and Path(found.point) == point.resolve()
    assert mount_type(point / "plan.crisiscell") != "tmpfs"


def test_a_local_folder_is_fine(tmp_path: Path) -> None:
    assert unsafe_location_reason(tmp_path / "plan.crisiscell") is None
