"""The first-run assistant: language, signing identity, fingerprint, event package, then the schedule."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget, QWizard
from pytestqt.qtbot import QtBot
from signing_support import EVENT_ID, PASSPHRASE, event_definition, make_chair, make_local_assessor

from gm100_desktop.models.store import Store
from gm100_desktop.services import event_package as ep
from gm100_desktop.services.identity import identity_path, load_identity, unlock_identity
from gm100_desktop.settings import Settings, load_settings, save_settings
from gm100_desktop.ui.app import is_first_run
from gm100_desktop.ui.controller import ScoringController
from gm100_desktop.ui.fingerprint_view import key_qr_text
from gm100_desktop.ui.first_run_wizard import (
    DONE_PAGE,
    EVENT_PAGE,
    FINGERPRINT_PAGE,
    IDENTITY_PAGE,
    LANGUAGE_PAGE,
    FirstRunWizard,
)
from gm100_desktop.ui.identity_dialog import passphrase_level
from gm100_desktop.ui.language import LanguageInstaller
from gm100_desktop.ui.main_window import AssessorWindow

NOW = datetime(2019, 2, 21, 10, 40, 26)  # the demo's first day, during panel 1's presentations
NAME = "Seleksi GM100 2019 — Tahap 3"
Commit = QWizard.WizardButton.CommitButton


@pytest.fixture
def languages() -> Iterator[LanguageInstaller]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    installer = LanguageInstaller(app)
    installer.install("en")
    yield installer
    installer.install("en")


@pytest.fixture
def controller(store: Store) -> ScoringController:
    return ScoringController(store)


@pytest.fixture
def wizard(
    controller: ScoringController, languages: LanguageInstaller, qtbot: QtBot, cheap_keys: None
) -> FirstRunWizard:
    shown = FirstRunWizard(controller, Settings(), languages)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def type_identity(qtbot: QtBot, wizard: FirstRunWizard, phrase: str, again: str) -> None:
    form = wizard.identity_page.dialog
    assert form is not None
    for edit, text in (
        (form.name_edit, "Rina Hartono"),
        (form.institution_edit, "Institut Teknologi Bandung"),
        (form.passphrase_edit, phrase),
        (form.again_edit, again),
    ):
        edit.clear()
        qtbot.keyClicks(edit, text)


def press_enter(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    focus = QApplication.focusWidget()
    qtbot.keyClick(focus if focus is not None else wizard, Qt.Key.Key_Return)


def mnemonics(wizard: FirstRunWizard) -> list[str]:
    """The Alt letters on the current page and the wizard's buttons, as the person can use them now."""
    widgets: list[QWidget] = [*wizard.currentPage().findChildren(QWidget)]
    widgets += [
        wizard.button(b) for b in QWizard.WizardButton if b.value <= QWizard.WizardButton.CustomButton3.value
    ]
    letters = []
    for widget in widgets:
        if not isinstance(widget, QAbstractButton | QLabel) or not widget.isVisibleTo(wizard):
            continue
        if isinstance(widget, QLabel) and widget.buddy() is None:
            continue
        match = re.search(r"&([^&])", widget.text().replace("&&", ""))
        if match:
            letters.append(match.group(1).lower())
    return letters


def test_the_first_run_creates_the_identity_shows_its_fingerprint_imports_the_event_and_opens_today(
    wizard: FirstRunWizard,
    controller: ScoringController,
    languages: LanguageInstaller,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    assert wizard.currentId() == LANGUAGE_PAGE
    press_enter(qtbot, wizard)  # Enter is Next
    assert wizard.currentId() == IDENTITY_PAGE
    assert not wizard.button(Commit).isEnabled()
    assert wizard.button(Commit).text() == "&Create identity"

    type_identity(qtbot, wizard, PASSPHRASE, PASSPHRASE)
    assert wizard.button(Commit).isEnabled()
    press_enter(qtbot, wizard)  # Enter in the second passphrase field creates the identity
    assert wizard.currentId() == FINGERPRINT_PAGE
    identity = load_identity(identity_path("assessor"))
    assert (identity.name, identity.institution) == ("Rina Hartono", "Institut Teknologi Bandung")
    assert unlock_identity(identity, PASSPHRASE).public_key == identity.public_key
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()  # creating cannot be undone

    shown = wizard.fingerprint_page.dialog
    assert shown is not None and shown.isVisible()
    assert shown.key.key_id.text() == identity.public_key.key_id_hex
    assert shown.key.fingerprint.text().split() == identity.public_key.fingerprint.split()
    assert shown.key.qr_text() == key_qr_text(identity.public_key)
    assert shown.public_key_edit.text() == identity.public_key.to_base64()
    press_enter(qtbot, wizard)
    assert wizard.currentId() == EVENT_PAGE

    # the chair enrols the key read back and hands over the signed event package
    chair = make_chair(tmp_path)
    path = tmp_path / "seleksi.gm100event"
    ep.write_event_package(event_definition({"A01": identity.public_key}, name=NAME), chair, path)
    assert not wizard.button(Commit).isEnabled()
    page = wizard.event_page
    page.choose_file = lambda _parent: path
    page.choose_button.click()
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.facts["event"].text() == f"{EVENT_ID}, version 1"
    assert dialog.key.key_id.text() == chair.public_key.key_id_hex
    assert "roster holds your signing key" in dialog.assessor_label.text()
    assert not wizard.button(Commit).isEnabled(), "importing needs the key comparison confirmed"
    dialog.compared.setChecked(True)
    assert wizard.button(Commit).isEnabled() and wizard.button(Commit).text() == "&Import"
    assert QApplication.focusWidget() is dialog.compared
    press_enter(qtbot, wizard)

    assert wizard.currentId() == DONE_PAGE
    assert (controller.context.event_id, controller.context.assessor_id) == (EVENT_ID, "A01")
    assert wizard.done_page.facts["event"].text() == NAME
    assert wizard.done_page.facts["assessor"].text().startswith("A01 Dr. Rina Hartono")
    assert identity.public_key.key_id_hex in wizard.done_page.facts["key"].text()
    assert load_settings().first_run_done is False
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert load_settings().first_run_done is True
    assert not is_first_run(load_settings())

    window = AssessorWindow(controller, wizard.settings, languages, now=lambda: NOW, remember=False)
    qtbot.addWidget(window)
    window.schedule.timer.stop()
    today = [s.region_code for s in controller.slots() if s.start.date() == NOW.date()]
    assert today and window.schedule.shown_regions() == today
    assert window.event_label.text() == NAME


def test_the_language_switches_the_assistant_at_once_and_is_remembered(
    wizard: FirstRunWizard, languages: LanguageInstaller, qtbot: QtBot
) -> None:
    wizard.language_page.choices["id"].click()
    assert languages.language == "id" and load_settings().language == "id"
    wizard.next()
    form = wizard.identity_page.dialog
    assert form is not None
    name_label = next(lbl for lbl in form.findChildren(QLabel) if lbl.buddy() is form.name_edit)
    assert name_label.text() == "&Nama:"
    qtbot.keyClicks(form.name_edit, "Rina Hartono")

    wizard.back()
    wizard.language_page.choices["en"].click()
    assert load_settings().language == "en"
    wizard.next()
    form = wizard.identity_page.dialog
    assert form is not None
    name_label = next(lbl for lbl in form.findChildren(QLabel) if lbl.buddy() is form.name_edit)
    assert name_label.text() == "&Name:"
    assert form.name_edit.text() == "Rina Hartono"  # what was typed survives the switch


def test_a_mistyped_passphrase_keeps_create_disabled_and_says_why(
    wizard: FirstRunWizard, qtbot: QtBot
) -> None:
    wizard.next()
    type_identity(qtbot, wizard, "kopi tubruk pagi hari", "kopi tubruk siang")
    form = wizard.identity_page.dialog
    assert form is not None
    assert form.hint.text() == "The two passphrases differ."
    assert not wizard.button(Commit).isEnabled()
    press_enter(qtbot, wizard)
    assert wizard.currentId() == IDENTITY_PAGE
    assert not identity_path("assessor").exists()

    type_identity(qtbot, wizard, "kopi", "kopi")
    assert "Too short" in form.hint.text() and not wizard.button(Commit).isEnabled()
    type_identity(qtbot, wizard, "Password2019!", "Password2019!")
    assert "among the first passphrases anyone would try" in form.hint.text()
    assert wizard.button(Commit).isEnabled()  # a hint, not a rule
    qtbot.keyClick(form.again_edit, Qt.Key.Key_Escape)  # Escape in the form is Later, as anywhere
    assert wizard.result() == QWizard.DialogCode.Rejected and not wizard.isVisible()
    assert not identity_path("assessor").exists()


def test_skipping_the_event_keeps_the_demo_and_later_closes_without_finishing(
    wizard: FirstRunWizard, controller: ScoringController, qtbot: QtBot
) -> None:
    demo = controller.context.event_id
    wizard.next()
    type_identity(qtbot, wizard, PASSPHRASE, PASSPHRASE)
    wizard.next()
    wizard.next()
    assert wizard.currentId() == EVENT_PAGE
    wizard.event_page.skip_button.click()
    assert wizard.currentId() == DONE_PAGE
    assert controller.context.event_id == demo
    assert "demo" in wizard.done_page.facts["event"].text()
    assert "File → Import event package" in wizard.done_page.next_steps.text()


def test_later_on_the_first_page_leaves_the_assistant_due_next_time(
    wizard: FirstRunWizard, qtbot: QtBot
) -> None:
    assert wizard.button(QWizard.WizardButton.CancelButton).text() == "&Later"
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert wizard.result() == QWizard.DialogCode.Rejected and not wizard.isVisible()
    assert load_settings().first_run_done is False
    assert is_first_run(load_settings())


def test_a_refused_package_is_explained_on_the_page_and_a_dropped_one_is_shown(
    wizard: FirstRunWizard, qtbot: QtBot, tmp_path: Path
) -> None:
    wizard.next()
    type_identity(qtbot, wizard, PASSPHRASE, PASSPHRASE)
    wizard.next()
    wizard.next()
    page = wizard.event_page
    bad = tmp_path / "notes.gm100event"
    bad.write_text("hello", encoding="utf-8")
    assert page.choose(bad) is None
    assert page.problem.isVisible() and str(bad) in page.problem.text()
    assert not wizard.button(Commit).isEnabled()

    good = tmp_path / "event.gm100event"
    ep.write_event_package(event_definition({}), make_chair(tmp_path), good)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(good))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.dropEvent(drop)
    assert drop.isAccepted()
    assert page.dialog is not None and page.dialog.facts["file"].text() == "event.gm100event"
    assert not page.problem.isVisible()
    # the new key is not in this roster: the person says who they are, as in the import dialog
    page.dialog.compared.setChecked(True)
    assert not wizard.button(Commit).isEnabled()
    page.dialog.assessor_choice.setCurrentIndex(page.dialog.assessor_choice.findData("A02"))
    assert wizard.button(Commit).isEnabled()


def test_every_page_has_unique_alt_keys(wizard: FirstRunWizard, qtbot: QtBot, tmp_path: Path) -> None:
    seen = []
    for page_id in (LANGUAGE_PAGE, IDENTITY_PAGE, FINGERPRINT_PAGE, EVENT_PAGE, DONE_PAGE):
        assert wizard.currentId() == page_id
        if page_id == EVENT_PAGE:
            path = tmp_path / "event.gm100event"
            ep.write_event_package(event_definition({}), make_chair(tmp_path), path)
            wizard.event_page.choose(path)
        letters = mnemonics(wizard)
        assert len(letters) == len(set(letters)), f"page {page_id}: {letters}"
        seen.append(letters)
        if page_id == IDENTITY_PAGE:
            type_identity(qtbot, wizard, PASSPHRASE, PASSPHRASE)
        if page_id == EVENT_PAGE:
            wizard.event_page.skip()
        elif page_id != DONE_PAGE:
            wizard.next()
    assert all(seen)


def test_first_run_means_no_identity_and_the_assistant_never_finished() -> None:
    assert is_first_run(Settings())
    assert not is_first_run(Settings(first_run_done=True))
    make_local_assessor()
    assert not is_first_run(Settings())


def test_the_finished_flag_survives_a_restart_and_a_wrong_type_is_ignored() -> None:
    save_settings(Settings(first_run_done=True, language="id"))
    assert load_settings() == Settings(first_run_done=True, language="id")
    path = identity_path("assessor").parent.parent / "settings.json"
    path.write_text('{"first_run_done": "yes", "language": "en"}', encoding="utf-8")
    assert load_settings() == Settings(language="en")


@pytest.mark.parametrize(
    ("phrase", "level"),
    [
        ("P@ssw0rd!", "common"),  # l33t spelling and signs around a well-known word
        ("Rahasia2019", "common"),
        ("87654321", "common"),  # a keyboard run, backwards
        ("kopitubruk", "weak"),
        ("Kopi#2019", "good"),  # short, but four character classes
        ("kopi tubruk pagi", "strong"),  # three words
        ("Kopi-Tubruk-2019", "strong"),
    ],
)
def test_the_strength_hint_weighs_length_words_character_classes_and_common_passphrases(
    phrase: str, level: str
) -> None:
    assert passphrase_level(phrase, phrase) == level
