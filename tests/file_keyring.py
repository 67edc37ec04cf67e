"""A keyring backend two processes can share, for tests that kill a child mid-operation.

Test-only: a JSON file named by CRISISCELL_TEST_KEYRING (the in-memory keyring of the other
tests is invisible to a child process). Never used by the app itself.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

ENV = "CRISISCELL_TEST_KEYRING"


class SharedFileKeyring(KeyringBackend):
    """Secrets in a JSON file shared with child processes (rewritten atomically)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self, path: str | Path | None = None) -> None:
        super().__init__()
        self.path = Path(path or os.environ[ENV])

    def _load(self) -> dict[str, str]:
        return json.loads(self.path.read_text()) if self.path.exists() else {}

    def _save(self, data: dict[str, str]) -> None:
        temp = self.path.with_name(self.path.name + ".tmp")
        with open(temp, "w") as handle:
            json.dump(data, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, self.path)

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}|{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}|{username}"] = password
        self._save(data)

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if data.pop(f"{service}|{username}", None) is None:
            raise PasswordDeleteError("no such entry")
        self._save(data)
