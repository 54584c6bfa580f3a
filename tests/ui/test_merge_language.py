"""The merge window in Bahasa Indonesia: the core's reasons translated, the signed report in English."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gm100_desktop.domain.bundle import build_bundle, read_bundle
from gm100_desktop.domain.merge_intake import Decision
from gm100_desktop.domain.minisign import SecretKey
from gm100_desktop.services.demo_files import DEMO_PASSPHRASE, DemoSummary, write_demo_files
from gm100_desktop.services.identity import load_identity, unlock_identity
from gm100_desktop.ui.language import LanguageInstaller
from gm100_desktop.ui.merge_window import MergeWindow
from ui.merge_support import new_merge_window, open_demo, report, resign, run, shown

REASON_COLUMN = 6


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> DemoSummary:
    return write_demo_files(tmp_path_factory.mktemp("demo"), regions=12, assessors=6, panels=2, kdf_n=1024)


@pytest.fixture
def indonesian(qapp: QApplication) -> Iterator[LanguageInstaller]:
    languages = LanguageInstaller(qapp)
    assert languages.install("id"), "gm100_id.qm missing: run scripts/build_translations.py"
    yield languages
    for translator in languages.translators:
        qapp.removeTranslator(translator)  # leave the other tests in English


def assessor_key(demo: DemoSummary, assessor: str) -> SecretKey:
    path = demo.folder / "assessors" / f"{assessor}.gm100key"
    return unlock_identity(load_identity(path), DEMO_PASSPHRASE).secret


def bundle_of(demo: DemoSummary, assessor: str) -> Path:
    return next(p for p in demo.bundles if f"-{assessor}-" in p.name)


def problem_bundles(demo: DemoSummary, folder: Path) -> tuple[Path, Path, Path, str]:
    """A refused bundle (A002's marks signed with A001's key), a quarantined one (A001 on a new laptop) and
    a late one (A003's sequence 2, created a year later), with a deadline only the late one misses."""
    a001 = assessor_key(demo, "A001")
    source = read_bundle(bundle_of(demo, "A002").read_bytes(), "A002")
    impostor = folder / "impostor.gm100bundle"
    public = a001.public_key()
    content = dataclasses.replace(source.content, key_id=public.key_id_hex, public_key=public.to_base64())
    impostor.write_bytes(build_bundle(content, a001))
    laptop = folder / "A001-new-laptop.gm100bundle"
    resign(bundle_of(demo, "A001"), laptop, sequence=2)
    created = read_bundle(bundle_of(demo, "A003").read_bytes(), "A003").content
    later = f"{int(created.created_at[:4]) + 1}{created.created_at[4:]}"
    late = folder / "A003-late.gm100bundle"
    late.write_bytes(
        build_bundle(dataclasses.replace(created, sequence=2, created_at=later), assessor_key(demo, "A003"))
    )
    deadline = max(read_bundle(p.read_bytes(), p.name).content.created_at[:16] for p in demo.bundles)
    return impostor, laptop, late, deadline


def with_problems(qtbot: QtBot, window: MergeWindow, demo: DemoSummary, folder: Path) -> None:
    open_demo(qtbot, window, demo)
    impostor, laptop, late, deadline = problem_bundles(demo, folder)
    run(qtbot, window, lambda: window.add_paths([impostor, laptop, late]))
    run(qtbot, window, lambda: window.record(Decision("deadline", "", deadline, "closing of day 1")))


def indonesian_window(qtbot: QtBot) -> MergeWindow:
    window = MergeWindow("id")
    qtbot.addWidget(window)
    window.confirm_discard = lambda: True
    return window


def row_of(window: MergeWindow, name: str) -> int:
    return next(i for i, r in enumerate(window.inputs.model.rows) if r["name"] == name)


def test_the_inputs_show_the_reasons_in_bahasa_indonesia(
    qtbot: QtBot, indonesian: LanguageInstaller, demo: DemoSummary, tmp_path: Path
) -> None:
    window = indonesian_window(qtbot)
    with_problems(qtbot, window, demo, tmp_path)
    inputs = {i["name"]: i for i in report(window)["inputs"]}
    assert [
        inputs[n]["state"]
        for n in ("impostor.gm100bundle", "A001-new-laptop.gm100bundle", "A003-late.gm100bundle")
    ] == [
        "refused",
        "quarantined",
        "late",
    ]
    # The signed report keeps the English; the window shows it in Bahasa Indonesia.
    assert inputs["impostor.gm100bundle"]["reason"] == (
        "signed with the key registered for assessor A001, but names assessor A002"
    )
    refused = row_of(window, "impostor.gm100bundle")
    assert shown(window, refused, 1) == "ditolak"
    assert shown(window, refused, REASON_COLUMN) == (
        "ditandatangani dengan kunci yang terdaftar untuk asesor A001, tetapi menyebut asesor A002"
    )
    quarantined = row_of(window, "A001-new-laptop.gm100bundle")
    assert shown(window, quarantined, REASON_COLUMN).startswith("kunci ")
    assert "bukan kunci yang tercatat dalam daftar asesor untuk asesor A001" in shown(
        window, quarantined, REASON_COLUMN
    )
    late = row_of(window, "A003-late.gm100bundle")
    assert shown(window, late, REASON_COLUMN).startswith("dibuat pada ")
    assert "setelah batas waktu" in shown(window, late, REASON_COLUMN)

    assert window.inputs.select_file("impostor.gm100bundle")
    assert "tetapi menyebut asesor A002" in window.inputs.details.text()


def test_the_ranking_rule_and_the_severity_refusal_are_in_bahasa_indonesia(
    qtbot: QtBot, indonesian: LanguageInstaller, demo: DemoSummary
) -> None:
    window = indonesian_window(qtbot)
    open_demo(qtbot, window, demo)
    data = report(window)
    assert data["rule"]["sentence"].startswith("Each criterion is")
    assert window.ranking.rule.text().startswith("Nilai setiap kriteria adalah")
    assert data["severity"]["refused"].startswith("Rater severity cannot be estimated")  # two separate panels
    assert window.severity.heading.text().startswith("Keketatan penilai tidak dapat diperkirakan")
    assert "Kriteria ditandai bila" in window.reliability.heading.text()


def test_in_english_the_window_shows_the_report_text(qtbot: QtBot, demo: DemoSummary, tmp_path: Path) -> None:
    window = new_merge_window(qtbot)
    with_problems(qtbot, window, demo, tmp_path)
    for i, row in enumerate(report(window)["inputs"]):
        assert shown(window, i, REASON_COLUMN) == "; ".join(x for x in (row["reason"], *row["flags"]) if x)
    assert window.ranking.rule.text() == report(window)["rule"]["sentence"]
    assert window.severity.heading.text() == report(window)["severity"]["refused"]
