"""The secretariat's form for paper score sheets: type a sheet (double entry), see each sheet's status and
every mismatch field by field, import and export the entries as CSV."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gm100_desktop.domain.event import EventDefinition
from gm100_desktop.domain.paper import (
    FieldDifference,
    PaperCheck,
    PaperEntry,
    PaperSheet,
    check_entries,
    typist_key,
    typist_name,
)
from gm100_desktop.domain.rubric import Criterion
from gm100_desktop.errors import GM100Error
from gm100_desktop.services.paper_csv import read_paper_csv, write_paper_csv
from gm100_desktop.ui.chair_session import open_file_dialog, save_file_dialog
from gm100_desktop.ui.dialog_helpers import grow_to_fit, row_table, section_title
from gm100_desktop.ui.errors import show_error, translated

WHOLE_NUMBER = re.compile(r"-?[0-9]+")
NAME_MAX_WIDTH = 320  # pixels; a criterion name wider than this wraps


@dataclass
class CriterionInputs:
    """The widgets of one criterion line of the sheet."""

    criterion: Criterion
    name: QLabel
    score: QLineEdit
    level: QLabel
    note: QLineEdit


class PaperEntryDialog(QDialog):
    """Type paper sheets criterion by criterion; a value counts once two different people typed it alike.

    The form never shows what someone else typed for a sheet (the second entry must be blind); the grid is
    cleared after each save. `changed` follows every added entry; `entries()` gives them all.
    """

    changed = Signal()

    def __init__(
        self,
        definition: EventDefinition,
        entries: Iterable[PaperEntry] = (),
        language: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.definition = definition
        self.language = language
        self._entries = list(entries)
        self.result_check = check_entries(definition, self._entries)
        self.choose_file: Callable[[QWidget, str, str], Path | None] = open_file_dialog  # tests replace them
        self.choose_save_file: Callable[[QWidget, str, str, str], Path | None] = save_file_dialog
        self.confirm_discard: Callable[[], bool] = self._ask_discard

        self.form_title = section_title(self)
        self.typist = QLineEdit(self)
        self.assessor = QComboBox(self)
        for a in definition.roster:
            self.assessor.addItem(f"{a.assessor_id} {a.name}".strip(), a.assessor_id)
        self.region = QComboBox(self)
        self.region.setEditable(True)
        self.region.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.region.model(), self.region)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.region.setCompleter(completer)
        self.picker_labels = [QLabel(self) for _ in range(3)]
        picker = QFormLayout()
        for label, field in zip(self.picker_labels, (self.typist, self.assessor, self.region), strict=True):
            label.setBuddy(field)
            picker.addRow(label, field)

        self.rows: dict[str, CriterionInputs] = {}
        self.dimension_titles: list[tuple[QLabel, str]] = []
        self.grid_header = [QLabel(self) for _ in range(4)]
        self.sheet = QWidget(self)
        self._build_grid()
        self.sheet_scroll = QScrollArea(self)
        self.sheet_scroll.setWidget(self.sheet)
        self.sheet_scroll.setWidgetResizable(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.clear_button = QPushButton(self)
        self.save_button = QPushButton(self)
        form_buttons = QHBoxLayout()
        form_buttons.addStretch(1)
        form_buttons.addWidget(self.clear_button)
        form_buttons.addWidget(self.save_button)
        left = QWidget(self)
        form = QVBoxLayout(left)
        form.setContentsMargins(0, 0, 0, 0)
        form.addWidget(self.form_title)
        form.addLayout(picker)
        form.addWidget(self.sheet_scroll, 1)
        form.addWidget(self.message)
        form.addLayout(form_buttons)

        self.sheets_title = section_title(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.sheets_label = QLabel(self)
        self.table = row_table(3, self)
        self.sheets_label.setBuddy(self.table)
        self.details_label = QLabel(self)
        self.details = QListWidget(self)
        self.details.setWordWrap(True)
        self.details_label.setBuddy(self.details)
        self.import_button = QPushButton(self)
        self.export_button = QPushButton(self)
        file_buttons = QHBoxLayout()
        file_buttons.addWidget(self.import_button)
        file_buttons.addWidget(self.export_button)
        file_buttons.addStretch(1)
        right = QWidget(self)
        status = QVBoxLayout(right)
        status.setContentsMargins(0, 0, 0, 0)
        status.addWidget(self.sheets_title)
        status.addWidget(self.summary)
        status.addWidget(self.sheets_label)
        status.addWidget(self.table, 3)
        status.addWidget(self.details_label)
        status.addWidget(self.details, 2)
        status.addLayout(file_buttons)

        self.splitter = QSplitter(self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([680, 460])
        self.splitter.setChildrenCollapsible(False)
        self.buttons = QDialogButtonBox(self)
        self.close_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.buttons)

        for button in (
            self.clear_button,
            self.save_button,
            self.import_button,
            self.export_button,
            self.close_button,
        ):
            button.setAutoDefault(False)  # Enter never saves by surprise; the last field saves on purpose
        self.typist.returnPressed.connect(self.focusNextChild)
        self.assessor.currentIndexChanged.connect(self._fill_regions)
        self.save_button.clicked.connect(lambda: self.save_sheet())
        self.clear_button.clicked.connect(self.clear_form)
        self.import_button.clicked.connect(lambda: self.import_csv())
        self.export_button.clicked.connect(lambda: self.export_csv())
        self.table.itemSelectionChanged.connect(self._show_details)
        self.table.itemActivated.connect(lambda _item: self._type_selected_sheet())
        self._fill_regions()
        self.retranslate()
        self.resize(1180, 740)
        grow_to_fit(self)

    # ---- building ------------------------------------------------------------------------------------------

    def _build_grid(self) -> None:
        """One line per criterion, grouped by dimension, like the printed sheet."""
        rubric = self.definition.rubric
        grid = self.grid = QGridLayout(self.sheet)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(4, 3)
        for col, label in zip((0, 1, 2, 4), self.grid_header, strict=True):
            font = QFont(label.font())
            font.setBold(True)
            label.setFont(font)
            grid.addWidget(label, 0, col, 1, 2 if col == 2 else 1)
        row = 1
        digits = len(str(max(abs(rubric.scale_min), abs(rubric.scale_max))))
        pattern = QRegularExpressionValidator(rf"-?[0-9]{{0,{digits}}}", self)
        for dimension in rubric.dimensions:
            title = QLabel(self.sheet)
            font = QFont(title.font())
            font.setBold(True)
            title.setFont(font)
            self.dimension_titles.append((title, dimension.id))
            grid.addWidget(title, row, 0, 1, 5)
            row += 1
            for criterion in dimension.criteria:
                ident = QLabel(criterion.id, self.sheet)
                name = QLabel(self.sheet)
                name.setWordWrap(True)
                score = QLineEdit(self.sheet)
                score.setValidator(pattern)
                score.setMaximumWidth(score.fontMetrics().horizontalAdvance("0000") + 24)
                level = QLabel(self.sheet)
                note = QLineEdit(self.sheet)
                name.setBuddy(score)
                inputs = CriterionInputs(criterion, name, score, level, note)
                score.textChanged.connect(lambda _text, i=inputs: self._show_level(i))
                score.returnPressed.connect(self.focusNextChild)
                note.returnPressed.connect(lambda i=inputs: self._note_enter(i))
                for col, widget in enumerate((ident, name, score, level, note)):
                    grid.addWidget(widget, row, col)
                self.rows[criterion.id] = inputs
                row += 1
        grid.setRowStretch(row, 1)

    def _fill_regions(self) -> None:
        """The regions the assessor's panel hears first, then the others; conflicted regions are left out."""
        aid = self.assessor.currentData()
        kept = self.region.currentData()
        conflicted = {c.region_code for c in self.definition.conflicts if c.assessor_id == aid}
        heard = {
            s.region_code
            for s in self.definition.schedule
            if aid in self.definition.seated(s.panel_id, s.start)
        }
        own = [g for g in self.definition.regions if g.code in heard and g.code not in conflicted]
        others = [g for g in self.definition.regions if g.code not in heard and g.code not in conflicted]
        self.region.blockSignals(True)
        self.region.clear()
        for g in own:
            self.region.addItem(f"{g.code} {g.name}", g.code)
        if own and others:
            self.region.insertSeparator(self.region.count())
        for g in others:
            self.region.addItem(f"{g.code} {g.name}", g.code)
        index = self.region.findData(kept) if kept else -1
        self.region.setCurrentIndex(index if index >= 0 else 0)
        self.region.blockSignals(False)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Paper score sheets"))
        self.form_title.setText(self.tr("Type a paper sheet"))
        for label, text in zip(
            self.picker_labels,
            (self.tr("&Typed by:"), self.tr("&Assessor:"), self.tr("&Region:")),
            strict=True,
        ):
            label.setText(text)
        self.typist.setPlaceholderText(self.tr("Your name; a second person types the same sheet again"))
        search = self.region.lineEdit()
        if search is not None:
            search.setPlaceholderText(self.tr("Code or name"))
        rubric = self.definition.rubric
        headers = (
            self.tr("Criterion"),
            "",
            self.tr("Score ({low}–{high})").format(low=rubric.scale_min, high=rubric.scale_max),
            self.tr("Note"),
        )
        for label, text in zip(self.grid_header, headers, strict=True):
            label.setText(text)
        names = {d.id: d.label(self.language) for d in rubric.dimensions}
        for title, dimension_id in self.dimension_titles:
            title.setText(names[dimension_id])
        levels = [rubric.scale_label(v, self.language) for v in rubric.scale]
        metrics = self.sheet.fontMetrics()
        widest = max(
            (metrics.horizontalAdvance(i.criterion.label(self.language)) for i in self.rows.values()),
            default=0,
        )
        self.grid.setColumnMinimumWidth(1, min(widest + 8, NAME_MAX_WIDTH))  # long names wrap beyond this
        for inputs in self.rows.values():
            inputs.level.setMinimumWidth(max(inputs.level.fontMetrics().horizontalAdvance(t) for t in levels))
            inputs.name.setText(inputs.criterion.label(self.language))
            inputs.score.setPlaceholderText("–")
            inputs.score.setAccessibleName(
                self.tr("Score of {criterion}").format(criterion=inputs.criterion.id)
            )
            inputs.note.setAccessibleName(
                self.tr("Note on {criterion}").format(criterion=inputs.criterion.id)
            )
            self._show_level(inputs)
        self.clear_button.setText(self.tr("C&lear form"))
        self.save_button.setText(self.tr("&Save sheet"))
        self.sheets_title.setText(self.tr("Sheets typed so far"))
        self.sheets_label.setText(self.tr("S&heets (Enter on a sheet chooses it in the form):"))
        self.table.setHorizontalHeaderLabels([self.tr("Assessor"), self.tr("Region"), self.tr("Status")])
        self.details_label.setText(self.tr("&Differences and problems of the selected sheet:"))
        self.import_button.setText(self.tr("&Import CSV…"))
        self.export_button.setText(self.tr("&Export CSV…"))
        self.close_button.setText(self.tr("Close"))
        self.refresh()

    # ---- the form ------------------------------------------------------------------------------------------

    def _show_level(self, inputs: CriterionInputs) -> None:
        """The scale label of the typed score, so the typist sees what the assessor ticked."""
        value = self._score_value(inputs.score.text())
        rubric = self.definition.rubric
        on_scale = value is not None and value in rubric.scale
        inputs.level.setText(rubric.scale_label(value or 0, self.language) if on_scale else "")

    @staticmethod
    def _score_value(text: str) -> int | None:
        return int(text) if WHOLE_NUMBER.fullmatch(text.strip()) else None

    def _note_enter(self, inputs: CriterionInputs) -> None:
        if inputs is list(self.rows.values())[-1]:
            self.save_sheet()
        else:
            self.focusNextChild()

    def set_sheet(self, assessor_id: str, region_code: str) -> None:
        """Choose the sheet in the form (never its typed values: the second entry is typed blind)."""
        index = self.assessor.findData(assessor_id)
        if index >= 0:
            self.assessor.setCurrentIndex(index)
        index = self.region.findData(region_code)
        if index >= 0:
            self.region.setCurrentIndex(index)

    def _region_code(self) -> str | None:
        """The chosen region, also when its code or full text was typed into the search field."""
        text = self.region.currentText().strip()
        for i in range(self.region.count()):
            code = self.region.itemData(i)
            if code and text in (self.region.itemText(i), code):
                return str(code)
        return None

    def has_typing(self) -> bool:
        return any(i.score.text().strip() or i.note.text().strip() for i in self.rows.values())

    def clear_form(self) -> None:
        for inputs in self.rows.values():
            inputs.score.clear()
            inputs.note.clear()

    def save_sheet(self) -> int:
        """Add the typed lines as entries by the typist; returns how many (0 when refused, with a message)."""
        name = typist_name(self.typist.text())
        aid, code = self.assessor.currentData(), self._region_code()
        if not name:
            return self._refuse(self.tr("Type your name in “Typed by” first."), self.typist)
        if not aid or not code:
            return self._refuse(self.tr("Choose the assessor and the region of the sheet."), self.region)
        rubric = self.definition.rubric
        typed: list[PaperEntry] = []
        for inputs in self.rows.values():
            text, note = inputs.score.text().strip(), inputs.note.text().strip()
            cid = inputs.criterion.id
            if not text and not note:
                continue
            score = self._score_value(text)
            if score is None:
                return self._refuse(
                    self.tr(
                        "{criterion} has a note but no score; a paper entry counts only with a score."
                    ).format(criterion=cid),
                    inputs.score,
                )
            if score not in rubric.scale:
                return self._refuse(
                    self.tr("{criterion}: {score} is not on the scale {low}–{high}.").format(
                        criterion=cid, score=score, low=rubric.scale_min, high=rubric.scale_max
                    ),
                    inputs.score,
                )
            typed.append(PaperEntry(aid, code, cid, score, note, name))
        if not typed:
            first = next(iter(self.rows.values()))
            return self._refuse(self.tr("Nothing is typed in the sheet yet."), first.score)
        again = any(e.sheet == (aid, code) and e.typist == typist_key(name) for e in self._entries)
        self._entries.extend(typed)
        self.clear_form()
        self.refresh()
        self._select_sheet(aid, code)
        sheet = self.result_check.sheet(aid, code)
        text = self.tr(
            "Saved for {assessor}, region {region}, typed by {name} (entries: {count}): {status}"
        ).format(count=len(typed), assessor=aid, region=code, name=name, status=self._status(sheet))
        if again:
            text += " " + self.tr(
                "{name} had typed this sheet before: only someone else's entry confirms it."
            ).format(name=name)
        self.message.setText(text)
        self.region.setFocus()
        self.changed.emit()
        return len(typed)

    def _refuse(self, text: str, focus: QWidget) -> int:
        self.message.setText(text)
        focus.setFocus()
        return 0

    # ---- the status ----------------------------------------------------------------------------------------

    def entries(self) -> list[PaperEntry]:
        return list(self._entries)

    def check(self) -> PaperCheck:
        return self.result_check

    def refresh(self) -> None:
        check = self.result_check = check_entries(self.definition, self._entries)
        selected = self._selected_sheet()
        names = {g.code: g.name for g in self.definition.regions}
        people = {a.assessor_id: a.name for a in self.definition.roster}
        self.table.setRowCount(len(check.sheets))
        for row, sheet in enumerate(check.sheets):
            cells = (
                f"{sheet.assessor_id} {people.get(sheet.assessor_id, '')}".strip(),
                f"{sheet.region_code} {names.get(sheet.region_code, '')}".strip(),
                self._status(sheet),
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, (sheet.assessor_id, sheet.region_code))
                self.table.setItem(row, col, item)
        self.summary.setText(
            self.tr(
                "Sheets: {sheets} · complete: {complete} · mismatches: {mismatches} · entries: {entries} · "
                "refused entries: {refused}"
            ).format(
                entries=check.entries,
                sheets=len(check.sheets),
                complete=len(check.complete_sheets),
                mismatches=len(check.mismatches),
                refused=len(check.refused),
            )
        )
        self.export_button.setEnabled(bool(self._entries))
        if selected:
            self._select_sheet(*selected)
        self._show_details()

    def _status(self, sheet: PaperSheet | None) -> str:
        if sheet is None:
            return ""
        confirmed = self.tr("{confirmed}/{total} confirmed").format(
            confirmed=len(sheet.scores), total=sheet.criteria
        )
        if sheet.complete:
            return self.tr("Complete: {confirmed}").format(confirmed=confirmed)
        parts = [confirmed]
        if sheet.pending:
            parts.append(self.tr("waiting for a second entry: {count}").format(count=len(sheet.pending)))
        if sheet.mismatched:
            parts.append(self.tr("mismatches: {count}").format(count=len(sheet.mismatched)))
        if sheet.refused:
            parts.append(self.tr("refused: {count}").format(count=sheet.refused))
        return " · ".join(parts)

    def _selected_sheet(self) -> tuple[str, str] | None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _select_sheet(self, assessor_id: str, region_code: str) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and tuple(item.data(Qt.ItemDataRole.UserRole)) == (assessor_id, region_code):
                self.table.setCurrentCell(row, 0)
                return

    def _type_selected_sheet(self) -> None:
        selected = self._selected_sheet()
        if selected:
            self.set_sheet(*selected)
            first = next(iter(self.rows.values()))
            first.score.setFocus()

    def _show_details(self) -> None:
        self.details.clear()
        selected = self._selected_sheet()
        if selected is None:
            return
        self.details.addItems(self.sheet_details(*selected))

    def sheet_details(self, assessor_id: str, region_code: str) -> list[str]:
        """What keeps the sheet from counting: mismatches field by field, waiting lines, refused entries."""
        check = self.result_check
        lines: list[str] = []
        for m in check.mismatches:
            if (m.assessor_id, m.region_code) == (assessor_id, region_code):
                lines.extend(self._difference(m.criterion_id, d) for d in m.differences)
        for p in check.pending:
            if (p.assessor_id, p.region_code) == (assessor_id, region_code):
                lines.append(
                    self.tr("{criterion}: waiting for a second entry (typed by {names})").format(
                        criterion=p.criterion_id, names=", ".join(p.typists)
                    )
                )
        for c in check.confirmed:
            if (c.assessor_id, c.region_code) == (assessor_id, region_code) and c.dissent:
                lines.extend(
                    self.tr("{difference} — the first value counts: two people typed it").format(
                        difference=self._difference(c.criterion_id, d)
                    )
                    for d in c.dissent
                )
        for r in check.refused:
            if r.entry.sheet == (assessor_id, region_code):
                e = r.entry
                reasons = "; ".join(translated(m) for m in r.reasons)
                who = {"criterion": e.criterion_id or "–", "name": e.entered_by or "–", "reasons": reasons}
                lines.append(
                    self.tr("Refused {criterion} by {name}, line {line}: {reasons}").format(
                        line=e.line, **who
                    )
                    if e.line is not None
                    else self.tr("Refused {criterion} by {name}: {reasons}").format(**who)
                )
        if not lines:
            lines.append(self.tr("Nothing to resolve in this sheet."))
        return lines

    def _difference(self, criterion_id: str, difference: FieldDifference) -> str:
        """E.g. "INF2 score: 3 (Ani) ≠ 4 (Budi)"."""
        field = self.tr("score") if difference.field == "score" else self.tr("note")
        empty = self.tr("(no note)")
        values = " ≠ ".join(
            self.tr("{value} ({names})").format(
                value=(f"“{v.value}”" if difference.field == "note" and v.value else v.value) or empty,
                names=", ".join(v.typists),
            )
            for v in difference.values
        )
        return self.tr("{criterion} {field}: {values}").format(
            criterion=criterion_id, field=field, values=values
        )

    # ---- files ---------------------------------------------------------------------------------------------

    def import_csv(self) -> int:
        """Add the entries of a paper-sheet CSV (all or nothing); returns how many were added."""
        path = self.choose_file(self, self.tr("Import paper-sheet entries"), self.tr("CSV files (*.csv)"))
        if path is None:
            return 0
        try:
            added = read_paper_csv(path)
        except GM100Error as exc:
            show_error(self, exc)
            return 0
        self._entries.extend(added)
        self.refresh()
        self.message.setText(
            self.tr("Entries imported from {file}: {count}.").format(count=len(added), file=path.name)
        )
        self.changed.emit()
        return len(added)

    def export_csv(self) -> bool:
        path = self.choose_save_file(
            self, self.tr("Export paper-sheet entries"), "paper_sheets.csv", self.tr("CSV files (*.csv)")
        )
        if path is None:
            return False
        try:
            write_paper_csv(path, self._entries)
        except GM100Error as exc:
            show_error(self, exc)
            return False
        self.message.setText(
            self.tr("Entries written to {file}: {count}.").format(count=len(self._entries), file=path.name)
        )
        return True

    # ---- closing -------------------------------------------------------------------------------------------

    def _ask_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Paper score sheets"),
            self.tr("The sheet in the form is not saved. Close and lose what is typed?"),
        )
        return answer == QMessageBox.StandardButton.Yes

    def reject(self) -> None:
        if self.has_typing() and not self.confirm_discard():
            return
        super().reject()
