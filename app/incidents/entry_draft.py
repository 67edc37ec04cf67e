"""The unsent line of the incident log, kept on disk so nothing typed is ever lost.

One small text file per plan in the user's configuration folder, rewritten atomically
(temporary file, fsync, os.replace) so a crash mid-write leaves the previous draft whole.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from app import paths
from app.planfile import atomic


def draft_path(plan_id: str, folder: Path | None = None) -> Path:
    """Where the draft line of this plan lives: `<config>/drafts/<plan-id>.txt`."""
    return (folder or paths.config_dir() / "drafts") / f"{plan_id}.txt"


class EntryDraft:
    """Reads, writes and clears the draft line of one plan."""

    def __init__(self, plan_id: str, folder: Path | None = None) -> None:
        self.path = draft_path(plan_id, folder)

    def load(self) -> str:
        """The saved draft ('' when there is none or it cannot be read)."""
        try:
            return self.path.read_text(encoding="utf-8")
        except (FileNotFoundError, UnicodeDecodeError, OSError):
            return ""

    def save(self, text: str) -> None:
        """Keep `text` as the draft (an empty text removes the draft)."""
        if not text:
            self.clear()
            return
        atomic.private_folder(self.path.parent)  # the config folder and drafts/: 0700
        atomic.write_bytes(self.path, text.encode("utf-8"))  # 0600: it may hold names

    def clear(self) -> None:
        """Forget the draft (after its entry was committed)."""
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
