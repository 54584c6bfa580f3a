"""The ranking: method, top N and tie-break chain (each a recorded decision), cut line, what is not ranked."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from gm100_desktop.domain import aggregate
from gm100_desktop.domain.merge_intake import Decision
from gm100_desktop.domain.rubric import Rubric
from gm100_desktop.services.ranking_outputs import rule_sentence
from gm100_desktop.ui.decision_dialog import ask_reason
from gm100_desktop.ui.merge_tables import Column, Row, RowsModel, codes, number, rows_table

AskReason = Callable[..., str | None]
MAX_TOP_N = 999
REGION_COLUMN = 2  # stretches: the name is the longest text


class CutLineDelegate(QStyledItemDelegate):
    """Draws the cut line under the last place of the top N."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cut_row = -1

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().paint(painter, option, index)
        if index.row() == self.cut_row:
            painter.save()
            pen = QPen(option.palette.text().color())
            pen.setWidth(3)
            painter.setPen(pen)
            rect = option.rect
            painter.drawLine(rect.bottomLeft(), rect.bottomRight())
            painter.restore()


class TieBreakEditor(QWidget):
    """The rubric's dimensions in tie-break order: ticked ones count, moved with the buttons."""

    def __init__(
        self, rubric: Rubric, chain: Sequence[str], language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Tie-break order"))
        label = QLabel(self.tr("Tie-break &order (first decides first):"), self)
        label.setBuddy(self.list)
        names = {d.id: d.label(language) for d in rubric.dimensions}
        for dim in [*chain, *(d.id for d in rubric.dimensions if d.id not in chain)]:
            item = QListWidgetItem(names.get(dim, dim), self.list)
            item.setData(Qt.ItemDataRole.UserRole, dim)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if dim in chain else Qt.CheckState.Unchecked)
        self.list.setCurrentRow(0)
        self.up = QPushButton(self.tr("Move &up"), self)
        self.down = QPushButton(self.tr("Move do&wn"), self)
        self.up.clicked.connect(lambda: self.move_item(-1))
        self.down.clicked.connect(lambda: self.move_item(1))
        buttons = QVBoxLayout()
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addLayout(row)
        self.list.setMaximumHeight(120)

    def move_item(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def chain(self) -> tuple[str, ...]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return tuple(
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        )


class RankingView(QWidget):
    """The ranking table with its cut line, the merge choices above it, the regions not ranked below it."""

    decision_made = Signal(object)  # a Decision with its reason

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ask_reason: AskReason = ask_reason  # tests replace it
        self.report: Mapping[str, Any] = {}
        self.rubric: Rubric | None = None
        self.language = "en"
        self._asking = False
        self.method_label, self.top_label = QLabel(self), QLabel(self)
        self.method = QComboBox(self)
        self.method_label.setBuddy(self.method)
        self.top_n = QSpinBox(self)
        self.top_n.setRange(1, MAX_TOP_N)
        self.top_n.setKeyboardTracking(False)
        self.top_label.setBuddy(self.top_n)
        self.tie_label = QLabel(self)
        self.tie_button = QPushButton(self)
        controls = QHBoxLayout()
        for widget in (self.method_label, self.method, self.top_label, self.top_n, self.tie_label):
            controls.addWidget(widget)
        controls.addWidget(self.tie_button)
        controls.addStretch(1)
        controls.setStretchFactor(self.tie_label, 0)
        self.rule = QLabel(self)
        self.rule.setWordWrap(True)
        self.rule.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.cut_note = QLabel(self)
        self.cut_note.setWordWrap(True)
        self.model = RowsModel(self)
        self.model.bold = lambda row: bool(row["selected"])
        self.table = rows_table(self.model, self)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.delegate = CutLineDelegate(self.table)
        self.table.setItemDelegate(self.delegate)
        self.table_label = QLabel(self)
        self.table_label.setBuddy(self.table)
        self.excluded_model = RowsModel(self)
        self.excluded_table = rows_table(self.excluded_model, self)
        self.excluded_label = QLabel(self)
        self.excluded_label.setBuddy(self.excluded_table)
        self.include_button = QPushButton(self)

        top, bottom = QWidget(self), QWidget(self)
        upper = QVBoxLayout(top)
        upper.setContentsMargins(0, 0, 0, 0)
        upper.addWidget(self.table_label)
        upper.addWidget(self.table, 1)
        upper.addWidget(self.cut_note)
        lower = QVBoxLayout(bottom)
        lower.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(self.excluded_label, 1)
        heading.addWidget(self.include_button)
        lower.addLayout(heading)
        lower.addWidget(self.excluded_table, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.rule)
        layout.addWidget(self.splitter, 1)

        self.method.activated.connect(lambda _i: self.choose_method(str(self.method.currentData())))
        self.top_n.editingFinished.connect(lambda: self.choose_top_n(self.top_n.value()))
        self.tie_button.clicked.connect(lambda: self.edit_tie_break())
        self.include_button.clicked.connect(lambda: self.include_selected())
        self.excluded_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.retranslate()

    # ---- texts ---------------------------------------------------------------------------------------

    def method_text(self, method: str) -> str:
        names = {
            "mean": self.tr("Mean"),
            "median": self.tr("Median"),
            "trimmed": self.tr("Trimmed mean"),
            "adjusted": self.tr("Adjusted for rater severity"),
        }
        return names.get(method, method)

    def retranslate(self) -> None:
        self.method_label.setText(self.tr("Met&hod:"))
        self.top_label.setText(self.tr("&Top:"))
        self.tie_button.setText(self.tr("Tie-&break…"))
        self.tie_button.setToolTip(self.tr("Which dimension scores order regions with equal totals"))
        self.include_button.setText(self.tr("Incl&ude in ranking…"))
        self.table_label.setText(self.tr("Ranking (the line marks the top N)"))
        self.method.blockSignals(True)
        self.method.clear()
        for m in aggregate.METHODS:
            self.method.addItem(self.method_text(m), m)
        self.method.blockSignals(False)
        self._fill()

    # ---- data ----------------------------------------------------------------------------------------

    def set_data(self, report: Mapping[str, Any], rubric: Rubric, language: str) -> None:
        self.report, self.rubric, self.language = report, rubric, language
        self._fill()

    def dimension_name(self, dim: str) -> str:
        if self.rubric is None:
            return dim
        return next((d.label(self.language) for d in self.rubric.dimensions if d.id == dim), dim)

    def _fill(self) -> None:
        report, lang = self.report, self.language
        rule: Mapping[str, Any] = report.get("rule", {})
        method = str(rule.get("method", aggregate.DEFAULT_METHOD))
        self.method.setCurrentIndex(max(0, self.method.findData(method)))
        top_n = int(rule.get("top_n", aggregate.DEFAULT_TOP_N))
        self.top_n.setValue(top_n)
        chain = [str(d) for d in rule.get("tie_break", [])]
        self.tie_label.setText(
            self.tr("Ties: {chain}").format(chain=" → ".join(self.dimension_name(d) for d in chain) or "–")
        )
        self.rule.setText(rule_sentence(report, lang) if rule else "")
        dims = [
            str(d["dimension_id"]) for d in report.get("event", {}).get("rubric", {}).get("dimensions", [])
        ]
        columns = [
            Column(
                self.tr("Rank"), lambda r: str(r["rank"]) + ("=" if r["shared"] else ""), align_right=True
            ),
            Column(self.tr("Code"), lambda r: str(r["region_code"])),
            Column(self.tr("Region"), lambda r: str(r["name"])),
            Column(
                self.tr("Total"),
                lambda r: number(r["total"], lang, 4),
                lambda r: number(r["total"], lang, aggregate.DECIMALS),
                align_right=True,
            ),
            *(self._dimension_column(d) for d in dims),
            Column(self.tr("Decided by"), self._decided_by),
            Column(self.tr("Status"), self._status, state=self._status_state),
        ]
        ranking: Sequence[Row] = report.get("ranking", [])
        self.model.set_rows(columns, ranking)
        self.table.horizontalHeader().setSectionResizeMode(REGION_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.delegate.cut_row = top_n - 1 if len(ranking) > top_n else -1
        cut_tie = list(report.get("cut_tie", []))
        selected = len(report.get("selected", []))
        note = self.tr("{selected} of the top {top} places are filled; {ranked} regions are ranked.").format(
            selected=selected, top=top_n, ranked=len(ranking)
        )
        if cut_tie:
            note += " " + self.tr(
                "Regions {codes} are tied across the cut line for {places} places: the chair decides "
                "between them."
            ).format(codes=codes(cut_tie), places=report.get("open_places", 0))
        self.cut_note.setText(note if ranking else "")
        excluded = set(report.get("excluded", []))
        rows = [g for g in report.get("regions", []) if g["region_code"] in excluded]
        self.excluded_model.set_rows(
            [
                Column(self.tr("Code"), lambda r: str(r["region_code"])),
                Column(self.tr("Region"), lambda r: str(r["name"])),
                Column(self.tr("Panel"), lambda r: str(r["panel_id"])),
                Column(self.tr("Why it is not ranked"), self._why_not_ranked, self._why_not_ranked),
            ],
            rows,
        )
        self.excluded_label.setText(self.tr("Incomplete regions not ranked: {count}").format(count=len(rows)))
        self._update_buttons()

    def _dimension_column(self, dim: str) -> Column:
        return Column(
            self.dimension_name(dim),
            lambda r: number(r["dimensions"].get(dim), self.language, 2),
            lambda r: number(r["dimensions"].get(dim), self.language, aggregate.DECIMALS),
            align_right=True,
        )

    def _decided_by(self, row: Row) -> str:
        by = row["decided_by"]
        if by is None:
            return self.tr("shared rank") if row["shared"] else "–"
        return self.tr("total") if by == "total" else self.dimension_name(str(by))

    def _status(self, row: Row) -> str:
        if row["selected"]:
            text = self.tr("selected")
        elif row["region_code"] in self.report.get("cut_tie", []):
            text = self.tr("tied at the cut line")
        else:
            text = self.tr("not selected")
        return text + (" · " + self.tr("incomplete, included by the chair") if row["incomplete"] else "")

    def _status_state(self, row: Row) -> str:
        if row["selected"]:
            return "accepted"
        return "late" if row["region_code"] in self.report.get("cut_tie", []) else ""

    def _why_not_ranked(self, row: Row) -> str:
        if not row["assessors"]:
            return self.tr("nobody has scored it")
        parts = []
        if row["not_finalised"]:
            parts.append(self.tr("not finalised by {who}").format(who=codes(row["not_finalised"])))
        if row["missing_assessors"]:
            parts.append(
                self.tr("assessors who have not scored it: {count}").format(count=row["missing_assessors"])
            )
        if row["unscored"]:
            parts.append(self.tr("criteria nobody scored: {ids}").format(ids=codes(row["unscored"])))
        return "; ".join(parts)

    def _update_buttons(self) -> None:
        self.include_button.setEnabled(self.selected_excluded() is not None)
        has = bool(self.report)
        for widget in (self.method, self.top_n, self.tie_button):
            widget.setEnabled(has)

    def selected_excluded(self) -> Row | None:
        rows = self.excluded_table.selectionModel().selectedRows()
        return self.excluded_model.rows[rows[0].row()] if rows else None

    def rank_rows(self) -> list[tuple[int, str, bool]]:
        """(rank, region code, selected) per ranked region, in order."""
        return [(int(r["rank"]), str(r["region_code"]), bool(r["selected"])) for r in self.model.rows]

    # ---- decisions -----------------------------------------------------------------------------------

    def _ask(self, title: str, text: str, **options: Any) -> str | None:
        self._asking = True
        try:
            return self.ask_reason(self, title, text, **options)
        finally:
            self._asking = False

    def choose_method(self, method: str) -> Decision | None:
        current = str(self.report.get("rule", {}).get("method", aggregate.DEFAULT_METHOD))
        if method == current or self._asking:
            return None
        reason = self._ask(
            self.tr("Change the merge method"),
            self.tr("Merge each criterion with: {new} (now: {old})?").format(
                new=self.method_text(method), old=self.method_text(current)
            ),
        )
        self._fill()  # shows the method in force until the merge with the new one is done
        return None if reason is None else self._decide(Decision("method", "", method, reason))

    def choose_top_n(self, top_n: int) -> Decision | None:
        current = int(self.report.get("rule", {}).get("top_n", aggregate.DEFAULT_TOP_N))
        if top_n == current or self._asking or not self.report:
            return None
        reason = self._ask(
            self.tr("Change how many regions are selected"),
            self.tr("Select the top {new} regions (now the top {old})?").format(new=top_n, old=current),
        )
        self.top_n.setValue(current)
        return None if reason is None else self._decide(Decision("top_n", "", str(top_n), reason))

    def edit_tie_break(self) -> Decision | None:
        if self.rubric is None or self._asking:
            return None
        current = tuple(str(d) for d in self.report.get("rule", {}).get("tie_break", []))
        editor = TieBreakEditor(self.rubric, current, self.language)
        reason = self._ask(
            self.tr("Change the tie-break chain"),
            self.tr(
                "Regions with equal totals are ordered by these dimension scores, highest first. "
                "Untick a dimension to leave it out."
            ),
            extra=editor,
        )
        chain = editor.chain()
        if reason is None or chain == current:
            return None
        return self._decide(Decision("tie_break", "", ",".join(chain), reason))

    def include_selected(self) -> Decision | None:
        row = self.selected_excluded()
        if row is None:
            return None
        reason = self._ask(
            self.tr("Rank an incomplete region"),
            self.tr(
                "Rank {code} {name} although its scoring is incomplete ({why})? Its numbers are then "
                "provisional, over what was scored."
            ).format(code=row["region_code"], name=row["name"], why=self._why_not_ranked(row)),
        )
        return (
            None
            if reason is None
            else self._decide(Decision("include_region", str(row["region_code"]), "", reason))
        )

    def _decide(self, decision: Decision) -> Decision:
        self.decision_made.emit(decision)
        return decision
