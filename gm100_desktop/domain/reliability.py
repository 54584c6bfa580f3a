"""Inter-rater reliability and concordance: Shrout–Fleiss ICCs, Krippendorff's alpha and Kendall's W.

All sums are taken in exact rational arithmetic (`fractions.Fraction`) and converted to float only at the end,
so the same ratings give bit-identical figures whatever their order, and a zero variance is detected exactly
instead of surfacing as NaN or as a huge number divided by rounding noise. Where a statistic is undefined
(a zero denominator) the value is None and `reason` says why; NaN never leaves this module.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Literal

AlphaLevel = Literal["nominal", "ordinal", "interval"]


class ReliabilityError(ValueError):
    """The ratings cannot be analysed at all (too few targets or judges, ragged rows, non-finite values).

    A programming-level error for callers to prevent or catch; it is not shown to users as is.
    """


@dataclass(frozen=True)
class IccResult:
    """The six intraclass correlations of Shrout & Fleiss (1979) and the ANOVA mean squares they come from.

    `targets` counts the complete rows used; `dropped_targets` the rows left out because a cell was missing.
    A form is None when its denominator is zero or negative (e.g. every rating equal, or every target with
    the same mean, where the formula would give a meaningless value such as 2); `reason` then says so.
    """

    targets: int
    judges: int
    dropped_targets: int
    bms: float  # between-targets mean square
    wms: float  # within-target mean square (one-way model)
    jms: float  # between-judges mean square
    ems: float  # residual mean square (two-way model)
    icc_1_1: float | None
    icc_2_1: float | None
    icc_3_1: float | None
    icc_1_k: float | None
    icc_2_k: float | None
    icc_3_k: float | None
    reason: str | None = None


@dataclass(frozen=True)
class AlphaResult:
    """Krippendorff's alpha at one level of measurement.

    `pairable_values` is n in Krippendorff (2011): the values in units holding at least two of them;
    `units_used` counts those units. `alpha` is None when no expected disagreement exists (see `reason`).
    """

    level: AlphaLevel
    alpha: float | None
    observed_disagreement: float | None
    expected_disagreement: float | None
    units_used: int
    pairable_values: int
    reason: str | None = None


@dataclass(frozen=True)
class KendallWResult:
    """Kendall's coefficient of concordance W, tie-corrected, with its chi-square approximation.

    chi_square = judges · (targets − 1) · W on targets − 1 degrees of freedom (Siegel & Castellan 1988, §9.4).
    """

    targets: int
    judges: int
    w: float | None
    chi_square: float | None
    degrees_of_freedom: int
    rank_sums: tuple[float, ...]
    tie_correction: float  # Σ over judges of Σ (t³ − t) over their groups of tied targets
    reason: str | None = None


def _exact(value: float, where: str) -> Fraction:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ReliabilityError(f"{where}: a rating must be a number, not {value!r}")
    if not math.isfinite(value):
        raise ReliabilityError(f"{where}: a rating must be a finite number, not {value!r}")
    return Fraction(value)


def _total(values: Iterable[Fraction]) -> Fraction:
    result = Fraction(0)
    for v in values:
        result += v
    return result


def _square(x: Fraction) -> Fraction:
    return x * x


def _ratio(numerator: Fraction, denominator: Fraction) -> float | None:
    """numerator/denominator, or None when the denominator is not positive (the estimate is undefined)."""
    return None if denominator <= 0 else float(numerator / denominator)


def _complete_matrix(
    ratings: Sequence[Sequence[float | None]], what: str
) -> tuple[list[list[Fraction]], int, int]:
    """Exact complete rows, the judge count and how many rows were dropped for a missing cell."""
    if not ratings:
        raise ReliabilityError(f"{what} needs at least 2 targets; got none")
    judges = len(ratings[0])
    rows: list[list[Fraction]] = []
    dropped = 0
    for i, row in enumerate(ratings):
        if len(row) != judges:
            raise ReliabilityError(f"row {i + 1} has {len(row)} ratings; the first row has {judges}")
        if any(v is None for v in row):
            dropped += 1
            continue
        rows.append([_exact(v, f"row {i + 1}, column {j + 1}") for j, v in enumerate(row) if v is not None])
    if judges < 2:
        raise ReliabilityError(f"{what} needs at least 2 judges; got {judges}")
    if len(rows) < 2:
        raise ReliabilityError(
            f"{what} needs at least 2 targets rated by every judge; got {len(rows)} ({dropped} incomplete)"
        )
    return rows, judges, dropped


def icc_forms(ratings: Sequence[Sequence[float | None]]) -> IccResult:
    """The six Shrout & Fleiss (1979) ICCs of a targets × judges matrix (rows = regions, columns = assessors).

    Mean squares from the two-way ANOVA (Shrout & Fleiss 1979, Table 1), with n targets and k judges:
    BMS = SS_targets/(n−1), JMS = SS_judges/(k−1), WMS = (SS_total − SS_targets)/(n(k−1)),
    EMS = (SS_total − SS_targets − SS_judges)/((n−1)(k−1)). Then (their equations 2–4 and Table 4):
    ICC(1,1) = (BMS−WMS)/(BMS+(k−1)WMS)            ICC(1,k) = (BMS−WMS)/BMS
    ICC(2,1) = (BMS−EMS)/(BMS+(k−1)EMS+k(JMS−EMS)/n) ICC(2,k) = (BMS−EMS)/(BMS+(JMS−EMS)/n)
    ICC(3,1) = (BMS−EMS)/(BMS+(k−1)EMS)            ICC(3,k) = (BMS−EMS)/BMS

    Missing cells (None): the model needs a complete matrix, so a row with any missing cell is left out and
    counted in `dropped_targets`. Raises ReliabilityError with fewer than 2 complete rows or 2 judges.
    """
    rows, k, dropped = _complete_matrix(ratings, "An ICC")
    n = len(rows)
    grand = _total(v for row in rows for v in row) / (n * k)
    row_means = [_total(row) / k for row in rows]
    col_means = [_total(row[j] for row in rows) / n for j in range(k)]
    ss_total = _total(_square(v - grand) for row in rows for v in row)
    ss_targets = k * _total(_square(m - grand) for m in row_means)
    ss_judges = n * _total(_square(m - grand) for m in col_means)
    bms = ss_targets / (n - 1)
    jms = ss_judges / (k - 1)
    wms = (ss_total - ss_targets) / (n * (k - 1))
    ems = (ss_total - ss_targets - ss_judges) / ((n - 1) * (k - 1))
    forms = (
        _ratio(bms - wms, bms + (k - 1) * wms),
        _ratio(bms - ems, bms + (k - 1) * ems + k * (jms - ems) / n),
        _ratio(bms - ems, bms + (k - 1) * ems),
        _ratio(bms - wms, bms),
        _ratio(bms - ems, bms + (jms - ems) / n),
        _ratio(bms - ems, bms),
    )
    reason = None
    if ss_total == 0:
        reason = "every rating is the same, so there is no variance to attribute"
    elif bms == 0:
        reason = "every target has the same mean rating, so targets cannot be told apart"
    elif any(f is None for f in forms):
        reason = "some forms are undefined for these ratings (their denominator is not positive)"
    return IccResult(
        targets=n,
        judges=k,
        dropped_targets=dropped,
        bms=float(bms),
        wms=float(wms),
        jms=float(jms),
        ems=float(ems),
        icc_1_1=forms[0],
        icc_2_1=forms[1],
        icc_3_1=forms[2],
        icc_1_k=forms[3],
        icc_2_k=forms[4],
        icc_3_k=forms[5],
        reason=reason,
    )


def krippendorff_alpha(data: Sequence[Sequence[float | None]], level: AlphaLevel) -> AlphaResult:
    """Krippendorff's alpha of a units × coders table (None = missing), any number of coders per unit.

    Coincidence-matrix formulation of Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability":
    o_ck = Σ_u (number of c–k pairs in unit u)/(m_u − 1) over units with m_u ≥ 2 values (others are not
    pairable and are ignored); n_c = Σ_k o_ck; n = Σ_c n_c;
    α = 1 − D_o/D_e = 1 − (n − 1) Σ o_ck δ²_ck / Σ n_c n_k δ²_ck, with
    nominal δ² = [c ≠ k], interval δ² = (c − k)², ordinal δ² = (Σ_{g=c..k} n_g − (n_c + n_k)/2)².
    """
    if level not in ("nominal", "ordinal", "interval"):
        raise ReliabilityError(f"unknown level of measurement {level!r}")
    coincidences: dict[tuple[Fraction, Fraction], Fraction] = {}
    units_used = 0
    for u, unit in enumerate(data):
        values = [_exact(v, f"unit {u + 1}, coder {c + 1}") for c, v in enumerate(unit) if v is not None]
        m = len(values)
        if m < 2:
            continue
        units_used += 1
        counts = Counter(values)
        for c, n_c in counts.items():
            for k, n_k in counts.items():
                pairs = n_c * (n_c - 1) if c == k else n_c * n_k
                if pairs:
                    coincidences[(c, k)] = coincidences.get((c, k), Fraction(0)) + Fraction(pairs, m - 1)
    marginals: dict[Fraction, Fraction] = {}
    for (c, _k), o in coincidences.items():
        marginals[c] = marginals.get(c, Fraction(0)) + o
    n = _total(marginals.values())
    if units_used == 0:
        return AlphaResult(level, None, None, None, 0, 0, "no unit has two or more values to compare")
    delta = _DeltaSquared(level, marginals)
    observed = _total(o * delta(c, k) for (c, k), o in coincidences.items()) / n
    expected = delta.expected_sum() / (n * (n - 1))
    if expected == 0:
        return AlphaResult(
            level,
            None,
            0.0,
            0.0,
            units_used,
            int(n),
            "every pairable value is the same, so alpha is undefined",
        )
    return AlphaResult(
        level=level,
        alpha=float(1 - observed / expected),
        observed_disagreement=float(observed),
        expected_disagreement=float(expected),
        units_used=units_used,
        pairable_values=int(n),
    )


class _DeltaSquared:
    """Squared difference function δ²_ck of Krippendorff (2011) over the observed values and their n_c."""

    def __init__(self, level: AlphaLevel, marginals: dict[Fraction, Fraction]) -> None:
        self.level = level
        self.values = sorted(marginals)
        self.marginals = [marginals[v] for v in self.values]
        self.index = {v: i for i, v in enumerate(self.values)}
        self.cumulative = [Fraction(0)]  # cumulative[i] = Σ n_g over the i smallest values
        for n_g in self.marginals:
            self.cumulative.append(self.cumulative[-1] + n_g)

    def __call__(self, c: Fraction, k: Fraction) -> Fraction:
        if self.level == "nominal":
            return Fraction(0 if c == k else 1)
        if self.level == "interval":
            return _square(c - k)
        i, j = sorted((self.index[c], self.index[k]))
        between = self.cumulative[j + 1] - self.cumulative[i]
        return _square(between - (self.marginals[i] + self.marginals[j]) / 2)

    def expected_sum(self) -> Fraction:
        """Σ_c Σ_k n_c n_k δ²_ck, in closed form for nominal (n² − Σ n_c²) and interval
        (2(n Σ n_c c² − (Σ n_c c)²)); ordinal sums over pairs of distinct values."""
        n = self.cumulative[-1]
        if self.level == "nominal":
            return n * n - _total(_square(n_c) for n_c in self.marginals)
        if self.level == "interval":
            first = _total(n_c * v for n_c, v in zip(self.marginals, self.values, strict=True))
            second = _total(n_c * v * v for n_c, v in zip(self.marginals, self.values, strict=True))
            return 2 * (n * second - first * first)
        return 2 * _total(
            self.marginals[i] * self.marginals[j] * self(self.values[i], self.values[j])
            for i in range(len(self.values))
            for j in range(i + 1, len(self.values))
        )


def _average_ranks(values: Sequence[Fraction]) -> tuple[list[Fraction], int]:
    """Ranks 1..n with tied values sharing their mean rank, and Σ (t³ − t) over the tie groups."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    ranks = [Fraction(0)] * len(values)
    ties = 0
    start = 0
    while start < len(order):
        end = start
        while end + 1 < len(order) and values[order[end + 1]] == values[order[start]]:
            end += 1
        mean_rank = Fraction(start + end + 2, 2)
        for pos in range(start, end + 1):
            ranks[order[pos]] = mean_rank
        t = end - start + 1
        ties += t**3 - t
        start = end + 1
    return ranks, ties


def kendalls_w(ratings: Sequence[Sequence[float | None]]) -> KendallWResult:
    """Kendall's W of a complete targets × judges matrix; each judge's column is ranked over the targets.

    W = 12 S / (m²(n³ − n) − m Σ T), S = Σ_i (R_i − m(n + 1)/2)², T = Σ (t³ − t) per judge over tied groups,
    n targets, m judges, R_i the rank sum of target i (Kendall & Babington Smith 1939; tie correction as in
    Siegel & Castellan 1988, eq. 9.16). Rows with a missing cell are refused (W needs complete rankings).
    """
    if any(v is None for row in ratings for v in row):
        raise ReliabilityError("Kendall's W needs every judge to rate every target; a rating is missing")
    rows, m, _ = _complete_matrix(ratings, "Kendall's W")
    n = len(rows)
    rank_sums = [Fraction(0)] * n
    tie_total = 0
    for j in range(m):
        ranks, ties = _average_ranks([row[j] for row in rows])
        tie_total += ties
        for i, r in enumerate(ranks):
            rank_sums[i] += r
    mean_sum = Fraction(m * (n + 1), 2)
    s = _total(_square(r - mean_sum) for r in rank_sums)
    denominator = m * m * (n**3 - n) - m * tie_total
    w = _ratio(12 * s, Fraction(denominator))
    chi_square = _ratio(m * (n - 1) * 12 * s, Fraction(denominator))
    return KendallWResult(
        targets=n,
        judges=m,
        w=w,
        chi_square=chi_square,
        degrees_of_freedom=n - 1,
        rank_sums=tuple(float(r) for r in rank_sums),
        tie_correction=float(tie_total),
        reason=None if w is not None else "every judge tied all targets, so there is no ranking to compare",
    )
