"""The roster: assessors typed or imported, keys enrolled and confirmed or revoked, conflicts of interest."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gm100_desktop.domain.minisign import parse_public_key
from gm100_desktop.errors import GM100Error
from gm100_desktop.services import event_draft as drafts
from gm100_desktop.ui.chair_assessor_dialog import AssessorDialog, role_names
from gm100_desktop.ui.chair_conflicts_dialog import ConflictsDialog
from gm100_desktop.ui.chair_enrol_dialog import EnrolKeyDialog
from gm100_desktop.ui.chair_session import ChairSession, open_file_dialog

Index = QModelIndex | QPersistentModelIndex


class RosterModel(QAbstractTableModel):
    def __init__(self, session: ChairSession) -> None:
        super().__init__(session)
        self.session = session
        session.changed.connect(self._reset)

    def _reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.session.draft.roster)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Id"),
            self.tr("Name"),
            self.tr("Institution"),
            self.tr("Role"),
            self.tr("Panel"),
            self.tr("Key id"),
            self.tr("Fingerprint confirmed"),
            self.tr("Conflicts of interest"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        d = self.session.draft
        a = d.roster[index.row()]
        col = index.column()
        if col < 3:
            return (a.assessor_id, a.name, a.institution)[col]
        if col == 3:
            return role_names().get(a.role, a.role)
        if col == 4:
            return a.panel_id or self.tr("(placed when planning)")
        if col == 5:
            if not a.public_key:
                return self.tr("no key")
            try:
                return parse_public_key(a.public_key, "roster").key_id_hex
            except GM100Error:
                return self.tr("not a key")
        if col == 6:
            return (
                self.tr("yes")
                if a.assessor_id in d.confirmed
                else ("" if not a.public_key else self.tr("no"))
            )
        return ", ".join(c.region_code for c in d.conflicts if c.assessor_id == a.assessor_id)

    def assessor_id(self, row: int) -> str:
        return self.session.draft.roster[row].assessor_id


class RosterPage(QWidget):
    def __init__(self, session: ChairSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.choose_file = open_file_dialog  # tests replace it
        self.model = RosterModel(session)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda _index: self.edit_assessor())
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for name, slot in (
            ("import", self.import_roster),
            ("add", self.add_assessor),
            ("edit", self.edit_assessor),
            ("remove", self.remove_assessor),
            ("enrol", self.enrol_key),
            ("revoke", self.revoke_key),
            ("conflicts", self.edit_conflicts),
        ):
            button = QPushButton(self)
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
            self.buttons[name] = button
            row.addWidget(button)
        row.addStretch(1)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        session.changed.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        texts = {
            "import": self.tr("&Import roster…"),
            "add": self.tr("&Add…"),
            "edit": self.tr("Edi&t…"),
            "remove": self.tr("Re&move"),
            "enrol": self.tr("Enrol &key…"),
            "revoke": self.tr("Re&voke key…"),
            "conflicts": self.tr("&Conflicts of interest…"),
        }
        for name, text in texts.items():
            self.buttons[name].setText(text)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 7)
        self.refresh()

    def refresh(self) -> None:
        d = self.session.draft
        keys = sum(1 for a in d.roster if a.public_key)
        self.summary.setText(
            self.tr(
                "{count} assessors; {keys} keys enrolled, {confirmed} confirmed by fingerprint; "
                "{conflicts} conflicts of interest; {revoked} keys revoked."
            ).format(
                count=len(d.roster),
                keys=keys,
                confirmed=len(d.confirmed),
                conflicts=len(d.conflicts),
                revoked=len(d.revoked_keys),
            )
        )

    def selected(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.assessor_id(index.row()) if index.isValid() else None

    def select(self, assessor_id: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.assessor_id(row) == assessor_id:
                self.view.selectRow(row)

    def _need_selection(self) -> str | None:
        aid = self.selected()
        if aid is None:
            QMessageBox.information(self, self.tr("Roster"), self.tr("Select an assessor first."))
        return aid

    def import_roster(self) -> None:
        path = self.choose_file(self, self.tr("Import roster"), self.tr("CSV files (*.csv)"))
        if path is not None:
            self.session.run(self, lambda d: drafts.import_roster(d, path))

    def import_conflicts(self) -> None:
        path = self.choose_file(self, self.tr("Import conflicts of interest"), self.tr("CSV files (*.csv)"))
        if path is not None:
            self.session.run(self, lambda d: drafts.import_conflicts(d, path))

    def edit_conflicts(self) -> ConflictsDialog:
        """Type, remove or import conflicts of interest (the selected assessor chosen first)."""
        dialog = ConflictsDialog(self.session, self.selected(), self)
        dialog.choose_file = self.choose_file
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def add_assessor(self) -> AssessorDialog:
        dialog = AssessorDialog(self.session, None, self)
        dialog.open()
        return dialog

    def edit_assessor(self) -> AssessorDialog | None:
        aid = self._need_selection()
        if aid is None:
            return None
        dialog = AssessorDialog(self.session, aid, self)
        dialog.open()
        return dialog

    def remove_assessor(self) -> None:
        aid = self._need_selection()
        if aid is not None:
            self.session.run(self, lambda d: d.remove_assessor(aid))

    def enrol_key(self) -> EnrolKeyDialog | None:
        aid = self._need_selection()
        if aid is None:
            return None
        dialog = EnrolKeyDialog(self.session, aid, self)
        dialog.choose_file = self.choose_file
        dialog.open()
        return dialog

    def revoke_key(self, confirm: bool = True) -> None:
        aid = self._need_selection()
        if aid is None:
            return
        question = self.tr(
            "Revoke the key of {assessor}? Do this when their laptop is lost: the next event version will "
            "not accept bundles signed with this key, and it cannot be enrolled again."
        ).format(assessor=aid)
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        if (
            confirm
            and QMessageBox.question(self, self.tr("Revoke key"), question, buttons)
            != QMessageBox.StandardButton.Yes
        ):
            return
        self.session.run(self, lambda d: d.revoke_key(aid))
