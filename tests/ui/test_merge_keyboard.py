"""The merge window by keyboard: unique Alt mnemonics per tab, the shortcuts, the reason dialog, the entry."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from gm100_desktop.services.demo_files import DemoSummary, write_demo_files
from gm100_desktop.ui.chair_session import ChairSession
from gm100_desktop.ui.chair_window import ChairWindow
from gm100_desktop.ui.decision_dialog import DecisionDialog
from gm100_desktop.ui.merge_window import MergeWindow, chair_event_file
from ui.merge_support import new_merge_window, open_demo


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> DemoSummary:
    return write_demo_files(tmp_path_factory.mktemp("demo"), regions=12, assessors=6, panels=2, kdf_n=1024)


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def visible_mnemonics(window: MergeWindow) -> list[str]:
    texts = [a.text() for a in window.menuBar().actions()]  # the menus' titles
    texts += [window.tabs.tabText(i) for i in range(window.tabs.count())]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            texts.append(widget.text())
    return [m for m in map(mnemonic, texts) if m]


def test_every_tab_has_unique_alt_mnemonics(qtbot: QtBot, demo: DemoSummary) -> None:
    window = new_merge_window(qtbot)
    start = Counter(visible_mnemonics(window))
    assert start and max(start.values()) == 1, start
    open_demo(qtbot, window, demo)
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        seen = Counter(visible_mnemonics(window))
        assert max(seen.values()) == 1, (window.tabs.tabText(i), seen)
    menu_keys = Counter(mnemonic(a.text()) for a in window.menu.actions() if not a.isSeparator())
    assert None not in menu_keys and max(menu_keys.values()) == 1, menu_keys


def test_the_shortcuts_of_the_brief(qtbot: QtBot) -> None:
    window = new_merge_window(qtbot)
    keys = {
        window.add_files_action: "Ctrl+O",
        window.add_folder_action: "Ctrl+Shift+O",
        window.save_action: "Ctrl+S",
        window.export_action: "Ctrl+E",
    }
    for action, key in keys.items():
        assert action.shortcut().toString() == key


def test_a_decision_needs_a_reason_and_the_confirmation(qtbot: QtBot) -> None:
    dialog = DecisionDialog(None, "Pin", "Pin this key?", confirm="I compared the fingerprint")
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.reason_edit, "   ")
    assert not dialog.ok_button.isEnabled()  # blanks are no reason
    qtbot.keyClicks(dialog.reason_edit, "read aloud,")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.reason_edit, " all   groups match")
    assert not dialog.ok_button.isEnabled()
    assert dialog.confirm_box is not None
    dialog.confirm_box.setChecked(True)
    assert dialog.ok_button.isEnabled()
    assert dialog.reason() == "read aloud, all groups match"


def test_the_chair_window_opens_the_merge_window(qtbot: QtBot) -> None:
    chair = ChairWindow(ChairSession())
    qtbot.addWidget(chair)
    assert chair.merge_action.shortcut().toString() == "Ctrl+Shift+M"
    assert chair.merge_action in chair.file_menu.actions()
    chair.merge_action.trigger()
    merge = chair.findChild(MergeWindow)
    assert merge is not None and merge.isVisible() and merge.isWindow()
    chair.merge_action.trigger()
    assert chair.findChildren(MergeWindow) == [merge]  # one merge window, raised again
    assert chair_event_file(chair) is None  # nothing exported yet: the chair opens a package instead
