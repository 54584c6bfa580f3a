#!/usr/bin/env python3
"""Regenerate the user guide's screenshots (docs/images/guide/NAME_LANG.png), in Bahasa Indonesia and English.

Each window or dialog is built offscreen with practice data in a private temporary data folder: the assessor's
side on the demo event as a chair-signed package (clock frozen at 10:40 WIB on 21 February 2019), the chair's
workspace on a draft of the same twelve regions, and the merge on `gm100 demo` files (24 regions, 8 assessors,
2 rotating panels) with one bundle of each state. Every language runs in its own process so that nothing of
one leaks into the other. Usage:
    .venv/bin/python scripts/take_guide_screenshots.py [--out docs/images/guide] [--lang id en] [--only NAME…]
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from datetime import time as dt_time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["TZ"] = "Asia/Jakarta"  # the venue's time zone, so saved times read like the schedule
os.environ["GM100_KDF_N"] = "1024"  # cheap keys: the pictures do not need a quarter second per unlock
if hasattr(time, "tzset"):
    time.tzset()

DAY = date(2019, 2, 21)
NOW = datetime(2019, 2, 21, 10, 40, 26)  # local (WIB), 10 minutes into the 35.10 slot
SIZE = (1366, 768)  # the most common laptop screen at the venue
PASSPHRASE = "kopi tubruk pagi hari"
EVENT_ID = "gm100-2019"
EVENT_NAME = "Penilaian Gerakan Menuju 100 Smart City 2019"
# Where the pictures say files are: the reader's own folders, not the random temporary ones.
SHOWN_DATA = "~/.local/share/GM100Assessor"
SHOWN_USB = "/media/rina/USB"
SHOWN_CHAIR_USB = "/media/ketua/USB"
REGION = "35.10"
SCORES: list[tuple[str, int, str]] = [
    ("INF1", 4, "Fiber optik sudah menjangkau 25 kecamatan; Wi-Fi publik di kantor desa."),
    ("INF2", 3, "Ruang server di Diskominfo, belum ada pusat data cadangan (DRC)."),
    ("INF3", 5, "Program Smart Kampung terintegrasi dengan layanan adminduk daring di semua desa."),
    ("INF4", 3, ""),
    ("INF5", 4, "Anggaran TIK sekitar 2% APBD dan naik setiap tahun."),
    ("SUP1", 4, "Perbup SPBE sudah terbit; perda smart city masih rancangan."),
    ("SUP2", 3, ""),
]
REST: list[tuple[str, int, str]] = [
    ("SUP3", 3, ""),
    ("SUP4", 4, ""),
    ("SUP5", 3, ""),
    ("VIS1", 4, ""),
    ("VIS2", 5, "Bupati memaparkan sendiri visi Banyuwangi Smart Kampung dengan target yang terukur."),
    ("VIS3", 4, ""),
    ("VIS4", 4, ""),
    ("VIS5", 3, ""),
]
REGION_NOTE = "Paparan disampaikan langsung oleh Bupati; data pendukung lengkap."
ROSTER_CSV = (
    "assessor_id,name,institution,panel,role\n"
    "A01,Dr. Rina Hartono,Institut Teknologi Bandung,P1,academic\n"
    "A02,Budi Santoso,Kementerian Komunikasi dan Informatika,P1,government\n"
    "A03,Sari Wulandari,IKTII,P1,practitioner\n"
    "A04,Agus Prasetyo,Universitas Indonesia,P2,academic\n"
    "A05,Dewi Lestari,Bappenas,P2,government\n"
    "A06,Hendra Gunawan,Asosiasi Pengusaha TIK,P2,practitioner\n"
)


# ---- helpers -------------------------------------------------------------------------------------------


def saved_times() -> Iterator[datetime]:
    """Naive UTC times a few seconds apart, ending just before NOW (as the store would record them)."""
    start = NOW.astimezone(UTC).replace(tzinfo=None) - timedelta(minutes=9)
    step = 0
    while True:
        yield start + timedelta(seconds=12 * step)
        step += 1


def settle(rounds: int = 6) -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(rounds):
        QApplication.processEvents()


def wait(signal: Any, start: Callable[[], object], timeout_ms: int = 60000) -> None:
    """Run `start` and wait until `signal` fires (a merge run ends)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    if start() is False:
        raise SystemExit("take_guide_screenshots: a merge run did not start")
    loop.exec()
    signal.disconnect(loop.quit)
    settle()


def shrink(path: Path) -> None:
    """Quantise to a palette with ImageMagick when it is installed (screenshots need few colours)."""
    tool = shutil.which("convert")
    if tool:
        subprocess.run(
            [
                tool,
                str(path),
                "-strip",
                "-colors",
                "256",
                "-define",
                "png:compression-level=9",
                f"PNG8:{path}",
            ],
            check=True,
        )


class Shots:
    """Saves widgets as docs/images/guide/NAME_LANG.png."""

    def __init__(self, out: Path, language: str, only: set[str]) -> None:
        self.out, self.language, self.only = out, language, only
        self.taken: list[Path] = []

    def wanted(self, name: str) -> bool:
        return not self.only or name in self.only

    def save(self, name: str, widget: Any) -> None:
        if not self.wanted(name):
            return
        settle()
        path = self.out / f"{name}_{self.language}.png"
        if not widget.grab().save(str(path), "PNG"):
            raise SystemExit(f"take_guide_screenshots: could not write {path}")
        shrink(path)
        self.taken.append(path)
        print(f"take_guide_screenshots: {path.relative_to(ROOT)} ({path.stat().st_size // 1024} KB)")


# ---- the assessor's side ----------------------------------------------------------------------------


def signed_event(folder: Path, assessor_key: Any) -> tuple[Path, Any]:
    """The demo event as the chair would hand it out: its own id and name, A01's key in the roster."""
    from gm100_desktop.services import demo
    from gm100_desktop.services import event_package as ep
    from gm100_desktop.services.identity import create_identity

    base, _ = demo.demo_event(DAY)
    roster = tuple(
        dataclasses.replace(a, public_key=assessor_key.to_base64()) if a.assessor_id == "A01" else a
        for a in base.roster
    )
    definition = dataclasses.replace(base, event_id=EVENT_ID, name=EVENT_NAME, version=1, roster=roster)
    chair = create_identity(
        folder / "chair.gm100key", role="chair", name="Ketua Panel GM100", passphrase="ketua panel 2019"
    )
    path = folder / f"{EVENT_ID}-v1.gm100event"
    ep.write_event_package(definition, chair, path)
    return path, chair


def assessor_side(shots: Shots, work: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from gm100_desktop import paths
    from gm100_desktop.models.store import open_store
    from gm100_desktop.services import demo, scoring
    from gm100_desktop.services.identity import identity_path, load_identity, unlock_identity
    from gm100_desktop.settings import Settings
    from gm100_desktop.ui.controller import ScoringController
    from gm100_desktop.ui.crash_dialog import CrashDialog, CrashReport
    from gm100_desktop.ui.export_dialog import ExportDialog
    from gm100_desktop.ui.first_run_wizard import FirstRunWizard
    from gm100_desktop.ui.language import LanguageInstaller
    from gm100_desktop.ui.main_window import AssessorWindow
    from gm100_desktop.ui.reopen_dialog import ReopenDialog
    from gm100_desktop.ui.workspaces import Workspaces

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    language = shots.language
    clock = saved_times()
    scoring.now_utc = lambda: next(clock)  # saved times frozen too, so the pictures are reproducible
    store = open_store(paths.store_path())
    with store.transaction() as session:
        demo.ensure_demo_event(session, today=DAY)
    languages = LanguageInstaller(app)
    languages.install(language)
    controller = ScoringController(store)
    try:
        # the first-run assistant, page by page
        wizard = FirstRunWizard(controller, Settings(language=language), languages, remember=False)
        wizard.resize(720, 560)
        wizard.show()
        settle()
        shots.save("wizard_language", wizard)
        wizard.next()
        form = wizard.identity_page.dialog
        assert form is not None
        form.name_edit.setText("Dr. Rina Hartono")
        form.institution_edit.setText("Institut Teknologi Bandung")
        form.assessor_id_edit.setText("A01")
        form.passphrase_edit.setText(PASSPHRASE)
        form.again_edit.setText(PASSPHRASE)
        settle()
        shots.save("wizard_identity", wizard)
        wizard.next()  # creates the identity
        settle()
        shown = wizard.fingerprint_page.dialog
        assert shown is not None
        shown.facts["file"].setText(f"{SHOWN_DATA}/identity/assessor.gm100key")
        shown.facts["created"].setText(
            "2019-02-20 09:12"
        )  # the day before, not the day the pictures were taken
        shots.save("wizard_fingerprint", wizard)
        wizard.next()
        identity = load_identity(identity_path("assessor"))
        package, _chair = signed_event(work, identity.public_key)
        dialog = wizard.event_page.choose(package)
        assert dialog is not None
        dialog.compared.setChecked(True)
        settle()
        shots.save("wizard_event", wizard)
        wizard.next()  # imports the package
        settle()
        wizard.button(wizard.WizardButton.FinishButton).click()
        settle()

        # the day's scoring, in the main window of the imported event
        window = AssessorWindow(
            controller, Settings(language=language), languages, now=lambda: NOW, remember=False
        )
        workspaces = Workspaces(window, Settings(language=language), languages, remember=False)
        window.resize(*SIZE)
        window.show()
        window.activateWindow()
        settle()
        window.store_label.setText(f"{SHOWN_DATA}/gm100.sqlite3")
        window.open_region(REGION)
        for criterion, value, note in SCORES:
            row = window.form.row(criterion)
            QTest.keyClick(row.selector, Qt.Key(Qt.Key.Key_0.value + value))
            if note:
                row.note.setPlainText(note)
                row.flush_note()
        window.form.region_note.setPlainText(REGION_NOTE)
        window.form.flush_pending()
        window.form.focus_first_criterion()
        settle()
        unscored = next(c for c in window.form.criterion_ids() if window.form.row(c).value() is None)
        window.form._scroll_area.ensureWidgetVisible(window.form.row(unscored), 0, 0)
        shots.save("scoring", window)

        # the rest scored, finalised: then reopened with a reason
        for criterion, value, note in REST:
            row = window.form.row(criterion)
            QTest.keyClick(row.selector, Qt.Key(Qt.Key.Key_0.value + value))
            if note:
                row.note.setPlainText(note)
                row.flush_note()
        window.form.flush_pending()
        window.finalise_current()
        settle()
        window.form._scroll_area.verticalScrollBar().setValue(0)
        shots.save("finalised", window)
        region = controller.context.regions[REGION]
        reopen = ReopenDialog(f"{REGION} {region.name}", window)
        reopen.reason_edit.setText(
            "Diubah setelah diskusi panel" if language == "id" else "Changed after the panel discussion"
        )
        reopen.show()
        shots.save("reopen", reopen)
        reopen.close()

        # the export to the USB stick
        usb = work / "usb"
        usb.mkdir()
        unlocked = unlock_identity(identity, PASSPHRASE)
        settings = Settings(language=language, last_export_dir=str(usb))
        export = ExportDialog(
            controller, identity, settings, unlock=lambda _parent, _identity: unlocked, parent=window
        )
        export.show()
        result = export.export()
        assert result is not None, "the export failed"
        export.folder_edit.setText(SHOWN_USB)
        shots.save("export", export)
        export.close()

        # what the app shows when something unexpected goes wrong
        crash = CrashDialog(
            CrashReport("OSError", "[Errno 5] Input/output error", "Traceback (most recent call last): …"),
            Path(f"{SHOWN_DATA.replace('share', 'state')}/log/gm100.log"),
            window,
        )
        crash.show()
        shots.save("crash", crash)
        crash.close()
        window.schedule.timer.stop()
        window.close()
        del workspaces
    finally:
        for translator in languages.translators:
            app.removeTranslator(translator)
        store.close()


# ---- the chair's workspace ----------------------------------------------------------------------------


def chair_side(shots: Shots, work: Path) -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow, QMenu

    from gm100_desktop.domain.minisign import SecretKey
    from gm100_desktop.services import demo
    from gm100_desktop.services import event_draft as drafts
    from gm100_desktop.services.identity import create_identity, identity_path
    from gm100_desktop.settings import Settings
    from gm100_desktop.ui.chair_enrol_dialog import EnrolKeyDialog
    from gm100_desktop.ui.language import LanguageInstaller
    from gm100_desktop.ui.workspaces import Workspaces

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    language = shots.language
    languages = LanguageInstaller(app)
    languages.install(language)
    try:
        base, _ = demo.demo_event(DAY)
        # all 514 regions when the shared list is there (as a chair would import them), else the demo's
        regions = ROOT.parent / "shared" / "data" / "regions_id.csv"
        if not regions.is_file():
            regions = work / "regions.csv"
            regions.write_text(
                "code,name,province,kind\n"
                + "".join(f"{g.code},{g.name},{g.province},{g.kind}\n" for g in base.regions),
                encoding="utf-8",
            )
        roster = work / "roster.csv"
        roster.write_text(ROSTER_CSV, encoding="utf-8")
        assessor = (
            QMainWindow()
        )  # stands in for the assessor window: the chair window gets its Workspace menu
        assessor.menuBar().addMenu(QMenu("&Help", assessor))
        workspaces = Workspaces(assessor, Settings(language=language), languages, remember=False)
        window = workspaces.chair_window()
        session = window.session
        window.draft_label.setText(f"{SHOWN_DATA}/chair/draft.json")
        window.resize(*SIZE)

        def prepare(d: Any) -> None:
            drafts.import_regions(d, regions)
            invited = {g.code for g in base.regions}
            invited |= {g.code for g in d.regions if g.province == "Jawa Barat"}
            d.invite(sorted(invited))
            drafts.import_roster(d, roster)
            d.name, d.venue = "Seleksi GM100 2019", "Pusat TIK Nasional Kominfo, Ciputat"
            d.start_date, d.days = DAY, 2
            d.slot_minutes, d.gap_minutes = 45, 0  # 14:45–15:30, as in the real selection
            d.day_end = dt_time(17, 30)
            d.add_conflict("A01", "32.73", "Alumni Pemkot Bandung")
            d.add_conflict("A05", "73.71", "Berasal dari daerah ini")
            d.set_panel("P1", "Panel 1", "Ruang Nusantara A")
            d.set_panel("P2", "Panel 2", "Ruang Nusantara B")

        session.apply(prepare)
        keys = {aid: SecretKey.generate().public_key() for aid in ("A01", "A02", "A03", "A04", "A05")}
        for aid, key in keys.items():
            session.apply(
                lambda d, aid=aid, key=key: drafts.enrol_key(
                    d, aid, key.to_file(), f"{aid}.pub", key.fingerprint
                )
            )
        window.show()
        settle()
        window.tabs.setCurrentWidget(window.regions)
        window.regions.set_province("Jawa Barat")
        shots.save("chair_regions", window)
        window.regions.set_province("")
        window.tabs.setCurrentWidget(window.roster)
        window.roster.select("A06")
        shots.save("chair_roster", window)

        key = SecretKey.generate().public_key()
        enrol = EnrolKeyDialog(session, "A06", window)
        enrol.key_edit.setPlainText(key.to_file())
        enrol.source = "A06.pub"
        enrol.typed.setText(key.fingerprint)
        enrol.show()
        shots.save("chair_enrol", enrol)
        enrol.accept()

        window.tabs.setCurrentWidget(window.schedule)
        window.schedule.set_plan(2, 2, rotation=True)
        window.schedule.plan()
        settle()
        shots.save("chair_schedule", window)

        chair = create_identity(
            identity_path("chair"), role="chair", name="Ketua Panel GM100", passphrase="ketua panel 2019"
        )
        window.tabs.setCurrentWidget(window.export)
        out = work / "chair-usb" / "seleksi-gm100-2019-v1.gm100event"
        out.parent.mkdir()
        window.export.choose_file = lambda *_args: out
        window.export.unlock = lambda *_args: chair
        result = window.export.export()
        assert result is not None, "the chair's export failed"
        window.export.result.setText(window.export.result.text().replace(str(out.parent), SHOWN_CHAIR_USB))
        shots.save("chair_export", window)
        window.close()
    finally:
        for translator in languages.translators:
            app.removeTranslator(translator)


# ---- the merge ----------------------------------------------------------------------------------------


def merge_files(folder: Path) -> tuple[Any, Path, list[Any]]:
    """`gm100 demo` files dated at the venue, and one extra bundle of every state the merge shows."""
    from gm100_desktop.domain.bundle import build_bundle, read_bundle
    from gm100_desktop.domain.minisign import SecretKey
    from gm100_desktop.services.bundle_export import default_bundle_name
    from gm100_desktop.services.demo_files import DEMO_PASSPHRASE, write_demo_files
    from gm100_desktop.services.identity import load_identity, unlock_identity

    regions_file = ROOT.parent / "shared" / "data" / "regions_id.csv"
    demo = write_demo_files(
        folder / "demo",
        regions=24,
        assessors=8,
        panels=2,
        rotate=True,
        seed=13,  # a seed whose assessors left few regions unfinished: most regions can be ranked
        kdf_n=1024,
        regions_file=regions_file if regions_file.is_file() else None,
    )
    usb = folder / "USB"
    usb.mkdir()
    secrets = {
        p.stem: unlock_identity(load_identity(p), DEMO_PASSPHRASE).secret
        for p in demo.identities
        if p.parent.name == "assessors"
    }
    contents = {}
    for i, path in enumerate(demo.bundles):
        bundle = read_bundle(path.read_bytes(), path.name)
        aid = bundle.content.assessor_id
        contents[aid] = bundle.content
        if aid == "A008":
            continue  # this laptop died on day 2: its sheets come on paper
        # exported at the end of day 2, venue time 16:10 onwards (UTC in the bundle)
        content = dataclasses.replace(bundle.content, created_at=f"2019-02-22T09:{10 + 3 * i:02d}:00.000000")
        (usb / path.name).write_bytes(build_bundle(content, secrets[aid]))
    # A002 exported again after a correction: the later sequence supersedes the first
    again = dataclasses.replace(contents["A002"], sequence=2, created_at="2019-02-22T09:55:00.000000")
    (usb / default_bundle_name(again.event_id, "A002", 2)).write_bytes(build_bundle(again, secrets["A002"]))
    # A003's bundle copied twice onto the stick
    first = next(usb.glob("*A003-0001.gm100bundle"))
    shutil.copyfile(first, usb / "salinan-A003.gm100bundle")
    # A004 exported after the deadline (17:00 WIB = 10:00 UTC)
    late = dataclasses.replace(contents["A004"], sequence=2, created_at="2019-02-22T11:25:00.000000")
    (usb / default_bundle_name(late.event_id, "A004", 2)).write_bytes(build_bundle(late, secrets["A004"]))
    # A005 scored on a borrowed laptop: a key the roster does not hold
    key = SecretKey.generate()
    public = key.public_key()
    moved = dataclasses.replace(
        contents["A005"],
        key_id=public.key_id_hex,
        public_key=public.to_base64(),
        sequence=2,
        created_at="2019-02-22T09:50:00.000000",
    )
    (usb / "A005-laptop-pinjaman.gm100bundle").write_bytes(build_bundle(moved, key))
    # a damaged copy of A006's bundle
    data = bytearray(next(usb.glob("*A006-0001.gm100bundle")).read_bytes())
    data[len(data) // 2] ^= 0x01
    (usb / "A006-rusak.gm100bundle").write_bytes(bytes(data))
    return demo, usb, [contents["A008"]]


def paper_entries(missing: Any) -> tuple[list[Any], tuple[str, str, int, str]]:
    """A008's finalised sheets typed twice by two people, one score mistyped once; and that slip's
    region, criterion and the value on paper."""
    from gm100_desktop.domain.paper import PaperEntry

    entries = []
    slip = ("", "", 0, "")
    done = [g for g in missing.regions if g.state == "finalised"]
    for n, region in enumerate(done):
        for typist in ("Yusuf (sekretariat)", "Ratna (sekretariat)"):
            for score in region.scores:
                if score.value is None:
                    continue
                value = score.value
                if n == 1 and typist.startswith("Ratna") and score.criterion == "SUP2":
                    slip = (region.code, score.criterion, value, score.note)
                    value = 1 if value != 1 else 2  # a typing slip: shown as a mismatch
                entries.append(
                    PaperEntry(missing.assessor_id, region.code, score.criterion, value, score.note, typist)
                )
    return entries, slip


def merge_side(shots: Shots, work: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from gm100_desktop.domain.merge_intake import Decision
    from gm100_desktop.domain.minisign import parse_public_key
    from gm100_desktop.services.demo_files import DEMO_PASSPHRASE
    from gm100_desktop.services.identity import load_identity, unlock_identity
    from gm100_desktop.ui.chair_paper_dialog import PaperEntryDialog
    from gm100_desktop.ui.decision_dialog import DecisionDialog
    from gm100_desktop.ui.language import LanguageInstaller
    from gm100_desktop.ui.merge_export_dialog import ExportRankingDialog
    from gm100_desktop.ui.merge_inputs_view import PinKeyPanel
    from gm100_desktop.ui.merge_window import MergeWindow

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    language = shots.language
    languages = LanguageInstaller(app)
    languages.install(language)
    id_text = language == "id"
    try:
        demo, usb, (missing,) = merge_files(work)
        window = MergeWindow(language)
        window.confirm_discard = lambda: True
        window.resize(*SIZE)
        window.show()
        settle()
        window.resize(960, 420)  # the start page is a few lines: no need for the whole screen
        shots.save("merge_start", window)
        window.resize(*SIZE)
        wait(window.model.finished, lambda: window.new_from_package(demo.event_file))
        wait(window.model.finished, lambda: window.add_paths([usb]))
        wait(
            window.model.finished,
            lambda: window.record(
                Decision(
                    "deadline",
                    "",
                    "2019-02-22T10:00",
                    "Batas penyerahan berkas diumumkan di awal hari 2"
                    if id_text
                    else "Deadline announced at the start of day 2",
                )
            ),
        )
        window.tabs.setCurrentWidget(window.inputs)
        window.inputs.select_file("A005-laptop-pinjaman.gm100bundle")
        shots.save("merge_inputs", window)

        # pinning the borrowed laptop's key: the dialog the chair fills in
        inputs = window.inputs
        row = inputs.selected()
        assert row is not None
        session = window.model.session
        assert session is not None
        record = next(f.record for f in session.inputs if f.sha256 == row["sha256"] and f.record)
        entry = next(a for a in session.event.definition.roster if a.assessor_id == "A005")
        panel = PinKeyPanel(row, entry.public_key)
        panel.key_view.set_key(parse_public_key(record.public_key, str(row["name"])))
        pin = DecisionDialog(
            window,
            inputs.tr("Pin a key to an assessor"),
            inputs.tr(
                "The bundle {file} is signed with a key the roster does not hold for assessor {assessor}. "
                "Pinning counts this key as {assessor}'s key in this merge."
            ).format(file=row["name"], assessor="A005"),
            extra=panel,
            confirm=inputs.tr("I &compared this fingerprint with the one on the assessor's own laptop"),
        )
        pin.reason_edit.setPlainText(
            "Sidik jari dibacakan A005 dari laptop pinjaman; semua kelompok cocok"
            if id_text
            else "Fingerprint read aloud by A005 from the borrowed laptop; every group matches"
        )
        assert pin.confirm_box is not None
        pin.confirm_box.setChecked(True)
        pin.show()
        shots.save("merge_pin", pin)
        reason = pin.reason()
        pin.close()
        wait(
            window.model.finished,
            lambda: window.record(Decision("pin_key", record.public_key, "A005", reason)),
        )

        # A008's paper sheets, typed twice; a third person types the one score the two typed differently
        entries, (code, criterion, value, note) = paper_entries(missing)
        paper = PaperEntryDialog(session.event.definition, entries, language, window)
        paper.show()
        settle()
        paper.typist.setText("Indah (sekretariat)")
        paper.set_sheet("A008", code)
        paper._select_sheet("A008", code)
        paper.rows[criterion].score.setText(str(value))
        paper.rows[criterion].note.setText(note)
        paper.rows[criterion].score.setFocus()
        shots.save("merge_paper", paper)
        paper.save_sheet()
        entries = paper.entries()
        paper.close()
        wait(window.model.finished, lambda: window.model.set_paper(entries))

        window.tabs.setCurrentWidget(window.completeness)
        shots.save("merge_completeness", window)

        # the chair's choices on the ranking, each with a reason
        wait(
            window.model.finished,
            lambda: window.record(
                Decision(
                    "top_n",
                    "",
                    "10",
                    "Kuota pendampingan tahap ini" if id_text else "Places available this round",
                )
            ),
        )
        report = window.model.outcome.report if window.model.outcome else {}
        excluded = list(report.get("excluded", []))
        if excluded:
            wait(
                window.model.finished,
                lambda: window.record(
                    Decision(
                        "include_region",
                        excluded[0],
                        "",
                        "Satu kriteria terlewat karena listrik padam; diputuskan rapat panel"
                        if id_text
                        else "One criterion missed during a power cut; decided by the panel meeting",
                    )
                ),
            )
        window.tabs.setCurrentWidget(window.ranking)
        settle()
        ranked = [str(r["region_code"]) for r in window.ranking.model.rows]
        if excluded and excluded[0] in ranked:  # the included region in sight, with the cut line
            model = window.ranking.model
            window.ranking.table.scrollTo(
                model.index(ranked.index(excluded[0]), 0), window.ranking.table.ScrollHint.PositionAtBottom
            )
        shots.save("merge_ranking", window)
        window.tabs.setCurrentWidget(window.reliability)
        shots.save("merge_reliability", window)

        # the signed ranking, with CSV and XLSX
        outcome = window.model.outcome
        assert outcome is not None
        export = ExportRankingDialog(
            session if window.model.session is None else window.model.session,
            outcome.report,
            language,
            window,
        )
        chair = load_identity(demo.chair_key)
        export.chair_identity = lambda: chair
        export.unlock = lambda *_args: unlock_identity(chair, DEMO_PASSPHRASE)
        target = work / "hasil"
        export.folder.setText(str(target))
        written = export.export()
        assert written, "the ranking export failed"
        export.folder.setText(f"{SHOWN_CHAIR_USB}/hasil")
        export.result_label.setText(
            export.result_label.text().replace(str(target), f"{SHOWN_CHAIR_USB}/hasil")
        )
        export.show()
        shots.save("merge_export", export)
        export.close()
        window.close()
    finally:
        for translator in languages.translators:
            app.removeTranslator(translator)


# ---- running ------------------------------------------------------------------------------------------


def child(language: str, out: Path, only: set[str]) -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    shots = Shots(out, language, only)
    for part in (assessor_side, chair_side, merge_side):
        data = Path(tempfile.mkdtemp(prefix="gm100-guide-"))
        os.environ["GM100_DATA_DIR"] = str(data / "data")
        try:
            part(shots, data)
        finally:
            shutil.rmtree(data, ignore_errors=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images" / "guide")
    parser.add_argument("--lang", nargs="+", default=["id", "en"], choices=["id", "en"])
    parser.add_argument("--only", nargs="*", default=[], help="only these pictures (names without _LANG.png)")
    parser.add_argument("--child", choices=["id", "en"], help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.child:
        return child(args.child, args.out.resolve(), set(args.only))
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_translations.py")], check=True)
    for language in args.lang:
        command = [
            sys.executable,
            __file__,
            "--child",
            language,
            "--out",
            str(args.out),
            "--only",
            *args.only,
        ]
        subprocess.run(command, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
