"""The signing identity in the app: created with a passphrase typed twice, shown with its key id."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from signing_support import CHEAP_KDF_N, PASSPHRASE, make_local_assessor

from gm100_desktop.errors import GM100Error, WrongPassphraseError
from gm100_desktop.models.store import Store
from gm100_desktop.services.identity import identity_path, load_identity, unlock_identity
from gm100_desktop.services.verify import load_public_key_file
from gm100_desktop.settings import Settings
from gm100_desktop.ui import passphrase_dialog
from gm100_desktop.ui.controller import ScoringController
from gm100_desktop.ui.identity_dialog import IdentityDialog
from gm100_desktop.ui.main_window import AssessorWindow
from gm100_desktop.ui.passphrase_dialog import PassphraseDialog, ask_unlock

NOW = datetime(2019, 2, 21, 10, 40, 26)


@pytest.fixture(autouse=True)
def cheap_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GM100_KDF_N", CHEAP_KDF_N)


@pytest.fixture
def dialog(qtbot: QtBot) -> IdentityDialog:
    created = IdentityDialog()
    qtbot.addWidget(created)
    return created


@pytest.fixture
def window(store: Store, qtbot: QtBot) -> Iterator[AssessorWindow]:
    win = AssessorWindow(ScoringController(store), Settings(), now=lambda: NOW, remember=False)
    qtbot.addWidget(win)
    yield win
    win.schedule.timer.stop()


def fill(qtbot: QtBot, dialog: IdentityDialog, phrase: str, again: str, name: str = "Rina Hartono") -> None:
    for edit in (dialog.name_edit, dialog.passphrase_edit, dialog.again_edit):
        edit.clear()
    qtbot.keyClicks(dialog.name_edit, name)
    qtbot.keyClicks(dialog.passphrase_edit, phrase)
    qtbot.keyClicks(dialog.again_edit, again)


def test_creating_an_identity_writes_a_private_key_file_and_shows_key_id_and_fingerprint(
    dialog: IdentityDialog, qtbot: QtBot
) -> None:
    path = identity_path("assessor")
    assert dialog.pages.currentWidget() is dialog.create_page
    fill(qtbot, dialog, PASSPHRASE, PASSPHRASE)
    qtbot.keyClicks(dialog.institution_edit, "Institut Teknologi Bandung")
    assert dialog.create_button.isEnabled()
    with qtbot.waitSignal(dialog.created) as created:
        dialog.create_button.click()

    identity = load_identity(path)
    assert created.args == [identity]
    assert (identity.name, identity.institution, identity.role) == (
        "Rina Hartono",
        "Institut Teknologi Bandung",
        "assessor",
    )
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert unlock_identity(identity, PASSPHRASE).public_key == identity.public_key
    key = identity.public_key
    assert dialog.pages.currentWidget() is dialog.show_page
    assert dialog.key.key_id.text() == key.key_id_hex
    assert dialog.key.fingerprint.text().split() == key.fingerprint.split()
    shown = dialog.key.fingerprint.font()
    metrics = QFontMetrics(shown)
    assert metrics.horizontalAdvance("1111") == metrics.horizontalAdvance("WWWW")  # monospace
    assert shown.pointSizeF() > dialog.font().pointSizeF() * 1.4
    assert dialog.public_key_edit.text() == key.to_base64()
    assert not dialog.create_button.isVisible()
    assert dialog.passphrase_edit.text() == dialog.again_edit.text() == ""


def test_a_too_short_or_mistyped_passphrase_is_refused_with_the_reason(
    dialog: IdentityDialog, qtbot: QtBot
) -> None:
    fill(qtbot, dialog, "kopi", "kopi")
    assert "Too short: 4 characters; use at least 8." in dialog.hint.text()
    assert not dialog.create_button.isEnabled()

    fill(qtbot, dialog, "kopi tubruk pagi", "kopi tubruk siang")
    assert dialog.hint.text() == "The two passphrases differ."
    assert not dialog.create_button.isEnabled()
    dialog.create_identity()  # Enter in a field must not slip past the disabled button
    assert not identity_path("assessor").exists()

    fill(qtbot, dialog, "kopi tubruk pagi hari", "kopi tubruk pagi hari")
    assert dialog.hint.text() == "Strong."
    assert dialog.create_button.isEnabled()
    fill(qtbot, dialog, "kopi tubruk pagi hari", "kopi tubruk pagi hari", name="  ")
    assert not dialog.create_button.isEnabled()  # a name is required


def test_an_existing_identity_is_shown_instead_of_created(qtbot: QtBot) -> None:
    me = make_local_assessor()
    dialog = IdentityDialog()
    qtbot.addWidget(dialog)
    assert dialog.pages.currentWidget() is dialog.show_page
    assert dialog.key.key_id.text() == me.public_key.key_id_hex
    assert dialog.heading.text() == "Signing identity of Rina Hartono"
    assert not dialog.create_button.isVisible()


def test_a_damaged_key_file_is_explained_and_never_written_over(qtbot: QtBot) -> None:
    path = identity_path("assessor")
    path.parent.mkdir(parents=True)
    path.write_text("not a key", encoding="utf-8")
    dialog = IdentityDialog()
    qtbot.addWidget(dialog)
    assert dialog.pages.currentWidget() is dialog.problem_page
    assert str(path) in dialog.problem_page.text()
    assert dialog.create_identity() is None
    assert path.read_text(encoding="utf-8") == "not a key"


def test_public_key_is_copied_and_exported_as_a_minisign_pub_file(qtbot: QtBot, tmp_path: Path) -> None:
    me = make_local_assessor()
    asked: list[str] = []

    def choose(_parent: object, _title: str, suggested: str) -> str:
        asked.append(suggested)
        return str(tmp_path / "rina")  # no suffix given: .pub is added

    dialog = IdentityDialog(choose_file=choose)
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == me.public_key.to_base64()

    dialog.export_button.click()
    out = tmp_path / "rina.pub"
    assert asked[0].endswith(f"Rina_Hartono-{me.public_key.key_id_hex}.pub")
    assert load_public_key_file(out) == me.public_key
    assert out.read_text(encoding="ascii") == me.public_key.to_file()
    assert str(out) in dialog.status.text()


def test_the_window_creates_the_identity_and_shows_its_key_id_in_the_status_bar(
    window: AssessorWindow, qtbot: QtBot
) -> None:
    assert window.files.identity_label.text() == "No signing key"
    assert window.files.identity_action.text() == "My &signing identity…"
    dialog = window.files.show_identity()
    fill(qtbot, dialog, PASSPHRASE, PASSPHRASE)
    dialog.create_button.click()
    key = load_identity(identity_path("assessor")).public_key
    assert window.files.identity_label.text() == f"Key {key.key_id_hex}"
    assert key.fingerprint in window.files.identity_label.toolTip()
    dialog.close()


# ---- unlocking -----------------------------------------------------------------------------------------


def test_a_wrong_passphrase_says_so_and_asks_again_without_logging_it(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    me = make_local_assessor()
    dialog = PassphraseDialog(me.identity)
    qtbot.addWidget(dialog)
    dialog.open()
    with caplog.at_level(logging.DEBUG):
        qtbot.keyClicks(dialog.edit, "wrong horse battery")
        dialog.ok_button.click()
        assert dialog.isVisible() and dialog.unlocked is None
        assert dialog.message.text().startswith("Wrong passphrase. Nothing was signed.")
        assert "2 of 3 tries left" in dialog.message.text()
        assert dialog.edit.text() == ""
        qtbot.keyClicks(dialog.edit, PASSPHRASE)
        dialog.ok_button.click()
    assert dialog.unlocked is not None and dialog.unlocked.public_key == me.public_key
    assert dialog.result() == PassphraseDialog.DialogCode.Accepted
    assert "wrong horse" not in caplog.text and PASSPHRASE not in caplog.text


def test_after_three_wrong_passphrases_the_reason_is_shown_and_nothing_is_unlocked(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    me = make_local_assessor()
    shown: list[GM100Error] = []
    monkeypatch.setattr(passphrase_dialog, "show_error", lambda _parent, exc: shown.append(exc))
    attempts = iter(["guess one", "guess two", "guess three"])

    def answer_when_asked() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PassphraseDialog))
        if dialog.isVisible():
            dialog.edit.setText(next(attempts))
            dialog.ok_button.click()
        if dialog.isVisible():
            QTimer.singleShot(0, answer_when_asked)

    QTimer.singleShot(0, answer_when_asked)
    assert ask_unlock(None, me.identity) is None
    assert len(shown) == 1 and isinstance(shown[0], WrongPassphraseError)
    assert str(identity_path("assessor")) in shown[0].message
