"""The key fingerprint view: key id, fingerprint and QR code alike on the assessor's and the chair's side."""

from __future__ import annotations

import pytest
import segno
from PySide6.QtGui import QColor, QImage, QPalette
from pytestqt.qtbot import QtBot
from signing_support import make_local_assessor

from gm100_desktop.domain.minisign import PublicKey, SecretKey, parse_public_key
from gm100_desktop.ui.fingerprint_view import QUIET_ZONE, FingerprintView

# the example key of docs/formats.md, "Key id and fingerprint"
DOCS_KEY = parse_public_key("RWQW2Kuoqot8DEnq67ZVgP/HKIldhJg43wg5/AwzIw7tYEZU4yo4n/Uo", "docs")
DOCS_QR_TEXT = "GM100-KEY:0C7C8BAAA8ABD816:AB0C8CBF76B3DF0A8C8F86606DF94C81"


@pytest.fixture
def view(qtbot: QtBot) -> FingerprintView:
    shown = FingerprintView(key_caption="Key id:", fingerprint_caption="Fingerprint:")
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def rendered_modules(view: FingerprintView) -> tuple[list[list[int]], list[int]]:
    """The QR code as painted: 1 for each dark module centre, and the colours found in the quiet zone."""
    image: QImage = view.qr.grab().toImage()
    area = view.qr.symbol_rect()
    count = view.qr.module_count()
    module = area.width() / count

    def dark(row: int, column: int) -> int:
        x = int(area.left() + (column + 0.5) * module)
        y = int(area.top() + (row + 0.5) * module)
        return 1 if QColor(image.pixel(x, y)).lightness() < 128 else 0

    grid = [[dark(r, c) for c in range(count)] for r in range(count)]
    quiet = [
        grid[r][c] for r in range(count) for c in range(count) if min(r, c, count - 1 - r, count - 1 - c) < 4
    ]
    inner = [row[QUIET_ZONE : count - QUIET_ZONE] for row in grid[QUIET_ZONE : count - QUIET_ZONE]]
    return inner, quiet


def segno_modules(text: str) -> list[list[int]]:
    return [list(row) for row in segno.make_qr(text, error="m", boost_error=False).matrix]


def test_the_qr_code_holds_the_key_id_and_fingerprint_as_documented(view: FingerprintView) -> None:
    view.set_key(DOCS_KEY)
    assert view.qr_text() == DOCS_QR_TEXT
    assert view.key_id.text() == "0C7C8BAAA8ABD816"
    assert view.fingerprint.text() == "AB0C 8CBF 76B3 DF0A\n8C8F 8660 6DF9 4C81"
    assert view.fingerprint.accessibleName() == "AB0C 8CBF 76B3 DF0A 8C8F 8660 6DF9 4C81"


@pytest.mark.parametrize("side", [160, 233, 400])
def test_the_painted_qr_code_is_segnos_code_for_that_text_with_a_white_quiet_zone(
    view: FingerprintView, qtbot: QtBot, side: int
) -> None:
    view.set_key(DOCS_KEY)
    view.qr.setFixedSize(side, side)
    qtbot.waitUntil(lambda: view.qr.width() == side)
    painted, quiet = rendered_modules(view)
    assert painted == segno_modules(DOCS_QR_TEXT)
    assert set(quiet) == {0}
    assert view.qr.symbol_rect().width() >= side * 0.8  # it grows with the widget


def test_the_qr_code_is_black_on_white_in_a_dark_theme(view: FingerprintView) -> None:
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    view.setPalette(palette)
    view.set_key(DOCS_KEY)
    image = view.qr.grab().toImage()
    colours = {
        QColor(image.pixel(x, y)).name()
        for x in range(view.qr.symbol_rect().left(), view.qr.symbol_rect().right() + 1, 3)
        for y in range(view.qr.symbol_rect().top(), view.qr.symbol_rect().bottom() + 1, 3)
    }
    assert colours == {"#000000", "#ffffff"}
    painted, _quiet = rendered_modules(view)
    assert painted == segno_modules(DOCS_QR_TEXT)


def test_a_new_identity_shows_the_services_fingerprint_and_a_different_key_another_code(
    view: FingerprintView, cheap_keys: None
) -> None:
    me = make_local_assessor()
    described = me.identity.describe()
    view.set_key(me.public_key)
    assert view.key_id.text() == described["key_id"]
    assert view.fingerprint.text().split() == described["fingerprint"].split()
    assert view.qr_text() == f"GM100-KEY:{described['key_id']}:{described['fingerprint'].replace(' ', '')}"
    assert rendered_modules(view)[0] == segno_modules(view.qr_text())

    first = rendered_modules(view)[0]
    other: PublicKey = SecretKey.generate().public_key()
    view.set_key(other)
    assert view.key() == other
    assert rendered_modules(view)[0] == segno_modules(view.qr_text()) != first


def test_without_a_key_only_dashes_show_and_no_qr_code_is_painted(view: FingerprintView) -> None:
    view.set_key(DOCS_KEY)
    view.set_key(None)
    assert view.key() is None
    assert view.qr_text() == ""
    assert view.key_id.text() == view.fingerprint.text() == "–"
    assert view.fingerprint.accessibleName() == ""
    assert view.qr.symbol_rect().isEmpty()
    image = view.qr.grab().toImage()
    background = view.qr.palette().color(QPalette.ColorRole.Window).name()
    assert {
        QColor(image.pixel(x, y)).name() for x in range(0, image.width(), 7) for y in (image.height() // 2,)
    } == {background}


def test_the_qr_code_is_at_least_160_pixels_and_named_for_screen_readers(view: FingerprintView) -> None:
    view.set_key(DOCS_KEY)
    assert view.qr.width() >= 160 and view.qr.height() >= 160
    assert view.qr.minimumSizeHint().width() >= 160
    assert view.qr.accessibleName() == "QR code of the key id and fingerprint"
    assert "other screen" in view.qr.accessibleDescription()
