"""The merge's CSV and XLSX outputs, made from a real `build_report` dictionary of the demo event."""

from __future__ import annotations

import copy
import csv
import dataclasses
import hashlib
import io
import json
import zipfile
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from gm100_desktop.domain.aggregate import sensitivity
from gm100_desktop.domain.agreement import agreement_report, agreement_to_dict
from gm100_desktop.domain.canonical import canonical_json
from gm100_desktop.domain.merge import plan_marks
from gm100_desktop.domain.merge_intake import (
    BundleRecord,
    Decision,
    InputFile,
    SheetScores,
    classify_inputs,
)
from gm100_desktop.domain.merge_report import build_report
from gm100_desktop.domain.minisign import SecretKey
from gm100_desktop.domain.severity import estimate_severity
from gm100_desktop.services import demo
from gm100_desktop.services.ranking_outputs import (
    LABELS,
    ranking_csv_bytes,
    ranking_xlsx_bytes,
    write_ranking_csv,
    write_ranking_xlsx,
)

PACKAGE_SHA = "ab" * 32
TOP_N = 3
CRITERIA = 15  # the readiness rubric of the demo event
# Per region a base level; 35.10 and 36.74 get identical marks (a shared rank), 64.72 stays unfinished.
LEVELS = {
    "32.73": 5, "35.10": 4, "36.74": 4, "33.27": 2, "73.71": 3, "34.04": 1,
    "35.78": 5, "51.71": 3, "33.74": 2, "51.03": 1, "61.71": 2, "64.72": 4,
}  # fmt: skip
OFFSET = {"A01": 0, "A02": -1, "A03": 0, "A04": 0, "A05": -1, "A06": 0}
TIED = ("35.10", "36.74")
BROKEN = "=broken.gm100bundle"  # a name a spreadsheet must not take for a formula


def _values(assessor: str, code: str) -> tuple[int, ...]:
    """15 scores: the region's level, one more on every third criterion, moved by the assessor's offset."""
    if code in TIED:
        return (LEVELS[code],) * CRITERIA
    return tuple(
        max(1, min(5, LEVELS[code] + OFFSET[assessor] + (1 if i % 3 == 0 else 0))) for i in range(CRITERIA)
    )


def build() -> dict[str, Any]:
    """A merge of the demo event by hand: six signed bundles, a broken file, a conflict, a paper sheet."""
    base, _ = demo.demo_event(date(2019, 2, 21))
    keys = {
        a.assessor_id: SecretKey.from_seed(bytes([i + 1]) * 8, bytes([i + 1]) * 32)
        for i, a in enumerate(base.roster)
    }
    roster = tuple(
        dataclasses.replace(a, public_key=keys[a.assessor_id].public_key().to_base64()) for a in base.roster
    )
    definition = dataclasses.replace(base, roster=roster)
    assert len(list(definition.rubric.criteria())) == CRITERIA
    panel_of = {s.region_code: s.panel_id for s in definition.schedule}
    inputs = []
    for a in roster:
        sheets = []
        for g in definition.regions:
            mine = panel_of[g.code] == a.panel_id or (a.assessor_id, g.code) == ("A01", "32.73")
            state = "in_progress" if (a.assessor_id, g.code) == ("A06", "64.72") else "finalised"
            values = _values(a.assessor_id, g.code) if mine else (None,) * CRITERIA
            sheets.append(SheetScores(g.code, state if mine else "not_started", values, ("",) * CRITERIA, ""))
        key = keys[a.assessor_id].public_key()
        sha = hashlib.sha256(a.assessor_id.encode()).hexdigest()
        record = BundleRecord(
            name=f"{a.assessor_id}.gm100bundle",
            sha256=sha,
            event_id=definition.event_id,
            event_package_sha256=PACKAGE_SHA,
            rubric_sha256=definition.rubric.digest(),
            assessor_id=a.assessor_id,
            assessor_name=a.name,
            sequence=3,
            created_at="2019-02-22T10:00:00Z",
            app_version="test",
            public_key=key.to_base64(),
            key_id=key.key_id_hex,
            fingerprint=key.fingerprint,
            regions=tuple(sheets),
            region_codes=frozenset(g.code for g in definition.regions),
            history=b"",
        )
        inputs.append(InputFile(record.name, sha, record))
    inputs.append(InputFile(BROKEN, "cd" * 32, None, "the signature does not match the file"))
    decisions = [Decision("top_n", "", str(TOP_N), "Kuota tahun ini")]
    intake = classify_inputs(definition, PACKAGE_SHA, inputs, decisions)
    paper = {
        ("A02", "35.10"): SheetScores("35.10", "finalised", _values("A02", "35.10"), ("",) * CRITERIA, "")
    }
    plan = plan_marks(definition, intake.accepted, paper)
    spread = sensitivity(definition.rubric, plan.rows, panel_sizes=plan.panel_sizes, top_n=TOP_N)
    return build_report(
        generator="GM100 Assessor test",
        definition=definition,
        package_sha256=PACKAGE_SHA,
        chair_key_id="00" * 8,
        verdicts=intake.verdicts,
        decisions=decisions,
        paper={"entries": []},
        plan=plan,
        aggregation=spread.baseline,
        sensitivity=spread,
        reliability=agreement_to_dict(agreement_report(definition.rubric, plan.rows, plan.region_panels)),
        severity=asdict(estimate_severity(definition.rubric, plan.rows, region_panels=plan.region_panels)),
    )


@pytest.fixture(scope="module")
def report() -> dict[str, Any]:
    return build()


def read_csv(data: bytes, delimiter: str = ",") -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=delimiter))


def test_the_report_has_what_the_outputs_show(report: dict[str, Any]) -> None:
    # The fixture itself: a shared rank straddling the cut, an excluded region, a refused file and marks.
    assert tuple(report["cut_tie"]) == TIED and report["open_places"] == 1
    assert "64.72" in report["excluded"]
    assert any(i["state"] == "refused" for i in report["inputs"])
    assert report["refused_marks"] and report["paper_unused"]


def test_csv_is_the_ranking_table(report: dict[str, Any]) -> None:
    data = ranking_csv_bytes(report, "en")
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    assert b"\r\n" in data and data.count(b"\n") == data.count(b"\r\n")
    rows = read_csv(data)
    assert rows[0] == [
        "Rank", "Region code", "Region name", "Province", "Total",
        "Infrastructure", "Suprastructure", "Leadership Vision",
        "Selected", "Tied at the cut", "Shared rank", "Incomplete", "Decided by",
    ]  # fmt: skip
    body = rows[1:]
    assert [r[1] for r in body] == [r["region_code"] for r in report["ranking"]]
    assert len(body) == len(report["ranking"]) and "64.72" not in [r[1] for r in body]
    first = report["ranking"][0]
    assert body[0][:5] == [
        str(first["rank"]),
        first["region_code"],
        first["name"],
        "Jawa Timur",
        format(first["total"], ".4f"),
    ]
    by_code = {r[1]: r for r in body}
    for code in TIED:
        assert by_code[code][8:12] == ["no", "yes", "yes", "no"]
        assert by_code[code][12] == ""  # nobody decided between them
    assert sum(r[8] == "yes" for r in body) == len(report["selected"])


def test_csv_numbers_have_four_decimals(report: dict[str, Any]) -> None:
    rows = read_csv(ranking_csv_bytes(report))
    for row in rows[1:]:
        for cell in row[4:8]:
            whole, point, decimals = cell.partition(".")
            assert point == "." and len(decimals) == 4 and whole.isdigit(), cell
    assert any(cell.endswith("00") for row in rows[1:] for cell in row[4:8])  # 71.2 would print 71.2000


def test_csv_same_report_same_bytes(report: dict[str, Any]) -> None:
    again = build()
    assert canonical_json(again) == canonical_json(report)
    assert ranking_csv_bytes(again, "id") == ranking_csv_bytes(report, "id")


def test_csv_headers_follow_the_language_and_codes_do_not(report: dict[str, Any]) -> None:
    en, ind = read_csv(ranking_csv_bytes(report, "en")), read_csv(ranking_csv_bytes(report, "id"))
    assert ind[0][:5] == ["Peringkat", "Kode daerah", "Nama daerah", "Provinsi", "Nilai total"]
    assert ind[0][8] == "Terpilih"
    assert {r[8] for r in ind[1:]} == {"ya", "tidak"}
    assert [r[:8] for r in ind[1:]] == [r[:8] for r in en[1:]]
    assert [r[12] for r in ind[1:]] == [r[12] for r in en[1:]]  # decided_by stays an id


def test_csv_with_a_decimal_comma(report: dict[str, Any]) -> None:
    rows = read_csv(ranking_csv_bytes(report, "id", decimal_comma=True), ";")
    plain = read_csv(ranking_csv_bytes(report, "id"))
    assert rows[1][4] == plain[1][4].replace(".", ",") and "," in rows[1][4]


def test_csv_file_is_written_whole(report: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "ranking.csv"
    write_ranking_csv(path, report, "id")
    assert path.read_bytes() == ranking_csv_bytes(report, "id")
    assert [p.name for p in tmp_path.iterdir()] == ["ranking.csv"]


def open_book(data: bytes) -> Any:
    return openpyxl.load_workbook(io.BytesIO(data))


def table(ws: Any, header_first: str) -> tuple[int, list[str], list[list[Any]]]:
    """The header row that starts with `header_first`, its labels, and the rows under it up to a blank row."""
    for row in ws.iter_rows(min_row=1):
        if row[0].value == header_first:
            top = row[0].row
            labels = [c.value for c in row if c.value is not None]
            rows = []
            for r in ws.iter_rows(min_row=top + 1, max_col=len(labels), values_only=True):
                if all(v is None for v in r):
                    break
                rows.append(list(r))
            return top, labels, rows
    raise AssertionError(f"no table starting with {header_first!r} in {ws.title}")


@pytest.mark.parametrize(
    ("language", "names"),
    [
        ("en", ["Ranking", "Dimensions", "Assessors", "Inputs", "Reliability", "Sensitivity", "Decisions"]),
        (
            "id",
            ["Peringkat", "Dimensi", "Asesor", "Berkas masukan", "Reliabilitas", "Sensitivitas", "Keputusan"],
        ),
    ],
)
def test_xlsx_sheets_are_named_in_the_language(
    report: dict[str, Any], language: str, names: list[str]
) -> None:
    assert open_book(ranking_xlsx_bytes(report, language)).sheetnames == names


def test_xlsx_ranking_sheet(report: dict[str, Any]) -> None:
    ws = open_book(ranking_xlsx_bytes(report, "en"))["Ranking"]
    top, labels, rows = table(ws, "Rank")
    assert labels == read_csv(ranking_csv_bytes(report, "en"))[0]
    assert [r[1] for r in rows] == [r["region_code"] for r in report["ranking"]]
    total = ws.cell(row=top + 1, column=5)
    assert isinstance(total.value, float) and total.value == report["ranking"][0]["total"]
    assert total.number_format == "0.0000"
    assert isinstance(ws.cell(row=top + 1, column=1).value, int)
    assert ws.freeze_panes == f"A{top + 1}"
    assert ws.cell(row=top, column=1).font.b
    # the rule sentence and the method on top
    texts = [c.value for row in ws.iter_rows(max_row=top - 1) for c in row if isinstance(c.value, str)]
    assert report["rule"]["sentence"] in texts and "mean" in texts
    # the cut line under the last selected region, and nowhere else; the tie shaded
    last = top + max(i for i, r in enumerate(rows, start=1) if r[1] in report["selected"])
    marked = [
        r
        for r in range(top + 1, top + len(rows) + 1)
        if ws.cell(row=r, column=1).border.bottom.style == "thick"
    ]
    assert marked == [last]
    shaded = {
        rows[r - top - 1][1]
        for r in range(top + 1, top + len(rows) + 1)
        if ws.cell(row=r, column=2).fill.fgColor.rgb.endswith("FFE699")
    }
    assert shaded == set(TIED)


def test_xlsx_in_bahasa_indonesia(report: dict[str, Any]) -> None:
    ws = open_book(ranking_xlsx_bytes(report, "id"))["Peringkat"]
    _, labels, _ = table(ws, "Peringkat")
    assert labels[:3] == ["Peringkat", "Kode daerah", "Nama daerah"]
    texts = [c.value for row in ws.iter_rows(max_row=20) for c in row if isinstance(c.value, str)]
    assert any(t.startswith("Nilai setiap kriteria adalah rata-rata") for t in texts)
    assert any("bersaing untuk" in t for t in texts)


def test_xlsx_inputs_list_refused_files_with_reasons(report: dict[str, Any]) -> None:
    ws = open_book(ranking_xlsx_bytes(report, "en"))["Inputs"]
    top, _, rows = table(ws, "File")
    broken = next(r for r in rows if r[0] == BROKEN)
    assert ws.cell(row=top + 1, column=1).data_type == "s"  # text, never a formula
    assert broken[1:3] == ["refused", "the signature does not match the file"]
    assert len(rows) == len(report["inputs"])
    _, _, refused = table(ws, "Assessor")
    assert refused[0][:3] == ["A01", "32.73", "score bundle"] and "conflict of interest" in refused[0][3]
    values = [c.value for row in ws.iter_rows() for c in row]
    assert "Paper sheets not used" in values


def test_xlsx_dimensions_and_assessors(report: dict[str, Any]) -> None:
    book = open_book(ranking_xlsx_bytes(report, "en"))
    _, labels, rows = table(book["Dimensions"], "Rank")
    assert "INF1" in labels and "INF1 (n)" in labels
    assert (
        len(rows) == len(report["regions"]) and rows[-1][0] is None
    )  # unranked regions last, without a rank
    region = next(g for g in report["regions"] if g["region_code"] == rows[0][1])
    assert rows[0][labels.index("INF1 (n)")] == region["criteria"][0]["count"]
    _, labels, rows = table(book["Assessors"], "Region code")
    assert len(rows) == sum(len(g["marks"]) for g in report["regions"])
    paper = next(r for r in rows if r[0] == "35.10" and r[3] == "A02")
    assert paper[5:7] == ["score bundle", "finalised"]  # the signed bundle wins over the paper sheet
    values = [c.value for row in book["Assessors"].iter_rows() for c in row]
    # the demo's two panels share no assessor: no severity, and why
    assert any(str(v).startswith("Not estimable: Rater severity cannot be estimated") for v in values)


def test_xlsx_severity_when_estimable(report: dict[str, Any]) -> None:
    changed = copy.deepcopy(report)
    changed["severity"] = {  # the shape of asdict(SeverityEstimate)
        "refused": None,
        "groups": [],
        "assessors": [{"assessor_id": "A01", "severity": 0.25, "se": 0.1, "scores_used": 60, "regions": 4}],
        "sigma": 0.5,
        "dof": 40,
        "se_reason": None,
        "scores": 90,
        "units": 45,
        "clamped": 0,
    }
    ws = open_book(ranking_xlsx_bytes(changed, "en"))["Assessors"]
    row = next(r for r in ws.iter_rows(values_only=True) if r[0] == "A01")
    assert row[:7] == ("A01", "Dr. Rina Hartono", "P1", 0.25, 0.1, 60, 4)
    pairs = {r[0]: r[1] for r in ws.iter_rows(values_only=True) if r[0] and r[1] is not None}
    assert pairs["Residual standard deviation"] == 0.5 and pairs["Degrees of freedom"] == 40
    assert "No standard error because" not in pairs and "refused" not in pairs


def test_xlsx_reliability_prints_what_is_there(report: dict[str, Any]) -> None:
    ws = open_book(ranking_xlsx_bytes(report, "en"))["Reliability"]
    _, labels, rows = table(ws, "Panel")
    assert labels[5:11] == ["ICC(1,1)", "ICC(2,1)", "ICC(3,1)", "ICC(1,k)", "ICC(2,k)", "ICC(3,k)"]
    assert [r[0] for r in rows] == [p["panel_id"] for p in report["reliability"]["panels"]]
    _, _, alpha = table(ws, "Level")
    assert [r[0] for r in alpha] == ["interval", "ordinal"]
    # an unknown or missing section never breaks the workbook
    odd = copy.deepcopy(report)
    odd["reliability"] = {"panels": [{"panel_id": "P9"}], "new_figure": 0.5}
    values = [
        c.value for row in open_book(ranking_xlsx_bytes(odd, "en"))["Reliability"].iter_rows() for c in row
    ]
    assert "P9" in values and "new_figure" in values
    odd["reliability"] = {}
    assert "Not available." in [
        c.value for row in open_book(ranking_xlsx_bytes(odd, "en"))["Reliability"].iter_rows() for c in row
    ]


def test_xlsx_sensitivity_and_decisions(report: dict[str, Any]) -> None:
    book = open_book(ranking_xlsx_bytes(report, "en"))
    _, _, rows = table(book["Sensitivity"], "Scenario")
    scenarios = report["sensitivity"]
    assert len(rows) == len(scenarios["without_assessor"]) + len(scenarios["methods"])
    assert {r[1] for r in rows if r[0] == "method"} == {"mean", "median", "trimmed mean"}
    _, _, rows = table(book["Decisions"], "Kind")
    assert rows == [["places (top N)", None, str(TOP_N), "Kuota tahun ini"]]  # an empty cell is empty


def test_outputs_of_the_report_read_back_from_its_json(report: dict[str, Any]) -> None:
    # The signed RANKING.json gives the same CSV and XLSX as the report in memory (tuples become lists).
    loaded = json.loads(canonical_json(report))
    assert ranking_csv_bytes(loaded, "id") == ranking_csv_bytes(report, "id")
    assert ranking_xlsx_bytes(loaded, "en") == ranking_xlsx_bytes(report, "en")


def test_xlsx_takes_control_characters_in_file_names(report: dict[str, Any]) -> None:
    odd = copy.deepcopy(report)
    odd["inputs"][0]["name"] = "bad\x01name.gm100bundle"
    ws = open_book(ranking_xlsx_bytes(odd, "en"))["Inputs"]
    assert "bad\ufffdname.gm100bundle" in [c.value for row in ws.iter_rows() for c in row]


def test_xlsx_same_report_same_bytes(report: dict[str, Any], tmp_path: Path) -> None:
    data = ranking_xlsx_bytes(report, "id")
    assert ranking_xlsx_bytes(build(), "id") == data
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert {i.date_time for i in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        assert b"2000-01-01T00:00:00Z" in archive.read("docProps/core.xml")
    path = tmp_path / "ranking.xlsx"
    write_ranking_xlsx(path, report, "id")
    assert path.read_bytes() == data


def test_every_label_is_bilingual() -> None:
    for key, texts in LABELS.items():
        assert texts.get("id") and texts.get("en"), key


def test_dimension_names_when_the_report_carries_them(report: dict[str, Any]) -> None:
    named = copy.deepcopy(report)
    for d in named["event"]["rubric"]["dimensions"]:
        d["name"] = {"id": f"Dimensi {d['dimension_id']}", "en": f"Dimension {d['dimension_id']}"}
    assert read_csv(ranking_csv_bytes(named, "id"))[0][5] == "Dimensi infrastructure"
    assert read_csv(ranking_csv_bytes(named, "en"))[0][5] == "Dimension infrastructure"


@pytest.mark.parametrize("method", ["mean", "median", "trimmed", "adjusted"])
def test_the_rule_sentence_is_indonesian_for_every_method(report: dict[str, Any], method: str) -> None:
    from gm100_desktop.services.ranking_outputs import rule_sentence

    changed = {**report, "rule": {**report["rule"], "method": method}}
    text = rule_sentence(changed, "id")
    assert text.startswith("Nilai setiap kriteria adalah") and "Each criterion" not in text
    assert ("keketatan" in text) == (method == "adjusted")
