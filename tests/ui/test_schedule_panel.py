"""The schedule panel with a frozen clock: current slot and countdown, next region, days without slots."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gm100_desktop.models.store import Store
from gm100_desktop.ui.controller import ScoringController
from gm100_desktop.ui.schedule_panel import SchedulePanel, format_duration


class Clock:
    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


@pytest.fixture
def controller(store: Store, qtbot: QtBot) -> ScoringController:
    return ScoringController(store)


def make_panel(controller: ScoringController, qtbot: QtBot, clock: Clock) -> SchedulePanel:
    panel = SchedulePanel(controller, "en", clock)
    qtbot.addWidget(panel)
    return panel


def test_during_a_slot_shows_the_region_presenting_a_countdown_and_the_next_region(
    controller: ScoringController, qtbot: QtBot
) -> None:
    panel = make_panel(controller, qtbot, Clock(datetime(2019, 2, 21, 10, 40, 26)))

    assert "35.10 Kabupaten Banyuwangi" in panel.current_label.text()
    assert "10:30–11:15" in panel.current_label.text()
    assert panel.countdown_label.text() == "34:34 left"
    assert panel.next_label.text() == "Next: 36.74 Kota Tangerang Selatan at 14:45 (in 4:04:34)"
    assert panel.current_region() == "35.10"
    assert panel.shown_regions() == ["32.73", "35.10", "36.74"]
    # The slot presenting now is marked in words, not only by its colour.
    assert [panel.model.index(r, 2).data() for r in range(3)] == ["", "now", ""]
    assert panel.model.index(1, 1).data(Qt.ItemDataRole.FontRole).bold()


def test_countdown_follows_the_clock_every_second(controller: ScoringController, qtbot: QtBot) -> None:
    clock = Clock(datetime(2019, 2, 21, 10, 30))
    panel = make_panel(controller, qtbot, clock)
    assert panel.countdown_label.text() == "45:00 left"
    assert panel.timer.isActive() and panel.timer.interval() == 1000

    clock.moment = datetime(2019, 2, 21, 11, 14, 59)
    qtbot.waitUntil(lambda: panel.countdown_label.text() == "00:01 left", timeout=3000)

    clock.moment = datetime(2019, 2, 21, 11, 15)  # the slot has ended
    qtbot.waitUntil(lambda: panel.current_label.text() == "No presentation right now.", timeout=3000)
    assert [panel.model.index(r, 2).data() for r in range(3)] == ["", "", ""]


def test_between_slots_there_is_no_countdown_but_the_next_region(
    controller: ScoringController, qtbot: QtBot
) -> None:
    panel = make_panel(controller, qtbot, Clock(datetime(2019, 2, 21, 12, 0)))
    assert panel.current_label.text() == "No presentation right now."
    assert panel.countdown_label.isHidden()
    assert panel.next_label.text() == "Next: 36.74 Kota Tangerang Selatan at 14:45 (in 2:45:00)"
    assert panel.current_region() == "36.74"  # Ctrl+J goes to the next one when none is presenting


def test_a_day_without_slots_says_so_and_shows_the_next_days_slots(
    controller: ScoringController, qtbot: QtBot
) -> None:
    panel = make_panel(controller, qtbot, Clock(datetime(2019, 2, 20, 16, 0)))
    assert not panel.day_label.isHidden()
    assert "No presentations today" in panel.day_label.text()
    assert "2019" in panel.day_label.text()
    assert panel.shown_regions() == ["32.73", "35.10", "36.74"]
    assert "Thu 21 Feb 09:00" in panel.next_label.text()

    panel = make_panel(controller, qtbot, Clock(datetime(2019, 2, 21, 18, 0)))  # evening of day 1
    assert panel.shown_regions() == ["32.73", "35.10", "36.74"]
    assert "33.27 Kabupaten Pemalang" in panel.next_label.text()


def test_after_the_event_the_first_day_is_shown_and_nothing_more_is_scheduled(
    controller: ScoringController, qtbot: QtBot
) -> None:
    panel = make_panel(controller, qtbot, Clock(datetime(2019, 2, 23, 9, 0)))
    assert panel.next_label.text() == "No more presentations scheduled."
    # A past event (the demo, a practice run) still shows a schedule to work from: its first day.
    assert panel.shown_regions() == ["32.73", "35.10", "36.74"]
    assert "The event is over" in panel.day_label.text() and "2019" in panel.day_label.text()
    assert panel.current_region() is None


def test_clicking_or_entering_a_slot_selects_its_region(controller: ScoringController, qtbot: QtBot) -> None:
    panel = make_panel(controller, qtbot, Clock(datetime(2019, 2, 21, 10, 40)))
    panel.show()
    qtbot.waitExposed(panel)
    index = panel.model.index(2, 1)
    with qtbot.waitSignal(panel.regionSelected) as signal:
        qtbot.mouseClick(
            panel.view.viewport(), Qt.MouseButton.LeftButton, pos=panel.view.visualRect(index).center()
        )
    assert signal.args == ["36.74"]

    panel.view.setCurrentIndex(panel.model.index(0, 0))
    with qtbot.waitSignal(panel.regionSelected) as signal:
        qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert signal.args == ["32.73"]


@pytest.mark.parametrize(
    ("seconds", "text"), [(0, "00:00"), (59, "00:59"), (754, "12:34"), (3723, "1:02:03"), (-5, "00:00")]
)
def test_format_duration(seconds: int, text: str) -> None:
    assert format_duration(timedelta(seconds=seconds)) == text
