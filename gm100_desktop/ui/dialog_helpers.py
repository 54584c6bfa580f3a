"""Small helpers shared by the dialogs: a wait cursor around short work, and growing to fit changed texts."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget


@contextmanager
def busy_cursor() -> Iterator[None]:
    """A wait cursor around short work done on the GUI thread (unlocking, signing, writing a file)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def grow_to_fit(dialog: QWidget) -> None:
    """Make a dialog tall enough for texts that changed (wrapped labels); it never gets narrower.

    Done again once pending layout requests are processed: nested layouts settle their sizes only then.
    """

    def grow() -> None:
        layout = dialog.layout()
        if layout is None:
            return
        layout.activate()
        width = dialog.width()
        needed = (
            layout.totalHeightForWidth(width)
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        if needed > dialog.height():
            dialog.resize(width, needed)

    grow()
    QTimer.singleShot(0, dialog, grow)
