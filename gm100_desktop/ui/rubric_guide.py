"""Side panel: the focused criterion's description and every level's descriptor, the current one marked."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from gm100_desktop.domain.rubric import Criterion, Rubric
from gm100_desktop.i18n import pick


class _LevelCard(QFrame):
    """One level: number, short label and descriptor; filled when chosen, outlined when previewed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.selected = False
        self.previewed = False
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 7, 10, 7)
        layout.addWidget(self.label)

    def set_state(self, selected: bool, previewed: bool) -> None:
        self.selected, self.previewed = selected, previewed
        pal = self.label.palette()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.WindowText
        pal.setColor(QPalette.ColorRole.WindowText, self.palette().color(role))
        self.label.setPalette(pal)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        pal = self.palette()
        rect = self.rect().adjusted(1, 1, -1, -1)
        if self.selected:
            painter.fillRect(rect, pal.color(QPalette.ColorRole.Highlight))
        else:
            painter.fillRect(rect, pal.color(QPalette.ColorRole.Base))
        border = QColor(pal.color(QPalette.ColorRole.WindowText))
        border.setAlpha(60)
        painter.setPen(border)
        painter.drawRect(rect)
        if self.previewed and not self.selected:
            high = pal.color(QPalette.ColorRole.Highlight)
            painter.fillRect(rect.x(), rect.y(), 5, rect.height() + 1, high)
            painter.setPen(QPen(high, 2))
            painter.drawRect(rect)
        painter.end()


class RubricGuide(QScrollArea):
    """What each level of the focused criterion means, visible before any level is picked."""

    def __init__(self, rubric: Rubric, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rubric = rubric
        self._language = language
        self._criterion: Criterion | None = None
        self._selected: int | None = None
        self._previewed: int | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        body = QWidget(self)
        self._body = body
        self._layout = QVBoxLayout(body)
        self._layout.setContentsMargins(12, 10, 12, 10)
        self._layout.setSpacing(6)
        self.heading = QLabel(body)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.heading.setFont(font)
        self.description = QLabel(body)
        self.description.setWordWrap(True)
        self.keys = QLabel(body)
        self.keys.setWordWrap(True)
        self.keys.setTextFormat(Qt.TextFormat.RichText)
        self._layout.addWidget(self.heading)
        self._layout.addWidget(self.description)
        self._cards: dict[int, _LevelCard] = {}
        self._build_cards(body)
        self._layout.addSpacing(8)
        self._layout.addWidget(self.keys)
        self._layout.addStretch(1)
        self.setWidget(body)
        self.retranslate()

    def _build_cards(self, body: QWidget) -> None:
        for card in self._cards.values():
            card.deleteLater()
        self._cards = {}
        for value in self._rubric.scale:
            card = _LevelCard(body)
            self._cards[value] = card
            self._layout.insertWidget(2 + len(self._cards) - 1, card)

    def set_rubric(self, rubric: Rubric) -> None:
        self._rubric = rubric
        self._criterion = None
        self._build_cards(self._body)
        self.retranslate()

    def set_language(self, language: str) -> None:
        self._language = language
        self.retranslate()

    def show_criterion(
        self, criterion: Criterion | None, selected: int | None, previewed: int | None
    ) -> None:
        """Show `criterion` with its chosen level filled and the previewed one outlined."""
        changed = criterion is not self._criterion
        self._criterion, self._selected, self._previewed = criterion, selected, previewed
        if changed:
            self._render_texts()
        for value, card in self._cards.items():
            card.set_state(value == selected, value == previewed)
        if previewed is not None and previewed in self._cards:
            self.ensureWidgetVisible(self._cards[previewed], 0, 8)
        elif changed:
            self.verticalScrollBar().setValue(0)

    def current_criterion(self) -> Criterion | None:
        return self._criterion

    def highlighted_level(self) -> int | None:
        """The level shown as current: the previewed one, else the chosen one."""
        return self._previewed if self._previewed is not None else self._selected

    def retranslate(self) -> None:
        low, high = self._rubric.scale_min, self._rubric.scale_max
        keys = [
            self.tr("<b>{low}–{high}</b> choose a level").format(low=low, high=high)
            if high <= 9
            else self.tr("<b>digits</b> type a level"),
            self.tr("<b>← →</b> preview, <b>Space</b> chooses"),
            self.tr("<b>Delete</b> clears"),
            self.tr("<b>↑ ↓</b> previous / next criterion"),
            self.tr("<b>Tab</b> to the note, then to the next criterion"),
            self.tr("<b>Ctrl+Enter</b> finalises the region"),
        ]
        self.keys.setText(self.tr("Keyboard:") + "<br>" + "<br>".join(keys))
        self._render_texts()

    def _render_texts(self) -> None:
        crit = self._criterion
        if crit is None:
            self.heading.setText(self.tr("Rubric guide"))
            self.description.setText(self.tr("Move to a criterion to see what each level means."))
            for card in self._cards.values():
                card.hide()
            return
        self.heading.setText(f"{crit.id} · {crit.label(self._language)}")
        description = pick(crit.description, self._language) if crit.description else ""
        self.description.setText(description)
        self.description.setVisible(bool(description))
        for value, card in self._cards.items():
            label = self._rubric.scale_label(value, self._language)
            heading = f"{value} · {label}" if label else str(value)
            card.label.setText(
                f"<b>{html.escape(heading)}</b><br>{html.escape(crit.descriptor(value, self._language))}"
            )
            card.show()
