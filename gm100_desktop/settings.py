"""User settings, declared once with their types and defaults, stored as JSON in the data folder."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from gm100_desktop import paths

log = logging.getLogger(__name__)


@dataclass
class Settings:
    language: str = ""  # "" follows the system locale; otherwise "id" or "en"
    last_export_dir: str = ""
    window_geometry: str = ""  # base64 of QWidget.saveGeometry(), kept opaque here
    workspace: str = "assessor"  # the workspace shown at start: "assessor" or "chair"
    first_run_done: bool = False  # the first-run assistant was finished once


def load_settings(path: Path | None = None) -> Settings:
    """Read the settings; a missing or unreadable file gives the defaults (and a log line), never an error."""
    path = path or paths.settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        log.warning("ignoring unreadable settings %s: %s", path, exc)
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    defaults = asdict(Settings())
    kept = {k: v for k, v in raw.items() if k in defaults and type(v) is type(defaults[k])}
    return Settings(**kept)


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write atomically: a crash leaves either the old or the new file, never half of one."""
    path = path or paths.settings_path()
    tmp = path.with_suffix(".json.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(asdict(settings), fh, indent=2, sort_keys=True)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
