"""Where GM100 Assessor keeps its files: one data folder (GM100_DATA_DIR overrides platformdirs)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_DIR_NAME = "GM100Assessor"
STORE_FILE = "gm100.sqlite3"


def data_dir() -> Path:
    """The folder holding the store, backups, settings and logs; created on first use."""
    override = os.environ.get("GM100_DATA_DIR")
    base = Path(override) if override else Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))
    base.mkdir(parents=True, exist_ok=True)
    return base


def store_path() -> Path:
    return data_dir() / STORE_FILE


def backups_dir() -> Path:
    return data_dir() / "backups"


def log_dir() -> Path:
    override = os.environ.get("GM100_DATA_DIR")
    base = (
        Path(override) / "logs"
        if override
        else Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False))
    )
    base.mkdir(parents=True, exist_ok=True)
    return base


def settings_path() -> Path:
    return data_dir() / "settings.json"


def resources_dir() -> Path:
    """The `resources/` folder: beside the package in a checkout, inside the bundle when frozen."""
    override = os.environ.get("GM100_RESOURCES_DIR")
    if override:
        return Path(override)
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
