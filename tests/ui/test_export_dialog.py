"""Exporting the signed score bundle from the window: to a remembered folder, verifiable with minisign."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from signing_support import (
    CHEAP_KDF_N,
    PASSPHRASE,
    event_definition,
    extract,
    import_event,
    make_chair,
    make_local_assessor,
    minisign_verify,
)

from gm100_desktop.errors import (
    DemoEventExportError,
    ExportWriteError,
    GM100Error,
    NoIdentityError,
    RosterKeyMismatchError,
)
from gm100_desktop.models.store import Store
from gm100_desktop.services import event_package as ep
from gm100_desktop.services.bundle_export import default_bundle_name
from gm100_desktop.services.identity import Identity, UnlockedIdentity, identity_path, unlock_identity
from gm100_desktop.services.verify import load_bundle
from gm100_desktop.settings import Settings, load_settings
from gm100_desktop.ui import export_dialog, file_actions
from gm100_desktop.ui.controller import ScoringController
from gm100_desktop.ui.export_dialog import ExportDialog
from gm100_desktop.ui.main_window import AssessorWindow
from gm100_desktop.ui.passphrase_dialog import PassphraseDialog

NOW = datetime(2019, 2, 21, 10, 40, 26)
EVENT_ID = "gm100-2019-test"


@pytest.fixture(autouse=True)
def cheap_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GM100_KDF_N", CHEAP_KDF_N)


@pytest.fixture
def me() -> UnlockedIdentity:
    return make_local_assessor()


@pytest.fixture
def signed_store(store: Store, me: UnlockedIdentity, tmp_path: Path) -> Store:
    """The test store with a chair-signed event imported, bound to the local identity as A01."""
    chair = make_chair(tmp_path)
    event_file = tmp_path / "event.gm100event"
    ep.write_event_package(event_definition({"A01": me.public_key}), chair, event_file)
    import_event(store, event_file, me.public_key)
    return store


def make_window(store: Store, qtbot: QtBot) -> AssessorWindow:
    win = AssessorWindow(ScoringController(store), Settings(), now=lambda: NOW)
    qtbot.addWidget(win)
    win.files.unlock_identity = lambda _parent, identity: unlock_identity(identity, PASSPHRASE)
    return win


@pytest.fixture
def window(signed_store: Store, qtbot: QtBot) -> Iterator[AssessorWindow]:
    win = make_window(signed_store, qtbot)
    yield win
    win.schedule.timer.stop()


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "USB"
    folder.mkdir()
    return folder


@pytest.fixture
def errors_shown(monkeypatch: pytest.MonkeyPatch) -> list[GM100Error]:
    shown: list[GM100Error] = []
    monkeypatch.setattr(file_actions, "show_error", lambda _parent, exc: shown.append(exc))
    monkeypatch.setattr(export_dialog, "show_error", lambda _parent, exc: shown.append(exc))
    return shown


def export_to(window: AssessorWindow, folder: Path | None) -> ExportDialog:
    dialog = window.files.export_scores()
    assert dialog is not None and dialog.isVisible()
    if folder is not None:
        dialog.folder_edit.setText(str(folder))
    dialog.export_button.click()
    return dialog


def answer_passphrase(phrase: str) -> None:
    """Type `phrase` into the passphrase dialog as soon as it is up (it runs its own event loop)."""

    def answer() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, PassphraseDialog)]
        dialogs += [w for top in QApplication.topLevelWidgets() for w in top.findChildren(PassphraseDialog)]
        shown = [d for d in dialogs if d.isVisible()]
        if not shown:
            QTimer.singleShot(0, answer)
            return
        shown[0].edit.setText(phrase)
        shown[0].ok_button.click()

    QTimer.singleShot(0, answer)


def test_export_from_the_window_writes_a_bundle_minisign_verifies_and_the_sequence_grows(
    window: AssessorWindow, me: UnlockedIdentity, usb: Path, tmp_path: Path
) -> None:
    controller = window.controller
    controller.set_score("35.10", "INF1", 4)
    controller.set_note("35.10", "INF1", "Fiber ke semua OPD")
    window.files.unlock_identity = export_dialog.unlock_for_export  # the real passphrase dialog this time
    assert window.files.export_action.shortcut().toString() == "Ctrl+E"

    answer_passphrase(PASSPHRASE)
    window.files.export_action.trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None
    dialog.folder_edit.setText(str(usb))
    assert dialog.last_export.text() == "none yet"
    dialog.export_button.click()

    first = dialog.export_result
    assert first is not None
    assert dialog.last_export.text().startswith("number 1, ")  # the summary follows the export just made
    assert first.path == usb / default_bundle_name(EVENT_ID, "A01", 1)
    assert dialog.result_path.text() == first.path.name
    assert dialog.result_key.text() == me.public_key.key_id_hex
    assert dialog.result_sequence.text() == "1"
    assert dialog.result_sha.text() == first.sha256[:16] + "…"
    assert dialog.result_contents.text() == "Contents: scores 1, finalised regions 0, history entries 2."
    assert load_settings().last_export_dir == str(usb)

    unpacked = extract(first.path, tmp_path / "unpacked")
    checked = minisign_verify(unpacked / "bundle.json", unpacked / "assessor.pub")
    assert checked.returncode == 0, checked.stderr
    assert "sequence:1" in checked.stdout
    bundle = load_bundle(first.path)
    assert (
        bundle.content.regions[[g.code for g in bundle.content.regions].index("35.10")].scores[0].value == 4
    )
    dialog.close()

    controller.set_score("35.10", "INF2", 3)
    window.files.unlock_identity = lambda _parent, identity: unlock_identity(identity, PASSPHRASE)
    again = export_to(window, None)  # the remembered folder, not typed again
    assert again.folder_edit.text() == str(usb)
    assert again.export_result is not None and again.export_result.sequence == 2
    assert again.result_sequence.text() == "2"
    assert again.export_result.path == usb / default_bundle_name(EVENT_ID, "A01", 2)
    assert first.path.exists()
    assert load_bundle(again.export_result.path).content.sequence == 2


def test_notes_being_typed_are_saved_before_the_export(
    window: AssessorWindow, usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    flushed: list[bool] = []
    monkeypatch.setattr(window.form, "flush_pending", lambda: flushed.append(True) or True)
    dialog = export_to(window, usb)
    assert flushed == [True]
    assert dialog.export_result is not None


def test_the_demo_event_is_refused_before_any_passphrase_is_asked(
    store: Store, me: UnlockedIdentity, qtbot: QtBot, errors_shown: list[GM100Error]
) -> None:
    win = make_window(store, qtbot)
    asked: list[Identity] = []
    win.files.unlock_identity = lambda _parent, identity: asked.append(identity)  # type: ignore[assignment,func-returns-value]
    assert win.files.export_scores() is None
    assert len(errors_shown) == 1 and isinstance(errors_shown[0], DemoEventExportError)
    assert asked == []
    win.schedule.timer.stop()


def test_without_an_identity_the_export_says_so(
    window: AssessorWindow, errors_shown: list[GM100Error]
) -> None:
    identity_path("assessor").unlink()
    assert window.files.export_scores() is None
    assert isinstance(errors_shown[0], NoIdentityError)


def test_a_wrong_passphrase_exports_nothing(
    window: AssessorWindow, usb: Path, errors_shown: list[GM100Error]
) -> None:
    window.files.unlock_identity = lambda _parent, _identity: None  # cancelled, or three wrong passphrases
    dialog = export_to(window, usb)
    assert dialog.export_result is None and list(usb.iterdir()) == []
    assert dialog.problem.text() == "Nothing was exported: your signing identity was not unlocked."
    assert load_settings().last_export_dir == ""


def test_a_key_other_than_the_roster_key_is_refused(
    store: Store, tmp_path: Path, usb: Path, qtbot: QtBot, errors_shown: list[GM100Error]
) -> None:
    chair = make_chair(tmp_path)
    event_file = tmp_path / "event.gm100event"
    ep.write_event_package(event_definition({"A01": chair.public_key}), chair, event_file)
    import_event(store, event_file, None, as_assessor="A01")  # no identity yet at import time
    make_local_assessor()
    win = make_window(store, qtbot)
    dialog = export_to(win, usb)
    assert dialog.export_result is None
    assert isinstance(errors_shown[0], RosterKeyMismatchError)
    assert list(usb.iterdir()) == []
    win.schedule.timer.stop()


def test_a_write_failure_is_shown_and_the_dialog_stays_open(
    window: AssessorWindow, usb: Path, errors_shown: list[GM100Error]
) -> None:
    blocker = usb / default_bundle_name(EVENT_ID, "A01", 1)
    blocker.mkdir()
    (blocker / "keep").write_text("x", encoding="utf-8")  # a folder where the file should go
    dialog = export_to(window, usb)
    assert dialog.export_result is None and dialog.isVisible()
    assert isinstance(errors_shown[0], ExportWriteError)
    assert str(blocker) in errors_shown[0].message

    shutil.rmtree(blocker)
    dialog.export_button.click()  # try again: the failed number is skipped, never reused
    assert dialog.export_result is not None and dialog.export_result.sequence == 2


def test_a_missing_folder_is_refused_and_a_missing_remembered_folder_falls_back_to_home(
    window: AssessorWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    window.settings.last_export_dir = str(tmp_path / "USB-unplugged")
    dialog = window.files.export_scores()
    assert dialog is not None
    assert dialog.folder_edit.text() == str(home)
    assert "is not available now" in dialog.folder_note.text() and dialog.folder_note.isVisibleTo(dialog)

    dialog.folder_edit.setText(str(tmp_path / "nowhere"))
    dialog.export_button.click()
    assert dialog.export_result is None
    assert dialog.problem.text() == f"Choose an existing folder: {tmp_path / 'nowhere'} does not exist."
    assert not (tmp_path / "nowhere").exists()


def test_browse_uses_the_folder_chosen(window: AssessorWindow, usb: Path) -> None:
    window.files.choose_export_folder = lambda _parent, _start: str(usb)
    dialog = window.files.export_scores()
    assert dialog is not None
    dialog.browse_button.click()
    assert dialog.folder_edit.text() == str(usb)
