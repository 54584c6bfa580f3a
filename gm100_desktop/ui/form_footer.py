"""The bottom of the scoring form: the region note and its save state, the total, Finalise and Reopen."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from gm100_desktop.domain.scoring import ScoreSummary
from gm100_desktop.ui.criterion_row import NoteEdit, error_color, local_time, muted_color
from gm100_desktop.ui.language import number_locale

# The texts below were written in the scoring form and keep its translation context "ScoringForm".


class FormFooter(QWidget):
    """Shows what the form tells it; the form saves the region note and handles the buttons' clicks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.region_note_label = QLabel(self)
        self.region_note = NoteEdit(self)
        self.region_note_label.setBuddy(self.region_note)
        self.region_note_status = QLabel(self)
        self.region_note_status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.total_label = QLabel(self)
        font = self.total_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.total_label.setFont(font)
        self.total_label.setWordWrap(True)
        self.finalise_button = QPushButton(self)
        self.reopen_button = QPushButton(self)

        rule = QFrame(self)
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        note_row = QHBoxLayout()
        note_row.addWidget(self.region_note_label, 0, Qt.AlignmentFlag.AlignTop)
        note_row.addWidget(self.region_note, 1)
        note_row.addWidget(self.region_note_status, 0, Qt.AlignmentFlag.AlignTop)
        total_row = QHBoxLayout()
        total_row.addWidget(self.total_label, 1)
        total_row.addWidget(self.reopen_button)
        total_row.addWidget(self.finalise_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(rule)
        layout.addLayout(note_row)
        layout.addLayout(total_row)

    def retranslate(self) -> None:
        self.region_note_label.setText(QCoreApplication.translate("ScoringForm", "Region note"))
        widest = QCoreApplication.translate("ScoringForm", "Saved {time}").format(time="00:00:00")
        self.region_note_status.setMinimumWidth(self.fontMetrics().horizontalAdvance(widest + " ") + 16)
        self.region_note.setPlaceholderText(
            QCoreApplication.translate("ScoringForm", "Overall impression of the presentation (optional)")
        )
        self.region_note.setAccessibleName(QCoreApplication.translate("ScoringForm", "Note on the region"))
        self.finalise_button.setText(QCoreApplication.translate("ScoringForm", "Finalise"))
        self.finalise_button.setToolTip(
            QCoreApplication.translate(
                "ScoringForm", "Lock this region's scores (Ctrl+Enter). Every criterion must be scored."
            )
        )
        self.reopen_button.setText(QCoreApplication.translate("ScoringForm", "Reopen…"))
        self.reopen_button.setToolTip(
            QCoreApplication.translate(
                "ScoringForm", "Unlock this region to change scores; a reason is required."
            )
        )

    def set_mode(self, mode: str) -> None:
        """Mode "edit", "read_only" (finalised: Reopen, not Finalise) or "disabled" (none, or a conflict)."""
        self.region_note.setEnabled(mode != "disabled")
        self.region_note.setReadOnly(mode != "edit")
        self.finalise_button.setEnabled(mode == "edit")
        self.finalise_button.setVisible(mode != "read_only")
        self.reopen_button.setVisible(mode == "read_only")
        self.reopen_button.setEnabled(mode == "read_only")

    def show_note_state(self, state: str, saved_at: datetime | None, error: str) -> None:
        """The region note is "saving", "saved" (at `saved_at`), "failed" (`error` as tooltip) or "idle"."""
        pal = self.region_note_status.palette()
        color = muted_color(self.palette())
        if state == "saving":
            text = QCoreApplication.translate("ScoringForm", "Saving…")
        elif state == "saved" and saved_at is not None:
            text = QCoreApplication.translate("ScoringForm", "Saved {time}").format(time=local_time(saved_at))
        elif state == "failed":
            text, color = QCoreApplication.translate("ScoringForm", "Not saved"), error_color(self.palette())
        else:
            text = ""
        self.region_note_status.setText(text)
        self.region_note_status.setToolTip(error if state == "failed" else "")
        pal.setColor(QPalette.ColorRole.WindowText, color)
        self.region_note_status.setPalette(pal)

    def show_total(self, summary: ScoreSummary, language: str) -> None:
        loc = number_locale(language)
        if summary.total is None:
            text = QCoreApplication.translate("ScoringForm", "Total: not scored yet")
        elif summary.complete:
            text = QCoreApplication.translate("ScoringForm", "Total {score} / 100").format(
                score=loc.toString(summary.total, "f", 1)
            )
        else:
            text = QCoreApplication.translate(
                "ScoringForm", "Total {score} / 100 (provisional: {scored} of {criteria} criteria scored)"
            ).format(
                score=loc.toString(summary.total, "f", 1), scored=summary.scored, criteria=summary.criteria
            )
        self.total_label.setText(text)
