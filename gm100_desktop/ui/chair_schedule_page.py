"""Panels and schedule: days, times and panels; the planner's result per day; problems and connectivity."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from gm100_desktop.domain.event_draft import EventDraft
from gm100_desktop.services import event_draft as drafts
from gm100_desktop.ui.chair_problems import ProblemList
from gm100_desktop.ui.chair_schedule_grid import ScheduleGridModel
from gm100_desktop.ui.chair_session import ChairSession


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())


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
        self.day = QComboBox(self)
        self.day_label = QLabel(self)
        self.day_label.setBuddy(self.day)
        self.model = ScheduleGridModel(session)
        self.grid = QTableView(self)
        self.grid.setModel(self.model)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
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
        left.addWidget(self.members)
        left.addStretch(1)
        day_row = QHBoxLayout()
        day_row.addWidget(self.day_label)
        day_row.addWidget(self.day, 1)
        right = QVBoxLayout()
        right.addLayout(day_row)
        right.addWidget(self.grid, 3)
        right.addWidget(self.problems, 2)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 0)
        layout.addLayout(right, 1)

        self.plan_button.clicked.connect(self.plan)
        self.day.currentIndexChanged.connect(self.model.set_day)
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
        if [self.day.itemText(i) for i in range(self.day.count())] != wanted:
            current = self.day.currentIndex()
            self.day.blockSignals(True)
            self.day.clear()
            self.day.addItems(wanted)
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
        self.session.run(self, drafts.plan)
