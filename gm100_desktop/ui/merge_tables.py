"""Read-only tables over the merge report's lists: one model for rows of plain data, state colours, and the
report's English reasons in the interface language."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from gm100_desktop.i18n import Message
from gm100_desktop.services.merge import ReportPath
from gm100_desktop.ui.errors import translated
from gm100_desktop.ui.language import number_locale

Index = QModelIndex | QPersistentModelIndex
Row = Mapping[str, Any]
Messages = Mapping[ReportPath, Message]  # MergeOutcome.messages

# Light backgrounds with black text, readable in any theme; every state also has a word or letter.
STATE_COLORS = {
    "accepted": "#d7f0d2",
    "finalised": "#d7f0d2",
    "superseded": "#e4e4e4",
    "duplicate": "#e4e4e4",
    "conflict": "#e4e4e4",
    "late": "#fbe7b5",
    "in_progress": "#fbe7b5",
    "quarantined": "#fbe7b5",
    "refused": "#f6cfcb",
    "missing": "#f6cfcb",
}


@dataclass(frozen=True)
class Column:
    """A column: its header (already translated) and how a row gives its text; optional tooltip and state."""

    header: str
    text: Callable[[Row], str]
    tooltip: Callable[[Row], str] | None = None
    state: Callable[[Row], str] | None = None  # a key of STATE_COLORS for the cell's background
    align_right: bool = False


class RowsModel(QAbstractTableModel):
    """Rows of plain data (dictionaries of the report) shown through `Column`s; bold rows where asked."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns: list[Column] = []
        self.rows: list[Row] = []
        self.bold: Callable[[Row], bool] = lambda _row: False
        self.row_header: Callable[[Row], str] | None = None

    def set_rows(self, columns: Sequence[Column], rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self.columns, self.rows = list(columns), list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header if section < len(self.columns) else None
        if self.row_header is not None and section < len(self.rows):
            return self.row_header(self.rows[section])
        return str(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip else None
        if role == Qt.ItemDataRole.BackgroundRole and column.state is not None:
            color = STATE_COLORS.get(column.state(row))
            return QBrush(QColor(color)) if color else None
        if role == Qt.ItemDataRole.ForegroundRole and column.state is not None:
            return QBrush(QColor("black")) if column.state(row) in STATE_COLORS else None
        if role == Qt.ItemDataRole.FontRole and self.bold(row):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def rows_table(model: QAbstractTableModel, parent: QWidget | None = None) -> QTableView:
    """A read-only table of whole rows, one selectable at a time, sized to its content."""
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    return table


def number(value: object, language: str, decimals: int = 2) -> str:
    """A report number in the interface language's notation; a dash for none."""
    if value is None or isinstance(value, bool) or not isinstance(value, int | float):
        return "–"
    return number_locale(language).toString(float(value), "f", decimals)


def codes(values: Sequence[str]) -> str:
    return ", ".join(values) if values else "–"


def core_text(messages: Messages, path: ReportPath, english: object) -> str:
    """The report's English text at `path`, translated when the merge gave its message.

    The message is used only when it gives that very English text, so a stale message never shows.
    """
    text = "" if english is None else str(english)
    found = messages.get(path)
    if found is None or found.text != text:
        return text
    return translated(found)
