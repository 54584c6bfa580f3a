"""The chair's workspace: regions, roster and keys, planning, signed export, autosave, workspace switch."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from signing_support import CHAIR_PASSPHRASE, extract, minisign_verify

from gm100_desktop.domain.minisign import SecretKey
from gm100_desktop.errors import GM100Error
from gm100_desktop.models.store import Store
from gm100_desktop.services.event_package import load_event_package
from gm100_desktop.services.identity import create_identity, identity_path
from gm100_desktop.settings import Settings, load_settings
from gm100_desktop.ui import chair_session
from gm100_desktop.ui.chair_regions_page import INVITED
from gm100_desktop.ui.chair_schedule_grid import ScheduleGridModel
from gm100_desktop.ui.chair_session import ChairSession
from gm100_desktop.ui.chair_window import ChairWindow
from gm100_desktop.ui.controller import ScoringController
from gm100_desktop.ui.main_window import AssessorWindow
from gm100_desktop.ui.workspaces import Workspaces

ROSTER = (
    "assessor_id,name,institution,panel,role\n"
    "A01,Rina Hartono,Universitas Indonesia,,academic\n"
    "A02,Budi Santoso,Kominfo,,government\n"
    "A03,Sari Dewi,IKTII,,practitioner\n"
    "A04,Agus Salim,Institut Teknologi Bandung,,academic\n"
)


@pytest.fixture
def errors_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(chair_session, "show_error", lambda _parent, exc: shown.append(str(exc)))
    return shown


def chair_window(qtbot: QtBot) -> ChairWindow:
    window = ChairWindow(ChairSession())
    qtbot.addWidget(window)
    return window


@pytest.fixture
def window(qtbot: QtBot, errors_shown: list[str]) -> ChairWindow:
    return chair_window(qtbot)


def choose(path: Path) -> object:
    return lambda *_args: path


def import_and_invite(window: ChairWindow, regions_csv: Path) -> None:
    page = window.regions
    page.choose_file = choose(regions_csv)  # type: ignore[assignment]
    page.import_regions()
    page.set_province("Jawa Barat")
    page.invite_shown(True)


def test_the_real_regions_are_imported_filtered_and_invited(window: ChairWindow, regions_csv: Path) -> None:
    import_and_invite(window, regions_csv)
    page = window.regions
    assert page.model.rowCount() == 514
    assert page.proxy.rowCount() == 27
    assert len(window.session.draft.invited) == 27
    assert "27 of 514" in page.summary.text()
    page.search.setText("bandung")  # within Jawa Barat: Kabupaten Bandung, Bandung Barat, Kota Bandung
    assert page.proxy.rowCount() == 3
    first = page.proxy.index(0, INVITED)
    assert page.proxy.setData(first, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert len(window.session.draft.invited) == 26


def test_a_bad_regions_file_is_refused_whole_naming_each_line(
    window: ChairWindow, regions_csv: Path, tmp_path: Path, errors_shown: list[str]
) -> None:
    import_and_invite(window, regions_csv)
    bad = tmp_path / "bad.csv"
    bad.write_text("code,name,province,kind\n32.73,Kota Bandung,Jawa Barat,kota\n32.7,X,,\n32.73,Again,,\n")
    window.regions.choose_file = choose(bad)  # type: ignore[assignment]
    window.regions.import_regions()
    assert len(errors_shown) == 1
    assert "line 3" in errors_shown[0] and "line 4" in errors_shown[0]
    assert len(window.session.draft.regions) == 514
    assert len(window.session.draft.invited) == 27


def test_roster_keys_plan_and_signed_export(
    window: ChairWindow, regions_csv: Path, tmp_path: Path, cheap_keys: None, errors_shown: list[str]
) -> None:
    import_and_invite(window, regions_csv)
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    window.roster.choose_file = choose(roster)  # type: ignore[assignment]
    window.roster.import_roster()
    assert [a.assessor_id for a in window.session.draft.roster] == ["A01", "A02", "A03", "A04"]

    key = SecretKey.generate().public_key()
    window.roster.select("A01")
    dialog = window.roster.enrol_key()
    assert dialog is not None
    dialog.key_edit.setPlainText(key.to_file())
    assert dialog.key.key_id.text() == key.key_id_hex
    dialog.typed.setText("0000 " + key.fingerprint[5:])  # misheard
    dialog.accept()
    assert "not enrolled" in dialog.message.text()
    assert not window.session.draft.assessor("A01").public_key  # type: ignore[union-attr]
    dialog.typed.setText(key.fingerprint.lower())
    dialog.accept()
    assert window.session.draft.assessor("A01").public_key == key.to_base64()  # type: ignore[union-attr]
    assert "A01" in window.session.draft.confirmed

    window.roster.select("A02")  # the same key for another assessor is refused
    again = window.roster.enrol_key()
    assert again is not None
    again.key_edit.setPlainText(key.to_base64())
    again.typed.setText(key.fingerprint)
    again.accept()
    assert "already enrolled for assessor A01" in again.message.text()
    again.reject()

    window.export.name_edit.setText("Seleksi GM100 2019")
    window.export._store_names()
    window.schedule.set_plan(2, 2, rotation=True)
    window.schedule.start.setDate(date(2019, 2, 21))
    window.schedule.plan()
    check = window.session.check()
    assert check.ok, check.problems
    assert len(window.session.draft.schedule) == 27
    assert window.schedule.model.columnCount() == 2
    cells = [window.schedule.model.region_at(0, c) for c in range(2)]
    assert all(cell.startswith("32.") for cell in cells)
    assert "connected" in window.schedule.problems.design.text()

    chair = create_identity(
        identity_path("chair"), role="chair", name="Ketua Panel", passphrase=CHAIR_PASSPHRASE
    )
    out = tmp_path / "event.gm100event"
    window.export.choose_file = lambda *_args: out  # type: ignore[assignment]
    window.export.unlock = lambda *_args: chair
    assert window.export.export_button.isEnabled()
    result = window.export.export()
    assert result is not None and result.version == 1
    assert "Exported version 1" in window.export.result.text()
    assert window.export.fingerprint.text() == chair.public_key.fingerprint
    folder = extract(out, tmp_path / "unzipped")
    verified = minisign_verify(folder / "event.json", folder / "chair.pub")
    assert verified.returncode == 0, verified.stderr
    package = load_event_package(out)
    assert len(package.definition.regions) == 27
    assert package.sha256 == result.sha256

    second = window.export.export()
    assert second is not None and second.version == 2 and second.event_id == result.event_id
    assert load_event_package(out).definition.version == 2
    assert not errors_shown


def test_export_is_disabled_while_a_region_has_no_slot(window: ChairWindow, regions_csv: Path) -> None:
    import_and_invite(window, regions_csv)
    problems = window.export.problems.texts()
    assert not window.export.export_button.isEnabled()
    assert any("no slot" in text for text in problems)
    assert any("roster is empty" in text for text in problems)


def test_the_draft_survives_closing_and_reopening(
    qtbot: QtBot, regions_csv: Path, errors_shown: list[str]
) -> None:
    first = chair_window(qtbot)
    import_and_invite(first, regions_csv)
    first.schedule.set_plan(3, 4)
    first.close()
    again = chair_window(qtbot)
    assert len(again.session.draft.invited) == 27
    assert again.session.draft.days == 3 and len(again.session.draft.panels) == 4
    assert again.schedule.days.value() == 3
    assert again.regions.model.rowCount() == 514


def test_a_damaged_draft_is_kept_aside_and_reported(qtbot: QtBot) -> None:
    path = chair_session.drafts.draft_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{not json", encoding="utf-8")
    session = ChairSession()
    assert isinstance(session.load_error, GM100Error)
    assert str(path) in str(session.load_error)
    assert not path.exists() and len(list(path.parent.glob("*.damaged-*"))) == 1


@pytest.fixture
def assessor(store: Store, qtbot: QtBot) -> Iterator[AssessorWindow]:
    window = AssessorWindow(ScoringController(store), Settings())
    qtbot.addWidget(window)
    yield window
    window.schedule.timer.stop()


def test_the_workspace_switch_swaps_windows_and_is_remembered(
    assessor: AssessorWindow, qtbot: QtBot, errors_shown: list[str]
) -> None:
    settings = Settings()
    workspaces = Workspaces(assessor, settings)
    with qtbot.waitActive(assessor):
        workspaces.show_initial()
    assert workspaces.chair is None  # made only when first asked for
    qtbot.keyClick(assessor, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    chair = workspaces.chair
    assert chair is not None
    qtbot.addWidget(chair)
    qtbot.waitUntil(chair.isActiveWindow)
    assert not assessor.isVisible()
    assert load_settings().workspace == "chair"
    qtbot.keyClick(chair, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(assessor.isVisible)
    assert not chair.isVisible()
    assert load_settings().workspace == "assessor"
    titles = [a.text() for a in assessor.menuBar().actions()]
    assert "&Workspace" in titles
    chair.close()


def planned(window: ChairWindow, regions_csv: Path, tmp_path: Path) -> None:
    """27 regions of Jawa Barat, four assessors, two panels over two days, planned."""
    import_and_invite(window, regions_csv)
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    window.roster.choose_file = choose(roster)  # type: ignore[assignment]
    window.roster.import_roster()
    window.export.name_edit.setText("Seleksi GM100 2019")
    window.export._store_names()
    window.schedule.set_plan(2, 2)
    window.schedule.start.setDate(date(2019, 2, 21))
    window.schedule.plan()


def free_cell(model: ScheduleGridModel, column: int) -> int:
    return next(r for r in range(model.rowCount()) if not model.code_at(r, column))


def drag(model: ScheduleGridModel, source: tuple[int, int], target: tuple[int, int]) -> bool:
    mime = model.mimeData([model.index(*source)])
    return model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, model.index(*target))


def test_regions_are_dragged_to_a_free_cell_swapped_and_moved_to_another_day(
    window: ChairWindow, regions_csv: Path, tmp_path: Path, cheap_keys: None, errors_shown: list[str]
) -> None:
    planned(window, regions_csv, tmp_path)
    page, model, draft = window.schedule, window.schedule.model, window.session.draft
    first, second = model.code_at(0, 0), model.code_at(1, 0)
    row = free_cell(model, 1)
    assert drag(model, (0, 0), (row, 1))  # to a free cell of panel P2
    moved = draft.slot_of(first)
    assert moved is not None and moved.panel_id == "P2" and moved.start == model.times[row][0]
    assert model.code_at(row, 1) == first and not model.code_at(0, 0)
    other = model.code_at(0, 1)
    assert drag(model, (1, 0), (0, 1))  # onto another region: the two swap
    assert (model.code_at(0, 1), model.code_at(1, 0)) == (second, other)
    mime = model.mimeData([model.index(0, 1)])
    page.day.setCurrentIndex(1)  # what hovering the "Day 2" tab during the drag does
    target = free_cell(model, 0)
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, model.index(target, 0))
    assert draft.slot_of(second).start.date() == date(2019, 2, 22)  # type: ignore[union-attr]
    assert draft.schedule_edited and window.session.check().ok, window.session.check().problems
    saved = chair_session.drafts.load_draft()
    assert saved.schedule == draft.schedule and saved.schedule_edited

    page.panel_model.setData(page.panel_model.index(0, 0), "Panel Nusantara")
    page.panel_model.setData(page.panel_model.index(0, 1), "Ruang Nusantara A")
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Panel Nusantara\nRuang Nusantara A"
    chair = create_identity(
        identity_path("chair"), role="chair", name="Ketua Panel", passphrase=CHAIR_PASSPHRASE
    )
    out = tmp_path / "event.gm100event"
    window.export.choose_file = lambda *_args: out  # type: ignore[assignment]
    window.export.unlock = lambda *_args: chair
    assert window.export.export() is not None
    package = load_event_package(out).definition
    assert (package.panels[0].name, package.panels[0].room) == ("Panel Nusantara", "Ruang Nusantara A")
    exported = {s.region_code: (s.panel_id, s.start) for s in package.schedule}
    assert exported[first] == (moved.panel_id, moved.start)
    assert exported[second][1].date() == date(2019, 2, 22)

    asked: list[bool] = []
    page.confirm_replan = lambda _parent: asked.append(True) or False  # the chair keeps the changes
    window.plan_action.trigger()
    assert asked and draft.slot_of(first) == moved and draft.schedule_edited
    page.confirm_replan = lambda _parent: True
    page.plan()
    assert not draft.schedule_edited and draft.slot_of(first) != moved
    assert not errors_shown


def test_a_region_is_moved_by_keyboard_and_from_the_move_to_list(
    window: ChairWindow, regions_csv: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    planned(window, regions_csv, tmp_path)
    page, model = window.schedule, window.schedule.model
    window.tabs.setCurrentWidget(page)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    first = model.code_at(0, 0)
    row = free_cell(model, 1)
    page.grid.setFocus()
    page.grid.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(page.grid, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert first in page.hint.text()
    page.grid.setCurrentIndex(model.index(row, 1))
    qtbot.keyClick(page.grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert model.code_at(row, 1) == first

    offered: list[str] = []

    def choose_day_two(_parent: object, _title: str, _label: str, items: list[str], *_buttons: str) -> int:
        offered.extend(items)
        return next(i for i, text in enumerate(items) if text.startswith("Day 2") and "free" in text)

    page.choose_place = choose_day_two  # type: ignore[assignment]
    page.grid.setCurrentIndex(model.index(row, 1))
    qtbot.keyClick(page.grid, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert window.session.draft.slot_of(first).start.date() == date(2019, 2, 22)  # type: ignore[union-attr]
    assert any("swap with" in text for text in offered)
    window.close()


def test_conflicts_typed_in_the_dialog_guide_the_planner_and_a_move_breaking_one_blocks_export(
    window: ChairWindow, regions_csv: Path, tmp_path: Path, errors_shown: list[str]
) -> None:
    planned(window, regions_csv, tmp_path)
    window.roster.select("A01")
    dialog = window.roster.edit_conflicts()
    assert dialog.assessor.currentData() == "A01"
    dialog.search.setText("kota bandung")
    dialog.reason.setText("Lahir di Kota Bandung")
    assert dialog.add()
    dialog.search.setText("sukabumi")  # Kabupaten and Kota Sukabumi: the first shown is chosen
    dialog.assessor.setCurrentIndex(dialog.assessor.findData("A02"))
    assert dialog.add()
    assert [(c.assessor_id, c.region_code) for c in window.session.draft.conflicts] == [
        ("A01", "32.73"),
        ("A02", "32.02"),
    ]
    assert dialog.table.rowCount() == 2 and "Lahir di Kota Bandung" in dialog.table.item(0, 2).text()
    dialog.table.selectRow(1)
    assert dialog.remove()
    assert len(window.session.draft.conflicts) == 1
    dialog.close()

    window.schedule.plan()
    draft, model = window.session.draft, window.schedule.model
    home = draft.assessor("A01").panel_id  # type: ignore[union-attr]
    bandung = draft.slot_of("32.73")
    assert bandung is not None and bandung.panel_id != home  # the planner kept it away from A01
    assert window.export.export_button.isEnabled()

    window.schedule.day.setCurrentIndex((bandung.start.date() - date(2019, 2, 21)).days)
    column = model.panels.index(bandung.panel_id)
    row = next(r for r in range(model.rowCount()) if model.code_at(r, column) == "32.73")
    assert drag(model, (row, column), (row, model.panels.index(home)))  # into A01's panel
    problems = window.export.problems.texts()
    assert any("32.73 Kota Bandung" in p and "A01" in p and "conflict of interest" in p for p in problems)
    assert not window.export.export_button.isEnabled()
    assert not errors_shown


def test_an_institution_tied_to_a_province_in_the_dialog_shows_as_a_warning(
    window: ChairWindow, regions_csv: Path, tmp_path: Path, errors_shown: list[str]
) -> None:
    planned(window, regions_csv, tmp_path)  # every invited region is in Jawa Barat
    dialog = window.roster.edit_conflicts()
    dialog.tabs.setCurrentWidget(dialog.soft)
    soft = dialog.soft
    assert soft.add_button.isDefault() and not dialog.add_button.isDefault()  # Enter adds a pair here
    assert [soft.institution.itemText(i) for i in range(soft.institution.count())] == [
        "IKTII",
        "Institut Teknologi Bandung",
        "Kominfo",
        "Universitas Indonesia",
    ]
    soft.institution.setCurrentText("Institut Teknologi Bandung")
    soft.province.setCurrentText("Jawa Barat")
    assert soft.add()
    assert window.session.draft.soft_conflicts == [("Institut Teknologi Bandung", "Jawa Barat")]
    assert soft.table.rowCount() == 1 and soft.table.item(0, 2).text() == "A04"
    assert not soft.add() and "already listed" in soft.message.text()

    window.schedule.plan()
    home = window.session.draft.assessor("A04").panel_id  # type: ignore[union-attr]
    warnings = [t for t in window.schedule.problems.texts() if "tied to that province" in t]
    assert warnings and all(t.startswith("Warning:") for t in warnings)
    assert all(f"presents to {home}" in t and "A04 (Institut Teknologi Bandung)" in t for t in warnings)
    assert window.export.export_button.isEnabled()  # a warning never blocks the export

    ties = tmp_path / "ties.csv"
    ties.write_text("institution,province\nKominfo,Jawa Barat\n", encoding="utf-8")
    dialog.choose_file = choose(ties)  # type: ignore[assignment]
    soft.import_pairs()
    assert "read from the file: 1" in soft.message.text() and soft.table.rowCount() == 2
    soft.table.selectRow(0)
    assert soft.remove()
    window.schedule.plan()
    texts = window.schedule.problems.texts()
    assert not any("A04 (Institut" in t for t in texts)
    assert any("A02 (Kominfo)" in t for t in texts)
    assert not errors_shown
    dialog.close()
