"""The chair's problem lists in Bahasa Indonesia, with the real compiled gm100_id.qm."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gm100_desktop.domain.event import Conflict, Region, RosterEntry
from gm100_desktop.domain.event_draft import EventDraft
from gm100_desktop.i18n import QT_TRANSLATE_NOOP, message
from gm100_desktop.ui.chair_session import ChairSession
from gm100_desktop.ui.chair_window import ChairWindow
from gm100_desktop.ui.errors import message_text
from gm100_desktop.ui.language import LanguageInstaller

REGIONS = [
    Region("32.73", "Kota Bandung", "Jawa Barat", "kota"),
    Region("32.04", "Kabupaten Bandung", "Jawa Barat", "kabupaten"),
    Region("32.77", "Kota Cimahi", "Jawa Barat", "kota"),
    Region("32.71", "Kota Bogor", "Jawa Barat", "kota"),
]


@pytest.fixture
def indonesian(qapp: QApplication) -> Iterator[LanguageInstaller]:
    languages = LanguageInstaller(qapp)
    assert languages.install("id"), "gm100_id.qm missing: run scripts/build_translations.py"
    yield languages
    for translator in languages.translators:
        qapp.removeTranslator(translator)  # leave the other tests in English


def too_small_with_a_conflict(d: EventDraft) -> None:
    """One panel, one day, two 180-minute slots for four regions; its only assessor conflicts with 32.73."""
    d.name, d.start_date, d.days, d.slot_minutes = "Seleksi GM100 2019", date(2019, 2, 21), 1, 180
    d.set_regions(REGIONS)
    d.invite(g.code for g in REGIONS)
    d.set_roster([RosterEntry("A01", "Rina Hartono", "Universitas Indonesia", "academic", "")])
    d.conflicts = [Conflict("A01", "32.73", "Berdomisili di Kota Bandung")]


def test_an_indonesian_chair_sees_capacity_and_conflict_problems_in_indonesian(
    indonesian: LanguageInstaller, qtbot: QtBot
) -> None:
    window = ChairWindow(ChairSession(), "id")
    qtbot.addWidget(window)
    window.session.apply(too_small_with_a_conflict)
    window.schedule.panels.setValue(1)
    window.schedule.plan()

    left = window.session.check().built.plan.unplaced
    assert len(left) == 2 and "32.73" not in left
    texts = window.schedule.problems.texts()
    [capacity] = [t for t in texts if "sesi paparan (1 panel × 1 hari × 2 sesi sehari" in t]
    assert capacity.startswith("Masalah: 4 daerah, tetapi hanya ada 2 sesi paparan")
    assert f"2 daerah tidak mendapat sesi paparan ({', '.join(left)})" in capacity
    assert "sesi 180 menit dari 08:30 sampai 17:00, istirahat 12:00–13:00" in capacity
    assert "Salah satu dari pilihan berikut sudah mencukupi: 2 hari; 2 panel;" in capacity
    [conflict] = [t for t in texts if "konflik kepentingan dengan seorang asesor di setiap panel" in t]
    assert conflict.startswith("Masalah: Daerah 32.73 Kota Bandung memiliki konflik kepentingan")
    assert "(P1: A01)" in conflict and "tempat A01 tidak dapat menilainya" in conflict
    assert "Panel tidak terhubung" in window.schedule.problems.design.text()
    assert not any("regions" in t or "slot" in t for t in texts)  # nothing left in English

    export = window.export.problems.texts()
    assert capacity in export and conflict in export
    assert not window.export.export_button.isEnabled()


class BrokenTranslator(QTranslator):
    """A translation that lost a placeholder of its source, as a careless translator might leave it."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if source == "Region {code} {name}":
            return "Daerah {kode} {name}"
        return None  # not ours: the real translation answers


def test_a_broken_translation_falls_back_to_english_inside_a_translated_message(
    indonesian: LanguageInstaller, qapp: QApplication
) -> None:
    region = message(
        QT_TRANSLATE_NOOP("GM100Error", "Region {code} {name}"), code="32.73", name="Kota Bandung"
    )
    template = QT_TRANSLATE_NOOP("GM100Error", "{region} has no slot: plan the schedule again.")
    assert message_text(template, {"region": region}) == (
        "Daerah 32.73 Kota Bandung tidak mendapat sesi paparan: rencanakan ulang jadwal."
    )
    broken = BrokenTranslator()
    qapp.installTranslator(broken)  # the last installed is asked first
    try:
        assert message_text(template, {"region": region}) == (
            "Region 32.73 Kota Bandung tidak mendapat sesi paparan: rencanakan ulang jadwal."
        )
    finally:
        qapp.removeTranslator(broken)
