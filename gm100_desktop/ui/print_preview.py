"""Print preview and printing of the sheets' PDF (made by reportlab, the one renderer) with Qt's printing.

A printer takes pages as pictures, so each PDF page is rasterised: by QtPdf (PySide6-Addons) when it is
installed, else by pypdfium2, else not at all — then the system's PDF viewer opens the PDF and prints it.
Saving as PDF never goes through here: the reportlab bytes are written as they are.
"""

from __future__ import annotations

import importlib
import logging
import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QImage, QPageLayout, QPageSize, QPaintEngine, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from gm100_desktop.errors import CancelledError, GM100Error
from gm100_desktop.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)
Progress = Callable[[int, int], bool]  # (done, total) -> False to cancel
PRINT_DPI = 300  # enough for text on paper; a higher printer resolution is not worth the memory
PREVIEW_DPI = 110  # the preview keeps every page in memory: screen quality


class PdfPages(Protocol):
    """A PDF's pages as images."""

    def count(self) -> int: ...

    def render(self, index: int, dpi: int) -> QImage: ...

    def close(self) -> None: ...


class _QtPdfPages:
    """Pages rendered by QtPdf (PySide6-Addons)."""

    def __init__(self, module: Any, data: bytes) -> None:
        self._buffer = QBuffer()
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._doc = module.QPdfDocument()
        self._doc.load(self._buffer)
        if self._doc.status() != module.QPdfDocument.Status.Ready:
            raise PrintError(str(self._doc.error()))

    def count(self) -> int:
        return int(self._doc.pageCount())

    def close(self) -> None:
        self._doc.close()

    def render(self, index: int, dpi: int) -> QImage:
        size = self._doc.pagePointSize(index)
        pixels = QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72))
        return _on_white(self._doc.render(index, pixels))


class _PdfiumPages:
    """Pages rendered by pypdfium2 (PDFium, as QtPdf uses)."""

    def __init__(self, module: Any, data: bytes) -> None:
        self._doc = module.PdfDocument(data)

    def count(self) -> int:
        return len(self._doc)

    def close(self) -> None:
        self._doc.close()

    def render(self, index: int, dpi: int) -> QImage:
        bitmap = self._doc[index].render(scale=dpi / 72, rev_byteorder=True)
        fmt = QImage.Format.Format_RGB888 if bitmap.n_channels == 3 else QImage.Format.Format_RGBA8888
        image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, fmt)
        return image.copy()  # detached from the buffer


def _on_white(image: QImage) -> QImage:
    """QtPdf leaves the page transparent: paper is white."""
    out = QImage(image.size(), QImage.Format.Format_RGB32)
    out.fill(QColor("white"))
    painter = QPainter(out)
    painter.drawImage(0, 0, image)
    painter.end()
    return out


def _module(name: str) -> Any | None:
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def renderer_name() -> str | None:
    """Which renderer is installed: "QtPdf", "pypdfium2", or None (the system viewer prints)."""
    if _module("PySide6.QtPdf") is not None:
        return "QtPdf"
    if _module("pypdfium2") is not None:
        return "pypdfium2"
    return None


def open_pages(data: bytes) -> PdfPages | None:
    """The PDF's pages as images, or None when no renderer is installed."""
    qtpdf = _module("PySide6.QtPdf")
    if qtpdf is not None:
        return _QtPdfPages(qtpdf, data)
    pdfium = _module("pypdfium2")
    if pdfium is not None:
        return _PdfiumPages(pdfium, data)
    return None


class PrintError(GM100Error):
    """The printer could not be used."""

    template = QT_TRANSLATE_NOOP("GM100Error", "Could not print: {reason}")

    def __init__(self, reason: str) -> None:
        super().__init__(reason=reason)


def a4_printer(name: str = "") -> QPrinter:
    """A printer set to A4 portrait, full page (the sheets bring their own margins)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    if name:
        printer.setDocName(name)
    return printer


def paint_pages(printer: QPrinter, pages: PdfPages, progress: Progress | None = None) -> int:
    """Paint every page on `printer` (a real printer, a PDF file, or the preview); the pages painted.

    Runs in a worker thread too (Qt allows painting on a QPrinter outside the GUI thread). `progress`
    returning False aborts the print job and raises `CancelledError`.
    """
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(printer.printerName() or "no printer")
    try:
        engine = painter.paintEngine()
        preview = engine is not None and engine.type() == QPaintEngine.Type.Picture
        dpi = PREVIEW_DPI if preview else min(printer.resolution(), PRINT_DPI)
        paper = printer.paperRect(QPrinter.Unit.DevicePixel)
        total = pages.count()
        for index in range(total):
            if index and not printer.newPage():
                raise PrintError(printer.printerName() or "new page")
            image = pages.render(index, dpi)
            painter.drawImage(_fit(image, paper), image)
            if progress is not None and not progress(index + 1, total):
                printer.abort()
                raise CancelledError()
    finally:
        if painter.isActive():
            painter.end()
    return total


def _fit(image: QImage, paper: QRectF) -> QRectF:
    """The page's place on the paper: as large as fits, centred, proportions kept."""
    scale = min(paper.width() / image.width(), paper.height() / image.height())
    width, height = image.width() * scale, image.height() * scale
    return QRectF(
        paper.x() + (paper.width() - width) / 2, paper.y() + (paper.height() - height) / 2, width, height
    )


def preview_dialog(parent: QWidget | None, data: bytes, title: str) -> QPrintPreviewDialog | None:
    """Qt's print preview of the PDF (its Print button prints it), or None without a renderer."""
    pages = open_pages(data)
    if pages is None:
        return None
    printer = a4_printer(title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(lambda target: paint_pages(target, pages))
    dialog._gm100_keep = (printer, pages)  # type: ignore[attr-defined]  # the dialog does not own them
    dialog.finished.connect(lambda _result: pages.close())
    return dialog


def open_in_viewer(data: bytes, name: str, folder: Path | None = None) -> tuple[Path, bool]:
    """Write the PDF to a temporary file and open it in the system's PDF viewer (which can print it);
    the file, and whether a viewer opened."""
    folder = folder or Path(tempfile.gettempdir()) / "gm100-print"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / (re.sub(r"[^\w.-]+", "-", name).strip("-") or "sheets")
    path = path.with_suffix(".pdf")
    path.write_bytes(data)
    opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    if not opened:
        log.info("no PDF viewer opened %s", path)
    return path, opened
