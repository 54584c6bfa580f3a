"""One criterion on the scoring form: level selector, the chosen level's descriptor, note and save state."""

from __future__ import annotations

import html
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPlainTextEdit, QSizePolicy, QWidget

from gm100_desktop.domain.rubric import Criterion, Rubric
from gm100_desktop.ui.language import number_locale
from gm100_desktop.ui.level_selector import LevelSelector

NOTE_SAVE_DELAY_MS = 800  # a crash loses at most the last second of typing
NOTE_MAX_LINES = 5


def error_color(palette: QPalette) -> QColor:
    """A red that stays readable on light and dark window backgrounds."""
    return (
        QColor("#b3261e") if palette.color(QPalette.ColorRole.Window).lightness() > 128 else QColor("#ff8a80")
    )


def muted_color(palette: QPalette) -> QColor:
    color = QColor(palette.color(QPalette.ColorRole.WindowText))
    color.setAlpha(170)
    return color


def local_time(at: datetime) -> str:
    """A stored (naive UTC) time as the laptop's local HH:MM:SS."""
    return at.replace(tzinfo=UTC).astimezone().strftime("%H:%M:%S")


class NoteEdit(QPlainTextEdit):
    """A plain-text note that grows with its text (up to a few lines); Tab moves on instead of indenting."""

    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(self.fit_to_text)
        self.fit_to_text()

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        """Replace the text without touching the user's undo history more than needed."""
        if text != self.toPlainText():
            self.setPlainText(text)

    def _lines(self) -> int:
        return max(1, int(self.document().documentLayout().documentSize().height()))

    def fit_to_text(self, *_: object) -> None:
        lines = min(NOTE_MAX_LINES, self._lines())
        margins = self.contentsMargins()
        doc_margin = 2 * self.document().documentMargin()
        height = lines * self.fontMetrics().lineSpacing() + doc_margin + margins.top() + margins.bottom() + 2
        if height != self.height():
            self.setFixedHeight(int(height))

    def sizeHint(self) -> QSize:
        return QSize(300, self.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_to_text()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()  # Ctrl+Enter finalises the region; it is not a line break
            return
        super().keyPressEvent(event)


class CriterionRow(QWidget):
    """Shows and edits one criterion of the current region; the form does the saving.

    The row only says "Saved" when told so by `mark_saved` (after the controller committed the change).
    """

    scoreChosen = Signal(str, object)  # criterion id, int | None
    noteEdited = Signal(str, str)  # criterion id, note text: save it now
    previewChanged = Signal(str)  # criterion id: the previewed or chosen level changed (for the guide)

    def __init__(
        self, rubric: Rubric, criterion: Criterion, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.rubric = rubric
        self.criterion = criterion
        self._language = language
        self._saved_note = ""
        self._state = "idle"  # idle, saving, saved, failed
        self._saved_at: datetime | None = None
        self._error = ""
        self._current = False
        self._problem: str | None = None
        self._editable = True

        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        self.title.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.status = QLabel(self)
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.selector = LevelSelector(rubric.scale_min, rubric.scale_max, self)
        self.descriptor = QLabel(self)
        self.descriptor.setTextFormat(Qt.TextFormat.RichText)
        self.descriptor.setWordWrap(True)
        self.descriptor.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.descriptor.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.note_label = QLabel(self)
        self.note_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.note = NoteEdit(self)
        self.note_label.setBuddy(self.note)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        grid = QGridLayout(self)
        grid.setContentsMargins(14, 8, 10, 10)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.title, 1)
        top.addWidget(self.status, 0, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(top, 0, 0, 1, 4)
        grid.addWidget(self.selector, 1, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(self.descriptor, 1, 1, 1, 3)
        grid.addWidget(self.note_label, 2, 0)
        grid.addWidget(self.note, 2, 1, 1, 3)
        grid.addWidget(self.error_label, 3, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnMinimumWidth(0, self.selector.sizeHint().width())

        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_SAVE_DELAY_MS)
        self._note_timer.timeout.connect(self.flush_note)
        self.note.textChanged.connect(self._note_typed)
        self.note.editingFinished.connect(self.flush_note)
        self.selector.valueChosen.connect(self._chosen)
        self.selector.levelHovered.connect(self._previewed)
        self.retranslate()

    # ---- showing saved data --------------------------------------------------------------------------

    @property
    def criterion_id(self) -> str:
        return self.criterion.id

    def value(self) -> int | None:
        return self.selector.value()

    def load(self, value: int | None, note: str) -> None:
        """Show what the store holds for a newly shown region (no save state yet)."""
        self._note_timer.stop()
        self.selector.setValue(value)
        self._saved_note = note
        self.note.blockSignals(True)
        self.note.setText(note)
        self.note.blockSignals(False)
        self.note.fit_to_text()
        self._state, self._saved_at, self._error = "idle", None, ""
        self.set_problem(None)
        self._refresh()

    def apply_score(self, value: int | None, at: datetime) -> None:
        """The store now holds `value` (the user's own edit, or an undo/redo)."""
        self.selector.setValue(value)
        if value is not None and self._problem is not None and not self.needs_note():
            self.set_problem(None)
        self.mark_saved(at)

    def apply_note(self, note: str, at: datetime) -> None:
        """The store now holds `note`."""
        self._saved_note = note
        if self.note.text() != note:  # an undo/redo, or the store normalised it: show what is saved
            self._note_timer.stop()
            self.note.blockSignals(True)
            self.note.setText(note)
            self.note.blockSignals(False)
        if self._problem is not None and not self.needs_note() and self.value() is not None:
            self.set_problem(None)
        self.mark_saved(at)

    def revert_score(self, value: int | None) -> None:
        """A save failed: show the value the store still holds."""
        self.selector.setValue(value)
        self._refresh()

    # ---- save state ----------------------------------------------------------------------------------

    def mark_saving(self) -> None:
        self._state = "saving"
        self._refresh_status()

    def mark_saved(self, at: datetime) -> None:
        self._state, self._saved_at, self._error = "saved", at, ""
        if self.note.text() != self._saved_note:
            self._state = "saving"  # the user typed on while the last save ran
        self._refresh()

    def mark_failed(self, message: str) -> None:
        self._state, self._error = "failed", message
        self._refresh()

    def save_state(self) -> str:
        """idle, saving, saved or failed."""
        return self._state

    def has_pending_note(self) -> bool:
        return self.note.text() != self._saved_note

    def flush_note(self) -> None:
        """Ask for the note to be saved now if it differs from the saved one."""
        self._note_timer.stop()
        if self._editable and not self.note.isReadOnly() and self.has_pending_note():
            self.noteEdited.emit(self.criterion.id, self.note.text())

    # ---- modes and highlighting ------------------------------------------------------------------------

    def set_mode(self, mode: str) -> None:
        """edit, read_only (finalised: still browsable) or disabled (conflict of interest, no region)."""
        self._editable = mode == "edit"
        self.selector.setEnabled(mode != "disabled")
        self.selector.setReadOnly(mode != "edit")
        self.note.setEnabled(mode != "disabled")
        self.note.setReadOnly(mode != "edit")
        self._refresh()

    def set_current(self, current: bool) -> None:
        if current != self._current:
            self._current = current
            self.update()

    def set_problem(self, text: str | None) -> None:
        """Mark the row as what stops finalising ("Score needed", "Note needed"), or clear it."""
        self._problem = text
        self._render_title()
        self.update()

    def problem(self) -> str | None:
        return self._problem

    def is_end_of_scale(self) -> bool:
        return self.value() in (self.rubric.scale_min, self.rubric.scale_max)

    def needs_note(self) -> bool:
        return self.is_end_of_scale() and not self.note.text().strip()

    def previewed_level(self) -> int | None:
        return self.selector.previewedLevel()

    # ---- language ----------------------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        self._language = language
        self.retranslate()

    def retranslate(self) -> None:
        crit = self.criterion
        self._render_title()
        widest = self.tr("Saved {time}").format(time="00:00:00")  # the width must not jump when saved
        self.status.setMinimumWidth(self.fontMetrics().horizontalAdvance(widest + " ") + 16)
        self.selector.setAccessibleName(
            self.tr("Score for {criterion}").format(criterion=f"{crit.id} {crit.label(self._language)}")
        )
        self.selector.setLevelLabels(
            {v: self.rubric.scale_label(v, self._language) for v in self.rubric.scale}
        )
        self.note.setAccessibleName(
            self.tr("Note on {criterion}").format(criterion=f"{crit.id} {crit.label(self._language)}")
        )
        self._refresh()

    def _render_title(self) -> None:
        crit = self.criterion
        weight = self.tr("weight {weight}").format(
            weight=number_locale(self._language).toString(crit.weight, "g", 6)
        )
        muted = muted_color(self.palette()).name(QColor.NameFormat.HexArgb)
        text = (
            f"<b>{html.escape(crit.id)}</b>&nbsp;&nbsp;<b>{html.escape(crit.label(self._language))}</b>"
            f"&nbsp;&nbsp;<span style='color:{muted}'>{html.escape(weight)}</span>"
        )
        if self._problem:
            red = error_color(self.palette()).name()
            text += f"&nbsp;&nbsp;&nbsp;<b style='color:{red}'>{html.escape(self._problem)}</b>"
        self.title.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.retranslate()
        super().changeEvent(event)

    # ---- internals ---------------------------------------------------------------------------------------

    def _chosen(self, value: object) -> None:
        self._refresh()
        self.previewChanged.emit(self.criterion.id)
        self.scoreChosen.emit(self.criterion.id, value)

    def _previewed(self, _level: object) -> None:
        self._refresh_descriptor()
        self.previewChanged.emit(self.criterion.id)

    def _note_typed(self) -> None:
        if not self._editable:
            return
        if self.has_pending_note():
            self._state = "saving"
            self._note_timer.start()
        else:
            self._note_timer.stop()
            self._state = "saved" if self._saved_at else "idle"
        self._refresh()

    def _refresh(self) -> None:
        self._refresh_descriptor()
        self._refresh_note_label()
        self._refresh_status()

    def _refresh_descriptor(self) -> None:
        preview = self.selector.previewedLevel()
        level = preview if preview is not None else self.value()
        if level is None:
            muted = muted_color(self.palette()).name(QColor.NameFormat.HexArgb)
            if self._editable:
                hint = self.tr("Not scored yet. Type {low}–{high} or click a level.").format(
                    low=self.rubric.scale_min, high=self.rubric.scale_max
                )
            else:
                hint = self.tr("Not scored.")
            self.descriptor.setText(f"<span style='color:{muted}'>{html.escape(hint)}</span>")
            return
        label = self.rubric.scale_label(level, self._language)
        heading = f"{level} · {label}" if label else str(level)
        text = html.escape(self.criterion.descriptor(level, self._language))
        if preview is not None and preview != self.value():
            hint = self.tr("preview — Space or Enter chooses it")
            self.descriptor.setText(f"<i><b>{html.escape(heading)}</b> ({html.escape(hint)}): {text}</i>")
        else:
            self.descriptor.setText(f"<b>{html.escape(heading)}</b>: {text}")

    def _refresh_note_label(self) -> None:
        required = self.is_end_of_scale()
        self.note_label.setText(self.tr("Note (required)") if required else self.tr("Note"))
        pal = self.note_label.palette()
        missing = required and not self.note.text().strip()
        pal.setColor(
            QPalette.ColorRole.WindowText,
            error_color(self.palette()) if missing else self.palette().color(QPalette.ColorRole.WindowText),
        )
        self.note_label.setPalette(pal)
        font = self.note_label.font()
        font.setBold(required)
        self.note_label.setFont(font)
        # the placeholder stays short enough for one line; the tooltip says why
        self.note.setToolTip(
            self.tr("A note is required for a score at either end of the scale.") if required else ""
        )
        if required:
            self.note.setPlaceholderText(self.tr("Explain the score of {value}").format(value=self.value()))
        elif self._editable:
            self.note.setPlaceholderText(self.tr("Optional note"))
        else:
            self.note.setPlaceholderText("")

    def _refresh_status(self) -> None:
        pal = self.status.palette()
        color = self.palette().color(QPalette.ColorRole.WindowText)
        if self._state == "saving":
            text = self.tr("Saving…")
        elif self._state == "saved" and self._saved_at is not None:
            text = self.tr("Saved {time}").format(time=local_time(self._saved_at))
            color = muted_color(self.palette())
        elif self._state == "failed":
            text = self.tr("Not saved")
            color = error_color(self.palette())
        else:
            text = ""
        self.status.setText(text)
        self.status.setToolTip(self._error)
        self.status.setAccessibleDescription(self._error)
        pal.setColor(QPalette.ColorRole.WindowText, color)
        self.status.setPalette(pal)
        font = self.status.font()
        font.setBold(self._state == "failed")
        self.status.setFont(font)
        self.error_label.setVisible(self._state == "failed")
        if self._state == "failed":
            self.error_label.setText(self._error)
            err = self.error_label.palette()
            err.setColor(QPalette.ColorRole.WindowText, error_color(self.palette()))
            self.error_label.setPalette(err)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        pal = self.palette()
        if self._current and self.isEnabled() and self.selector.isEnabled():
            window = pal.color(QPalette.ColorRole.Window)
            high = pal.color(QPalette.ColorRole.Highlight)
            tint = QColor(
                round(window.red() * 0.9 + high.red() * 0.1),
                round(window.green() * 0.9 + high.green() * 0.1),
                round(window.blue() * 0.9 + high.blue() * 0.1),
            )
            painter.fillRect(self.rect(), tint)
        bar = None
        if self._problem:
            bar = error_color(pal)
        elif self._current and self.selector.isEnabled():
            bar = pal.color(QPalette.ColorRole.Highlight)
        if bar is not None:
            painter.fillRect(0, 0, 5, self.height(), bar)
        line = QColor(pal.color(QPalette.ColorRole.WindowText))
        line.setAlpha(40)
        painter.fillRect(0, self.height() - 1, self.width(), 1, line)
        painter.end()
