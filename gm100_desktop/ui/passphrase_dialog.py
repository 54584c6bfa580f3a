"""Asks for the passphrase that unlocks the signing identity; a wrong one is said plainly and asked again."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gm100_desktop.errors import GM100Error, WrongPassphraseError
from gm100_desktop.services.identity import Identity, UnlockedIdentity, unlock_identity
from gm100_desktop.ui.criterion_row import error_color
from gm100_desktop.ui.dialog_helpers import busy_cursor, grow_to_fit
from gm100_desktop.ui.errors import show_error

log = logging.getLogger(__name__)

MAX_TRIES = 3


class PassphraseDialog(QDialog):
    """Unlocks `identity`: OK tries the passphrase; after `tries` wrong ones the dialog gives up (rejects)."""

    def __init__(
        self, identity: Identity, parent: QWidget | None = None, *, purpose: str = "", tries: int = MAX_TRIES
    ) -> None:
        super().__init__(parent)
        self.identity = identity
        self.unlocked: UnlockedIdentity | None = None
        self.error: GM100Error | None = None  # why the dialog gave up, when it did
        self._tries = tries
        self._failures = 0
        self.setWindowTitle(self.tr("Unlock your signing identity"))

        intro = QLabel(
            purpose or self.tr("Type the passphrase of your signing identity to sign with it."),
            self,
        )
        intro.setWordWrap(True)
        who = QLabel(
            self.tr("{name} · key id {key_id}").format(
                name=identity.name, key_id=identity.public_key.key_id_hex
            ),
            self,
        )
        who.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit = QLineEdit(self)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(self.tr("Passphrase"))
        label = QLabel(self.tr("&Passphrase:"), self)
        label.setBuddy(self.edit)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        palette = self.message.palette()
        palette.setColor(QPalette.ColorRole.WindowText, error_color(palette))
        self.message.setPalette(palette)
        self.message.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Unlock"))
        # Qt ships no Indonesian translation of its standard buttons
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.edit.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text)))
        self.ok_button.setEnabled(False)

        layout = QVBoxLayout(self)
        # a width through the layout, so that the dialog's minimum height still follows its wrapped texts
        layout.addStrut(476)
        layout.addWidget(intro)
        layout.addWidget(who)
        layout.addSpacing(6)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.edit.setFocus()

    def accept(self) -> None:
        """Try the passphrase typed; the passphrase itself is never logged or kept."""
        phrase = self.edit.text()
        if not phrase:
            return
        try:
            with busy_cursor():
                self.unlocked = unlock_identity(self.identity, phrase)
        except WrongPassphraseError as exc:
            self._failures += 1
            log.info("wrong passphrase for %s (%d of %d)", self.identity.path, self._failures, self._tries)
            self.edit.clear()
            if self._failures >= self._tries:
                self.error = exc
                self.reject()
                return
            left = self._tries - self._failures
            self.message.setText(
                self.tr(
                    "Wrong passphrase. Nothing was signed. Check Caps Lock and the keyboard layout, "
                    "then try again ({left} of {tries} tries left)."
                ).format(left=left, tries=self._tries)
            )
            self.message.show()
            grow_to_fit(self)
            self.edit.setFocus()
            return
        except GM100Error as exc:  # a damaged key file: asking again would not help
            self.error = exc
            self.edit.clear()
            self.reject()
            return
        self.edit.clear()
        super().accept()


def ask_unlock(parent: QWidget | None, identity: Identity, purpose: str = "") -> UnlockedIdentity | None:
    """The unlocked identity, or None when cancelled or after too many wrong passphrases (then said why)."""
    dialog = PassphraseDialog(identity, parent, purpose=purpose)
    try:
        dialog.exec()
        if dialog.unlocked is None and dialog.error is not None:
            show_error(parent, dialog.error)
        return dialog.unlocked
    finally:
        dialog.deleteLater()
