"""The assessor's regions in schedule order with their scoring progress, searchable, conflicts blocked."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QKeyEvent, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gm100_desktop.services.scoring import FINALISED, IN_PROGRESS, NOT_STARTED, RegionRow, ScoreChange
from gm100_desktop.ui.controller import ScoringController
from gm100_desktop.ui.dialog_helpers import section_title

TIME, CODE, REGION, STATE = range(4)
CODE_ROLE = Qt.ItemDataRole.UserRole + 1  # the region code, whatever the column
CONFLICT_ROLE = Qt.ItemDataRole.UserRole + 2  # the conflict-of-interest reason, or None
STATE_ROLE = Qt.ItemDataRole.UserRole + 3  # not_started / in_progress / finalised / conflict
CONFLICT = "conflict"

_COLOURS = {NOT_STARTED: "#7a7a7a", IN_PROGRESS: "#c77700", FINALISED: "#2e7d32", CONFLICT: "#b71c1c"}
_Index = QModelIndex | QPersistentModelIndex


def state_icon(state: str, size: int = 16) -> QIcon:
    """A shape per state (empty, half, full circle, no-entry), so the state never rests on colour alone."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(_COLOURS[state])
    painter.setPen(QPen(colour, 1.6))
    box = pixmap.rect().adjusted(2, 2, -2, -2)
    painter.drawEllipse(box)
    painter.setBrush(colour)
    if state == IN_PROGRESS:
        painter.drawPie(box, 90 * 16, 180 * 16)
    elif state == FINALISED:
        painter.drawEllipse(box)
        painter.setPen(QPen(Qt.GlobalColor.white, 2))
        w = box.width()
        tick = [(0.22, 0.52), (0.42, 0.72), (0.78, 0.3)]
        painter.drawPolyline([box.topLeft() + QPoint(int(w * x), int(w * y)) for x, y in tick])
    elif state == CONFLICT:
        painter.drawLine(box.bottomLeft(), box.topRight())
    painter.end()
    return QIcon(pixmap)


def _qdate(moment: datetime) -> QDate:
    """The calendar day of a local date-time, as the QDate that QLocale formats."""
    return QDate(moment.year, moment.month, moment.day)


class RegionListModel(QAbstractTableModel):
    """Rows of `controller.overview()`; a saved change refreshes only its region's row."""

    def __init__(
        self, controller: ScoringController, language: str = "en", parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._language = language
        self._rows: list[RegionRow] = controller.overview()
        self._icons: dict[str, QIcon] = {}
        controller.changed.connect(self._on_changed)
        controller.reset.connect(self.reload)

    # ---- reading ---------------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def region(self, row: int) -> RegionRow:
        return self._rows[row]

    def row_of(self, code: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.code == code), None)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Time"), self.tr("Code"), self.tr("Region"), self.tr("Progress"))[section]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        # Conflict rows stay selectable so a keyboard user can reach them and read why they are blocked.
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if index.isValid()
            else Qt.ItemFlag.NoItemFlags
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        state = CONFLICT if row.conflict is not None else row.state
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == CODE_ROLE:
            return row.code
        if role == CONFLICT_ROLE:
            return row.conflict
        if role == STATE_ROLE:
            return state
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row)
        if role == Qt.ItemDataRole.DecorationRole and column == STATE:
            if state not in self._icons:
                self._icons[state] = state_icon(state)
            return self._icons[state]
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.conflict is not None:
                return QBrush(QColor(_COLOURS[NOT_STARTED]))
            if column == STATE:
                return QBrush(QColor(_COLOURS[row.state]))
        if role == Qt.ItemDataRole.FontRole and row.conflict is not None:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row.code} {row.name}, {self.state_text(row)}"
        return None

    def _display(self, row: RegionRow, column: int) -> str:
        if column == TIME:
            if row.slot is None:
                return ""
            locale = QLocale(self._language)
            return "{day} {start}".format(
                day=locale.toString(_qdate(row.slot.start), "d MMM"), start=row.slot.start.strftime("%H:%M")
            )
        if column == CODE:
            return row.code
        if column == REGION:
            return row.name
        return self.state_text(row)

    def state_text(self, row: RegionRow) -> str:
        if row.conflict is not None:
            return self.tr("Conflict of interest")
        if row.state == FINALISED:
            return self.tr("Finalised {scored}/{total}").format(scored=row.scored, total=row.criteria)
        if row.state == IN_PROGRESS:
            return self.tr("In progress {scored}/{total}").format(scored=row.scored, total=row.criteria)
        return self.tr("Not started {scored}/{total}").format(scored=row.scored, total=row.criteria)

    def tooltip(self, row: RegionRow) -> str:
        lines = [f"{row.code} {row.name}", row.province]
        if row.slot is not None:
            lines.append(
                self.tr("Presentation {start}–{end}").format(
                    start=row.slot.start.strftime("%Y-%m-%d %H:%M"), end=row.slot.end.strftime("%H:%M")
                )
            )
        if row.conflict is not None:
            lines.append(self.conflict_text(row))
        else:
            lines.append(self.state_text(row))
        return "\n".join(line for line in lines if line)

    def conflict_text(self, row: RegionRow) -> str:
        return self.tr("Conflict of interest: {reason}. You cannot score this region.").format(
            reason=row.conflict or self.tr("declared by the secretariat")
        )

    # ---- updating --------------------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        self._language = language
        self.retranslate()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._controller.overview()
        self.endResetModel()

    def _on_changed(self, change: ScoreChange) -> None:
        row = self.row_of(change.region_code)
        if row is None:
            return
        sheet = self._controller.sheet(change.region_code)
        scored = sum(1 for v in sheet.scores.values() if v is not None)
        old = self._rows[row]
        self._rows[row] = RegionRow(
            code=old.code,
            name=old.name,
            province=old.province,
            kind=old.kind,
            slot=old.slot,
            state=sheet.state,
            scored=scored,
            criteria=old.criteria,
            conflict=old.conflict,
        )
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))


class RegionFilter(QSortFilterProxyModel):
    """Matches the search text against code, name and province."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        needle = self._needle
        if not needle:
            return True
        model = self.sourceModel()
        assert isinstance(model, RegionListModel)
        row = model.region(source_row)
        return any(needle in text.lower() for text in (row.code, row.name, row.province))

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = text.strip().lower()
        self.endFilterChange()


class RegionList(QWidget):
    """Search box, the table of regions, and a line explaining the selected one (e.g. why it is blocked)."""

    activated = Signal(str)  # a region to open for scoring (never one with a conflict of interest)
    blocked = Signal(str)  # the user tried to open a region with a conflict of interest

    def __init__(self, controller: ScoringController, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RegionListModel(controller, language, self)
        self.proxy = RegionFilter(self)
        self.proxy.setSourceModel(self.model)

        self.title = section_title()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_search)
        self.search.returnPressed.connect(self._open_first_match)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REGION, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.view.activated.connect(self._on_activated)
        self.view.selectionModel().currentRowChanged.connect(self._show_detail)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setBuddy(self.view)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 4, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.detail)

        self.search.installEventFilter(self)
        self.model.dataChanged.connect(lambda *_: self._show_detail(self.view.currentIndex()))
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Re&gions"))
        self.search.setPlaceholderText(self.tr("Search code, name or province (Ctrl+F)"))
        self.search.setToolTip(
            self.tr("Type to filter the regions; Enter opens the first match, Esc clears.")
        )
        self.model.retranslate()
        self._show_detail(self.view.currentIndex())

    def set_language(self, language: str) -> None:
        self.model.set_language(language)
        self.retranslate()

    # ---- navigation ------------------------------------------------------------------------------------

    def codes(self) -> list[str]:
        """Region codes in the order shown (after the search filter)."""
        return [self.proxy.index(r, 0).data(CODE_ROLE) for r in range(self.proxy.rowCount())]

    def is_blocked(self, code: str) -> bool:
        row = self.model.row_of(code)
        return row is not None and self.model.region(row).conflict is not None

    def select(self, code: str | None) -> None:
        """Make `code` the current row (clearing the search if it hides it)."""
        if code is None:
            return
        row = self.model.row_of(code)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.search.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    def neighbour(self, code: str | None, step: int) -> str | None:
        """The next (step=1) or previous (step=-1) scorable region in the shown order."""
        codes = [c for c in self.codes() if not self.is_blocked(c)]
        if not codes:
            return None
        if code not in codes:
            if code in self.codes():  # on a blocked row: walk the full order from there
                full = self.codes()
                i = full.index(code)
                walk = full[i + step :: step] if step > 0 else full[:i][::-1]
                return next((c for c in walk if not self.is_blocked(c)), None)
            return codes[0] if step > 0 else codes[-1]
        i = codes.index(code) + step
        return codes[i] if 0 <= i < len(codes) else None

    def focus_list(self) -> None:
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.view.currentIndex().isValid() and self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, 0))

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def request_open(self, code: str) -> None:
        if self.is_blocked(code):
            self.blocked.emit(code)
        else:
            self.activated.emit(code)

    def _on_activated(self, index: QModelIndex) -> None:
        self.request_open(index.data(CODE_ROLE))

    def _open_first_match(self) -> None:
        if self.proxy.rowCount():
            index = self.proxy.index(0, 0)
            self.view.setCurrentIndex(index)
            self.request_open(index.data(CODE_ROLE))

    def _show_detail(self, index: QModelIndex) -> None:
        if not index.isValid():
            self.detail.setText(self.tr("Enter opens the selected region for scoring."))
            self.detail.setStyleSheet("")
            return
        row = self.model.region(self.proxy.mapToSource(index).row())
        if row.conflict is not None:
            self.detail.setText(self.model.conflict_text(row))
            self.detail.setStyleSheet(f"color: {_COLOURS[CONFLICT]}; font-weight: bold;")
        else:
            self.detail.setText(
                self.tr("{code} {name}: {state}. Enter opens it for scoring.").format(
                    code=row.code, name=row.name, state=self.model.state_text(row)
                )
            )
            self.detail.setStyleSheet("")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape:
                self.search.clear()
                self.focus_list()
                return True
            if event.key() == Qt.Key.Key_Down:
                self.focus_list()
                return True
        return super().eventFilter(watched, event)
