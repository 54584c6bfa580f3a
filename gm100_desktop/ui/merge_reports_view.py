"""The merge's figures beside the ranking: reliability, sensitivity, rater severity and the decisions.

The core's explanations show in the interface language when the merge gave their messages (see
`merge_tables.core_text`), else as the report's English.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from gm100_desktop.domain.minisign import parse_public_key
from gm100_desktop.errors import GM100Error
from gm100_desktop.services.merge import ReportPath
from gm100_desktop.ui.errors import translated
from gm100_desktop.ui.merge_inputs_view import deadline_local_text
from gm100_desktop.ui.merge_tables import (
    Column,
    Messages,
    Row,
    RowsModel,
    codes,
    core_text,
    number,
    rows_table,
)

ICC_FORMS = (
    ("icc_2_1", "ICC(2,1)"),
    ("icc_2_k", "ICC(2,k)"),
    ("icc_3_1", "ICC(3,1)"),
    ("icc_3_k", "ICC(3,k)"),
)


def _label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class TableSections(QWidget):
    """A heading line, then titled tables one above the other in a splitter."""

    def __init__(self, count: int, parent: QWidget | None = None, stretch: Sequence[int] = ()) -> None:
        super().__init__(parent)
        self.heading = _label(self)
        self.titles = [QLabel(self) for _ in range(count)]
        self.models = [RowsModel(self) for _ in range(count)]
        self.tables = [rows_table(m, self) for m in self.models]
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        for title, table in zip(self.titles, self.tables, strict=True):
            box = QWidget(splitter)
            inner = QVBoxLayout(box)
            inner.setContentsMargins(0, 0, 0, 0)
            title.setBuddy(table)
            inner.addWidget(title)
            inner.addWidget(table, 1)
            splitter.addWidget(box)
        for i, factor in enumerate(stretch):
            splitter.setStretchFactor(i, factor)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(splitter, 1)
        self.report: Mapping[str, Any] = {}
        self.messages: Messages = {}
        self.language = "en"

    def set_report(self, report: Mapping[str, Any], language: str, messages: Messages | None = None) -> None:
        """Show `report`; `messages` (MergeOutcome.messages) translate its explanations."""
        self.report, self.language, self.messages = report, language, messages or {}
        self.fill()

    def retranslate(self) -> None:
        self.fill()

    def fill(self) -> None:
        raise NotImplementedError

    def num(self, value: object, decimals: int = 3) -> str:
        return number(value, self.language, decimals)

    def core(self, path: ReportPath, english: object) -> str:
        """The report's English text at `path` in the interface language (merge_tables.core_text)."""
        return core_text(self.messages, path, english)


class ReliabilityView(TableSections):
    """Krippendorff's alpha over all, ICCs and Kendall's W per panel, the corridor, wide spreads."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(3, parent, stretch=(1, 2, 3))
        self.fill()

    def fill(self) -> None:
        rel: Mapping[str, Any] = self.report.get("reliability", {})
        self.titles[0].setText(self.tr("Agreement per panel"))
        self.titles[1].setText(self.tr("Assessors compared with the rest of their panel"))
        self.titles[2].setText(
            self.tr("Criteria where the assessors disagree: {count}").format(count=len(rel.get("spread", [])))
        )
        alpha: Mapping[str, Any] = rel.get("alpha", {})
        lines = [
            self.tr("Krippendorff's alpha over all regions: interval {interval}, ordinal {ordinal}.").format(
                interval=self._alpha(alpha.get("interval"), "interval"),
                ordinal=self._alpha(alpha.get("ordinal"), "ordinal"),
            )
        ]
        if rel.get("flagged_assessors"):
            lines.append(
                self.tr("Assessors outside the corridor: {ids}.").format(ids=codes(rel["flagged_assessors"]))
            )
        if rel.get("rules"):
            lines.append(self.core(("reliability", "rules"), rel["rules"]))
        self.heading.setText("\n".join(lines) if rel else "")
        self.models[0].set_rows(
            [
                Column(self.tr("Panel"), lambda r: str(r["panel_id"])),
                Column(
                    self.tr("Regions × assessors used"),
                    lambda r: f"{r['n_regions_used']} × {r['n_assessors_used']}",
                    lambda r: self.tr("Left out: regions {regions}; assessors {assessors}").format(
                        regions=codes(r["regions_left_out"]), assessors=codes(r["assessors_left_out"])
                    ),
                ),
                *(self._icc_column(key, name) for key, name in ICC_FORMS),
                Column(
                    self.tr("Kendall's W"),
                    lambda r: self.num((r["kendall_w"] or {}).get("w")),
                    align_right=True,
                ),
                Column(self.tr("Notes"), lambda r: str(r["notes_text"]), lambda r: str(r["notes_text"])),
            ],
            [{**p, "notes_text": self._panel_notes(i, p)} for i, p in enumerate(rel.get("panels", []))],
        )
        checks = self.models[1]
        checks.bold = lambda r: bool(r["flagged"])
        checks.set_rows(
            [
                Column(self.tr("Assessor"), lambda r: str(r["assessor_id"])),
                Column(self.tr("Panel"), lambda r: str(r["panel_id"])),
                Column(
                    self.tr("Mean deviation (points)"),
                    lambda r: self.num(r["mean_deviation"], 2),
                    align_right=True,
                ),
                Column(self.tr("Regions"), lambda r: str(r["regions_counted"]), align_right=True),
                Column(
                    self.tr("Corridor"),
                    lambda r: self.tr("outside") if r["flagged"] else self.tr("inside"),
                    state=lambda r: "late" if r["flagged"] else "",
                ),
                Column(
                    self.tr("Explanation"),
                    lambda r: str(r["explanation_text"]),
                    lambda r: str(r["explanation_text"]),
                ),
            ],
            [
                {
                    **c,
                    "explanation_text": self.core(
                        ("reliability", "corridor_checks", i, "explanation"), c["explanation"]
                    ),
                }
                for i, c in enumerate(rel.get("corridor_checks", []))
            ],
        )
        self.models[2].set_rows(
            [
                Column(self.tr("Region"), lambda r: str(r["region_code"])),
                Column(self.tr("Criterion"), lambda r: str(r["criterion_id"])),
                Column(self.tr("Lowest"), lambda r: str(r["minimum"]), align_right=True),
                Column(self.tr("Highest"), lambda r: str(r["maximum"]), align_right=True),
                Column(
                    self.tr("Scores"),
                    lambda r: ", ".join(f"{a} {v}" for a, v in sorted(r["values"].items())),
                    lambda r: str(r["explanation_text"]),
                ),
            ],
            [
                {**f, "explanation_text": self._spread_explanation(i)}
                for i, f in enumerate(rel.get("spread", []))
            ],
        )

    def _alpha(self, figure: Mapping[str, Any] | None, level: str) -> str:
        if not figure:
            return "–"
        if figure.get("alpha") is None:
            reason = self.core(("reliability", "alpha", level, "reason"), figure.get("reason"))
            return self.tr("none ({reason})").format(reason=reason or "–")
        return self.num(figure["alpha"])

    def _icc_column(self, key: str, name: str) -> Column:
        return Column(name, lambda r: self.num((r["icc"] or {}).get(key)), align_right=True)

    def _panel_notes(self, index: int, row: Row) -> str:
        notes = (
            self.core(("reliability", "panels", index, key), row.get(key))
            for key in ("icc_reason", "kendall_reason")
        )
        return "; ".join(x for x in notes if x)

    def _spread_explanation(self, index: int) -> str:
        """The sentence for a wide spread (the report gives only its numbers), when the merge gave it."""
        found = self.messages.get(("reliability", "spread", index, "explanation"))
        return "" if found is None else translated(found)


class SensitivityView(TableSections):
    """How the selection moves under the other merge methods, and without each assessor in turn."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(2, parent)
        self.method_names: Mapping[str, str] = {}
        self.fill()

    def fill(self) -> None:
        s: Mapping[str, Any] = self.report.get("sensitivity", {})
        selected = self.report.get("selected", [])
        self.titles[0].setText(self.tr("By merge method"))
        self.titles[1].setText(self.tr("Leaving one assessor out"))
        lines = []
        if s:
            lines.append(
                self.tr(
                    "{stable} of the {selected} selected regions stay selected in every case below: {codes}."
                ).format(
                    stable=len(s.get("stable", [])), selected=len(selected), codes=codes(s.get("stable", []))
                )
            )
        for i, refused in enumerate(s.get("refused_methods", [])):
            lines.append(
                self.tr("{method}: not compared. {reason}").format(
                    method=self.method_names.get(refused["method"], refused["method"]),
                    reason=self.core(("sensitivity", "refused_methods", i, "reason"), refused["reason"]),
                )
            )
        self.heading.setText("\n".join(lines))
        changed = lambda r: "late" if r["entered"] or r["left"] else "accepted"  # noqa: E731
        common = [
            Column(self.tr("Selected"), lambda r: str(len(r["selected"])), align_right=True),
            Column(self.tr("Enter the top N"), lambda r: codes(r["entered"]), state=changed),
            Column(self.tr("Leave the top N"), lambda r: codes(r["left"]), state=changed),
            Column(self.tr("Tied at the cut line"), lambda r: codes(r["cut_tie"])),
        ]
        in_force = self.report.get("rule", {}).get("method")
        self.models[0].bold = lambda r: r["subject"] == in_force
        self.models[0].set_rows(
            [Column(self.tr("Method"), self._method), *common],
            s.get("methods", []),
        )
        self.models[1].set_rows(
            [Column(self.tr("Without assessor"), lambda r: str(r["subject"])), *common],
            s.get("without_assessor", []),
        )

    def _method(self, row: Row) -> str:
        name = self.method_names.get(row["subject"], row["subject"])
        if row["subject"] == self.report.get("rule", {}).get("method"):
            return self.tr("{method} (in force)").format(method=name)
        return str(name)


class SeverityView(TableSections):
    """Each assessor's severity on the rubric scale, or why it cannot be estimated."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(1, parent)
        self.fill()

    def fill(self) -> None:
        sev: Mapping[str, Any] = self.report.get("severity", {})
        self.titles[0].setText(self.tr("Severity of each assessor"))
        if not sev:
            self.heading.setText("")
        elif sev.get("estimable") is False or sev.get("refused"):
            refused = sev.get("refused")
            # a whole sentence
            self.heading.setText(
                self.core(("severity", "refused"), refused) if refused else str(sev.get("reason") or "")
            )
        else:
            self.heading.setText(
                self.tr(
                    "Above 0: more lenient than the average assessor; below 0: more severe (rubric scale "
                    "points). Residual standard deviation {sigma}; {clamped} adjusted scores were cut back "
                    "to the scale."
                ).format(sigma=self.num(sev.get("sigma")), clamped=sev.get("clamped", 0))
            )
        rows: Sequence[Row] = sev.get("assessors", []) if isinstance(sev.get("assessors"), list) else []
        self.models[0].set_rows(
            [
                Column(self.tr("Assessor"), lambda r: str(r.get("assessor_id", ""))),
                Column(self.tr("Severity"), lambda r: self.num(r.get("severity")), align_right=True),
                Column(self.tr("Standard error"), lambda r: self.num(r.get("se")), align_right=True),
                Column(self.tr("Scores used"), lambda r: str(r.get("scores_used", "–")), align_right=True),
                Column(self.tr("Regions"), lambda r: str(r.get("regions", "–")), align_right=True),
            ],
            rows,
        )


class DecisionsView(TableSections):
    """Every decision of the chair in the order taken, with its reason (all go into the signed ranking)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(1, parent)
        self.method_names: Mapping[str, str] = {}
        self.fill()

    def kind_text(self, kind: str) -> str:
        names = {
            "pin_key": self.tr("Key pinned to an assessor"),
            "accept_late": self.tr("Late bundle accepted"),
            "include_region": self.tr("Incomplete region ranked"),
            "method": self.tr("Merge method"),
            "top_n": self.tr("Top N"),
            "tie_break": self.tr("Tie-break chain"),
            "deadline": self.tr("Deadline"),
        }
        return names.get(kind, kind)

    def fill(self) -> None:
        decisions: Sequence[Row] = self.report.get("decisions", [])
        self.titles[0].setText(self.tr("Decisions of the chair: {count}").format(count=len(decisions)))
        self.heading.setText(
            self.tr("Each decision is recorded with its reason in the session and in the signed ranking.")
        )
        self.models[0].set_rows(
            [
                Column(self.tr("Decision"), lambda r: self.kind_text(str(r["kind"]))),
                Column(self.tr("About"), self._subject, lambda r: str(r["subject"])),
                Column(self.tr("Value"), self._value),
                Column(self.tr("Reason"), lambda r: str(r["reason"]), lambda r: str(r["reason"])),
            ],
            decisions,
        )

    def _subject(self, row: Row) -> str:
        subject = str(row["subject"])
        if row["kind"] == "pin_key":
            try:
                return self.tr("key {key_id}").format(key_id=parse_public_key(subject, "decision").key_id_hex)
            except GM100Error:
                return subject
        if row["kind"] == "accept_late":
            name = next((i["name"] for i in self.report.get("inputs", []) if i["sha256"] == subject), "")
            return name or subject[:12] + "…"
        return subject or "–"

    def _value(self, row: Row) -> str:
        value = str(row["value"])
        if row["kind"] == "method":
            return self.method_names.get(value, value)
        return deadline_local_text(value) if row["kind"] == "deadline" else value or "–"
