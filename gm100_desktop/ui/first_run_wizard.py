"""The first-run assistant: the language, the signing identity, its fingerprint for the chair, the event.

The identity and event steps embed the File menu's own dialogs (`IdentityDialog`, `ImportEventDialog`) in
the page, so the forms, checks and texts are the same; only their buttons give way to the wizard's.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from gm100_desktop.domain.event_package import PACKAGE_SUFFIX
from gm100_desktop.errors import GM100Error
from gm100_desktop.i18n import LANGUAGES
from gm100_desktop.services import event_package as ep
from gm100_desktop.services.identity import local_identity
from gm100_desktop.settings import Settings, save_settings
from gm100_desktop.ui.controller import ScoringController
from gm100_desktop.ui.criterion_row import error_color
from gm100_desktop.ui.errors import error_text
from gm100_desktop.ui.identity_dialog import IdentityDialog
from gm100_desktop.ui.import_event_dialog import ImportEventDialog, choose_event_file
from gm100_desktop.ui.language import LanguageInstaller

log = logging.getLogger(__name__)

LANGUAGE_PAGE, IDENTITY_PAGE, FINGERPRINT_PAGE, EVENT_PAGE, DONE_PAGE = range(5)
# Language names with their mnemonics, in their own language: never translated
LANGUAGE_CHOICES = {"id": "Bahasa &Indonesia", "en": "&English"}

ChooseEventFile = Callable[[QWidget], Path | None]


def embed(dialog: QDialog, buttons: QDialogButtonBox) -> None:
    """Make `dialog` a part of a wizard page: no window of its own, its buttons hidden, Enter for Next."""
    dialog.setWindowFlags(Qt.WindowType.Widget)
    buttons.hide()
    for button in dialog.findChildren(QPushButton):
        button.setAutoDefault(False)
    layout = dialog.layout()
    if layout is not None:
        layout.setContentsMargins(0, 0, 0, 0)


class EmbeddedIdentityDialog(IdentityDialog):
    """The identity dialog inside a page; Enter and Escape go to the wizard (Next, Later)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        QWidget.keyPressEvent(self, event)


class EmbeddedImportDialog(ImportEventDialog):
    """The import dialog inside a page; Enter and Escape go to the wizard (Import, Later)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        QWidget.keyPressEvent(self, event)


def mnemonic(text: str) -> str:
    """`text` with an Alt key on its first letter, unless it has one already."""
    return text if "&" in text else "&" + text


def problem_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, error_color(palette))
    label.setPalette(palette)
    label.hide()
    return label


def wrapped(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    return label


class LanguagePage(QWizardPage):
    """Bahasa Indonesia or English; the choice applies at once, to the rest of the assistant too."""

    chosen = Signal(str)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = wrapped(self)
        self.hint = wrapped(self)
        self.group = QButtonGroup(self)
        self.choices: dict[str, QRadioButton] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        for code in LANGUAGES:
            button = QRadioButton(LANGUAGE_CHOICES[code], self)
            button.setChecked(code == language)
            self.group.addButton(button)
            layout.addWidget(button)
            self.choices[code] = button
        self.group.buttonToggled.connect(self._toggled)
        layout.addSpacing(8)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.retranslate()

    def _toggled(self, button: QRadioButton, on: bool) -> None:
        code = next(code for code, choice in self.choices.items() if choice is button)
        if on:
            self.chosen.emit(code)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to GM100 Assessor"))
        self.intro.setText(
            self.tr(
                "This assistant prepares this laptop for scoring in a few steps: the language, your "
                "signing identity, and the event package from the chair. First choose the language of "
                "the application."
            )
        )
        self.hint.setText(self.tr("You can change it later under Settings → Language."))

    def initializePage(self) -> None:
        checked = self.group.checkedButton()
        if checked is not None:
            checked.setFocus()


class IdentityPage(QWizardPage):
    """Creates the signing identity with the identity dialog's form; creating it cannot be undone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCommitPage(True)
        self.dialog: EmbeddedIdentityDialog | None = None
        self._built_in = ""  # the language the form's texts are in
        self._layout = QVBoxLayout(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your signing identity"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create identity"))

    def _fields(self, dialog: IdentityDialog) -> tuple[QLineEdit, ...]:
        return (
            dialog.name_edit,
            dialog.institution_edit,
            dialog.assessor_id_edit,
            dialog.passphrase_edit,
            dialog.again_edit,
        )

    def initializePage(self) -> None:
        """The form in the current language; what was typed before a language switch stays."""
        wizard = self.wizard()
        language = wizard.language if isinstance(wizard, FirstRunWizard) else ""
        old = dialog = self.dialog
        if dialog is None or self._built_in != language:
            dialog = EmbeddedIdentityDialog(self)
            embed(dialog, dialog.buttons)
            if old is not None:
                for new_field, old_field in zip(self._fields(dialog), self._fields(old), strict=True):
                    new_field.setText(old_field.text())
                self._layout.removeWidget(old)
                old.deleteLater()
            for edit in self._fields(dialog):
                edit.textChanged.connect(self.completeChanged)  # after the dialog's own hint update
            self._layout.addWidget(dialog)
            dialog.show()
            self.dialog = dialog
            self._built_in = language
            self.completeChanged.emit()
        dialog.name_edit.setFocus()

    def cleanupPage(self) -> None:
        """Going back keeps what was typed (QWizard would reset the page)."""

    def isComplete(self) -> bool:
        d = self.dialog
        return d is not None and (d.identity is not None or d.create_button.isEnabled())

    def validatePage(self) -> bool:
        d = self.dialog
        if d is None:
            return False
        return d.identity is not None or d.create_identity() is not None


class FingerprintPage(QWizardPage):
    """The new key's id, fingerprint and QR code, and its public key to hand to the chair."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = wrapped(self)
        self.dialog: EmbeddedIdentityDialog | None = None
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.intro)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your key for the chair"))
        self.intro.setText(
            self.tr(
                "The chair enters your public key in the roster of the event: export it to the USB stick "
                "or copy the line. Then read the fingerprint aloud: the chair types it back, and the key "
                "counts only when both match. The QR code lets you both compare it at a glance."
            )
        )

    def initializePage(self) -> None:
        if self.dialog is None:
            self.dialog = EmbeddedIdentityDialog(self)
            embed(self.dialog, self.dialog.buttons)
            self._layout.addSpacing(8)
            self._layout.addWidget(self.dialog)
            self.dialog.show()


class EventPage(QWizardPage):
    """Chooses (or takes a dropped) event package, shows it with the chair's key, and imports it."""

    def __init__(self, controller: ScoringController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCommitPage(True)
        self.setAcceptDrops(True)
        self.controller = controller
        self.choose_file: ChooseEventFile = choose_event_file  # tests replace it
        self.dialog: EmbeddedImportDialog | None = None
        self.plan: ep.ImportPlan | None = None  # the import applied
        self.skipped = False
        self.intro = wrapped(self)
        self.choose_button = QPushButton(self)
        self.choose_button.clicked.connect(lambda: self.choose())
        self.skip_button = QPushButton(self)
        self.skip_button.clicked.connect(self.skip)
        self.problem = problem_label(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.intro)
        self._layout.addLayout(buttons)
        self._layout.addWidget(self.problem)
        self._layout.addSpacing(8)
        self._layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("The event package"))
        self.intro.setText(
            self.tr(
                "Import the event package (.gm100event) the chair gave you: choose the file on the USB "
                "stick, or drag it onto this page. Without it you can practise on the demo event and "
                "import the real one later (File → Import event package…)."
            )
        )
        self.choose_button.setText(self.tr("Choose event &file…"))
        self.skip_button.setText(self.tr("&Skip — use the demo event"))
        self._update_commit_text()

    def _language(self) -> str:
        wizard = self.wizard()
        return wizard.language if isinstance(wizard, FirstRunWizard) else "en"

    def choose(self, path: Path | None = None) -> EmbeddedImportDialog | None:
        """Verify the package at `path` (asked for when None) and show it for confirmation."""
        if path is None:
            path = self.choose_file(self)
            if path is None:
                return None
        old, self.dialog = self.dialog, None
        if old is not None:
            self._layout.removeWidget(old)
            old.deleteLater()
        try:
            loaded = EmbeddedImportDialog.load(self.controller, path, self._language(), self)
        except GM100Error as exc:
            log.info("event package %s refused: %s", path, exc)
            self.problem.setText(error_text(exc))
            self.problem.show()
            self.completeChanged.emit()
            return None
        assert isinstance(loaded, EmbeddedImportDialog)
        dialog = loaded
        self.problem.hide()
        embed(dialog, dialog.buttons)
        dialog.compared.toggled.connect(self._changed)
        dialog.assessor_choice.currentIndexChanged.connect(self._changed)  # after the dialog's own
        dialog.imported.connect(self._imported)
        self._layout.insertWidget(self._layout.count() - 1, dialog)
        dialog.show()
        self.dialog = dialog
        self._changed()
        dialog.compared.setFocus()
        wizard = self.wizard()
        if isinstance(wizard, FirstRunWizard):
            wizard.fit()
        return dialog

    def skip(self) -> None:
        """Go on without importing: the demo event stays open."""
        self.skipped = True
        self.wizard().next()

    def _changed(self) -> None:
        self._update_commit_text()
        self.completeChanged.emit()

    def _update_commit_text(self) -> None:
        text = self.dialog.import_button.text() if self.dialog is not None else self.tr("Import")
        self.setButtonText(QWizard.WizardButton.CommitButton, mnemonic(text))

    def _imported(self, plan: ep.ImportPlan) -> None:
        self.plan = plan

    def isComplete(self) -> bool:
        return self.skipped or (self.dialog is not None and self.dialog.import_button.isEnabled())

    def validatePage(self) -> bool:
        if self.skipped:
            return True
        if self.dialog is None or not self.dialog.import_button.isEnabled():
            return False
        self.dialog.accept()  # installs in one transaction; says why when it cannot
        return self.plan is not None

    # ---- drag and drop -------------------------------------------------------------------------------

    @staticmethod
    def _dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) != 1 or not urls[0].isLocalFile():
            return None
        path = Path(urls[0].toLocalFile())
        return path if path.suffix.lower() == PACKAGE_SUFFIX else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_file(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_file(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.choose(path)


class DonePage(QWizardPage):
    """What is ready: the signing key, the event and who this laptop scores as; then today's schedule."""

    def __init__(self, controller: ScoringController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.form = QFormLayout()
        self.captions: dict[str, QLabel] = {}
        self.facts: dict[str, QLabel] = {}
        for key in ("key", "event", "assessor"):
            caption, value = QLabel(self), wrapped(self)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(caption, value)
            self.captions[key], self.facts[key] = caption, value
        self.next_steps = wrapped(self)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addSpacing(12)
        layout.addWidget(self.next_steps)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Ready to score"))
        self.captions["key"].setText(self.tr("Your signing key:"))
        self.captions["event"].setText(self.tr("Event:"))
        self.captions["assessor"].setText(self.tr("You score as:"))

    def initializePage(self) -> None:
        wizard = self.wizard()
        event_page = wizard.page(EVENT_PAGE) if wizard is not None else None
        imported = isinstance(event_page, EventPage) and event_page.plan is not None
        ctx = self.controller.context
        try:
            identity = local_identity("assessor")
        except GM100Error:
            identity = None
        self.facts["key"].setText(
            f"{identity.public_key.key_id_hex} · {identity.name}" if identity is not None else "–"
        )
        self.form.setRowVisible(self.facts["key"], identity is not None)
        self.facts["event"].setText(
            ctx.event_name
            if imported
            else self.tr("{event} (demo, for practice)").format(event=ctx.event_name)
        )
        self.facts["assessor"].setText(
            self.tr("{assessor} · {panel}").format(
                assessor=f"{ctx.assessor_id} {ctx.assessor_name}", panel=ctx.panel_name or self.tr("no panel")
            )
        )
        if imported:
            text = self.tr(
                "The main window opens on today's schedule of your panel. Every score is saved the moment "
                "you give it."
            )
        else:
            text = self.tr(
                "The main window opens on the schedule of the demo event. When the chair gives you the event "
                "package, import it with File → Import event package… (Ctrl+O), or drop the file on the "
                "window."
            )
        self.next_steps.setText(text)


class FirstRunWizard(QWizard):
    """Shown once on a laptop without a signing identity; Later closes it and the app opens as usual."""

    def __init__(
        self,
        controller: ScoringController,
        settings: Settings,
        languages: LanguageInstaller | None = None,
        *,
        remember: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.settings = settings
        self.languages = languages
        self.language = languages.language if languages else (settings.language or "en")
        self._remember = remember  # False in tests that must leave the settings file alone
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.language_page = LanguagePage(self.language, self)
        self.identity_page = IdentityPage(self)
        self.fingerprint_page = FingerprintPage(self)
        self.event_page = EventPage(controller, self)
        self.done_page = DonePage(controller, self)
        for page_id, page in enumerate(
            (self.language_page, self.identity_page, self.fingerprint_page, self.event_page, self.done_page)
        ):
            self.setPage(page_id, page)
        self.language_page.chosen.connect(self.set_language)
        self.currentIdChanged.connect(lambda _id: self.fit())
        self.retranslate()

    def fit(self) -> None:
        """Grow (never shrink) to what the current page needs, now and once its layout has settled."""

        def grow() -> None:
            wanted = self.size().expandedTo(self.sizeHint())
            screen = self.screen().availableGeometry().size() if self.screen() else wanted
            self.resize(wanted.boundedTo(screen))

        grow()
        QTimer.singleShot(0, self, grow)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Getting started — GM100 Assessor"))
        for which, text in (
            (QWizard.WizardButton.BackButton, self.tr("< &Back")),
            (QWizard.WizardButton.NextButton, self.tr("&Next >")),
            (QWizard.WizardButton.CancelButton, self.tr("&Later")),
            (QWizard.WizardButton.FinishButton, self.tr("&Start scoring")),
        ):
            self.setButtonText(which, text)
        self.button(QWizard.WizardButton.CancelButton).setToolTip(
            self.tr(
                "Close the assistant and open the app as usual. Until this laptop has a signing identity, "
                "the assistant is offered again at the next start."
            )
        )
        for page_id in self.pageIds():
            page = self.page(page_id)
            if isinstance(page, LanguagePage | IdentityPage | FingerprintPage | EventPage | DonePage):
                page.retranslate()

    def set_language(self, language: str) -> None:
        """Switch the whole application to `language` now, and remember it."""
        if self.languages is not None:
            self.languages.install(language)
        self.language = language
        self.settings.language = language
        self._save()
        self.retranslate()

    def accept(self) -> None:
        self.settings.first_run_done = True
        self._save()
        log.info("first-run assistant finished")
        super().accept()

    def _save(self) -> None:
        if not self._remember:
            return
        try:
            save_settings(self.settings)
        except OSError as exc:
            log.warning("could not save settings: %s", exc)


def run_first_run(
    controller: ScoringController, settings: Settings, languages: LanguageInstaller | None
) -> bool:
    """Show the assistant until it is finished or put off; True when finished."""
    wizard = FirstRunWizard(controller, settings, languages)
    try:
        finished = wizard.exec() == QDialog.DialogCode.Accepted
    finally:
        wizard.deleteLater()
    if not finished:
        log.info("first-run assistant put off until the next start")
    return finished
