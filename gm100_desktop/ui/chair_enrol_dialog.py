"""Enrolling an assessor's public key: from a .pub file or pasted, confirmed by the fingerprint read aloud."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gm100_desktop.domain.minisign import parse_public_key
from gm100_desktop.errors import GM100Error
from gm100_desktop.services import event_draft as drafts
from gm100_desktop.ui.chair_session import ChairSession, open_file_dialog
from gm100_desktop.ui.criterion_row import error_color
from gm100_desktop.ui.dialog_helpers import grow_to_fit
from gm100_desktop.ui.errors import error_text
from gm100_desktop.ui.fingerprint_view import FingerprintView, fixed_font


class EnrolKeyDialog(QDialog):
    """Shows the key's fingerprint large; the chair types what the assessor reads from their own screen."""

    def __init__(self, session: ChairSession, assessor_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.assessor_id = assessor_id
        self.choose_file = open_file_dialog  # tests replace it
        self.source = self.tr("pasted text")  # named in refusals; a loaded file's name replaces it
        entry = session.draft.assessor(assessor_id)
        self.setWindowTitle(self.tr("Enrol the key of {assessor}").format(assessor=assessor_id))
        intro = QLabel(
            self.tr(
                "Load the .pub file {name} handed in, or paste the public key line. Then ask {name} to read "
                "the fingerprint from their own screen and type it below: the key is enrolled only when "
                "both match."
            ).format(name=entry.name if entry else assessor_id),
            self,
        )
        intro.setWordWrap(True)
        self.key_edit = QPlainTextEdit(self)
        self.key_edit.setFont(fixed_font())
        self.key_edit.setTabChangesFocus(True)
        self.key_edit.setFixedHeight(self.key_edit.fontMetrics().lineSpacing() * 3 + 12)
        key_label = QLabel(self.tr("Public &key:"), self)
        key_label.setBuddy(self.key_edit)
        self.load_button = QPushButton(self.tr("&Load .pub file…"), self)
        # The same view the assessor's identity dialog shows: fingerprint and QR code compared at a glance.
        self.key = FingerprintView(
            self, key_caption=self.tr("Key id:"), fingerprint_caption=self.tr("Fingerprint:")
        )
        self.typed = QLineEdit(self)
        self.typed.setFont(fixed_font(1.3))
        self.typed.setPlaceholderText("XXXX XXXX XXXX XXXX XXXX XXXX XXXX XXXX")
        typed_label = QLabel(self.tr("&Fingerprint read out:"), self)
        typed_label.setBuddy(self.typed)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        palette = self.message.palette()
        palette.setColor(QPalette.ColorRole.WindowText, error_color(palette))
        self.message.setPalette(palette)
        self.buttons = QDialogButtonBox(self)
        self.enrol_button = self.buttons.addButton(
            self.tr("&Enrol key"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        line = QHBoxLayout()
        line.addWidget(self.key_edit, 1)
        line.addWidget(self.load_button)
        form = QFormLayout()
        form.addRow(typed_label, self.typed)
        layout = QVBoxLayout(self)
        layout.addStrut(620)
        layout.addWidget(intro)
        layout.addWidget(key_label)
        layout.addLayout(line)
        layout.addWidget(self.key)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.key_edit.textChanged.connect(self._show_key)
        self.typed.textChanged.connect(self._update_button)
        self.load_button.clicked.connect(self.load_file)
        self._show_key()
        self.key_edit.setFocus()

    def load_file(self) -> None:
        path = self.choose_file(
            self, self.tr("Public key of the assessor"), self.tr("Minisign public key (*.pub)")
        )
        if path is None:
            return
        try:
            text = drafts.read_key_file(path)
        except GM100Error as exc:
            self._say(error_text(exc))
            return
        self.source = path.name
        self.key_edit.setPlainText(text)
        self.typed.setFocus()

    def _show_key(self) -> None:
        text = self.key_edit.toPlainText().strip()
        self.parsed = None
        if text:
            try:
                self.parsed = parse_public_key(text, self.source)
            except GM100Error as exc:
                self._say(error_text(exc))
        if self.parsed is not None:
            self.key.set_key(self.parsed)
            self._say("")
        else:
            self.key.key_id.setText("–")
            self.key.fingerprint.setText("–\n")
        self._update_button()

    def _update_button(self) -> None:
        self.enrol_button.setEnabled(self.parsed is not None and bool(self.typed.text().strip()))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        grow_to_fit(self)

    def accept(self) -> None:
        """Enrol, or say why not (a mismatched fingerprint, a key another assessor has, a revoked key)."""
        if not self.enrol_button.isEnabled():
            return
        text, typed = self.key_edit.toPlainText(), self.typed.text()
        try:
            self.session.apply(lambda d: drafts.enrol_key(d, self.assessor_id, text, self.source, typed))
        except GM100Error as exc:
            self._say(error_text(exc))
            self.typed.selectAll()
            self.typed.setFocus()
            return
        super().accept()
