"""The chair's regions: import them and their indicators, find them, and choose which are invited."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gm100_desktop.domain.event import Region
from gm100_desktop.services import event_draft as drafts
from gm100_desktop.ui.chair_session import ChairSession, open_file_dialog
from gm100_desktop.ui.language import number_locale

Index = QModelIndex | QPersistentModelIndex
INVITED, CODE, NAME, PROVINCE, KIND = range(5)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class RegionsModel(QAbstractTableModel):
    """Every imported region: invited (checkable), code, name, province, kind, then its indicators."""

    def __init__(self, session: ChairSession, language: str) -> None:
        super().__init__(session)
        self.session = session
        self.language = language
        self._shape: tuple[object, ...] = ()
        self._reload()
        session.changed.connect(self._on_changed)

    def _reload(self) -> None:
        d = self.session.draft
        self.regions: list[Region] = list(d.regions)
        self.columns = list(d.indicator_columns)
        self._shape = (tuple(g.code for g in self.regions), tuple(self.columns), id(d.indicators))

    def _on_changed(self) -> None:
        d = self.session.draft
        if (tuple(g.code for g in d.regions), tuple(d.indicator_columns), id(d.indicators)) != self._shape:
            self.beginResetModel()
            self._reload()
            self.endResetModel()
        elif self.regions:
            self.dataChanged.emit(self.index(0, INVITED), self.index(len(self.regions) - 1, INVITED))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.regions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else KIND + 1 + len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        fixed = [self.tr("Invited"), self.tr("Code"), self.tr("Name"), self.tr("Province"), self.tr("Kind")]
        return fixed[section] if section < len(fixed) else self.columns[section - len(fixed)]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == INVITED else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        g, col = self.regions[index.row()], index.column()
        invited = g.code in self.session.draft.invited
        if col == INVITED:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if invited else Qt.CheckState.Unchecked
            if role == SORT_ROLE:
                return int(invited)
            return None
        if col <= KIND:
            text = (g.code, g.name, g.province, g.kind)[col - CODE]
            return text if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE) else None
        value = self.session.draft.indicators.get(g.code, {}).get(self.columns[col - KIND - 1])
        if role == SORT_ROLE:
            return float("-inf") if value is None else value
        if role == Qt.ItemDataRole.DisplayRole:
            return "–" if value is None else number_locale(self.language).toString(value, "g", 10)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.column() != INVITED or role != Qt.ItemDataRole.CheckStateRole:
            return False
        code = self.regions[index.row()].code
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.session.apply(lambda d: d.invite([code], checked))
        return True


class RegionFilter(QSortFilterProxyModel):
    """Regions whose code or name contains the search text, in the chosen province and of the chosen kind."""

    def __init__(self, model: RegionsModel) -> None:
        super().__init__(model)
        self.setSourceModel(model)
        self.setSortRole(SORT_ROLE)
        self.search, self.province, self.kind = "", "", ""

    def set_filter(self, search: str, province: str, kind: str) -> None:
        self.beginFilterChange()
        self.search, self.province, self.kind = search.casefold().strip(), province, kind
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, RegionsModel)
        g = model.regions[row]
        return (
            (not self.search or self.search in g.code or self.search in g.name.casefold())
            and (not self.province or g.province == self.province)
            and (not self.kind or g.kind == self.kind)
        )

    def shown_codes(self) -> list[str]:
        model = self.sourceModel()
        assert isinstance(model, RegionsModel)
        return [model.regions[self.mapToSource(self.index(r, 0)).row()].code for r in range(self.rowCount())]


class RegionsPage(QWidget):
    def __init__(self, session: ChairSession, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.choose_file = open_file_dialog  # tests replace it
        self.model = RegionsModel(session, language)
        self.proxy = RegionFilter(self.model)
        self.import_button = QPushButton(self)
        self.indicators_button = QPushButton(self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search_label = QLabel(self)
        self.search_label.setBuddy(self.search)
        self.province = QComboBox(self)
        self.province_label = QLabel(self)
        self.province_label.setBuddy(self.province)
        self.kind = QComboBox(self)
        self.kind_label = QLabel(self)
        self.kind_label.setBuddy(self.kind)
        self.invite_button = QPushButton(self)
        self.uninvite_button = QPushButton(self)
        self.summary = QLabel(self)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(CODE, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)

        files = QHBoxLayout()
        files.addWidget(self.import_button)
        files.addWidget(self.indicators_button)
        files.addStretch(1)
        files.addWidget(self.summary)
        filters = QHBoxLayout()
        for label, field, stretch in (
            (self.search_label, self.search, 2),
            (self.province_label, self.province, 1),
            (self.kind_label, self.kind, 0),
        ):
            filters.addWidget(label)
            filters.addWidget(field, stretch)
        filters.addWidget(self.invite_button)
        filters.addWidget(self.uninvite_button)
        layout = QVBoxLayout(self)
        layout.addLayout(files)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)

        self.import_button.clicked.connect(self.import_regions)
        self.indicators_button.clicked.connect(self.import_indicators)
        self.invite_button.clicked.connect(lambda: self.invite_shown(True))
        self.uninvite_button.clicked.connect(lambda: self.invite_shown(False))
        self.search.textChanged.connect(self._filter)
        self.province.currentIndexChanged.connect(self._filter)
        self.kind.currentIndexChanged.connect(self._filter)
        session.changed.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        self.import_button.setText(self.tr("&Import regions…"))
        self.indicators_button.setText(self.tr("Import i&ndicators…"))
        self.search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("Code or name"))
        self.province_label.setText(self.tr("&Province:"))
        self.kind_label.setText(self.tr("&Kind:"))
        self.invite_button.setText(self.tr("In&vite all shown"))
        self.uninvite_button.setText(self.tr("&Uninvite all shown"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self.refresh()

    def refresh(self) -> None:
        d = self.session.draft
        self._fill(
            self.province, self.tr("All provinces"), sorted({g.province for g in d.regions if g.province})
        )
        self._fill(self.kind, self.tr("All kinds"), sorted({g.kind for g in d.regions if g.kind}))
        self.summary.setText(
            self.tr("{invited} of {total} regions invited").format(
                invited=len(d.invited), total=len(d.regions)
            )
        )

    @staticmethod
    def _fill(combo: QComboBox, everything: str, values: list[str]) -> None:
        current = combo.currentData() or ""
        if [combo.itemData(i) for i in range(combo.count())] == ["", *values] and combo.itemText(
            0
        ) == everything:
            return
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, "")
        for value in values:
            combo.addItem(value, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def _filter(self) -> None:
        self.proxy.set_filter(
            self.search.text(), self.province.currentData() or "", self.kind.currentData() or ""
        )

    def set_province(self, province: str) -> None:
        self.province.setCurrentIndex(self.province.findData(province))

    def invite_shown(self, invited: bool) -> None:
        codes = self.proxy.shown_codes()
        self.session.run(self, lambda d: d.invite(codes, invited))

    def import_regions(self) -> None:
        path = self.choose_file(self, self.tr("Import regions"), self.tr("CSV files (*.csv)"))
        if path is not None:
            self.session.run(self, lambda d: drafts.import_regions(d, path))

    def import_indicators(self) -> None:
        path = self.choose_file(self, self.tr("Import indicators"), self.tr("CSV files (*.csv)"))
        if path is not None:
            self.session.run(self, lambda d: drafts.import_indicators(d, path))
