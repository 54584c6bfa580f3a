"""The assessor window: keyboard shortcuts, focus, opening regions, history, language switch, settings."""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from gm100_desktop import __version__
from gm100_desktop.errors import GM100Error
from gm100_desktop.models.store import Store
from gm100_desktop.settings import Settings, load_settings
from gm100_desktop.ui import main_window
from gm100_desktop.ui.controller import ScoringController
from gm100_desktop.ui.history_dialog import CHANGE, CRITERION, REASON, TIME, WHAT, HistoryDialog
from gm100_desktop.ui.language import LanguageInstaller, choose_language
from gm100_desktop.ui.main_window import AssessorWindow

NOW = datetime(2019, 2, 21, 10, 40, 26)  # during the 10:30–11:15 slot of 35.10 Kabupaten Banyuwangi
ALL_CRITERIA = [f"{d}{i}" for d in ("INF", "SUP", "VIS") for i in range(1, 6)]

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context><name>AssessorWindow</name>
<message><source>&amp;File</source><translation>&amp;Berkas</translation></message>
<message><source>&amp;Region</source><translation>&amp;Daerah</translation></message>
</context>
</TS>
"""


@pytest.fixture
def controller(store: Store, qtbot: QtBot) -> ScoringController:
    return ScoringController(store)


@pytest.fixture
def window(controller: ScoringController, qtbot: QtBot) -> Iterator[AssessorWindow]:
    win = AssessorWindow(controller, Settings(), now=lambda: NOW)
    qtbot.addWidget(win)
    yield win
    win.schedule.timer.stop()


def shown(window: AssessorWindow, qtbot: QtBot) -> AssessorWindow:
    """Show and activate `window`, so that its keyboard shortcuts work."""
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def keys(action: object) -> set[str]:
    return {k.toString() for k in action.shortcuts()}  # type: ignore[attr-defined]


def test_menus_offer_the_keyboard_shortcuts(window: AssessorWindow) -> None:
    assert [m.title() for m in (window.file_menu, window.edit_menu, window.region_menu)] == [
        "&File",
        "&Edit",
        "&Region",
    ]
    assert keys(window.quit_action) == {"Ctrl+Q"}
    assert keys(window.undo_action) == {"Ctrl+Z"}
    assert keys(window.redo_action) == {"Ctrl+Shift+Z", "Ctrl+Y"}
    assert keys(window.next_action) == {"Ctrl+PgDown"}
    assert keys(window.previous_action) == {"Ctrl+PgUp"}
    assert keys(window.current_slot_action) == {"Ctrl+J"}
    assert "Ctrl+Return" in keys(window.finalise_action)
    assert keys(window.history_action) == {"Ctrl+H"}
    assert keys(window.find_action) == {"Ctrl+F"}
    every = [k for a in window.findChildren(main_window.QAction) for k in a.shortcuts() if not k.isEmpty()]
    assert len(every) == len(set(every)), "two actions share a shortcut, so neither would fire"


def test_keyboard_starts_in_the_region_list_and_enter_opens_a_region_in_the_form(
    window: AssessorWindow, qtbot: QtBot
) -> None:
    shown(window, qtbot)
    view = window.regions.view
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)
    # The list starts on the region presenting now.
    assert view.currentIndex().data() is not None
    assert window._selected_code() == "35.10"

    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.form.current_region() == "36.74"
    focus = QApplication.focusWidget()
    assert focus is not None and window.form.isAncestorOf(focus)
    assert window.windowTitle().startswith("36.74 Kota Tangerang Selatan")


def test_a_conflict_region_is_not_opened_and_the_reason_is_shown(
    window: AssessorWindow, qtbot: QtBot
) -> None:
    shown(window, qtbot)
    window.regions.select("32.73")
    qtbot.keyClick(window.regions.view, Qt.Key.Key_Return)
    assert window.form.current_region() is None
    message = window.statusBar().currentMessage()
    assert "Conflict of interest" in message and "Berdomisili" in message
    window.open_region("32.73")
    assert window.form.current_region() is None


def test_next_previous_and_current_slot_navigate_the_regions(window: AssessorWindow, qtbot: QtBot) -> None:
    shown(window, qtbot)
    window.current_slot_action.trigger()
    assert window.form.current_region() == "35.10"
    window.next_action.trigger()
    assert window.form.current_region() == "36.74"
    window.previous_action.trigger()
    window.previous_action.trigger()  # 32.73 before it is a conflict: stays on 35.10
    assert window.form.current_region() == "35.10"
    qtbot.keyClick(window.regions.view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.form.current_region() == "36.74"


def test_undo_in_the_edit_menu_reverts_the_last_saved_score(
    window: AssessorWindow, controller: ScoringController
) -> None:
    controller.set_score("35.10", "INF1", 4)
    assert window.saved_label.text().startswith("Saved ")
    assert window.undo_action is not None and window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert controller.sheet("35.10").scores["INF1"] is None
    assert window.redo_action is not None
    window.redo_action.trigger()
    assert controller.sheet("35.10").scores["INF1"] == 4


def test_history_dialog_lists_old_to_new_and_the_reopen_and_undo_reasons(
    controller: ScoringController, qtbot: QtBot
) -> None:
    for cid in ALL_CRITERIA:
        controller.set_score("35.10", cid, 3)
    controller.set_score("35.10", "INF1", 4)
    controller.undo_stack.undo()
    controller.finalise("35.10")
    controller.reopen("35.10", "Diskusi panel: skor INF2 terlalu rendah")

    dialog = HistoryDialog(controller, "35.10", "en")
    qtbot.addWidget(dialog)
    model = dialog.model
    rows = [[model.index(r, c).data() for c in range(5)] for r in range(model.rowCount())]
    assert len(rows) == 15 + 2 + 2
    assert rows[0][CRITERION].startswith("INF1 ") and rows[0][WHAT] == "Score"
    assert rows[0][CHANGE] == "(empty) → 3"
    assert rows[15][CHANGE] == "3 → 4"
    assert (rows[16][CHANGE], rows[16][REASON]) == ("4 → 3", "Undo")
    assert rows[17][WHAT] == "Finalised" and rows[17][CRITERION] == "(whole region)"
    assert rows[18][WHAT] == "Reopened"
    assert rows[18][CHANGE] == "finalised → in progress"
    assert rows[18][REASON] == "Diskusi panel: skor INF2 terlalu rendah"
    assert rows[18][TIME][:4] == str(datetime.now().year)
    assert "35.10" in dialog.windowTitle()


def test_history_action_opens_the_history_of_the_region_in_the_form(
    window: AssessorWindow, controller: ScoringController, qtbot: QtBot
) -> None:
    controller.set_score("36.74", "SUP2", 2)
    window.open_region("36.74")
    dialog = window.show_history()
    assert dialog is not None
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, CHANGE).data() == "(empty) → 2"
    dialog.close()


@pytest.mark.parametrize(
    ("argument", "saved", "system", "expected"),
    [
        (None, "", "id_ID", "id"),
        (None, "", "in_ID", "id"),
        (None, "", "en_US", "en"),
        (None, "", "C", "en"),
        (None, "en", "id_ID", "en"),
        (None, "id", "en_GB", "id"),
        ("id", "en", "en_US", "id"),
        ("en", "id", "id_ID", "en"),
        (None, "xx", "nl_NL", "en"),
    ],
)
def test_choose_language(argument: str | None, saved: str, system: str, expected: str) -> None:
    assert choose_language(argument, saved, system) == expected


def test_a_missing_translation_is_a_warning_not_a_crash(
    tmp_path: Path, qapp: QApplication, caplog: pytest.LogCaptureFixture
) -> None:
    installer = LanguageInstaller(qapp, tmp_path)
    with caplog.at_level(logging.WARNING):
        assert installer.install("id") is False
    assert "gm100_id.qm" in caplog.text
    assert installer.language == "id"


@pytest.fixture
def compiled_id(tmp_path: Path) -> Path:
    folder = tmp_path / "translations"
    folder.mkdir()
    (folder / "gm100_id.ts").write_text(TS, encoding="utf-8")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(folder / "gm100_id.ts")], check=True)
    assert (folder / "gm100_id.qm").is_file()
    return folder


def test_switching_language_retranslates_the_menus_live_and_is_remembered(
    controller: ScoringController, qtbot: QtBot, qapp: QApplication, compiled_id: Path
) -> None:
    languages = LanguageInstaller(qapp, compiled_id)
    languages.install("en")
    win = AssessorWindow(controller, Settings(), languages, now=lambda: NOW)
    qtbot.addWidget(win)
    assert win.file_menu.title() == "&File"

    win.language_actions["id"].trigger()
    assert (win.file_menu.title(), win.region_menu.title()) == ("&Berkas", "&Daerah")
    assert any(t.filePath().endswith("gm100_id.qm") for t in languages.translators)
    assert load_settings().language == "id"
    assert win.language_actions["id"].isChecked()

    win.language_actions["en"].trigger()
    assert (win.file_menu.title(), win.region_menu.title()) == ("&File", "&Region")
    assert not any(t.filePath().endswith("gm100_id.qm") for t in languages.translators)
    assert load_settings().language == "en"
    win.schedule.timer.stop()


def test_closing_saves_the_geometry_and_a_new_window_restores_it(
    controller: ScoringController, qtbot: QtBot
) -> None:
    settings = Settings()
    win = AssessorWindow(controller, settings, now=lambda: NOW)
    qtbot.addWidget(win)
    win.resize(max(720, win.minimumSizeHint().width()), 500)  # smaller than the default size
    shown(win, qtbot)
    size = (win.width(), win.height())
    assert size[1] == 500
    win.close()
    saved = load_settings()
    assert saved.window_geometry
    again = AssessorWindow(controller, saved, now=lambda: NOW)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == size


def test_check_mode_window_leaves_the_settings_file_alone(
    controller: ScoringController, qtbot: QtBot
) -> None:
    from gm100_desktop import paths

    win = AssessorWindow(controller, Settings(), now=lambda: NOW, remember=False)
    qtbot.addWidget(win)
    shown(win, qtbot)
    win.close()
    assert not paths.settings_path().exists()


def test_status_bar_names_event_assessor_panel_and_store(window: AssessorWindow, store: Store) -> None:
    assert window.event_label.text().startswith("Demo — Penilaian")
    assert window.assessor_label.text() == "Dr. Rina Hartono · Panel 1"
    assert window.store_label.text() == str(store.path)


def test_failed_undo_is_shown_to_the_user(
    window: AssessorWindow, controller: ScoringController, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown_errors: list[BaseException] = []
    monkeypatch.setattr(main_window, "show_error", lambda parent, exc: shown_errors.append(exc))
    error = GM100Error("Could not save.")
    controller.failed.emit(error)
    assert shown_errors == [error]


def test_about_names_version_data_folder_and_store(
    window: AssessorWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: texts.append(text))
    window.about_action.trigger()
    assert __version__ in texts[0]
    assert str(store.path) in texts[0]
    assert str(store.path.parent) in texts[0]


def test_finalise_shortcut_calls_the_form(window: AssessorWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    window.open_region("35.10")
    monkeypatch.setattr(window.form, "finalise_current", lambda: calls.append("finalise") or True)
    monkeypatch.setattr(window.form, "reopen_current", lambda: calls.append("reopen") or True)
    window.finalise_action.trigger()
    window.reopen_action.trigger()
    assert calls == ["finalise", "reopen"]
    assert QKeySequence("Ctrl+Return") in window.finalise_action.shortcuts()
