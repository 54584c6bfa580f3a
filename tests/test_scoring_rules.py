"""Scoring rules: subtotals and total against numbers worked out by hand, and what finalising requires."""

from __future__ import annotations

from typing import Any

import pytest

from gm100_desktop.domain.rubric import Rubric, parse_rubric
from gm100_desktop.domain.scoring import check_finalise, rescale, summarise
from gm100_desktop.services.rubrics import builtin_rubric


def small_rubric(low: int, high: int) -> Rubric:
    """The example of docs/rubric.md: infra (weight 2; NET weight 2, APP 1) and vision (weight 1; VIS)."""

    def levels() -> dict[str, Any]:
        return {str(v): {"id": f"Tingkat {v}"} for v in range(low, high + 1)}

    return parse_rubric(
        {
            "format": "gm100-rubric",
            "format_version": 1,
            "id": "contoh-kecil",
            "version": "1",
            "name": {"id": "Contoh rubrik kecil"},
            "scale": {"min": low, "max": high},
            "dimensions": [
                {
                    "id": "infra",
                    "name": {"id": "Infrastruktur"},
                    "weight": 2,
                    "criteria": [
                        {"id": "NET", "name": {"id": "Jaringan"}, "weight": 2, "levels": levels()},
                        {"id": "APP", "name": {"id": "Aplikasi"}, "levels": levels()},
                    ],
                },
                {
                    "id": "vision",
                    "name": {"id": "Visi"},
                    "weight": 1,
                    "criteria": [{"id": "VIS", "name": {"id": "Visi"}, "levels": levels()}],
                },
            ],
        },
        "small.json",
    )


def test_rescale_maps_the_ends_of_any_scale_to_0_and_100() -> None:
    one_to_four = small_rubric(1, 4)
    assert [rescale(one_to_four, v) for v in (1, 2, 3, 4)] == pytest.approx([0, 100 / 3, 200 / 3, 100])
    zero_to_four = small_rubric(0, 4)
    assert [rescale(zero_to_four, v) for v in (0, 1, 2, 3, 4)] == [0, 25, 50, 75, 100]


def test_worked_example_of_the_rubric_documentation() -> None:
    # NET=3, APP=2, VIS=4 on 1–4: NET 66.67, APP 33.33, VIS 100; infra (2×66.67 + 33.33)/3 = 55.56;
    # total (2×55.56 + 100)/3 = 70.37.
    summary = summarise(small_rubric(1, 4), {"NET": 3, "APP": 2, "VIS": 4})
    infra, vision = summary.dimensions
    assert infra.score == pytest.approx(500 / 9)
    assert vision.score == 100
    assert summary.total is not None
    assert summary.total == pytest.approx(1900 / 27)
    assert round(summary.total, 2) == 70.37
    assert summary.complete and infra.complete and vision.complete
    assert (summary.scored, summary.criteria) == (3, 3)


def test_scale_0_to_4() -> None:
    # NET=3 → 75, APP=0 → 0, VIS=2 → 50: infra (2×75 + 0)/3 = 50, total (2×50 + 50)/3 = 50.
    summary = summarise(small_rubric(0, 4), {"NET": 3, "APP": 0, "VIS": 2})
    assert [d.score for d in summary.dimensions] == [50, 50]
    assert summary.total == 50
    # Zero is a score, not "unscored".
    assert summary.scored == 3


def test_readiness_rubric_weights_1_to_5() -> None:
    rubric = builtin_rubric("gm100_readiness")
    every = [c.id for c in rubric.criteria()]
    assert summarise(rubric, dict.fromkeys(every, 5)).total == 100
    assert summarise(rubric, dict.fromkeys(every, 1)).total == 0
    assert summarise(rubric, dict.fromkeys(every, 3)).total == 50

    # INF1 (weight 1.5 of 6) at 5, the other infrastructure criteria at 1: infrastructure = 1.5/6 × 100 = 25.
    # Suprastructure all 4 → 75; leadership: VIS1 (weight 2 of 7) at 1, the rest at 5 → 5/7 × 100.
    scores = dict.fromkeys(every, 1)
    scores.update({"INF1": 5, "SUP1": 4, "SUP2": 4, "SUP3": 4, "SUP4": 4, "SUP5": 4})
    scores.update({"VIS2": 5, "VIS3": 5, "VIS4": 5, "VIS5": 5})
    summary = summarise(rubric, scores)
    infrastructure, suprastructure, leadership = (d.score for d in summary.dimensions)
    assert infrastructure == pytest.approx(25)
    assert suprastructure == pytest.approx(75)
    assert leadership == pytest.approx(500 / 7)
    # Dimension weights 30/30/40: 0.3×25 + 0.3×75 + 0.4×71.43 = 58.571...
    assert summary.total == pytest.approx(0.3 * 25 + 0.3 * 75 + 0.4 * 500 / 7)


def test_partial_scoring_is_provisional_over_what_is_scored() -> None:
    rubric = builtin_rubric("gm100_readiness")
    summary = summarise(rubric, {"INF1": 5, "INF2": None})
    infrastructure, suprastructure, leadership = summary.dimensions
    assert (infrastructure.score, infrastructure.scored, infrastructure.criteria) == (100, 1, 5)
    assert not infrastructure.complete
    assert suprastructure.score is None and leadership.score is None
    assert summary.total == 100  # only the dimension with scores counts so far
    assert (summary.scored, summary.criteria, summary.complete) == (1, 15, False)

    # A leadership score of 1 (→ 0) now weighs 40 against infrastructure's 30.
    summary = summarise(rubric, {"INF1": 5, "VIS1": 1})
    assert summary.total == pytest.approx(30 * 100 / 70)

    # Within a dimension the criterion weights count: INF1 (1.5) at 5 and INF2 (1) at 1 → 1.5/2.5 × 100 = 60.
    assert summarise(rubric, {"INF1": 5, "INF2": 1}).dimensions[0].score == pytest.approx(60)


def test_nothing_scored_gives_no_numbers() -> None:
    rubric = builtin_rubric("smart_city_pillars")
    for scores in ({}, dict.fromkeys((c.id for c in rubric.criteria()), None)):
        summary = summarise(rubric, scores)
        assert summary.total is None
        assert all(d.score is None and d.scored == 0 for d in summary.dimensions)
        assert [d.criteria for d in summary.dimensions] == [3] * 6
        assert (summary.scored, summary.criteria, summary.complete) == (0, 18, False)


def test_unknown_criteria_in_the_scores_are_ignored() -> None:
    summary = summarise(small_rubric(1, 4), {"NET": 4, "XYZ": 1})
    assert summary.total == 100 and summary.scored == 1


# ---- finalising --------------------------------------------------------------------------------


def test_finalise_needs_every_criterion_scored_listed_in_rubric_order() -> None:
    rubric = builtin_rubric("gm100_readiness")
    scores: dict[str, int | None] = {"INF2": 3, "SUP1": 2, "VIS3": None}
    check = check_finalise(rubric, scores, {})
    expected = [c.id for c in rubric.criteria() if c.id not in ("INF2", "SUP1")]
    assert list(check.missing) == expected
    assert check.needs_note == ()
    assert not check.ok


def test_scores_at_either_end_of_the_scale_need_a_note() -> None:
    rubric = builtin_rubric("gm100_readiness")
    scores = {c.id: 3 for c in rubric.criteria()}
    assert check_finalise(rubric, scores, {}).ok

    scores.update({"INF1": 1, "SUP3": 5, "VIS5": 2, "VIS2": 4})
    check = check_finalise(rubric, scores, {})
    assert check.missing == ()
    assert list(check.needs_note) == ["INF1", "SUP3"]  # 2 and 4 are not extremes
    assert not check.ok

    notes = {"INF1": "Belum ada jaringan antar-OPD", "SUP3": "   \t\n"}  # whitespace is not a note
    check = check_finalise(rubric, scores, notes)
    assert list(check.needs_note) == ["SUP3"]

    notes["SUP3"] = "Perda SPBE sudah terbit"
    assert check_finalise(rubric, scores, notes).ok


def test_extremes_on_a_0_to_4_scale() -> None:
    rubric = small_rubric(0, 4)
    check = check_finalise(rubric, {"NET": 0, "APP": 4, "VIS": 1}, {"APP": "x"})
    assert check.needs_note == ("NET",)
    check = check_finalise(rubric, {"NET": 0, "VIS": 1}, {})
    assert (check.missing, check.needs_note) == (("APP",), ("NET",))
