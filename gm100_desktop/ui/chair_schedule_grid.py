"""One day of the planned schedule as a grid: a row per slot, a column per panel, the region in each cell."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from gm100_desktop.domain.planner import slot_grid
from gm100_desktop.services import event_draft as drafts
from gm100_desktop.ui.chair_session import ChairSession

Index = QModelIndex | QPersistentModelIndex


class ScheduleGridModel(QAbstractTableModel):
    def __init__(self, session: ChairSession) -> None:
        super().__init__(session)
        self.session = session
        self.day = 0
        self._load()
        session.changed.connect(self.reload)

    def _load(self) -> None:
        d = self.session.draft
        days = slot_grid(d.start_date, d.days, drafts.day_times(d)) if 1 <= d.days <= 31 else ()
        self.times: list[tuple[datetime, datetime]] = list(days[self.day]) if self.day < len(days) else []
        self.panels = [p.id for p in d.panels]
        names = {g.code: g.name for g in d.regions}
        self.cells = {
            (s.start, s.panel_id): f"{s.region_code} {names.get(s.region_code, '')}".strip()
            for s in d.schedule
        }

    def reload(self) -> None:
        self.beginResetModel()
        self._load()
        self.endResetModel()

    def set_day(self, day: int) -> None:
        self.day = max(0, day)
        self.reload()

    def day_date(self, day: int) -> date:
        return self.session.draft.start_date + timedelta(days=day)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.times)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.panels)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.panels[section] if section < len(self.panels) else None
        if section < len(self.times):
            start, end = self.times[section]
            return f"{start:%H:%M}–{end:%H:%M}"
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.cells.get((self.times[index.row()][0], self.panels[index.column()]), "")

    def region_at(self, row: int, column: int) -> str:
        return self.data(self.index(row, column)) or ""
