"""Completeness per panel: regions × assessors, each square coloured and lettered, readable without colour."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gm100_desktop.domain.merge import CONFLICT, FINALISED, IN_PROGRESS, MISSING
from gm100_desktop.ui.merge_tables import STATE_COLORS, Index

CELL_STATES = (FINALISED, IN_PROGRESS, MISSING, CONFLICT)
PAPER_MARK = "*"


class CompletenessModel(QAbstractTableModel):
    """Rows: the panel's regions; columns: its assessors, then whether the region is complete."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.regions: list[str] = []
        self.assessors: list[str] = []
        self.cells: dict[tuple[str, str], Mapping[str, Any]] = {}
        self.names: dict[str, str] = {}
        self.complete: dict[str, bool] = {}

    def set_panel(
        self,
        cells: Sequence[Mapping[str, Any]],
        names: Mapping[str, str],
        complete: Mapping[str, bool],
    ) -> None:
        self.beginResetModel()
        self.regions = list(dict.fromkeys(str(c["region_code"]) for c in cells))
        self.assessors = sorted({str(c["assessor_id"]) for c in cells})
        self.cells = {(str(c["region_code"]), str(c["assessor_id"])): c for c in cells}
        self.names, self.complete = dict(names), dict(complete)
        self.endResetModel()

    def letter(self, state: str) -> str:
        letters = {
            FINALISED: self.tr("F", "completeness: finalised"),
            IN_PROGRESS: self.tr("P", "completeness: in progress"),
            MISSING: self.tr("M", "completeness: missing"),
            CONFLICT: self.tr("C", "completeness: conflict of interest"),
        }
        return letters.get(state, "?")

    def state_text(self, state: str) -> str:
        texts = {
            FINALISED: self.tr("finalised"),
            IN_PROGRESS: self.tr("in progress"),
            MISSING: self.tr("missing"),
            CONFLICT: self.tr("conflict of interest"),
        }
        return texts.get(state, state)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.regions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.assessors) + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.assessors[section] if section < len(self.assessors) else self.tr("Region")
        code = self.regions[section] if section < len(self.regions) else ""
        return f"{code}  {self.names.get(code, '')}".strip()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        code = self.regions[index.row()]
        if index.column() == len(self.assessors):
            return self._region_data(code, role)
        assessor = self.assessors[index.column()]
        cell = self.cells.get((code, assessor))
        state = str(cell["state"]) if cell else ""
        paper = bool(cell and cell["source"] == "paper")
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.letter(state) + (PAPER_MARK if paper else "")) if cell else ""
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            if not cell:
                return self.tr("{assessor} does not sit in this panel for region {region}").format(
                    assessor=assessor, region=code
                )
            text = self.tr("{assessor}, region {region}: {state}").format(
                assessor=assessor, region=code, state=self.state_text(state)
            )
            return text + (" " + self.tr("(typed from a paper sheet)") if paper else "")
        if role == Qt.ItemDataRole.BackgroundRole and cell:
            return QBrush(QColor(STATE_COLORS[state])) if state in STATE_COLORS else None
        if role == Qt.ItemDataRole.ForegroundRole and cell:
            return QBrush(QColor("black"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _region_data(self, code: str, role: int) -> Any:
        complete = self.complete.get(code, False)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.tr("complete") if complete else self.tr("incomplete")
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(STATE_COLORS[FINALISED if complete else IN_PROGRESS]))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("black"))
        return None

    def counts(self) -> dict[str, int]:
        out = dict.fromkeys(CELL_STATES, 0)
        for cell in self.cells.values():
            out[str(cell["state"])] = out.get(str(cell["state"]), 0) + 1
        return out


class CompletenessView(QWidget):
    """A panel chooser, the matrix of the panel chosen, and a legend with the counts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: Mapping[str, Any] = {}
        self.panel_label = QLabel(self)
        self.panel = QComboBox(self)
        self.panel_label.setBuddy(self.panel)
        self.counts = QLabel(self)
        self.counts.setWordWrap(True)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.model = CompletenessModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setMinimumSectionSize(44)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        top = QHBoxLayout()
        top.addWidget(self.panel_label)
        top.addWidget(self.panel)
        top.addWidget(self.counts, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)
        self.panel.currentIndexChanged.connect(lambda _i: self._show_panel())
        self.retranslate()

    def retranslate(self) -> None:
        self.panel_label.setText(self.tr("&Panel:"))
        m = self.model
        self.legend.setText(
            self.tr(
                "{f} finalised · {p} in progress · {m} missing · {c} conflict of interest (does not score) · "
                "{paper} typed from a paper sheet · blank: not seated for that region"
            ).format(
                f=m.letter(FINALISED),
                p=m.letter(IN_PROGRESS),
                m=m.letter(MISSING),
                c=m.letter(CONFLICT),
                paper=PAPER_MARK,
            )
        )
        self._show_panel()

    def set_report(self, report: Mapping[str, Any]) -> None:
        self.report = report
        panels = list(dict.fromkeys(str(c["panel_id"]) for c in report.get("completeness", [])))
        current = self.panel.currentData()
        self.panel.blockSignals(True)
        self.panel.clear()
        for pid in panels:
            self.panel.addItem(pid, pid)
        if current in panels:
            self.panel.setCurrentIndex(panels.index(current))
        self.panel.blockSignals(False)
        self._show_panel()

    def show_panel(self, panel_id: str) -> None:
        index = self.panel.findData(panel_id)
        if index >= 0:
            self.panel.setCurrentIndex(index)

    def _show_panel(self) -> None:
        pid = self.panel.currentData()
        cells = [c for c in self.report.get("completeness", []) if c["panel_id"] == pid]
        regions = self.report.get("regions", [])
        self.model.set_panel(
            cells,
            {str(g["region_code"]): str(g["name"]) for g in regions},
            {str(g["region_code"]): bool(g["complete"]) for g in regions},
        )
        counts = self.model.counts()
        self.counts.setText(
            self.tr(
                "{finalised} finalised, {in_progress} in progress, {missing} missing, {conflict} conflicts"
            ).format(
                finalised=counts[FINALISED],
                in_progress=counts[IN_PROGRESS],
                missing=counts[MISSING],
                conflict=counts[CONFLICT],
            )
            if cells
            else ""
        )

    def states(self) -> dict[tuple[str, str], str]:
        """(region, assessor) -> state, over every panel (for tests and summaries)."""
        return {
            (str(c["region_code"]), str(c["assessor_id"])): str(c["state"])
            for c in self.report.get("completeness", [])
        }
