"""A segmented control for one criterion's integer scale: one Tab stop, digits, arrows and mouse."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QApplication, QSizePolicy, QStyleOption, QToolTip, QWidget

SEGMENT_WIDTH = 46  # wide enough for a fingertip on a touchpad and two digits in a large font
SEGMENT_HEIGHT = 40
NARROW_SEGMENT_WIDTH = 30  # for scales of more than eleven levels
FOCUS_RING = 3


class LevelSelector(QWidget):
    """Pick one level of `minimum..maximum`, or none.

    Digits choose a level at once (on wider scales they are typed as a number); Left/Right, Home/End move
    a preview that Space or Enter confirms; Delete or Backspace clears; Up/Down ask to move to the
    previous/next criterion (`stepRequested`). A click chooses; hovering previews.
    """

    valueChosen = Signal(object)  # int | None, when the user commits a value
    levelHovered = Signal(object)  # int | None: the level previewed by mouse or arrow keys
    stepRequested = Signal(int)  # -1 or +1: Up or Down, to move to the previous or next criterion

    def __init__(self, minimum: int, maximum: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if maximum <= minimum:
            raise ValueError("maximum must be greater than minimum")
        self._min = minimum
        self._max = maximum
        self._value: int | None = None
        self._cursor: int | None = None  # keyboard preview, confirmed by Space/Enter
        self._hover: int | None = None
        self._typed = ""  # digits typed so far on scales wider than 0–9
        self._read_only = False
        self._labels: dict[int, str] = {}
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._update_accessibility()

    # ---- public API -------------------------------------------------------------------------------

    def minimum(self) -> int:
        return self._min

    def maximum(self) -> int:
        return self._max

    def value(self) -> int | None:
        return self._value

    def setValue(self, value: int | None) -> None:
        """Show `value` (no signal: this is how saved values are displayed)."""
        if value is not None and not self._min <= value <= self._max:
            raise ValueError(f"{value} is outside {self._min}–{self._max}")
        self._value = value
        self._cursor = None
        self._typed = ""
        self._update_accessibility()
        self.update()

    def previewedLevel(self) -> int | None:
        """The level under the mouse or the keyboard preview, if any."""
        return self._hover if self._hover is not None else self._cursor

    def isReadOnly(self) -> bool:
        return self._read_only

    def setReadOnly(self, read_only: bool) -> None:
        """Read-only stays focusable, so the descriptors can still be browsed, but cannot change."""
        self._read_only = read_only
        self._cursor = None
        self._typed = ""
        self.update()

    def setLevelLabels(self, labels: dict[int, str]) -> None:
        """Short names of the levels ("Good"), for tooltips and screen readers."""
        self._labels = dict(labels)
        self._update_accessibility()

    # ---- geometry ---------------------------------------------------------------------------------

    def _count(self) -> int:
        return self._max - self._min + 1

    def _segment_width(self) -> int:
        return SEGMENT_WIDTH if self._count() <= 11 else NARROW_SEGMENT_WIDTH

    def sizeHint(self) -> QSize:
        return QSize(self._count() * self._segment_width() + 2 * FOCUS_RING, SEGMENT_HEIGHT + 2 * FOCUS_RING)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def _segment_rect(self, level: int) -> QRect:
        inner = self.rect().adjusted(FOCUS_RING, FOCUS_RING, -FOCUS_RING, -FOCUS_RING)
        width = inner.width() / self._count()
        i = level - self._min
        left = inner.left() + round(i * width)
        right = inner.left() + round((i + 1) * width)
        return QRect(left, inner.top(), right - left, inner.height())

    def levelAt(self, pos: QPoint) -> int | None:
        for level in range(self._min, self._max + 1):
            if self._segment_rect(level).contains(pos):
                return level
        return None

    # ---- painting ---------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        opt = QStyleOption()
        opt.initFrom(self)
        pal = opt.palette
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * (1.25 if self._count() <= 11 else 1.0))
        font.setBold(True)
        painter.setFont(font)

        border = pal.color(QPalette.ColorRole.Text)
        border.setAlpha(110 if self.isEnabled() else 60)
        preview = self.previewedLevel() if not self._read_only else None
        for level in range(self._min, self._max + 1):
            rect = QRectF(self._segment_rect(level)).adjusted(0.5, 0.5, -0.5, -0.5)
            selected = level == self._value
            if selected:
                fill = pal.color(QPalette.ColorRole.Highlight)
                text = pal.color(QPalette.ColorRole.HighlightedText)
            elif level == preview:
                fill = _blend(
                    pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.Highlight), 0.25
                )
                text = pal.color(QPalette.ColorRole.Text)
            else:
                fill = pal.color(QPalette.ColorRole.Base)
                text = pal.color(QPalette.ColorRole.Text)
            painter.setPen(QPen(border, 1))
            painter.setBrush(fill)
            painter.drawRect(rect)
            if level == preview and not selected:
                # a thick outline marks the level Space/Enter (or a click) would choose
                painter.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 3))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(rect.adjusted(2, 2, -2, -2))
            painter.setPen(text)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(level))

        if self.hasFocus():
            ring = QColor(pal.color(QPalette.ColorRole.Highlight))
            painter.setPen(QPen(ring, 2, Qt.PenStyle.SolidLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 3, 3)
        painter.end()

    # ---- keyboard ---------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            super().keyPressEvent(event)  # leave Ctrl+Z, Ctrl+Return, Alt+… to shortcuts
            return
        if key == Qt.Key.Key_Up:
            self.stepRequested.emit(-1)
        elif key == Qt.Key.Key_Down:
            self.stepRequested.emit(1)
        elif self._read_only:
            super().keyPressEvent(event)
            return
        elif Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            self._digit(key - Qt.Key.Key_0)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self._move(-1 if key == Qt.Key.Key_Left else 1)
        elif key == Qt.Key.Key_Home:
            self._preview(self._min)
        elif key == Qt.Key.Key_End:
            self._preview(self._max)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._commit(None)
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._cursor is not None:
                self._commit(self._cursor)
            elif key != Qt.Key.Key_Space:
                super().keyPressEvent(event)  # nothing to confirm: let a dialog's default button have Enter
                return
        elif key == Qt.Key.Key_Escape and self._cursor is not None:
            self._preview(None)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _digit(self, digit: int) -> None:
        if self._max <= 9:
            if self._min <= digit <= self._max:
                self._commit(digit)
            else:
                QApplication.beep()
            return
        typed = self._typed + str(digit)
        number = int(typed)
        if number > self._max:  # start over with this digit
            typed, number = str(digit), digit
        self._typed = typed
        if number * 10 > self._max and self._min <= number:  # no further digit could make a valid level
            self._commit(number)
        elif self._min <= number <= self._max:
            self._preview(number, keep_typed=True)

    def _move(self, step: int) -> None:
        start = self._cursor if self._cursor is not None else self._value
        if start is None:
            target = self._min if step > 0 else self._max
        else:
            target = min(self._max, max(self._min, start + step))
        self._preview(target)

    def _preview(self, level: int | None, *, keep_typed: bool = False) -> None:
        if not keep_typed:
            self._typed = ""
        if level == self._value:
            level = None  # previewing the chosen level is just showing it
        if level != self._cursor:
            self._cursor = level
            self.update()
            self.levelHovered.emit(self.previewedLevel())

    def _commit(self, value: int | None) -> None:
        self._typed = ""
        had_preview = self._cursor is not None
        self._cursor = None
        changed = value != self._value
        self._value = value
        self._update_accessibility()
        self.update()
        if had_preview:
            self.levelHovered.emit(self.previewedLevel())
        if changed:
            self.valueChosen.emit(value)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        # an unconfirmed preview is dropped, never saved behind the user's back
        if self._cursor is not None or self._typed:
            self._typed = ""
            self._preview(None)
        super().focusOutEvent(event)
        self.update()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    # ---- mouse ------------------------------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._set_hover(self.levelAt(event.position().toPoint()))
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._set_hover(None)
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._read_only:
            super().mousePressEvent(event)
            return
        level = self.levelAt(event.position().toPoint())
        if level is not None:
            self._commit(level)
        event.accept()

    def _set_hover(self, level: int | None) -> None:
        if self._read_only or not self.isEnabled():
            level = None
        if level != self._hover:
            self._hover = level
            self.update()
            self.levelHovered.emit(self.previewedLevel())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            level = self.levelAt(event.pos())
            if level is not None:
                QToolTip.showText(event.globalPos(), self._level_text(level), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.EnabledChange and not self.isEnabled():
            self._hover = None
            self._cursor = None
        super().changeEvent(event)

    # ---- accessibility ----------------------------------------------------------------------------

    def _level_text(self, level: int) -> str:
        label = self._labels.get(level, "")
        return f"{level} · {label}" if label else str(level)

    def _update_accessibility(self) -> None:
        current = self._level_text(self._value) if self._value is not None else self.tr("not scored")
        self.setAccessibleDescription(
            self.tr(
                "Scale {low} to {high}. Current: {current}. Type a digit, or use the arrow keys and Space. "
                "Delete clears."
            ).format(low=self._min, high=self._max, current=current)
        )


def _blend(base: QColor, top: QColor, amount: float) -> QColor:
    return QColor(
        round(base.red() + (top.red() - base.red()) * amount),
        round(base.green() + (top.green() - base.green()) * amount),
        round(base.blue() + (top.blue() - base.blue()) * amount),
    )
