"""The dialogs shown when the score database cannot be opened: damaged, or already open elsewhere."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from gm100_desktop.errors import StoreCorruptError, StoreError, StoreLockedError
from gm100_desktop.ui.errors import error_text


def ask_open_backup(parent: QWidget | None, exc: StoreCorruptError) -> bool:
    """Explain the damage; True when the user chooses to open the newest backup, False to quit."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("StoreDialogs", "Score database damaged"))
    box.setText(error_text(exc))
    open_button = None
    if exc.backups:
        box.setInformativeText(
            QCoreApplication.translate(
                "StoreDialogs",
                "The most recent backup is {backup}. Opening it keeps the damaged file beside it, renamed, "
                "so nothing is deleted. Scores entered after that backup was made may be missing.",
            ).format(backup=exc.backups[0].name)
        )
        open_button = box.addButton(
            QCoreApplication.translate("StoreDialogs", "&Open last backup"), QMessageBox.ButtonRole.AcceptRole
        )
    else:
        box.setInformativeText(
            QCoreApplication.translate(
                "StoreDialogs", "There is no backup to open. The damaged file has been left as it is: {path}"
            ).format(path=exc.path)
        )
    quit_button = box.addButton(
        QCoreApplication.translate("StoreDialogs", "&Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(open_button or quit_button)
    box.setEscapeButton(quit_button)
    box.exec()
    return open_button is not None and box.clickedButton() is open_button


def tell_store_failed(parent: QWidget | None, exc: StoreError | OSError) -> None:
    """Why the store could not be opened; for a second instance, that nothing will be written."""
    if isinstance(exc, StoreLockedError):
        title = QCoreApplication.translate("StoreDialogs", "GM100 Assessor is already open")
    else:
        title = QCoreApplication.translate("StoreDialogs", "Cannot open the score database")
    QMessageBox.critical(parent, title, error_text(exc))
