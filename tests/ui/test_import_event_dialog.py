"""Importing the chair's event package from the window: verified, the chair's key shown, then installed."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from pytestqt.qtbot import QtBot
from signing_support import CHEAP_KDF_N, EVENT_ID, event_definition, make_chair, make_local_assessor
from sqlalchemy import func, select

from gm100_desktop.domain.event import EventDefinition
from gm100_desktop.models import tables as t
from gm100_desktop.models.store import Store
from gm100_desktop.services import event_package as ep
from gm100_desktop.services.identity import UnlockedIdentity
from gm100_desktop.settings import Settings
from gm100_desktop.ui import file_actions
from gm100_desktop.ui.controller import ScoringController
from gm100_desktop.ui.errors import error_text
from gm100_desktop.ui.import_event_dialog import ImportEventDialog
from gm100_desktop.ui.main_window import AssessorWindow

NOW = datetime(2019, 2, 21, 10, 40, 26)
NAME = "Seleksi GM100 2019 — Tahap 3"


@pytest.fixture(autouse=True)
def cheap_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GM100_KDF_N", CHEAP_KDF_N)


@pytest.fixture
def controller(store: Store) -> ScoringController:
    return ScoringController(store)


@pytest.fixture
def window(controller: ScoringController, qtbot: QtBot) -> Iterator[AssessorWindow]:
    win = AssessorWindow(controller, Settings(), now=lambda: NOW, remember=False)
    qtbot.addWidget(win)
    yield win
    win.schedule.timer.stop()


@pytest.fixture
def chair(tmp_path: Path) -> UnlockedIdentity:
    return make_chair(tmp_path)


@pytest.fixture
def errors_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(file_actions, "show_error", lambda _parent, exc: shown.append(error_text(exc)))
    return shown


def write(chair: UnlockedIdentity, definition: EventDefinition, path: Path) -> Path:
    ep.write_event_package(definition, chair, path)
    return path


def confirm(dialog: ImportEventDialog) -> None:
    assert not dialog.import_button.isEnabled(), "importing needs the key comparison confirmed"
    dialog.compared.setChecked(True)
    dialog.import_button.click()


def event_count(store: Store) -> int:
    with store.transaction() as s:
        return s.scalar(select(func.count()).select_from(t.Event)) or 0


def test_import_shows_the_package_and_chair_key_then_the_window_opens_the_event(
    window: AssessorWindow, controller: ScoringController, chair: UnlockedIdentity, tmp_path: Path
) -> None:
    me = make_local_assessor()
    path = write(chair, event_definition({"A01": me.public_key}, name=NAME), tmp_path / "e.gm100event")
    window.files.choose_event_file = lambda _parent: path
    assert window.files.import_action.shortcut().toString() == "Ctrl+O"

    window.files.import_action.trigger()
    dialog = window.findChild(ImportEventDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.facts["file"].text() == "e.gm100event"
    assert dialog.facts["event"].text() == f"{EVENT_ID}, version 1"
    assert dialog.facts["dates"].text() == "21 February 2019 – 22 February 2019 (2 days)"
    assert dialog.facts["contents"].text() == "12 regions, 2 panels, 6 assessors"
    assert dialog.facts["chair"].text() == "Ketua Panel"
    assert dialog.key.key_id.text() == chair.public_key.key_id_hex
    assert dialog.key.fingerprint.text().split() == chair.public_key.fingerprint.split()
    assert dialog.assessor_label.text().startswith("You will score as A01 · Dr. Rina Hartono")
    assert "roster holds your signing key" in dialog.assessor_label.text()
    assert dialog.import_button.text() == "Import"

    confirm(dialog)
    assert not dialog.isVisible()
    assert controller.context.event_id == EVENT_ID and controller.context.assessor_id == "A01"
    assert window.event_label.text() == NAME
    assert window.windowTitle().startswith(NAME)
    assert "you score as A01" in window.statusBar().currentMessage()


def test_a_tampered_package_is_refused_naming_the_file_and_nothing_changes(
    window: AssessorWindow,
    store: Store,
    controller: ScoringController,
    chair: UnlockedIdentity,
    tmp_path: Path,
    errors_shown: list[str],
) -> None:
    make_local_assessor()
    good = write(chair, event_definition({}, name=NAME), tmp_path / "good.gm100event")
    data = bytearray(good.read_bytes())
    data[len(data) // 2] ^= 0x01  # one flipped bit inside the signed data
    bad = tmp_path / "tampered.gm100event"
    bad.write_bytes(bytes(data))
    before = controller.context

    assert window.files.import_event(bad) is None
    assert len(errors_shown) == 1 and str(bad) in errors_shown[0]
    assert window.findChild(ImportEventDialog) is None
    assert event_count(store) == 1  # the demo event only
    assert controller.context == before


def test_a_file_that_is_not_a_package_is_refused_with_the_reason(
    window: AssessorWindow, store: Store, tmp_path: Path, errors_shown: list[str]
) -> None:
    bad = tmp_path / "notes.gm100event"
    bad.write_text("hello", encoding="utf-8")
    assert window.files.import_event(bad) is None
    assert str(bad) in errors_shown[0] and "archive" in errors_shown[0]
    assert event_count(store) == 1


def test_a_newer_version_replaces_the_older_after_confirmation_and_keeps_every_score(
    window: AssessorWindow, controller: ScoringController, chair: UnlockedIdentity, tmp_path: Path
) -> None:
    me = make_local_assessor()
    v1 = event_definition({"A01": me.public_key}, name=NAME)
    confirm(window.files.import_event(write(chair, v1, tmp_path / "v1.gm100event")))  # type: ignore[arg-type]
    controller.set_score("35.10", "INF1", 4)
    controller.set_score("35.10", "INF2", 2)
    controller.set_note("35.10", "INF2", "Belum ada pusat data")

    v2 = dataclasses.replace(v1, version=2, name=NAME + " (revisi)")
    dialog = window.files.import_event(write(chair, v2, tmp_path / "v2.gm100event"))
    assert dialog is not None
    assert "This replaces version 1 of this event with version 2." in dialog.action_label.text()
    assert "Every score, note and history entry is kept (2 scores given so far)" in dialog.action_label.text()
    assert dialog.import_button.text() == "Replace version 1"
    dialog.reject()  # cancelling changes nothing
    assert window.event_label.text() == NAME

    dialog = window.files.import_event(tmp_path / "v2.gm100event")
    assert dialog is not None
    confirm(dialog)
    assert window.event_label.text() == NAME + " (revisi)"
    sheet = controller.sheet("35.10")
    assert (sheet.scores["INF1"], sheet.scores["INF2"]) == (4, 2)
    assert sheet.notes["INF2"] == "Belum ada pusat data"
    assert len(controller.history("35.10")) == 3


def test_an_older_version_is_refused(
    window: AssessorWindow, chair: UnlockedIdentity, tmp_path: Path, errors_shown: list[str]
) -> None:
    me = make_local_assessor()
    v2 = event_definition({"A01": me.public_key}, version=2, name=NAME)
    confirm(window.files.import_event(write(chair, v2, tmp_path / "v2.gm100event")))  # type: ignore[arg-type]
    v1 = write(chair, dataclasses.replace(v2, version=1), tmp_path / "v1.gm100event")
    assert window.files.import_event(v1) is None
    assert "version 2 is already installed" in errors_shown[0] and str(v1) in errors_shown[0]


def test_without_an_identity_the_assessor_chooses_who_they_are(
    window: AssessorWindow, controller: ScoringController, chair: UnlockedIdentity, tmp_path: Path
) -> None:
    path = write(chair, event_definition({}, name=NAME), tmp_path / "e.gm100event")
    dialog = window.files.import_event(path)
    assert dialog is not None
    assert "There is no signing identity on this laptop yet" in dialog.assessor_label.text()
    assert dialog.assessor_choice.isVisibleTo(dialog)
    assert dialog.assessor_choice.count() == 1 + 6
    dialog.compared.setChecked(True)
    assert not dialog.import_button.isEnabled()  # nobody chosen yet
    dialog.assessor_choice.setCurrentIndex(dialog.assessor_choice.findData("A03"))
    assert dialog.assessor_choice.currentText().startswith("A03 · ")
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    assert (controller.context.event_id, controller.context.assessor_id) == (EVENT_ID, "A03")


def test_choosing_an_assessor_registered_with_another_key_is_refused_in_the_dialog(
    window: AssessorWindow, chair: UnlockedIdentity, tmp_path: Path
) -> None:
    me = make_local_assessor()
    path = write(chair, event_definition({"A02": chair.public_key}, name=NAME), tmp_path / "e.gm100event")
    dialog = window.files.import_event(path)
    assert dialog is not None
    assert (
        f"Your signing key ({me.public_key.key_id_hex}) is not in the roster" in dialog.assessor_label.text()
    )
    dialog.compared.setChecked(True)
    dialog.assessor_choice.setCurrentIndex(dialog.assessor_choice.findData("A02"))
    assert dialog.choice_problem.isVisibleTo(dialog)
    assert chair.public_key.key_id_hex in dialog.choice_problem.text()
    assert not dialog.import_button.isEnabled()


def drag_events(path: Path, mime: QMimeData) -> tuple[QDragEnterEvent, QDropEvent]:
    """Events as a file manager sends them; `mime` must outlive them (Qt does not own it)."""
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    return enter, drop


def test_dropping_an_event_package_on_the_window_opens_the_import_dialog(
    window: AssessorWindow, chair: UnlockedIdentity, tmp_path: Path, qtbot: QtBot
) -> None:
    make_local_assessor()
    text_mime, event_mime = QMimeData(), QMimeData()
    other, _ = drag_events(tmp_path / "notes.txt", text_mime)
    window.dragEnterEvent(other)
    assert not other.isAccepted()

    path = write(chair, event_definition({}, name=NAME), tmp_path / "e.gm100event")
    enter, drop = drag_events(path, event_mime)
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    window.dropEvent(drop)
    qtbot.waitUntil(lambda: window.findChild(ImportEventDialog) is not None)
    dialog = window.findChild(ImportEventDialog)
    assert dialog is not None and dialog.path == path
    dialog.reject()
