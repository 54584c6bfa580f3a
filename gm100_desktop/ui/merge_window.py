"""The chair's merge window: import the bundles, see what is complete, decide, rank, and export the ranking.

Opened from the chair workspace (Event → Merge and rank…). Every change is merged off the GUI thread
(merge_worker); the session saves as one archive (*.gm100merge) that reopens elsewhere with the same result.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gm100_desktop import APP_NAME
from gm100_desktop.domain import aggregate
from gm100_desktop.domain.event import EventDefinition
from gm100_desktop.domain.event_package import PACKAGE_SUFFIX
from gm100_desktop.domain.merge_intake import Decision
from gm100_desktop.domain.paper import PaperEntry
from gm100_desktop.errors import GM100Error
from gm100_desktop.services.merge import BUNDLE_SUFFIX
from gm100_desktop.services.merge_files import SESSION_SUFFIX
from gm100_desktop.ui.chair_session import open_file_dialog, save_file_dialog
from gm100_desktop.ui.errors import show_error
from gm100_desktop.ui.merge_completeness_view import CompletenessView
from gm100_desktop.ui.merge_export_dialog import ExportRankingDialog
from gm100_desktop.ui.merge_inputs_view import InputsView, dropped_paths
from gm100_desktop.ui.merge_reports_view import DecisionsView, ReliabilityView, SensitivityView, SeverityView
from gm100_desktop.ui.merge_results_view import RankingView
from gm100_desktop.ui.merge_worker import MergeModel
from gm100_desktop.ui.print_actions import install_merge_printing

log = logging.getLogger(__name__)
EditPaper = Callable[[QWidget, EventDefinition, list[PaperEntry], str], list[PaperEntry] | None]


def choose_bundles(parent: QWidget, title: str, name_filter: str) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(parent, title, "", name_filter)
    return [Path(n) for n in names]


def choose_folder(parent: QWidget, title: str) -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, title, "")
    return Path(name) if name else None


def edit_paper(
    parent: QWidget, definition: EventDefinition, entries: list[PaperEntry], language: str
) -> list[PaperEntry] | None:
    """The paper-sheet form, modal; the entries when the chair closes it."""
    from gm100_desktop.ui.chair_paper_dialog import PaperEntryDialog

    dialog = PaperEntryDialog(definition, entries, language, parent)
    try:
        dialog.exec()
        return dialog.entries()
    finally:
        dialog.deleteLater()


class MergeWindow(QMainWindow):
    def __init__(
        self,
        language: str = "en",
        current_event: Callable[[], Path | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if parent is not None:
            self.setWindowFlag(Qt.WindowType.Window)  # its own window, closed with the chair's
        self.language = language
        self.current_event = current_event or (lambda: None)
        # How files are chosen and sheets typed: tests replace these with plain functions.
        self.choose_event_file = open_file_dialog
        self.choose_session_file = open_file_dialog
        self.choose_save_file = save_file_dialog
        self.choose_bundles = choose_bundles
        self.choose_folder = choose_folder
        self.edit_paper: EditPaper = edit_paper
        self.confirm_discard: Callable[[], bool] = self._ask_discard
        self.export_dialog: ExportRankingDialog | None = None

        self.model = MergeModel(self)
        self.inputs = InputsView(self)
        self.completeness = CompletenessView(self)
        self.ranking = RankingView(self)
        self.reliability = ReliabilityView(self)
        self.sensitivity = SensitivityView(self)
        self.severity = SeverityView(self)
        self.decisions = DecisionsView(self)
        self.views: tuple[QWidget, ...] = (
            self.inputs,
            self.completeness,
            self.ranking,
            self.reliability,
            self.sensitivity,
            self.severity,
            self.decisions,
        )
        self.tabs = QTabWidget(self)
        for view in self.views:
            self.tabs.addTab(view, "")
        self.header = QLabel(self)
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        work = QWidget(self)
        work_layout = QVBoxLayout(work)
        work_layout.addWidget(self.header)
        work_layout.addWidget(self.tabs, 1)

        self.start = QWidget(self)
        self.start_text = QLabel(self.start)
        self.start_text.setWordWrap(True)
        self.current_button = QPushButton(self.start)
        self.package_button = QPushButton(self.start)
        self.session_button = QPushButton(self.start)
        start_layout = QVBoxLayout(self.start)
        start_layout.addStretch(1)
        start_layout.addWidget(self.start_text)
        for button in (self.current_button, self.package_button, self.session_button):
            start_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        start_layout.addStretch(2)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.start)
        self.stack.addWidget(work)
        self.setCentralWidget(self.stack)

        self.menu = QMenu(self)
        self.menuBar().addMenu(self.menu)
        self.new_action = self._action(self.new_from_package, "Ctrl+N")
        self.current_action = self._action(self.new_from_current)
        self.open_action = self._action(self.open_session)
        self.save_action = self._action(self.save_session, "Ctrl+S")
        self.save_as_action = self._action(self.save_session_as, "Ctrl+Shift+S")
        self.add_files_action = self._action(self.add_files, "Ctrl+O")
        self.add_folder_action = self._action(self.add_folder, "Ctrl+Shift+O")
        self.paper_action = self._action(self.type_paper)
        self.export_action = self._action(self.export, "Ctrl+E")
        self.close_action = self._action(self.close, "Ctrl+W")
        groups = (
            (self.new_action, self.current_action, self.open_action, self.save_action, self.save_as_action),
            (self.add_files_action, self.add_folder_action, self.paper_action),
            (self.export_action,),
            (self.close_action,),
        )
        for i, group in enumerate(groups):
            if i:
                self.menu.addSeparator()
            self.menu.addActions(list(group))

        self.current_button.clicked.connect(lambda: self.new_from_current())
        self.package_button.clicked.connect(lambda: self.new_from_package())
        self.session_button.clicked.connect(lambda: self.open_session())
        self.inputs.add_files_requested.connect(lambda: self.add_files())
        self.inputs.add_folder_requested.connect(lambda: self.add_folder())
        self.inputs.paper_requested.connect(lambda: self.type_paper())
        self.inputs.paths_dropped.connect(
            lambda paths: QTimer.singleShot(0, lambda: self.open_dropped(paths))
        )
        self.setAcceptDrops(True)  # an event package or a session dropped anywhere opens it
        self.inputs.decision_made.connect(self.record)
        self.ranking.decision_made.connect(self.record)
        self.model.updated.connect(self.refresh)
        self.model.failed.connect(lambda exc: show_error(self, exc))
        self.model.finished.connect(self._update_actions)
        self.retranslate()
        self.refresh()
        self.resize(1280, 820)
        self.printing = install_merge_printing(self)

    def _action(self, slot: Callable[[], object], *keys: str) -> QAction:
        act = QAction(self)
        act.setShortcuts([QKeySequence(k) for k in keys])
        act.triggered.connect(lambda _checked=False: slot())
        self.addAction(act)
        return act

    # ---- texts ---------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        titles = (
            self.tr("&Inputs"),
            self.tr("&Completeness"),
            self.tr("&Ranking"),
            self.tr("Re&liability"),
            self.tr("Se&nsitivity"),
            self.tr("Se&verity"),
            self.tr("&Decisions"),
        )
        for i, title in enumerate(titles):
            self.tabs.setTabText(i, title)
        self.menu.setTitle(self.tr("&Session"))
        self.new_action.setText(self.tr("New session from event pac&kage…"))
        self.current_action.setText(self.tr("New session from the &current event"))
        self.open_action.setText(self.tr("&Open session…"))
        self.save_action.setText(self.tr("&Save session"))
        self.save_as_action.setText(self.tr("Save session &as…"))
        self.add_files_action.setText(self.tr("Add &bundles…"))
        self.add_folder_action.setText(self.tr("Add &folder…"))
        self.paper_action.setText(self.tr("&Paper sheets…"))
        self.export_action.setText(self.tr("E&xport ranking…"))
        self.close_action.setText(self.tr("C&lose"))
        self.start_text.setText(
            self.tr(
                "<h3>Merge the score bundles</h3><p>Start from the event package the assessors scored, or "
                "reopen a saved merge session. Bundles are then added from files or a whole folder (a USB "
                "stick), each verified against the event's roster.</p>"
            )
        )
        self.current_button.setText(self.tr("Use the chair's current &event"))
        self.package_button.setText(self.tr("Open event &package…"))
        self.session_button.setText(self.tr("&Open a saved session…"))
        for view in self.views:
            view.retranslate()  # type: ignore[attr-defined]
        methods = {m: self.ranking.method_text(m) for m in (*aggregate.METHODS, "adjusted")}
        self.sensitivity.method_names = methods
        self.decisions.method_names = methods
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---- showing -------------------------------------------------------------------------------------

    def refresh(self) -> None:
        session, outcome = self.model.session, self.model.outcome
        self.stack.setCurrentIndex(0 if session is None else 1)
        if session is None or outcome is None:
            self.setWindowTitle(self.tr("Merge — {app}").format(app=APP_NAME))
            self._update_actions()
            return
        report = outcome.report
        d = session.event.definition
        self.inputs.set_data(session, report, outcome.messages)
        self.completeness.set_report(report)
        self.ranking.set_data(report, d.rubric, self.language)
        for view in (self.reliability, self.sensitivity, self.severity, self.decisions):
            view.set_report(report, self.language, outcome.messages)
        saved = (
            self.tr("session {file}").format(file=html.escape(str(self.model.path)))
            if self.model.path
            else self.tr("session not saved yet")
        )
        self.header.setText(
            self.tr("<b>{event}</b> · {event_id} version {version} · chair key {key_id} · {saved}").format(
                event=html.escape(d.name),
                event_id=html.escape(d.event_id),
                version=d.version,
                key_id=session.event.chair_key.key_id_hex,
                saved=saved,
            )
        )
        self.setWindowTitle(self.tr("{event} — Merge — {app}[*]").format(event=d.name, app=APP_NAME))
        self.setWindowModified(self.model.modified)
        self._update_actions()

    def _update_actions(self) -> None:
        has = self.model.session is not None
        idle = not self.model.busy
        for act in (self.new_action, self.current_action, self.open_action):
            act.setEnabled(idle)
        for act in (self.save_action, self.save_as_action, self.add_files_action, self.add_folder_action):
            act.setEnabled(has and idle)
        self.paper_action.setEnabled(has and idle)
        self.export_action.setEnabled(self.model.outcome is not None and idle)
        self.current_button.setEnabled(idle)

    # ---- starting a session --------------------------------------------------------------------------

    def new_from_package(self, path: Path | None = None) -> bool:
        if path is None:
            path = self.choose_event_file(
                self, self.tr("Open the event package"), self.tr("Event package (*.gm100event)")
            )
        if path is None or not self._may_discard():
            return False
        return self.model.open_event(path)

    def new_from_current(self) -> bool:
        path = self.current_event()
        if path is None:
            QMessageBox.information(
                self,
                self.windowTitle(),
                self.tr(
                    "The chair's event package was not found on this computer. Open the exported "
                    ".gm100event file instead."
                ),
            )
            return False
        return self.new_from_package(path)

    def open_session(self, path: Path | None = None) -> bool:
        if path is None:
            path = self.choose_session_file(
                self, self.tr("Open a merge session"), self.tr("Merge session (*.gm100merge)")
            )
        if path is None or not self._may_discard():
            return False
        return self.model.open_session(path)

    def save_session(self) -> bool:
        if self.model.session is None:
            return False
        if self.model.path is None:
            return self.save_session_as()
        return self._save(self.model.path)

    def save_session_as(self) -> bool:
        session = self.model.session
        if session is None:
            return False
        suggested = str(Path.home() / f"{session.event.definition.event_id}-merge{SESSION_SUFFIX}")
        path = self.choose_save_file(
            self, self.tr("Save the merge session"), suggested, self.tr("Merge session (*.gm100merge)")
        )
        if path is None:
            return False
        if path.suffix != SESSION_SUFFIX:
            path = path.with_name(path.name + SESSION_SUFFIX)
        return self._save(path)

    def _save(self, path: Path) -> bool:
        try:
            self.model.save(path)
        except (GM100Error, OSError) as exc:
            show_error(self, exc)
            return False
        self.statusBar().showMessage(self.tr("Saved {file}.").format(file=path.name), 10000)
        return True

    # ---- changes -------------------------------------------------------------------------------------

    def add_files(self) -> bool:
        if self.model.session is None:
            return False
        paths = self.choose_bundles(
            self, self.tr("Add score bundles"), self.tr("Score bundles (*.gm100bundle)")
        )
        return self.add_paths(paths)

    def add_folder(self) -> bool:
        if self.model.session is None:
            return False
        folder = self.choose_folder(self, self.tr("Add every score bundle in a folder"))
        return self.add_paths([folder] if folder else [])

    def add_paths(self, paths: Sequence[Path]) -> bool:
        """Verify and merge the bundles among `paths` (folders are searched for *.gm100bundle)."""
        if not paths or self.model.session is None:
            return False
        if not self.model.add_paths(paths):
            self._busy_message()
            return False
        log.info("adding %d paths (%s)", len(paths), BUNDLE_SUFFIX)
        self.tabs.setCurrentWidget(self.inputs)
        return True

    def open_dropped(self, paths: Sequence[Path]) -> bool:
        """A dropped event package or session opens; dropped bundles and folders are added."""
        if len(paths) == 1 and paths[0].suffix == PACKAGE_SUFFIX:
            return self.new_from_package(paths[0])
        if len(paths) == 1 and paths[0].suffix == SESSION_SUFFIX:
            return self.open_session(paths[0])
        return self.add_paths(paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_paths(event) and not self.model.busy:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event)
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        QTimer.singleShot(0, lambda: self.open_dropped(paths))

    def record(self, decision: Decision) -> bool:
        if self.model.session is None:
            return False
        if not self.model.record(decision):
            self._busy_message()
            return False
        return True

    def type_paper(self) -> bool:
        session = self.model.session
        if session is None or self.model.busy:
            return False
        entries = self.edit_paper(self, session.event.definition, list(session.paper), self.language)
        if entries is None or entries == session.paper:
            return False
        return self.model.set_paper(entries)

    def export(self) -> ExportRankingDialog | None:
        session, outcome = self.model.session, self.model.outcome
        if session is None or outcome is None:
            return None
        dialog = ExportRankingDialog(session, outcome.report, self.language, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda: setattr(self, "export_dialog", None))
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def _busy_message(self) -> None:
        self.statusBar().showMessage(self.tr("The merge is still running: wait for it, or cancel it."), 5000)

    # ---- closing -------------------------------------------------------------------------------------

    def _ask_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("The merge session has changes that are not saved. Save them first?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save_session()
        return answer == QMessageBox.StandardButton.Discard

    def _may_discard(self) -> bool:
        return not (self.model.session is not None and self.model.modified) or self.confirm_discard()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_discard():
            event.ignore()
            return
        self.model.runner.wait()
        super().closeEvent(event)


def chair_event_file(chair: QWidget) -> Path | None:
    """The event package the chair workspace exported: this run's export, else the suggested file name."""
    from gm100_desktop.services.merge import open_event

    export = getattr(chair, "export", None)
    session = getattr(chair, "session", None)
    result = getattr(export, "last_result", None)
    if result is not None and result.path.exists():
        return Path(result.path)
    draft = getattr(session, "draft", None)
    if draft is None or not draft.package_sha256 or not draft.event_id:
        return None
    candidate = Path.home() / f"{draft.event_id}-v{draft.exported_version}.gm100event"
    try:
        if candidate.exists() and open_event(candidate).event.sha256 == draft.package_sha256:
            return candidate
    except GM100Error:
        return None
    return None


def show_merge_window(chair: QMainWindow, language: str = "en") -> MergeWindow:
    """The chair window's merge window, made when first asked for, shown and raised."""
    window = chair.findChild(MergeWindow)
    if window is None:
        window = MergeWindow(language, lambda: chair_event_file(chair), chair)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
