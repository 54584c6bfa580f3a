"""Exporting the assessor's scores as a signed score bundle to a folder (a USB stick), which is remembered.

Signing a whole event takes well under a second, so it runs on the GUI thread under a wait cursor.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gm100_desktop.errors import DemoEventExportError, GM100Error, NoEventError
from gm100_desktop.models import tables as t
from gm100_desktop.services.bundle_export import ExportResult, export_bundle, last_exports
from gm100_desktop.services.identity import Identity, UnlockedIdentity, require_identity
from gm100_desktop.services.scoring import FINALISED
from gm100_desktop.settings import Settings
from gm100_desktop.ui.controller import ScoringController
from gm100_desktop.ui.criterion_row import error_color
from gm100_desktop.ui.dialog_helpers import busy_cursor, grow_to_fit
from gm100_desktop.ui.errors import show_error
from gm100_desktop.ui.fingerprint_view import fixed_font
from gm100_desktop.ui.passphrase_dialog import ask_unlock

log = logging.getLogger(__name__)

Unlock = Callable[[QWidget, Identity], UnlockedIdentity | None]
ChooseFolder = Callable[[QWidget, str], str]  # parent, start folder -> chosen folder ("" = cancelled)
SHORT_SHA = 16  # hex digits shown; the whole hash is in the tooltip


@dataclass(frozen=True)
class PreviousExport:
    sequence: int
    path: str
    at: datetime


def choose_export_folder(parent: QWidget, start: str) -> str:
    return QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("ExportDialog", "Choose the folder for the score bundle"), start
    )


def unlock_for_export(parent: QWidget, identity: Identity) -> UnlockedIdentity | None:
    purpose = QCoreApplication.translate(
        "ExportDialog", "Type the passphrase of your signing identity to sign the score bundle."
    )
    return ask_unlock(parent, identity, purpose)


def check_exportable(controller: ScoringController) -> Identity:
    """The identity to sign with; raises before any passphrase is asked when there is nothing to export."""
    with controller.store.transaction() as session:
        event = session.get(t.Event, controller.context.event_row_id)
        if event is None:
            raise NoEventError()
        if event.is_demo or event.package_sha256 is None:
            raise DemoEventExportError()
    return require_identity("assessor")


class ExportDialog(QDialog):
    """Choose the folder, unlock, sign and write; then show the file, key id, sequence number and hash."""

    exported = Signal(object)  # ExportResult

    def __init__(
        self,
        controller: ScoringController,
        identity: Identity,
        settings: Settings,
        *,
        save_settings: Callable[[], None] = lambda: None,
        unsaved: bool = False,
        unlock: Unlock = unlock_for_export,
        choose_folder: ChooseFolder = choose_export_folder,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.identity = identity
        self.settings = settings
        self.save_settings = save_settings
        self.unlock = unlock
        self.choose_folder = choose_folder
        self.export_result: ExportResult | None = None
        ctx = controller.context
        self.setWindowTitle(self.tr("Export score bundle"))

        intro = QLabel(
            self.tr(
                "Your scores, notes and change history for {event} are signed with your key and written as "
                "one .gm100bundle file. Take it to the chair on a USB stick. You can export as often as you "
                "like: the newest export replaces the older ones."
            ).format(event=ctx.event_name),
            self,
        )
        intro.setWordWrap(True)
        rows = controller.overview()
        finalised = sum(1 for r in rows if r.state == FINALISED)
        scored = sum(r.scored for r in rows)
        summary = QFormLayout()
        summary.addRow(self.tr("Assessor:"), QLabel(f"{ctx.assessor_name} ({ctx.assessor_id})", self))
        summary.addRow(
            self.tr("Scores:"),
            QLabel(
                self.tr("{scored} given; regions finalised: {finalised} of {regions}").format(
                    scored=scored, finalised=finalised, regions=len(rows)
                ),
                self,
            ),
        )
        key_label = QLabel(identity.public_key.key_id_hex, self)
        key_label.setFont(fixed_font())
        key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        summary.addRow(self.tr("Signing key:"), key_label)
        self.last_export = QLabel(self)
        self._show_last_export()
        summary.addRow(self.tr("Last export:"), self.last_export)

        self.folder_edit = QLineEdit(self)
        self.folder_edit.setAccessibleName(self.tr("Folder for the score bundle"))
        folder_label = QLabel(self.tr("&Folder:"), self)
        folder_label.setBuddy(self.folder_edit)
        self.browse_button = QPushButton(self.tr("&Browse…"), self)
        self.browse_button.clicked.connect(self.browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(folder_label)
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse_button)
        self.folder_note = QLabel(self)
        self.folder_note.setWordWrap(True)
        self.folder_edit.textEdited.connect(lambda _text: self.folder_note.hide())
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        palette = self.problem.palette()
        palette.setColor(QPalette.ColorRole.WindowText, error_color(palette))
        self.problem.setPalette(palette)
        self._set_start_folder()
        if unsaved:
            self.problem.setText(
                self.tr("A note in the open region could not be saved; it will not be in the bundle.")
            )
        self.problem.setVisible(bool(self.problem.text()))

        self.result_frame = QFrame(self)
        self.result_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.result_heading = QLabel(self.tr("<b>Exported.</b>"), self.result_frame)
        self.result_path = QLabel(self.result_frame)
        self.result_key = QLabel(self.result_frame)
        self.result_sequence = QLabel(self.result_frame)
        self.result_sha = QLabel(self.result_frame)
        self.result_contents = QLabel(self.result_frame)
        for label in (self.result_path, self.result_key, self.result_sequence, self.result_sha):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_key.setFont(fixed_font(1.15, bold=True))
        self.result_sequence.setFont(fixed_font(1.15, bold=True))
        self.result_sha.setFont(fixed_font())
        result_form = QFormLayout(self.result_frame)
        result_form.addRow(self.result_heading)
        result_form.addRow(self.tr("File:"), self.result_path)
        result_form.addRow(self.tr("Key id:"), self.result_key)
        result_form.addRow(self.tr("Sequence number:"), self.result_sequence)
        result_form.addRow(self.tr("SHA-256:"), self.result_sha)
        result_form.addRow(self.result_contents)
        self.result_frame.hide()

        self.buttons = QDialogButtonBox(self)
        accept = QDialogButtonBox.ButtonRole.AcceptRole
        self.export_button = self.buttons.addButton(self.tr("&Export"), accept)
        self.close_button = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        # a width through the layout, so that the dialog's minimum height still follows its wrapped texts
        layout.addStrut(616)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addLayout(summary)
        layout.addSpacing(8)
        layout.addLayout(folder_row)
        layout.addWidget(self.folder_note)
        layout.addWidget(self.problem)
        layout.addWidget(self.result_frame)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.export_button.setFocus()

    def _show_last_export(self) -> None:
        previous = self._previous_export()
        self.last_export.setText(
            self.tr("number {sequence}, {time}").format(
                sequence=previous.sequence,
                time=previous.at.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M"),
            )
            if previous is not None
            else self.tr("none yet")
        )

    def _previous_export(self) -> PreviousExport | None:
        with self.controller.store.transaction() as session:
            rows = last_exports(session, self.controller.context.assessor_row_id)
            return PreviousExport(rows[0].sequence, rows[0].path, rows[0].created_at) if rows else None

    def _set_start_folder(self) -> None:
        """The remembered folder when it is there now; else the home folder, saying why."""
        remembered = self.settings.last_export_dir
        if remembered and Path(remembered).is_dir():
            self.folder_edit.setText(remembered)
            self.folder_note.hide()
            return
        self.folder_edit.setText(str(Path.home()))
        if remembered:
            self.folder_note.setText(
                self.tr(
                    "The last folder, {folder}, is not available now. Is the USB stick plugged in?"
                ).format(folder=remembered)
            )
        else:
            self.folder_note.hide()

    def browse(self) -> None:
        chosen = self.choose_folder(self, self.folder_edit.text())
        if chosen:
            self.folder_edit.setText(chosen)
            self.problem.hide()

    def export(self) -> ExportResult | None:
        """Unlock, sign and write; errors are shown and leave the dialog open to try again."""
        text = self.folder_edit.text().strip()
        folder = Path(text).expanduser() if text else None
        if folder is None or not folder.is_dir():
            self.problem.setText(
                self.tr("Choose an existing folder: {folder} does not exist.").format(folder=text or "–")
            )
            self.problem.show()
            grow_to_fit(self)
            return None
        self.problem.hide()
        unlocked = self.unlock(self, self.identity)
        if unlocked is None:
            self.problem.setText(self.tr("Nothing was exported: your signing identity was not unlocked."))
            self.problem.show()
            grow_to_fit(self)
            return None
        try:
            with busy_cursor():
                result = export_bundle(self.controller.store, unlocked, folder)
        except GM100Error as exc:
            show_error(self, exc)
            return None
        finally:
            del unlocked
        log.info("exported %s (sequence %s, sha256 %s)", result.path, result.sequence, result.sha256)
        self.export_result = result
        self.settings.last_export_dir = str(folder)
        self.save_settings()
        self._show_last_export()
        self._show_result(result)
        self.exported.emit(result)
        return result

    def _show_result(self, result: ExportResult) -> None:
        c = result.bundle.content
        self.result_path.setText(result.path.name)
        self.result_path.setToolTip(str(result.path))
        self.result_key.setText(c.key_id)
        self.result_sequence.setText(str(result.sequence))
        self.result_sha.setText(result.sha256[:SHORT_SHA] + "…")
        self.result_sha.setToolTip(result.sha256)
        scores = sum(1 for g in c.regions for s in g.scores if s.value is not None)
        finalised = sum(1 for g in c.regions if g.state == FINALISED)
        self.result_contents.setText(
            self.tr(
                "Contents: scores {scores}, finalised regions {finalised}, history entries {history}."
            ).format(scores=scores, finalised=finalised, history=len(c.history))
        )
        self.folder_note.hide()
        self.result_frame.show()
        self.export_button.hide()
        self.browse_button.setEnabled(False)
        self.folder_edit.setReadOnly(True)
        self.close_button.setText(self.tr("Close"))
        self.close_button.setFocus()
        grow_to_fit(self)
