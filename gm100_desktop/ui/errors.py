"""Showing errors: core errors translated for the user, and a hook so the app never just vanishes."""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
from collections.abc import Callable, Mapping
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from gm100_desktop import errors
from gm100_desktop.i18n import Message, fill
from gm100_desktop.ui.crash_dialog import CrashReport, show_crash_dialog

log = logging.getLogger(__name__)

ShowCrash = Callable[[CrashReport], bool]  # shows a report; True when the person chose to quit
EXIT_AFTER_ERROR = 1


def message_text(template: str, params: Mapping[str, object]) -> str:
    """A core message (English `template` marked in "GM100Error", and its params) in the interface language.

    Messages nested in the params are translated too; a broken translation falls back to the English.
    """
    try:
        return fill(QCoreApplication.translate(errors.CONTEXT, template), params, translated)
    except (KeyError, IndexError, ValueError):
        return fill(template, params, translated)  # a broken translation must never hide the message


def translated(message: Message) -> str:
    return message_text(message.template, message.params)


def error_text(exc: BaseException) -> str:
    """The user's message for `exc`, in the interface language."""
    if isinstance(exc, errors.GM100Error):
        return message_text(exc.template, exc.params)
    return str(exc) or type(exc).__name__


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    """One way to tell the user something failed."""
    log.warning("shown to user: %s", exc)
    QMessageBox.warning(
        parent, title or QCoreApplication.translate("Errors", "GM100 Assessor"), error_text(exc)
    )


class CrashReporter(QObject):
    """Logs every unexpected exception, then shows it on the GUI thread, one dialog at a time.

    Exceptions in Qt slots arrive through `sys.excepthook`, those of other threads through
    `threading.excepthook` (or `sys.excepthook` called on that thread) and are passed to the GUI thread by
    a queued signal. The hooks never raise, and an error while the dialog is open is only logged.
    """

    _reported = Signal(object)  # a CrashReport to show, delivered on the GUI thread

    def __init__(self, show: ShowCrash | None = None, quit_app: Callable[[], None] | None = None) -> None:
        super().__init__()
        self._show = show or show_crash_dialog
        self._quit_app = quit_app or quit_after_error
        self._busy = False  # a dialog is open, or the app is quitting
        self._reported.connect(self._present, Qt.ConnectionType.QueuedConnection)

    def excepthook(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        self.handle(kind, value, tb)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:  # ends its thread quietly, as with threading's own hook
            return
        self.handle(args.exc_type, args.exc_value, args.exc_traceback, args.thread)

    def handle(
        self,
        kind: type[BaseException],
        value: BaseException | None,
        tb: TracebackType | None,
        thread: threading.Thread | None = None,
    ) -> None:
        """Log the exception, then show it (now on the GUI thread, queued from any other)."""
        try:
            on_gui_thread = QThread.currentThread() is self.thread()
            name = "" if on_gui_thread else (thread or threading.current_thread()).name
            report = CrashReport.of(kind, value, tb, name)
            log.error("unexpected error%s:\n%s", f" in thread {name}" if name else "", report.details)
            if issubclass(kind, KeyboardInterrupt):
                return
            if on_gui_thread:
                self._present(report)
            else:
                self._reported.emit(report)
        except BaseException:  # the hook itself must never fail: keep at least the error on stderr
            _last_resort("unexpected error:", kind, value)

    def _present(self, report: CrashReport) -> None:
        if self._busy:
            return  # already logged; a second dialog over the first would only hide it
        if not isinstance(QApplication.instance(), QApplication):
            _last_resort(report.details)
            return
        self._busy = True
        quitting = False
        try:
            quitting = self._show(report)
        except BaseException:
            log.exception("the error dialog itself failed")
            _last_resort(report.details)
        if not quitting:
            self._busy = False
            return
        log.info("quitting after an unexpected error, as the person chose")
        try:
            self._quit_app()
        except BaseException:
            log.exception("quitting failed")


def quit_after_error() -> None:
    """Close every window, then end the event loop running now with exit code 1, and the next one too.

    An error in a dialog's own event loop (the first-run assistant) or before the main loop starts would
    otherwise leave start-up going on to the main window.
    """
    QApplication.closeAllWindows()
    QCoreApplication.exit(EXIT_AFTER_ERROR)
    QTimer.singleShot(0, lambda: QCoreApplication.exit(EXIT_AFTER_ERROR))


def install_excepthook(
    show: ShowCrash | None = None, quit_app: Callable[[], None] | None = None
) -> CrashReporter:
    """Log unexpected exceptions (GUI thread and other threads) and show them instead of vanishing.

    `show` presents a report and says whether to quit (the crash dialog); `quit_app` quits
    (`quit_after_error`). Tests pass their own.
    """
    reporter = CrashReporter(show, quit_app)
    sys.excepthook = reporter.excepthook
    threading.excepthook = reporter.thread_excepthook
    return reporter


def _last_resort(*parts: object) -> None:
    with contextlib.suppress(BaseException):
        print(*parts, file=sys.__stderr__)
