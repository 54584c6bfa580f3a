"""The panels as a small editable table: the name of each panel and the room it sits in."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from gm100_desktop.ui.chair_session import ChairSession

Index = QModelIndex | QPersistentModelIndex
NAME, ROOM = range(2)


class PanelsModel(QAbstractTableModel):
    def __init__(self, session: ChairSession) -> None:
        super().__init__(session)
        self.session = session
        self.widget: QWidget | None = None  # shows a refused name
        session.changed.connect(self._reset)

    def _reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.session.draft.panels)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return (self.tr("Panel name"), self.tr("Room"))[section]
        panels = self.session.draft.panels
        return panels[section].id if section < len(panels) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        p = self.session.draft.panels[index.row()]
        return p.name if index.column() == NAME else p.room

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        p = self.session.draft.panels[index.row()]
        name, room = (str(value), p.room) if index.column() == NAME else (p.name, str(value))
        if (name.strip(), room.strip()) == (p.name, p.room):
            return False
        assert self.widget is not None, "the page sets the widget that shows refusals"
        self.session.run(self.widget, lambda d: d.set_panel(p.id, name, room))
        return True
