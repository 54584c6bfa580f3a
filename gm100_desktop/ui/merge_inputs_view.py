"""The merge's input files: each with its state and reason, dropped or added, and the chair's decisions."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, QEvent, QObject, Qt, QTimeZone, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gm100_desktop.domain.merge_intake import LATE, QUARANTINED, Decision
from gm100_desktop.domain.minisign import parse_public_key
from gm100_desktop.services.merge import MergeSession
from gm100_desktop.ui.decision_dialog import ask_reason
from gm100_desktop.ui.fingerprint_view import FingerprintView, fixed_font, grouped_fingerprint
from gm100_desktop.ui.merge_tables import Column, Messages, Row, RowsModel, core_text, rows_table

AskReason = Callable[..., str | None]  # (parent, title, text, *, extra=, confirm=) -> reason or None
DEADLINE_FORMAT = "yyyy-MM-ddTHH:mm"


def deadline_local_text(value: str) -> str:
    """A UTC time to the minute (a deadline, a bundle's creation) in this laptop's local time."""
    moment = QDateTime.fromString(value, DEADLINE_FORMAT)
    moment.setTimeZone(QTimeZone.utc())
    return moment.toLocalTime().toString("yyyy-MM-dd HH:mm")


def dropped_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """The local files and folders a drag carries."""
    data = event.mimeData()
    if not data.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]


class PinKeyPanel(QWidget):
    """The unknown key of a quarantined bundle beside what the roster holds, to compare before pinning."""

    def __init__(self, verdict: Row, roster_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("File:"), QLabel(str(verdict["name"]), self))
        form.addRow(self.tr("Assessor named in the bundle:"), QLabel(str(verdict["assessor_id"]), self))
        self.key_view = FingerprintView(
            self,
            key_caption=self.tr("Key id"),
            fingerprint_caption=self.tr("Fingerprint of this bundle's key"),
        )
        form.addRow(self.key_view)
        registered = QLabel(self)
        registered.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if roster_key:
            key = parse_public_key(roster_key, "roster")
            registered.setFont(fixed_font())
            registered.setText(f"{key.key_id_hex}\n{grouped_fingerprint(key)}")
        else:
            registered.setText(self.tr("None: this assessor was enrolled without a key."))
        form.addRow(self.tr("Key the roster holds:"), registered)
        how = QLabel(
            self.tr(
                "Ask the assessor to open their signing identity on their own laptop and read the "
                "fingerprint aloud (or scan its QR code). Pin the key only when every group matches."
            ),
            self,
        )
        how.setWordWrap(True)
        form.addRow(how)


class InputsView(QWidget):
    """The input files table (state in words and colour, the reason in the interface language) and the chair's
    actions on it."""

    add_files_requested = Signal()
    add_folder_requested = Signal()
    paper_requested = Signal()
    paths_dropped = Signal(list)
    decision_made = Signal(object)  # a Decision with its reason

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ask_reason: AskReason = ask_reason  # tests replace it
        self.session: MergeSession | None = None
        self.report: Mapping[str, Any] = {}
        self.messages: Messages = {}
        self.setAcceptDrops(True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.add_files_button = QPushButton(self)
        self.add_folder_button = QPushButton(self)
        self.pin_button = QPushButton(self)
        self.late_button = QPushButton(self)
        self.deadline_button = QPushButton(self)
        self.paper_button = QPushButton(self)
        buttons = QHBoxLayout()
        for button in (self.add_files_button, self.add_folder_button, self.paper_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.pin_button, self.late_button, self.deadline_button):
            buttons.addWidget(button)
        self.model = RowsModel(self)
        self.table = rows_table(self.model, self)
        self.table_label = QLabel(self)
        self.table_label.setBuddy(self.table)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.drop_hint = QLabel(self)
        self.drop_hint.setWordWrap(True)
        self.marks_model = RowsModel(self)
        self.marks_table = rows_table(self.marks_model, self)
        self.marks_label = QLabel(self)
        self.marks_label.setBuddy(self.marks_table)

        top, bottom = QWidget(self), QWidget(self)
        upper = QVBoxLayout(top)
        upper.setContentsMargins(0, 0, 0, 0)
        upper.addWidget(self.table_label)
        upper.addWidget(self.table, 1)
        upper.addWidget(self.details)
        lower = QVBoxLayout(bottom)
        lower.setContentsMargins(0, 8, 0, 0)
        lower.addWidget(self.marks_label)
        lower.addWidget(self.marks_table, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.drop_hint)

        for view in (self.table, self.marks_table):
            view.setAcceptDrops(True)
            view.viewport().setAcceptDrops(True)
            view.viewport().installEventFilter(self)
        self.add_files_button.clicked.connect(self.add_files_requested)
        self.add_folder_button.clicked.connect(self.add_folder_requested)
        self.paper_button.clicked.connect(self.paper_requested)
        self.pin_button.clicked.connect(lambda: self.pin_selected())
        self.late_button.clicked.connect(lambda: self.accept_selected_late())
        self.deadline_button.clicked.connect(lambda: self.set_deadline())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.selectionModel().selectionChanged.connect(self._show_details)
        self.retranslate()

    # ---- texts ---------------------------------------------------------------------------------------

    def state_text(self, state: str) -> str:
        names = {
            "accepted": self.tr("accepted"),
            "superseded": self.tr("superseded"),
            "duplicate": self.tr("duplicate"),
            "late": self.tr("late"),
            "quarantined": self.tr("quarantined"),
            "refused": self.tr("refused"),
        }
        return names.get(state, state)

    def source_text(self, source: str) -> str:
        return {"bundle": self.tr("bundle"), "paper": self.tr("paper sheet")}.get(source, source)

    def retranslate(self) -> None:
        self.add_files_button.setText(self.tr("Add &bundles…"))
        self.add_folder_button.setText(self.tr("Add f&older…"))
        self.add_folder_button.setToolTip(self.tr("Every score bundle in a folder, such as a USB stick"))
        self.paper_button.setText(self.tr("Paper s&heets…"))
        self.pin_button.setText(self.tr("&Pin key…"))
        self.pin_button.setToolTip(
            self.tr("Count a quarantined bundle after comparing its key's fingerprint")
        )
        self.late_button.setText(self.tr("&Accept late bundle…"))
        self.deadline_button.setText(self.tr("Set deadlin&e…"))
        self.table_label.setText(self.tr("Input &files"))
        self.marks_label.setText(self.tr("&Marks that do not count"))
        self.drop_hint.setText(
            self.tr("Drop score bundles or a folder here. Every file is verified against the event's roster.")
        )
        self._fill()

    # ---- data ----------------------------------------------------------------------------------------

    def set_data(
        self, session: MergeSession, report: Mapping[str, Any], messages: Messages | None = None
    ) -> None:
        """Show `report`; `messages` (MergeOutcome.messages) translate its reasons."""
        row = self.selected()
        self.session, self.report, self.messages = session, report, messages or {}
        self._fill()
        if row is not None:
            self.select_file(str(row["name"]))  # the same file stays selected after a merge

    def _with_texts(self, section: str) -> list[Row]:
        """The report's rows of `section`, each with its reason (and flags) as shown: `reason_text`,
        `flag_texts`."""
        rows: list[Row] = []
        for i, row in enumerate(self.report.get(section, [])):
            shown = dict(row)
            shown["reason_text"] = core_text(self.messages, (section, i, "reason"), row["reason"])
            flags = row.get("flags", [])
            shown["flag_texts"] = [
                core_text(self.messages, (section, i, "flags", j), flag) for j, flag in enumerate(flags)
            ]
            rows.append(shown)
        return rows

    def _fill(self) -> None:
        inputs: Sequence[Row] = self._with_texts("inputs")
        self.model.set_rows(
            [
                Column(self.tr("File"), lambda r: str(r["name"]), lambda r: str(r["sha256"])),
                Column(
                    self.tr("State"), lambda r: self.state_text(str(r["state"])), state=lambda r: r["state"]
                ),
                Column(self.tr("Assessor"), lambda r: str(r["assessor_id"] or "–")),
                Column(
                    self.tr("Sequence"),
                    lambda r: "–" if r["sequence"] is None else str(r["sequence"]),
                    align_right=True,
                ),
                Column(self.tr("Key id"), lambda r: str(r["key_id"] or "–"), lambda r: str(r["fingerprint"])),
                Column(
                    self.tr("Created"),
                    lambda r: deadline_local_text(str(r["created_at"])[:16]) if r["created_at"] else "–",
                ),
                Column(self.tr("Reason and notes"), self._reason, self._reason),
            ],
            inputs,
        )
        marks = [*self._with_texts("refused_marks"), *self._with_texts("paper_unused")]
        self.marks_model.set_rows(
            [
                Column(self.tr("Assessor"), lambda r: str(r["assessor_id"])),
                Column(self.tr("Region"), lambda r: str(r["region_code"])),
                Column(self.tr("From"), lambda r: self.source_text(str(r["source"]))),
                Column(
                    self.tr("Why they do not count"),
                    lambda r: str(r["reason_text"]),
                    lambda r: str(r["reason_text"]),
                ),
            ],
            marks,
        )
        counts: Mapping[str, int] = self.report.get("input_counts", {})
        if counts:
            parts = [
                self.tr("{count} {state}").format(count=n, state=self.state_text(state))
                for state, n in counts.items()
            ]
            self.summary.setText(
                self.tr("Files: {files} ({counts}).").format(files=len(inputs), counts=", ".join(parts))
            )
        else:
            self.summary.setText(self.tr("No score bundles yet: add them, or drop them here."))
        deadline = next(
            (d["value"] for d in reversed(self.report.get("decisions", [])) if d["kind"] == "deadline"), ""
        )
        if deadline:
            self.summary.setText(
                self.summary.text()
                + " "
                + self.tr("Deadline: {time}.").format(time=deadline_local_text(deadline))
            )
        self._update_buttons()
        self._show_details()

    def _show_details(self) -> None:
        """The selected file's whole reason, wrapped: the table shows only its beginning."""
        row = self.selected()
        if row is None:
            self.details.setText(self.tr("Select a file to read why it counts or not."))
            return
        lines = [
            self.tr("{file}: {state}.").format(file=row["name"], state=self.state_text(str(row["state"])))
        ]
        lines += [str(x) for x in (row["reason_text"], *row["flag_texts"]) if x]
        if row["fingerprint"]:
            lines.append(self.tr("Key fingerprint: {fingerprint}").format(fingerprint=row["fingerprint"]))
        if row["sha256"]:
            lines.append(self.tr("SHA-256: {sha256}").format(sha256=row["sha256"]))
        self.details.setText("\n".join(lines))

    def _reason(self, row: Row) -> str:
        return "; ".join(x for x in (str(row["reason_text"]), *map(str, row["flag_texts"])) if x)

    def selected(self) -> Row | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.rows[rows[0].row()] if rows else None

    def select_file(self, name: str) -> bool:
        for i, row in enumerate(self.model.rows):
            if row["name"] == name:
                self.table.selectRow(i)
                return True
        return False

    def _update_buttons(self) -> None:
        row = self.selected()
        has_session = self.session is not None
        for button in (
            self.add_files_button,
            self.add_folder_button,
            self.paper_button,
            self.deadline_button,
        ):
            button.setEnabled(has_session)
        self.pin_button.setEnabled(row is not None and row["state"] == QUARANTINED)
        self.late_button.setEnabled(row is not None and row["state"] == LATE)

    # ---- decisions -----------------------------------------------------------------------------------

    def pin_selected(self) -> Decision | None:
        """Pin the selected quarantined bundle's key to the assessor it names, fingerprints compared."""
        row, session = self.selected(), self.session
        if row is None or row["state"] != QUARANTINED or session is None:
            return None
        record = next((f.record for f in session.inputs if f.sha256 == row["sha256"] and f.record), None)
        if record is None:
            return None
        assessor = str(row["assessor_id"])
        entry = next((a for a in session.event.definition.roster if a.assessor_id == assessor), None)
        panel = PinKeyPanel(row, entry.public_key if entry else "")
        panel.key_view.set_key(parse_public_key(record.public_key, row["name"]))
        reason = self.ask_reason(
            self,
            self.tr("Pin a key to an assessor"),
            self.tr(
                "The bundle {file} is signed with a key the roster does not hold for assessor {assessor}. "
                "Pinning counts this key as {assessor}'s key in this merge."
            ).format(file=row["name"], assessor=assessor),
            extra=panel,
            confirm=self.tr("I &compared this fingerprint with the one on the assessor's own laptop"),
        )
        if reason is None:
            return None
        return self._decide(Decision("pin_key", record.public_key, assessor, reason))

    def accept_selected_late(self) -> Decision | None:
        row = self.selected()
        if row is None or row["state"] != LATE:
            return None
        reason = self.ask_reason(
            self,
            self.tr("Accept a late bundle"),
            self.tr("Count the late bundle {file} of assessor {assessor}? {why}.").format(
                file=row["name"], assessor=row["assessor_id"], why=row["reason_text"]
            ),
        )
        if reason is None:
            return None
        return self._decide(Decision("accept_late", str(row["sha256"]), "", reason))

    def set_deadline(self) -> Decision | None:
        """Bundles created after the deadline are late and count only when the chair accepts them."""
        if self.session is None:
            return None
        edit = QDateTimeEdit()
        edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        edit.setCalendarPopup(True)
        edit.setAccessibleName(self.tr("Deadline"))
        start = self.session.event.definition.start_date
        edit.setDateTime(QDateTime.fromString(f"{start.isoformat()}T18:00", DEADLINE_FORMAT))
        reason = self.ask_reason(
            self,
            self.tr("Set the deadline for bundles"),
            self.tr(
                "Bundles created after this time (venue time) are late: they count only when you accept them."
            ),
            extra=edit,
        )
        if reason is None:
            return None
        # Bundles record their creation in UTC; the chair types the venue's (this laptop's) local time.
        utc = edit.dateTime().toUTC().toString(DEADLINE_FORMAT)
        return self._decide(Decision("deadline", "", utc, reason))

    def _decide(self, decision: Decision) -> Decision:
        self.decision_made.emit(decision)
        return decision

    # ---- drag and drop -------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.session is not None and dropped_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # type: ignore[override]
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event)
        if self.session is None or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.paths_dropped.emit(paths)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The tables' viewports pass drags of files to the view."""
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            self.dragEnterEvent(event)  # type: ignore[arg-type]
            return True
        if kind == QEvent.Type.Drop:
            self.dropEvent(event)  # type: ignore[arg-type]
            return True
        return super().eventFilter(watched, event)
