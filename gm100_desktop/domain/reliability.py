"""Inter-rater reliability and concordance: Shrout–Fleiss ICCs, Krippendorff's alpha and Kendall's W.

All sums are exact (integers over a common denominator, or `fractions.Fraction`) and converted to float
only at the end, so the same ratings give bit-identical figures whatever their order, and a zero variance is
detected exactly instead of surfacing as NaN or as a huge number divided by rounding noise. Where a statistic
is undefined (a zero denominator) the value is None and `reason` says why; NaN never leaves this module.
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


def _number(value: float, where: str) -> int | float:
    """`value` checked like `_exact` and kept as a plain int or float (exact, cheaper than a Fraction)."""
    kind = type(value)
    if kind is int or (kind is float and math.isfinite(value)):
        return value
    exact = _exact(value, where)  # raises unless a finite int or float subclass
    return int(exact) if exact.denominator == 1 else float(value)


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
) -> tuple[list[list[int | float]], int, int]:
    """Checked complete rows, the judge count and how many rows were dropped for a missing cell."""
    if not ratings:
        raise ReliabilityError(f"{what} needs at least 2 targets; got none")
    judges = len(ratings[0])
    rows: list[list[int | float]] = []
    dropped = 0
    for i, row in enumerate(ratings):
        if len(row) != judges:
            raise ReliabilityError(f"row {i + 1} has {len(row)} ratings; the first row has {judges}")
        if any(v is None for v in row):
            dropped += 1
            continue
        rows.append([_number(v, f"row {i + 1}, column {j + 1}") for j, v in enumerate(row) if v is not None])
    if judges < 2:
        raise ReliabilityError(f"{what} needs at least 2 judges; got {judges}")
    if len(rows) < 2:
        raise ReliabilityError(
            f"{what} needs at least 2 targets rated by every judge; got {len(rows)} ({dropped} incomplete)"
        )
    return rows, judges, dropped


def _scaled(rows: list[list[int | float]]) -> tuple[list[list[int]], int]:
    """The ratings as integers over one common denominator D (every int and float is a dyadic or integer
    rational), so that the ANOVA sums below are exact integer arithmetic instead of Fraction arithmetic."""
    ratios = [[v.as_integer_ratio() for v in row] for row in rows]
    common = math.lcm(*{q for row in ratios for _, q in row})
    return [[p * (common // q) for p, q in row] for row in ratios], common


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
    # Sums of squares from integer sums: SS = (Σx² − (Σx)²/nk), etc., all over the common denominator D².
    scaled, common = _scaled(rows)
    total = sum(sum(row) for row in scaled)
    squares = sum(x * x for row in scaled for x in row)
    row_squares = sum(sum(row) ** 2 for row in scaled)
    col_squares = sum(sum(col) ** 2 for col in zip(*scaled, strict=True))
    correction = total * total
    scale = n * k * common * common
    ss_total = Fraction(n * k * squares - correction, scale)
    ss_targets = Fraction(n * row_squares - correction, scale)
    ss_judges = Fraction(k * col_squares - correction, scale)
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
    return krippendorff_alphas(data, (level,))[0]


def krippendorff_alphas(
    data: Sequence[Sequence[float | None]], levels: Sequence[AlphaLevel]
) -> tuple[AlphaResult, ...]:
    """`krippendorff_alpha` at each of `levels`, in that order, counting the coincidences only once."""
    for level in levels:
        if level not in ("nominal", "ordinal", "interval"):
            raise ReliabilityError(f"unknown level of measurement {level!r}")
    coincidences, units_used = _coincidences(data)
    return tuple(_alpha_at(level, coincidences, units_used) for level in levels)


def _alpha_at(
    level: AlphaLevel, coincidences: dict[tuple[Fraction, Fraction], Fraction], units_used: int
) -> AlphaResult:
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


def _unit_values(unit: Sequence[float | None], u: int) -> list[int | float]:
    values = [v for v in unit if v is not None]
    if set(map(type, values)) <= {int}:
        return values  # the common case, checked without a Python call per value
    return [_number(v, f"unit {u + 1}, coder {c + 1}") for c, v in enumerate(unit) if v is not None]


def _coincidences(
    data: Iterable[Sequence[float | None]],
) -> tuple[dict[tuple[Fraction, Fraction], Fraction], int]:
    """The coincidence matrix o_ck and the number of pairable units.

    Only the value counts of a unit matter, so units are grouped by their counts (their signature), pairs
    are counted in integers per unit size m, and each o_ck is one Fraction sum over the sizes: exactly
    the same numbers as summing Fraction(pairs, m − 1) unit by unit, in a fraction of the time.
    """
    signatures: Counter[tuple[tuple[int | float, int], ...]] = Counter()
    for u, unit in enumerate(data):
        values = _unit_values(unit, u)
        if len(values) >= 2:
            signatures[tuple(sorted(Counter(values).items()))] += 1
    pairs_by_size: dict[int, Counter[tuple[int | float, int | float]]] = {}
    for signature, units in signatures.items():
        m = sum(n_c for _, n_c in signature)
        pairs = pairs_by_size.setdefault(m, Counter())
        for c, n_c in signature:
            for k, n_k in signature:
                count = n_c * (n_c - 1) if c == k else n_c * n_k
                if count:
                    pairs[(c, k)] += units * count
    exact: dict[int | float, Fraction] = {}
    coincidences: dict[tuple[Fraction, Fraction], Fraction] = {}
    for m in sorted(pairs_by_size):
        for (c, k), count in pairs_by_size[m].items():
            key = (exact.setdefault(c, Fraction(c)), exact.setdefault(k, Fraction(k)))
            coincidences[key] = coincidences.get(key, Fraction(0)) + Fraction(count, m - 1)
    return coincidences, sum(signatures.values())


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


def _doubled_ranks(values: Sequence[int | float]) -> tuple[list[int], int]:
    """Twice the ranks 1..n (tied values share their mean rank, so twice it is an integer), and
    Σ (t³ − t) over the tie groups."""
    order = sorted(range(len(values)), key=values.__getitem__)
    ranks = [0] * len(values)
    ties = 0
    start = 0
    while start < len(order):
        end = start
        while end + 1 < len(order) and values[order[end + 1]] == values[order[start]]:
            end += 1
        for pos in range(start, end + 1):
            ranks[order[pos]] = start + end + 2
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
    doubled_sums = [0] * n
    tie_total = 0
    for j in range(m):
        ranks, ties = _doubled_ranks([row[j] for row in rows])
        tie_total += ties
        for i, r in enumerate(ranks):
            doubled_sums[i] += r
    # S = Σ (R_i − m(n + 1)/2)² = Σ (2R_i − m(n + 1))² / 4, so 12 S = 3 Σ (2R_i − m(n + 1))².
    twelve_s = 3 * sum((r - m * (n + 1)) ** 2 for r in doubled_sums)
    denominator = m * m * (n**3 - n) - m * tie_total
    w = _ratio(Fraction(twelve_s), Fraction(denominator))
    chi_square = _ratio(Fraction(m * (n - 1) * twelve_s), Fraction(denominator))
    return KendallWResult(
        targets=n,
        judges=m,
        w=w,
        chi_square=chi_square,
        degrees_of_freedom=n - 1,
        rank_sums=tuple(r / 2 for r in doubled_sums),
        tie_correction=float(tie_total),
        reason=None if w is not None else "every judge tied all targets, so there is no ranking to compare",
    )
