"""The assessor's signing identity: create it once (passphrase twice), then show its key id and fingerprint.

The public key goes to the chair, as a line to paste or a .pub file; the fingerprint is read aloud to compare,
and its QR code compared with the one on the chair's screen.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gm100_desktop.errors import GM100Error, PassphraseError
from gm100_desktop.services.identity import (
    MIN_PASSPHRASE,
    Identity,
    check_new_passphrase,
    create_identity,
    export_public_key,
    identity_path,
    local_identity,
)
from gm100_desktop.ui.criterion_row import error_color
from gm100_desktop.ui.dialog_helpers import busy_cursor, grow_to_fit
from gm100_desktop.ui.errors import error_text, show_error
from gm100_desktop.ui.fingerprint_view import FingerprintView, fixed_font

log = logging.getLogger(__name__)

ROLE = "assessor"
# "refused" and "differ" block creating; the others are hints only (the core's rule is the minimum length)
EMPTY, REFUSED, DIFFER, COMMON, WEAK, GOOD, STRONG = (
    "empty",
    "refused",
    "differ",
    "common",
    "weak",
    "good",
    "strong",
)
ACCEPTED = (COMMON, WEAK, GOOD, STRONG)
HINT_COLORS = {COMMON: "#9a5b00", WEAK: "#9a5b00", GOOD: "#1e7b34", STRONG: "#1e7b34"}
# Passphrases anyone tries first: letters only, lower case (the digits and signs around them are dropped)
COMMON_PASSPHRASES = frozenset(
    (
        "password",
        "katasandi",
        "rahasia",
        "rahasiaku",
        "qwerty",
        "iloveyou",
        "letmein",
        "welcome",
        "admin",
        "administrator",
        "bismillah",
        "indonesia",
        "indonesiaraya",
        "jakarta",
        "bandung",
        "sayang",
        "sayangku",
        "merdeka",
        "selamatdatang",
        "smartcity",
        "asesor",
        "assessor",
    )
)
KEYBOARD_RUNS = ("0123456789", "abcdefghijklmnopqrstuvwxyz", "qwertyuiop", "asdfghjkl", "zxcvbnm")
_LEET = str.maketrans("@4310$5", "aaeioss")

ChooseFile = Callable[[QWidget, str, str], str]  # parent, title, suggested path -> chosen path ("" = cancel)


def is_common_passphrase(phrase: str) -> bool:
    """A well-known passphrase (also in l33t spelling, with digits or signs around it), or a keyboard run."""
    lower = phrase.lower()
    word = re.sub(r"[^a-z]", "", re.sub(r"^[\W\d_]+|[\W\d_]+$", "", lower).translate(_LEET))
    if word in COMMON_PASSPHRASES:
        return True
    plain = re.sub(r"[^a-z0-9]", "", lower)
    return len(plain) >= 4 and any(plain in run or plain in run[::-1] for run in KEYBOARD_RUNS)


def character_classes(phrase: str) -> int:
    """How many of lower case, upper case, digits and other characters (spaces too) `phrase` mixes."""
    tests = (str.islower, str.isupper, str.isdigit, lambda c: not c.isalnum())
    return sum(any(test(c) for c in phrase) for test in tests)


def passphrase_level(phrase: str, again: str) -> str:
    """How good a new passphrase is, a hint for the person typing it.

    REFUSED follows the core's rule (`check_new_passphrase`: the minimum length) and DIFFER a mistyped
    repetition; both block creating. Then: COMMON for a well-known passphrase or keyboard run, WEAK for
    few different characters, STRONG from 20 characters (16 with three words or three character
    classes), GOOD from 12 characters, three words or three character classes, WEAK below that.
    """
    if not phrase:
        return EMPTY
    try:
        check_new_passphrase(phrase)
    except PassphraseError:
        return REFUSED
    if again and again != phrase and not phrase.startswith(again):
        return DIFFER
    if is_common_passphrase(phrase):
        return COMMON
    words = len(phrase.split())
    classes = character_classes(phrase)
    if len(set(phrase)) < 5:
        return WEAK
    if len(phrase) >= 20 or (len(phrase) >= 16 and (words >= 3 or classes >= 3)):
        return STRONG
    if len(phrase) >= 12 or words >= 3 or classes >= 3:
        return GOOD
    return WEAK


def local_time_text(stamp: str) -> str:
    """A key file's UTC creation time ("2019-02-20T09:12:00Z") in the laptop's time zone."""
    try:
        moment = datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError:
        return stamp or "–"
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def safe_file_name(text: str) -> str:
    return re.sub(r"[^\w.-]+", "_", text, flags=re.UNICODE).strip("_") or "assessor"


def save_file_dialog(parent: QWidget, title: str, suggested: str) -> str:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        title,
        suggested,
        QApplication.translate("IdentityDialog", "Minisign public key (*.pub)"),
    )
    return name


class IdentityDialog(QDialog):
    """Shows this laptop's assessor identity, or creates it when there is none yet."""

    created = Signal(object)  # Identity, once its file is written

    def __init__(
        self, parent: QWidget | None = None, *, choose_file: ChooseFile | None = None, role: str = ROLE
    ) -> None:
        super().__init__(parent)
        self.role = role  # "assessor", or "chair" from the chair's workspace
        self.choose_file = choose_file or save_file_dialog
        self.identity: Identity | None = None
        self.problem: GM100Error | None = None
        try:
            self.identity = local_identity(self.role)
        except GM100Error as exc:  # a damaged key file: show why, never offer to write over it
            self.problem = exc
        self.setWindowTitle(self.tr("My signing identity"))

        self.pages = QStackedWidget(self)
        self.create_page = self._build_create_page()
        self.show_page = self._build_show_page()
        self.problem_page = QLabel(self)
        self.problem_page.setWordWrap(True)
        self.problem_page.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for page in (self.create_page, self.show_page, self.problem_page):
            self.pages.addWidget(page)

        self.buttons = QDialogButtonBox(self)
        self.create_button = self.buttons.addButton(
            self.tr("Create identity"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.create_button.clicked.connect(self.create_identity)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        # a width through the layout, so that the dialog's minimum height still follows its wrapped texts
        layout.addStrut(616)
        layout.addWidget(self.pages)
        layout.addWidget(self.buttons)

        if self.identity is not None:
            self._show_identity(self.identity)
        elif self.problem is not None:
            self.problem_page.setText(error_text(self.problem))
            self._finish_buttons()
            self.pages.setCurrentWidget(self.problem_page)
        else:
            self.pages.setCurrentWidget(self.create_page)
            self._update_hint()
            self.name_edit.setFocus()

    # ---- creating ------------------------------------------------------------------------------------

    def _build_create_page(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(
            self.tr(
                "Your signing identity is a key pair made on this laptop. Your score bundles are signed "
                "with it, so the chair can check that they come from you, unaltered. The private key never "
                "leaves this laptop and is protected by a passphrase."
            ),
            page,
        )
        intro.setWordWrap(True)
        self.name_edit = QLineEdit(page)
        self.name_edit.setPlaceholderText(self.tr("As on the roster, for example Dr. Rina Hartono"))
        self.institution_edit = QLineEdit(page)
        self.institution_edit.setPlaceholderText(self.tr("For example Institut Teknologi Bandung"))
        self.assessor_id_edit = QLineEdit(page)
        self.assessor_id_edit.setPlaceholderText(self.tr("Optional: the id the chair gave you, e.g. A01"))
        self.passphrase_edit = QLineEdit(page)
        self.again_edit = QLineEdit(page)
        for edit in (self.passphrase_edit, self.again_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textChanged.connect(self._update_hint)
        self.name_edit.textChanged.connect(self._update_hint)
        self.passphrase_edit.setAccessibleName(self.tr("New passphrase"))
        self.again_edit.setAccessibleName(self.tr("New passphrase again"))
        self.hint = QLabel(page)
        self.hint.setWordWrap(True)
        warning = QLabel(
            self.tr(
                "A forgotten passphrase cannot be recovered: you would need a new identity and would have "
                "to give the chair your new public key. Write it down and keep it safe."
            ),
            page,
        )
        warning.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows: list[tuple[str, QWidget]] = [
            (self.tr("&Name:"), self.name_edit),
            (self.tr("&Institution:"), self.institution_edit),
            (self.tr("Assessor i&d:"), self.assessor_id_edit),
            (self.tr("&Passphrase:"), self.passphrase_edit),
            (self.tr("Type it &again:"), self.again_edit),
        ]
        for text, field in rows:
            label = QLabel(text, page)
            label.setBuddy(field)
            form.addRow(label, field)
        role = self.tr("Assessor") if self.role == ROLE else self.tr("Panel chair")
        form.insertRow(3, QLabel(self.tr("Role:"), page), QLabel(role, page))

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addSpacing(6)
        layout.addWidget(warning)
        layout.addStretch(1)
        return page

    def _update_hint(self) -> None:
        phrase, again = self.passphrase_edit.text(), self.again_edit.text()
        level = passphrase_level(phrase, again)
        texts = {
            EMPTY: self.tr(
                "Use at least {minimum} characters. A few unrelated words are easy to remember and hard "
                "to guess."
            ),
            REFUSED: self.tr("Too short: {length} characters; use at least {minimum}."),
            DIFFER: self.tr("The two passphrases differ."),
            COMMON: self.tr(
                "Acceptable, but this is among the first passphrases anyone would try. Choose words of "
                "your own."
            ),
            WEAK: self.tr("Acceptable, but easy to guess. Longer is stronger: try three or four words."),
            GOOD: self.tr("Good."),
            STRONG: self.tr("Strong."),
        }
        text = texts[level].format(minimum=MIN_PASSPHRASE, length=len(phrase))
        if level in ACCEPTED and again != phrase:
            text += " " + self.tr("Now type it again.")
        self.hint.setText(text)
        palette = self.hint.palette()
        default = QApplication.palette(self.hint).color(QPalette.ColorRole.WindowText)
        color = error_color(palette) if level in (REFUSED, DIFFER) else HINT_COLORS.get(level, default)
        palette.setColor(QPalette.ColorRole.WindowText, color)
        self.hint.setPalette(palette)
        self.passphrase_level = level
        ready = level in ACCEPTED and again == phrase and bool(self.name_edit.text().strip())
        self.create_button.setEnabled(ready)

    def create_identity(self) -> Identity | None:
        """Write the new identity; its passphrase is not kept once the key file is sealed."""
        phrase = self.passphrase_edit.text()
        name = self.name_edit.text().strip()
        if not self.create_button.isEnabled() or not name or phrase != self.again_edit.text():
            return None
        try:
            with busy_cursor():
                unlocked = create_identity(
                    identity_path(self.role),
                    role=self.role,
                    name=name,
                    institution=self.institution_edit.text().strip(),
                    assessor_id=self.assessor_id_edit.text().strip(),
                    passphrase=phrase,
                )
        except GM100Error as exc:
            show_error(self, exc)
            return None
        self.passphrase_edit.clear()
        self.again_edit.clear()
        identity = unlocked.identity
        log.info(
            "created the %s identity %s, key id %s", self.role, identity.path, identity.public_key.key_id_hex
        )
        self._show_identity(identity)
        self._say(
            self.tr("Created. Give your public key to the chair: export it as a file, or copy the line.")
        )
        self.created.emit(identity)
        return identity

    # ---- showing -------------------------------------------------------------------------------------

    def _build_show_page(self) -> QWidget:
        page = QWidget(self)
        self.heading = QLabel(page)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.details = QFormLayout()
        self.facts: dict[str, QLabel] = {}
        for key, caption in (
            ("institution", self.tr("Institution:")),
            ("role", self.tr("Role:")),
            ("assessor_id", self.tr("Assessor id:")),
            ("created", self.tr("Created:")),
            ("file", self.tr("Key file:")),
        ):
            label = QLabel(page)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.details.addRow(caption, label)
            self.facts[key] = label
        self.key = FingerprintView(
            page, key_caption=self.tr("Key id:"), fingerprint_caption=self.tr("Fingerprint:")
        )
        compare = QLabel(
            self.tr(
                "When you give your public key to the chair, read the fingerprint aloud so that both of you "
                "can check it is the same key."
            ),
            page,
        )
        compare.setWordWrap(True)
        self.public_key_edit = QLineEdit(page)
        self.public_key_edit.setReadOnly(True)
        self.public_key_edit.setFont(fixed_font())
        public_label = QLabel(self.tr("P&ublic key (the line for the roster):"), page)
        public_label.setBuddy(self.public_key_edit)
        self.copy_button = QPushButton(self.tr("&Copy"), page)
        self.copy_button.clicked.connect(self.copy_public_key)
        self.export_button = QPushButton(self.tr("&Export public key…"), page)
        self.export_button.clicked.connect(self.export_public_key)
        self.status = QLabel(page)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        line = QHBoxLayout()
        line.addWidget(self.public_key_edit, 1)
        line.addWidget(self.copy_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(self.details)
        layout.addSpacing(4)
        layout.addWidget(self.key)
        layout.addWidget(compare)
        layout.addSpacing(8)
        layout.addWidget(public_label)
        layout.addLayout(line)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)
        return page

    def _show_identity(self, identity: Identity) -> None:
        self.identity = identity
        self.heading.setText(self.tr("Signing identity of {name}").format(name=identity.name))
        self.facts["institution"].setText(identity.institution or "–")
        self.facts["role"].setText(self.tr("Assessor") if identity.role == ROLE else self.tr("Panel chair"))
        self.facts["assessor_id"].setText(identity.assessor_id)
        self.details.setRowVisible(self.facts["assessor_id"], bool(identity.assessor_id))
        self.facts["created"].setText(local_time_text(identity.created_at))
        self.facts["file"].setText(str(identity.path))
        self.key.set_key(identity.public_key)
        self.public_key_edit.setText(identity.public_key.to_base64())
        self.public_key_edit.setCursorPosition(0)
        self.pages.setCurrentWidget(self.show_page)
        self._finish_buttons()
        grow_to_fit(self)
        self.export_button.setFocus()

    def _finish_buttons(self) -> None:
        self.create_button.hide()
        self.close_button.setText(self.tr("Close"))

    def _say(self, text: str) -> None:
        self.status.setText(text)
        grow_to_fit(self)  # a longer text must not squeeze the fingerprint

    def copy_public_key(self) -> None:
        if self.identity is None:
            return
        QApplication.clipboard().setText(self.identity.public_key.to_base64())
        self._say(self.tr("The public key line is on the clipboard."))

    def export_public_key(self) -> Path | None:
        """Write the public key as a minisign .pub file where the person chooses."""
        identity = self.identity
        if identity is None:
            return None
        base = safe_file_name(identity.assessor_id or identity.name)
        suggested = Path.home() / f"{base}-{identity.public_key.key_id_hex}.pub"
        chosen = self.choose_file(self, self.tr("Export public key"), str(suggested))
        if not chosen:
            return None
        out = Path(chosen)
        if out.suffix != ".pub":
            out = out.with_name(out.name + ".pub")
        try:
            export_public_key(identity, out)
        except GM100Error as exc:
            show_error(self, exc)
            return None
        self._say(
            self.tr("Saved {path}. Give this file to the chair; anyone can check signatures with it.").format(
                path=out
            )
        )
        return out
