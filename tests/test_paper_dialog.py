"""The secretariat's paper-sheet form: two people type a sheet, mismatches are shown, CSV comes in and out."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel
from pytestqt.qtbot import QtBot

from gm100_desktop.domain.event import EventDefinition
from gm100_desktop.domain.paper import PaperEntry
from gm100_desktop.services.demo import demo_event
from gm100_desktop.services.paper_csv import read_paper_csv
from gm100_desktop.ui import chair_paper_dialog
from gm100_desktop.ui.chair_paper_dialog import PaperEntryDialog

SCORES = {"INF1": 4, "INF2": 3, "INF3": 5, "INF4": 2, "INF5": 1}  # the rest of the sheet gets 3


@pytest.fixture(scope="module")
def event() -> EventDefinition:
    return demo_event(date(2019, 2, 21))[0]


@pytest.fixture
def errors_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(chair_paper_dialog, "show_error", lambda _parent, exc: shown.append(str(exc)))
    return shown


@pytest.fixture
def dialog(qtbot: QtBot, event: EventDefinition, errors_shown: list[str]) -> PaperEntryDialog:
    widget = PaperEntryDialog(event, [], "en")
    widget.confirm_discard = lambda: True  # closing at the end of a test never waits for a question
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def type_sheet(
    qtbot: QtBot, dialog: PaperEntryDialog, typist: str, changes: dict[str, int] | None = None
) -> None:
    """Type a whole sheet of A02 for 35.10 with the keyboard; Enter in the last note saves it."""
    dialog.typist.clear()
    qtbot.keyClicks(dialog.typist, typist)
    dialog.set_sheet("A02", "35.10")
    values = {**SCORES, **(changes or {})}
    rows = list(dialog.rows.values())
    for inputs in rows:
        qtbot.keyClicks(inputs.score, str(values.get(inputs.criterion.id, 3)))
    qtbot.keyClicks(rows[0].note, "jaringan fiber")
    qtbot.keyClick(rows[-1].note, Qt.Key.Key_Return)


def status_of(dialog: PaperEntryDialog, row: int = 0) -> str:
    item = dialog.table.item(row, 2)
    assert item is not None
    return item.text()


def details(dialog: PaperEntryDialog) -> list[str]:
    return [dialog.details.item(i).text() for i in range(dialog.details.count())]


def test_two_people_typing_the_same_sheet_confirm_it(qtbot: QtBot, dialog: PaperEntryDialog) -> None:
    with qtbot.waitSignal(dialog.changed):
        type_sheet(qtbot, dialog, "Ani")
    assert len(dialog.entries()) == 15
    assert all(not i.score.text() and not i.note.text() for i in dialog.rows.values())  # blind second entry
    assert dialog.typist.text() == "Ani"  # remembered for the next sheet
    assert "waiting for a second entry: 15" in status_of(dialog)
    type_sheet(qtbot, dialog, "Budi")
    assert dialog.table.rowCount() == 1
    assert status_of(dialog) == "Complete: 15/15 confirmed"
    [sheet] = dialog.check().complete_sheets
    assert dict(sheet.scores) == {c.id: SCORES.get(c.id, 3) for c in dialog.definition.rubric.criteria()}
    assert sheet.notes["INF1"] == "jaringan fiber"


def test_a_mismatch_is_shown_field_by_field(qtbot: QtBot, dialog: PaperEntryDialog) -> None:
    type_sheet(qtbot, dialog, "Ani")
    type_sheet(qtbot, dialog, "Budi", {"INF2": 4})
    assert "14/15 confirmed" in status_of(dialog) and "mismatches: 1" in status_of(dialog)
    dialog.table.setCurrentCell(0, 0)
    assert details(dialog) == ["INF2 score: 3 (Ani) ≠ 4 (Budi)"]
    type_sheet(qtbot, dialog, "Citra", {"INF2": 4})  # a third person settles it
    assert status_of(dialog) == "Complete: 15/15 confirmed"
    assert details(dialog) == [
        "INF2 score: 4 (Budi, Citra) ≠ 3 (Ani) — the first value counts: two people typed it"
    ]


def test_the_same_typist_twice_is_told_it_does_not_count(qtbot: QtBot, dialog: PaperEntryDialog) -> None:
    type_sheet(qtbot, dialog, "Ani")
    type_sheet(qtbot, dialog, "ani")
    assert "waiting for a second entry: 15" in status_of(dialog)
    assert "only someone else's entry confirms it" in dialog.message.text()


def test_a_bad_form_is_not_saved(qtbot: QtBot, dialog: PaperEntryDialog) -> None:
    first = next(iter(dialog.rows.values()))
    qtbot.keyClicks(first.score, "4")
    assert dialog.save_sheet() == 0 and "Typed by" in dialog.message.text()
    qtbot.keyClicks(dialog.typist, "Ani")
    first.score.setText("9")
    assert dialog.save_sheet() == 0 and "INF1: 9 is not on the scale 1–5" in dialog.message.text()
    first.score.clear()
    qtbot.keyClicks(first.note, "tidak dinilai")
    assert dialog.save_sheet() == 0 and "no score" in dialog.message.text()
    assert dialog.entries() == []
    assert first.note.text() == "tidak dinilai"  # nothing typed is lost


def test_the_region_list_starts_with_the_assessors_panel_and_leaves_out_conflicts(
    dialog: PaperEntryDialog,
) -> None:
    dialog.set_sheet("A01", "35.10")
    codes = [dialog.region.itemData(i) for i in range(dialog.region.count())]
    assert "32.73" not in codes  # A01 has a conflict of interest with Kota Bandung
    assert codes[:5] == ["35.10", "36.74", "33.27", "73.71", "34.04"]  # panel P1 first
    assert codes[5] is None and "35.78" in codes[6:]  # a separator, then the other panel


def test_enter_moves_to_the_next_field_and_a_typed_region_code_is_found(
    qtbot: QtBot, dialog: PaperEntryDialog
) -> None:
    dialog.activateWindow()
    first = dialog.rows["INF1"]
    first.score.setFocus()
    qtbot.waitUntil(first.score.hasFocus)
    qtbot.keyClicks(first.score, "5")
    qtbot.keyClick(first.score, Qt.Key.Key_Return)
    qtbot.waitUntil(first.note.hasFocus)
    assert dialog.entries() == []  # Enter before the last field never saves
    qtbot.keyClicks(dialog.typist, "Ani")
    dialog.set_sheet("A02", "35.10")
    dialog.region.setEditText("36.74")
    assert dialog.save_sheet() == 1
    assert dialog.entries() == [PaperEntry("A02", "36.74", "INF1", 5, "", "Ani")]


def test_csv_import_and_export(
    qtbot: QtBot, dialog: PaperEntryDialog, tmp_path: Path, errors_shown: list[str]
) -> None:
    source = tmp_path / "typed_elsewhere.csv"
    source.write_text(
        "assessor_id,region_code,criterion_id,score,note,entered_by\n"
        "A02,35.10,INF2,3,,Ani\n"
        "A02,35.10,INF2,4,,Budi\n"
        "A01,32.73,INF1,3,,Ani\n",
        encoding="utf-8",
    )
    dialog.choose_file = lambda *_args: source
    assert dialog.import_csv() == 3
    assert dialog.table.rowCount() == 2
    dialog.set_sheet("A02", "35.10")
    rows = {dialog.table.item(r, 1).text(): r for r in range(dialog.table.rowCount())}  # type: ignore[union-attr]
    dialog.table.setCurrentCell(rows["35.10 Kabupaten Banyuwangi"], 0)
    assert details(dialog) == ["INF2 score: 3 (Ani) ≠ 4 (Budi)"]
    dialog.table.setCurrentCell(rows["32.73 Kota Bandung"], 0)
    [refused] = details(dialog)
    assert "line 4" in refused and "conflict of interest" in refused

    broken = tmp_path / "broken.csv"
    broken.write_text("assessor_id,region_code,criterion_id,score,note,entered_by\nA02,35.10,INF1,x,,Ani\n")
    dialog.choose_file = lambda *_args: broken
    assert dialog.import_csv() == 0
    assert len(errors_shown) == 1 and "broken.csv" in errors_shown[0] and "line 2" in errors_shown[0]
    assert len(dialog.entries()) == 3  # all or nothing

    out = tmp_path / "out.csv"
    dialog.choose_save_file = lambda *_args: out
    assert dialog.export_csv()
    assert [e.__class__(**{**e.__dict__, "line": None}) for e in read_paper_csv(out)] == [
        PaperEntry(e.assessor_id, e.region_code, e.criterion_id, e.score, e.note, e.entered_by)
        for e in dialog.entries()
    ]


def test_mnemonics_are_unique_and_closing_asks_before_losing_typing(
    qtbot: QtBot, dialog: PaperEntryDialog
) -> None:
    texts = [w.text() for w in dialog.findChildren(QLabel)] + [
        b.text() for b in dialog.findChildren(QAbstractButton)
    ]
    keys = [m.lower() for t in texts for m in re.findall(r"&(\w)", t)]
    assert len(keys) >= 9 and len(keys) == len(set(keys))
    qtbot.keyClicks(next(iter(dialog.rows.values())).note, "setengah")
    asked: list[bool] = []
    dialog.confirm_discard = lambda: asked.append(True) or False
    dialog.reject()
    assert asked and dialog.isVisible()
    dialog.confirm_discard = lambda: True


def test_screenshot_of_a_half_typed_sheet(qtbot: QtBot, dialog: PaperEntryDialog) -> None:
    type_sheet(qtbot, dialog, "Ani")
    type_sheet(qtbot, dialog, "Budi", {"INF2": 4})
    dialog.table.setCurrentCell(0, 0)
    dialog.set_sheet("A02", "36.74")
    for inputs, score in zip(list(dialog.rows.values())[:7], "4352134", strict=False):
        qtbot.keyClicks(inputs.score, score)
    qtbot.keyClicks(dialog.rows["INF3"].note, "aplikasi layanan terpadu")
    assert dialog.rows["INF1"].level.text() == "Good"
    assert dialog.grab().save("/tmp/paper_dialog.png")
