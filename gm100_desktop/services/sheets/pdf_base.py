"""What every printed sheet shares: embedded fonts, A4 pages with header, footer and "page x of y", styles.

Fonts are checked and registered once by `ensure_fonts`, before any batch starts, so that a missing font is
a clear error at start-up instead of a failure halfway through 514 sheets. Output is deterministic: the same
inputs give the same bytes (reportlab's invariant mode fixes the creation date and document id).
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, TableStyle

from gm100_desktop import APP_NAME, __version__, paths
from gm100_desktop.errors import CancelledError, FontMissingError
from gm100_desktop.services.sheets.labels import label

Progress = Callable[[int, int], bool]  # (done, total) -> False to cancel

REGULAR, BOLD, OBLIQUE = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"
MONO = "DejaVuSansMono"  # hashes and key ids
FONT_FILES = (
    (REGULAR, "DejaVuSans.ttf"),
    (BOLD, "DejaVuSans-Bold.ttf"),
    (OBLIQUE, "DejaVuSans-Oblique.ttf"),
    (MONO, "DejaVuSansMono.ttf"),
)

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 15 * mm
MARGIN_TOP = 19 * mm
MARGIN_BOTTOM = 17 * mm
BODY_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
GRID = colors.HexColor("#9a9a9a")
SHADE = colors.HexColor("#ececec")
GREY = colors.HexColor("#555555")

_lock = threading.Lock()
_registered: Path | None = None


def fonts_dir() -> Path:
    return paths.resources_dir() / "fonts"


def ensure_fonts(folder: Path | None = None) -> None:
    """Check that every font file is there and readable, and register the fonts with reportlab (once).

    Raises `FontMissingError` naming the file. Call it at start-up and before a batch begins.
    """
    global _registered
    folder = folder or fonts_dir()
    files = [(name, folder / file) for name, file in FONT_FILES]
    for _, path in files:
        if not path.is_file():
            raise FontMissingError(path, "no such file")
    with _lock:
        if _registered == folder:
            return
        for name, path in files:
            try:
                pdfmetrics.registerFont(TTFont(name, str(path)))
            except (TTFError, OSError) as exc:
                raise FontMissingError(path, str(exc) or type(exc).__name__) from exc
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=OBLIQUE, boldItalic=BOLD)
        _registered = folder


def text(value: str) -> str:
    """Plain text made safe for a reportlab Paragraph (markup escaped, line breaks kept)."""
    return escape(value).replace("\r\n", "\n").replace("\n", "<br/>")


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_small: ParagraphStyle
    cell_right: ParagraphStyle
    score: ParagraphStyle
    banner: ParagraphStyle


@cache
def sheet_styles() -> Styles:
    """The paragraph styles of every sheet (registers the fonts first)."""
    ensure_fonts()
    base = ParagraphStyle("gm100", fontName=REGULAR, fontSize=9, leading=11.5)

    def style(name: str, **options: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **options)

    return Styles(
        title=style("title", fontName=BOLD, fontSize=14, leading=17, spaceAfter=4),
        heading=style("heading", fontName=BOLD, fontSize=10, leading=13, spaceBefore=6, spaceAfter=3),
        body=style("body"),
        small=style("small", fontSize=7.5, leading=9.5, textColor=GREY),
        cell=style("cell", fontSize=8, leading=10),
        cell_bold=style("cell_bold", fontName=BOLD, fontSize=8, leading=10),
        cell_small=style("cell_small", fontSize=7, leading=8.6),
        cell_right=style("cell_right", fontSize=8, leading=10, alignment=2),
        score=style("score", fontName=BOLD, fontSize=12, leading=14, alignment=1),
        banner=style("banner", fontName=BOLD, fontSize=10, leading=13, textColor=colors.HexColor("#a00000")),
    )


def grid_style(*commands: tuple[Any, ...]) -> TableStyle:
    """A table with a light grid, top-aligned cells and small padding, plus `commands`."""
    return TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.5, GRID),
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # plain-text (empty) cells too: no Helvetica reference
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            *commands,
        ]
    )


def field_table_rows(pairs: Sequence[tuple[str, str]], styles: Styles) -> list[list[Paragraph]]:
    """Label/value pairs two to a row: [label, value, label, value]."""
    rows: list[list[Paragraph]] = []
    cells = [(Paragraph(text(k), styles.cell_bold), Paragraph(text(v), styles.cell)) for k, v in pairs]
    for i in range(0, len(cells), 2):
        row = [*cells[i], *(cells[i + 1] if i + 1 < len(cells) else (Paragraph("", styles.cell),) * 2)]
        rows.append(list(row))
    return rows


# ---- sheets, pages and their furniture ---------------------------------------------------------------------


@dataclass(frozen=True)
class SheetInfo:
    """One printed sheet: pages numbered "page i of n" among themselves, sharing a header and footer."""

    key: str
    header_left: str
    header_right: str
    footer_left: str


class SheetStart(Flowable):  # type: ignore[misc]
    """Marks where a sheet begins (always at the top of a page) and reports progress when it is laid out."""

    def __init__(self, info: SheetInfo, index: int, total: int, progress: Progress | None) -> None:
        super().__init__()
        self.info = info
        self.index = index
        self.total = total
        self.progress = progress
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._gm100_sheet = self.info
        if self.progress is not None and self.progress(self.index, self.total) is False:
            raise CancelledError()


class SheetCanvas(Canvas):  # type: ignore[misc]
    """Keeps every page until the end, then draws header, footer and "page x of y" (per sheet) on each."""

    def __init__(self, *args: Any, language: str, pages_out: list[int], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._gm100_language = language
        self._gm100_pages: list[tuple[dict[str, Any], SheetInfo | None]] = []
        self._gm100_sheet: SheetInfo | None = None
        self._gm100_pages_out = pages_out

    def showPage(self) -> None:
        self._gm100_pages.append((dict(self.__dict__), self._gm100_sheet))
        self._startPage()

    def save(self) -> None:
        pages = self._gm100_pages
        per_sheet: dict[str, int] = {}
        for _, info in pages:
            key = info.key if info else ""
            per_sheet[key] = per_sheet.get(key, 0) + 1
        seen: dict[str, int] = {}
        for number, (state, info) in enumerate(pages, start=1):
            self.__dict__.update(state)
            key = info.key if info else ""
            seen[key] = seen.get(key, 0) + 1
            self._furniture(info, seen[key], per_sheet[key], number, len(pages))
            Canvas.showPage(self)
        self._gm100_pages_out.append(len(pages))
        Canvas.save(self)

    def _furniture(self, info: SheetInfo | None, page: int, pages: int, number: int, total: int) -> None:
        lang = self._gm100_language
        top = PAGE_HEIGHT - 11 * mm
        bottom = 9 * mm
        self.saveState()
        self.setStrokeColor(GRID)
        self.setLineWidth(0.5)
        self.line(MARGIN_X, top - 2.2 * mm, PAGE_WIDTH - MARGIN_X, top - 2.2 * mm)
        self.line(MARGIN_X, bottom + 3.6 * mm, PAGE_WIDTH - MARGIN_X, bottom + 3.6 * mm)
        self.setFillColor(GREY)
        self.setFont(REGULAR, 7.5)
        if info is not None:
            continued = f" {label('continued', lang)}" if page > 1 else ""
            self._fit(info.header_left, MARGIN_X, top, BODY_WIDTH * 0.55)
            right = info.header_right + continued
            self.drawRightString(PAGE_WIDTH - MARGIN_X, top, self._clip(right, BODY_WIDTH * 0.43))
            self._fit(info.footer_left, MARGIN_X, bottom, BODY_WIDTH * 0.62)
        self.setFont(BOLD, 7.5)
        self.drawRightString(PAGE_WIDTH - MARGIN_X, bottom, label("page", lang, page=page, pages=pages))
        self.setFont(REGULAR, 6.5)
        self.drawRightString(
            PAGE_WIDTH - MARGIN_X, bottom - 3.2 * mm, label("document_page", lang, page=number, pages=total)
        )
        self.restoreState()

    def _fit(self, value: str, x: float, y: float, width: float) -> None:
        self.drawString(x, y, self._clip(value, width))

    def _clip(self, value: str, width: float) -> str:
        """Shortened with an ellipsis to fit `width` at the current font (headers are one line)."""
        font, size = self._fontname, self._fontsize
        if pdfmetrics.stringWidth(value, font, size) <= width:
            return value
        while value and pdfmetrics.stringWidth(value + "…", font, size) > width:
            value = value[:-1]
        return value + "…"


@dataclass(frozen=True)
class RenderedPdf:
    data: bytes
    pages: int
    sheets: int


def render_pdf(story: list[Flowable], *, title: str, language: str, sheets: int) -> RenderedPdf:
    """Lay out `story` on A4 pages and return the PDF bytes (the same story gives the same bytes)."""
    ensure_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=APP_NAME,
        creator=f"{APP_NAME} {__version__}",
        subject=title,
        invariant=1,
        initialFontName=REGULAR,
    )
    frame = Frame(
        doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
    )  # fmt: skip
    doc.addPageTemplates([PageTemplate(id="sheet", frames=[frame])])
    pages: list[int] = []

    def canvas_maker(*args: Any, **kwargs: Any) -> SheetCanvas:
        return SheetCanvas(*args, language=language, pages_out=pages, **kwargs)

    doc.build(story, canvasmaker=canvas_maker)
    return RenderedPdf(buffer.getvalue(), pages[-1] if pages else 0, sheets)


def check_progress(progress: Progress | None, done: int, total: int) -> None:
    """Report progress; raise `CancelledError` when the caller asks to stop."""
    if progress is not None and progress(done, total) is False:
        raise CancelledError()
