"""Shared fixtures: every test runs headless, on plans in its own tmp_path, never touching
the developer's data folders, device id or keyring."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Passphrase slots written by tests cost scrypt's lowest accepted n (16 MiB, ~40 ms) instead
# of the production 2**17; the app itself never sets this (app/keys/key_file.py: SCRYPT_N_ENV).
os.environ.setdefault("CRISISCELL_TEST_SCRYPT_N", str(2**14))

from app.keys.key_file import copy_plan  # noqa: E402
from app.plan import Plan  # noqa: E402
from tests.memory_keyring import MemoryKeyring  # noqa: E402

#: One in-memory keyring for the whole session (plans made by session- or module-scoped
#: fixtures keep their keys); every plan has its own id, so tests do not see each other's.
SESSION_KEYRING = MemoryKeyring()
keyring.set_keyring(SESSION_KEYRING)  # before any fixture: never the developer's keyring


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """The in-memory keyring, put back for each test (a test may install another backend)."""
    keyring.set_keyring(SESSION_KEYRING)
    yield SESSION_KEYRING
    keyring.set_keyring(SESSION_KEYRING)


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
                       ) -> Path:
    """Point every user folder at a fresh temporary folder, and fix this laptop's id."""
    home = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("CRISISCELL_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("CRISISCELL_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("CRISISCELL_DEVICE_ID", "0190test-0000-7000-8000-laptop000001")
    monkeypatch.delenv("CRISISCELL_PLAN", raising=False)
    return home


@pytest.fixture
def plan(tmp_path: Path) -> Iterator[Plan]:
    """A new, empty plan (organisation "Conserverie Test", French)."""
    opened = Plan.create(tmp_path / "plan.crisiscell", organisation="Conserverie Test",
                         owner="Hélène Martin")
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def demo_plan_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The French demo plan, written once per session; copy it before writing to it."""
    from app.exchange.demo_plan import create_demo_plan

    os.environ.setdefault("CRISISCELL_DEVICE_ID", "0190test-0000-7000-8000-laptop000001")
    path = tmp_path_factory.mktemp("demo") / "demo.crisiscell"
    create_demo_plan(path, device_id="0190test-0000-7000-8000-laptop000001").close()
    return path


@pytest.fixture
def demo_plan(demo_plan_file: Path, tmp_path: Path) -> Iterator[Plan]:
    """A private copy of the demo plan, open."""

    copy = tmp_path / "demo.crisiscell"
    copy_plan(demo_plan_file, copy)
    opened = Plan.open(copy)
    yield opened
    opened.close()
