"""Where things live on this computer: platformdirs, each overridable by an environment variable."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "CrisisCell"
APP_AUTHOR = "CrisisCell"


def data_dir() -> Path:
    """The user data folder (`CRISISCELL_DATA_DIR` overrides it)."""
    override = os.environ.get("CRISISCELL_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def log_dir() -> Path:
    """Where our logs go (SQLCipher's own among them): `logs/` in the data folder."""
    return data_dir() / "logs"


def config_dir() -> Path:
    """The user configuration folder (`CRISISCELL_CONFIG_DIR` overrides it)."""
    override = os.environ.get("CRISISCELL_CONFIG_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def default_plan_path() -> Path:
    """The plan opened when none is named: `CRISISCELL_PLAN`, else `plan.crisiscell` in data_dir."""
    override = os.environ.get("CRISISCELL_PLAN")
    return Path(override) if override else data_dir() / "plan.crisiscell"
