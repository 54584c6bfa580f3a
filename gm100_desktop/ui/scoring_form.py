"""The scoring form of one region: criteria by dimension, live subtotals, notes, finalise and reopen."""

from __future__ import annotations

import itertools
from datetime import datetime

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QHideEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QGroupBox,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gm100_desktop.domain.event import Slot
from gm100_desktop.domain.rubric import Rubric
from gm100_desktop.domain.scoring import summarise
from gm100_desktop.errors import FinaliseIncompleteError, GM100Error
from gm100_desktop.services.scoring import FINALISED, NOT_STARTED, RegionInfo, ScoreChange
from gm100_desktop.ui import errors as ui_errors
from gm100_desktop.ui.controller import ScoringController
from gm100_desktop.ui.criterion_row import NOTE_SAVE_DELAY_MS, CriterionRow
from gm100_desktop.ui.form_footer import FormFooter
from gm100_desktop.ui.language import number_locale
from gm100_desktop.ui.region_header import RegionHeader
from gm100_desktop.ui.reopen_dialog import ReopenDialog
from gm100_desktop.ui.rubric_guide import RubricGuide


class ScoringForm(QWidget):
    """Scores one region with the keyboard alone or the mouse; every edit is saved before it shows saved."""

    regionChanged = Signal(str)  # the code of the region now shown ("" when none)

    def __init__(self, controller: ScoringController, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._language = language
        self._rubric: Rubric = controller.context.rubric
        self._code: str | None = None
        self._info: RegionInfo | None = None
        self._state = NOT_STARTED
        self._finalised_at: datetime | None = None
        self._scores: dict[str, int | None] = {}  # what the store holds for the shown region
        self._notes: dict[str, str] = {}
        self._region_note = ""
        self._region_note_state = "idle"
        self._region_note_error = ""
        self._region_note_at: datetime | None = None
        self._rows: dict[str, CriterionRow] = {}
        self._groups: dict[str, QGroupBox] = {}
        self._current: CriterionRow | None = None
        self._build()
        self._build_rubric()
        controller.changed.connect(self._on_changed)
        controller.reset.connect(self._on_reset)
        controller.failed.connect(self._on_failed)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
        self.retranslate()
        self.show_region(None)

    # ---- public API --------------------------------------------------------------------------------------

    def show_region(self, code: str | None) -> None:
        """Show `code` (or nothing); pending notes of the region shown before are saved first."""
        self.flush_pending()
        previous = self._code
        if code is None:
            self._code, self._info = None, None
            self._state, self._finalised_at = NOT_STARTED, None
            self._scores = dict.fromkeys(self._rows)
            self._notes = dict.fromkeys(self._rows, "")
            self._region_note = ""
            for row in self._rows.values():
                row.load(None, "")
        else:
            try:
                sheet = self._controller.sheet(code)
            except GM100Error as exc:
                ui_errors.show_error(self, exc)
                return
            self._code, self._info = code, sheet.region
            self._state, self._finalised_at = sheet.state, sheet.finalised_at
            self._scores = dict(sheet.scores)
            self._notes = dict(sheet.notes)
            self._region_note = sheet.region_note
            for cid, row in self._rows.items():
                row.load(sheet.scores.get(cid), sheet.notes.get(cid, ""))
        self.region_note.blockSignals(True)
        self.region_note.setText(self._region_note)
        self.region_note.blockSignals(False)
        self._region_note_state, self._region_note_error = "idle", ""
        self._apply_mode()
        self._update_header()
        self._update_totals()
        self._refresh_region_note_status()
        self._scroll_area.verticalScrollBar().setValue(0)
        first = next(iter(self._rows.values()), None)
        self._set_current(first)
        if self._code != previous:
            self.regionChanged.emit(self._code or "")

    def current_region(self) -> str | None:
        return self._code

    def row(self, criterion_id: str) -> CriterionRow:
        """The row of one criterion (for the window's shortcuts and for tests)."""
        return self._rows[criterion_id]

    def criterion_ids(self) -> list[str]:
        return list(self._rows)

    def focus_first_criterion(self) -> None:
        """Put the keyboard on the first unscored criterion (the first one when all are scored)."""
        rows = list(self._rows.values())
        target = next((r for r in rows if r.value() is None), rows[0] if rows else None)
        if target is not None and target.selector.isEnabled():
            target.selector.setFocus(Qt.FocusReason.OtherFocusReason)

    def flush_pending(self) -> bool:
        """Save notes still being typed; True when nothing is left unsaved."""
        for row in self._rows.values():
            row.flush_note()
        self._flush_region_note()
        return not self.has_unsaved_changes()

    def has_unsaved_changes(self) -> bool:
        if self._code is None or self._mode() != "edit":
            return False
        return self.region_note.text() != self._region_note or any(
            r.has_pending_note() or r.save_state() == "failed" for r in self._rows.values()
        )

    def finalise_current(self) -> bool:
        """Finalise the shown region; when refused, say why and put the keyboard on the first gap."""
        if self._code is None or self._mode() != "edit":
            return False
        self.flush_pending()
        for row in self._rows.values():
            row.set_problem(None)
        try:
            self._controller.finalise(self._code)
        except FinaliseIncompleteError as exc:
            missing, needs_note = set(exc.missing), set(exc.needs_note)
            for cid, row in self._rows.items():
                if cid in missing:
                    row.set_problem(self.tr("Score needed"))
                elif cid in needs_note:
                    row.set_problem(self.tr("Note needed"))
            ui_errors.show_error(self, exc)
            first = next((r for r in self._rows.values() if r.problem()), None)
            if first is not None:
                target = first.selector if first.criterion_id in missing else first.note
                target.setFocus(Qt.FocusReason.OtherFocusReason)
                self._scroll_area.ensureWidgetVisible(first, 0, 0)
            return False
        except GM100Error as exc:
            ui_errors.show_error(self, exc)
            return False
        return True

    def reopen_current(self) -> bool:
        """Reopen the shown finalised region after asking for a reason (an empty one is refused)."""
        if self._code is None or self._info is None or self._state != FINALISED or self._info.conflict:
            return False
        reason = ReopenDialog.ask_reason(self, self._info.name)
        if not reason or not reason.strip():
            return False
        try:
            self._controller.reopen(self._code, reason.strip())
        except GM100Error as exc:
            ui_errors.show_error(self, exc)
            return False
        self.focus_first_criterion()
        return True

    def set_language(self, language: str) -> None:
        """Show the rubric's texts in `language` ("id" or "en")."""
        self._language = language
        for row in self._rows.values():
            row.set_language(language)
        self.guide.set_language(language)
        self._update_header()
        self._update_totals()

    def retranslate(self) -> None:
        """Re-read every interface string (after the application's translator changed)."""
        self.footer.retranslate()
        for row in self._rows.values():
            row.retranslate()
        self.guide.retranslate()
        self._update_header()
        self._update_totals()
        self._refresh_region_note_status()

    # ---- building ----------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.header = RegionHeader(self)
        self.badge, self.banner = self.header.badge, self.header.banner

        self._scroll_area = QScrollArea(self)
        self._scroll_area.setWidgetResizable(True)
        self._scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.body = QWidget(self._scroll_area)
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(4, 4, 8, 4)
        self.body_layout.setSpacing(12)
        self._scroll_area.setWidget(self.body)
        self.guide = RubricGuide(self._rubric, self._language, self)
        self.guide.setMinimumWidth(220)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self._scroll_area)
        self.splitter.addWidget(self.guide)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 340])
        self.splitter.setChildrenCollapsible(False)

        self.footer = FormFooter(self)
        self.region_note = self.footer.region_note
        self.total_label = self.footer.total_label
        self.finalise_button = self.footer.finalise_button
        self.reopen_button = self.footer.reopen_button
        self.finalise_button.clicked.connect(self.finalise_current)
        self.reopen_button.clicked.connect(self.reopen_current)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.header)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.footer)

        self._region_note_timer = QTimer(self)
        self._region_note_timer.setSingleShot(True)
        self._region_note_timer.setInterval(NOTE_SAVE_DELAY_MS)
        self._region_note_timer.timeout.connect(self._flush_region_note)
        self.region_note.textChanged.connect(self._region_note_typed)
        self.region_note.editingFinished.connect(self._flush_region_note)

    def _build_rubric(self) -> None:
        """One group per dimension with a row per criterion (again when the event's rubric changes)."""
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._rows, self._groups, self._current = {}, {}, None
        regular = QFont(self.font())
        regular.setBold(False)  # set explicitly, so the rows do not inherit the group title's font
        regular.setPointSizeF(self.font().pointSizeF())
        title_font = QFont(self.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.1)
        for dim in self._rubric.dimensions:
            group = QGroupBox(self.body)
            group.setFont(title_font)
            box = QVBoxLayout(group)
            box.setContentsMargins(0, 6, 0, 0)
            box.setSpacing(0)
            for crit in dim.criteria:
                row = CriterionRow(self._rubric, crit, self._language, group)
                row.setFont(regular)
                row.scoreChosen.connect(self._save_score)
                row.noteEdited.connect(self._save_note)
                row.previewChanged.connect(self._on_preview)
                row.selector.stepRequested.connect(lambda step, cid=crit.id: self._step(cid, step))
                box.addWidget(row)
                self._rows[crit.id] = row
            self._groups[dim.id] = group
            self.body_layout.addWidget(group)
        self.body_layout.addStretch(1)
        chain: list[QWidget] = []
        for row in self._rows.values():
            chain += [row.selector, row.note]
        chain += [self.region_note, self.reopen_button, self.finalise_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # ---- saving ------------------------------------------------------------------------------------------

    def _save_score(self, cid: str, value: object) -> None:
        row = self._rows[cid]
        saved = self._scores.get(cid)
        if self._code is None or value == saved:
            return
        assert value is None or isinstance(value, int)
        row.mark_saving()
        try:
            self._controller.set_score(self._code, cid, value)
        except GM100Error as exc:
            row.revert_score(saved)
            row.mark_failed(ui_errors.error_text(exc))
            ui_errors.show_error(self, exc)
        except BaseException:
            row.revert_score(saved)
            row.mark_failed(self.tr("The score could not be saved."))
            raise

    def _save_note(self, cid: str, text: str) -> None:
        if self._code is None:
            return
        row = self._rows[cid]
        already_failed = row.save_state() == "failed"
        row.mark_saving()
        try:
            self._controller.set_note(self._code, cid, text)
        except GM100Error as exc:
            row.mark_failed(ui_errors.error_text(exc))
            if not already_failed:  # one message per failing streak, not one per pause in typing
                ui_errors.show_error(self, exc)
        except BaseException:
            row.mark_failed(self.tr("The note could not be saved."))
            raise

    def _region_note_typed(self) -> None:
        if self._mode() != "edit":
            return
        if self.region_note.text() != self._region_note:
            self._region_note_state = "saving"
            self._region_note_timer.start()
        else:
            self._region_note_timer.stop()
        self._refresh_region_note_status()

    def _flush_region_note(self) -> None:
        self._region_note_timer.stop()
        text = self.region_note.text()
        if self._code is None or self._mode() != "edit" or text == self._region_note:
            return
        already_failed = self._region_note_state == "failed"
        try:
            self._controller.set_region_note(self._code, text)
        except GM100Error as exc:
            self._region_note_state, self._region_note_error = "failed", ui_errors.error_text(exc)
            self._refresh_region_note_status()
            if not already_failed:
                ui_errors.show_error(self, exc)

    # ---- reacting to saved changes ---------------------------------------------------------------------

    def _on_changed(self, change: ScoreChange) -> None:
        """Refresh just what `change` touched (the user's own edit, an undo or redo, finalise, reopen)."""
        if change.region_code != self._code:
            return
        old_state = self._state
        self._state = change.state
        row = self._rows.get(change.criterion_id or "")
        if change.kind == "score" and row is not None:
            value = int(change.new) if change.new is not None else None
            self._scores[row.criterion_id] = value
            row.apply_score(value, change.at)
            self._update_totals()
            if row is self._current:
                self._update_guide()
        elif change.kind == "note" and row is not None:
            self._notes[row.criterion_id] = change.new or ""
            row.apply_note(change.new or "", change.at)
        elif change.kind == "region_note":
            self._region_note = change.new or ""
            if self.region_note.text() != self._region_note:
                self._region_note_timer.stop()
                self.region_note.blockSignals(True)
                self.region_note.setText(self._region_note)
                self.region_note.blockSignals(False)
            self._region_note_state, self._region_note_at = "saved", change.at
            self._refresh_region_note_status()
        elif change.kind == "finalise":
            self._finalised_at = change.at
        elif change.kind == "reopen":
            self._finalised_at = None
        if change.state != old_state or change.kind in ("finalise", "reopen"):
            self._apply_mode()
        self._update_header()

    def _on_reset(self) -> None:
        code = self._code
        rubric = self._controller.context.rubric
        if rubric != self._rubric:
            self._rubric = rubric
            self.guide.set_rubric(rubric)
            self._build_rubric()
        self._code = None  # the old region's pending notes belong to the old context: drop them
        for row in self._rows.values():
            row.load(None, "")
        self.show_region(code if code in self._controller.context.regions else None)

    def _on_failed(self, _exc: object) -> None:
        """An undo or redo failed (the window shows the error): show what the store really holds."""
        if self._code is not None:
            code, self._code = self._code, None
            for row in self._rows.values():
                row.load(None, "")
            self.show_region(code)

    # ---- modes, header and totals ------------------------------------------------------------------------

    def _mode(self) -> str:
        if self._code is None or self._info is None or self._info.conflict is not None:
            return "disabled"
        return "read_only" if self._state == FINALISED else "edit"

    def _apply_mode(self) -> None:
        mode = self._mode()
        for row in self._rows.values():
            row.set_mode(mode)
        self.footer.set_mode(mode)  # the header follows in _update_header, which every caller runs next

    def _update_header(self) -> None:
        info = self._info
        slot = None
        if info is not None:
            slot = next((s for s in self._slots() if s.region_code == info.code), None)
        self.header.show_region(info, self._state, self._finalised_at, slot, self._language)

    def _slots(self) -> list[Slot]:
        try:
            return self._controller.slots()
        except GM100Error:
            return []

    def _update_totals(self) -> None:
        summary = summarise(self._rubric, self._scores)
        loc = number_locale(self._language)
        for dim, sub in zip(self._rubric.dimensions, summary.dimensions, strict=True):
            name = dim.label(self._language)
            if sub.score is None:
                title = self.tr("{dimension} — not scored yet, 0 of {criteria}").format(
                    dimension=name, criteria=sub.criteria
                )
            else:
                title = self.tr("{dimension} — {score} / 100, {scored} of {criteria} scored").format(
                    dimension=name,
                    score=loc.toString(sub.score, "f", 1),
                    scored=sub.scored,
                    criteria=sub.criteria,
                )
            self._groups[dim.id].setTitle(title)
        self.footer.show_total(summary, self._language)

    def _refresh_region_note_status(self) -> None:
        if self.region_note.text() != self._region_note and self._region_note_state != "failed":
            self._region_note_state = "saving"
        self.footer.show_note_state(self._region_note_state, self._region_note_at, self._region_note_error)

    # ---- focus and the rubric guide --------------------------------------------------------------------

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        widget = new
        while widget is not None and not isinstance(widget, CriterionRow):
            widget = widget.parentWidget()
        if isinstance(widget, CriterionRow) and self._rows.get(widget.criterion_id) is widget:
            self._set_current(widget)
            self._scroll_area.ensureWidgetVisible(widget, 0, 0)

    def _set_current(self, row: CriterionRow | None) -> None:
        if self._current is not None and self._current is not row:
            self._current.set_current(False)
        self._current = row
        if row is not None:
            row.set_current(True)
        self._update_guide()

    def _on_preview(self, cid: str) -> None:
        """The guide follows the mouse while it hovers a level, else the criterion with the keyboard."""
        row = self._rows.get(cid)
        if row is not None and row.selector.underMouse() and row.previewed_level() is not None:
            self._show_guide(row)
        else:
            self._show_guide(self._current)

    def _update_guide(self) -> None:
        self._show_guide(self._current)

    def _show_guide(self, row: CriterionRow | None) -> None:
        if row is None:
            self.guide.show_criterion(None, None, None)
        else:
            self.guide.show_criterion(row.criterion, row.value(), row.previewed_level())

    def _step(self, cid: str, step: int) -> None:
        ids = list(self._rows)
        i = ids.index(cid) + step
        if 0 <= i < len(ids):
            target = self._rows[ids[i]]
            target.selector.setFocus(Qt.FocusReason.OtherFocusReason)
            self._scroll_area.ensureWidgetVisible(target, 0, 0)

    # ---- Qt events ---------------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Ctrl+Enter finalises; a window action with the same keys (the main window's) takes it first
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finalise_current()
            event.accept()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush_pending()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush_pending()
        super().closeEvent(event)
