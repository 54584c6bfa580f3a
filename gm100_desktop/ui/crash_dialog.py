"""The dialog shown when something unexpected failed: what happened, where the log is, continue or quit."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from gm100_desktop import paths
from gm100_desktop.ui.dialog_helpers import grow_to_fit

OpenFolder = Callable[[Path], bool]  # opens a folder in the file manager; False when it could not


@dataclass(frozen=True)
class CrashReport:
    """An unexpected exception as the person and the log see it."""

    kind: str  # the exception's type name
    message: str
    details: str  # the whole traceback
    thread: str = ""  # the background thread it happened in; "" for the GUI thread

    @classmethod
    def of(
        cls,
        kind: type[BaseException],
        value: BaseException | None,
        tb: TracebackType | None,
        thread: str = "",
    ) -> CrashReport:
        details = "".join(traceback.format_exception(kind, value, tb))
        return cls(kind.__name__, str(value) if value is not None else "", details, thread)

    @property
    def summary(self) -> str:
        return f"{self.kind}: {self.message}" if self.message else self.kind


def log_location() -> Path:
    """The log file being written (the rotating file of `app.setup_logging`), else the log folder."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, RotatingFileHandler):
            return Path(handler.baseFilename)
    return paths.log_dir()


def open_folder(folder: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class CrashDialog(QDialog):
    """Says what happened and where the log is; Continue (the default) or Quit."""

    QUIT = 2  # the dialog's result when the person chose to quit

    def __init__(
        self,
        report: CrashReport,
        log_path: Path | None = None,
        parent: QWidget | None = None,
        *,
        open_folder: OpenFolder = open_folder,
    ) -> None:
        super().__init__(parent)
        self.report = report
        self.log_path = log_path or log_location()
        self._open_folder = open_folder
        self.setWindowTitle(self.tr("GM100 Assessor — unexpected error"))

        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        heading = QLabel(self.tr("Something went wrong."), self)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        heading.setFont(font)
        intro_text = self.tr(
            "GM100 Assessor met an error it did not expect. The scores saved before it are safe. You can "
            "continue working, or quit and start the app again."
        )
        if report.thread:
            intro_text += " " + self.tr("It happened in a background task ({thread}).").format(
                thread=report.thread
            )
        intro = QLabel(intro_text, self)
        intro.setWordWrap(True)

        what_label = QLabel(self.tr("What happened:"), self)
        self.what = QLabel(report.summary, self)
        self.what.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.what.setWordWrap(True)
        self.what.setTextFormat(Qt.TextFormat.PlainText)
        self.what.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        where_label = QLabel(self.tr("The log, with the details, is in:"), self)
        self.where = QLabel(str(self.log_path), self)
        self.where.setWordWrap(True)
        self.where.setTextFormat(Qt.TextFormat.PlainText)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QPushButton(self.tr("Co&py path"), self)
        self.copy_button.clicked.connect(self.copy_path)
        self.open_button = QPushButton(self.tr("&Open log folder"), self)
        self.open_button.clicked.connect(self.open_log_folder)
        self.details_button = QPushButton(self.tr("Show &details"), self)
        self.details_button.setCheckable(True)
        self.details = QPlainTextEdit(report.details, self)
        self.details.setReadOnly(True)
        self.details.setFont(self.what.font())
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setAccessibleName(self.tr("Technical details"))
        self.details.setMinimumHeight(160)
        self.details.hide()
        self.details_button.toggled.connect(self.show_details)
        for button in (self.copy_button, self.open_button, self.details_button):
            button.setAutoDefault(False)  # Enter stays with Continue
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.hide()
        advice = QLabel(self.tr("If it happens again, give this log file to the secretariat."), self)
        advice.setWordWrap(True)

        self.buttons = QDialogButtonBox(self)
        self.continue_button = self.buttons.addButton(
            self.tr("&Continue"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.quit_button = self.buttons.addButton(self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.continue_button.clicked.connect(self.accept)
        self.quit_button.clicked.connect(lambda: self.done(self.QUIT))
        self.continue_button.setDefault(True)

        actions = QHBoxLayout()
        actions.addWidget(self.copy_button)
        actions.addWidget(self.open_button)
        actions.addStretch(1)
        actions.addWidget(self.details_button)
        text = QVBoxLayout()
        text.addWidget(heading)
        text.addWidget(intro)
        text.addSpacing(6)
        text.addWidget(what_label)
        text.addWidget(self.what)
        text.addSpacing(6)
        text.addWidget(where_label)
        text.addWidget(self.where)
        text.addLayout(actions)
        text.addWidget(self.status)
        text.addWidget(advice)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        # a width through the layout, so that the dialog's minimum height still follows its wrapped texts
        layout.addStrut(520)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)
        self.continue_button.setFocus()

    def reject(self) -> None:
        """Escape and the window's close button continue: quitting is only ever chosen on purpose."""
        self.accept()

    def show_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        grow_to_fit(self)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()
        grow_to_fit(self)

    def copy_path(self) -> None:
        QApplication.clipboard().setText(str(self.log_path))
        self._say(self.tr("The path of the log is on the clipboard."))

    def open_log_folder(self) -> bool:
        folder = self.log_path if self.log_path.is_dir() else self.log_path.parent
        opened = self._open_folder(folder)
        if not opened:
            self._say(self.tr("The folder could not be opened; copy its path instead."))
        return opened


def show_crash_dialog(report: CrashReport) -> bool:
    """Show `report` and wait for the person; True when they chose to quit."""
    dialog = CrashDialog(report)
    try:
        return dialog.exec() == CrashDialog.QUIT
    finally:
        dialog.deleteLater()
