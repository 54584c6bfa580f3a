"""Printing from the assessor's and the chair's windows: my score sheets from the last export, blank paper
sheets and the schedule, saved as PDF; without an export, or with the file gone, a message and nothing."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox
from pytestqt.qtbot import QtBot
from signing_support import (
    CHAIR_PASSPHRASE,
    CHEAP_KDF_N,
    PASSPHRASE,
    event_definition,
    import_event,
    make_chair,
    make_local_assessor,
)

from gm100_desktop.domain.event import EventDefinition
from gm100_desktop.i18n import LANGUAGES
from gm100_desktop.models.store import Store
from gm100_desktop.services import event_package as ep
from gm100_desktop.services.identity import UnlockedIdentity, create_identity, identity_path, unlock_identity
from gm100_desktop.services.sheets import AssessorRecord, SheetRequest, build_sheets
from gm100_desktop.services.verify import load_bundle
from gm100_desktop.services.window_sheets import chair_definition
from gm100_desktop.settings import Settings
from gm100_desktop.ui import print_actions, window_printing
from gm100_desktop.ui.chair_session import ChairSession
from gm100_desktop.ui.chair_window import ChairWindow
from gm100_desktop.ui.controller import ScoringController
from gm100_desktop.ui.export_dialog import ExportDialog
from gm100_desktop.ui.language import LanguageInstaller
from gm100_desktop.ui.main_window import AssessorWindow
from gm100_desktop.ui.window_printing import WindowPrinting

NOW = datetime(2019, 2, 21, 10, 40, 26)
TIMEOUT_MS = 60000
ROSTER = (
    "assessor_id,name,institution,panel,role\n"
    "A01,Rina Hartono,Universitas Indonesia,,academic\n"
    "A02,Budi Santoso,Kominfo,,government\n"
    "A03,Sari Dewi,IKTII,,practitioner\n"
    "A04,Agus Salim,Institut Teknologi Bandung,,academic\n"
)


@pytest.fixture(autouse=True)
def cheap_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GM100_KDF_N", CHEAP_KDF_N)


@pytest.fixture(autouse=True)
def errors_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    for module in (window_printing, print_actions):
        monkeypatch.setattr(module, "show_error", lambda _parent, exc: shown.append(str(exc)))
    return shown


@pytest.fixture(autouse=True)
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What QMessageBox.information told the person (it would block the test)."""
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text, *_a: told.append(text))
    return told


@pytest.fixture
def save_as(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """The save dialog answers tmp_path/<suggested name>; the names suggested."""
    asked: list[str] = []

    def chosen(_parent: object, _title: str, suggested: str, name_filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(tmp_path / suggested), name_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", chosen)
    return asked


def pdf_text(pdf: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext is not installed")
    out = subprocess.run([tool, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"\s+", " ", out)


def save(qtbot: QtBot, printing: WindowPrinting, kind: str) -> Path:
    sheets = printing.sheets()
    with qtbot.waitSignal(sheets.saved, timeout=TIMEOUT_MS) as signal:
        printing.action("save", kind).trigger()
    qtbot.waitUntil(lambda: not sheets.runner.busy)
    path = signal.args[0]
    assert isinstance(path, Path) and path.is_file()
    return path


def accelerators(menu: QMenu) -> list[str]:
    """The Alt letters of the menu's items, and of its submenus' items, each menu on its own."""
    found: list[str] = []
    letters = [re.search(r"&(\w)", a.text()) for a in menu.actions() if not a.isSeparator()]
    own = [m.group(1).lower() for m in letters if m is not None]
    assert len(own) == len(set(own)), (menu.title(), own)
    found += own
    for act in menu.actions():
        if act.menu() is not None:
            found += accelerators(act.menu())  # type: ignore[arg-type]
    return found


# ---- the assessor ------------------------------------------------------------------------------------------


@pytest.fixture
def me() -> UnlockedIdentity:
    return make_local_assessor()


@pytest.fixture
def definition(store: Store, me: UnlockedIdentity, tmp_path: Path) -> EventDefinition:
    """The chair-signed event, imported into the test store as A01."""
    signed = event_definition({"A01": me.public_key})
    event_file = tmp_path / "event.gm100event"
    ep.write_event_package(signed, make_chair(tmp_path), event_file)
    import_event(store, event_file, me.public_key)
    return signed


@pytest.fixture
def window(store: Store, definition: EventDefinition, qtbot: QtBot) -> Iterator[AssessorWindow]:
    win = AssessorWindow(ScoringController(store), Settings(), now=lambda: NOW)
    qtbot.addWidget(win)
    win.files.unlock_identity = lambda parent, identity: unlock_identity(identity, PASSPHRASE)
    yield win
    if win.printing._printing is not None:
        win.printing._printing.runner.wait()
    win.schedule.timer.stop()


def export_to(window: AssessorWindow, folder: Path) -> Path:
    """Export the scores as the File menu does; the bundle written."""
    folder.mkdir(exist_ok=True)
    dialog = window.files.export_scores()
    assert isinstance(dialog, ExportDialog)
    dialog.folder_edit.setText(str(folder))
    dialog.export_button.click()
    assert dialog.export_result is not None
    dialog.close()
    return dialog.export_result.path


def test_my_score_sheets_are_printed_from_the_last_export_with_its_number(
    qtbot: QtBot, window: AssessorWindow, definition: EventDefinition, tmp_path: Path, save_as: list[str]
) -> None:
    window.controller.set_score("35.10", "INF1", 4)
    export_to(window, tmp_path / "usb")
    window.controller.set_score("35.10", "INF1", 2)  # after the export: not on the paper
    bundle_file = export_to(window, tmp_path / "usb")
    window.controller.set_score("35.10", "INF1", 5)
    asked: list[str] = []
    window.printing.confirm = lambda text: asked.append(text) or True  # type: ignore[method-assign]

    pdf = save(qtbot, window.printing, "assessor")
    assert len(asked) == 1 and "changed after export number 2" in asked[0]
    assert save_as == [f"{definition.event_id}-assessor-sheets-en.pdf"]
    record = AssessorRecord.of(load_bundle(bundle_file))
    assert record.content.sequence == 2
    # the very sheets the signed event and bundle give: the event as stored prints as the package does
    expected = build_sheets(SheetRequest("assessor", definition, "en", records=(record,)))
    assert pdf.read_bytes() == expected.data
    text = pdf_text(pdf)
    assert f"sequence 2 · sha256 {record.short_hash}" in text
    slots = window.controller.slots()
    assert slots
    for slot in slots:
        assert window.controller.context.regions[slot.region_code].name in text


def test_scores_changed_since_the_export_ask_first_and_no_prints_nothing(
    window: AssessorWindow, tmp_path: Path, save_as: list[str]
) -> None:
    window.controller.set_score("35.10", "INF1", 4)
    export_to(window, tmp_path / "usb")
    asked: list[str] = []
    window.printing.confirm = lambda text: asked.append(text) or False  # type: ignore[method-assign]
    window.controller.set_note("35.10", "INF1", "ditambah setelah ekspor")
    assert not window.printing.run("save", "assessor")
    assert len(asked) == 1 and "Ctrl+E" in asked[0]
    assert save_as == [] and list(tmp_path.glob("*.pdf")) == []


def test_before_any_export_the_action_says_so_and_writes_nothing(
    window: AssessorWindow, tmp_path: Path, save_as: list[str], messages: list[str]
) -> None:
    assert not window.printing.run("save", "assessor")
    assert not window.printing.run("preview", "assessor")
    assert len(messages) == 2 and "Export" in messages[0] and "Ctrl+E" in messages[0]
    assert save_as == [] and list(tmp_path.glob("*.pdf")) == []


def test_a_bundle_no_longer_there_is_named_and_nothing_is_written(
    window: AssessorWindow, tmp_path: Path, save_as: list[str], messages: list[str], errors_shown: list[str]
) -> None:
    bundle_file = export_to(window, tmp_path / "usb")
    bundle_file.unlink()  # the USB stick was removed
    assert not window.printing.run("save", "assessor")
    assert len(messages) == 1 and str(bundle_file) in messages[0] and "number 1" in messages[0]
    assert save_as == [] and not errors_shown


def test_a_bundle_file_replaced_since_the_export_is_refused(
    window: AssessorWindow, tmp_path: Path, save_as: list[str], errors_shown: list[str]
) -> None:
    first = export_to(window, tmp_path / "one")
    second = export_to(window, tmp_path / "two")
    shutil.copyfile(first, second)  # a valid bundle, but not the one exported as number 2
    assert not window.printing.run("save", "assessor")
    assert len(errors_shown) == 1 and str(second) in errors_shown[0] and "number 2" in errors_shown[0]
    assert save_as == []


def test_blank_paper_sheets_are_mine_for_each_region_i_sit_in(
    qtbot: QtBot, window: AssessorWindow, definition: EventDefinition, save_as: list[str]
) -> None:
    pdf = save(qtbot, window.printing, "blank")
    text = pdf_text(pdf)
    ctx = window.controller.context
    mine = [s.region_code for s in window.controller.slots()]
    scored = [code for code in mine if ctx.regions[code].conflict is None]
    assert scored and len(scored) < len(mine)  # Kota Bandung: a conflict of interest, no sheet
    for code in scored:
        assert f"{code} {ctx.regions[code].name}" in text
    assert "32.73" not in text
    others = [a for a in definition.roster if a.assessor_id != "A01"]
    assert "Rina Hartono" in text and not any(a.name in text for a in others)


def test_the_assessor_file_menu_has_the_printing_with_distinct_keys(window: AssessorWindow) -> None:
    menu = window.file_menu
    titles = [a.text() for a in menu.actions() if a.menu() is not None]
    assert titles == ["Print &my score sheets", "Print blank &paper sheets"]
    assert len(accelerators(menu)) == 6 + 2 * 3
    shortcuts = [
        s.toString() for act in window.findChildren(QAction) for s in act.shortcuts() if not s.isEmpty()
    ]
    ctrl_p = QKeySequence(QKeySequence.StandardKey.Print).toString()
    assert window.printing.action("print", "assessor").shortcut().toString() == ctrl_p
    assert shortcuts.count(ctrl_p) == 1


# ---- the chair ---------------------------------------------------------------------------------------------


@pytest.fixture
def chair(qtbot: QtBot) -> Iterator[ChairWindow]:
    win = ChairWindow(ChairSession())
    qtbot.addWidget(win)
    yield win
    if win.printing._printing is not None:
        win.printing._printing.runner.wait()


def plan(window: ChairWindow, regions_csv: Path, tmp_path: Path) -> None:
    """27 regions of Jawa Barat, four assessors, two panels over two days, planned."""
    page = window.regions
    page.choose_file = lambda *_args: regions_csv
    page.import_regions()
    page.set_province("Jawa Barat")
    page.invite_shown(True)
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    window.roster.choose_file = lambda *_args: roster
    window.roster.import_roster()
    window.export.name_edit.setText("Seleksi GM100 2019")
    window.export._store_names()
    window.schedule.set_plan(2, 2)
    window.schedule.start.setDate(QDate(2019, 2, 21))
    window.schedule.plan()
    assert window.session.check().ok, window.session.check().problems


def test_the_chair_prints_blank_sheets_for_every_seated_assessor_and_the_schedule(
    qtbot: QtBot, chair: ChairWindow, regions_csv: Path, tmp_path: Path, save_as: list[str]
) -> None:
    plan(chair, regions_csv, tmp_path)
    definition, signed = chair_definition(chair.session.draft)
    assert not signed and definition.version == 1  # never exported: the sheets are of version 1 to come

    blank = save(qtbot, chair.printing, "blank")
    expected = build_sheets(SheetRequest("blank", definition, "en", per_assessor=True))
    assert blank.read_bytes() == expected.data
    assert expected.pages >= 27 * 2  # every region, for each of the two assessors of its panel
    text = pdf_text(blank)
    assert all(name in text for name in ("Rina Hartono", "Budi Santoso", "Sari Dewi", "Agus Salim"))
    assert all(f"{g.code} {g.name}" in text for g in definition.regions)

    schedule = save(qtbot, chair.printing, "schedule")
    assert schedule.read_bytes() == build_sheets(SheetRequest("schedule", definition, "en")).data
    text = pdf_text(schedule)
    assert all(p.name in text for p in definition.panels)
    assert all(g.name in text for g in definition.regions)
    assert save_as == [
        f"{definition.event_id}-blank-sheets-en.pdf",
        f"{definition.event_id}-schedule-sheets-en.pdf",
    ]


def test_the_chair_sheets_carry_the_signed_version_until_the_draft_changes(
    chair: ChairWindow, regions_csv: Path, tmp_path: Path
) -> None:
    plan(chair, regions_csv, tmp_path)
    identity = create_identity(
        identity_path("chair"), role="chair", name="Ketua Panel", passphrase=CHAIR_PASSPHRASE
    )
    chair.export.choose_file = lambda *_args: tmp_path / "event.gm100event"
    chair.export.unlock = lambda *_args: identity
    assert chair.export.export() is not None
    package = ep.load_event_package(tmp_path / "event.gm100event")
    definition, signed = chair_definition(chair.session.draft)
    assert signed and definition == package.definition

    chair.export.venue_edit.setText("Pusat TIK Nasional, Ciputat")
    chair.export._store_names()
    definition, signed = chair_definition(chair.session.draft)
    assert not signed and definition.version == 2


def test_the_chair_is_told_to_resolve_the_problems_first(
    chair: ChairWindow, save_as: list[str], messages: list[str]
) -> None:
    assert not chair.session.check().ok  # a new draft: no regions yet
    assert not chair.printing.run("save", "schedule")
    assert not chair.printing.run("print", "blank")
    assert len(messages) == 2 and "problems" in messages[0]
    assert save_as == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_chair_event_menu_keeps_distinct_keys(language: str, qapp: QApplication, qtbot: QtBot) -> None:
    languages = LanguageInstaller(qapp)
    assert languages.install(language), "run scripts/build_translations.py"
    try:
        chair = ChairWindow(ChairSession(), language)
        qtbot.addWidget(chair)
        titles = [a.text() for a in chair.file_menu.actions() if a.menu() is not None]
        assert len(titles) == 2 and titles[0] != titles[1]
        assert len(accelerators(chair.file_menu)) == 9 + 2 + 2 * 3
    finally:
        for translator in languages.translators:
            qapp.removeTranslator(translator)
