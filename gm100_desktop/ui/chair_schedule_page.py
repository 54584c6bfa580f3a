"""Panels and schedule: days, times, named panels; the planned schedule per day, moved by hand; problems."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabBar,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from gm100_desktop.domain.event_draft import EventDraft
from gm100_desktop.services import event_draft as drafts
from gm100_desktop.ui.chair_panels_table import PanelsModel
from gm100_desktop.ui.chair_problems import ProblemList
from gm100_desktop.ui.chair_schedule_grid import Place, ScheduleGridModel, places
from gm100_desktop.ui.chair_session import ChairSession


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())


def ask_replan(parent: QWidget) -> bool:
    """Whether to plan again, replacing slots the chair moved by hand."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("SchedulePage", "Plan schedule"),
        "",
        parent=parent,
    )
    box.setText(
        QCoreApplication.translate(
            "SchedulePage",
            "You moved slots of the schedule by hand. Planning again replaces the whole schedule and your "
            "changes are lost.",
        )
    )
    plan = box.addButton(
        QCoreApplication.translate("SchedulePage", "Plan again"), QMessageBox.ButtonRole.DestructiveRole
    )
    keep = box.addButton(
        QCoreApplication.translate("SchedulePage", "Keep my changes"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is plan


def ask_place(parent: QWidget, title: str, label: str, items: list[str], ok: str, cancel: str) -> int | None:
    """The index of the place chosen from `items`, None when cancelled."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setComboBoxItems(items)
    dialog.setOkButtonText(ok)
    dialog.setCancelButtonText(cancel)
    if dialog.exec() != QInputDialog.DialogCode.Accepted:
        return None
    return items.index(dialog.textValue())


class SchedulePage(QWidget):
    def __init__(self, session: ChairSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.start = QDateEdit(self)
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd")
        self.days = self._spin(1, 31)
        self.panels = self._spin(1, 99)
        self.slot = self._spin(5, 480)
        self.gap = self._spin(0, 120)
        self.day_start, self.day_end = QTimeEdit(self), QTimeEdit(self)
        self.lunch = QCheckBox(self)
        self.lunch_start, self.lunch_end = QTimeEdit(self), QTimeEdit(self)
        for edit in (self.day_start, self.day_end, self.lunch_start, self.lunch_end):
            edit.setDisplayFormat("HH:mm")
        self.rotation = QCheckBox(self)
        self.plan_button = QPushButton(self)
        self.confirm_replan: Callable[[QWidget], bool] = ask_replan  # tests replace these two
        self.choose_place = ask_place
        self.day = QTabBar(self)  # hovering a tab while dragging a region shows that day
        self.day.setChangeCurrentOnDrag(True)
        self.day.setAcceptDrops(True)
        self.day.setExpanding(False)
        self.day.setUsesScrollButtons(True)
        self.day_label = QLabel(self)
        self.day_label.setBuddy(self.day)
        self.model = ScheduleGridModel(session)
        self.model.widget = self
        self.grid = QTableView(self)
        self.grid.setModel(self.model)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.grid.setDragDropOverwriteMode(True)
        self.grid.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.grid.setDropIndicatorShown(True)
        self.grid.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.cut_action, self.paste_action, self.move_action = QAction(self), QAction(self), QAction(self)
        for action, keys, slot in (
            (self.cut_action, QKeySequence.StandardKey.Cut, self.cut),
            (self.paste_action, QKeySequence.StandardKey.Paste, self.paste),
            (self.move_action, QKeySequence("Ctrl+M"), self.move_to),
        ):
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            self.grid.addAction(action)
        self.cut_region = ""
        self.move_button = QPushButton(self)
        self.move_button.clicked.connect(lambda: self.move_to())
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.panel_model = PanelsModel(session)
        self.panel_model.widget = self
        self.panel_table = QTableView(self)
        self.panel_table.setModel(self.panel_model)
        self.panel_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.panel_label = QLabel(self)
        self.panel_label.setBuddy(self.panel_table)
        self.members = QLabel(self)
        self.members.setWordWrap(True)
        self.problems = ProblemList(self)

        self.form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        lunch_row = QHBoxLayout()
        lunch_row.addWidget(self.lunch)
        lunch_row.addWidget(self.lunch_start)
        lunch_row.addWidget(QLabel("–", self))
        lunch_row.addWidget(self.lunch_end)
        lunch_row.addStretch(1)
        for key, field in (
            ("start", self.start),
            ("days", self.days),
            ("panels", self.panels),
            ("slot", self.slot),
            ("gap", self.gap),
            ("day_start", self.day_start),
            ("day_end", self.day_end),
        ):
            label = QLabel(self)
            label.setBuddy(field)
            self.labels[key] = label
            self.form.addRow(label, field)
        self.form.addRow(lunch_row)
        self.form.addRow(self.rotation)
        self.form.addRow(self.plan_button)
        left = QVBoxLayout()
        left.addLayout(self.form)
        left.addWidget(self.panel_label)
        left.addWidget(self.panel_table, 1)
        left.addWidget(self.members)
        day_row = QHBoxLayout()
        day_row.addWidget(self.day_label)
        day_row.addWidget(self.day, 1)
        move_row = QHBoxLayout()
        move_row.addWidget(self.hint, 1)
        move_row.addWidget(self.move_button)
        right = QVBoxLayout()
        right.addLayout(day_row)
        right.addWidget(self.grid, 3)
        right.addLayout(move_row)
        right.addWidget(self.problems, 2)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 0)
        layout.addLayout(right, 1)

        self.plan_button.clicked.connect(self.plan)
        self.day.currentChanged.connect(self.model.set_day)
        for spin in (self.days, self.panels, self.slot, self.gap):
            spin.valueChanged.connect(self._store)
        for edit in (self.day_start, self.day_end, self.lunch_start, self.lunch_end):
            edit.timeChanged.connect(self._store)
        self.start.dateChanged.connect(self._store)
        self.lunch.toggled.connect(self._store)
        self.rotation.toggled.connect(self._store)
        session.changed.connect(self.refresh)
        self.retranslate()

    def _spin(self, low: int, high: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(low, high)
        return spin

    def retranslate(self) -> None:
        texts = {
            "start": self.tr("&First day:"),
            "days": self.tr("Number of d&ays:"),
            "panels": self.tr("&Panels:"),
            "slot": self.tr("&Slot length (minutes):"),
            "gap": self.tr("&Gap between slots (minutes):"),
            "day_start": self.tr("Day s&tarts at:"),
            "day_end": self.tr("Day ends b&y:"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.lunch.setText(self.tr("&Lunch break"))
        self.rotation.setText(self.tr("Rotate assessors between panels each &half day"))
        self.plan_button.setText(self.tr("Pla&n schedule"))
        self.day_label.setText(self.tr("Day &in the grid:"))
        self.panel_label.setText(self.tr("Panel na&mes and rooms:"))
        self.move_button.setText(self.tr("Mo&ve to…"))
        self.cut_action.setText(self.tr("Cut region (then select a cell and paste)"))
        self.paste_action.setText(self.tr("Put the cut region here"))
        self.move_action.setText(self.tr("Move to…"))
        self.panel_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)
        self._show_hint()
        self.problems.retranslate()
        self.refresh()

    def refresh(self) -> None:
        d = self.session.draft
        widgets = (self.start, self.days, self.panels, self.slot, self.gap, self.day_start, self.day_end)
        for w in (*widgets, self.lunch, self.lunch_start, self.lunch_end, self.rotation):
            w.blockSignals(True)
        self.start.setDate(QDate(d.start_date.year, d.start_date.month, d.start_date.day))
        self.days.setValue(d.days)
        self.panels.setValue(len(d.panels))
        self.slot.setValue(d.slot_minutes)
        self.gap.setValue(d.gap_minutes)
        self.day_start.setTime(_qtime(d.day_start))
        self.day_end.setTime(_qtime(d.day_end))
        self.lunch.setChecked(d.lunch is not None)
        lunch = d.lunch or (time(12, 0), time(13, 0))
        self.lunch_start.setTime(_qtime(lunch[0]))
        self.lunch_end.setTime(_qtime(lunch[1]))
        self.lunch_start.setEnabled(d.lunch is not None)
        self.lunch_end.setEnabled(d.lunch is not None)
        self.rotation.setChecked(d.rotation)
        for w in (*widgets, self.lunch, self.lunch_start, self.lunch_end, self.rotation):
            w.blockSignals(False)
        self._fill_days(d)
        self.members.setText(self._members_text(d))
        self.problems.show_check(self.session.check(), design=True)

    def _fill_days(self, d: EventDraft) -> None:
        wanted = [
            self.tr("Day {number}: {date}").format(number=i + 1, date=self.model.day_date(i))
            for i in range(d.days)
        ]
        if [self.day.tabText(i) for i in range(self.day.count())] != wanted:
            current = self.day.currentIndex()
            self.day.blockSignals(True)
            while self.day.count():
                self.day.removeTab(0)
            for text in wanted:
                self.day.addTab(text)
            self.day.setCurrentIndex(min(max(current, 0), len(wanted) - 1))
            self.day.blockSignals(False)
            self.model.set_day(self.day.currentIndex())

    def _members_text(self, d: EventDraft) -> str:
        lines = []
        for p in d.panels:
            seated = [a.assessor_id for a in d.roster if a.panel_id == p.id]
            lines.append(
                self.tr("{panel}: {assessors}").format(
                    panel=p.id, assessors=", ".join(seated) or self.tr("no assessors yet")
                )
            )
        unplaced = [a.assessor_id for a in d.roster if not a.panel_id]
        if unplaced:
            lines.append(self.tr("Placed when planning: {assessors}").format(assessors=", ".join(unplaced)))
        return "\n".join(lines)

    def _store(self) -> None:
        """The form's values into the draft (saved at once)."""
        start = self.start.date()
        values = {
            "start_date": date(start.year(), start.month(), start.day()),
            "days": self.days.value(),
            "slot_minutes": self.slot.value(),
            "gap_minutes": self.gap.value(),
            "day_start": _time(self.day_start.time()),
            "day_end": _time(self.day_end.time()),
            "lunch": (_time(self.lunch_start.time()), _time(self.lunch_end.time()))
            if self.lunch.isChecked()
            else None,
            "rotation": self.rotation.isChecked(),
        }
        panels = self.panels.value()

        def change(d: EventDraft) -> None:
            for key, value in values.items():
                setattr(d, key, value)
            if panels != len(d.panels):
                drafts.set_panel_count(d, panels)

        self.session.run(self, change)

    def set_plan(self, days: int, panels: int, *, rotation: bool = False) -> None:
        """Set the main choices as the chair would (used by tests and scripted screenshots)."""
        self.days.setValue(days)
        self.panels.setValue(panels)
        self.rotation.setChecked(rotation)

    def plan(self) -> None:
        """Plan the schedule; slots moved by hand are replaced only once the chair agrees."""
        if self.session.draft.schedule_edited and not self.confirm_replan(self):
            return

        def replan(d: EventDraft) -> drafts.DraftCheck:
            d.schedule_edited = False
            return drafts.plan(d)

        self.session.run(self, replan)

    # ---- moving a region by keyboard ----------------------------------------------------------------------

    def _current(self) -> Place | None:
        index = self.grid.currentIndex()
        return self.model.place(index.row(), index.column()) if index.isValid() else None

    def _region_text(self, code: str) -> str:
        return f"{code} {self.model.names.get(code, '')}".strip()

    def cut(self) -> None:
        """Remember the region of the selected cell, to be put elsewhere with paste."""
        place = self._current()
        if place is None or not place.region:
            self.hint.setText(self.tr("Select a cell with a region first."))
            return
        self.cut_region = place.region
        self.hint.setText(
            self.tr("{region} is cut: select another cell and press Ctrl+V to put it there.").format(
                region=self._region_text(place.region)
            )
        )

    def paste(self) -> None:
        """Put the cut region in the selected cell (swapping with the region there, if any)."""
        place = self._current()
        if not self.cut_region or place is None:
            self.hint.setText(self.tr("Cut a region first (Ctrl+X), then select the cell to put it in."))
            return
        region, self.cut_region = self.cut_region, ""
        self.model.move(region, place)
        self._show_hint()

    def move_to(self) -> None:
        """Choose, from every cell of every day, where the selected region goes."""
        place = self._current()
        if place is None or not place.region:
            self.hint.setText(self.tr("Select a cell with a region first."))
            return
        targets = [p for p in places(self.session.draft) if p.region != place.region]
        items = [self._place_text(p) for p in targets]
        chosen = self.choose_place(
            self,
            self.tr("Move {region}").format(region=self._region_text(place.region)),
            self.tr("Move to (a free cell, or a region to swap with):"),
            items,
            self.tr("Move"),
            self.tr("Cancel"),
        )
        if chosen is not None:
            self.model.move(place.region, targets[chosen])

    def _place_text(self, p: Place) -> str:
        text = self.tr("Day {number}, {start}–{end}, {panel}").format(
            number=p.day + 1,
            start=f"{p.start:%H:%M}",
            end=f"{p.end:%H:%M}",
            panel=self._panel_name(p.panel_id),
        )
        if not p.region:
            return self.tr("{place}: free").format(place=text)
        return self.tr("{place}: swap with {region}").format(place=text, region=self._region_text(p.region))

    def _panel_name(self, panel_id: str) -> str:
        return next((p.name for p in self.session.draft.panels if p.id == panel_id), panel_id)

    def _show_hint(self) -> None:
        self.hint.setText(
            self.tr(
                "Drag a region to a free cell to move it, or onto another region to swap them; hover over a "
                "day's tab to drop it on that day. By keyboard: Ctrl+X, then Ctrl+V on another cell, or "
                "Move to (Ctrl+M)."
            )
        )
