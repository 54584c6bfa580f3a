"""Shared set-up for the merge window tests: the demo's signed files, a window, waiting for a merge run."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from gm100_desktop.domain.bundle import build_bundle, read_bundle
from gm100_desktop.domain.minisign import SecretKey
from gm100_desktop.services.demo_files import DemoSummary
from gm100_desktop.ui.merge_window import MergeWindow

RUN_TIMEOUT_MS = 30000


def new_merge_window(qtbot: QtBot) -> MergeWindow:
    """A merge window that closes without asking about unsaved changes."""
    window = MergeWindow("en")
    qtbot.addWidget(window)
    window.confirm_discard = lambda: True
    return window


def run(qtbot: QtBot, window: MergeWindow, start: Callable[[], bool]) -> None:
    """Start a merge run and wait until it has ended, whatever its end."""
    with qtbot.waitSignal(window.model.finished, timeout=RUN_TIMEOUT_MS):
        assert start()


def open_demo(qtbot: QtBot, window: MergeWindow, demo: DemoSummary, *, bundles: bool = True) -> None:
    run(qtbot, window, lambda: window.new_from_package(demo.event_file))
    if bundles:
        run(qtbot, window, lambda: window.add_paths([demo.folder / "bundles"]))


def report(window: MergeWindow) -> dict[str, Any]:
    assert window.model.outcome is not None
    return window.model.outcome.report


def states(window: MergeWindow) -> dict[str, str]:
    """File name -> state, as the inputs table shows them."""
    model = window.inputs.model
    return {str(row["name"]): str(row["state"]) for row in model.rows}


def shown(window: MergeWindow, row: int, column: int) -> str:
    """The text of one cell of the inputs table."""
    model = window.inputs.model
    return str(model.data(model.index(row, column)))


def resign(source: Path, target: Path, *, sequence: int) -> SecretKey:
    """The bundle's content signed with a new key (a new laptop): the roster does not hold that key."""
    bundle = read_bundle(source.read_bytes(), source.name)
    key = SecretKey.generate()
    public = key.public_key()
    content = dataclasses.replace(
        bundle.content, key_id=public.key_id_hex, public_key=public.to_base64(), sequence=sequence
    )
    target.write_bytes(build_bundle(content, key))
    return key


def flip_byte(source: Path, target: Path) -> None:
    data = bytearray(source.read_bytes())
    data[len(data) // 2] ^= 0x01
    target.write_bytes(bytes(data))
