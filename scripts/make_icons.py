#!/usr/bin/env python3
"""Render the icon set from resources/icons/gm100.svg: PNGs for the icon theme and window, and gm100.ico.

`python scripts/make_icons.py [--check]`: with --check, exit 1 (naming them) when any icon is missing or older
than the SVG, without writing. Rendering uses Qt's SVG renderer offscreen. The .ico is written here (PNG
images inside an ICO directory, read by Windows Vista and later) because Qt's ICO writer keeps one size only.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / "gm100.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
WINDOW_ICON_SIZE = 256  # gm100.png, the window icon of the frozen app


def png_name(size: int) -> str:
    return f"gm100-{size}.png"


def outputs() -> list[Path]:
    return [*(ICONS / png_name(size) for size in PNG_SIZES), ICONS / "gm100.png", ICONS / "gm100.ico"]


def ico_bytes(images: list[tuple[int, bytes]]) -> bytes:
    """An ICO file of (size, PNG bytes) images: the ICONDIR, one ICONDIRENTRY per image, then the PNGs."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = [], []
    for size, png in images:
        if not 1 <= size <= 256 or not png.startswith(b"\x89PNG\r\n\x1a\n"):
            raise ValueError(f"an ICO image must be a PNG of 1 to 256 pixels, not {size}")
        dim = 0 if size == 256 else size  # 0 means 256 in the one-byte fields
        entries.append(struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset))
        blobs.append(png)
        offset += len(png)
    return header + b"".join(entries) + b"".join(blobs)


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn on a transparent size×size image, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # the stubs say bytes; Qt wants str
        raise SystemExit(f"make_icons: could not encode the {size} px PNG")
    buffer.close()
    return bytes(data.data())


def stale() -> list[Path]:
    """Icons missing or older than the SVG."""
    source_time = SOURCE.stat().st_mtime
    return [p for p in outputs() if not p.is_file() or p.stat().st_mtime < source_time]


def make_icons() -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    pngs = {size: render_png(SOURCE, size) for size in sorted({*PNG_SIZES, *ICO_SIZES})}
    written = []
    for size in PNG_SIZES:
        written.append(_write(ICONS / png_name(size), pngs[size]))
    written.append(_write(ICONS / "gm100.png", pngs[WINDOW_ICON_SIZE]))
    written.append(_write(ICONS / "gm100.ico", ico_bytes([(size, pngs[size]) for size in ICO_SIZES])))
    return written


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def main(argv: list[str]) -> int:
    if argv == ["--check"]:
        missing = stale()
        for path in missing:
            print(f"make_icons: {path.relative_to(ROOT)} is missing or older than {SOURCE.name}")
        return 1 if missing else 0
    if argv:
        print(__doc__)
        return 2
    for path in make_icons():
        print(f"make_icons: {path.relative_to(ROOT)} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
