"""Reliability statistics checked against published worked examples and hand computations."""

from __future__ import annotations

import math
from fractions import Fraction

import pytest

from gm100_desktop.domain.reliability import (
    ReliabilityError,
    icc_forms,
    kendalls_w,
    krippendorff_alpha,
    krippendorff_alphas,
)

SHROUT_FLEISS_TABLE_2 = [[9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7]]

_ = None
# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 coders × 12 units, 1–5.
KRIPPENDORFF_CODERS = {
    "A": [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
    "B": [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
    "C": [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
    "D": [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
}
KRIPPENDORFF_UNITS = [list(unit) for unit in zip(*KRIPPENDORFF_CODERS.values(), strict=True)]


def test_icc_matches_shrout_fleiss_1979_table_2() -> None:
    """Shrout & Fleiss (1979), Psychological Bulletin 86(2), Table 2 data, Table 4 results (two decimals)."""
    r = icc_forms(SHROUT_FLEISS_TABLE_2)
    published = {
        "icc_1_1": 0.17,
        "icc_2_1": 0.29,
        "icc_3_1": 0.71,
        "icc_1_k": 0.44,
        "icc_2_k": 0.62,
        "icc_3_k": 0.91,
    }
    got = {name: round(getattr(r, name), 2) for name in published}
    assert got == published
    # Mean squares of their ANOVA table: BMS 11.24, WMS 6.26, JMS 32.49, EMS 1.02.
    assert [round(x, 2) for x in (r.bms, r.wms, r.jms, r.ems)] == [11.24, 6.26, 32.49, 1.02]
    assert (r.targets, r.judges, r.dropped_targets, r.reason) == (6, 4, 0, None)


def test_icc_and_alpha_do_not_change_when_totals_are_rescaled() -> None:
    """An affine change of units (e.g. totals rescaled to 0–100) leaves ICC and interval alpha unchanged."""
    rescaled = [[12.5 * v + 3.25 for v in row] for row in SHROUT_FLEISS_TABLE_2]
    before, after = icc_forms(SHROUT_FLEISS_TABLE_2), icc_forms(rescaled)
    assert after.icc_2_1 == pytest.approx(before.icc_2_1, abs=1e-12)
    assert after.icc_3_k == pytest.approx(before.icc_3_k, abs=1e-12)
    alpha_before = krippendorff_alpha(SHROUT_FLEISS_TABLE_2, "interval").alpha
    alpha_after = krippendorff_alpha(rescaled, "interval").alpha
    assert alpha_before is not None and alpha_after == pytest.approx(alpha_before, abs=1e-12)


def test_icc_drops_incomplete_rows_and_says_how_many() -> None:
    """A target with a missing rating is left out; the other six give the published figures unchanged."""
    r = icc_forms([*SHROUT_FLEISS_TABLE_2, [5, None, 4, 4]])
    assert (r.targets, r.dropped_targets) == (6, 1)
    assert r.icc_2_1 is not None and round(r.icc_2_1, 2) == 0.29


def test_icc_of_identical_ratings_is_none_with_reason_not_nan() -> None:
    r = icc_forms([[3, 3, 3], [3, 3, 3], [3, 3, 3]])
    forms = (r.icc_1_1, r.icc_2_1, r.icc_3_1, r.icc_1_k, r.icc_2_k, r.icc_3_k)
    assert forms == (None,) * 6
    assert r.reason is not None and "same" in r.reason
    assert not any(math.isnan(x) for x in (r.bms, r.wms, r.jms, r.ems))


def test_icc_when_targets_cannot_be_told_apart() -> None:
    """Equal target means: BMS = 0, so the average-measure forms are undefined (ICC(2,k) would be
    (0 − 1)/(0 + (0 − 1)/2) = 2, not a correlation); ICC(1,1) = (0 − 1)/(0 + 1·1) = −1 is kept."""
    r = icc_forms([[1, 2], [2, 1]])
    assert (r.bms, r.jms, r.ems) == (0, 0, 1)
    assert (r.icc_1_k, r.icc_2_k, r.icc_3_k) == (None, None, None)
    assert r.icc_1_1 == pytest.approx(-1.0)
    assert r.reason is not None


@pytest.mark.parametrize(
    "ratings, message",
    [
        ([[1, 2, 3]], "2 targets"),
        ([], "2 targets"),
        ([[1], [2], [3]], "2 judges"),
        ([[1, 2], [None, 3], [4, None]], "2 targets"),
        ([[1, 2], [3]], "row 2"),
        ([[1, 2], [3, float("nan")]], "finite"),
    ],
)
def test_icc_refuses_unusable_matrices(ratings: list[list[float | None]], message: str) -> None:
    with pytest.raises(ReliabilityError, match=message):
        icc_forms(ratings)


@pytest.mark.parametrize("level, published", [("nominal", 0.743), ("interval", 0.849), ("ordinal", 0.815)])
def test_alpha_matches_krippendorff_2011_missing_data_example(level: str, published: float) -> None:
    """Krippendorff (2011) section C, 4 coders × 12 units with missing values: nominal α = 0.743,
    ordinal α = 0.815, interval α = 0.849. Unit 12 has one value only and is not pairable, so n = 40."""
    r = krippendorff_alpha(KRIPPENDORFF_UNITS, level)  # type: ignore[arg-type]
    assert r.alpha is not None and round(r.alpha, 3) == published
    assert (r.units_used, r.pairable_values) == (11, 40)


def test_alphas_at_several_levels_equal_one_call_per_level() -> None:
    levels = ("interval", "ordinal", "nominal")
    together = krippendorff_alphas(KRIPPENDORFF_UNITS, levels)  # type: ignore[arg-type]
    assert together == tuple(krippendorff_alpha(KRIPPENDORFF_UNITS, level) for level in levels)  # type: ignore[arg-type]
    with pytest.raises(ReliabilityError, match="level"):
        krippendorff_alphas(KRIPPENDORFF_UNITS, ("interval", "ratio"))  # type: ignore[arg-type]


def test_alpha_nominal_coincidences_by_hand() -> None:
    """Nominal D_o by hand: units 2, 6 and 8 disagree: 2 + 4 + 2 = 8 off-diagonal coincidences of n = 40."""
    r = krippendorff_alpha(KRIPPENDORFF_UNITS, "nominal")
    assert r.observed_disagreement == pytest.approx(8 / 40)


def test_alpha_does_not_depend_on_unit_or_coder_order() -> None:
    forward = krippendorff_alpha(KRIPPENDORFF_UNITS, "ordinal")
    backward = krippendorff_alpha([list(reversed(u)) for u in reversed(KRIPPENDORFF_UNITS)], "ordinal")
    assert forward == backward


def test_alpha_ignores_units_with_a_single_value() -> None:
    with_lonely_units = [*KRIPPENDORFF_UNITS, [None, 4, None, None], [None, None, None, None]]
    assert krippendorff_alpha(with_lonely_units, "interval") == krippendorff_alpha(
        KRIPPENDORFF_UNITS, "interval"
    )


def test_alpha_is_one_for_perfect_agreement_with_gaps() -> None:
    r = krippendorff_alpha([[1, 1, None], [3, None, 3], [5, 5, 5]], "interval")
    assert r.alpha == 1.0


def test_alpha_undefined_cases_return_none_with_reason() -> None:
    nothing_pairable = krippendorff_alpha([[1, None], [None, 2]], "nominal")
    assert nothing_pairable.alpha is None and nothing_pairable.reason is not None
    one_value_only = krippendorff_alpha([[2, 2], [2, 2, None]], "ordinal")
    assert one_value_only.alpha is None and one_value_only.reason is not None


def test_alpha_refuses_unknown_level() -> None:
    with pytest.raises(ReliabilityError, match="level"):
        krippendorff_alpha(KRIPPENDORFF_UNITS, "ratio")  # type: ignore[arg-type]


def test_kendalls_w_three_judges_six_targets_by_hand() -> None:
    """3 judges rank 6 targets, no ties (shaped like Siegel's 1956 executives example, but not checked against
    the book, so the values are verified by hand here): rank sums 8, 14, 11, 11, 11, 8, mean 10.5,
    S = Σ(R − 10.5)² = 25.5, W = 12·S / (3²·(6³ − 6)) = 306/1890 = 0.16. Columns are the judges."""
    executives = [[1, 6, 3, 2, 5, 4], [1, 5, 6, 4, 2, 3], [6, 3, 2, 5, 4, 1]]
    ratings = [list(target) for target in zip(*executives, strict=True)]
    r = kendalls_w(ratings)
    assert r.rank_sums == (8, 14, 11, 11, 11, 8)
    assert r.w == pytest.approx(306 / 1890)
    assert r.w is not None and round(r.w, 2) == 0.16
    assert r.chi_square == pytest.approx(3 * 5 * 306 / 1890)
    assert r.degrees_of_freedom == 5


def test_kendalls_w_with_ties_by_hand() -> None:
    """Hand-worked, tie correction of Siegel & Castellan (1988) eq. 9.16 / Legendre (2005) eq. 2:
    judge 1 scores 10, 20, 20, 30 → ranks 1, 2.5, 2.5, 4 (T = 2³ − 2 = 6); judge 2 ranks 1, 2, 3, 4;
    judge 3 scores 5, 5, 5, 9 → ranks 2, 2, 2, 4 (T = 3³ − 3 = 24). Rank sums 4, 6.5, 7.5, 12, mean 7.5,
    S = 33.5, W = 12·33.5 / (3²·(4³ − 4) − 3·30) = 402/450 = 0.8933; χ² = 3·3·W = 8.04 on 3 df.
    Without the correction W would be 402/540 = 0.744."""
    r = kendalls_w([[10, 1, 5], [20, 2, 5], [20, 3, 5], [30, 4, 9]])
    assert r.rank_sums == (4, 6.5, 7.5, 12)
    assert r.tie_correction == 30
    assert r.w == pytest.approx(402 / 450)
    assert r.chi_square == pytest.approx(8.04)
    assert r.degrees_of_freedom == 3


def test_kendalls_w_is_one_for_identical_and_zero_for_opposite_rankings() -> None:
    same = kendalls_w([[1.5, 10, 3], [2.5, 20, 4], [3.5, 30, 5], [4.5, 40, 6]])
    assert same.w == 1.0
    opposite = kendalls_w([[1, 4], [2, 3], [3, 2], [4, 1]])
    assert opposite.w == 0.0
    assert opposite.chi_square == 0.0


def test_kendalls_w_undefined_when_every_judge_ties_everything() -> None:
    r = kendalls_w([[2, 3], [2, 3], [2, 3]])
    assert r.w is None and r.chi_square is None and r.reason is not None


@pytest.mark.parametrize(
    "ratings, message",
    [
        ([[1, 2, 3]], "2 targets"),
        ([[1], [2]], "2 judges"),
        ([[1, 2], [None, 3], [4, 5]], "missing"),
    ],
)
def test_kendalls_w_refuses_unusable_matrices(ratings: list[list[float | None]], message: str) -> None:
    with pytest.raises(ReliabilityError, match=message):
        kendalls_w(ratings)


def test_icc_sums_are_exact_for_totals_with_unlike_binary_fractions() -> None:
    """Region totals such as 73.333… or 0.1 are floats with different denominators; the mean squares must be
    the exact rational ANOVA of those floats (computed here from the means, Shrout & Fleiss Table 1)."""
    ratings = [[73 + 1 / 3, 0.1, 12.5], [1e-3, 99.99, 50.0], [2 / 7, 66 + 2 / 3, 0.3], [41.0, 7.7, 1e6]]
    exact = [[Fraction(v) for v in row] for row in ratings]
    n, k = len(exact), len(exact[0])
    grand = sum(v for row in exact for v in row) / (n * k)
    ss_total = sum((v - grand) ** 2 for row in exact for v in row)
    ss_rows = k * sum((sum(row) / k - grand) ** 2 for row in exact)
    ss_cols = n * sum((sum(row[j] for row in exact) / n - grand) ** 2 for j in range(k))
    r = icc_forms(ratings)
    assert r.bms == float(ss_rows / (n - 1))
    assert r.jms == float(ss_cols / (k - 1))
    assert r.wms == float((ss_total - ss_rows) / (n * (k - 1)))
    assert r.ems == float((ss_total - ss_rows - ss_cols) / ((n - 1) * (k - 1)))
