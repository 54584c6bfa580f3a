"""The assessor window in Bahasa Indonesia, with the real compiled gm100_id.qm."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gm100_desktop.errors import GM100Error, RegionFinalisedError
from gm100_desktop.models.store import Store
from gm100_desktop.settings import Settings
from gm100_desktop.ui.controller import ScoringController
from gm100_desktop.ui.errors import error_text
from gm100_desktop.ui.language import LanguageInstaller
from gm100_desktop.ui.main_window import AssessorWindow
from gm100_desktop.ui.region_list import STATE

NOW = datetime(2019, 2, 21, 10, 40, 26)  # during the 10:30–11:15 slot of 35.10 Kabupaten Banyuwangi


@pytest.fixture
def indonesian(qapp: QApplication) -> Iterator[LanguageInstaller]:
    languages = LanguageInstaller(qapp)
    assert languages.install("id"), "gm100_id.qm missing: run scripts/build_translations.py"
    yield languages
    for translator in languages.translators:
        qapp.removeTranslator(translator)  # leave the other tests in English


@pytest.fixture
def controller(store: Store, qtbot: QtBot) -> ScoringController:
    return ScoringController(store)


@pytest.fixture
def window(
    controller: ScoringController, indonesian: LanguageInstaller, qtbot: QtBot
) -> Iterator[AssessorWindow]:
    win = AssessorWindow(controller, Settings(), indonesian, now=lambda: NOW, remember=False)
    qtbot.addWidget(win)
    yield win
    win.schedule.timer.stop()


def test_menus_are_in_bahasa_indonesia(window: AssessorWindow) -> None:
    assert [a.text() for a in window.menuBar().actions()] == [
        "&Berkas",
        "&Sunting",
        "&Daerah",
        "&Pengaturan",
        "Ba&ntuan",
    ]
    assert window.quit_action.text() == "&Keluar"
    assert window.undo_action is not None and window.undo_action.text().startswith("&Urungkan")
    assert window.language_menu.title() == "&Bahasa"


def test_regions_and_the_form_show_indonesian_state_names(window: AssessorWindow) -> None:
    model = window.regions.model
    row = model.row_of("35.10")
    assert row is not None
    assert model.index(row, STATE).data() == "Belum dinilai 0/15"
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Waktu", "Kode", "Daerah", "Progres"]

    window.open_region("35.10")
    assert window.form.badge.text() == "Belum dinilai"
    assert window.form.finalise_button.text() == "Finalkan"
    assert "sisa" in window.schedule.countdown_label.text()


def test_a_core_error_is_shown_in_indonesian_with_the_region_named(
    window: AssessorWindow, controller: ScoringController
) -> None:
    for cid in window.form.criterion_ids():
        controller.set_score("35.10", cid, 3)  # mid-scale: no note needed
    controller.finalise("35.10")
    model = window.regions.model
    assert model.index(model.row_of("35.10") or 0, STATE).data() == "Final 15/15"

    with pytest.raises(GM100Error) as caught:
        controller.set_score("35.10", "INF1", 4)
    assert isinstance(caught.value, RegionFinalisedError)
    assert error_text(caught.value) == (
        "Kabupaten Banyuwangi sudah final. Buka kembali dengan menyertakan alasan untuk mengubah nilai."
    )
    assert caught.value.message.startswith("Kabupaten Banyuwangi is finalised.")  # the CLI keeps English
