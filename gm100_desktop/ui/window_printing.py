"""Printing from the assessor's and the chair's windows: a submenu per kind of sheet, run by `SheetPrinting`.

The assessor prints their own score sheets from their last exported bundle (read back and verified, so the
paper matches the signed record) and blank paper sheets of their own regions; the chair prints blank paper
sheets for every seated assessor and the schedule, of the event draft. Each submenu offers print preview,
print and save as PDF.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from gm100_desktop.errors import DemoEventExportError, GM100Error
from gm100_desktop.ui.errors import show_error

if TYPE_CHECKING:
    from gm100_desktop.services.sheets import SheetRequest
    from gm100_desktop.ui.chair_window import ChairWindow
    from gm100_desktop.ui.main_window import AssessorWindow
    from gm100_desktop.ui.print_actions import SheetPrinting

# The sheets' services (reportlab) and Qt's printing are imported when first used, not at start-up.

ASSESSOR, BLANK, SCHEDULE = "assessor", "blank", "schedule"
WHATS = ("preview", "print", "save")


class WindowPrinting(QObject):
    """The submenus of `kinds` in `menu` (before `before`, else at the end), kept in the current language."""

    def __init__(
        self, window: QMainWindow, kinds: Sequence[str], menu: QMenu, before: QAction | None = None
    ) -> None:
        super().__init__(window)
        self.window = window
        self.kinds = tuple(kinds)
        self.source: Callable[[str], SheetRequest | None] = lambda _kind: None  # set by install_*
        self._printing: SheetPrinting | None = None
        self.menus: dict[str, QMenu] = {}
        self.actions: dict[tuple[str, str], QAction] = {}
        for kind in self.kinds:
            submenu = QMenu(menu)
            for what in WHATS:
                act = QAction(window)
                act.triggered.connect(lambda _checked=False, w=what, k=kind: self.run(w, k))
                submenu.addAction(act)
                self.actions[(what, kind)] = act
            if before is None:
                menu.addMenu(submenu)
            else:
                menu.insertMenu(before, submenu)
            self.menus[kind] = submenu
        if before is not None:
            menu.insertSeparator(before)
        window.installEventFilter(self)
        self.retranslate()

    def sheets(self) -> SheetPrinting:
        """What builds, previews, prints and saves the sheets (made when first used)."""
        if self._printing is None:
            from gm100_desktop.ui.print_actions import SheetPrinting

            self._printing = SheetPrinting(self.window, lambda kind: self.source(kind), self.kinds)
        return self._printing

    def run(self, what: str, kind: str) -> bool:
        """Preview, print or save (`what`) the sheets of `kind`; False when nothing was started."""
        printing = self.sheets()
        if what == "preview":
            return printing.preview(kind)
        if what == "print":
            return printing.print_sheets(kind)
        return printing.save_pdf(kind)

    def action(self, what: str, kind: str) -> QAction:
        return self.actions[(what, kind)]

    def retranslate(self) -> None:
        titles = {
            ASSESSOR: self.tr("Print &my score sheets"),
            BLANK: self.tr("Print blank &paper sheets"),
            SCHEDULE: self.tr("Print &the schedule"),
        }
        texts = {
            "preview": self.tr("Print pre&view…"),
            "print": self.tr("&Print…"),
            "save": self.tr("&Save as PDF…"),
        }
        tips = {
            ASSESSOR: self.tr(
                "Your scores as last exported, with the bundle's number: export first (Ctrl+E) to include "
                "your latest changes."
            ),
            BLANK: self.tr("Paper sheets to score on by hand, should a laptop fail."),
            SCHEDULE: self.tr("The presentation schedule, a page per panel and day."),
        }
        for kind, submenu in self.menus.items():
            submenu.setTitle(titles[kind])
            submenu.menuAction().setStatusTip(tips[kind])
            for what in WHATS:
                act = self.action(what, kind)
                act.setText(texts[what])
                act.setStatusTip(tips[kind])

    def tell(self, text: str) -> None:
        """A message the person acts on (nothing failed)."""
        QMessageBox.information(self.window, self.tr("Print"), text)

    def confirm(self, text: str) -> bool:
        """Yes to go on; No (the default) stops."""
        answer = QMessageBox.question(
            self.window,
            self.tr("Print"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    # ---- what the windows print ------------------------------------------------------------------------

    def assessor_request(self, window: AssessorWindow, kind: str) -> SheetRequest | None:
        """The assessor's own sheets: scores from the last export, or blank sheets of their regions."""
        from gm100_desktop.services import window_sheets
        from gm100_desktop.services.sheets import SheetRequest

        controller = window.controller
        ctx = controller.context
        try:
            with controller.store.transaction() as session:
                own = window_sheets.own_event(session, ctx)
            if kind == BLANK:
                event = window_sheets.only_assessor(own.definition, ctx.assessor_id)
                return SheetRequest(BLANK, event, window.language, per_assessor=True)
            if own.package_sha256 is None:
                raise DemoEventExportError()
            export = own.last_export
            if export is None:
                self.tell(
                    self.tr(
                        "You have not exported your scores yet. The score sheets are printed from the signed "
                        "score bundle, so that the paper matches it: export first (File → Export score "
                        "bundle…, Ctrl+E)."
                    ),
                )
                return None
            if not export.path.is_file():
                self.tell(
                    self.tr(
                        "Your last exported score bundle (number {sequence}) is no longer at {file}: was the "
                        "USB stick removed? Plug it in again, or export again (Ctrl+E) and print then."
                    ).format(sequence=export.sequence, file=export.path),
                )
                return None
            record = window_sheets.own_record(own, export, ctx.assessor_id)
            if own.changed_since_export and not self.confirm(
                self.tr(
                    "Your scores changed after export number {sequence}. The sheets show the exported, "
                    "signed record, not the changes since. Print them anyway? (Or export again first, "
                    "Ctrl+E.)"
                ).format(sequence=export.sequence)
            ):
                return None
        except GM100Error as exc:
            show_error(window, exc)
            return None
        return SheetRequest(ASSESSOR, own.definition, window.language, records=(record,))

    def chair_request(self, window: ChairWindow, kind: str) -> SheetRequest | None:
        """Blank paper sheets for every seated assessor, or the schedule, of the draft; none while it has
        problems."""
        if not window.session.check().ok:
            self.tell(
                self.tr(
                    "The event draft still has problems, so there is nothing to print yet. Resolve the "
                    "problems listed on the Export page first."
                ),
            )
            return None
        from gm100_desktop.services import window_sheets
        from gm100_desktop.services.sheets import SheetRequest

        try:
            definition, _signed = window_sheets.chair_definition(window.session.draft)
        except GM100Error as exc:
            show_error(window, exc)
            return None
        return SheetRequest(kind, definition, window.regions.model.language, per_assessor=kind == BLANK)


def install_assessor_printing(window: AssessorWindow) -> WindowPrinting:
    """In the File menu, before the signing identity: my score sheets (Ctrl+P prints) and blank sheets."""
    printing = WindowPrinting(window, (ASSESSOR, BLANK), window.file_menu, window.files.identity_action)
    printing.source = lambda kind: printing.assessor_request(window, kind)
    printing.action("print", ASSESSOR).setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
    return printing


def install_chair_printing(window: ChairWindow) -> WindowPrinting:
    """In the Event menu, before Quit: blank paper sheets for every seated assessor, and the schedule."""
    printing = WindowPrinting(window, (BLANK, SCHEDULE), window.file_menu, window.close_action)
    printing.source = lambda kind: printing.chair_request(window, kind)
    return printing
