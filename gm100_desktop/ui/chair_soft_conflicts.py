"""Soft conflicts typed by the chair: an institution tied to a province, avoided by the planner if it can."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gm100_desktop.domain.event_draft import EventDraft
from gm100_desktop.services import event_draft as drafts
from gm100_desktop.ui.chair_session import ChairSession, open_file_dialog
from gm100_desktop.ui.dialog_helpers import row_table


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


class SoftConflictsSection(QWidget):
    """Institution ↔ province pairs: listed, added from the roster and the regions, removed, imported."""

    def __init__(self, session: ChairSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.choose_file = open_file_dialog  # tests replace it
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.table = row_table(3, self)
        self.table_label = QLabel(self)
        self.table_label.setBuddy(self.table)
        self.remove_button = QPushButton(self)
        self.import_button = QPushButton(self)
        d = session.draft
        self.institution = QComboBox(self)
        self.institution.addItems(sorted({a.institution.strip() for a in d.roster} - {""}, key=str.casefold))
        self.province = QComboBox(self)
        self.province.addItems(sorted({g.province.strip() for g in d.regions} - {""}, key=str.casefold))
        self.add_button = QPushButton(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)

        self.adding = QGroupBox(self)
        form = QFormLayout(self.adding)
        self.institution_label, self.province_label = QLabel(self), QLabel(self)
        for label, field in (
            (self.institution_label, self.institution),
            (self.province_label, self.province),
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        add_row = QHBoxLayout()
        add_row.addWidget(self.message, 1)
        add_row.addWidget(self.add_button)
        form.addRow(add_row)
        table_buttons = QHBoxLayout()
        table_buttons.addWidget(self.remove_button)
        table_buttons.addWidget(self.import_button)
        table_buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(table_buttons)
        layout.addWidget(self.adding)

        for button in (self.remove_button, self.import_button):
            button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add())
        self.remove_button.clicked.connect(lambda: self.remove())
        self.import_button.clicked.connect(lambda: self.import_pairs())
        session.changed.connect(self.refresh)

    def retranslate(self) -> None:
        self.explanation.setText(
            self.tr(
                "An assessor from an institution tied to a province (for example a university and its "
                "province) should not judge that province's regions. The planner avoids these pairs when it "
                "can; otherwise the schedule shows a warning. They never block the export."
            )
        )
        self.table_label.setText(self.tr("&Pairs (institution ↔ province):"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Institution"), self.tr("Province"), self.tr("Assessors of the institution")]
        )
        self.remove_button.setText(self.tr("Remove se&lected"))
        self.import_button.setText(self.tr("&Import pairs…"))
        self.adding.setTitle(self.tr("Add a pair"))
        self.institution_label.setText(self.tr("Instit&ution:"))
        self.province_label.setText(self.tr("Pro&vince:"))
        self.add_button.setText(self.tr("A&dd pair"))
        self.refresh()

    def refresh(self) -> None:
        d = self.session.draft
        self.table.setRowCount(len(d.soft_conflicts))
        for row, (institution, province) in enumerate(d.soft_conflicts):
            who = ", ".join(a.assessor_id for a in d.roster if _key(a.institution) == _key(institution))
            for col, text in enumerate((institution, province, who or self.tr("(none in the roster)"))):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.remove_button.setEnabled(bool(d.soft_conflicts))
        self.add_button.setEnabled(self.institution.count() > 0 and self.province.count() > 0)

    def add(self) -> bool:
        institution, province = self.institution.currentText(), self.province.currentText()
        if not institution or not province:
            self.message.setText(self.tr("Import the roster and the regions first."))
            return False

        def add(d: EventDraft) -> bool:
            return d.add_soft_conflict(institution, province)

        added = self.session.run(self, add)
        if added is None:
            return False
        text = (
            self.tr("Added: {institution} and {province}.")
            if added
            else self.tr("{institution} and {province} are already listed.")
        )
        self.message.setText(text.format(institution=institution, province=province))
        return added

    def remove(self) -> bool:
        row = self.table.currentRow()
        pairs = self.session.draft.soft_conflicts
        if not 0 <= row < len(pairs):
            self.message.setText(self.tr("Select a pair in the list first."))
            return False
        institution, province = pairs[row]
        self.session.run(self, lambda d: d.remove_soft_conflict(institution, province))
        self.message.setText(
            self.tr("Removed: {institution} and {province}.").format(
                institution=institution, province=province
            )
        )
        return True

    def import_pairs(self) -> None:
        """Add the pairs of a CSV file `institution,province` (all or nothing)."""
        path = self.choose_file(
            self, self.tr("Import institution ↔ province pairs"), self.tr("CSV files (*.csv)")
        )
        if path is not None:
            count = self.session.run(self, lambda d: drafts.import_soft_conflicts(d, path))
            if count is not None:
                self.message.setText(self.tr("Pairs read from the file: {count}.").format(count=count))
