"""Merging a panel's scores and ranking regions, against numbers worked out by hand."""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from typing import Any

import pytest
from rubric_support import make_rubric

from gm100_desktop.domain.aggregate import (
    AssessorScores,
    aggregate,
    aggregation_to_dict,
    sensitivity,
)
from gm100_desktop.domain.canonical import canonical_json
from gm100_desktop.domain.rubric import Rubric
from gm100_desktop.domain.scoring import summarise
from gm100_desktop.services.rubrics import builtin_rubric

# Readiness-shaped: weights 30/30/40, INF1 counts twice INF2.
MINI = make_rubric(
    1,
    5,
    [
        ("infrastructure", 30, {"INF1": 2, "INF2": 1}),
        ("suprastructure", 30, {"SUP1": 1}),
        ("leadership", 40, {"VIS1": 1}),
    ],
)
# Four equal dimensions of one criterion each; "governance" is not in the default tie-break chain.
EVEN = make_rubric(
    1,
    5,
    [
        ("infrastructure", 1, {"I": 1}),
        ("suprastructure", 1, {"S": 1}),
        ("leadership", 1, {"L": 1}),
        ("governance", 1, {"G": 1}),
    ],
)


def row(
    assessor: str, region: str, scores: Mapping[str, int | None], *, finalised: bool = True
) -> AssessorScores:
    return AssessorScores(assessor, region, dict(scores), finalised)


def even(assessor: str, region: str, i: int, s: int, l: int, g: int) -> AssessorScores:  # noqa: E741
    return row(assessor, region, {"I": i, "S": s, "L": l, "G": g})


def criterion(result: Any, region: str, crit: str) -> Any:
    return next(c for c in result.region(region).criteria if c.criterion_id == crit)


# ---- per-criterion methods ----------------------------------------------------------------------


def panel(values: Sequence[int]) -> list[AssessorScores]:
    return [row(f"A{i}", "R", {"INF1": v, "INF2": 3, "SUP1": 3, "VIS1": 3}) for i, v in enumerate(values, 1)]


def test_mean_median_and_trimmed_with_five_assessors() -> None:
    rows = panel([1, 3, 3, 4, 5])
    mean = criterion(aggregate(MINI, rows), "R", "INF1")
    assert (mean.value, mean.rescaled, mean.count, mean.applied) == (3.2, 55.0, 5, "mean")  # 16/5
    median = criterion(aggregate(MINI, rows, method="median"), "R", "INF1")
    assert (median.value, median.applied) == (3.0, "median")
    # Trimmed drops the 1 and the 5: (3 + 3 + 4)/3 = 3.3333, rescaled 100 × 2.3333/4 = 58.3333.
    result = aggregate(MINI, rows, method="trimmed")
    trimmed = criterion(result, "R", "INF1")
    assert (trimmed.value, trimmed.rescaled, trimmed.applied) == (3.3333, 58.3333, "trimmed")
    assert result.region("R").fallback_to_mean == ()  # type: ignore[union-attr]


def test_trimmed_with_four_assessors_is_the_mean_and_says_so() -> None:
    rows = panel([1, 3, 4, 5])
    result = aggregate(MINI, rows, method="trimmed")
    trimmed = criterion(result, "R", "INF1")
    assert (trimmed.value, trimmed.applied) == (3.25, "mean")  # 13/4, nothing dropped
    region = result.region("R")
    assert region is not None
    assert region.fallback_to_mean == ("INF1", "INF2", "SUP1", "VIS1")
    assert result.rule.method == "trimmed"
    assert criterion(aggregate(MINI, rows, method="median"), "R", "INF1").value == 3.5


# ---- weights and rescaling ----------------------------------------------------------------------


def test_weights_and_rescaling_on_a_1_to_5_scale() -> None:
    rows = [
        row("A", "R", {"INF1": 5, "INF2": 1, "SUP1": 4, "VIS1": 3}),
        row("B", "R", {"INF1": 4, "INF2": 2, "SUP1": 4, "VIS1": 4}),
    ]
    # Means 4.5, 1.5, 4, 3.5 → 87.5, 12.5, 75, 62.5; infrastructure (2×87.5 + 12.5)/3 = 62.5;
    # total 0.3×62.5 + 0.3×75 + 0.4×62.5 = 66.25.
    region = aggregate(MINI, rows).region("R")
    assert region is not None
    assert [c.rescaled for c in region.criteria] == [87.5, 12.5, 75.0, 62.5]
    assert [d.score for d in region.dimensions] == [62.5, 75.0, 62.5]
    assert region.total == 66.25
    assert region.complete and region.assessors == ("A", "B")


def test_weights_and_rescaling_on_a_0_to_4_scale() -> None:
    small = make_rubric(0, 4, [("infra", 2, {"NET": 2, "APP": 1}), ("vision", 1, {"VIS": 1})])
    rows = [
        row("A", "R", {"NET": 3, "APP": 0, "VIS": 4}),
        row("B", "R", {"NET": 2, "APP": 1, "VIS": 3}),
    ]
    # Means 2.5, 0.5, 3.5 → 62.5, 12.5, 87.5; infra (2×62.5 + 12.5)/3 = 45.8333;
    # total (2 × 275/6 + 87.5)/3 = 537.5/9 = 59.7222.
    region = aggregate(small, rows).region("R")
    assert region is not None
    assert [d.score for d in region.dimensions] == [45.8333, 87.5]
    assert region.total == 59.7222


def test_one_assessor_panel_matches_the_assessors_own_summary() -> None:
    rubric = builtin_rubric("gm100_readiness")
    scores = {c.id: 1 + i % 5 for i, c in enumerate(rubric.criteria())}
    region = aggregate(rubric, [row("A", "R", scores)]).region("R")
    own = summarise(rubric, scores)
    assert region is not None and own.total is not None
    assert region.total == round(own.total, 4)
    assert [d.score for d in region.dimensions] == [round(d.score or 0, 4) for d in own.dimensions]


# ---- ties ---------------------------------------------------------------------------------------

# Rescaled 1→0, 2→25, 3→50, 4→75, 5→100; total = mean of the four dimensions.
CHAIN_ROWS = [
    even("A", "U", 4, 4, 4, 4),  # total 75
    even("A", "P", 3, 3, 4, 2),  # total 50, leadership 75
    even("A", "Q", 3, 4, 3, 2),  # total 50, leadership 50, suprastructure 75
    even("A", "R", 4, 3, 3, 2),  # total 50, leadership 50, suprastructure 50, infrastructure 75
    even("A", "T", 3, 3, 3, 3),  # total 50, leadership 50, suprastructure 50, infrastructure 50
]


def test_tie_broken_by_leadership_then_suprastructure_then_infrastructure() -> None:
    result = aggregate(EVEN, CHAIN_ROWS)
    assert result.rule.tie_break == ("leadership", "suprastructure", "infrastructure")
    assert [(r.region_code, r.rank, r.decided_by) for r in result.ranking] == [
        ("U", 1, "total"),
        ("P", 2, "leadership"),
        ("Q", 3, "suprastructure"),
        ("R", 4, "infrastructure"),
        ("T", 5, "infrastructure"),
    ]
    assert [r.total for r in result.ranking] == [75.0, 50.0, 50.0, 50.0, 50.0]
    assert result.ranking[3].tie_keys == (50.0, 50.0, 75.0)
    assert not any(r.shared for r in result.ranking)
    sentence = result.rule.sentence
    assert "ordered by Leadership, then Suprastructure, then Infrastructure" in sentence
    assert "top 25" in sentence


def test_the_chair_sets_the_chain() -> None:
    result = aggregate(EVEN, CHAIN_ROWS, tie_break=["infrastructure"])
    assert [(r.region_code, r.rank, r.shared) for r in result.ranking] == [
        ("U", 1, False),
        ("R", 2, False),
        ("P", 3, True),
        ("Q", 3, True),
        ("T", 3, True),
    ]
    assert "ordered by Infrastructure (highest first)" in result.rule.sentence
    no_chain = aggregate(EVEN, CHAIN_ROWS, tie_break=())
    assert [r.rank for r in no_chain.ranking] == [1, 2, 2, 2, 2]
    assert "regions with equal totals share a rank" in no_chain.rule.sentence


def test_a_rubric_without_the_default_dimensions_ranks_by_total_then_shared() -> None:
    pillars = builtin_rubric("smart_city_pillars")
    assert aggregate(pillars, []).rule.tie_break == ()


PERFECT_TIE = [
    even("A1", "A", 5, 5, 5, 5),  # 100
    even("A1", "B", 2, 2, 2, 2),  # B: means 3, 3, 3, 3 → 50
    even("A2", "B", 4, 4, 4, 4),
    even("A1", "C", 3, 3, 3, 3),  # C: 50 in every dimension, same as B
    even("A1", "D", 2, 2, 2, 2),  # 25
]


def test_a_perfect_tie_shares_the_rank_1_2_2_4() -> None:
    result = aggregate(EVEN, PERFECT_TIE)
    assert [(r.region_code, r.rank, r.shared, r.decided_by) for r in result.ranking] == [
        ("A", 1, False, "total"),
        ("B", 2, True, None),
        ("C", 2, True, None),
        ("D", 4, False, "total"),
    ]


def test_a_tie_across_the_cut_line_is_reported_and_not_selected() -> None:
    at_cut = aggregate(EVEN, PERFECT_TIE, top_n=2)
    assert at_cut.selected == ("A",)
    assert at_cut.cut_tie == ("B", "C")
    assert at_cut.open_places == 1
    assert at_cut.cut_total == 50.0
    assert [r.selected for r in at_cut.ranking] == [True, False, False, False]

    fits = aggregate(EVEN, PERFECT_TIE, top_n=3)  # the tied pair takes places 2 and 3
    assert (fits.selected, fits.cut_tie, fits.open_places) == (("A", "B", "C"), (), 0)
    above = aggregate(EVEN, PERFECT_TIE, top_n=1)
    assert (above.selected, above.cut_tie, above.cut_total) == (("A",), (), 100.0)
    few = aggregate(EVEN, PERFECT_TIE, top_n=10)
    assert (few.selected, few.cut_total) == (("A", "B", "C", "D"), None)


# ---- incomplete regions ---------------------------------------------------------------------------


def test_incomplete_regions_are_excluded_unless_the_chair_includes_them() -> None:
    rows = [
        even("A1", "FULL", 4, 4, 4, 4),
        even("A2", "FULL", 4, 4, 4, 4),
        even("A1", "SHORT", 5, 5, 5, 5),  # panel of 2, one assessor
        row("A1", "OPEN", {"I": 5, "S": 5, "L": 5, "G": None}, finalised=False),
        even("A2", "OPEN", 5, 5, 5, 5),
    ]
    sizes = {"FULL": 2, "SHORT": 2, "OPEN": 2, "EMPTY": 2}
    result = aggregate(EVEN, rows, panel_sizes=sizes)
    assert [r.region_code for r in result.ranking] == ["FULL"]
    assert result.excluded == ("EMPTY", "OPEN", "SHORT")

    short, opened, empty = (result.region(c) for c in ("SHORT", "OPEN", "EMPTY"))
    assert short is not None and opened is not None and empty is not None
    assert (short.missing_assessors, short.unscored, short.not_finalised) == (1, (), ())
    assert (opened.missing_assessors, opened.unscored, opened.not_finalised) == (0, (), ("A1",))
    assert criterion(result, "OPEN", "G").count == 1  # A2's 5 stands alone
    assert (empty.assessors, empty.unscored, empty.total) == ((), ("I", "S", "L", "G"), None)

    included = aggregate(EVEN, rows, panel_sizes=sizes, include_incomplete={"SHORT", "OPEN", "EMPTY", "FULL"})
    assert [(r.region_code, r.rank, r.incomplete) for r in included.ranking] == [
        ("OPEN", 1, True),
        ("SHORT", 1, True),
        ("FULL", 3, False),
    ]
    assert included.excluded == ("EMPTY",)  # nothing to rank
    assert included.rule.included_incomplete == ("EMPTY", "OPEN", "SHORT")


def test_a_criterion_nobody_scored_makes_the_region_incomplete() -> None:
    rows = [row("A1", "R", {"I": 3, "S": 3, "L": 3}), row("A2", "R", {"I": 3, "S": 3, "L": 3, "G": None})]
    result = aggregate(EVEN, rows)
    region = result.region("R")
    assert region is not None
    assert region.unscored == ("G",) and not region.complete
    assert result.excluded == ("R",)
    provisional = aggregate(EVEN, rows, include_incomplete=["R"])
    assert provisional.ranking[0].total == 50.0  # over the three dimensions with scores
    assert provisional.ranking[0].incomplete


# ---- determinism --------------------------------------------------------------------------------


def random_rows(rubric: Rubric, seed: int) -> list[AssessorScores]:
    rng = random.Random(seed)
    rows = []
    for region in range(40):
        for assessor in range(rng.choice([3, 5, 6])):
            scores = {c.id: rng.randint(rubric.scale_min, rubric.scale_max) for c in rubric.criteria()}
            rows.append(row(f"P{region % 4}-{assessor}", f"{region:02d}.{region * 7 % 100:02d}", scores))
    return rows


def shuffled(rows: list[AssessorScores], seed: int) -> list[AssessorScores]:
    rng = random.Random(seed)
    out = []
    for r in rows:
        items = list(r.scores.items())
        rng.shuffle(items)
        out.append(AssessorScores(r.assessor_id, r.region_code, dict(items), r.finalised))
    rng.shuffle(out)
    return out


@pytest.mark.parametrize("method", ["mean", "median", "trimmed"])
def test_same_inputs_in_any_order_give_identical_bytes(method: str) -> None:
    rubric = builtin_rubric("gm100_readiness")
    rows = random_rows(rubric, 7)
    first = canonical_json(aggregation_to_dict(aggregate(rubric, rows, method=method, top_n=10)))
    for seed in range(5):
        again = aggregate(rubric, shuffled(rows, seed), method=method, top_n=10)
        assert canonical_json(aggregation_to_dict(again)) == first
    ranking = aggregate(rubric, rows, method=method).ranking
    assert [r.rank for r in ranking] == sorted(r.rank for r in ranking)


# ---- sensitivity ------------------------------------------------------------------------------------


def test_leaving_out_a_harsh_assessor_moves_a_region_across_the_cut() -> None:
    rows = [
        even("HARSH", "K", 1, 1, 1, 1),  # K: means 11/3 → 66.6667 total
        even("A2", "K", 5, 5, 5, 5),
        even("A3", "K", 5, 5, 5, 5),
        even("B1", "L", 4, 4, 4, 4),  # L: 75
        even("B2", "L", 4, 4, 4, 4),
        even("B3", "L", 4, 4, 4, 4),
    ]
    result = sensitivity(EVEN, rows, top_n=1)
    assert result.baseline.selected == ("L",)
    assert result.baseline.region("K").total == 66.6667  # type: ignore[union-attr]

    by_assessor = {s.subject: s for s in result.without_assessor}
    assert list(by_assessor) == ["A2", "A3", "B1", "B2", "B3", "HARSH"]
    harsh = by_assessor["HARSH"]
    assert (harsh.kind, harsh.selected, harsh.entered, harsh.left) == (
        "without_assessor",
        ("K",),
        ("K",),
        ("L",),
    )
    assert not any(s.changed for s in result.without_assessor if s.subject != "HARSH")

    by_method = {s.subject: s for s in result.methods}
    assert list(by_method) == ["mean", "median", "trimmed"]
    assert by_method["median"].entered == ("K",)  # median 5 → 100
    assert not by_method["mean"].changed
    assert not by_method["trimmed"].changed  # three values: the trimmed mean is the mean
    assert result.stable == ()
    # K's and L's panels share no assessor, so no severity adjustment: listed with the reason, not run.
    assert [m for m, _ in result.refused_methods] == ["adjusted"]
    assert "share no assessor" in result.refused_methods[0][1]


def test_the_severity_adjustment_credits_a_region_its_harsh_panel_marked_down() -> None:
    # X sat on both panels and rates K above L; K's other assessors mark everything two points below X,
    # L's agree with X. Severities (sum 0): H1, H2 −1.2, the others +0.8.
    rows = [
        even("H1", "K", 2, 2, 2, 2),
        even("H2", "K", 2, 2, 2, 2),
        even("X", "K", 4, 4, 4, 4),
        even("B1", "L", 3, 3, 3, 3),
        even("B2", "L", 3, 3, 3, 3),
        even("X", "L", 3, 3, 3, 3),
    ]
    mean = aggregate(EVEN, rows, top_n=1)
    assert (mean.region("K").total, mean.region("L").total, mean.selected) == (41.6667, 50.0, ("L",))  # type: ignore[union-attr]
    fair = aggregate(EVEN, rows, method="adjusted", top_n=1)
    assert fair.severity is not None
    assert [(a.assessor_id, a.severity) for a in fair.severity.assessors] == [
        ("B1", 0.8),
        ("B2", 0.8),
        ("H1", -1.2),
        ("H2", -1.2),
        ("X", 0.8),
    ]
    # K: 2 + 1.2 = 4 − 0.8 = 3.2 → 55; L: 3 − 0.8 = 2.2 → 30.
    assert (fair.region("K").total, fair.region("L").total, fair.selected) == (55.0, 30.0, ("K",))  # type: ignore[union-attr]

    spread = sensitivity(EVEN, rows, top_n=1)
    by_method = {s.subject: s for s in spread.methods}
    assert list(by_method) == ["mean", "median", "trimmed", "adjusted"]
    assert (by_method["adjusted"].entered, by_method["adjusted"].left) == (("K",), ("L",))
    assert spread.refused_methods == ()
    under_adjusted = sensitivity(EVEN, rows, method="adjusted", top_n=1)
    assert [a for a, _ in under_adjusted.refused_without_assessor] == ["X"]  # X is the only bridge


def test_sensitivity_keeps_the_baselines_regions_and_reports_cut_ties() -> None:
    rows = [*PERFECT_TIE, even("A2", "A", 5, 5, 5, 5), even("A2", "C", 1, 1, 1, 1)]  # C: means 2 → 25
    result = sensitivity(EVEN, rows, top_n=3)
    assert (result.baseline.selected, result.baseline.cut_tie) == (("A", "B"), ("C", "D"))
    without_a2 = next(s for s in result.without_assessor if s.subject == "A2")
    # Without A2, B (2s only) is 25 and C (3s only) is 50: A, C selected outright, B and D tie at the cut.
    assert (without_a2.selected, without_a2.cut_tie) == (("A", "C"), ("B", "D"))
    assert (without_a2.entered, without_a2.left) == (("C",), ("B",))
    without_a1 = next(s for s in result.without_assessor if s.subject == "A1")
    assert without_a1.selected == ("A", "B", "C")  # D has no score left and drops out
    assert result.stable == ("A",)


# ---- inputs the merge refuses -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rows", "options", "message"),
    [
        ([], {"method": "mode"}, "method"),
        ([], {"tie_break": ["vision"]}, "vision"),
        ([], {"tie_break": ["leadership", "leadership"]}, "twice"),
        ([], {"top_n": 0}, "top_n"),
        ([even("A", "R", 3, 3, 3, 3), even("A", "R", 3, 3, 3, 3)], {}, "twice"),
        ([row("A", "R", {"X": 3})], {}, "'X'"),
        ([row("A", "R", {"I": 6})], {}, "off the scale"),
    ],
)
def test_inputs_the_merge_must_never_see(
    rows: list[AssessorScores], options: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        aggregate(EVEN, rows, **options)
