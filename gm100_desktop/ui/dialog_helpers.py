"""Small helpers shared by windows and dialogs: wait cursor, growing to fit, section titles, row tables."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QTableWidget,
    QWidget,
)


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


def section_title(parent: QWidget | None = None) -> QLabel:
    """A bold, slightly larger label heading a part of a window (its text and buddy are set by the caller)."""
    title = QLabel(parent)
    title.setObjectName("sectionTitle")
    font = QFont(title.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    title.setFont(font)
    return title


def row_table(columns: int, parent: QWidget | None = None) -> QTableWidget:
    """A read-only table of whole rows, one selectable at a time, columns sized to their content."""
    table = QTableWidget(0, columns, parent)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table
