"""The merge's reliability and disagreement report, against the statistics called directly and published
examples."""

from __future__ import annotations

import json
import math
import random
from collections.abc import Iterable, Mapping
from typing import Any

import pytest
from rubric_support import make_rubric

from gm100_desktop.domain import agreement
from gm100_desktop.domain.aggregate import AssessorScores
from gm100_desktop.domain.agreement import (
    DEFAULT_CORRIDOR,
    AgreementReport,
    agreement_report,
    agreement_to_dict,
)
from gm100_desktop.domain.canonical import canonical_json
from gm100_desktop.domain.reliability import icc_forms, kendalls_w, krippendorff_alpha
from gm100_desktop.domain.scoring import summarise

# One criterion on 0–100: an assessor's region total is exactly their score, so published matrices of
# totals can be routed through the report unchanged.
PERCENT = make_rubric(0, 100, [("overall", 1, {"C": 1})])
ONE_TO_FIVE = make_rubric(1, 5, [("overall", 1, {"C": 1})])
MINI = make_rubric(
    1,
    5,
    [
        ("infrastructure", 30, {"INF1": 2, "INF2": 1}),
        ("suprastructure", 30, {"SUP1": 1}),
        ("leadership", 40, {"VIS1": 1}),
    ],
)


def single(table: Mapping[str, Mapping[str, int | None]]) -> list[AssessorScores]:
    """Rows of a one-criterion rubric from region -> assessor -> score (None: not scored)."""
    return [
        AssessorScores(assessor, region, {"C": value}, True)
        for region, by_assessor in table.items()
        for assessor, value in by_assessor.items()
        if value is not None
    ]


def one_panel(regions: Iterable[str], panel: str = "P1") -> dict[str, str]:
    return dict.fromkeys(regions, panel)


def no_nan(report: AgreementReport) -> dict[str, Any]:
    data = agreement_to_dict(report)
    json.dumps(data, allow_nan=False)  # raises on NaN or infinity anywhere
    return data


# ---- published worked examples ------------------------------------------------------------------

SHROUT_FLEISS_TABLE_2 = [[9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7]]


def test_icc_of_shrout_fleiss_1979_table_2_routed_through_the_report() -> None:
    """Shrout & Fleiss (1979), Psychological Bulletin 86(2): the Table 2 ratings (6 targets × 4 judges) as the
    region totals of 6 regions and 4 assessors of one panel give their Table 4 ICCs (two decimals)."""
    assessors = ["J1", "J2", "J3", "J4"]
    table = {
        f"R{i + 1}": dict(zip(assessors, row, strict=True)) for i, row in enumerate(SHROUT_FLEISS_TABLE_2)
    }
    report = agreement_report(PERCENT, single(table), one_panel(table))
    panel = report.panels[0]
    assert panel.icc is not None
    published = {
        "icc_1_1": 0.17,
        "icc_2_1": 0.29,
        "icc_3_1": 0.71,
        "icc_1_k": 0.44,
        "icc_2_k": 0.62,
        "icc_3_k": 0.91,
    }
    assert {name: round(getattr(panel.icc, name), 2) for name in published} == published
    assert panel.icc == icc_forms(SHROUT_FLEISS_TABLE_2)
    assert (panel.regions_used, panel.assessors_used) == (tuple(table), tuple(assessors))
    assert panel.icc_reason is None
    icc = agreement_to_dict(report)["panels"][0]["icc"]
    assert (icc["icc_2_1"], icc["bms"]) == (round(panel.icc.icc_2_1 or 0, 4), 11.2417)


_: None = None
# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 coders × 12 units, 1–5.
KRIPPENDORFF_CODERS = {
    "A": [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
    "B": [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
    "C": [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
    "D": [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
}


def test_alpha_of_krippendorff_2011_routed_through_the_report() -> None:
    """Krippendorff (2011) section C (missing values): the 12 units as 12 regions of one criterion, the
    4 coders as assessors, give his published interval α = 0.849 and ordinal α = 0.815 (n = 40 pairable
    values in 11 units; unit 12 has one value only)."""
    table = {
        f"U{u + 1:02d}": {coder: values[u] for coder, values in KRIPPENDORFF_CODERS.items()}
        for u in range(12)
    }
    report = agreement_report(ONE_TO_FIVE, single(table), one_panel(table))
    interval, ordinal = report.alpha_interval.result, report.alpha_ordinal.result
    assert interval.alpha is not None and round(interval.alpha, 3) == 0.849
    assert ordinal.alpha is not None and round(ordinal.alpha, 3) == 0.815
    assert (interval.units_used, interval.pairable_values) == (11, 40)
    assert report.alpha_interval.reason is None and report.alpha_ordinal.reason is None
    # Unit 12 (one value) and the units where a coder is missing leave the complete block.
    panel = report.panels[0]
    assert "U12" in panel.regions_left_out
    assert panel.icc is not None and panel.icc.targets == len(panel.regions_used)


def test_kendalls_w_with_ties_routed_through_the_report() -> None:
    """The tie example worked by hand in test_reliability (Siegel & Castellan 1988, eq. 9.16):
    W = 402/450 over 4 regions and 3 assessors."""
    table = {
        "R1": {"X": 10, "Y": 1, "Z": 5},
        "R2": {"X": 20, "Y": 2, "Z": 5},
        "R3": {"X": 20, "Y": 3, "Z": 5},
        "R4": {"X": 30, "Y": 4, "Z": 9},
    }
    w = agreement_report(PERCENT, single(table), one_panel(table)).panels[0].kendall_w
    assert w is not None and w.w == pytest.approx(402 / 450)
    assert w.rank_sums == (4, 6.5, 7.5, 12)


# ---- a small hand-built design -------------------------------------------------------------------

# Two panels of three assessors, four regions each; scores on MINI (INF1 counts twice INF2).
DESIGN: dict[str, dict[str, dict[str, int]]] = {
    "R1": {"A": dict(INF1=4, INF2=3, SUP1=4, VIS1=5), "B": dict(INF1=3, INF2=3, SUP1=4, VIS1=4),
           "C": dict(INF1=4, INF2=4, SUP1=5, VIS1=5)},
    "R2": {"A": dict(INF1=2, INF2=2, SUP1=3, VIS1=2), "B": dict(INF1=2, INF2=1, SUP1=2, VIS1=2),
           "C": dict(INF1=4, INF2=2, SUP1=3, VIS1=3)},
    "R3": {"A": dict(INF1=3, INF2=3, SUP1=3, VIS1=3), "B": dict(INF1=3, INF2=2, SUP1=3, VIS1=4),
           "C": dict(INF1=3, INF2=3, SUP1=4, VIS1=3)},
    "R4": {"A": dict(INF1=5, INF2=4, SUP1=5, VIS1=4), "B": dict(INF1=4, INF2=4, SUP1=4, VIS1=4),
           "C": dict(INF1=5, INF2=5, SUP1=4, VIS1=5)},
    "S1": {"D": dict(INF1=1, INF2=2, SUP1=2, VIS1=1), "E": dict(INF1=2, INF2=2, SUP1=1, VIS1=2),
           "F": dict(INF1=1, INF2=1, SUP1=2, VIS1=2)},
    "S2": {"D": dict(INF1=3, INF2=4, SUP1=3, VIS1=4), "E": dict(INF1=4, INF2=4, SUP1=3, VIS1=4),
           "F": dict(INF1=3, INF2=3, SUP1=4, VIS1=3)},
    "S3": {"D": dict(INF1=5, INF2=5, SUP1=4, VIS1=5), "E": dict(INF1=4, INF2=5, SUP1=5, VIS1=5),
           "F": dict(INF1=5, INF2=4, SUP1=5, VIS1=4)},
    "S4": {"D": dict(INF1=2, INF2=3, SUP1=3, VIS1=2), "E": dict(INF1=3, INF2=3, SUP1=2, VIS1=3),
           "F": dict(INF1=2, INF2=2, SUP1=3, VIS1=3)},
}  # fmt: skip
DESIGN_PANELS = {code: "P1" if code.startswith("R") else "P2" for code in DESIGN}


def design_rows() -> list[AssessorScores]:
    return [
        AssessorScores(a, code, scores, True)
        for code, by_assessor in DESIGN.items()
        for a, scores in by_assessor.items()
    ]


def test_report_numbers_equal_the_statistics_called_directly() -> None:
    report = agreement_report(MINI, design_rows(), DESIGN_PANELS)
    assert [p.panel_id for p in report.panels] == ["P1", "P2"]
    for panel, regions, assessors in ((report.panels[0], "R", "ABC"), (report.panels[1], "S", "DEF")):
        codes = [c for c in DESIGN if c.startswith(regions)]
        matrix = [[summarise(MINI, DESIGN[c][a]).total for a in assessors] for c in codes]
        assert panel.icc == icc_forms(matrix)
        assert panel.kendall_w == kendalls_w(matrix)
        assert (panel.regions_used, panel.assessors_used) == (tuple(codes), tuple(assessors))
        assert (panel.regions_left_out, panel.assessors_left_out) == ((), ())
    units = [
        [DESIGN[c][a][crit] for a in DESIGN[c]] for c in DESIGN for crit in ("INF1", "INF2", "SUP1", "VIS1")
    ]
    assert report.alpha_interval.result == krippendorff_alpha(units, "interval")
    assert report.alpha_ordinal.result == krippendorff_alpha(units, "ordinal")
    assert report.regions_without_panel == ()


def test_spread_flags_criteria_two_scale_points_apart() -> None:
    report = agreement_report(MINI, design_rows()[::-1], DESIGN_PANELS)
    flagged = [(f.region_code, f.criterion_id, f.minimum, f.maximum, f.values) for f in report.spread]
    # R2: INF1 is 2, 2, 4 (spread 2); every other criterion of the design differs by at most 1 point.
    assert flagged == [("R2", "INF1", 2, 4, (("A", 2), ("B", 2), ("C", 4)))]
    assert "R2" in report.spread[0].explanation().text and "2 to 4" in report.spread[0].explanation().text
    assert agreement_report(MINI, design_rows(), DESIGN_PANELS, spread_points=3).spread == ()
    assert len(agreement_report(MINI, design_rows(), DESIGN_PANELS, spread_points=1).spread) > 10


def test_an_assessor_twenty_points_harsher_leaves_the_corridor_and_the_others_do_not() -> None:
    base = {"R1": 70, "R2": 55, "R3": 80, "R4": 40}
    table = {code: {"A": v, "B": v, "C": v, "D": v, "E": v - 20} for code, v in base.items()}
    report = agreement_report(PERCENT, single(table), one_panel(table))
    checks = {c.assessor_id: c for c in report.corridor_checks}
    assert report.corridor == DEFAULT_CORRIDOR == 10.0
    harsh = checks["E"]
    assert (harsh.mean_deviation, harsh.regions_counted, harsh.flagged) == (-20.0, 4, True)
    assert harsh.regions_outside == ("R1", "R2", "R3", "R4")
    assert "below" in harsh.explanation().text and "20.0" in harsh.explanation().text
    for other in "ABCD":  # each is 20/4 = 5 points above the mean of the other four
        assert (checks[other].mean_deviation, checks[other].flagged, checks[other].regions_outside) == (
            5.0,
            False,
            (),
        )
    assert report.flagged_assessors == ("E",)
    assert agreement_to_dict(report)["flagged_assessors"] == ["E"]


def test_the_corridor_is_strict_and_its_width_can_be_chosen() -> None:
    """Two assessors 20 points apart are each exactly 20 from the other: inside a corridor of 20, outside of
    19.99."""
    table = {"R1": {"A": 50, "B": 70}, "R2": {"A": 30, "B": 50}}
    inside = agreement_report(PERCENT, single(table), one_panel(table), corridor=20)
    assert [c.flagged for c in inside.corridor_checks] == [False, False]
    outside = agreement_report(PERCENT, single(table), one_panel(table), corridor=19.99)
    assert [(c.assessor_id, c.mean_deviation, c.flagged) for c in outside.corridor_checks] == [
        ("A", -20.0, True),
        ("B", 20.0, True),
    ]
    assert "above" in outside.corridor_checks[1].explanation().text


# ---- rotation: holes in the matrix ------------------------------------------------------------------


def test_rotation_holes_use_the_largest_complete_block() -> None:
    """R1–R4 scored by A, B, C and R5–R6 by A, B, D: {A, B} over all six regions and {A, B, C} over R1–R4 both
    give 12 cells; the block with more assessors wins, and D, R5 and R6 are listed as left out."""
    table: dict[str, dict[str, int | None]] = {
        **{f"R{i}": {"A": 10 * i, "B": 10 * i + 3, "C": 10 * i - 4} for i in range(1, 5)},
        **{f"R{i}": {"A": 10 * i, "B": 10 * i + 1, "D": 10 * i + 5} for i in range(5, 7)},
    }
    panel = agreement_report(PERCENT, single(table), one_panel(table)).panels[0]
    assert panel.regions_used == ("R1", "R2", "R3", "R4") and panel.assessors_used == ("A", "B", "C")
    assert panel.regions_left_out == ("R5", "R6") and panel.assessors_left_out == ("D",)
    matrix = [[table[f"R{i}"][a] for a in "ABC"] for i in range(1, 5)]
    assert panel.icc == icc_forms(matrix)


def test_rotation_with_a_shared_core_uses_the_core_over_every_region() -> None:
    """Three sessions share A and B, the third seat rotates (C, D, E): 2 × 9 cells beat 3 × 3."""
    table = {
        f"R{s}{i}": {"A": 10 * i + s, "B": 10 * i + 2 * s, third: 10 * i + 3}
        for s, third in enumerate("CDE")
        for i in range(1, 4)
    }
    panel = agreement_report(PERCENT, single(table), one_panel(table)).panels[0]
    assert panel.assessors_used == ("A", "B") and len(panel.regions_used) == 9


def test_blocks_come_from_intersections_of_the_seatings() -> None:
    """Seatings ABC and ABD (3 regions each) share A and B; CDX and CDY (2 each) share C and D. No seating
    and no 'everyone but the most absent' set beats the intersection {A, B} over 6 regions (12 cells)."""
    seatings = {"ABC": 3, "ABD": 3, "CDX": 2, "CDY": 2}
    table = {
        f"{seated}{i}": {a: 10 * i + j * 7 for j, a in enumerate(seated)}
        for seated, count in seatings.items()
        for i in range(count)
    }
    panel = agreement_report(PERCENT, single(table), one_panel(table)).panels[0]
    assert panel.assessors_used == ("A", "B")
    assert panel.regions_used == ("ABC0", "ABC1", "ABC2", "ABD0", "ABD1", "ABD2")


@pytest.mark.parametrize("intersections", [agreement.BLOCK_CANDIDATES, 0])
def test_two_absent_assessors_cost_their_columns(monkeypatch: pytest.MonkeyPatch, intersections: int) -> None:
    """E missed R00–R04 and D missed R05–R09: A, B, C over all 12 regions (36 cells) beats any seating (28).
    Without intersections (as when a national design has too many distinct seatings), 'everyone but the
    assessors who miss the most' still finds it."""
    monkeypatch.setattr(agreement, "BLOCK_CANDIDATES", intersections)
    table: dict[str, dict[str, int | None]] = {
        f"R{i:02d}": {a: 10 + 3 * i + j for j, a in enumerate("ABCDE")} for i in range(12)
    }
    for i in range(5):
        table[f"R{i:02d}"]["E"] = None
        table[f"R{i + 5:02d}"]["D"] = None
    panel = agreement_report(PERCENT, single(table), one_panel(table)).panels[0]
    assert panel.assessors_used == ("A", "B", "C") and len(panel.regions_used) == 12


def test_an_absent_assessor_costs_their_column_not_the_regions() -> None:
    table: dict[str, dict[str, int | None]] = {
        f"R{i:02d}": {a: 10 + 3 * i + j for j, a in enumerate("ABCDE")} for i in range(12)
    }
    for i in range(5):
        table[f"R{i:02d}"]["E"] = None  # E missed the first morning
    panel = agreement_report(PERCENT, single(table), one_panel(table)).panels[0]
    assert len(panel.regions_used) == 12 and panel.assessors_left_out == ("E",)


# ---- determinism and canonical data ----------------------------------------------------------------


def rotation_design(seed: int) -> tuple[list[AssessorScores], dict[str, str]]:
    rng = random.Random(seed)
    rows: list[AssessorScores] = []
    panels: dict[str, str] = {}
    for p in range(3):
        for i in range(8):
            code = f"{p}.{i:02d}"
            panels[code] = f"P{p}"
            seated = [f"A{p}{m}" for m in range(4)] + [f"A{(p + 1) % 3}{i % 4}"]
            for a in seated:
                scores = {c: rng.choice([1, 2, 3, 4, 5, None]) for c in ("INF1", "INF2", "SUP1", "VIS1")}
                rows.append(AssessorScores(a, code, scores, True))
    rows.append(AssessorScores("Z9", "9.99", {"INF1": 3}, False))  # a region outside every panel
    return rows, panels


def test_shuffled_input_gives_identical_bytes() -> None:
    rows, panels = rotation_design(11)
    baseline = agreement_report(MINI, rows, panels)
    expected = canonical_json(agreement_to_dict(baseline))
    rng = random.Random(3)
    for _ in range(3):
        shuffled_rows = list(rows)
        rng.shuffle(shuffled_rows)
        items = list(panels.items())
        rng.shuffle(items)
        report = agreement_report(MINI, shuffled_rows, dict(items))
        assert report == baseline  # every tuple in the same order, every float bit for bit
        assert canonical_json(agreement_to_dict(report)) == expected


def test_plain_data_is_rounded_sorted_and_readable() -> None:
    rows, panels = rotation_design(5)
    report = agreement_report(MINI, rows, panels)
    data = no_nan(report)
    assert report.regions_without_panel == ("9.99",) and data["regions_without_panel"] == ["9.99"]

    def floats(value: Any) -> list[float]:
        if isinstance(value, float):
            return [value]
        if isinstance(value, dict):
            return [f for v in value.values() for f in floats(v)]
        if isinstance(value, list):
            return [f for v in value for f in floats(v)]
        return []

    found = floats(data)
    assert found and all(f == round(f, 4) for f in found)
    assert [p["panel_id"] for p in data["panels"]] == ["P0", "P1", "P2"]
    checks = [(c["assessor_id"], c["panel_id"]) for c in data["corridor_checks"]]
    assert checks == sorted(checks)
    assert all(isinstance(c["explanation"], str) for c in data["corridor_checks"])
    assert "10.0 points" in data["rules"]


# ---- too little data -----------------------------------------------------------------------------


def test_a_panel_of_one_assessor_has_reasons_not_numbers() -> None:
    table = {"R1": {"A": 60}, "R2": {"A": 70}}
    report = agreement_report(PERCENT, single(table), one_panel(table))
    panel = report.panels[0]
    assert panel.icc is None and panel.kendall_w is None
    assert panel.icc_reason is not None and "(it has 1)" in panel.icc_reason.text
    assert panel.icc_reason.params == {"panel": "P1", "assessors": 1}
    check = report.corridor_checks[0]
    assert (check.mean_deviation, check.regions_counted, check.flagged) == (None, 0, False)
    assert "cannot be compared" in check.explanation().text
    assert report.alpha_interval.result.alpha is None and report.alpha_interval.reason is not None
    no_nan(report)


def test_a_panel_with_one_region_has_a_reason() -> None:
    table = {"R1": {"A": 60, "B": 65, "C": 40}}
    report = agreement_report(PERCENT, single(table), one_panel(table))
    reason = report.panels[0].icc_reason
    assert report.panels[0].icc is None and reason is not None and "(it has 1)" in reason.text
    assert [c.mean_deviation for c in report.corridor_checks] == [7.5, 15.0, -22.5]
    no_nan(report)


def test_equal_scores_everywhere_give_undefined_figures_with_reasons() -> None:
    table = {f"R{i}": {"A": 3, "B": 3, "C": 3} for i in range(4)}
    report = agreement_report(ONE_TO_FIVE, single(table), one_panel(table))
    panel = report.panels[0]
    assert panel.icc is not None and panel.icc.icc_2_1 is None
    assert panel.icc_reason is not None
    assert panel.icc_reason.text == "Every total in panel P1 is the same, so the ICC is undefined."
    assert panel.kendall_w is not None and panel.kendall_w.w is None and panel.kendall_reason is not None
    for figure in (report.alpha_interval, report.alpha_ordinal):
        assert figure.result.alpha is None and figure.reason is not None and "same" in figure.reason.text
    assert report.spread == () and report.flagged_assessors == ()
    data = no_nan(report)
    assert data["panels"][0]["icc"]["icc_2_1"] is None and data["panels"][0]["icc_reason"]


def test_no_scores_at_all_and_unscored_criteria() -> None:
    empty = agreement_report(MINI, [], {"R1": "P1"})
    assert empty.panels[0].icc is None and empty.panels[0].icc_reason is not None
    assert "(it has 0)" in empty.panels[0].icc_reason.text
    assert empty.alpha_interval.reason is not None and "two or more" in empty.alpha_interval.reason.text
    assert empty.corridor_checks == () and empty.spread == ()
    no_nan(empty)
    nothing_scored = [AssessorScores(a, "R1", {"INF1": None}, False) for a in "AB"]
    report = agreement_report(MINI, nothing_scored, {"R1": "P1"})
    assert report.panels[0].regions == () and report.regions_without_panel == ()
    no_nan(report)


def test_no_two_assessors_share_two_regions() -> None:
    table: dict[str, dict[str, int | None]] = {
        "R1": {"A": 50, "B": 60},
        "R2": {"C": 70, "D": 40},
        "R3": {"A": 55},
    }
    panel = agreement_report(PERCENT, single(table), one_panel(table)).panels[0]
    assert panel.icc is None and panel.icc_reason is not None and "no two assessors" in panel.icc_reason.text


@pytest.mark.parametrize(
    "rows, options, message",
    [
        ([AssessorScores("A", "R1", {"C": 3}, True)] * 2, {}, "twice"),
        ([AssessorScores("A", "R1", {"C": 6}, True)], {}, "off the scale"),
        ([AssessorScores("A", "R1", {"C": True}, True)], {}, "off the scale"),
        ([AssessorScores("A", "R1", {"X": 3}, True)], {}, "not in rubric"),
        ([], {"corridor": -1}, "negative"),
        ([], {"corridor": math.nan}, "finite"),
        ([], {"spread_points": 0}, "spread"),
    ],
)
def test_inputs_the_report_must_never_see_are_refused(
    rows: list[AssessorScores], options: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        agreement_report(ONE_TO_FIVE, rows, {"R1": "P1"}, **options)
