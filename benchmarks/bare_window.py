"""Baseline of bench_start: a bare QApplication and QMainWindow, shown and closed like gm100 --check."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMainWindow


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare window")
    window.resize(1100, 720)
    window.show()
    app.processEvents()
    shown = window.isVisible()
    window.close()
    app.processEvents()
    return 0 if shown else 1


if __name__ == "__main__":
    sys.exit(main())
