"""The chair's workspace: the event being prepared, one tab per concern, saved after every change."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QTabWidget, QWidget

from gm100_desktop import APP_NAME
from gm100_desktop.ui.chair_export_page import ExportPage
from gm100_desktop.ui.chair_regions_page import RegionsPage
from gm100_desktop.ui.chair_roster_page import RosterPage
from gm100_desktop.ui.chair_rubric_page import RubricPage
from gm100_desktop.ui.chair_schedule_page import SchedulePage
from gm100_desktop.ui.chair_session import ChairSession
from gm100_desktop.ui.errors import show_error
from gm100_desktop.ui.window_printing import install_chair_printing


class ChairWindow(QMainWindow):
    def __init__(self, session: ChairSession, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        session.setParent(self)  # the session, and the models it parents, live as long as the window
        self.tabs = QTabWidget(self)
        self.regions = RegionsPage(session, language, self)
        self.rubric = RubricPage(session, language, self)
        self.roster = RosterPage(session, self)
        self.schedule = SchedulePage(session, self)
        self.export = ExportPage(session, self)
        for page in (self.regions, self.rubric, self.roster, self.schedule, self.export):
            self.tabs.addTab(page, "")
        self.setCentralWidget(self.tabs)
        self.file_menu = QMenu(self)
        self.menuBar().addMenu(self.file_menu)
        self.page_actions: list[QAction] = []
        for i in range(self.tabs.count()):
            act = QAction(self)
            act.setShortcut(QKeySequence(f"Alt+{i + 1}"))
            act.triggered.connect(lambda _checked=False, i=i: self.tabs.setCurrentIndex(i))
            self.page_actions.append(act)
        self.plan_action = QAction(self)
        self.plan_action.setShortcut(QKeySequence("F5"))
        self.plan_action.triggered.connect(self.schedule.plan)
        self.export_action = QAction(self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self._export)
        self.merge_action = QAction(self)
        self.merge_action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.merge_action.triggered.connect(self._merge)
        self.close_action = QAction(self)
        self.close_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.close_action.triggered.connect(self.close)
        self.file_menu.addActions([*self.page_actions])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.plan_action, self.export_action, self.merge_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.close_action)
        self.printing = install_chair_printing(self)  # Event: blank paper sheets, the schedule
        self.draft_label = QLabel(str(session.path), self)
        self.statusBar().addPermanentWidget(self.draft_label)
        session.changed.connect(self._update_title)
        self.retranslate()
        self.resize(1280, 820)
        if session.load_error is not None:
            error = session.load_error
            QTimer.singleShot(0, lambda: show_error(self, error))

    def retranslate(self) -> None:
        titles = (
            self.tr("&Regions"),
            self.tr("Ru&bric"),
            self.tr("R&oster and keys"),
            self.tr("Panels and sche&dule"),
            self.tr("E&xport"),
        )
        for i, title in enumerate(titles):
            self.tabs.setTabText(i, title)
            self.page_actions[i].setText(title)
        self.file_menu.setTitle(self.tr("&Event"))
        self.plan_action.setText(self.tr("Plan &schedule"))
        self.export_action.setText(self.tr("Sign and &export…"))
        self.merge_action.setText(self.tr("&Merge and rank…"))
        self.close_action.setText(self.tr("&Quit"))
        self.draft_label.setToolTip(self.tr("The event draft, saved after every change"))
        for page in (self.regions, self.rubric, self.roster, self.schedule, self.export):
            page.retranslate()
        self._update_title()

    def _update_title(self) -> None:
        name = self.session.draft.name or self.tr("New event")
        self.setWindowTitle(self.tr("{event} — Chair — {app}").format(event=name, app=APP_NAME))

    def _export(self) -> None:
        self.tabs.setCurrentWidget(self.export)
        self.export.export()

    def _merge(self) -> None:
        from gm100_desktop.ui.merge_window import show_merge_window  # loaded when first used

        show_merge_window(self, self.regions.model.language)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.export._store_names()  # a name being typed is kept
        super().closeEvent(event)
