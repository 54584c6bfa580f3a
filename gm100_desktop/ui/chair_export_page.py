"""Exporting the chair-signed event package: name and venue, what still blocks it, then sign and write."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gm100_desktop.domain.event_draft import EventDraft
from gm100_desktop.domain.event_package import PACKAGE_SUFFIX
from gm100_desktop.errors import GM100Error
from gm100_desktop.services import event_builder as eb
from gm100_desktop.services import event_draft as drafts
from gm100_desktop.services.identity import Identity, UnlockedIdentity, local_identity
from gm100_desktop.ui.chair_problems import ProblemList
from gm100_desktop.ui.chair_session import ChairSession, save_file_dialog
from gm100_desktop.ui.errors import error_text, show_error
from gm100_desktop.ui.fingerprint_view import fixed_font
from gm100_desktop.ui.identity_dialog import IdentityDialog
from gm100_desktop.ui.passphrase_dialog import ask_unlock

log = logging.getLogger(__name__)
Unlock = Callable[[QWidget, Identity, str], UnlockedIdentity | None]


class ExportPage(QWidget):
    def __init__(self, session: ChairSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.choose_file = save_file_dialog  # tests replace these two
        self.unlock: Unlock = ask_unlock
        self.last_result: drafts.ExportResult | None = None
        self.name_edit = QLineEdit(self)
        self.venue_edit = QLineEdit(self)
        self.name_label, self.venue_label = QLabel(self), QLabel(self)
        self.name_label.setBuddy(self.name_edit)
        self.venue_label.setBuddy(self.venue_edit)
        self.problems = ProblemList(self)
        self.chair = QLabel(self)
        self.chair.setWordWrap(True)
        self.identity_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint = QLabel(self)
        self.fingerprint.setFont(fixed_font(1.6, bold=True))
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        form.addRow(self.name_label, self.name_edit)
        form.addRow(self.venue_label, self.venue_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.identity_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.chair)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addWidget(self.fingerprint)

        self.name_edit.editingFinished.connect(self._store_names)
        self.venue_edit.editingFinished.connect(self._store_names)
        self.export_button.clicked.connect(lambda: self.export())
        self.identity_button.clicked.connect(self.show_identity)
        session.changed.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        self.name_label.setText(self.tr("Event &name:"))
        self.venue_label.setText(self.tr("&Venue:"))
        self.name_edit.setPlaceholderText(self.tr("For example Seleksi GM100 2019"))
        self.venue_edit.setPlaceholderText(self.tr("For example Pusat TIK Nasional, Ciputat"))
        self.export_button.setText(self.tr("&Sign and export…"))
        self.identity_button.setText(self.tr("Chair &identity…"))
        self.problems.retranslate()
        self.refresh()

    def _chair_identity(self) -> Identity | None:
        try:
            return local_identity("chair")
        except GM100Error as exc:
            self.chair.setText(error_text(exc))
            return None

    def refresh(self) -> None:
        d = self.session.draft
        for edit, value in ((self.name_edit, d.name), (self.venue_edit, d.venue)):
            if not edit.hasFocus() and edit.text() != value:
                edit.setText(value)
        check = self.session.check()
        self.problems.show_check(check)
        identity = self._chair_identity()
        if identity is not None:
            self.chair.setText(
                self.tr("Signed by the chair identity {name}, key id {key_id}.").format(
                    name=identity.name, key_id=identity.public_key.key_id_hex
                )
            )
        elif not self.chair.text():
            self.chair.setText(self.tr("There is no chair identity on this computer yet: create one first."))
        next_version = d.exported_version + 1
        self.export_button.setEnabled(check.ok)
        self.export_button.setToolTip(
            self.tr("Version {version} of {event}").format(
                version=next_version, event=d.event_id or eb.event_id_for(d.name, d.start_date)
            )
            if check.ok
            else self.tr("Resolve the problems listed first.")
        )

    def _store_names(self) -> None:
        name, venue = self.name_edit.text().strip(), self.venue_edit.text().strip()
        d = self.session.draft
        if (name, venue) != (d.name, d.venue):

            def rename(d: EventDraft) -> None:
                d.name, d.venue = name, venue

            self.session.run(self, rename)

    def show_identity(self) -> IdentityDialog:
        dialog = IdentityDialog(self, role="chair")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.created.connect(lambda _identity: self.refresh())
        dialog.open()
        return dialog

    def export(self) -> drafts.ExportResult | None:
        """Choose the file, unlock the chair identity, sign and write the next version."""
        self._store_names()
        if not self.session.check().ok:
            return None
        identity = self._chair_identity()
        if identity is None:
            self.show_identity()
            return None
        d = self.session.draft
        event_id = d.event_id or eb.event_id_for(d.name, d.start_date)
        suggested = str(Path.home() / f"{event_id}-v{d.exported_version + 1}.gm100event")
        out = self.choose_file(
            self, self.tr("Export event package"), suggested, self.tr("Event package (*.gm100event)")
        )
        if out is None:
            return None
        if out.suffix != PACKAGE_SUFFIX:
            out = out.with_name(out.name + PACKAGE_SUFFIX)
        unlocked = self.unlock(
            self, identity, self.tr("Type the passphrase of the chair identity to sign the event.")
        )
        if unlocked is None:
            return None
        try:
            result = self.session.apply(lambda d: drafts.export_package(d, unlocked, out))
        except GM100Error as exc:
            show_error(self, exc)
            return None
        log.info("exported %s version %d to %s", result.event_id, result.version, result.path)
        self.last_result = result
        self.result.setText(
            self.tr(
                "<b>Exported version {version}</b> of {event}<br>File: <code>{path}</code><br>"
                "Package sha256: <code>{sha256}</code><br>Chair key id {key_id}; read this fingerprint out "
                "when handing the package over:"
            ).format(
                version=result.version,
                event=html.escape(result.event_id),
                path=html.escape(str(result.path)),
                sha256=result.sha256,
                key_id=result.chair_key.key_id_hex,
            )
        )
        self.fingerprint.setText(result.chair_key.fingerprint)
        return result
