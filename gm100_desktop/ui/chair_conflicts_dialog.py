"""Conflicts of interest typed by the chair: assessor, an invited region found by search, and the reason;
and, on a second tab, institutions tied to provinces (warnings only)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gm100_desktop.domain.event_draft import EventDraft
from gm100_desktop.services import event_draft as drafts
from gm100_desktop.ui.chair_session import ChairSession, open_file_dialog
from gm100_desktop.ui.chair_soft_conflicts import SoftConflictsSection
from gm100_desktop.ui.dialog_helpers import row_table

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


class ConflictsDialog(QDialog):
    def __init__(
        self, session: ChairSession, assessor_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.choose_file = open_file_dialog  # tests replace it
        self.table = row_table(3, self)
        self.table_label = QLabel(self)
        self.table_label.setBuddy(self.table)
        self.remove_button = QPushButton(self)
        self.import_button = QPushButton(self)
        self.assessor = QComboBox(self)
        for a in session.draft.roster:
            self.assessor.addItem(f"{a.assessor_id} {a.name}".strip(), a.assessor_id)
        if assessor_id:
            self.assessor.setCurrentIndex(max(0, self.assessor.findData(assessor_id)))
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.regions = QListWidget(self)
        for g in session.draft.invited_regions():
            item = QListWidgetItem(f"{g.code} {g.name}", self.regions)
            item.setData(CODE_ROLE, g.code)
        self.reason = QLineEdit(self)
        self.add_button = QPushButton(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)

        self.adding = QGroupBox(self)
        form = QFormLayout(self.adding)
        self.labels: list[tuple[QLabel, QWidget]] = []
        for field in (self.assessor, self.search, self.regions, self.reason):
            label = QLabel(self)
            label.setBuddy(field)
            self.labels.append((label, field))
            form.addRow(label, field)
        add_row = QHBoxLayout()
        add_row.addWidget(self.message, 1)
        add_row.addWidget(self.add_button)
        form.addRow(add_row)
        table_buttons = QHBoxLayout()
        table_buttons.addWidget(self.remove_button)
        table_buttons.addWidget(self.import_button)
        table_buttons.addStretch(1)
        self.buttons = QDialogButtonBox(self)
        self.close_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.rejected.connect(self.reject)
        self.hard = QWidget(self)
        hard = QVBoxLayout(self.hard)
        hard.addWidget(self.table_label)
        hard.addWidget(self.table, 1)
        hard.addLayout(table_buttons)
        hard.addWidget(self.adding)
        self.soft = SoftConflictsSection(session, self)
        self.soft.choose_file = lambda *args: self.choose_file(*args)  # the dialog's, which tests replace
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.hard, "")
        self.tabs.addTab(self.soft, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

        self.add_button.setDefault(True)  # Enter in the reason adds; it never removes or imports
        for button in (self.remove_button, self.import_button, self.close_button):
            button.setAutoDefault(False)
        self.search.textChanged.connect(self._filter)
        self.add_button.clicked.connect(lambda: self.add())
        self.remove_button.clicked.connect(lambda: self.remove())
        self.import_button.clicked.connect(lambda: self.import_conflicts())
        self.regions.itemDoubleClicked.connect(lambda _item: self.add())
        self.tabs.currentChanged.connect(self._default_button)
        session.changed.connect(self.refresh)
        self.retranslate()
        self.resize(720, 640)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Conflicts of interest"))
        self.table_label.setText(
            self.tr("&Conflicts of interest (the planner keeps each region out of the assessor's panel):")
        )
        self.table.setHorizontalHeaderLabels([self.tr("Assessor"), self.tr("Region"), self.tr("Reason")])
        self.remove_button.setText(self.tr("&Remove selected"))
        self.import_button.setText(self.tr("&Import conflicts…"))
        self.adding.setTitle(self.tr("Add a conflict of interest"))
        texts = (
            self.tr("&Assessor:"),
            self.tr("&Search region:"),
            self.tr("Invited re&gion:"),
            self.tr("R&eason:"),
        )
        for (label, _field), text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.search.setPlaceholderText(self.tr("Code or name"))
        self.reason.setPlaceholderText(self.tr("For example: born in this region"))
        self.add_button.setText(self.tr("A&dd"))
        self.close_button.setText(self.tr("Close"))
        self.tabs.setTabText(0, self.tr("Assessor ↔ regi&on"))
        self.tabs.setTabText(1, self.tr("Institution ↔ province (&warning only)"))
        self.soft.retranslate()
        self.refresh()

    def _default_button(self) -> None:
        """Enter adds on the tab shown, never on the hidden one."""
        soft = self.tabs.currentWidget() is self.soft
        self.add_button.setDefault(not soft)
        self.soft.add_button.setDefault(soft)

    def refresh(self) -> None:
        d = self.session.draft
        names = {g.code: g.name for g in d.regions}
        people = {a.assessor_id: a.name for a in d.roster}
        self.table.setRowCount(len(d.conflicts))
        for row, c in enumerate(d.conflicts):
            cells = (
                f"{c.assessor_id} {people.get(c.assessor_id, '')}".strip(),
                f"{c.region_code} {names.get(c.region_code, '')}".strip(),
                c.reason,
            )
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.remove_button.setEnabled(bool(d.conflicts))
        self.add_button.setEnabled(bool(d.roster) and self.regions.count() > 0)

    def _filter(self) -> None:
        wanted = self.search.text().casefold().strip()
        first = None
        for i in range(self.regions.count()):
            item = self.regions.item(i)
            hidden = bool(wanted) and wanted not in item.text().casefold()
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        current = self.regions.currentItem()
        if first is not None and (current is None or current.isHidden()):
            self.regions.setCurrentItem(first)

    def choose_region(self, code: str) -> None:
        for i in range(self.regions.count()):
            if self.regions.item(i).data(CODE_ROLE) == code:
                self.regions.setCurrentRow(i)

    def add(self) -> bool:
        aid = self.assessor.currentData()
        item = self.regions.currentItem()
        if not aid or item is None or item.isHidden():
            self.message.setText(self.tr("Choose an assessor and an invited region first."))
            return False
        code, reason = item.data(CODE_ROLE), self.reason.text()

        def add(d: EventDraft) -> bool:
            d.add_conflict(aid, code, reason)
            return True

        if self.session.run(self, add) is None:
            return False
        self.message.setText(
            self.tr("Added: {assessor} and {region}.").format(assessor=aid, region=item.text())
        )
        self.reason.clear()
        return True

    def remove(self) -> bool:
        row = self.table.currentRow()
        conflicts = self.session.draft.conflicts
        if not 0 <= row < len(conflicts):
            self.message.setText(self.tr("Select a conflict of interest in the list first."))
            return False
        c = conflicts[row]
        self.session.run(self, lambda d: d.remove_conflict(c.assessor_id, c.region_code))
        self.message.setText(
            self.tr("Removed: {assessor} and {region}.").format(assessor=c.assessor_id, region=c.region_code)
        )
        return True

    def import_conflicts(self) -> None:
        """Replace the list with a CSV file `assessor_id,region[,reason]` (all or nothing)."""
        path = self.choose_file(self, self.tr("Import conflicts of interest"), self.tr("CSV files (*.csv)"))
        if path is not None:
            count = self.session.run(self, lambda d: drafts.import_conflicts(d, path))
            if count is not None:
                self.message.setText(self.tr("{count} conflicts of interest imported.").format(count=count))
