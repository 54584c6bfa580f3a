"""The assessor's workspace: schedule and region list on the left, the scoring form in the centre."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QMessageBox, QSplitter, QWidget

from gm100_desktop import APP_NAME, __version__, paths
from gm100_desktop.errors import GM100Error
from gm100_desktop.i18n import LANGUAGES
from gm100_desktop.services.scoring import ScoreChange
from gm100_desktop.settings import Settings, save_settings
from gm100_desktop.ui.controller import ScoringController
from gm100_desktop.ui.errors import show_error
from gm100_desktop.ui.file_actions import FileActions
from gm100_desktop.ui.history_dialog import HistoryDialog
from gm100_desktop.ui.language import LANGUAGE_NAMES, LanguageInstaller
from gm100_desktop.ui.region_list import RegionList
from gm100_desktop.ui.schedule_panel import SchedulePanel
from gm100_desktop.ui.scoring_form import ScoringForm
from gm100_desktop.ui.window_printing import install_assessor_printing

log = logging.getLogger(__name__)


class AssessorWindow(QMainWindow):
    def __init__(
        self,
        controller: ScoringController,
        settings: Settings,
        languages: LanguageInstaller | None = None,
        *,
        now: Callable[[], datetime] = datetime.now,
        remember: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.settings = settings
        self.languages = languages
        self.language = languages.language if languages else (settings.language or "en")
        self._remember = remember  # False for `gm100 --check`: leave the settings file alone
        self._history: HistoryDialog | None = None
        self._focused_once = False

        self.schedule = SchedulePanel(controller, self.language, now, self)
        self.regions = RegionList(controller, self.language, self)
        self.form = ScoringForm(controller, self.language, self)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.schedule)
        left.addWidget(self.regions)
        left.setStretchFactor(1, 1)
        left.setSizes([260, 460])
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.form)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([480, 886])  # room for Indonesian progress texts
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.files = FileActions(
            self, controller, self.form, settings, self.language, save_settings=self._save_settings
        )

        self._build_actions()
        self._build_status_bar()
        self.retranslate()
        self.printing = install_assessor_printing(self)  # File: my score sheets, blank paper sheets

        self.regions.activated.connect(self.open_region)
        self.regions.blocked.connect(self._explain_blocked)
        self.schedule.regionSelected.connect(self.open_region)
        self.form.regionChanged.connect(self._on_form_region)
        self.files.imported.connect(self._update_title)
        controller.changed.connect(self._on_saved)
        controller.failed.connect(lambda exc: show_error(self, exc))
        controller.reset.connect(self._update_context_labels)
        self.regions.select(self.schedule.current_region())
        self.setAcceptDrops(True)  # a .gm100event dropped on the window is imported
        self._restore_geometry()

    # ---- building --------------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        def action(slot: Callable[[], object], *keys: str) -> QAction:
            act = QAction(self)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.triggered.connect(lambda _checked=False: slot())
            return act

        self.quit_action = action(self.close, "Ctrl+Q")
        self.find_action = action(self.regions.focus_search, "Ctrl+F")
        self.list_action = action(self.regions.focus_list, "Ctrl+L")
        self.next_action = action(lambda: self.step_region(1), "Ctrl+PgDown")
        self.previous_action = action(lambda: self.step_region(-1), "Ctrl+PgUp")
        self.current_slot_action = action(self.go_to_current_slot, "Ctrl+J")
        self.finalise_action = action(self.finalise_current, "Ctrl+Return", "Ctrl+Enter")
        self.reopen_action = action(self.reopen_current)
        self.history_action = action(self.show_history, "Ctrl+H")
        self.about_action = action(self.show_about)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code in LANGUAGES:
            act = QAction(LANGUAGE_NAMES[code], self.language_group)
            act.setCheckable(True)
            act.setChecked(code == self.language)
            act.triggered.connect(lambda _checked=False, code=code: self.set_language(code))
            self.language_actions[code] = act
        self.undo_action: QAction | None = None
        self.redo_action: QAction | None = None

        self.file_menu = QMenu(self)
        self.edit_menu = QMenu(self)
        self.region_menu = QMenu(self)
        self.settings_menu = QMenu(self)
        self.language_menu = QMenu(self)
        self.help_menu = QMenu(self)
        self.file_menu.addActions([self.files.import_action, self.files.export_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.files.identity_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.region_menu.addActions([self.next_action, self.previous_action, self.current_slot_action])
        self.region_menu.addSeparator()
        self.region_menu.addActions([self.find_action, self.list_action])
        self.region_menu.addSeparator()
        self.region_menu.addActions([self.finalise_action, self.reopen_action, self.history_action])
        self.language_menu.addActions(list(self.language_actions.values()))
        self.settings_menu.addMenu(self.language_menu)
        self.help_menu.addAction(self.about_action)
        for menu in (self.file_menu, self.edit_menu, self.region_menu, self.settings_menu, self.help_menu):
            self.menuBar().addMenu(menu)

    def _build_undo_actions(self) -> None:
        """QUndoStack bakes the prefix into its actions, so a language switch builds them anew."""
        for old in (self.undo_action, self.redo_action):
            if old is not None:
                self.edit_menu.removeAction(old)
                old.deleteLater()
        stack = self.controller.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.edit_menu.addActions([self.undo_action, self.redo_action])

    def _build_status_bar(self) -> None:
        self.event_label = QLabel()
        self.assessor_label = QLabel()
        self.store_label = QLabel(str(self.controller.store.path))
        self.store_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.saved_label = QLabel()
        identity_label = self.files.identity_label
        for label in (
            self.event_label,
            self.assessor_label,
            identity_label,
            self.store_label,
            self.saved_label,
        ):
            label.setContentsMargins(6, 0, 6, 0)
        bar = self.statusBar()
        bar.addWidget(self.event_label)
        bar.addWidget(self.assessor_label)
        bar.addPermanentWidget(identity_label)
        bar.addPermanentWidget(self.store_label)
        bar.addPermanentWidget(self.saved_label)

    def retranslate(self) -> None:
        """Every text of the window in the current language (called again after a language switch)."""
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.region_menu.setTitle(self.tr("&Region"))
        self.settings_menu.setTitle(self.tr("&Settings"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.quit_action.setText(self.tr("&Quit"))
        self.files.retranslate()
        self.find_action.setText(self.tr("&Find region…"))
        self.list_action.setText(self.tr("Go to region &list"))
        self.next_action.setText(self.tr("&Next region"))
        self.previous_action.setText(self.tr("&Previous region"))
        self.current_slot_action.setText(self.tr("Go to &current slot"))
        self.finalise_action.setText(self.tr("F&inalise region"))
        self.reopen_action.setText(self.tr("Re&open region…"))
        self.history_action.setText(self.tr("&History…"))
        self.about_action.setText(self.tr("&About GM100 Assessor"))
        self._build_undo_actions()
        self.store_label.setToolTip(self.tr("The score database on this laptop"))
        self._update_context_labels()
        self._update_title()

    # ---- region actions --------------------------------------------------------------------------------

    def open_region(self, code: str) -> None:
        """Show `code` in the form and put the keyboard on its first criterion; refuse conflicted regions."""
        self.regions.select(code)
        if self.regions.is_blocked(code):
            self._explain_blocked(code)
            return
        self.form.show_region(code)
        self.form.focus_first_criterion()
        self._update_title()

    def step_region(self, step: int) -> None:
        current = self.form.current_region() or self._selected_code()
        target = self.regions.neighbour(current, step)
        if target is not None:
            self.open_region(target)

    def go_to_current_slot(self) -> None:
        code = self.schedule.current_region()
        if code is None:
            self.statusBar().showMessage(self.tr("No presentation is scheduled from now on."), 5000)
        else:
            self.open_region(code)

    def finalise_current(self) -> None:
        code = self.form.current_region()
        if code is None:
            self.statusBar().showMessage(self.tr("Open a region first."), 5000)
        elif self.form.finalise_current():
            self.statusBar().showMessage(self.tr("{code} finalised and saved.").format(code=code), 5000)

    def reopen_current(self) -> None:
        code = self.form.current_region()
        if code is None:
            self.statusBar().showMessage(self.tr("Open a region first."), 5000)
        elif self.form.reopen_current():
            self.statusBar().showMessage(
                self.tr("{code} reopened; the reason is in its history.").format(code=code)
            )

    def show_history(self) -> HistoryDialog | None:
        """The history of the region in the form, or of every region when none is open."""
        try:
            dialog = HistoryDialog(self.controller, self.form.current_region(), self.language, self)
        except GM100Error as exc:
            show_error(self, exc)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._history = dialog
        dialog.open()
        return dialog

    def show_about(self) -> None:
        text = self.tr(
            "<h3>GM100 Assessor {version}</h3>"
            "<p>Offline scoring for Gerakan Menuju 100 Smart City.</p>"
            "<p>Data folder: <code>{folder}</code><br>Score database: <code>{store}</code><br>"
            "Log files: <code>{logs}</code></p>"
        ).format(
            version=html.escape(__version__),
            folder=html.escape(str(paths.data_dir())),
            store=html.escape(str(self.controller.store.path)),
            logs=html.escape(str(paths.log_dir())),
        )
        QMessageBox.about(self, self.tr("About GM100 Assessor"), text)

    # ---- drag and drop: a .gm100event dropped on the window is imported --------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.files.drag_enter(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.files.drop(event)

    # ---- language --------------------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        """Switch the interface language now and remember it."""
        if self.languages is not None:
            self.languages.install(language)
        self.language = language
        self.language_actions[language].setChecked(True)
        self.files.set_language(language)
        self.settings.language = language
        self._save_settings()
        self.retranslate()
        self.schedule.set_language(language)
        self.regions.set_language(language)
        self.form.set_language(language)
        self.form.retranslate()

    # ---- reacting --------------------------------------------------------------------------------------

    def _on_saved(self, change: ScoreChange) -> None:
        local = change.at.replace(tzinfo=UTC).astimezone()
        self.saved_label.setText(self.tr("Saved {time}").format(time=local.strftime("%H:%M:%S")))

    def _on_form_region(self, code: str) -> None:
        self.regions.select(code or None)
        self._update_title()

    def _explain_blocked(self, code: str) -> None:
        row = self.regions.model.row_of(code)
        if row is not None:
            self.statusBar().showMessage(
                self.regions.model.conflict_text(self.regions.model.region(row)), 8000
            )

    def _update_context_labels(self) -> None:
        ctx = self.controller.context
        self.event_label.setText(ctx.event_name)
        self.assessor_label.setText(
            self.tr("{name} · {panel}").format(
                name=ctx.assessor_name, panel=ctx.panel_name or self.tr("no panel")
            )
        )

    def _update_title(self) -> None:
        code = self.form.current_region()
        title = f"{self.controller.context.event_name} — {APP_NAME}"
        if code is not None and code in self.controller.context.regions:
            title = f"{code} {self.controller.context.regions[code].name} — {title}"
        self.setWindowTitle(title)
        has_region = code is not None
        self.finalise_action.setEnabled(has_region)
        self.reopen_action.setEnabled(has_region)

    def _selected_code(self) -> str | None:
        index = self.regions.view.currentIndex()
        return (
            self.regions.model.region(self.regions.proxy.mapToSource(index).row()).code
            if index.isValid()
            else None
        )

    # ---- window state ----------------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        saved = self.settings.window_geometry
        if not saved or not self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
            available = self.screen().availableGeometry()
            self.resize(min(1440, available.width()), min(900, available.height()))

    def _save_settings(self) -> None:
        if not self._remember:
            return
        try:
            save_settings(self.settings)
        except OSError as exc:
            log.warning("could not save settings: %s", exc)
            self.statusBar().showMessage(
                self.tr("Could not save the settings: {error}").format(error=exc), 8000
            )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._focused_once:
            self._focused_once = True
            QTimer.singleShot(0, self.regions.focus_list)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        self._save_settings()
        self.schedule.timer.stop()
        super().closeEvent(event)
