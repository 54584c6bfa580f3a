"""The app's printing: save sheets as PDF, print preview, and printing (all region sheets at once).

`SheetPrinting` turns a `SheetRequest` into a PDF off the GUI thread (services.sheets.build_sheets through the
merge window's one background helper, with a cancellable progress dialog), then saves it, previews it or
prints it; a cancelled batch writes nothing. `install_merge_printing(window)` adds a Print menu to the merge
window for the ranking report and the region sheets.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QWidget

from gm100_desktop.errors import CancelledError
from gm100_desktop.services.sheets import RenderedPdf, SheetRequest, build_sheets, write_sheets
from gm100_desktop.ui.chair_session import save_file_dialog
from gm100_desktop.ui.errors import show_error
from gm100_desktop.ui.merge_worker import BackgroundRunner, Progress
from gm100_desktop.ui.print_preview import (
    a4_printer,
    open_in_viewer,
    open_pages,
    paint_pages,
    preview_dialog,
    renderer_name,
)

if TYPE_CHECKING:
    from gm100_desktop.ui.merge_window import MergeWindow

RequestFor = Callable[[str], SheetRequest | None]  # kind -> what to print, None while there is nothing
STATUS_MS = 8000


def ask_printer(parent: QWidget | None, printer: QPrinter) -> bool:
    """The system's print dialog: printer, copies, pages. True when the user chose to print."""
    dialog = QPrintDialog(printer, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


def show_preview(dialog: QPrintPreviewDialog) -> None:
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()


class SheetPrinting(QObject):
    """Save as PDF, preview and print what `request(kind)` describes; one job at a time."""

    saved = Signal(object)  # the PDF file written
    printed = Signal(int)  # pages sent to the printer
    viewer_opened = Signal(object)  # the PDF file handed to the system viewer (no renderer installed)

    def __init__(
        self, parent: QWidget, request: RequestFor, kinds: Sequence[str] = ("ranking", "region")
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.request = request
        self.kinds = tuple(kinds)
        self.runner = BackgroundRunner(parent)
        self.runner.succeeded.connect(self._succeeded)
        self.runner.failed.connect(lambda exc: show_error(self.parent_widget, exc))
        self.runner.cancelled.connect(lambda: self._status(self.tr("Cancelled. Nothing was written.")))
        self.runner.idle.connect(self._idle)
        self._then: Callable[[Any], None] | None = None
        self._done: tuple[Callable[[Any], None], object] | None = None
        self._printer: QPrinter | None = None
        self.available: Callable[[], bool] = lambda: True
        # How files and printers are chosen: tests replace these with plain functions.
        self.choose_save_file = save_file_dialog
        self.choose_printer = ask_printer
        self.show_preview = show_preview
        self.progress_hook: Progress | None = None  # consulted with every step; False cancels

        self.menu: QMenu | None = None
        self.actions: dict[tuple[str, str], QAction] = {}
        for kind in self.kinds:
            for what, slot in (
                ("preview", self.preview),
                ("print", self.print_sheets),
                ("save", self.save_pdf),
            ):
                act = QAction(parent)
                act.triggered.connect(lambda _checked=False, k=kind, s=slot: s(k))
                self.actions[(what, kind)] = act
        if "ranking" in self.kinds:
            self.actions[("print", "ranking")].setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        parent.installEventFilter(self)
        self.retranslate()
        self.update_actions()

    # ---- texts and state -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        texts = {
            ("preview", "ranking"): self.tr("Print pre&view of the ranking report…"),
            ("print", "ranking"): self.tr("&Print the ranking report…"),
            ("save", "ranking"): self.tr("&Save the ranking report as PDF…"),
            ("preview", "region"): self.tr("Print previe&w of all region sheets…"),
            ("print", "region"): self.tr("Print &all region sheets…"),
            ("save", "region"): self.tr("Save all &region sheets as PDF…"),
        }
        for key, act in self.actions.items():
            act.setText(texts.get(key, act.text()))
        if self.menu is not None:
            self.menu.setTitle(self.tr("Printin&g"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent_widget:
            if event.type() == QEvent.Type.LanguageChange:
                self.retranslate()
            elif event.type() == QEvent.Type.Close:
                self.runner.wait()  # the window goes: stop a running job first (nothing half-written)
        return False

    def update_actions(self) -> None:
        ready = not self.runner.busy and self.available()
        for act in self.actions.values():
            act.setEnabled(ready)

    def fill_menu(self, menu: QMenu) -> None:
        """Put the actions in `menu`, a group per kind, and title it "Print"."""
        self.menu = menu
        for i, kind in enumerate(self.kinds):
            if i:
                menu.addSeparator()
            menu.addActions([self.actions[(what, kind)] for what in ("preview", "print", "save")])
        self.retranslate()

    # ---- the three things to do with sheets ------------------------------------------------------------

    def save_pdf(self, kind: str, path: Path | None = None) -> bool:
        """Build the sheets and write them to a PDF file (asked for when `path` is None)."""
        request = self.request(kind)
        if request is None:
            return False
        if path is None:
            path = self.choose_save_file(
                self.parent_widget, self.tr("Save as PDF"), self._file_name(request), self.tr("PDF (*.pdf)")
            )
            if path is None:
                return False
        target = path

        def work(progress: Progress) -> RenderedPdf:
            pdf = build_sheets(request, self._watched(progress))
            write_sheets(target, pdf)
            return pdf

        def done(pdf: RenderedPdf) -> None:
            self._status(self.tr("Saved {file}: {pages} pages.").format(file=target, pages=pdf.pages))
            self.saved.emit(target)

        return self._start(work, self.tr("Preparing sheet {done} of {total}…"), done)

    def preview(self, kind: str) -> bool:
        """Build the sheets and show Qt's print preview (without a renderer: the system's PDF viewer)."""
        request = self.request(kind)
        if request is None:
            return False
        title = self._title(request)

        def done(pdf: RenderedPdf) -> None:
            dialog = preview_dialog(self.parent_widget, pdf.data, title)
            if dialog is None:
                self._to_viewer(pdf, request)
                return
            self.show_preview(dialog)

        return self._build(request, done)

    def print_sheets(self, kind: str) -> bool:
        """Build the sheets, ask for the printer, and print every page in the background."""
        request = self.request(kind)
        if request is None:
            return False

        def done(pdf: RenderedPdf) -> None:
            if renderer_name() is None:
                self._to_viewer(pdf, request)
                return
            printer = a4_printer(self._title(request))
            if not self.choose_printer(self.parent_widget, printer):
                return
            self._print(pdf, printer)

        return self._build(request, done)

    # ---- running ---------------------------------------------------------------------------------------

    def _build(self, request: SheetRequest, then: Callable[[RenderedPdf], None]) -> bool:
        def work(progress: Progress) -> RenderedPdf:
            return build_sheets(request, self._watched(progress))

        return self._start(work, self.tr("Preparing sheet {done} of {total}…"), then)

    def _print(self, pdf: RenderedPdf, printer: QPrinter) -> bool:
        self._printer = printer  # kept alive while the worker paints on it

        def work(progress: Progress) -> int:
            pages = open_pages(pdf.data)
            if pages is None:  # checked before; a renderer does not disappear
                raise CancelledError()
            try:
                return paint_pages(printer, pages, self._watched(progress))
            finally:
                pages.close()

        def done(count: int) -> None:
            self._status(self.tr("Sent {pages} pages to the printer.").format(pages=count))
            self.printed.emit(count)

        return self._start(work, self.tr("Printing page {done} of {total}…"), done)

    def _start(self, work: Callable[[Progress], Any], label: str, then: Callable[[Any], None]) -> bool:
        if self.runner.busy:
            self._status(self.tr("Still printing: wait for it, or cancel it."))
            return False
        self._then = then
        started = self.runner.start(work, label)
        if started and self.runner.dialog is not None:
            self.runner.dialog.setWindowTitle(self.tr("Print"))
        self.update_actions()
        return started

    def _succeeded(self, result: object) -> None:
        if self._then is not None:
            self._done = (self._then, result)  # carried on once the worker thread has stopped
        self._then = None

    def _idle(self) -> None:
        done, self._done = self._done, None
        self.update_actions()
        if done is not None:
            then, result = done
            then(result)

    def _watched(self, progress: Progress) -> Progress:
        """The worker's progress, and the test hook (either returning False cancels)."""
        hook = self.progress_hook

        def report(done: int, total: int) -> bool:
            keep = progress(done, total)
            return (hook(done, total) if hook is not None else True) and keep

        return report

    def _to_viewer(self, pdf: RenderedPdf, request: SheetRequest) -> None:
        path, opened = open_in_viewer(pdf.data, self._file_name(request))
        if opened:
            self._status(self.tr("Opened {file} in the PDF viewer: print it from there.").format(file=path))
        else:
            self._status(self.tr("No PDF viewer opened. The sheets are in {file}.").format(file=path))
        self.viewer_opened.emit(path)

    def _status(self, message: str) -> None:
        window = self.parent_widget.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, STATUS_MS)

    def _title(self, request: SheetRequest) -> str:
        titles = {
            "ranking": self.tr("{event} — ranking report"),
            "assessor": self.tr("{event} — score sheets"),
            "blank": self.tr("{event} — blank paper sheets"),
            "schedule": self.tr("{event} — schedule"),
        }
        return titles.get(request.kind, self.tr("{event} — region sheets")).format(event=request.event.name)

    @staticmethod
    def _file_name(request: SheetRequest) -> str:
        suffix = "ranking" if request.kind == "ranking" else f"{request.kind}-sheets"
        return f"{request.event.event_id}-{suffix}-{request.language}.pdf"


def install_merge_printing(window: MergeWindow) -> SheetPrinting:
    """A Print menu on the merge window: the ranking report and all region sheets, for the merge shown."""

    def request(kind: str) -> SheetRequest | None:
        session, outcome = window.model.session, window.model.outcome
        if session is None or outcome is None:
            return None
        return SheetRequest(kind, session.event.definition, window.language, report=outcome.report)

    printing = SheetPrinting(window, request)
    printing.available = lambda: window.model.outcome is not None and not window.model.busy
    printing.fill_menu(window.menuBar().addMenu(""))
    window.model.updated.connect(printing.update_actions)
    window.model.finished.connect(printing.update_actions)
    printing.update_actions()
    return printing
