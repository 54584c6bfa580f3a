"""The chair's draft held for the workspace: every change is applied, saved at once, checked and announced."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from gm100_desktop.domain.event_draft import EventDraft
from gm100_desktop.errors import DraftDamagedError, GM100Error
from gm100_desktop.services import event_draft as drafts
from gm100_desktop.ui.errors import show_error

T = TypeVar("T")
ChooseOpenFile = Callable[[QWidget, str, str], Path | None]  # parent, title, name filter -> file or None
ChooseSaveFile = Callable[[QWidget, str, str, str], Path | None]  # parent, title, suggested, filter


def open_file_dialog(parent: QWidget, title: str, name_filter: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, "", name_filter)
    return Path(name) if name else None


def save_file_dialog(parent: QWidget, title: str, suggested: str, name_filter: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, name_filter)
    return Path(name) if name else None


class ChairSession(QObject):
    """Owns the `EventDraft`; `changed` follows every saved change, with `check()` already up to date."""

    changed = Signal()

    def __init__(self, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path or drafts.draft_path()
        self.load_error: GM100Error | None = None
        try:
            self.draft = drafts.load_draft(self.path)
        except DraftDamagedError as exc:  # kept aside by load_draft; the chair is told
            self.load_error = exc
            self.draft = drafts.new_draft()
        self._check = drafts.check(self.draft)

    def check(self) -> drafts.DraftCheck:
        return self._check

    def apply(self, change: Callable[[EventDraft], T]) -> T:
        """Run `change` on the draft, then save and re-check it; a `GM100Error` leaves the draft as it was."""
        result = change(self.draft)
        self.commit()
        return result

    def commit(self) -> None:
        drafts.save_draft(self.draft, self.path)
        self._check = drafts.check(self.draft)
        self.changed.emit()

    def run(self, parent: QWidget, change: Callable[[EventDraft], T]) -> T | None:
        """`apply`, showing any refusal to the chair; None when refused."""
        try:
            return self.apply(change)
        except GM100Error as exc:
            show_error(parent, exc)
            return None
