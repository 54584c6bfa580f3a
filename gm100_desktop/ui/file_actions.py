"""The File menu's signed files: import the event package, export the score bundle, the signing identity."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from gm100_desktop.domain.event_package import PACKAGE_SUFFIX
from gm100_desktop.errors import GM100Error
from gm100_desktop.services.identity import Identity, local_identity
from gm100_desktop.settings import Settings
from gm100_desktop.ui.controller import ScoringController
from gm100_desktop.ui.errors import error_text, show_error
from gm100_desktop.ui.scoring_form import ScoringForm

if TYPE_CHECKING:
    from gm100_desktop.services.identity import UnlockedIdentity
    from gm100_desktop.ui.export_dialog import ExportDialog
    from gm100_desktop.ui.identity_dialog import IdentityDialog
    from gm100_desktop.ui.import_event_dialog import ImportEventDialog

# The dialogs are imported when first used, not at start-up: the window appears without them.


def choose_event_file(parent: QWidget) -> Path | None:
    from gm100_desktop.ui.import_event_dialog import choose_event_file as choose

    return choose(parent)


def choose_export_folder(parent: QWidget, start: str) -> str:
    from gm100_desktop.ui.export_dialog import choose_export_folder as choose

    return choose(parent, start)


def unlock_for_export(parent: QWidget, identity: Identity) -> UnlockedIdentity | None:
    from gm100_desktop.ui.export_dialog import unlock_for_export as unlock

    return unlock(parent, identity)


# The texts below were written in the main window and keep its translation context "AssessorWindow".


class FileActions(QObject):
    """The import, export and identity actions and the status bar's key id of `window`, and what they do."""

    imported = Signal()  # an event package was installed and the controller shows it now

    def __init__(
        self,
        window: QMainWindow,
        controller: ScoringController,
        form: ScoringForm,
        settings: Settings,
        language: str,
        *,
        save_settings: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.form = form
        self.settings = settings
        self.language = language
        self._save_settings = save_settings
        # How files, folders and the passphrase are asked for: tests replace these with plain functions.
        self.choose_event_file = choose_event_file
        self.choose_export_folder = choose_export_folder
        self.unlock_identity = unlock_for_export

        self.import_action = self._action(self.import_event, "Ctrl+O")
        self.export_action = self._action(self.export_scores, "Ctrl+E")
        self.identity_action = self._action(self.show_identity)
        self.identity_label = QLabel()
        self.identity_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def _action(self, slot: Callable[[], object], *keys: str) -> QAction:
        act = QAction(self.window)
        act.setShortcuts([QKeySequence(k) for k in keys])
        act.triggered.connect(lambda _checked=False: slot())
        return act

    def set_language(self, language: str) -> None:
        self.language = language

    def retranslate(self) -> None:
        self.import_action.setText(QCoreApplication.translate("AssessorWindow", "&Import event package…"))
        self.export_action.setText(QCoreApplication.translate("AssessorWindow", "&Export score bundle…"))
        self.identity_action.setText(QCoreApplication.translate("AssessorWindow", "My &signing identity…"))
        self.update_identity_label()

    # ---- the actions -----------------------------------------------------------------------------------

    def import_event(self, path: Path | None = None) -> ImportEventDialog | None:
        """Verify an event package (asked for when `path` is None) and show it for confirmation."""
        from gm100_desktop.ui.import_event_dialog import ImportEventDialog

        if path is None:
            path = self.choose_event_file(self.window)
            if path is None:
                return None
        self.form.flush_pending()  # notes being typed belong to the event open now
        try:
            dialog = ImportEventDialog.load(self.controller, path, self.language, self.window)
        except GM100Error as exc:
            show_error(self.window, exc)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._on_imported)
        dialog.open()
        return dialog

    def export_scores(self) -> ExportDialog | None:
        """Save what is being typed, then sign and write the score bundle where the person chooses."""
        from gm100_desktop.ui.export_dialog import ExportDialog, check_exportable

        unsaved = not self.form.flush_pending()
        try:
            identity = check_exportable(self.controller)
        except GM100Error as exc:
            show_error(self.window, exc)
            return None
        dialog = ExportDialog(
            self.controller,
            identity,
            self.settings,
            save_settings=self._save_settings,
            unsaved=unsaved,
            unlock=self.unlock_identity,
            choose_folder=self.choose_export_folder,
            parent=self.window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(
            lambda result: self.window.statusBar().showMessage(
                QCoreApplication.translate("AssessorWindow", "Exported {file} (number {sequence}).").format(
                    file=result.path.name, sequence=result.sequence
                ),
                10000,
            )
        )
        dialog.open()
        return dialog

    def show_identity(self) -> IdentityDialog:
        from gm100_desktop.ui.identity_dialog import IdentityDialog

        dialog = IdentityDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.created.connect(lambda _identity: self.update_identity_label())
        dialog.open()
        return dialog

    def _on_imported(self, plan: object) -> None:
        ctx = self.controller.context
        self.window.statusBar().showMessage(
            QCoreApplication.translate("AssessorWindow", "Opened {event}; you score as {assessor}.").format(
                event=ctx.event_name, assessor=ctx.assessor_id
            ),
            10000,
        )
        self.imported.emit()

    def update_identity_label(self) -> None:
        """The key id of this laptop's signing identity, or that there is none yet."""
        label = self.identity_label
        try:
            identity: Identity | None = local_identity("assessor")
        except GM100Error as exc:
            label.setText(QCoreApplication.translate("AssessorWindow", "Signing key unreadable"))
            label.setToolTip(error_text(exc))
            return
        if identity is None:
            label.setText(QCoreApplication.translate("AssessorWindow", "No signing key"))
            label.setToolTip(
                QCoreApplication.translate("AssessorWindow", "Create one with File → My signing identity…")
            )
        else:
            key = identity.public_key
            label.setText(
                QCoreApplication.translate("AssessorWindow", "Key {key_id}").format(key_id=key.key_id_hex)
            )
            label.setToolTip(
                QCoreApplication.translate(
                    "AssessorWindow", "Your signing key. Fingerprint: {fingerprint}"
                ).format(fingerprint=key.fingerprint)
            )

    # ---- drag and drop (the window forwards its drag events here) ------------------------------------------

    @staticmethod
    def _dropped_event_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) != 1 or not urls[0].isLocalFile():
            return None
        path = Path(urls[0].toLocalFile())
        return path if path.suffix.lower() == PACKAGE_SUFFIX else None

    def drag_enter(self, event: QDragEnterEvent) -> None:
        """Accept a drag that carries exactly one event package."""
        if self._dropped_event_file(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def drop(self, event: QDropEvent) -> None:
        """Import the dropped event package once the drag has finished."""
        path = self._dropped_event_file(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        QTimer.singleShot(0, lambda: self.import_event(path))  # let the drag finish first
