"""The rubric frozen into the event: built-in or from a file: editable dimension and criterion weights."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gm100_desktop.errors import GM100Error
from gm100_desktop.i18n import pick
from gm100_desktop.services import event_draft as drafts
from gm100_desktop.services.rubrics import builtin_rubric_names
from gm100_desktop.ui.chair_session import ChairSession, open_file_dialog
from gm100_desktop.ui.errors import show_error
from gm100_desktop.ui.language import number_locale

Index = QModelIndex | QPersistentModelIndex
ITEM, WEIGHT, SHARE = range(3)


class RubricWeightsModel(QAbstractTableModel):
    """One row per dimension followed by its criteria; weights editable, each item's share of the total."""

    def __init__(self, session: ChairSession, language: str) -> None:
        super().__init__(session)
        self.session = session
        self.language = language
        self._rows()
        session.changed.connect(self.reload)

    def _rows(self) -> None:
        self.rows: list[tuple[str, str, float, float, bool]] = []  # id, label, weight, share, is dimension
        rubric = self.session.draft.rubric
        if rubric is None:
            return
        dims = sum(d.weight for d in rubric.dimensions)
        for d in rubric.dimensions:
            dim_share = d.weight / dims
            self.rows.append((d.id, d.label(self.language), d.weight, dim_share, True))
            crits = sum(c.weight for c in d.criteria)
            for c in d.criteria:
                self.rows.append(
                    (c.id, c.label(self.language), c.weight, dim_share * c.weight / crits, False)
                )

    def reload(self) -> None:
        self.beginResetModel()
        self._rows()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Dimension / criterion"), self.tr("Weight"), self.tr("Share of the total"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == WEIGHT else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item_id, label, weight, share, is_dim = self.rows[index.row()]
        locale = number_locale(self.language)
        if role == Qt.ItemDataRole.DisplayRole:
            indent = "" if is_dim else "    "
            return (
                f"{indent}{item_id}  {label}",
                locale.toString(weight, "g", 6),
                locale.toString(share * 100, "f", 1) + " %",
            )[index.column()]
        if role == Qt.ItemDataRole.EditRole and index.column() == WEIGHT:
            return weight
        if role == Qt.ItemDataRole.FontRole and is_dim:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() != ITEM:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.column() != WEIGHT or role != Qt.ItemDataRole.EditRole:
            return False
        item_id = self.rows[index.row()][0]
        weight = float(value)
        try:
            self.session.apply(lambda d: d.set_weight(item_id, weight))
        except GM100Error as exc:
            show_error(None, exc)
            return False
        return True


class RubricPage(QWidget):
    def __init__(self, session: ChairSession, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.choose_file = open_file_dialog  # tests replace it
        self.builtin = QComboBox(self)
        for name in builtin_rubric_names():
            self.builtin.addItem(name, name)
        self.builtin_label = QLabel(self)
        self.builtin_label.setBuddy(self.builtin)
        self.use_button = QPushButton(self)
        self.load_button = QPushButton(self)
        self.source = QLabel(self)
        self.source.setWordWrap(True)
        self.model = RubricWeightsModel(session, language)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(ITEM, QHeaderView.ResizeMode.Stretch)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.builtin_label)
        row.addWidget(self.builtin, 1)
        row.addWidget(self.use_button)
        row.addWidget(self.load_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.source)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        self.use_button.clicked.connect(self.use_builtin)
        self.load_button.clicked.connect(self.load_file)
        session.changed.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        self.builtin_label.setText(self.tr("Built-&in rubric:"))
        self.use_button.setText(self.tr("&Use it"))
        self.load_button.setText(self.tr("&Load rubric file…"))
        self.hint.setText(
            self.tr(
                "Double-click a weight (or press F2) to change it. The share is what the item counts in the "
                "total score. The rubric is frozen into each exported event version."
            )
        )
        self.refresh()

    def refresh(self) -> None:
        rubric = self.session.draft.rubric
        self.source.setText(
            self.tr("In use: {name} {version} (from {source})").format(
                name=pick(rubric.name, self.model.language),
                version=rubric.version,
                source=self.session.draft.rubric_source,
            )
            if rubric
            else self.tr("No rubric chosen.")
        )

    def use_builtin(self) -> None:
        name = self.builtin.currentData()
        if name:
            self.session.run(self, lambda d: drafts.use_builtin_rubric(d, name))

    def load_file(self) -> None:
        path = self.choose_file(self, self.tr("Load rubric"), self.tr("Rubric (*.json)"))
        if path is not None:
            self.session.run(self, lambda d: drafts.load_rubric(d, path))
