"""One day of the schedule as a grid: a row per slot, a column per panel, a region in each cell, movable.

A region is moved by dragging its cell to another cell (an empty one: moved; a taken one: the two swap), or
by keyboard: cut it (Ctrl+X) and put it in another cell (Ctrl+V), or choose the place from a list (Move to…).
Every move goes through `EventDraft.move_slot` / `swap_slots` and is saved like any other change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QWidget

from gm100_desktop.domain.event_draft import EventDraft
from gm100_desktop.domain.planner import slot_grid
from gm100_desktop.services import event_draft as drafts
from gm100_desktop.ui.chair_session import ChairSession

Index = QModelIndex | QPersistentModelIndex
MIME_TYPE = "application/x-gm100-region"
REGION_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Place:
    """A cell of the schedule on any day: a panel at a time, and the region there ("" when free)."""

    day: int
    panel_id: str
    start: datetime
    end: datetime
    region: str


def grid_days(d: EventDraft) -> tuple[tuple[tuple[datetime, datetime], ...], ...]:
    return slot_grid(d.start_date, d.days, drafts.day_times(d)) if 1 <= d.days <= 31 else ()


def places(d: EventDraft) -> list[Place]:
    """Every cell of every day, day by day, time by time, panel by panel."""
    taken = {(s.start, s.panel_id): s.region_code for s in d.schedule}
    return [
        Place(day, p.id, start, end, taken.get((start, p.id), ""))
        for day, times in enumerate(grid_days(d))
        for start, end in times
        for p in d.panels
    ]


def put_region(d: EventDraft, region: str, target: Place) -> bool:
    """Move `region` to `target`: into the free cell, or swapping with the region already there."""
    if target.region == region:
        return False
    if target.region:
        d.swap_slots(region, target.region)
    else:
        d.move_slot(region, target.panel_id, target.start, target.end)
    return True


class ScheduleGridModel(QAbstractTableModel):
    def __init__(self, session: ChairSession) -> None:
        super().__init__(session)
        self.session = session
        self.widget: QWidget | None = None  # shows refusals of a move
        self.day = 0
        self._load()
        session.changed.connect(self.reload)

    def _load(self) -> None:
        d = self.session.draft
        days = grid_days(d)
        self.times: list[tuple[datetime, datetime]] = list(days[self.day]) if self.day < len(days) else []
        self.panels = [p.id for p in d.panels]
        self.panel_titles = [f"{p.name}\n{p.room}" if p.room else p.name for p in d.panels]
        names = {g.code: g.name for g in d.regions}
        self.names = names
        self.codes = {(s.start, s.panel_id): s.region_code for s in d.schedule}

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
        if orientation == Qt.Orientation.Horizontal:
            if section >= len(self.panels):
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return self.panel_titles[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.panels[section]
            return None
        if role == Qt.ItemDataRole.DisplayRole and section < len(self.times):
            start, end = self.times[section]
            return f"{start:%H:%M}–{end:%H:%M}"
        return None

    def place(self, row: int, column: int) -> Place:
        start, end = self.times[row]
        pid = self.panels[column]
        return Place(self.day, pid, start, end, self.codes.get((start, pid), ""))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.times) or index.column() >= len(self.panels):
            return None
        code = self.codes.get((self.times[index.row()][0], self.panels[index.column()]), "")
        if role == REGION_ROLE:
            return code
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return f"{code} {self.names.get(code, '')}".strip()
        return None

    def region_at(self, row: int, column: int) -> str:
        return self.data(self.index(row, column)) or ""

    def code_at(self, row: int, column: int) -> str:
        return self.data(self.index(row, column), REGION_ROLE) or ""

    # ---- drag and drop ------------------------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = base | Qt.ItemFlag.ItemIsDropEnabled
        if self.data(index, REGION_ROLE):
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Any) -> QMimeData:
        mime = QMimeData()
        codes = [self.data(i, REGION_ROLE) for i in indexes if self.data(i, REGION_ROLE)]
        if codes:
            mime.setData(MIME_TYPE, QByteArray(codes[0].encode("utf-8")))
        return mime

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return data.hasFormat(MIME_TYPE) and parent.isValid()

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """A region dropped on a cell (`parent`): moved there, or swapped with the region there."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        region = bytes(data.data(MIME_TYPE).data()).decode("utf-8")
        target = self.place(parent.row(), parent.column())
        if target.region == region:
            return False
        return self.move(region, target)

    def move(self, region: str, target: Place) -> bool:
        """Put `region` in `target` (saved), any refusal shown to the chair; True when it moved."""
        assert self.widget is not None, "the page sets the widget that shows refusals"
        return bool(self.session.run(self.widget, lambda d: put_region(d, region, target)))
