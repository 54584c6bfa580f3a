"""When something unexpected fails: logged to the rotating log file and shown; the app never vanishes."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from gm100_desktop import paths
from gm100_desktop.settings import Settings, save_settings
from gm100_desktop.ui import errors
from gm100_desktop.ui.app import LOG_FILE, setup_logging
from gm100_desktop.ui.crash_dialog import CrashDialog, CrashReport, log_location

pytestmark = pytest.mark.qt_no_exception_capture  # these tests install their own hooks
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def restore_hooks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)


@pytest.fixture
def log_file() -> Iterator[Path]:
    """The app's own logging set-up, writing into this test's data folder; removed afterwards."""
    root = logging.getLogger()
    level = root.level
    setup_logging()
    yield paths.log_dir() / LOG_FILE
    for handler in [h for h in root.handlers if h.get_name() == "gm100"]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)


class Shown:
    """Stands in for the crash dialog: records what it was asked to show, and on which thread."""

    def __init__(self, quit: bool = False) -> None:
        self.reports: list[CrashReport] = []
        self.on_gui_thread: list[bool] = []
        self.quit = quit

    def __call__(self, report: CrashReport) -> bool:
        self.reports.append(report)
        app = QApplication.instance()
        self.on_gui_thread.append(app is not None and QThread.currentThread() is app.thread())
        return self.quit


def boom() -> None:
    raise ValueError("skor di luar rentang")


def test_an_exception_in_a_qt_slot_is_logged_to_the_file_and_shown(log_file: Path, qtbot: QtBot) -> None:
    shown = Shown()
    errors.install_excepthook(shown)
    QTimer.singleShot(0, boom)  # raised inside Qt's event loop, as in any slot
    qtbot.waitUntil(lambda: len(shown.reports) == 1)

    report = shown.reports[0]
    assert (report.kind, report.message, report.thread) == ("ValueError", "skor di luar rentang", "")
    assert shown.on_gui_thread == [True]
    assert log_file.parent == paths.data_dir() / "logs"  # GM100_DATA_DIR/logs, not the real log folder
    assert log_location() == log_file
    text = log_file.read_text(encoding="utf-8")
    assert "unexpected error" in text and "ValueError: skor di luar rentang" in text
    assert 'in boom\n    raise ValueError("skor di luar rentang")' in text  # the traceback, for support


def test_an_exception_in_a_thread_is_logged_and_shown_on_the_gui_thread(log_file: Path, qtbot: QtBot) -> None:
    shown = Shown()
    errors.install_excepthook(shown)
    worker = threading.Thread(target=boom, name="merge-worker")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(shown.reports) == 1)

    assert shown.reports[0].thread == "merge-worker"
    assert shown.on_gui_thread == [True]  # the dialog is never made on the worker's thread
    assert "unexpected error in thread merge-worker" in log_file.read_text(encoding="utf-8")


def test_the_hook_shows_the_crash_dialog_and_continue_keeps_the_app_running(qtbot: QtBot) -> None:
    errors.install_excepthook()
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, CrashDialog):
            QTimer.singleShot(10, answer)
            return
        seen.append(dialog.what.text())
        dialog.continue_button.click()

    QTimer.singleShot(0, answer)
    QTimer.singleShot(0, boom)
    qtbot.waitUntil(lambda: seen == ["ValueError: skor di luar rentang"])
    assert window.isVisible()


def test_the_dialog_says_what_happened_and_where_the_log_is(qtbot: QtBot, tmp_path: Path) -> None:
    opened: list[Path] = []
    log_path = tmp_path / "logs" / "gm100.log"
    log_path.parent.mkdir()
    log_path.write_text("", encoding="utf-8")
    report = CrashReport(
        "KeyError", "'INF9'", "Traceback (most recent call last):\n  ...\nKeyError: 'INF9'\n"
    )
    dialog = CrashDialog(report, log_path, open_folder=lambda folder: opened.append(folder) or True)
    qtbot.addWidget(dialog)
    dialog.show()

    assert dialog.what.text() == "KeyError: 'INF9'"
    assert dialog.where.text() == str(log_path)
    assert QApplication.focusWidget() is dialog.continue_button or dialog.continue_button.isDefault()
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == str(log_path)
    dialog.open_button.click()
    assert opened == [log_path.parent]
    assert not dialog.details.isVisibleTo(dialog)
    dialog.details_button.click()
    assert dialog.details.isVisibleTo(dialog) and "KeyError: 'INF9'" in dialog.details.toPlainText()
    dialog.quit_button.click()
    assert dialog.result() == CrashDialog.QUIT


def test_escape_continues_and_a_thread_report_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = CrashDialog(CrashReport("OSError", "disk full", "", thread="export"), tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert any("background task (export)" in label.text() for label in dialog.findChildren(type(dialog.what)))
    dialog.reject()
    assert dialog.result() == CrashDialog.DialogCode.Accepted


def test_a_failing_dialog_neither_raises_nor_recurses(
    log_file: Path, qtbot: QtBot, capfd: pytest.CaptureFixture[str]
) -> None:
    calls: list[CrashReport] = []

    def broken(report: CrashReport) -> bool:
        calls.append(report)
        sys.excepthook(RuntimeError, RuntimeError("inside the dialog"), None)  # an error while it is open
        raise RuntimeError("the dialog itself failed")

    reporter = errors.install_excepthook(broken)
    reporter.excepthook(ValueError, ValueError("first"), None)  # must return normally
    assert [r.message for r in calls] == ["first"]
    text = log_file.read_text(encoding="utf-8")
    assert "inside the dialog" in text and "the error dialog itself failed" in text
    assert "ValueError: first" in capfd.readouterr().err  # kept on stderr too

    reporter.excepthook(ValueError, ValueError("second"), None)  # the next error is shown again
    assert [r.message for r in calls] == ["first", "second"]


def test_quit_is_asked_of_the_app_once_the_dialog_says_so(qtbot: QtBot) -> None:
    quits: list[bool] = []
    reporter = errors.install_excepthook(Shown(quit=True), lambda: quits.append(True))
    reporter.excepthook(ValueError, ValueError("x"), None)
    assert quits == [True]
    reporter.excepthook(ValueError, ValueError("y"), None)  # while quitting, errors are only logged
    assert quits == [True]


# ---- the real app in a subprocess: an error, the dialog, Quit -------------------------------------------

APP_SCRIPT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from gm100_desktop.ui.app import run_gui
from gm100_desktop.ui.crash_dialog import CrashDialog
from gm100_desktop.ui.first_run_wizard import FirstRunWizard
from gm100_desktop.ui.main_window import AssessorWindow
raised = []

def step():
    modal = QApplication.activeModalWidget()
    if isinstance(modal, CrashDialog):
        print("dialog:", modal.what.text(), flush=True)
        modal.quit_button.click()
        return
    main = any(isinstance(w, AssessorWindow) and w.isVisible() for w in app.topLevelWidgets())
    ready = isinstance(modal, FirstRunWizard) if sys.argv[1] == "wizard" else main
    if ready and not raised:
        raised.append(True)
        QTimer.singleShot(0, lambda: 1 / 0)
    QTimer.singleShot(20, step)

QTimer.singleShot(0, step)
sys.exit(run_gui())
"""


@pytest.mark.parametrize("where", ["main", "wizard"])
def test_in_the_running_app_an_error_is_shown_and_quit_ends_it_with_exit_code_1(
    where: str, private_data_dir: Path
) -> None:
    if where == "main":
        private_data_dir.mkdir(parents=True)
        save_settings(Settings(first_run_done=True))
    env = dict(os.environ, GM100_DATA_DIR=str(private_data_dir), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", APP_SCRIPT, where],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1, result.stderr
    assert result.stdout.splitlines() == ["dialog: ZeroDivisionError: division by zero"]
    text = (private_data_dir / "logs" / LOG_FILE).read_text(encoding="utf-8")
    assert "unexpected error" in text and "ZeroDivisionError: division by zero" in text
    assert "quitting after an unexpected error, as the person chose" in text
