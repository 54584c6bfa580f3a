#!/usr/bin/env python3
"""Regenerate the quick-start screenshots of the scoring window, in Bahasa Indonesia and English.

Offscreen, in a private temporary data folder, with the clock frozen during the 10:30–11:15 slot of
35.10 Kabupaten Banyuwangi on the first demo day (21 February 2019, WIB), about half of the criteria scored.
Usage: .venv/bin/python scripts/take_screenshots.py [--out docs/images] [--lang id en]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["TZ"] = "Asia/Jakarta"  # the venue's time zone, so saved times read like the schedule
if hasattr(time, "tzset"):
    time.tzset()

DEMO_DAY = date(2019, 2, 21)
NOW = datetime(2019, 2, 21, 10, 40, 26)  # local (WIB), 10 minutes into the 35.10 slot
SIZE = (1366, 768)  # the most common laptop screen at the venue
REGION = "35.10"
# What an assessor might have typed by ten minutes into Banyuwangi's presentation.
SCORES: list[tuple[str, int, str]] = [
    ("INF1", 4, "Fiber optik sudah menjangkau 25 kecamatan; Wi-Fi publik di kantor desa."),
    ("INF2", 3, "Ruang server di Diskominfo, belum ada pusat data cadangan (DRC)."),
    ("INF3", 5, "Program Smart Kampung terintegrasi dengan layanan adminduk daring di semua desa."),
    ("INF4", 3, ""),
    ("INF5", 4, "Anggaran TIK sekitar 2% APBD dan naik setiap tahun."),
    ("SUP1", 4, "Perbup SPBE sudah terbit; perda smart city masih rancangan."),
    ("SUP2", 3, ""),
]
REGION_NOTE = "Paparan disampaikan langsung oleh Bupati; data pendukung lengkap."


def saved_times() -> Iterator[datetime]:
    """Naive UTC times a few seconds apart, ending just before NOW (as the store would record them)."""
    start = NOW.astimezone(UTC).replace(tzinfo=None) - timedelta(minutes=8)
    step = 0
    while True:
        yield start + timedelta(seconds=35 * step)
        step += 1


def take(language: str, out: Path) -> Path:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from gm100_desktop.models.store import open_store
    from gm100_desktop.services import demo, scoring
    from gm100_desktop.settings import Settings
    from gm100_desktop.ui.controller import ScoringController
    from gm100_desktop.ui.language import LanguageInstaller
    from gm100_desktop.ui.main_window import AssessorWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    clock = saved_times()
    scoring.now_utc = lambda: next(clock)  # saved times frozen too, so the image is reproducible
    data = Path(tempfile.mkdtemp(prefix="gm100-screenshots-"))
    os.environ["GM100_DATA_DIR"] = str(data)
    store = open_store(data / "gm100.sqlite3")
    try:
        with store.transaction() as session:
            demo.ensure_demo_event(session, today=DEMO_DAY)
        languages = LanguageInstaller(app)
        if not languages.install(language):
            raise SystemExit(f"take_screenshots: gm100_{language}.qm is missing")
        controller = ScoringController(store)
        window = AssessorWindow(controller, Settings(), languages, now=lambda: NOW, remember=False)
        window.resize(*SIZE)
        window.show()
        window.activateWindow()
        app.processEvents()  # the window must be active before focus moves inside it
        # the reader's own folder, not the random temporary one (it would change every run)
        window.store_label.setText(str(Path("~/.local/share/GM100Assessor/gm100.sqlite3")))
        window.open_region(REGION)
        for criterion, value, note in SCORES:  # typed as an assessor would: a digit, then the note
            row = window.form.row(criterion)
            QTest.keyClick(row.selector, Qt.Key(Qt.Key.Key_0.value + value))
            if note:
                row.note.setPlainText(note)
                row.flush_note()
        window.form.region_note.setPlainText(REGION_NOTE)
        window.form.flush_pending()
        window.form.focus_first_criterion()  # the next criterion to score; the guide shows its levels
        for _ in range(5):
            app.processEvents()
        unscored = next(c for c in window.form.criterion_ids() if window.form.row(c).value() is None)
        window.form._scroll_area.ensureWidgetVisible(window.form.row(unscored), 0, 0)
        app.processEvents()
        path = out / f"scoring_{language}.png"
        if not window.grab().save(str(path), "PNG"):
            raise SystemExit(f"take_screenshots: could not write {path}")
        window.schedule.timer.stop()
        window.close()
        for translator in languages.translators:
            app.removeTranslator(translator)
        app.processEvents()
        return path
    finally:
        store.close()
        shutil.rmtree(data, ignore_errors=True)


def shrink(path: Path) -> None:
    """Quantise to a palette with ImageMagick when it is installed (screenshots need few colours)."""
    tool = shutil.which("convert")
    if tool:
        subprocess.run(
            [tool, str(path), "-strip", "-colors", "256", "-define", "png:compression-level=9", str(path)],
            check=True,
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images")
    parser.add_argument("--lang", nargs="+", default=["id", "en"], choices=["id", "en"])
    args = parser.parse_args(argv)
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_translations.py")], check=True)
    args.out.mkdir(parents=True, exist_ok=True)
    for language in args.lang:
        path = take(language, args.out)
        shrink(path)
        print(f"take_screenshots: {path} ({path.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
