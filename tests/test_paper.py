"""Paper sheets: validation against the event, double entry, complete sheets, and the CSV both ways."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from gm100_desktop.domain.event import EventDefinition
from gm100_desktop.domain.paper import (
    FieldDifference,
    PaperCheck,
    PaperEntry,
    PaperSheet,
    TypedValue,
    check_entries,
    check_to_dict,
)
from gm100_desktop.errors import CsvFileError
from gm100_desktop.services.demo import demo_event
from gm100_desktop.services.paper_csv import read_paper_csv, write_paper_csv

HEADER = "assessor_id,region_code,criterion_id,score,note,entered_by\n"


@pytest.fixture(scope="module")
def event() -> EventDefinition:
    return demo_event(date(2019, 2, 21))[0]  # A01..A03 in P1; A01 has a conflict with 32.73


def typed(
    criterion: str, score: int | None, by: str, note: str = "", assessor: str = "A02", region: str = "35.10"
) -> PaperEntry:
    return PaperEntry(assessor, region, criterion, score, note, by)


def whole_sheet(
    event: EventDefinition, by: str, assessor: str = "A02", region: str = "35.10"
) -> list[PaperEntry]:
    return [typed(c.id, 3, by, assessor=assessor, region=region) for c in event.rubric.criteria()]


def sheet_of(check: PaperCheck, assessor: str = "A02", region: str = "35.10") -> PaperSheet:
    sheet = check.sheet(assessor, region)
    assert sheet is not None
    return sheet


def reasons(check: PaperCheck) -> list[str]:
    return [" / ".join(m.text for m in r.reasons) for r in check.refused]


# ---- double entry ------------------------------------------------------------------------------------------


def test_two_people_typing_the_same_value_confirm_it(event: EventDefinition) -> None:
    check = check_entries(
        event,
        [typed("INF1", 4, "Ani", " jaringan fiber "), typed("INF1", 4, " ANI  putri", "jaringan fiber")],
    )
    assert check.refused == () and check.pending == () and check.mismatches == ()
    [confirmed] = check.confirmed
    assert (confirmed.criterion_id, confirmed.score, confirmed.note) == ("INF1", 4, "jaringan fiber")
    assert confirmed.typists == ("Ani", "ANI putri")  # one name each, sorted case-blind
    assert sheet_of(check, "A02", "35.10").scores == {"INF1": 4}


def test_the_same_person_twice_does_not_count(event: EventDefinition) -> None:
    check = check_entries(event, [typed("INF1", 4, "Ani"), typed("INF1", 4, "  ani ")])
    assert check.confirmed == ()
    [pending] = check.pending
    assert (pending.criterion_id, pending.typists) == ("INF1", ("Ani",))
    sheet = sheet_of(check)
    assert sheet.pending == ("INF1",) and not sheet.complete


def test_a_single_entry_waits_for_a_second(event: EventDefinition) -> None:
    check = check_entries(event, [typed("SUP3", 2, "Ani")])
    assert [(p.criterion_id, p.typists) for p in check.pending] == [("SUP3", ("Ani",))]
    assert check.confirmed == () and check.mismatches == ()


def test_two_people_disagreeing_is_a_mismatch_listed_field_by_field(event: EventDefinition) -> None:
    check = check_entries(
        event,
        [
            typed("INF2", 3, "Ani", "ok"),
            typed("INF2", 4, "Budi", "ok"),
            typed("INF3", 5, "Ani", "fiber"),
            typed("INF3", 5, "Budi", "fibre"),
            typed("INF4", 1, "Budi", "x"),
            typed("INF4", 2, "Ani", ""),
        ],
    )
    assert check.confirmed == ()
    by_criterion = {m.criterion_id: m.differences for m in check.mismatches}
    assert by_criterion == {
        "INF2": (FieldDifference("score", (TypedValue("3", ("Ani",)), TypedValue("4", ("Budi",)))),),
        "INF3": (FieldDifference("note", (TypedValue("fiber", ("Ani",)), TypedValue("fibre", ("Budi",)))),),
        "INF4": (
            FieldDifference("score", (TypedValue("2", ("Ani",)), TypedValue("1", ("Budi",)))),
            FieldDifference("note", (TypedValue("", ("Ani",)), TypedValue("x", ("Budi",)))),
        ),
    }
    assert sheet_of(check, "A02", "35.10").mismatched == ("INF2", "INF3", "INF4")


def test_with_three_entries_any_two_people_agreeing_confirm_and_the_third_is_listed(
    event: EventDefinition,
) -> None:
    check = check_entries(
        event, [typed("VIS1", 3, "Ani"), typed("VIS1", 4, "Budi"), typed("VIS1", 4, "Citra")]
    )
    [confirmed] = check.confirmed
    assert confirmed.score == 4 and confirmed.typists == ("Budi", "Citra")
    assert confirmed.dissent == (
        FieldDifference("score", (TypedValue("4", ("Budi", "Citra")), TypedValue("3", ("Ani",)))),
    )
    assert check.mismatches == ()


def test_a_typist_correcting_themselves_counts_once_someone_else_agrees(event: EventDefinition) -> None:
    check = check_entries(event, [typed("VIS2", 3, "Ani"), typed("VIS2", 4, "Ani"), typed("VIS2", 4, "Budi")])
    [confirmed] = check.confirmed
    assert confirmed.score == 4 and confirmed.typists == ("Ani", "Budi")


def test_two_agreeing_pairs_with_different_values_are_a_mismatch(event: EventDefinition) -> None:
    check = check_entries(
        event,
        [
            typed("VIS3", 3, "Ani"),
            typed("VIS3", 3, "Budi"),
            typed("VIS3", 4, "Citra"),
            typed("VIS3", 4, "Dedi"),
        ],
    )
    assert check.confirmed == ()
    [mismatch] = check.mismatches
    assert mismatch.differences == (
        FieldDifference("score", (TypedValue("3", ("Ani", "Budi")), TypedValue("4", ("Citra", "Dedi")))),
    )


def test_a_sheet_is_complete_when_every_criterion_is_confirmed(event: EventDefinition) -> None:
    entries = whole_sheet(event, "Ani") + whole_sheet(event, "Budi")[:-1]
    check = check_entries(event, entries)
    assert check.complete_sheets == () and sheet_of(check, "A02", "35.10").pending == ("VIS5",)
    check = check_entries(event, [*entries, whole_sheet(event, "Budi")[-1]])
    [sheet] = check.complete_sheets
    assert (sheet.assessor_id, sheet.region_code, len(sheet.scores)) == ("A02", "35.10", 15)
    assert list(sheet.scores) == [c.id for c in event.rubric.criteria()]  # rubric order
    [scores] = check.finalised_scores()
    assert scores.finalised and scores.assessor_id == "A02" and scores.scores["INF1"] == 3


def test_the_result_does_not_depend_on_the_order_of_entries(event: EventDefinition) -> None:
    entries = [
        *whole_sheet(event, "Ani", "A03", "36.74"),
        *whole_sheet(event, "Budi", "A03", "36.74"),
        typed("INF2", 3, "Ani"),
        typed("INF2", 4, "Budi"),
        typed("INF1", 2, "Citra", assessor="A01", region="35.10"),
    ]
    forward = check_to_dict(check_entries(event, entries))
    backward = check_to_dict(check_entries(event, entries[::-1]))
    assert forward == backward
    assert [s["region_code"] for s in forward["sheets"]] == ["35.10", "35.10", "36.74"]
    json.dumps(forward)  # plain data


# ---- refusals ----------------------------------------------------------------------------------------------


def test_every_refused_entry_says_why_and_nothing_is_dropped_silently(event: EventDefinition) -> None:
    bad = [
        typed("INF1", 3, "Ani", assessor="A01", region="32.73"),  # conflict of interest
        typed("XYZ9", 3, "Ani"),  # not in the rubric
        typed("INF1", 6, "Ani"),  # off the 1–5 scale
        typed("INF1", 3, "Ani", assessor="A99"),  # not in the roster
        typed("INF1", 3, "Ani", region="99.99"),  # not one of the event's regions
        typed("INF1", 3, "  "),  # nobody typed it
        typed("INF1", None, "Ani"),  # no score
    ]
    check = check_entries(event, bad)
    assert [r.entry for r in check.refused] == bad
    assert reasons(check) == [
        "assessor A01 has a conflict of interest with region 32.73; their scores of it never count",
        "criterion XYZ9 is not in the rubric",
        "score 6 is outside the scale 1–5",
        "assessor A99 is not in the event's roster",
        "region 99.99 is not one of the event's regions",
        "no typist: entered_by must name who typed the entry",
        "no score: a paper entry counts only with a score",
    ]
    assert check.confirmed == () and check.pending == ()
    assert sheet_of(check, "A01", "32.73").refused == 1


def test_refused_entries_never_confirm_a_key(event: EventDefinition) -> None:
    check = check_entries(
        event, [typed("INF1", 7, "Ani"), typed("INF1", 7, "Budi"), typed("INF1", 3, "Citra")]
    )
    assert len(check.refused) == 2 and check.confirmed == ()
    assert [p.typists for p in check.pending] == [("Citra",)]


# ---- CSV ---------------------------------------------------------------------------------------------------


def write(tmp_path: Path, text: str, name: str = "paper.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_csv_reads_with_line_numbers(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "\ufeffAssessor_ID,Region_Code,Criterion_ID,Score,Note,Entered_By\r\n"
        'A02,35.10,INF1,4,"jaringan, fiber",Ani\r\n'
        "\r\n"
        "A02,35.10,INF2,,,Budi\r\n",
    )
    assert read_paper_csv(path) == [
        PaperEntry("A02", "35.10", "INF1", 4, "jaringan, fiber", "Ani", 2),
        PaperEntry("A02", "35.10", "INF2", None, "", "Budi", 4),
    ]


def test_bad_csv_rows_are_named_by_file_and_line_and_nothing_is_read(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        HEADER
        + "A02,35.10,INF1,4,,Ani\n"
        + "A02,35.10,INF2,four,,Ani\n"
        + "A02,35.10,INF3,3_0,,Ani\n"
        + "A02,35.10,INF4,3,,Ani,x\n",
    )
    with pytest.raises(CsvFileError) as info:
        read_paper_csv(path)
    assert info.value.params["file"] == "paper.csv"
    assert info.value.problems == [
        'line 3: the score "four" is not a whole number',
        'line 4: the score "3_0" is not a whole number',
        "line 5: more fields than the header has",
    ]


@pytest.mark.parametrize(
    "header",
    [
        "assessor_id,region_code,criterion_id,score,note\n",
        "assessor_id,region_code,criterion_id,score,note,entered_by,extra\n",
        "region_code,assessor_id,criterion_id,score,note,entered_by\n",
    ],
)
def test_the_header_must_be_exactly_the_six_columns(tmp_path: Path, header: str) -> None:
    with pytest.raises(CsvFileError) as info:
        read_paper_csv(write(tmp_path, header + "A02,35.10,INF1,4,,Ani\n", "sheets.csv"))
    assert "sheets.csv" in info.value.message and "line 1:" in info.value.message


def test_not_utf8_is_refused_with_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "latin.csv"
    path.write_bytes(HEADER.encode() + "A02,35.10,INF1,4,catatan é,Ani\n".encode("latin-1"))
    with pytest.raises(CsvFileError, match=r"latin\.csv"):
        read_paper_csv(path)


def test_written_entries_read_back_equal(tmp_path: Path) -> None:
    entries = [
        PaperEntry("A02", "35.10", "INF1", 4, 'kata "kunci", dan\nbaris baru', "Ani"),
        PaperEntry("A02", "35.10", "INF2", None, "", "Budi Santoso"),
        PaperEntry("A03", "36.74", "VIS5", 1, "=SUM(A1)", "Citra"),
    ]
    path = tmp_path / "out.csv"
    write_paper_csv(path, entries)
    back = read_paper_csv(path)
    assert [e.__class__(**{**e.__dict__, "line": None}) for e in back] == entries
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]  # no temporary file left
