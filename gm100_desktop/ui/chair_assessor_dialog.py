"""Adding or editing one assessor of the roster: id, name, institution, role and panel."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gm100_desktop.domain.event import ASSESSOR_ROLES, RosterEntry
from gm100_desktop.errors import GM100Error
from gm100_desktop.services.roster_csv import ID_PATTERN
from gm100_desktop.ui.chair_session import ChairSession
from gm100_desktop.ui.errors import show_error


def role_names() -> dict[str, str]:
    return {
        "": QCoreApplication.translate("AssessorDialog", "(any)"),
        "government": QCoreApplication.translate("AssessorDialog", "Government"),
        "academic": QCoreApplication.translate("AssessorDialog", "Academic"),
        "practitioner": QCoreApplication.translate("AssessorDialog", "Practitioner"),
    }


class AssessorDialog(QDialog):
    def __init__(
        self, session: ChairSession, assessor_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.replacing = assessor_id
        entry = session.draft.assessor(assessor_id) if assessor_id else None
        self.setWindowTitle(self.tr("Edit assessor") if entry else self.tr("Add assessor"))
        self.id_edit = QLineEdit(entry.assessor_id if entry else "", self)
        self.name_edit = QLineEdit(entry.name if entry else "", self)
        self.institution_edit = QLineEdit(entry.institution if entry else "", self)
        self.role = QComboBox(self)
        for role, text in role_names().items():
            if role in ("", *ASSESSOR_ROLES):
                self.role.addItem(text, role)
        self.panel = QComboBox(self)
        self.panel.addItem(self.tr("(placed when planning)"), "")
        for p in session.draft.panels:
            self.panel.addItem(f"{p.id} {p.name}", p.id)
        if entry:
            self.role.setCurrentIndex(max(0, self.role.findData(entry.role)))
            self.panel.setCurrentIndex(max(0, self.panel.findData(entry.panel_id)))
        form = QFormLayout()
        for text, field in (
            (self.tr("Assessor &id:"), self.id_edit),
            (self.tr("&Name:"), self.name_edit),
            (self.tr("Ins&titution:"), self.institution_edit),
            (self.tr("&Role:"), self.role),
            (self.tr("&Panel:"), self.panel),
        ):
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, field)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("OK"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addStrut(420)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.id_edit.setFocus()

    def entry(self) -> RosterEntry:
        return RosterEntry(
            self.id_edit.text().strip(),
            self.name_edit.text().strip(),
            self.institution_edit.text().strip(),
            self.role.currentData() or "",
            self.panel.currentData() or "",
        )

    def accept(self) -> None:
        entry = self.entry()
        problem = ""
        if not ID_PATTERN.match(entry.assessor_id):
            problem = self.tr('The assessor id must be 1 to 32 letters, digits, ".", "-" or "_".')
        elif not entry.name:
            problem = self.tr("The assessor needs a name.")
        elif entry.assessor_id != self.replacing and self.session.draft.assessor(entry.assessor_id):
            problem = self.tr("Assessor {assessor} is already in the roster.").format(
                assessor=entry.assessor_id
            )
        if problem:
            show_error(self, GM100Error("{problem}", problem=problem))
            return
        try:
            self.session.apply(lambda d: d.put_assessor(entry, self.replacing))
        except GM100Error as exc:
            show_error(self, exc)
            return
        super().accept()
