"""The panel's schedule at a glance: today's slots, the region presenting now with a countdown, the next."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QFont, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from gm100_desktop.domain.event import Slot
from gm100_desktop.domain.schedule import ScheduleNow, schedule_now
from gm100_desktop.ui.controller import ScoringController
from gm100_desktop.ui.dialog_helpers import section_title

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


def format_duration(delta: timedelta) -> str:
    """12:34 under an hour, 1:02:03 above it; never negative."""
    seconds = max(0, int(delta.total_seconds()))
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes:02d}:{seconds:02d}"


def shown_slots(slots: list[Slot], state: ScheduleNow, now: datetime) -> list[Slot]:
    """Today's slots; else those of the next day that has any; after the event, those of its first day."""
    if state.today:
        return list(state.today)
    later = [s for s in slots if s.start.date() > now.date()] or list(slots)
    if not later:
        return []
    day = min(s.start.date() for s in later)
    return sorted((s for s in later if s.start.date() == day), key=lambda s: s.start)


class SchedulePanel(QWidget):
    """Refreshes every second from an injectable clock, so tests can freeze time."""

    regionSelected = Signal(str)

    def __init__(
        self,
        controller: ScoringController,
        language: str = "en",
        now: Callable[[], datetime] = datetime.now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._language = language
        self._now = now
        self._slots = controller.slots()
        self._names = {code: info.name for code, info in controller.context.regions.items()}
        self._shown: list[Slot] = []
        self._current_code: str | None = None

        self.title = section_title()
        self.current_label = QLabel()
        self.current_label.setWordWrap(True)
        self.countdown_label = QLabel()
        big = QFont(self.countdown_label.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        self.countdown_label.setFont(big)
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        self.day_label = QLabel()
        self.day_label.setWordWrap(True)

        self.model = QStandardItemModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().hide()
        self.view.setShowGrid(False)
        self.view.activated.connect(self._on_activated)
        self.view.clicked.connect(self._on_activated)
        self.title.setBuddy(self.view)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 4, 6)
        for widget in (self.title, self.current_label, self.countdown_label, self.next_label, self.day_label):
            layout.addWidget(widget)
        layout.addWidget(self.view, 1)

        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        controller.reset.connect(self.reload)
        self.refresh()

    # ---- public ----------------------------------------------------------------------------------------

    def state(self) -> ScheduleNow:
        return schedule_now(self._slots, self._now())

    def current_region(self) -> str | None:
        """The region presenting now, else the next one to present."""
        state = self.state()
        slot = state.current or state.next
        return slot.region_code if slot else None

    def shown_regions(self) -> list[str]:
        return [s.region_code for s in self._shown]

    def set_language(self, language: str) -> None:
        self._language = language
        self.retranslate()

    def retranslate(self) -> None:
        self._shown = []  # force the slot list to be rebuilt in the new language
        self.refresh()

    def reload(self) -> None:
        self._slots = self._controller.slots()
        self._names = {code: info.name for code, info in self._controller.context.regions.items()}
        self.retranslate()

    def _rotating(self) -> bool:
        return len({slot.panel_id for slot in self._slots}) > 1

    # ---- drawing ---------------------------------------------------------------------------------------

    def refresh(self) -> None:
        now = self._now()
        state = schedule_now(self._slots, now)
        locale = QLocale(self._language)
        # With a rotation (seating) the assessor sits in several panels; each row then names its panel.
        panel = self._controller.context.panel_name if not self._rotating() else self.tr("several panels")
        self.title.setText(
            self.tr("S&chedule — {panel}, {day}").format(
                panel=panel or self.tr("no panel"),
                day=locale.toString(_qdate(now), QLocale.FormatType.LongFormat),
            )
        )
        if state.current is not None:
            self.current_label.setText(
                self.tr("Presenting now ({start}–{end}): {region}").format(
                    start=_hm(state.current.start),
                    end=_hm(state.current.end),
                    region=self._region(state.current),
                )
            )
            remaining = state.remaining(now) or timedelta()
            self.countdown_label.setText(self.tr("{time} left").format(time=format_duration(remaining)))
            self.countdown_label.setToolTip(self.tr("Time left in this presentation slot"))
        else:
            self.current_label.setText(self.tr("No presentation right now."))
            self.countdown_label.setText("")
            self.countdown_label.setToolTip("")
        self.countdown_label.setVisible(state.current is not None)
        if state.next is not None:
            wait = state.until_next(now) or timedelta()
            when = _hm(state.next.start)
            if state.next.start.date() != now.date():
                when = "{day} {time}".format(
                    day=locale.toString(_qdate(state.next.start), "ddd d MMM"), time=when
                )
            self.next_label.setText(
                self.tr("Next: {region} at {time} (in {wait})").format(
                    region=self._region(state.next), time=when, wait=format_duration(wait)
                )
            )
        else:
            self.next_label.setText(self.tr("No more presentations scheduled."))
        shown = shown_slots(self._slots, state, now)
        if shown and not state.today and shown[0].start < now:
            self.day_label.setText(
                self.tr("The event is over. Its first presentation day: {day}").format(
                    day=locale.toString(_qdate(shown[0].start), QLocale.FormatType.LongFormat)
                )
            )
        elif shown and not state.today:
            self.day_label.setText(
                self.tr("No presentations today. Next presentation day: {day}").format(
                    day=locale.toString(_qdate(shown[0].start), QLocale.FormatType.LongFormat)
                )
            )
        elif not shown:
            self.day_label.setText(self.tr("No presentations today."))
        self.day_label.setVisible(not state.today)
        current_code = state.current.region_code if state.current else None
        if shown != self._shown or current_code != self._current_code:
            self._fill(shown, current_code)

    def _fill(self, shown: list[Slot], current_code: str | None) -> None:
        selected = self.view.currentIndex().row()
        self._shown = shown
        self._current_code = current_code
        self.model.clear()
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        highlight.setAlpha(60)
        for slot in shown:
            is_now = slot.region_code == current_code
            where = f" · {slot.panel_id}" if self._rotating() else ""
            time_item = QStandardItem(f"{_hm(slot.start)}–{_hm(slot.end)}{where}")
            name_item = QStandardItem(self._region(slot))
            marker = QStandardItem(self.tr("now") if is_now else "")
            for item in (time_item, name_item, marker):
                item.setData(slot.region_code, CODE_ROLE)
                item.setToolTip(self.tr("Enter or double-click opens this region"))
                if is_now:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                    item.setBackground(QBrush(highlight))
            self.model.appendRow([time_item, name_item, marker])
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if self.model.columnCount() > 1:
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        if 0 <= selected < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(selected, 0))

    def _region(self, slot: Slot) -> str:
        return f"{slot.region_code} {self._names.get(slot.region_code, '')}".strip()

    def _on_activated(self, index: QModelIndex) -> None:
        code = index.data(CODE_ROLE)
        if code:
            self.regionSelected.emit(code)


def _hm(moment: datetime) -> str:
    return moment.strftime("%H:%M")


def _qdate(moment: datetime) -> QDate:
    """The calendar day of a local date-time, as the QDate that QLocale formats."""
    return QDate(moment.year, moment.month, moment.day)
