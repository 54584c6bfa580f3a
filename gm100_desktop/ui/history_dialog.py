"""The change history of a region (or of all regions): when, what, old → new, and why."""

from __future__ import annotations

from datetime import UTC
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gm100_desktop.domain.rubric import Rubric
from gm100_desktop.services.scoring import HistoryEntry
from gm100_desktop.ui.controller import ScoringController

TIME, CRITERION, WHAT, CHANGE, REASON = range(5)
_Index = QModelIndex | QPersistentModelIndex
_MAX_SHOWN = 60  # long notes are cut in the cell; the tooltip has them whole


class HistoryModel(QAbstractTableModel):
    def __init__(
        self, entries: list[HistoryEntry], rubric: Rubric, language: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._entries = entries
        self._rubric = rubric
        self._language = language

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Time"),
            self.tr("Criterion"),
            self.tr("What"),
            self.tr("Old → new"),
            self.tr("Reason"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = self.text(entry, index.column())
            return text if len(text) <= _MAX_SHOWN else text[: _MAX_SHOWN - 1] + "…"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.text(entry, index.column())
        return None

    def entry(self, row: int) -> HistoryEntry:
        return self._entries[row]

    def text(self, entry: HistoryEntry, column: int) -> str:
        """The full text of one cell."""
        if column == TIME:
            return entry.at.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M:%S")
        if column == CRITERION:
            if entry.criterion_id is None:
                return self.tr("(whole region)")
            criterion = self._rubric.criterion(entry.criterion_id)
            label = criterion.label(self._language) if criterion else ""
            return f"{entry.criterion_id} {label}".strip()
        if column == WHAT:
            return self._kind(entry.kind)
        if column == CHANGE:
            return f"{self._value(entry, entry.old)} → {self._value(entry, entry.new)}"
        return self._reason(entry.reason)

    def _kind(self, kind: str) -> str:
        return {
            "score": self.tr("Score"),
            "note": self.tr("Note"),
            "region_note": self.tr("Region note"),
            "finalise": self.tr("Finalised"),
            "reopen": self.tr("Reopened"),
        }.get(kind, kind)

    def _value(self, entry: HistoryEntry, value: str | None) -> str:
        if value is None or value == "":
            return self.tr("(empty)")
        if entry.kind in ("finalise", "reopen"):
            return {
                "not_started": self.tr("not started"),
                "in_progress": self.tr("in progress"),
                "finalised": self.tr("finalised"),
            }.get(value, value)
        return value

    def _reason(self, reason: str) -> str:
        if reason == "undo":
            return self.tr("Undo")
        if reason == "redo":
            return self.tr("Redo")
        return reason


class HistoryDialog(QDialog):
    """Read-only table of the history, newest last (the order it happened)."""

    def __init__(
        self, controller: ScoringController, code: str | None, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        context = controller.context
        self.model = HistoryModel(controller.history(code), context.rubric, language, self)
        if code is not None:
            region = context.regions[code]
            title = self.tr("History of {code} {name}").format(code=code, name=region.name)
        else:
            title = self.tr("History of all regions")
        self.setWindowTitle(title)

        heading = QLabel(title)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        heading.setFont(font)
        summary = QLabel(
            self.tr("Changes: {count}. Every change is kept, including undo, redo and reopening.").format(
                count=self.model.rowCount()
            )
            if self.model.rowCount()
            else self.tr("Nothing has been changed yet.")
        )
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CHANGE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Cells are cut short; the selected change is shown whole here (tooltips need a mouse).
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.view.selectionModel().currentRowChanged.connect(self._show_detail)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        # Qt ships no Indonesian translation of its standard buttons
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.detail)
        layout.addWidget(buttons)
        self.resize(1040, 520)
        if self.model.rowCount():
            self.view.scrollToBottom()
            self.view.setCurrentIndex(self.model.index(self.model.rowCount() - 1, 0))
        self.view.setFocus()

    def _show_detail(self, index: QModelIndex) -> None:
        if not index.isValid():
            self.detail.clear()
            return
        entry = self.model.entry(index.row())
        lines = [" · ".join(self.model.text(entry, c) for c in (TIME, CRITERION, WHAT))]
        lines.append(self.model.text(entry, CHANGE))
        reason = self.model.text(entry, REASON)
        if reason:
            lines.append(self.tr("Reason: {reason}").format(reason=reason))
        self.detail.setText("\n".join(lines))
