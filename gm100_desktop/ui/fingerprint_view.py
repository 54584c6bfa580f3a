"""A public key's id and fingerprint shown large beside a QR code of both, so two screens compare at a glance.

The QR code holds `GM100-KEY:<key id>:<fingerprint without spaces>` (docs/formats.md): upper case only, so
it fits QR's compact alphanumeric mode (29 × 29 modules). It is drawn black on white in any theme.
"""

from __future__ import annotations

import math

import segno
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPainter, QPaintEvent
from PySide6.QtWidgets import QFormLayout, QFrame, QGridLayout, QLabel, QSizePolicy, QWidget

from gm100_desktop.domain.minisign import PublicKey

QR_PREFIX = "GM100-KEY"
QR_ERROR = "m"  # medium error correction: still reads from a photo of a glossy screen
QUIET_ZONE = 4  # modules of white around the code, as the QR standard asks
MIN_QR_SIDE = 160
NO_KEY = "–"


def fixed_font(scale: float = 1.0, bold: bool = False) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    if scale != 1.0:
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * scale)
    font.setBold(bold)
    return font


def grouped_fingerprint(key: PublicKey) -> str:
    """The 8 groups of the fingerprint on two lines of four, easy to read aloud."""
    groups = key.fingerprint.split()
    return " ".join(groups[:4]) + "\n" + " ".join(groups[4:])


def key_qr_text(key: PublicKey) -> str:
    """The text the QR code holds: the key id and the fingerprint's 32 hex digits."""
    return f"{QR_PREFIX}:{key.key_id_hex}:{key.fingerprint.replace(' ', '')}"


def qr_modules(text: str) -> tuple[bytearray, ...]:
    """The QR code's dark (1) and light (0) modules, row by row, without the quiet zone."""
    return tuple(segno.make_qr(text, error=QR_ERROR, boost_error=False).matrix)


class KeyLabels:
    """A key's id and fingerprint in monospace, selectable; the fingerprint large enough to read aloud."""

    def __init__(self, parent: QWidget) -> None:
        self.key_id = QLabel(parent)
        self.key_id.setFont(fixed_font(1.25, bold=True))
        self.fingerprint = QLabel(parent)
        self.fingerprint.setFont(fixed_font(1.6, bold=True))
        for label in (self.key_id, self.fingerprint):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def add_to(self, form: QFormLayout, key_caption: str, fingerprint_caption: str) -> None:
        form.addRow(key_caption, self.key_id)
        form.addRow(fingerprint_caption, self.fingerprint)

    def set_key(self, key: PublicKey | None) -> None:
        self.key_id.setText(key.key_id_hex if key else NO_KEY)
        self.fingerprint.setText(grouped_fingerprint(key) if key else NO_KEY)
        self.fingerprint.setAccessibleName(key.fingerprint if key else "")


class QrCodeView(QWidget):
    """A QR code painted on whole device pixels per module, centred, as large as the widget allows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._modules: tuple[bytearray, ...] = ()
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def text(self) -> str:
        return self._text

    def set_text(self, text: str) -> None:
        self._text = text
        self._modules = qr_modules(text) if text else ()
        self.update()

    def module_count(self) -> int:
        """Modules per side including the quiet zone; 0 when there is nothing to show."""
        return len(self._modules) + 2 * QUIET_ZONE if self._modules else 0

    def sizeHint(self) -> QSize:
        return QSize(200, 200)

    def minimumSizeHint(self) -> QSize:
        return QSize(MIN_QR_SIDE, MIN_QR_SIDE)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def symbol_rect(self) -> QRect:
        """Where the code and its quiet zone are painted, in device pixels; empty when there is no code."""
        count = self.module_count()
        if not count:
            return QRect()
        ratio = self.devicePixelRatioF()
        side = math.floor(min(self.width(), self.height()) * ratio)
        module = max(1, side // count)
        size = module * count
        left = (math.floor(self.width() * ratio) - size) // 2
        top = (math.floor(self.height() * ratio) - size) // 2
        return QRect(left, top, size, size)

    def paintEvent(self, event: QPaintEvent) -> None:
        area = self.symbol_rect()
        if area.isEmpty():
            return
        module = area.width() // self.module_count()
        painter = QPainter(self)
        painter.scale(1 / self.devicePixelRatioF(), 1 / self.devicePixelRatioF())  # draw in device pixels
        painter.fillRect(area, QColor("white"))
        black = QColor("black")
        origin_x = area.left() + QUIET_ZONE * module
        origin_y = area.top() + QUIET_ZONE * module
        for row, modules in enumerate(self._modules):
            column = 0
            while column < len(modules):  # one rectangle per run of dark modules: no seams between them
                if not modules[column]:
                    column += 1
                    continue
                start = column
                while column < len(modules) and modules[column]:
                    column += 1
                width = (column - start) * module
                painter.fillRect(origin_x + start * module, origin_y + row * module, width, module, black)
        painter.end()


class FingerprintView(QFrame):
    """A key's id and fingerprint in large monospace groups beside their QR code; both sides show the same."""

    def __init__(
        self, parent: QWidget | None = None, *, key_caption: str = "", fingerprint_caption: str = ""
    ) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._key: PublicKey | None = None
        labels = KeyLabels(self)
        self.key_id = labels.key_id
        self.fingerprint = labels.fingerprint
        self.fingerprint.setFont(fixed_font(1.8, bold=True))
        self._labels = labels
        self.qr = QrCodeView(self)
        self.qr.setAccessibleName(self.tr("QR code of the key id and fingerprint"))
        self.qr.setToolTip(
            self.tr("Compare it with the QR code on the other screen: the same key gives the same picture.")
        )
        self.qr.setAccessibleDescription(self.qr.toolTip())

        layout = QGridLayout(self)
        row = 0
        for caption, value in ((key_caption, self.key_id), (fingerprint_caption, self.fingerprint)):
            if row:
                layout.setRowMinimumHeight(row, 8)  # a gap between the key id and the fingerprint
                row += 1
            if caption:
                layout.addWidget(QLabel(caption, self), row, 0)
                row += 1
            layout.addWidget(value, row, 0)
            row += 1
        layout.setRowStretch(row, 1)
        layout.addWidget(self.qr, 0, 2, row + 1, 1)
        layout.setColumnStretch(1, 1)
        layout.setColumnMinimumWidth(1, 12)
        self.set_key(None)

    def key(self) -> PublicKey | None:
        return self._key

    def set_key(self, key: PublicKey | None) -> None:
        """Show `key`, or a dash and no QR code for None."""
        self._key = key
        self._labels.set_key(key)
        self.qr.set_text(key_qr_text(key) if key else "")

    def qr_text(self) -> str:
        """The text in the QR code ("" when no key is shown)."""
        return self.qr.text()
