"""`gm100 sheets` through its own parser: verified input, atomic output, clear refusals and exit codes."""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

import pytest
from test_sheets_support import SheetDemo, make_demo, page_count, pdf_text

from gm100_desktop.cli_sheets import SHEET_KINDS, add_sheets_parser, run_sheets
from gm100_desktop.services.sheets import KINDS, SheetRequest, build_sheets


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> SheetDemo:
    return make_demo(tmp_path_factory.mktemp("sheets-cli-demo"))


def sheets(*argv: str | Path) -> int:
    """Run `gm100 sheets ARGV` as the lead's cli.py will: a top-level parser with --lang, then run_sheets."""
    parser = argparse.ArgumentParser(prog="gm100")
    parser.add_argument("--lang", choices=("id", "en"))
    add_sheets_parser(parser.add_subparsers(dest="command"))
    return run_sheets(parser.parse_args([str(a) for a in argv]))


def test_the_kinds_match_the_service() -> None:
    assert SHEET_KINDS == KINDS


def test_assessor_sheets_from_a_folder_of_bundles(
    demo: SheetDemo, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "assessor.pdf"
    assert sheets("sheets", "--event", demo.event_file, demo.folder / "bundles", "--out", out) == 0
    said = capsys.readouterr().out
    sheets_count = sum(1 for s in demo.event.schedule for _ in demo.event.seated(s.panel_id, s.start))
    assert f"{sheets_count} sheet(s)" in said and str(out) in said
    text = pdf_text(out)
    assert "Lembar Nilai Asesor" in text  # Bahasa Indonesia unless asked otherwise
    for record in demo.records:
        assert record.content.key_id in text and record.bundle_sha256[:16] in text
    assert not [p for p in tmp_path.iterdir() if p.name != "assessor.pdf"]  # no temporary file left


def test_the_same_bytes_as_the_service_and_the_language_flags(demo: SheetDemo, tmp_path: Path) -> None:
    out = tmp_path / "a002.pdf"
    bundle = demo.bundle_files[1]
    assert (
        sheets(
            "sheets", "--event", demo.event_file, bundle, "--lang", "en", "--region", "33.74", "--out", out
        )
        == 0
    )
    expected = build_sheets(
        SheetRequest("assessor", demo.event, "en", records=(demo.record("A002"),), regions=("33.74",))
    )
    assert out.read_bytes() == expected.data
    top = tmp_path / "top.pdf"
    assert (
        sheets(
            "--lang", "en", "sheets", "--event", demo.event_file, bundle, "--region", "33.74", "--out", top
        )
        == 0
    )
    assert top.read_bytes() == expected.data


def test_blank_and_schedule_need_no_bundles(demo: SheetDemo, tmp_path: Path) -> None:
    blank, schedule = tmp_path / "blank.pdf", tmp_path / "schedule.pdf"
    assert sheets("sheets", "--event", demo.event_file, "--kind", "blank", "--out", blank) == 0
    assert page_count(blank) == len(demo.event.regions)
    assert (
        sheets("sheets", "--event", demo.event_file, "--kind", "blank", "--per-assessor", "--out", blank) == 0
    )
    assert page_count(blank) > len(demo.event.regions)
    assert (
        sheets("sheets", "--event", demo.event_file, "--kind", "schedule", "--panel", "P2", "--out", schedule)
        == 0
    )
    assert page_count(schedule) == len({s.start.date() for s in demo.event.schedule if s.panel_id == "P2"})


@pytest.mark.parametrize("kind", ["region", "ranking"])
def test_kinds_made_from_the_merge_need_bundles(
    demo: SheetDemo, tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pdf"
    assert sheets("sheets", "--event", demo.event_file, "--kind", kind, "--out", out) == 2
    assert "needs score bundles" in capsys.readouterr().err
    assert not out.exists()


def test_a_refused_bundle_stops_the_batch_with_its_reason(
    demo: SheetDemo, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tampered = tmp_path / "tampered.gm100bundle"
    data = bytearray(demo.bundle_files[0].read_bytes())
    data[len(data) // 2] ^= 0x01
    tampered.write_bytes(bytes(data))
    out = tmp_path / "sheets.pdf"
    assert sheets("sheets", "--event", demo.event_file, demo.bundle_files[1], tampered, "--out", out) == 1
    err = capsys.readouterr().err
    assert "REFUSED" in err and "tampered.gm100bundle" in err and "no sheets were written" in err
    assert not out.exists()


def test_bad_input_exits_1_and_writes_nothing(
    demo: SheetDemo, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "sheets.pdf"
    assert (
        sheets("sheets", "--event", demo.event_file, "--kind", "blank", "--region", "99.999", "--out", out)
        == 1
    )
    assert "99.999" in capsys.readouterr().err
    empty = tmp_path / "empty"
    empty.mkdir()
    assert sheets("sheets", "--event", demo.event_file, empty, "--out", out) == 1
    assert "no score bundles" in capsys.readouterr().err
    assert sheets("sheets", "--event", tmp_path / "missing.gm100event", "--kind", "blank", "--out", out) == 1
    assert sheets("sheets", "--event", demo.event_file, "--out", out) == 2  # assessor sheets need bundles
    assert not out.exists()


def test_a_missing_font_fails_at_start_naming_the_file(
    demo: SheetDemo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    resources = tmp_path / "resources"
    shutil.copytree(Path(__file__).resolve().parent.parent / "resources" / "fonts", resources / "fonts")
    (resources / "fonts" / "DejaVuSans-Bold.ttf").unlink()
    monkeypatch.setenv("GM100_RESOURCES_DIR", str(resources))
    out = tmp_path / "sheets.pdf"
    assert sheets("sheets", "--event", demo.event_file, demo.folder / "bundles", "--out", out) == 1
    err = capsys.readouterr().err
    assert "DejaVuSans-Bold.ttf" in err and "missing" in err
    assert not out.exists()


def test_a_failed_write_keeps_the_old_file(
    demo: SheetDemo, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "sheets.pdf"
    out.write_bytes(b"old")
    assert (
        sheets("sheets", "--event", demo.event_file, "--kind", "blank", "--region", "99.999", "--out", out)
        == 1
    )
    assert out.read_bytes() == b"old"
    missing_folder = tmp_path / "no-such-folder" / "sheets.pdf"
    assert sheets("sheets", "--event", demo.event_file, "--kind", "blank", "--out", missing_folder) == 1
    assert "Could not write" in capsys.readouterr().err
