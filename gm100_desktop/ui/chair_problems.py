"""The draft's blocking problems and warnings, and the design's connectivity, as the chair sees them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from gm100_desktop.services.event_draft import DraftCheck
from gm100_desktop.ui.criterion_row import error_color
from gm100_desktop.ui.errors import translated

WARNING_COLOR = "#9a5b00"


class ProblemList(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.heading.setBuddy(self.list)
        self.design = QLabel(self)
        self.design.setWordWrap(True)
        self.design.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.design)
        self._check: DraftCheck | None = None
        self._with_design = False

    def retranslate(self) -> None:
        if self._check is not None:
            self.show_check(self._check, design=self._with_design)

    def show_check(self, check: DraftCheck, *, design: bool = False) -> None:
        self._check, self._with_design = check, design
        self.list.clear()
        bad = error_color(self.palette())
        for problem in check.problems:
            item = QListWidgetItem(self.tr("Problem: {text}").format(text=translated(problem)), self.list)
            item.setForeground(QBrush(bad))
        for warning in check.warnings:
            item = QListWidgetItem(self.tr("Warning: {text}").format(text=translated(warning)), self.list)
            item.setForeground(QBrush(WARNING_COLOR))
        if not check.problems and not check.warnings:
            QListWidgetItem(self.tr("No problems: the event can be exported."), self.list)
        self.heading.setText(
            self.tr("Problems to resolve: {problems}; warnings: {warnings}").format(
                problems=len(check.problems), warnings=len(check.warnings)
            )
        )
        lines = [self.tr("Design: {text}").format(text=translated(check.connectivity))]
        if check.rotation is not None:
            lines.append(self.tr("With rotation: {text}").format(text=translated(check.rotation)))
        self.design.setText("\n".join(lines))
        self.design.setVisible(design)

    def texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]
