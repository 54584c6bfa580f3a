"""Region sheets and the ranking report, made from a real merge: what the paper says, sound PDFs, the CLI."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from test_sheets_support import fold, fonts, page_count, pdf_text, qpdf_check

from gm100_desktop.cli import main
from gm100_desktop.domain.event import EventDefinition
from gm100_desktop.errors import CancelledError, GM100Error
from gm100_desktop.i18n import pick
from gm100_desktop.services import merge as m
from gm100_desktop.services.demo_files import DemoSummary, write_demo_files
from gm100_desktop.services.sheets import (
    RenderedPdf,
    SheetRequest,
    build_sheets,
    write_ranking_report,
    write_sheets,
)
from gm100_desktop.services.sheets.common import number

Report = dict[str, Any]


@dataclass(frozen=True)
class Merged:
    demo: DemoSummary
    event: EventDefinition
    report: Report


def merged(demo: DemoSummary, *bundles: Path) -> Merged:
    session = m.open_event(demo.event_file)
    files = list(bundles) or m.collect_bundle_files([demo.folder / "bundles"])
    session.add_inputs(m.read_inputs(files, session.event))
    return Merged(demo, session.event.definition, m.merge(session).report)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> DemoSummary:
    folder = tmp_path_factory.mktemp("sheets-report-demo")
    return write_demo_files(folder, regions=12, assessors=6, panels=2, kdf_n=1024, rotate=True)


@pytest.fixture(scope="module")
def full(demo: DemoSummary) -> Merged:
    return merged(demo)


def pdf_of(kind: str, data: Merged, lang: str, folder: Path, **options: Any) -> tuple[RenderedPdf, Path]:
    pdf = build_sheets(SheetRequest(kind, data.event, lang, report=data.report, **options))
    out = folder / f"{kind}-{lang}.pdf"
    write_sheets(out, pdf)
    return pdf, out


def sound(pdf: Path) -> None:
    """qpdf finds no error and every font is embedded (DejaVu only)."""
    check = qpdf_check(pdf)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "No syntax or stream encoding errors" in check.stdout
    listed = fonts(pdf)
    assert listed and all(emb == "yes" for _, emb in listed), listed
    assert {name.split("+")[-1] for name, _ in listed} <= {
        "DejaVuSans",
        "DejaVuSans-Bold",
        "DejaVuSans-Oblique",
        "DejaVuSansMono",
    }


def region(report: Mapping[str, Any], code: str) -> Mapping[str, Any]:
    return next(g for g in report["regions"] if g["region_code"] == code)


def pages_of(text: str, lang: str) -> list[int]:
    """The "Page i of n" counts of each sheet, in order (one entry per sheet: its n)."""
    word, of = ("Halaman", "dari") if lang == "id" else ("Page", "of")
    found = []
    parts = text.split(f"{word} 1 {of} ")[1:]
    for part in parts:
        found.append(int(part.split()[0]))
    return found


# ---- the region sheet --------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["id", "en"])
def test_region_sheets_show_every_assessor_the_aggregate_flags_and_notes(
    full: Merged, tmp_path: Path, lang: str
) -> None:
    report = full.report
    pdf, out = pdf_of("region", full, lang, tmp_path)
    sound(out)
    assert pdf.sheets == len(report["regions"]) == 12
    assert page_count(out) == pdf.pages >= pdf.sheets
    assert sum(pages_of(pdf_text(out), lang)) == pdf.pages  # every sheet numbers its own pages

    ranked = report["ranking"][0]
    data = region(report, ranked["region_code"])
    first = pdf_text(out, 1, pages_of(pdf_text(out), lang)[0])  # the best-ranked region comes first
    assert ranked["name"] in first and data["province"] in first
    assert ("Rincian Nilai Kabupaten/Kota" if lang == "id" else "Region score details") in first
    assert ("1 — terpilih (25 teratas)" if lang == "id" else "1 — selected (top 25)") in first
    marks = sorted(data["marks"], key=lambda x: x["assessor_id"])
    people = {a["assessor_id"]: a for a in report["assessors"]}
    for n, mark in enumerate(marks, start=1):
        assert f"J{n}" in first
        assert f"J{n} {mark['assessor_id']} — {people[mark['assessor_id']]['name']}" in first
        assert number(mark["total"], lang, 2) in first  # each assessor's own total
    assert number(data["total"], lang, 4) in first  # the aggregate total that ranks
    for d in data["dimensions"]:
        assert number(d["score"], lang, 4) in first
    names = report["event"]["rubric"]["criterion_names"]
    for c in data["criteria"]:
        assert pick(names[c["criterion_id"]], lang) in first
        assert number(c["value"], lang, 2) in first
    flagged = [f for f in report["reliability"]["spread"] if f["region_code"] == data["region_code"]]
    assert flagged  # the demo's assessors disagree somewhere
    for f in flagged:
        assert f"{f['criterion_id']} ↕" in first
    assert ("berselisih 2 poin skala" if lang == "id" else "differ by 2 or more scale points") in first
    note = next(n for mk in marks for n in mk["notes"] if n)
    assert note in first
    assert ("berkas nilai, final" if lang == "id" else "score bundle, finalised") in first


def test_an_incomplete_region_says_why_and_is_not_ranked(full: Merged, tmp_path: Path) -> None:
    code = full.report["excluded"][0]
    data = region(full.report, code)
    pdf, out = pdf_of("region", full, "en", tmp_path, regions=(code,))
    text = pdf_text(out)
    assert pdf.sheets == 1
    assert "Not ranked (incomplete scoring)" in text
    assert f"not finalised: {', '.join(data['not_finalised'])}" in text
    assert "score bundle, in progress" in text


def test_a_region_without_counted_marks_prints_a_sheet_that_says_so(
    demo: DemoSummary, tmp_path: Path
) -> None:
    one = merged(demo, m.collect_bundle_files([demo.folder / "bundles"])[0])  # only A001's bundle
    empty = [g for g in one.report["regions"] if not g["marks"]]
    assert empty
    code = empty[0]["region_code"]
    pdf, out = pdf_of("region", one, "id", tmp_path, regions=(code,))
    sound(out)
    text = pdf_text(out)
    assert pdf.sheets == 1 and page_count(out) == 1
    assert "Tidak ada nilai yang dihitung untuk kabupaten/kota ini." in text
    assert "Tidak diperingkat" in text
    cells = [c for c in one.report["completeness"] if c["region_code"] == code]
    assert cells and all(f"{c['assessor_id']}:" in text for c in cells)


def test_very_long_notes_and_names_wrap_and_continue_on_the_next_page(full: Merged, tmp_path: Path) -> None:
    report = copy.deepcopy(full.report)
    code = report["ranking"][0]["region_code"]
    data = region(report, code)
    mark = sorted(data["marks"], key=lambda x: x["assessor_id"])[0]
    note = " ".join(f"catatan{i:04d}" for i in range(400))
    mark["notes"][0] = note
    mark["region_note"] = " ".join(f"umum{i:04d}" for i in range(300))
    long_name = "Prof. Dr. " + " ".join(["Nama Sangat Panjang Sekali"] * 12)
    next(a for a in report["assessors"] if a["assessor_id"] == mark["assessor_id"])["name"] = long_name
    pdf, out = pdf_of("region", Merged(full.demo, full.event, report), "en", tmp_path, regions=(code,))
    sound(out)
    assert pdf.sheets == 1 and pdf.pages >= 2
    text = pdf_text(out)
    assert "Page 2 of" in text and "(continued)" in text
    for i in range(400):
        assert f"catatan{i:04d}" in text
    for i in range(300):
        assert f"umum{i:04d}" in text
    assert fold(long_name) in text


def test_names_can_be_hidden(full: Merged, tmp_path: Path) -> None:
    _, out = pdf_of("region", full, "en", tmp_path, hide_names=True)
    text = pdf_text(out)
    assert "J1" in text and "score bundle" in text
    for person in full.report["assessors"]:
        assert person["name"] not in text
        assert f"{person['assessor_id']} —" not in text


# ---- the ranking report ------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["id", "en"])
def test_ranking_report_has_rule_ranking_reliability_sensitivity_inputs_and_signature(
    full: Merged, tmp_path: Path, lang: str
) -> None:
    report = full.report
    pdf, out = pdf_of("ranking", full, lang, tmp_path)
    sound(out)
    assert pdf.sheets == 1 and page_count(out) == pdf.pages >= 2
    text = pdf_text(out)
    layout = pdf_text(out, layout=True)
    e = report["event"]
    assert e["name"] in text and e["package_sha256"] in text and e["chair_key_id"] in text
    if lang == "id":
        assert "Laporan Peringkat" in text and "Nilai setiap kriteria adalah rata-rata" in text
    else:
        assert "Ranking report" in text and report["rule"]["sentence"] in text
    for r in report["ranking"]:
        assert f"{r['rank']} {r['region_code']} {r['name']}" in layout
        assert number(r["total"], lang, 4) in text
    for code in report["excluded"]:
        assert code in text
    for label in ("ICC(1,1)", "ICC(2,1)", "ICC(3,1)", "ICC(1,k)", "ICC(2,k)", "ICC(3,k)"):
        assert label in text
    for p in report["reliability"]["panels"]:
        assert number(p["icc"]["icc_2_1"], lang, 4) in text
    alpha = report["reliability"]["alpha"]["interval"]["alpha"]
    assert number(alpha, lang, 4) in text
    spread = len(report["reliability"]["spread"])
    assert (f"{spread} kriteria" if lang == "id" else f"{spread} criteria") in text
    for a in report["reliability"]["flagged_assessors"]:
        assert a in text
    assert report["severity"]["refused"].split(":")[0] in text  # not estimable here: the reason is printed
    refused = report["sensitivity"]["refused_methods"][0]
    assert (
        "disesuaikan dengan keketatan asesor" if lang == "id" else "adjusted for assessor severity"
    ) in text
    assert fold(refused["reason"]).split(",")[0] in text
    for i in report["inputs"]:
        assert i["name"] in text and i["sha256"] in text  # monospace, whole
    assert ("Ketua panel" if lang == "id" else "Panel chair") in text
    assert ("Tanda tangan" if lang == "id" else "Signature") in text


def test_ranking_report_records_decisions_and_lists_refused_inputs(demo: DemoSummary, tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.gm100bundle"
    data = bytearray(m.collect_bundle_files([demo.folder / "bundles"])[0].read_bytes())
    data[len(data) // 2] ^= 0x01
    damaged.write_bytes(bytes(data))
    session = m.open_event(demo.event_file)
    files = [*m.collect_bundle_files([demo.folder / "bundles"]), damaged]
    session.add_inputs(m.read_inputs(files, session.event))
    from gm100_desktop.domain.merge_intake import Decision

    session.decisions.append(Decision("top_n", "", "3", "only three places this year"))
    report = m.merge(session).report
    out = tmp_path / "ranking.pdf"
    write_ranking_report(out, report, "en")
    sound(out)
    text = pdf_text(out)
    assert "only three places this year" in text  # the decision and its reason
    assert "3 of 3" in text  # selected of top N
    bad = next(i for i in report["inputs"] if i["name"] == "damaged.gm100bundle")
    assert bad["state"] == "refused"
    assert "Inputs that do not count" in text and "damaged.gm100bundle" in text
    assert fold(bad["reason"])[:40] in text
    lines = pdf_text(out, layout=True)
    third, fourth = report["ranking"][2], report["ranking"][3]
    assert lines.index(third["region_code"]) < lines.index(fourth["region_code"])


def test_same_report_gives_the_same_bytes(full: Merged) -> None:
    for kind in ("region", "ranking"):
        first = build_sheets(SheetRequest(kind, full.event, "id", report=full.report)).data
        assert (
            build_sheets(SheetRequest(kind, full.event, "id", report=copy.deepcopy(full.report))).data
            == first
        )


def test_region_and_ranking_need_a_merge_of_this_event(
    full: Merged, demo: DemoSummary, tmp_path: Path
) -> None:
    with pytest.raises(GM100Error, match="printed from a merge"):
        build_sheets(SheetRequest("region", full.event, "en"))
    other = copy.deepcopy(full.report)
    other["event"]["event_id"] = "another-event"
    with pytest.raises(GM100Error, match="another-event"):
        build_sheets(SheetRequest("ranking", full.event, "en", report=other))
    with pytest.raises(GM100Error, match=r"99\.999"):
        build_sheets(SheetRequest("region", full.event, "en", report=full.report, regions=("99.999",)))


def test_cancelling_a_batch_of_region_sheets_raises_and_gives_nothing(full: Merged) -> None:
    seen: list[tuple[int, int]] = []

    def cancel_at_third(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 3

    with pytest.raises(CancelledError):
        build_sheets(SheetRequest("region", full.event, "en", report=full.report), progress=cancel_at_third)
    assert seen[-1] == (3, 12)


# ---- the command line --------------------------------------------------------------------------------------


def test_cli_prints_region_sheets_and_the_ranking_report(
    demo: DemoSummary, full: Merged, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bundles = demo.folder / "bundles"
    out = tmp_path / "regions.pdf"
    code = full.report["ranking"][0]["region_code"]
    argv = ["--lang", "en", "sheets", "--event", str(demo.event_file), str(bundles), "--kind", "region"]
    assert main([*argv, "--region", code, "--out", str(out)]) == 0
    assert "1 sheet(s)" in capsys.readouterr().out
    expected = build_sheets(SheetRequest("region", full.event, "en", report=full.report, regions=(code,)))
    assert out.read_bytes() == expected.data

    ranking = tmp_path / "ranking.pdf"
    argv = ["sheets", "--event", str(demo.event_file), str(bundles), "--kind", "ranking", "--top", "4"]
    assert main([*argv, "--out", str(ranking)]) == 0
    text = pdf_text(ranking)
    assert "Laporan Peringkat" in text and "4 dari 4" in text

    assert main(["sheets", "--event", str(demo.event_file), "--kind", "ranking", "--out", str(ranking)]) == 2
    assert "needs score bundles" in capsys.readouterr().err


def test_cli_merge_writes_the_ranking_report_as_pdf(demo: DemoSummary, full: Merged, tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    argv = ["merge", "--event", str(demo.event_file), str(demo.folder / "bundles"), "--lang", "id"]
    assert main([*argv, "--out", str(out)]) == 0
    sound(out)
    assert "Laporan Peringkat" in pdf_text(out)
    assert (
        out.read_bytes() == build_sheets(SheetRequest("ranking", full.event, "id", report=full.report)).data
    )
