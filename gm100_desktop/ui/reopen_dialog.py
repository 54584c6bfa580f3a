"""Asks why a finalised region is being reopened; the reason goes into the change history."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget


class ReopenDialog(QDialog):
    """A required reason: OK stays disabled while it is empty."""

    def __init__(self, region_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reopen {region}").format(region=region_name))
        self.setMinimumWidth(480)
        intro = QLabel(
            self.tr(
                "{region} is finalised. Why are you reopening it? The reason is kept in the change "
                "history that goes to the panel chair."
            ).format(region=region_name),
            self,
        )
        intro.setWordWrap(True)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setPlaceholderText(self.tr("For example: changed after the panel discussion"))
        self.reason_edit.setAccessibleName(self.tr("Reason for reopening"))
        label = QLabel(self.tr("&Reason:"), self)
        label.setBuddy(self.reason_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Reopen"))
        # Qt ships no Indonesian translation of its standard buttons
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason_edit.textChanged.connect(self._update_ok)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addWidget(label)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.buttons)
        self._update_ok()

    def reason(self) -> str:
        return self.reason_edit.text().strip()

    def accept(self) -> None:
        if self.reason():  # Enter in the field must not slip past the disabled button
            super().accept()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.reason()))

    @staticmethod
    def ask_reason(parent: QWidget | None, region_name: str) -> str | None:
        """The reason typed, or None when cancelled."""
        dialog = ReopenDialog(region_name, parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted and dialog.reason():
                return dialog.reason()
            return None
        finally:
            dialog.deleteLater()
