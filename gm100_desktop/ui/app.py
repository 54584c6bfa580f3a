"""Starting the desktop app: logging, language, opening the store safely, and the assessor window.

`run_gui(check=True)` is `gm100 --check`: the same start-up without any modal dialog, ending with exit
code 0 once the main window has been shown, or a non-zero code and the reason on stderr.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QLocale, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from gm100_desktop import APP_NAME, __version__, paths
from gm100_desktop.errors import GM100Error, StoreCorruptError, StoreError, StoreLockedError
from gm100_desktop.models.store import Store, open_store, restore_backup
from gm100_desktop.services import demo
from gm100_desktop.services.identity import ROLES, local_identity
from gm100_desktop.settings import Settings, load_settings
from gm100_desktop.ui.controller import ScoringController
from gm100_desktop.ui.errors import error_text, install_excepthook, show_error
from gm100_desktop.ui.language import LanguageInstaller, choose_language
from gm100_desktop.ui.main_window import AssessorWindow
from gm100_desktop.ui.store_dialogs import ask_open_backup, tell_store_failed
from gm100_desktop.ui.workspaces import Workspaces

__all__ = ["StartupAborted", "choose_language", "is_first_run", "open_store_interactively", "run_gui"]

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_LOCKED = 3  # another instance holds the data folder
EXIT_DAMAGED = 4  # the store is damaged and no backup was opened
ORGANISATION = "GM100"
LOG_FILE = "gm100.log"
_HANDLER_NAME = "gm100"  # the name of the log handler setup_logging installs

Report = Callable[[BaseException], None]


class StartupAborted(Exception):
    """Start-up stopped after the user was told why; carries the process exit code."""

    def __init__(self, exit_code: int, reason: str) -> None:
        super().__init__(reason)
        self.exit_code = exit_code


def open_store_interactively(
    path: Path,
    backups: Path,
    *,
    choose_backup: Callable[[StoreCorruptError], bool],
    report: Report,
) -> Store:
    """Open the store; a damaged one is replaced only by a backup the user chose, the damaged file kept aside.

    `choose_backup` is asked with the error listing the backups not yet tried (possibly none) and says
    whether to open the newest of them; `report` tells the user any other reason start-up must stop.
    """
    tried: set[Path] = set()
    while True:
        try:
            return open_store(path, backups=backups)
        except StoreCorruptError as exc:
            untried = [b for b in exc.backups if b not in tried]
            offer = StoreCorruptError(exc.path, str(exc.params.get("reason", "")), untried)
            if not choose_backup(offer) or not untried:
                raise StartupAborted(EXIT_DAMAGED, error_text(exc)) from exc
            tried.add(untried[0])
            try:
                aside = restore_backup(path, untried[0])
            except OSError as os_exc:
                report(os_exc)
                raise StartupAborted(EXIT_FAILED, str(os_exc)) from os_exc
            log.warning("restored %s from backup %s; the damaged file is kept as %s", path, untried[0], aside)
        except StoreLockedError as exc:
            report(exc)
            raise StartupAborted(EXIT_LOCKED, error_text(exc)) from exc
        except (StoreError, OSError) as exc:
            report(exc)
            raise StartupAborted(EXIT_FAILED, error_text(exc)) from exc


def run_gui(check: bool = False, language: str | None = None, open_file: Path | None = None) -> int:
    """Run the app until its window closes (or, with `check`, just long enough to show it).

    `open_file`: a file the desktop handed us (double-click): opened once the window shows.
    """
    setup_logging()
    app = _application()
    failures: list[str] = []
    if check:
        _install_check_hook(failures)
    else:
        install_excepthook()
    settings = load_settings()
    languages = LanguageInstaller(app)
    languages.install(choose_language(language, settings.language, QLocale.system().name()))

    report: Report = _print_reason if check else _show_reason
    choose_backup = _refuse_backup if check else _ask_backup
    try:
        store = open_store_interactively(
            paths.store_path(), paths.backups_dir(), choose_backup=choose_backup, report=report
        )
    except StartupAborted as exc:
        log.error("start-up stopped: %s", exc)
        return exc.exit_code

    try:
        with store.transaction() as session:
            demo.ensure_demo_event(session)
        controller = ScoringController(store)
        if not check and is_first_run(settings):
            from gm100_desktop.ui.first_run_wizard import run_first_run  # only ever needed once

            run_first_run(controller, settings, languages)
        window = AssessorWindow(controller, settings, languages, remember=not check)
        workspaces = Workspaces(window, settings, languages, remember=not check)
        if not check:
            workspaces.show_initial()
            if open_file is not None:
                from gm100_desktop.ui.open_document import open_document

                QTimer.singleShot(0, lambda: open_document(open_file, workspaces))
            return app.exec()
        window.show()
        app.processEvents()
        shown = window.isVisible()
        window.close()
        app.processEvents()
        if not shown:
            failures.append("the main window did not become visible")
        for failure in failures:
            print(f"gm100 --check: {failure}", file=sys.stderr)
        return EXIT_FAILED if failures else EXIT_OK
    except GM100Error as exc:
        report(exc)
        return EXIT_FAILED
    except Exception as exc:
        log.exception("start-up failed")
        if check:
            print(f"gm100 --check: start-up failed: {type(exc).__name__}: {exc}", file=sys.stderr)
            return EXIT_FAILED
        raise  # the installed excepthook logs it and tells the user
    finally:
        store.close()


def is_first_run(settings: Settings) -> bool:
    """The first-run assistant is due: it was never finished and this laptop has no signing identity."""
    if settings.first_run_done:
        return False
    try:
        return all(local_identity(role) is None for role in ROLES)
    except GM100Error:
        return False  # a damaged key file is not a first run; the identity dialog explains it


def setup_logging() -> None:
    """A rotating log file in the log folder (stderr when that is not writable), plus Qt's own messages."""
    root = logging.getLogger()
    if any(h.get_name() == _HANDLER_NAME for h in root.handlers):
        return
    handler: logging.Handler
    try:
        handler = RotatingFileHandler(
            paths.log_dir() / LOG_FILE, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.set_name(_HANDLER_NAME)  # marks our handler, so a second call adds none
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    qt_log = logging.getLogger("qt")
    levels = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO}
    qInstallMessageHandler(lambda kind, _ctx, message: qt_log.log(levels.get(kind, logging.WARNING), message))
    log.info("GM100 Assessor %s starting; data folder %s", __version__, paths.data_dir())


def _application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationVersion(__version__)
    for name in ("gm100.svg", "gm100.png"):
        icon = paths.resources_dir() / "icons" / name
        if icon.is_file():
            app.setWindowIcon(QIcon(str(icon)))
            break
    return app


def _print_reason(exc: BaseException) -> None:
    print(f"gm100 --check: {error_text(exc)}", file=sys.stderr)


def _show_reason(exc: BaseException) -> None:
    if isinstance(exc, StoreError | OSError):
        tell_store_failed(None, exc)
    else:
        show_error(None, exc)


def _ask_backup(exc: StoreCorruptError) -> bool:
    return ask_open_backup(None, exc)


def _refuse_backup(exc: StoreCorruptError) -> bool:
    """--check never changes the store: it names the damaged file and stops."""
    _print_reason(exc)
    return False


def _install_check_hook(failures: list[str]) -> None:
    """In --check, an exception in a Qt callback is recorded and printed, never shown in a dialog."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        failures.append(f"unexpected error: {kind.__name__}: {value}")

    sys.excepthook = hook
