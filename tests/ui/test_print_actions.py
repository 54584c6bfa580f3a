"""Printing from the app: save as PDF, a cancelled batch writes nothing, printing, the viewer fallback."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QFileDialog, QMainWindow
from pytestqt.qtbot import QtBot

from gm100_desktop.domain.event import EventDefinition
from gm100_desktop.services import merge as m
from gm100_desktop.services.demo_files import DemoSummary, write_demo_files
from gm100_desktop.services.sheets import SheetRequest, build_sheets
from gm100_desktop.ui import print_actions, print_preview
from gm100_desktop.ui.merge_window import MergeWindow
from gm100_desktop.ui.print_actions import SheetPrinting, install_merge_printing
from ui.merge_support import open_demo

TIMEOUT_MS = 60000


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> DemoSummary:
    folder = tmp_path_factory.mktemp("print-demo")
    return write_demo_files(folder, regions=12, assessors=6, panels=2, kdf_n=1024, rotate=True)


@pytest.fixture(scope="module")
def merged(demo: DemoSummary) -> tuple[EventDefinition, dict[str, Any]]:
    session = m.open_event(demo.event_file)
    session.add_inputs(m.read_inputs(m.collect_bundle_files([demo.folder / "bundles"]), session.event))
    return session.event.definition, m.merge(session).report


@pytest.fixture(autouse=True)
def no_errors(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Errors the actions would show (a message box would block the test): there must be none."""
    shown: list[str] = []
    monkeypatch.setattr(print_actions, "show_error", lambda _parent, exc: shown.append(repr(exc)))
    yield shown
    assert not shown


@pytest.fixture
def printing(qtbot: QtBot, merged: tuple[EventDefinition, dict[str, Any]]) -> Iterator[SheetPrinting]:
    definition, report = merged
    window = QMainWindow()
    qtbot.addWidget(window)
    printing = SheetPrinting(window, lambda kind: SheetRequest(kind, definition, "en", report=report))
    yield printing
    printing.runner.wait()


def pages_in(pdf: Path) -> int:
    tool = shutil.which("pdfinfo")
    if tool is None:
        pytest.skip("pdfinfo is not installed")
    out = subprocess.run([tool, str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[1] for line in out.splitlines() if line.startswith("Pages:")))


def test_save_as_pdf_writes_the_sheets_the_service_makes(
    qtbot: QtBot,
    printing: SheetPrinting,
    merged: tuple[EventDefinition, dict[str, Any]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "ranking.pdf"
    asked: list[str] = []

    def chosen(parent: object, title: str, suggested: str, name_filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(target), name_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", chosen)
    action = printing.actions[("save", "ranking")]
    assert action.isEnabled() and "PDF" in action.text()
    with qtbot.waitSignal(printing.saved, timeout=TIMEOUT_MS) as signal:
        action.trigger()
    assert signal.args == [target]
    definition, report = merged
    assert asked == [f"{definition.event_id}-ranking-en.pdf"]
    assert target.read_bytes() == build_sheets(SheetRequest("ranking", definition, "en", report=report)).data
    qtbot.waitUntil(lambda: not printing.runner.busy)
    assert action.isEnabled()


def test_a_cancelled_batch_of_region_sheets_writes_nothing(
    qtbot: QtBot, printing: SheetPrinting, tmp_path: Path
) -> None:
    target = tmp_path / "regions.pdf"
    target.write_bytes(b"the old file")
    seen: list[tuple[int, int]] = []

    def cancel_at_third(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 3

    printing.progress_hook = cancel_at_third
    saved: list[object] = []
    printing.saved.connect(saved.append)
    with qtbot.waitSignal(printing.runner.cancelled, timeout=TIMEOUT_MS):
        assert printing.save_pdf("region", target)
        assert not printing.actions[("print", "region")].isEnabled()  # one job at a time
    qtbot.waitUntil(lambda: not printing.runner.busy)
    assert seen[-1] == (3, 12)
    assert target.read_bytes() == b"the old file" and [p.name for p in tmp_path.iterdir()] == ["regions.pdf"]
    assert not saved
    assert printing.actions[("print", "region")].isEnabled()


@pytest.mark.parametrize("renderer", ["QtPdf", "pypdfium2"])
def test_printing_sends_every_page_to_the_printer(
    qtbot: QtBot,
    printing: SheetPrinting,
    merged: tuple[EventDefinition, dict[str, Any]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    renderer: str,
) -> None:
    module = "PySide6.QtPdf" if renderer == "QtPdf" else "pypdfium2"
    if print_preview._module(module) is None:
        pytest.skip(f"{renderer} is not installed")
    if renderer == "pypdfium2":
        real = print_preview._module
        monkeypatch.setattr(
            print_preview, "_module", lambda name: None if name == "PySide6.QtPdf" else real(name)
        )
    out = tmp_path / "printed.pdf"

    def to_file(parent: object, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True

    printing.choose_printer = to_file
    with qtbot.waitSignal(printing.printed, timeout=TIMEOUT_MS) as signal:
        printing.actions[("print", "region")].trigger()
    definition, report = merged
    expected = build_sheets(SheetRequest("region", definition, "en", report=report)).pages
    assert signal.args == [expected]
    qtbot.waitUntil(lambda: not printing.runner.busy)
    assert pages_in(out) == expected


def test_without_a_renderer_the_pdf_opens_in_the_system_viewer(
    qtbot: QtBot, printing: SheetPrinting, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(print_preview, "_module", lambda name: None)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    printers: list[object] = []
    printing.choose_printer = lambda parent, printer: printers.append(printer) or True
    assert print_preview.renderer_name() is None
    with qtbot.waitSignal(printing.viewer_opened, timeout=TIMEOUT_MS) as signal:
        printing.actions[("print", "ranking")].trigger()
    path = Path(signal.args[0])
    assert opened == [str(path)] and path.parent == tmp_path / "gm100-print"
    assert path.read_bytes().startswith(b"%PDF") and not printers
    qtbot.waitUntil(lambda: not printing.runner.busy)
    with qtbot.waitSignal(printing.viewer_opened, timeout=TIMEOUT_MS):
        printing.actions[("preview", "region")].trigger()
    assert len(opened) == 2 and opened[1].endswith("region-sheets-en.pdf")


def test_the_merge_window_gets_a_print_menu_for_the_merge_shown(
    qtbot: QtBot, demo: DemoSummary, tmp_path: Path
) -> None:
    window = MergeWindow("id")
    qtbot.addWidget(window)
    window.confirm_discard = lambda: True
    printing = install_merge_printing(window)
    titles = [a.text() for a in window.menuBar().actions()]
    assert "Printin&g" in titles
    assert not printing.actions[("save", "ranking")].isEnabled()  # nothing merged yet
    open_demo(qtbot, window, demo)
    qtbot.waitUntil(lambda: printing.actions[("save", "ranking")].isEnabled())
    target = tmp_path / "regions.pdf"
    with qtbot.waitSignal(printing.saved, timeout=TIMEOUT_MS):
        assert printing.save_pdf("region", target)
    assert window.model.outcome is not None and window.model.session is not None
    request = SheetRequest(
        "region", window.model.session.event.definition, "id", report=window.model.outcome.report
    )
    assert target.read_bytes() == build_sheets(request).data
    qtbot.waitUntil(lambda: not printing.runner.busy)
    window.model.runner.wait()


def test_the_print_preview_shows_every_page(
    qtbot: QtBot, printing: SheetPrinting, merged: tuple[EventDefinition, dict[str, Any]]
) -> None:
    if print_preview.renderer_name() is None:
        pytest.skip("neither QtPdf nor pypdfium2 is installed")
    shown: list[QPrintPreviewDialog] = []
    printing.show_preview = shown.append
    with qtbot.waitSignal(printing.runner.idle, timeout=TIMEOUT_MS):
        printing.actions[("preview", "ranking")].trigger()
    qtbot.waitUntil(lambda: bool(shown))
    dialog = shown[0]
    qtbot.addWidget(dialog)
    assert "ranking report" in dialog.windowTitle()
    with qtbot.waitSignal(dialog.paintRequested, timeout=TIMEOUT_MS):
        dialog.show()
    widget = dialog.findChild(QPrintPreviewWidget)
    assert widget is not None
    definition, report = merged
    qtbot.waitUntil(
        lambda: (
            widget.pageCount() == build_sheets(SheetRequest("ranking", definition, "en", report=report)).pages
        )
    )
