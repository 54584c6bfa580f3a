"""The two workspaces of the one application, Assessor and Chair: one window at a time, the choice kept."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from gm100_desktop.settings import Settings, save_settings
from gm100_desktop.ui.chair_session import ChairSession
from gm100_desktop.ui.chair_window import ChairWindow
from gm100_desktop.ui.language import LanguageInstaller

log = logging.getLogger(__name__)

ASSESSOR, CHAIR = "assessor", "chair"
WORKSPACES = (ASSESSOR, CHAIR)


class WorkspaceMenu(QMenu):
    """ "Workspace" with Assessor (Ctrl+1) and Chair (Ctrl+2), the current one checked."""

    def __init__(self, workspaces: Workspaces, window: QMainWindow) -> None:
        super().__init__(window)
        group = QActionGroup(self)
        self.actions_by_name: dict[str, QAction] = {}
        for i, name in enumerate(WORKSPACES, start=1):
            act = QAction(group)
            act.setCheckable(True)
            act.setShortcut(QKeySequence(f"Ctrl+{i}"))
            act.triggered.connect(lambda _checked=False, name=name: workspaces.show(name))
            self.addAction(act)
            window.addAction(act)  # the shortcut works while the menu is closed
            self.actions_by_name[name] = act
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("&Workspace"))
        self.actions_by_name[ASSESSOR].setText(self.tr("&Assessor"))
        self.actions_by_name[CHAIR].setText(self.tr("&Chair"))

    def mark(self, name: str) -> None:
        self.actions_by_name[name].setChecked(True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class Workspaces(QObject):
    """Owns the assessor window and the chair window (made when first asked for)."""

    switched = Signal(str)

    def __init__(
        self,
        assessor: QMainWindow,
        settings: Settings,
        languages: LanguageInstaller | None = None,
        *,
        remember: bool = True,
    ) -> None:
        super().__init__(assessor)
        self.assessor = assessor
        self.settings = settings
        self.languages = languages
        self.remember = remember
        self.chair: ChairWindow | None = None
        self.menus = {ASSESSOR: self._install_menu(assessor)}
        self.current = ASSESSOR
        self.menus[ASSESSOR].mark(ASSESSOR)

    def _install_menu(self, window: QMainWindow) -> WorkspaceMenu:
        menu = WorkspaceMenu(self, window)
        bar = window.menuBar()
        last = bar.actions()[-1] if bar.actions() else None  # before Help, where there is one
        if last is not None and len(bar.actions()) > 1:
            bar.insertMenu(last, menu)
        else:
            bar.addMenu(menu)
        return menu

    def chair_window(self) -> ChairWindow:
        if self.chair is None:
            language = self.languages.language if self.languages else (self.settings.language or "en")
            self.chair = ChairWindow(ChairSession(), language)
            self.menus[CHAIR] = self._install_menu(self.chair)
        return self.chair

    def window(self, name: str) -> QMainWindow:
        return self.chair_window() if name == CHAIR else self.assessor

    def show(self, name: str) -> None:
        """Show workspace `name` in place of the other one, and remember it."""
        name = name if name in WORKSPACES else ASSESSOR
        target = self.window(name)
        previous = self.window(self.current) if self.current != name else None
        if previous is not None and previous.isVisible():
            target.setGeometry(previous.geometry())
        target.show()
        target.raise_()
        target.activateWindow()
        if previous is not None:
            previous.hide()
        self.current = name
        for menu in self.menus.values():
            menu.mark(name)
        if self.settings.workspace != name:
            self.settings.workspace = name
            self._save()
        self.switched.emit(name)

    def show_initial(self) -> None:
        self.show(self.settings.workspace)

    def _save(self) -> None:
        if not self.remember:
            return
        try:
            save_settings(self.settings)
        except OSError as exc:
            log.warning("could not save settings: %s", exc)
