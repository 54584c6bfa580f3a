"""Asks the chair for the reason of a decision; the decision is recorded only with a reason."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from gm100_desktop.ui.dialog_helpers import grow_to_fit


class DecisionDialog(QDialog):
    """`text` says what is decided; an optional `extra` widget shows or chooses more (a key, a chain).

    OK is enabled only when a reason is typed and, when `confirm` is given, its box is ticked.
    """

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        text: str,
        *,
        extra: QWidget | None = None,
        confirm: str = "",
        placeholder: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setPlaceholderText(placeholder or self.tr("Why the chair decides this"))
        self.reason_edit.setMaximumHeight(110)
        self.reason_edit.setAccessibleName(self.tr("Reason"))
        label = QLabel(self.tr("&Reason (recorded in the ranking):"), self)
        label.setBuddy(self.reason_edit)
        self.confirm_box = QCheckBox(confirm, self) if confirm else None
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Record decision"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addStrut(480)
        layout.addWidget(intro)
        if extra is not None:
            extra.setParent(self)
            layout.addWidget(extra)
        if self.confirm_box is not None:
            layout.addWidget(self.confirm_box)
            self.confirm_box.toggled.connect(self._update)
        layout.addWidget(label)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.buttons)
        self.reason_edit.textChanged.connect(self._update)
        self._update()
        self.reason_edit.setFocus()
        grow_to_fit(self)

    def reason(self) -> str:
        return " ".join(self.reason_edit.toPlainText().split())

    def _update(self) -> None:
        confirmed = self.confirm_box is None or self.confirm_box.isChecked()
        self.ok_button.setEnabled(bool(self.reason()) and confirmed)

    def accept(self) -> None:
        if self.ok_button.isEnabled():
            super().accept()


def ask_reason(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    extra: QWidget | None = None,
    confirm: str = "",
    placeholder: str = "",
) -> str | None:
    """The reason typed, or None when the chair cancels."""
    dialog = DecisionDialog(parent, title, text, extra=extra, confirm=confirm, placeholder=placeholder)
    try:
        return dialog.reason() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
